"""Typed mapped classes, one module per aggregate. Importing this package registers them all."""

from types import ModuleType

from tsdesk.models.agreements import (
    Agreement,
    AgreementCarrier,
    AgreementKind,
    AgreementSecret,
    AgreementStatus,
    AgreementTemplate,
    NoncompetePayment,
    Party,
    PartyKind,
)
from tsdesk.models.attachments import Attachment, AttachmentContent
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
from tsdesk.models.compliance import (
    AssessmentAnswer,
    BaseApplication,
    Declaration,
    DeclarationKind,
    ProgrammeItem,
    ProgrammeKind,
    RuleDocument,
    RuleKind,
)
from tsdesk.models.destruction import (
    DestructionBatch,
    DestructionItem,
    DestructionItemKind,
    DestructionMethod,
    DestructionNote,
    DestructionReason,
    DestructionResult,
    DestructionStatus,
    DestructionSupervisor,
    LegalHold,
)
from tsdesk.models.incidents import (
    EntryKind,
    EvidenceCategory,
    EvidenceCustody,
    EvidenceItem,
    IncidentCase,
    IncidentEntry,
    IncidentKind,
    IncidentLink,
    IncidentLinkRole,
    IncidentRemedy,
    IncidentSource,
    IncidentStatus,
    IncidentStep,
    IncidentTemplate,
    IncidentTemplateStep,
    PackItem,
    RemedyRoute,
    StepStatus,
)
from tsdesk.models.operator import Operator, Role
from tsdesk.models.people import AccessTier, Knower, Person, PersonStatus
from tsdesk.models.procedures import Procedure, ProcedureItem, ProcedureKind
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
from tsdesk.models.training import (
    Drill,
    DrillParticipant,
    Inspection,
    InspectionAction,
    TrainingAttendance,
    TrainingAudience,
    TrainingSession,
)

__all__ = [
    n for n, v in dict(globals()).items() if not n.startswith("_") and not isinstance(v, ModuleType)
]
