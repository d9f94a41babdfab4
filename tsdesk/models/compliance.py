"""The base application and the evidence behind it (004 第六、八、十、十一条; 003 §5):
the enterprise's own rules (制度), declarations, hand-entered assessment answers, the year's
programme (年度工作方案) and the saved drafts of the application forms 附表1–3."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class RuleKind(enum.StrEnum):
    """The kinds of 制度 004 第十条（三）（四） and 003 §5 ask for."""

    MANAGEMENT = "management"  # 商业秘密保护管理制度（总则）
    DUTIES = "duties"  # 机构与岗位职责（第十条（一） 明确的工作职责）
    GRADING = "grading"  # 分级管理制度（第十条（四））
    EMERGENCY = "emergency"  # 泄密应急处置预案（第十条（三））
    REWARD_PENALTY = "reward_penalty"  # 奖惩制度（第十条（三））
    CARRIERS = "carriers"  # 载体与涉密区域管理
    PEOPLE = "people"  # 涉密人员、入职离职管理
    OTHER = "other"


class RuleDocument(Base):
    """One of the enterprise's rules: adopted, revised, repealed; its text is an attachment
    (owner_kind "rule_document"). Never deleted; a repealed rule stays with its dates."""

    __tablename__ = "rule_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RuleKind] = mapped_column(enum_column(RuleKind), index=True)
    title: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(64), default="")  # the enterprise's 文号
    adopted_on: Mapped[date] = mapped_column(Date)
    revised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    repealed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(64), default="")  # who adopted it
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DeclarationKind(enum.StrEnum):
    # 004 第十条（五）: 近2年来没有发生侵犯他人商业秘密行为
    NO_INFRINGEMENT = "no_infringement"


class Declaration(Base):
    """A signed statement the assessment relies on, with its date and signer."""

    __tablename__ = "compliance_declaration"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DeclarationKind] = mapped_column(enum_column(DeclarationKind))
    declared_on: Mapped[date] = mapped_column(Date, index=True)
    signer: Mapped[str] = mapped_column(String(64))
    signer_title: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AssessmentAnswer(Base):
    """A self-assessment item the data cannot answer (an office and funds, a station's member
    statistics), answered by hand for one year with a note of the evidence."""

    __tablename__ = "assessment_answer"
    __table_args__ = (UniqueConstraint("year", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    item_key: Mapped[str] = mapped_column(String(32))  # e.g. "10.2.office"
    met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    value: Mapped[str] = mapped_column(Text, default="")  # a figure or a short text
    note: Mapped[str] = mapped_column(Text, default="")  # where the evidence is
    answered_by: Mapped[str] = mapped_column(String(64))
    answered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ProgrammeKind(enum.StrEnum):
    """年度工作方案 items (004 第十条（三）): each kind is fulfilled by a kind of record."""

    TRAINING = "training"  # a training session
    PUBLICITY = "publicity"  # 宣传 (ticked by hand)
    EXCHANGE = "exchange"  # 研讨交流、考察学习 (by hand)
    INSPECTION = "inspection"  # an inspection done
    DRILL = "drill"  # a drill
    REGISTER_REVIEW = "register_review"  # a review of the register (register reviews)
    OTHER = "other"


class ProgrammeItem(Base):
    __tablename__ = "programme_item"
    __table_args__ = (Index("ix_programme_item_open_due", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[ProgrammeKind] = mapped_column(enum_column(ProgrammeKind))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The record that fulfilled it ("training_session", id), or "" when ticked by hand.
    fulfilled_type: Mapped[str] = mapped_column(String(32), default="")
    fulfilled_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BaseApplication(Base):
    """A saved draft of one application form for one year: the field values as edited (JSON,
    the form's field keys), the 开展情况 narrative and the figures it was drafted from."""

    __tablename__ = "base_application"
    __table_args__ = (UniqueConstraint("year", "form_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    form_id: Mapped[str] = mapped_column(String(64))  # resources/forms/<form_id>.json
    values: Mapped[str] = mapped_column(Text, default="{}")
    narrative: Mapped[str] = mapped_column(Text, default="")
    figures: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the figures and their sources
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    printed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
