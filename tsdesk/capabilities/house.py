"""The house itself: the vault, sign-in, the audit chain's own events, the window's settings."""

from tsdesk.capabilities import Capability, SettingDef
from tsdesk.errors import QT_TRANSLATE_NOOP

# 003 §9.1.2.3 c: a confidentiality-duty reminder on the login screen and on the main screen.
DEFAULT_NOTICE = QT_TRANSLATE_NOOP(
    "settings",
    "保密提示：本系统存储本企业商业秘密。您对在此查看、处理的信息负有保密义务，"
    "未经授权不得复制、传播或向他人披露；所有操作均被记录审计。",
)

CAPABILITY = Capability(
    key="house",
    order=0,
    commands=("tsdesk.commands.vault",),
    services=("tsdesk.services.audit_text", "tsdesk.services.vault_admin"),
    settings=(
        SettingDef("idle_lock_minutes", 10, "vault", minimum=1, maximum=240),
        SettingDef("clipboard_clear_seconds", 30, "vault", minimum=5, maximum=600),
        SettingDef("confidentiality_notice", DEFAULT_NOTICE, "vault"),
        SettingDef("language", "zh_CN", "machine"),
        SettingDef("last_database", "", "machine"),
        SettingDef("last_operator", "", "machine"),  # the login offers who worked here last
    ),
)
