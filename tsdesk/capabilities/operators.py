"""操作员: who may sign in, with which role."""

from tsdesk.capabilities import Capability

CAPABILITY = Capability(
    key="operators",
    order=70,
    pages=("tsdesk.ui.admin.operators:OperatorsPage",),
    commands=("tsdesk.commands.operators",),
    services=("tsdesk.services.operators",),
)
