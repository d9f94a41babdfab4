"""审计: the hash-chained audit log, its reading and verification."""

from tsdesk.capabilities import Capability

CAPABILITY = Capability(
    key="audit",
    order=80,
    pages=("tsdesk.ui.admin.audit:AuditPage",),
    commands=("tsdesk.commands.audit",),
    services=("tsdesk.services.audit",),
)
