"""基地申报: the base application 附表1–3, the self-assessment against 004's conditions, the
enterprise's rules register, the year's programme and the evidence binder (004; 003 §5)."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="compliance",
    order=62,
    pages=("tsdesk.ui.compliance.page:CompliancePage",),
    commands=("tsdesk.commands.compliance", "tsdesk.commands.binder"),
    services=(
        "tsdesk.services.compliance.rules",
        "tsdesk.services.compliance.declarations",
        "tsdesk.services.compliance.programme",
        "tsdesk.services.compliance.applications",
        "tsdesk.services.compliance.binder",
    ),
    settings=(
        # The year an application is planned for (0: none): the dashboard counts the days to
        # 30 September of that year (004 第十一条（二）).
        SettingDef("base_application_year", 0, "vault", minimum=0, maximum=2100),
    ),
    demo="tsdesk.demo.compliance:populate",
)
