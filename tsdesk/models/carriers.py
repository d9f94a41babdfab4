"""Carriers (涉密载体), secret areas (涉密区域), labels and stock-takes: 003 §3.4–3.5, §7, §8.3, §9.1–9.2."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class CarrierKind(enum.StrEnum):
    PAPER = "paper"  # 纸质资料 (003 §9.1.2.1)
    STORAGE = "storage"  # 存储设备: U 盘、移动硬盘、光盘… (003 §9.1.2.2)
    SYSTEM = "system"  # 信息系统 (003 §9.1.2.3)
    SAMPLE = "sample"  # 样品
    MATERIAL = "material"  # 原材料、半成品 (003 §9.1.1.1 d)
    OTHER = "other"


class CarrierStatus(enum.StrEnum):
    IN_STORE = "in_store"  # 在库
    LENT = "lent"  # 借出
    OUT_FOR_REPAIR = "repair"  # 外送维修
    SEALED = "sealed"  # 封存
    LOST = "lost"  # 遗失
    DESTROYED = "destroyed"  # 已销毁 (set by the destruction module)


class MovementKind(enum.StrEnum):
    """003 §8.3, §9.1.2.2."""

    BORROW = "borrow"  # 借阅
    CONSULT = "consult"  # 查阅
    COPY = "copy"  # 复制
    REPAIR = "repair"  # 送外维修 (storage media removed first, 003 §9.1.2.2 c)
    TRANSFER = "transfer"  # 移交保管
    RETURN = "return"  # 归还


class AreaKind(enum.StrEnum):
    """003 §9.1.1.1 a–d."""

    RND = "a"  # 研发工作区、设计实验室、信息数据中心、重要生产场所
    ARCHIVE = "b"  # 涉密档案室、部门涉密档案存放区域
    SAMPLES = "c"  # 未公开的样品存放地点
    MATERIALS = "d"  # 重要原材料、半成品存放区域


class SealReason(enum.StrEnum):
    """003 §7.3.1 a–c."""

    STABLE = "a"  # 内容不再变化且长期发挥作用
    EVIDENCE = "b"  # 可能作为权利人的重要证据
    OTHER = "c"  # 企业认为有必要


class Area(Base):
    __tablename__ = "area"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[AreaKind] = mapped_column(enum_column(AreaKind))
    grade_id: Mapped[int] = mapped_column(ForeignKey("grade.id"))
    location: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    measures: Mapped[str] = mapped_column(
        Text, default="{}"
    )  # JSON {"a": {"done": bool, "note": ""}, …} 003 §9.1.1.2
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AreaAccess(Base):
    """People authorised to enter an area (003 §9.1.1.2 b)."""

    __tablename__ = "area_access"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    granted_by: Mapped[str] = mapped_column(String(64))
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Carrier(Base):
    __tablename__ = "carrier"
    __table_args__ = (Index("ix_carrier_status_area", "status", "area_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(48), unique=True)
    kind: Mapped[CarrierKind] = mapped_column(enum_column(CarrierKind))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    device_detail: Mapped[str] = mapped_column(String(200), default="")  # model, serial, capacity
    custodian_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), nullable=True)
    location: Mapped[str] = mapped_column(String(200), default="")  # cabinet, shelf
    status: Mapped[CarrierStatus] = mapped_column(
        enum_column(CarrierStatus), default=CarrierStatus.IN_STORE
    )
    original_id: Mapped[int | None] = mapped_column(
        ForeignKey("carrier.id"), nullable=True
    )  # copies
    copy_number: Mapped[int] = mapped_column(Integer, default=0)  # …-C02 is 2
    copies_made: Mapped[int] = mapped_column(Integer, default=0)  # on originals: last copy number
    # 已被替代: a newer version replaced it; it waits for destruction (the 销毁 page lists it).
    superseded_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CarrierSecret(Base):
    """Which secrets a carrier records; its grade and term derive from these."""

    __tablename__ = "carrier_secret"

    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"), primary_key=True)
    secret_id: Mapped[int] = mapped_column(ForeignKey("secret.id"), primary_key=True, index=True)


class Movement(Base):
    """Borrow, consult, copy, repair, transfer, return (003 §8.3.1: content, period, purpose, device)."""

    __tablename__ = "movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"), index=True)
    kind: Mapped[MovementKind] = mapped_column(enum_column(MovementKind))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)  # who
    # …or an outside party, who needs a business NDA in force (003 §8.3.4, §9.4)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    device: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # returned / completed
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    media_removed: Mapped[bool] = mapped_column(Boolean, default=False)  # repair, 003 §9.1.2.2 c
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class Seal(Base):
    """封存 (003 §7.3) with its periodic checks (§7.3.3)."""

    __tablename__ = "seal"

    id: Mapped[int] = mapped_column(primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"), index=True)
    reason: Mapped[SealReason] = mapped_column(enum_column(SealReason))
    reason_note: Mapped[str] = mapped_column(Text, default="")
    seal_number: Mapped[str] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(String(200))
    sealed_on: Mapped[date] = mapped_column(Date)
    sealed_by: Mapped[str] = mapped_column(String(64))
    check_interval_days: Mapped[int] = mapped_column(Integer, default=90)
    next_check: Mapped[date] = mapped_column(Date)
    unsealed_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class SealCheck(Base):
    __tablename__ = "seal_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    seal_id: Mapped[int] = mapped_column(ForeignKey("seal.id"), index=True)
    checked_on: Mapped[date] = mapped_column(Date)
    checked_by: Mapped[str] = mapped_column(String(64))
    intact: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


class LabelPrint(Base):
    """The print log: who printed which labels, when, on what (003 §9.2.1)."""

    __tablename__ = "label_print"

    id: Mapped[int] = mapped_column(primary_key=True)
    printed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    operator: Mapped[str] = mapped_column(String(64))
    template: Mapped[str] = mapped_column(String(64))
    printer: Mapped[str] = mapped_column(String(200), default="")  # "PDF" when saved to a file
    start_position: Mapped[int] = mapped_column(Integer, default=1)
    reprint_reason: Mapped[str] = mapped_column(Text, default="")
    items: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{"carrier": number, "issue": n}]


class LabelIssue(Base):
    """How many times each carrier's label has been printed: issue 2+ is a marked reprint."""

    __tablename__ = "label_issue"

    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"), primary_key=True)
    issued: Mapped[int] = mapped_column(Integer, default=0)


class StockTake(Base):
    """盘点: a saved result of scanning an area or location."""

    __tablename__ = "stock_take"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), nullable=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    operator: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(
        Text, default="{}"
    )  # JSON: found, missing, unexpected, invalid
    note: Mapped[str] = mapped_column(Text, default="")
