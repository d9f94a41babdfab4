"""Destruction records (003 §7.4, §8.2.4, §9.1.2.2 d, §9.6.5) and legal holds."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class DestructionStatus(enum.StrEnum):
    DRAFT = "draft"  # 草稿
    PENDING = "pending"  # 待审批
    APPROVED = "approved"  # 待执行
    DONE = "done"  # 已完成
    CANCELLED = "cancelled"  # 已撤销 (before execution only)


class DestructionItemKind(enum.StrEnum):
    CARRIER = "carrier"  # a carrier (paper, media, device, sample…)
    DATA = "data"  # an electronic data set: system / path and what was on it (003 §9.6.5)
    SECRET = "secret"  # a whole secret after declassification or term end (its carriers follow)


class DestructionReason(enum.StrEnum):
    TERM_ENDED = "term_ended"  # 保密期限届满
    DECLASSIFIED = "declassified"  # 已解密
    SUPERSEDED = "superseded"  # 多余/被替代的副本
    LEAVING = "leaving"  # 离职人员的资料 (003 §8.2.4)
    DAMAGED = "damaged"  # 损坏
    OTHER = "other"


class DestructionResult(enum.StrEnum):
    PENDING = "pending"  # not executed yet
    DESTROYED = "destroyed"  # 已销毁
    FAILED = "failed"  # 未能销毁 (kept, with the reason)


class DestructionMethod(Base):
    """The enterprise's method catalogue: shredding to a DIN 66399 level, degaussing, overwrite,
    crypto-erase, physical destruction, return to vendor… (003 §7.4; NIST SP 800-88 App. G)."""

    __tablename__ = "destruction_method"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(100))
    applies_to: Mapped[str] = mapped_column(String(16))  # "paper" | "media" | "data" | "any"
    sanitization: Mapped[str] = mapped_column(String(16), default="destroy")  # clear/purge/destroy
    level: Mapped[str] = mapped_column(String(16), default="")  # e.g. "P-5"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class DestructionBatch(Base):
    """One destruction: request → hold check → four-eyes approval → supervised execution.
    Never edited once done; annotated only (DestructionNote)."""

    __tablename__ = "destruction_batch"
    __table_args__ = (Index("ix_destruction_batch_status", "status", "approved_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[DestructionStatus] = mapped_column(
        enum_column(DestructionStatus), default=DestructionStatus.DRAFT
    )
    note: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    executed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    executor_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    executor: Mapped[str] = mapped_column(String(64), default="")  # name as printed
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    video_reference: Mapped[str] = mapped_column(Text, default="")  # where the video is kept
    certificate_code: Mapped[str] = mapped_column(String(64), default="")  # 销毁证明 check code


class DestructionItem(Base):
    __tablename__ = "destruction_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("destruction_batch.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[DestructionItemKind] = mapped_column(enum_column(DestructionItemKind))
    carrier_id: Mapped[int | None] = mapped_column(
        ForeignKey("carrier.id"), nullable=True, index=True
    )
    secret_id: Mapped[int | None] = mapped_column(
        ForeignKey("secret.id"), nullable=True, index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")  # data set: system, path, content
    quantity: Mapped[int] = mapped_column(Integer, default=1)  # pieces / copies
    pages: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[DestructionReason] = mapped_column(enum_column(DestructionReason))
    hold_note: Mapped[str] = mapped_column(Text, default="")  # the warning accepted at request
    # Execution, per item (NIST SP 800-88 App. G fields for media and data).
    method_key: Mapped[str | None] = mapped_column(
        ForeignKey("destruction_method.key"), nullable=True
    )
    media_type: Mapped[str] = mapped_column(String(64), default="")
    media_serial: Mapped[str] = mapped_column(String(100), default="")
    tool: Mapped[str] = mapped_column(String(200), default="")  # tool and version, passes
    verification: Mapped[str] = mapped_column(Text, default="")  # how it was verified
    result: Mapped[DestructionResult] = mapped_column(
        enum_column(DestructionResult), default=DestructionResult.PENDING
    )
    failure: Mapped[str] = mapped_column(Text, default="")  # why it was kept


class DestructionSupervisor(Base):
    """A 监销人: a person from the list; an operator confirms with their own password, anyone
    else signs the printed 销毁清册."""

    __tablename__ = "destruction_supervisor"

    batch_id: Mapped[int] = mapped_column(ForeignKey("destruction_batch.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    operator: Mapped[str] = mapped_column(String(64), default="")  # who confirmed, if an operator
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DestructionNote(Base):
    """An annotation on a finished record (the record itself is never edited)."""

    __tablename__ = "destruction_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("destruction_batch.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LegalHold(Base):
    """A hold any module may place on a record (an incident's evidence, a dispute): nothing
    under a hold may be destroyed. Lifted, never deleted."""

    __tablename__ = "legal_hold"
    __table_args__ = (Index("ix_legal_hold_entity", "entity_type", "entity_id", "lifted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(32))  # "carrier", "secret", …
    entity_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    placed_by: Mapped[str] = mapped_column(String(64))
    placed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    lifted_by: Mapped[str] = mapped_column(String(64), default="")
    lifted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    lift_reason: Mapped[str] = mapped_column(Text, default="")
