"""工作台: what needs doing, from every module's reminders."""

from tsdesk.capabilities import Capability

CAPABILITY = Capability(
    key="dashboard", order=10, pages=("tsdesk.ui.dashboard.dashboard:DashboardPage",)
)
