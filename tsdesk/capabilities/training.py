"""培训与检查: training sessions, leak-response drills, secrecy inspections."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="training",
    order=54,
    pages=("tsdesk.ui.people.training:TrainingPage",),
    commands=("tsdesk.commands.training",),
    services=("tsdesk.services.training",),
    demo="tsdesk.demo.training:populate",
    settings=(
        # 004 第十条: all staff at least once a year; new staff within N days of joining.
        SettingDef("training_interval_days", 365, "vault", minimum=30, maximum=730),
        SettingDef("training_new_staff_days", 30, "vault", minimum=1, maximum=365),
    ),
)
