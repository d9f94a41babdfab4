"""人员与协议: the people who may know secrets, their tiers, and joining, job change and
leaving as procedures (003 §8.2.3–8.2.4)."""

from tsdesk.capabilities import Capability

CAPABILITY = Capability(
    key="people",
    order=50,
    pages=("tsdesk.ui.people.people:PeoplePage",),
    services=("tsdesk.services.people", "tsdesk.services.procedures"),
    commands=("tsdesk.commands.people",),
    demo="tsdesk.demo.people:populate",
)
