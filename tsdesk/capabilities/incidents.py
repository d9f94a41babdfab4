"""应急处置: incident cases, the playbook, evidence, remedies, drills (003 §10–13)."""

from tsdesk.capabilities import Capability, SettingDef

CAPABILITY = Capability(
    key="incidents",
    order=56,
    pages=("tsdesk.ui.incidents.page:IncidentsPage",),
    commands=("tsdesk.commands.incidents", "tsdesk.commands.evidence"),
    demo="tsdesk.demo.incidents:populate",
    services=(
        "tsdesk.services.incidents.timeline",
        "tsdesk.services.incidents.cases",
        "tsdesk.services.incidents.playbook",
        "tsdesk.services.incidents.evidence",
        "tsdesk.services.incidents.remedies",
        "tsdesk.services.incidents.prints",
    ),
    settings=(
        SettingDef("incident_number_pattern", "SJ-{year}-{seq:03}", "vault"),
        SettingDef("drill_number_pattern", "YL-{year}-{seq:03}", "vault"),
        # 003 §13.2: the levels, lowest first; a case's level is its position (1…4).
        SettingDef("incident_level_names", "一般,较大,重大,特别重大", "vault"),
        # 003 §12.2 "常态化" drills: one due when the last is older than this.
        SettingDef("drill_interval_days", 365, "vault", minimum=30, maximum=730),
    ),
)
