"""The secret register (商业秘密清单/台账): 003 §5.3, §6, §8; 000 §5."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tsdesk.models.base import Base, enum_column, utcnow


class Category(enum.StrEnum):
    """003 §6.1.1–6.1.2 and 000 §5 (其他商业信息)."""

    DESIGN = "tech.design"  # 技术信息 — 设计信息
    SOFTWARE = "tech.software"  # 技术信息 — 软件信息
    TECH_OTHER = "tech.other"  # 其他技术信息
    BUSINESS = "biz.business"  # 经营信息 — 经营信息
    MANAGEMENT = "biz.management"  # 管理信息
    PARTNERS = "biz.partners"  # 客户、供应商与其他合作方信息
    FINANCE = "biz.finance"  # 财务信息
    HUMAN_RESOURCES = "biz.hr"  # 人力资源信息
    BUSINESS_OTHER = "biz.other"  # 其他经营信息
    OTHER = "other"  # 其他商业信息 (000 §5)


class SecretStatus(enum.StrEnum):
    PROPOSED = "proposed"  # 拟定
    CONFIRMED = "confirmed"  # 已确定
    DECLASSIFIED = "declassified"  # 已解密 (003 §6.3)
    DESTROYED = "destroyed"  # 已销毁 (set by the destruction module)
    VOID = "void"  # 作废


class TermKind(enum.StrEnum):
    UNTIL_DATE = "date"  # 至某日
    LONG_TERM = "long"  # 长期
    UNTIL_EVENT = "event"  # 至某事件发生


class StorageKind(enum.StrEnum):
    """003 §7.1."""

    LOCAL_SYSTEM = "local_system"  # 本地信息系统
    CLOUD = "cloud"  # 云端存储
    HARDWARE = "hardware"  # 硬件存储设备
    PAPER = "paper"  # 纸质资料


class DeclassifyReason(enum.StrEnum):
    """003 §6.3 a–c."""

    NO_LONGER_VALUABLE = "a"  # 不再具有保护价值
    LAWFULLY_PUBLIC = "b"  # 已被合法公开
    COMPANY_DECISION = "c"  # 企业自主决定不再保护


class ReviewOutcome(enum.StrEnum):
    UNCHANGED = "unchanged"
    CHANGE = "change"
    DECLASSIFY = "declassify"


class ApprovalKind(enum.StrEnum):
    CONFIRM = "confirm"  # 商业秘密确定审批表
    CHANGE = "change"  # 变更审批表 (grade, term)
    DECLASSIFY = "declassify"  # 解密审批表


class Grade(Base):
    """一级/二级/三级商密 by default; the admin may rename or add grades (003 §8.1.2)."""

    __tablename__ = "grade"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    rank: Mapped[int] = mapped_column(Integer)  # 1 is the highest
    review_interval_months: Mapped[int] = mapped_column(Integer, default=12)
    default_term_years: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: 长期
    movement_needs_approval: Mapped[bool] = mapped_column(Boolean, default=True)  # 003 §8.3.1
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# The partial indexes' conditions: a query uses such an index only when its WHERE repeats
# the condition word for word, so the self-assessment's counts use these texts too.
CONCEALED = "concealed = 1"
GRADED = "grading NOT IN ('', '{}')"


class Secret(Base):
    __tablename__ = "secret"
    __table_args__ = (
        Index("ix_secret_status_grade", "status", "grade_id"),
        # The register list's filters, each followed by the number order the list is shown
        # in, so that a page is read from the index alone (no row lookups, no sort of the
        # rows): 100,000 secrets filtered by status took 380 ms without, 3 ms with.
        Index("ix_secret_status_number", "status", "number"),
        Index("ix_secret_category_number", "category", "number"),
        Index("ix_secret_department_grade_number", "department_id", "grade_id", "number"),
        # Department or category with a status (migration 0006): 80 ms a count → under 1 ms.
        Index("ix_secret_department_status_number", "department_id", "status", "number"),
        Index("ix_secret_category_status_number", "category", "status", "number"),
        Index("ix_secret_review_status", "next_review", "status"),
        Index("ix_secret_term_status_number", "term_until", "term_kind", "status", "number"),
        # Sort by owner (migration 0007): a covering scan, not every row (0.4 s → 30 ms).
        Index("ix_secret_owner", "owner_id"),
        # The self-assessment's counts of 隐密 and graded secrets (migration 0014): only those
        # rows, so a count never reads every confirmed secret (1 s each at 100,000).
        Index("ix_secret_concealed_status", "status", sqlite_where=text(CONCEALED)),
        Index("ix_secret_graded_status", "status", sqlite_where=text(GRADED)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # 编号, never reused
    subject: Mapped[str] = mapped_column(String(200))  # 秘密主题
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[Category] = mapped_column(enum_column(Category))
    grade_id: Mapped[int] = mapped_column(ForeignKey("grade.id"))
    term_kind: Mapped[TermKind] = mapped_column(enum_column(TermKind))
    term_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_event: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)  # 责任人
    scope: Mapped[str] = mapped_column(Text, default="")  # 保密范围 / 知悉范围
    note: Mapped[str] = mapped_column(Text, default="")  # 备注
    # 003 §6.2.1 / 000 §5: the constitutive conditions
    not_public_basis: Mapped[str] = mapped_column(Text, default="")
    value_description: Mapped[str] = mapped_column(Text, default="")
    value_estimate: Mapped[str] = mapped_column(String(64), default="")
    rd_cost: Mapped[str] = mapped_column(String(64), default="")
    # 003 §6.1.3 a–d confirmed not to apply; 003 §6.4 a–c for data/algorithm/code secrets
    exclusions_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    data_conditions: Mapped[str] = mapped_column(Text, default="{}")  # JSON {"a": true, …}
    grading: Mapped[str] = mapped_column(Text, default="{}")  # JSON: scores, suggestion, decision
    # 隐密 (004 第十条（四）): the secret's existence is itself confidential — lists and prints
    # outside the register show it only as its number.
    concealed: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[SecretStatus] = mapped_column(
        enum_column(SecretStatus), default=SecretStatus.PROPOSED
    )
    proposed_by: Mapped[str] = mapped_column(String(64))
    proposed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ended_reason: Mapped[str] = mapped_column(
        Text, default=""
    )  # declassify (a/b/c + words) or void
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_by: Mapped[str] = mapped_column(String(64), default="")
    next_review: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    points: Mapped[list[SecretPoint]] = relationship(
        order_by="SecretPoint.position", cascade="all, delete-orphan"
    )
    storages: Mapped[list[SecretStorage]] = relationship(cascade="all, delete-orphan")


class SecretPoint(Base):
    """秘密点 (003 §3.3): what distinguishes the secret from public knowledge."""

    __tablename__ = "secret_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret_id: Mapped[int] = mapped_column(ForeignKey("secret.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class SecretStorage(Base):
    """存储方式 with location (003 §7.1); a secret may be stored in several ways."""

    __tablename__ = "secret_storage"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret_id: Mapped[int] = mapped_column(ForeignKey("secret.id"), index=True)
    kind: Mapped[StorageKind] = mapped_column(enum_column(StorageKind))
    location: Mapped[str] = mapped_column(String(200), default="")


class Approval(Base):
    """A four-eyes decision on a secret; printable as its approval form."""

    __tablename__ = "approval"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret_id: Mapped[int] = mapped_column(ForeignKey("secret.id"), index=True)
    kind: Mapped[ApprovalKind] = mapped_column(enum_column(ApprovalKind))
    requested_by: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(64))
    approved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: before/after, reason


class Review(Base):
    """A periodic review (003 §5.3, §6.2.4) and where it leads."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret_id: Mapped[int] = mapped_column(ForeignKey("secret.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[ReviewOutcome] = mapped_column(enum_column(ReviewOutcome))
    note: Mapped[str] = mapped_column(Text, default="")
    next_review: Mapped[date | None] = mapped_column(Date, nullable=True)


class NumberCounter(Base):
    """The last number handed out per pattern and year, so numbers are never reused."""

    __tablename__ = "number_counter"

    scope: Mapped[str] = mapped_column(String(64), primary_key=True)  # e.g. "secret:2026"
    value: Mapped[int] = mapped_column(Integer, default=0)
