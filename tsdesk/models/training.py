"""Training, drills and inspections (003 §12, §13.1, §5.3 b; 004 第十条)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class TrainingAudience(enum.StrEnum):
    NEW = "new"  # 新员工
    KEY = "key"  # 重点岗位/涉密人员
    ALL = "all"  # 全员


class TrainingSession(Base):
    __tablename__ = "training_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(200))
    audience: Mapped[TrainingAudience] = mapped_column(enum_column(TrainingAudience))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    trainer: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TrainingAttendance(Base):
    __tablename__ = "training_attendance"
    # "When was this person last trained?" from the index alone.
    __table_args__ = (Index("ix_training_attendance_person", "person_id", "held_on"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)  # the session's date, kept here for the index
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)  # optional test score


class Drill(Base):
    """A leak-response drill (003 §12.2, §13.1)."""

    __tablename__ = "drill"

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario: Mapped[str] = mapped_column(Text)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    timeline: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DrillParticipant(Base):
    __tablename__ = "drill_participant"

    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)


class Inspection(Base):
    """A secrecy inspection (003 §5.3 b, §12.3): plan, findings, conclusion, actions."""

    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    inspector: Mapped[str] = mapped_column(String(64), default="")
    scope_areas: Mapped[str] = mapped_column(Text, default="")
    scope_carriers: Mapped[str] = mapped_column(Text, default="")
    scope_people: Mapped[str] = mapped_column(Text, default="")
    rules: Mapped[str] = mapped_column(Text, default="")  # the rules checked
    findings: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("stock_take.id"), nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64))


class InspectionAction(Base):
    """A corrective action: owner, due date, closed with evidence (attachments)."""

    __tablename__ = "inspection_action"
    __table_args__ = (Index("ix_inspection_action_open", "closed_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    owner: Mapped[str] = mapped_column(String(64), default="")  # name, as written
    due_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")  # what shows it was done
