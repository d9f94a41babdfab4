"""The house itself: the vault, sign-in, the audit chain's own events, the window's settings."""

from tsdesk.capabilities import Capability, SettingDef
from tsdesk.vault.banner import DEFAULT_NOTICE, NOTICE_SETTING

CAPABILITY = Capability(
    key="house",
    order=0,
    commands=("tsdesk.commands.vault",),
    services=(
        "tsdesk.services.audit_text",
        "tsdesk.services.vault_admin",
        "tsdesk.services.attachments",  # used by every module that keeps scans and evidence
    ),
    settings=(
        SettingDef("idle_lock_minutes", 10, "vault", minimum=1, maximum=240),
        SettingDef("clipboard_clear_seconds", 30, "vault", minimum=5, maximum=600),
        SettingDef(NOTICE_SETTING, DEFAULT_NOTICE, "vault"),  # the vault writes it at creation
        SettingDef("language", "zh_CN", "machine"),
        SettingDef("last_database", "", "machine"),
        SettingDef("last_operator", "", "machine"),  # the login offers who worked here last
    ),
)
