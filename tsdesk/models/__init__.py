"""Typed mapped classes, one module per aggregate. Importing this package registers them all."""

from tsdesk.models.audit import AuditEvent
from tsdesk.models.base import Base
from tsdesk.models.company import CompanyProfile, Department, Designation, DesignationKind, OrgKind
from tsdesk.models.operator import Operator, Role
from tsdesk.models.setting import Setting

__all__ = [
    "AuditEvent",
    "Base",
    "CompanyProfile",
    "Department",
    "Designation",
    "DesignationKind",
    "Operator",
    "OrgKind",
    "Role",
    "Setting",
]
