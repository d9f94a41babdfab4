"""The employee directory and who may know which secret (003 §8.2)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class PersonStatus(enum.StrEnum):
    ACTIVE = "active"  # 在职
    LEFT = "left"  # 离职


class Person(Base):
    """An employee (not an operator: most people never log in to TSDesk)."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # 工号
    name: Mapped[str] = mapped_column(String(64), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    post: Mapped[str] = mapped_column(String(64), default="")  # 岗位
    phone: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[PersonStatus] = mapped_column(
        enum_column(PersonStatus), default=PersonStatus.ACTIVE
    )
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    hire_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # 入职日期
    key_post: Mapped[bool] = mapped_column(Boolean, default=False)  # 重点岗位 / 涉密人员
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AccessTier(enum.StrEnum):
    """How close a person may come to a secret (003 §8.2.1–8.2.2)."""

    FULL = "full"  # 全部知悉
    PARTIAL = "partial"  # 部分知悉（限定秘密点）
    CONSULT = "consult"  # 仅限查阅


class Knower(Base):
    """A grant: `person` may know `secret`, from–until (a temporary grant ends by itself)."""

    __tablename__ = "knower"
    __table_args__ = (
        Index("ix_knower_secret_person", "secret_id", "person_id"),
        # The 工作台 counts temporary grants ending soon from this index alone (it holds every
        # column the count tests): not the whole table, and no row reads.
        Index("ix_knower_valid_until", "valid_until", "revoked_on", "valid_from", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    secret_id: Mapped[int] = mapped_column(ForeignKey("secret.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    tier: Mapped[AccessTier] = mapped_column(enum_column(AccessTier))
    reason: Mapped[str] = mapped_column(Text, default="")
    granted_by: Mapped[str] = mapped_column(String(64))  # operator name
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)  # None: until revoked
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    revoked_by: Mapped[str] = mapped_column(String(64), default="")
