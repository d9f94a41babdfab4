"""Leak response (003 §10, §11, §13; 000 §7.5): incident cases, the playbook, the immutable
timeline, evidence with its chain of custody, and the remedies pursued.

A drill (003 §12.2) is a case with `is_drill` set: the same playbook on a fictitious scenario,
never counted with real cases.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class IncidentKind(enum.StrEnum):
    """What happened. 003 §10.1 a–e, and the loss of a carrier, which is where most start."""

    LOSS = "loss"  # 载体遗失、失窃
    IMPROPER_MEANS = "improper_means"  # a) 盗窃、贿赂、欺诈、胁迫、电子侵入等不正当手段获取
    USE_OF_OBTAINED = "use_of_obtained"  # b) 披露、使用或允许他人使用以不正当手段获取的秘密
    BREACH_OF_DUTY = "breach_of_duty"  # c) 违反保密义务披露、使用
    INDUCEMENT = "inducement"  # d) 教唆、引诱、帮助他人违反保密义务
    THIRD_PARTY = "third_party"  # e) 第三人明知或应知仍获取、使用
    OTHER = "other"


class IncidentSource(enum.StrEnum):
    """Where the case was opened from (the record is `source_type`/`source_id`)."""

    REPORT = "report"  # 员工或相关人员报告（003 §13.3.1）
    CARRIER_LOST = "carrier_lost"
    STOCKTAKE_MISSING = "stocktake_missing"
    LABEL_FORGED = "label_forged"
    PERSON_EXIT = "person_exit"


class IncidentStatus(enum.StrEnum):
    NEW = "new"  # 待定级
    ACTIVE = "active"  # 处置中: graded, the playbook's steps are running
    CLOSED = "closed"  # 已结案


class IncidentCase(Base):
    __tablename__ = "incident_case"
    __table_args__ = (Index("ix_incident_case_drill_status", "is_drill", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # setting incident_number_pattern
    is_drill: Mapped[bool] = mapped_column(Boolean, default=False)  # 演练
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[IncidentKind] = mapped_column(enum_column(IncidentKind))
    source: Mapped[IncidentSource] = mapped_column(enum_column(IncidentSource))
    source_type: Mapped[str] = mapped_column(String(32), default="")  # "carrier", "stocktake", …
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[IncidentStatus] = mapped_column(
        enum_column(IncidentStatus), default=IncidentStatus.NEW
    )
    discovered_at: Mapped[datetime] = mapped_column(DateTime)
    discovered_by: Mapped[str] = mapped_column(String(64))  # a name: the reporter may be anyone
    facts: Mapped[str] = mapped_column(Text, default="")  # 初步情况
    # Grading (003 §13.2 a–e), like the grading assistant: scores and reasons as JSON, the
    # level the rule suggested, the level a person decided and why. Levels are 1 (一般) …
    # 4 (特别重大); their names are the setting incident_level_names.
    grading: Mapped[str] = mapped_column(Text, default="")
    suggested_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    level: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    level_reason: Mapped[str] = mapped_column(Text, default="")
    graded_by: Mapped[str] = mapped_column(String(64), default="")
    graded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident_template.id"), nullable=True
    )
    opened_by: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    conclusion: Mapped[str] = mapped_column(Text, default="")  # 处理结论、原因与责任（003 §13.3.5）
    lessons: Mapped[str] = mapped_column(Text, default="")  # 经验教训与整改措施
    # A closed drill is also recorded as a training drill (003 §12.2), so "the last drill" is
    # one question whichever way it was recorded.
    drill_id: Mapped[int | None] = mapped_column(ForeignKey("drill.id"), nullable=True)


class IncidentLinkRole(enum.StrEnum):
    INVOLVED = "involved"  # 涉及的秘密、载体、区域
    SUSPECT = "suspect"  # 侵权嫌疑人（人员或外部单位）
    WITNESS = "witness"  # 知情人、证人


class IncidentLink(Base):
    """A record the case concerns: secret, carrier, area, person or outside party."""

    __tablename__ = "incident_link"
    __table_args__ = (Index("ix_incident_link_entity", "entity_type", "entity_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("incident_case.id"), primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[IncidentLinkRole] = mapped_column(enum_column(IncidentLinkRole), primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")


class IncidentTemplate(Base):
    """A playbook (case template): the steps a case of these levels must run (003 §13.3).
    TSDesk ships defaults; the enterprise edits its own. Never deleted; deactivated."""

    __tablename__ = "incident_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    level_min: Mapped[int] = mapped_column(Integer)  # the levels this template is chosen for
    level_max: Mapped[int] = mapped_column(Integer)
    for_drill: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)  # shipped; may be reset
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class IncidentTemplateStep(Base):
    __tablename__ = "incident_template_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("incident_template.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    owner: Mapped[str] = mapped_column(String(64), default="")  # a role: 保密负责人, 法务, IT…
    due_hours: Mapped[int | None] = mapped_column(Integer, nullable=True)  # after grading
    action: Mapped[str] = mapped_column(String(32), default="")  # see services.incidents ACTIONS


class StepStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"  # optional steps only, with a reason


class IncidentStep(Base):
    """A step of one case, copied from its template when graded (later template edits leave
    running cases alone), or added by hand."""

    __tablename__ = "incident_step"
    __table_args__ = (Index("ix_incident_step_status_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("incident_case.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    owner: Mapped[str] = mapped_column(String(64), default="")
    due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    action: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[StepStatus] = mapped_column(enum_column(StepStatus), default=StepStatus.OPEN)
    result: Mapped[str] = mapped_column(Text, default="")  # what was done, or why skipped
    done_by: Mapped[str] = mapped_column(String(64), default="")
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class EntryKind(enum.StrEnum):
    OPENED = "opened"
    NOTE = "note"
    CORRECTION = "correction"  # corrects an earlier entry (`corrects_id`), never edits it
    GRADING = "grading"
    STEP = "step"
    DECISION = "decision"
    EVIDENCE = "evidence"
    CUSTODY = "custody"
    LINK = "link"
    HOLD = "hold"
    CONTAINMENT = "containment"  # a grant revoked, a carrier sealed or recalled, …
    REMEDY = "remedy"
    DOCUMENT = "document"  # a report, bundle or pack printed
    STATUS = "status"


class IncidentEntry(Base):
    """The case's timeline. Append-only: migration 0012 adds triggers that refuse UPDATE and
    DELETE on this table, and every entry is also an audit event."""

    __tablename__ = "incident_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("incident_case.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(64))
    kind: Mapped[EntryKind] = mapped_column(enum_column(EntryKind))
    text: Mapped[str] = mapped_column(Text)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("incident_entry.id"), nullable=True)
    ref_type: Mapped[str] = mapped_column(String(32), default="")  # "step", "evidence", …
    ref_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class EvidenceCategory(enum.StrEnum):
    """003 §10.2.1–10.2.10."""

    OWNERSHIP = "ownership"  # 10.2.1 权利归属
    SECRECY = "secrecy"  # 10.2.2 秘密性
    MEASURES = "measures"  # 10.2.3 保密性（保密措施）
    VALUE = "value"  # 10.2.4 价值性
    ACCESS = "access"  # 10.2.5 接触行为
    ACT = "act"  # 10.2.6 侵权行为
    LOSS = "loss"  # 10.2.7 实际损失
    PROFIT = "profit"  # 10.2.8 侵权获利
    APPRAISAL = "appraisal"  # 10.2.9 司法鉴定
    OTHER = "other"


class EvidenceItem(Base):
    """One piece of evidence. The file is an attachment (owner_kind "evidence"); its SHA-256
    is copied here at intake so a later check of the stored bytes or of a paper copy's file
    compares against what was received."""

    __tablename__ = "evidence_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("incident_case.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # E-01, E-02 … within the case
    category: Mapped[EvidenceCategory] = mapped_column(enum_column(EvidenceCategory))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")  # from where
    method: Mapped[str] = mapped_column(String(200), default="")  # how: 公证, screenshot …
    collected_by: Mapped[str] = mapped_column(String(64))
    collected_at: Mapped[datetime] = mapped_column(DateTime)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"), nullable=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    keeper: Mapped[str] = mapped_column(String(64), default="")  # who holds the original now
    location: Mapped[str] = mapped_column(String(200), default="")  # where the original is
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EvidenceCustody(Base):
    """Chain of custody: every hand-over of an original, and its return."""

    __tablename__ = "evidence_custody"

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_item.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    from_holder: Mapped[str] = mapped_column(String(64))
    to_holder: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(Text, default="")
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))


class RemedyRoute(enum.StrEnum):
    """003 §11, 000 §7.5.1."""

    NEGOTIATION = "negotiation"  # 协商和解
    MEDIATION = "mediation"  # 人民调解
    ARBITRATION = "arbitration"  # 商事仲裁
    LABOUR = "labour"  # 劳动仲裁（员工纠纷）
    ADMINISTRATIVE = "administrative"  # 行政投诉（市场监督管理部门）
    CIVIL = "civil"  # 民事诉讼
    INJUNCTION = "injunction"  # 诉前禁令
    PRESERVATION = "preservation"  # 证据保全
    CRIMINAL = "criminal"  # 刑事报案（公安机关）
    PROCURATORATE = "procuratorate"  # 检察监督


class IncidentRemedy(Base):
    __tablename__ = "incident_remedy"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("incident_case.id"), index=True)
    route: Mapped[RemedyRoute] = mapped_column(enum_column(RemedyRoute))
    authority: Mapped[str] = mapped_column(String(200), default="")  # counterpart authority
    reference: Mapped[str] = mapped_column(String(100), default="")  # 受理/案号
    filed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Criminal route: the amounts the user records against the filing thresholds (in fen).
    loss_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PackItem(Base):
    """A complaint-pack material the user provides (TSDesk ticks the ones it produces itself):
    ticked with a note of where it is, or an attachment (owner_kind "pack_item")."""

    __tablename__ = "incident_pack_item"
    __table_args__ = (UniqueConstraint("case_id", "route", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("incident_case.id"))
    route: Mapped[RemedyRoute] = mapped_column(enum_column(RemedyRoute))
    item_key: Mapped[str] = mapped_column(String(32))
    provided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    provided_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
