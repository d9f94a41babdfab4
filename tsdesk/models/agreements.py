"""Agreements with employees and outside parties (003 §9.4, §8.2.3–8.2.4, §8.3.4)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column, utcnow


class PartyKind(enum.StrEnum):
    """An outside party is a record of its own (003 §8.3.4)."""

    CUSTOMER = "customer"  # 客户
    SUPPLIER = "supplier"  # 供应商
    CONTRACTOR = "contractor"  # 外包/合作方
    VISITOR = "visitor"  # 来访者
    OTHER = "other"


class Party(Base):
    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), index=True)
    kind: Mapped[PartyKind] = mapped_column(enum_column(PartyKind))
    contact: Mapped[str] = mapped_column(String(128), default="")  # person and phone
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AgreementKind(enum.StrEnum):
    """003 §9.4, §8.2.3, §8.2.4."""

    NDA = "nda"  # 员工保密协议
    BUSINESS = "business"  # 商业保密协议 / 保密条款 (with a Party)
    NONCOMPETE = "noncompete"  # 竞业限制协议
    EXIT = "exit"  # 离职保密承诺书
    TRANSFER = "transfer"  # 岗位变动协议


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"  # 草拟
    SIGNED = "signed"  # 已签署 (not yet effective)
    IN_FORCE = "in_force"  # 生效中
    ENDED = "ended"  # 已到期终止
    TERMINATED = "terminated"  # 解除
    BREACHED = "breached"  # 违约


class Agreement(Base):
    __tablename__ = "agreement"
    __table_args__ = (
        # "Has this person an NDA in force?" for every row of the people page.
        Index("ix_agreement_person", "person_id", "kind", "status", "end_on"),
        Index("ix_agreement_kind_status", "kind", "status", "end_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind))
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus), default=AgreementStatus.DRAFT
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    effective_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # None: open-ended
    damages_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 违约金, in fen
    text: Mapped[str] = mapped_column(Text, default="")  # the filled text as last printed
    note: Mapped[str] = mapped_column(Text, default="")
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # ended/terminated/breached
    end_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # 竞业限制 (劳动合同法 第二十三、二十四条): runs from the leaving date, at most 24 months.
    nc_starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    nc_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    nc_area: Mapped[str] = mapped_column(Text, default="")
    nc_business: Mapped[str] = mapped_column(Text, default="")
    nc_competitors: Mapped[str] = mapped_column(Text, default="")
    nc_monthly_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    nc_average_wage_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)  # last 12 mo.
    waived_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    waiver_note: Mapped[str] = mapped_column(Text, default="")


class AgreementSecret(Base):
    """The secrets an agreement covers (linked to the register)."""

    __tablename__ = "agreement_secret"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), primary_key=True)
    secret_id: Mapped[int] = mapped_column(ForeignKey("secret.id"), primary_key=True, index=True)


class AgreementCarrier(Base):
    """Carriers handed over under an agreement."""

    __tablename__ = "agreement_carrier"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), primary_key=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("carrier.id"), primary_key=True, index=True)


class AgreementTemplate(Base):
    """The enterprise's own text for a kind; absent, the text shipped with TSDesk is used."""

    __tablename__ = "agreement_template"

    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class NoncompetePayment(Base):
    """One month of non-compete compensation: due, and paid (voucher as an attachment)."""

    __tablename__ = "noncompete_payment"
    __table_args__ = (Index("ix_noncompete_payment_due", "paid_on", "due_on", "agreement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    month: Mapped[date] = mapped_column(Date)  # the first day of the month it pays for
    due_on: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
