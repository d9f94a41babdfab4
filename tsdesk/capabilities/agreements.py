"""协议: agreements with employees and outside parties, templates, non-compete payments."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="agreements",
    order=52,
    pages=("tsdesk.ui.people.agreements:AgreementsPage",),
    commands=("tsdesk.commands.agreements",),
    services=("tsdesk.services.agreements",),
    settings=(
        # 003 §9.4: who may know a secret of this grade (rank 1 = 一级 … 3 = 三级) or higher
        # must have an employee NDA in force; "block" refuses the grant, "warn" records it.
        SettingDef("nda_required_rank", 1, "vault", minimum=1, maximum=3),
        SettingDef("nda_rule", "block", "vault", choices=("block", "warn")),
        SettingDef("agreement_number_pattern", "XY-{year}-{seq:04}", "vault"),
    ),
    demo="tsdesk.demo.agreements:populate",
)
