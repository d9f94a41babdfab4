"""Operators: the people who log in to TSDesk (not the employees in the register)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class Role(enum.StrEnum):
    ADMIN = "admin"  # 管理员
    OFFICER = "officer"  # 保密员
    APPROVER = "approver"  # 审批人
    AUDITOR = "auditor"  # 审计员: read-only plus the audit log


class Operator(Base):
    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)  # login name, bound into key slots
    display_name: Mapped[str] = mapped_column(String(128), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
