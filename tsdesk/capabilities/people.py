"""人员: the people who may know secrets, their tiers and reviews."""

from tsdesk.capabilities import Capability

CAPABILITY = Capability(
    key="people",
    order=50,
    pages=("tsdesk.ui.people.people:PeoplePage",),
    services=("tsdesk.services.people", "tsdesk.services.procedures"),
    commands=("tsdesk.commands.people",),
    demo="tsdesk.demo.people:populate",
)
