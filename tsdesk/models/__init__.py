"""Typed mapped classes, one module per aggregate. Importing this package registers them all."""

from tsdesk.models.audit import AuditEvent
from tsdesk.models.base import Base
from tsdesk.models.carriers import (
    Area,
    AreaAccess,
    AreaKind,
    Carrier,
    CarrierKind,
    CarrierSecret,
    CarrierStatus,
    LabelIssue,
    LabelPrint,
    Movement,
    MovementKind,
    Seal,
    SealCheck,
    SealReason,
    StockTake,
)
from tsdesk.models.company import CompanyProfile, Department, Designation, DesignationKind, OrgKind
from tsdesk.models.operator import Operator, Role
from tsdesk.models.people import AccessTier, Knower, Person, PersonStatus
from tsdesk.models.register import (
    Approval,
    ApprovalKind,
    Category,
    DeclassifyReason,
    Grade,
    NumberCounter,
    Review,
    ReviewOutcome,
    Secret,
    SecretPoint,
    SecretStatus,
    SecretStorage,
    StorageKind,
    TermKind,
)
from tsdesk.models.setting import Setting

__all__ = [name for name in dir() if not name.startswith("_")]
