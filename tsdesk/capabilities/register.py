"""商业秘密清单: the register, its grading, approvals, import/export and the base forms."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="register",
    order=20,
    pages=("tsdesk.ui.register.register:RegisterPage",),
    commands=("tsdesk.commands.secrets", "tsdesk.commands.secrets_io"),
    services=(
        "tsdesk.services.approvals",
        "tsdesk.services.register",
        "tsdesk.services.register_io",
        "tsdesk.services.grading",
    ),
    # Number patterns: {year} and {seq} (with a width, e.g. {seq:04}); see services/numbering.py
    settings=(SettingDef("secret_number_pattern", "TS-{year}-{seq:04}", "vault"),),
    demo="tsdesk.demo.register:populate",
)
