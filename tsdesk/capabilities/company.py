"""企业信息: the company profile, departments, the people in charge and the base forms."""

from tsdesk.capabilities import Capability

CAPABILITY = Capability(
    key="company",
    order=60,
    pages=("tsdesk.ui.admin.company:CompanyPage",),
    commands=("tsdesk.commands.forms",),
    services=("tsdesk.services.company",),
)
