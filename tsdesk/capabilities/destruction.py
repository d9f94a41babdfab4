"""销毁: destruction requests, hold checks, approval, supervised execution, certificates."""

from tsdesk.capabilities import Capability, SettingDef

PAPER_LEVELS = ("P-3", "P-4", "P-5", "P-6", "P-7")

CAPABILITY = Capability(
    key="destruction",
    order=36,
    pages=("tsdesk.ui.destruction.page:DestructionPage",),
    services=("tsdesk.services.destruction",),
    commands=("tsdesk.commands.destruction",),
    demo="tsdesk.demo.destruction:populate",
    settings=(
        SettingDef("destruction_number_pattern", "XH-{year}-{seq:03}", "vault"),
        # DIN 66399: P-4 or higher for paper secrets, P-5 for the highest grade (003 §7.4).
        SettingDef("paper_level_secret", "P-4", "vault", choices=PAPER_LEVELS),
        SettingDef("paper_level_top", "P-5", "vault", choices=PAPER_LEVELS),
        # Keep one copy of a secret still in force: refuse destroying its last carrier.
        SettingDef("keep_last_copy", 1, "vault", minimum=0, maximum=1),
        # An approved destruction not executed after this many days is a reminder.
        SettingDef("destruction_due_days", 14, "vault", minimum=1, maximum=365),
    ),
)
