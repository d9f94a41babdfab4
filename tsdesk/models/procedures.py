"""Joining, job change and leaving as procedures with items to settle (003 §8.2.3–8.2.4)."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column


class ProcedureKind(enum.StrEnum):
    JOIN = "join"  # 入职
    TRANSFER = "transfer"  # 调岗 (003 §8.2.3)
    EXIT = "exit"  # 离职 (003 §8.2.4)


class Procedure(Base):
    __tablename__ = "procedure"
    __table_args__ = (Index("ix_procedure_open", "kind", "completed_on", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[ProcedureKind] = mapped_column(enum_column(ProcedureKind))
    started_on: Mapped[date] = mapped_column(Date)
    started_by: Mapped[str] = mapped_column(String(64))
    effective_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # hire/change/leave
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    completed_by: Mapped[str] = mapped_column(String(64), default="")
    from_department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id"), nullable=True
    )
    to_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    from_post: Mapped[str] = mapped_column(String(64), default="")
    to_post: Mapped[str] = mapped_column(String(64), default="")
    # Leaving: "sign" | "not_needed" | "waive" | "" (not decided yet)
    noncompete_decision: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ProcedureItem(Base):
    """One thing to settle: an NDA to sign, a grant to keep or revoke, a carrier to return…"""

    __tablename__ = "procedure_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # "nda", "grant", "carrier", "device", …
    subject_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # knower/carrier/… id
    label: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    settled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    settled_by: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="")  # kept/revoked/returned/…
    note: Mapped[str] = mapped_column(Text, default="")
