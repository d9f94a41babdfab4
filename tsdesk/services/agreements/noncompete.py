"""竞业限制 compensation (劳动合同法 第二十三、二十四条): the monthly ledger, payments with
their vouchers, the unpaid months, and the employer's waiver.

The ledger has one row per month of the restriction from the leaving day, made when the
agreement is in force and the day is known. A month is *unpaid* once its due day has passed
without a payment. After three unpaid months the employee may end the restriction
(最高法 劳动争议解释（一）第三十八条): two is a warning, three an alarm. The employer may
release the restriction at any time; courts then award three more months' compensation
(同解释 第三十九条), which the waiver shows as a hint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    NoncompetePayment,
    Person,
)
from tsdesk.services import attachments
from tsdesk.services.agreements.core import (
    _drop_unpaid_after,
    _make_ledger,
    _unpaid_ids,
    get,
    nc_end,
    snapshot,
    yuan,
)
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

PAYMENT_OWNER = "noncompete_payment"  # attachments' owner_kind for a payment's voucher
WAIVER_EXTRA_MONTHS = 3


@dataclass(frozen=True, slots=True)
class PaymentRow:
    id: int
    agreement_id: int
    month: date
    due_on: date
    amount_fen: int
    paid_on: date | None
    paid_fen: int | None
    recorded_by: str
    note: str

    def unpaid(self, today: date) -> bool:
        return self.paid_on is None and self.due_on < today

    def state(self, today: date) -> str:
        if self.paid_on is not None:
            return "paid"
        return "unpaid" if self.due_on < today else "open"


PAYMENT_STATE_LABELS: dict[str, str] = {
    "paid": QT_TRANSLATE_NOOP("agreements", "已支付"),
    "unpaid": QT_TRANSLATE_NOOP("agreements", "逾期未付"),
    "open": QT_TRANSLATE_NOOP("agreements", "未到期"),
}


def _noncompete(session: Session, agreement_id: int) -> Agreement:
    a = get(session, agreement_id)
    if a.kind != AgreementKind.NONCOMPETE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该协议不是竞业限制协议"))
    return a


def ledger(session: Session, agreement_id: int) -> list[PaymentRow]:
    q = (
        select(
            NoncompetePayment.id,
            NoncompetePayment.agreement_id,
            NoncompetePayment.month,
            NoncompetePayment.due_on,
            NoncompetePayment.amount_fen,
            NoncompetePayment.paid_on,
            NoncompetePayment.paid_fen,
            NoncompetePayment.recorded_by,
            NoncompetePayment.note,
        )
        .where(NoncompetePayment.agreement_id == agreement_id)
        .order_by(NoncompetePayment.due_on)
    )
    return [PaymentRow(*row) for row in session.execute(q)]


def unpaid_months(session: Session, agreement_id: int, today: date | None = None) -> int:
    return session.execute(
        select(func.count(NoncompetePayment.id)).where(
            NoncompetePayment.agreement_id == agreement_id,
            NoncompetePayment.paid_on.is_(None),
            NoncompetePayment.due_on < (today or date.today()),
        )
    ).scalar_one()


def start_noncompete(
    uow: UnitOfWork, agreement_id: int, starts_on: date, today: date | None = None
) -> None:
    """The person has left: the restriction runs from `starts_on` and its ledger is made."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    a = _noncompete(session, agreement_id)
    if a.nc_starts_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "竞业限制已自 {day} 起算"), day=str(a.nc_starts_on)
        )
    if a.status not in (AgreementStatus.SIGNED, AgreementStatus.IN_FORCE):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "协议须已签署才能起算竞业限制期"))
    if starts_on > (today or date.today()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "起算日期不能晚于今天"))
    before = snapshot(a, session)
    a.nc_starts_on = starts_on
    a.end_on = nc_end(starts_on, a.nc_months or 0)
    if a.effective_on is None or a.effective_on > starts_on:
        a.effective_on = starts_on
    if a.status == AgreementStatus.SIGNED:
        a.status = AgreementStatus.IN_FORCE
    _make_ledger(session, a)
    uow.record("noncompete.start", "agreement", a.id, before=before, after=snapshot(a, session))


def record_payment(
    uow: UnitOfWork,
    payment_id: int,
    paid_on: date,
    paid_fen: int | None = None,
    note: str = "",
    voucher: tuple[str, bytes] | None = None,
    today: date | None = None,
) -> None:
    """A month's compensation was paid (default: the amount due); `voucher` (file name, bytes)
    is stored as an attachment of the payment."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    row = found(
        session.get(NoncompetePayment, payment_id),
        QT_TRANSLATE_NOOP("errors", "补偿记录不存在"),
    )
    if row.paid_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "该月补偿已于 {day} 登记支付"), day=str(row.paid_on)
        )
    if paid_on > (today or date.today()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "支付日期不能晚于今天"))
    paid_fen = row.amount_fen if paid_fen is None else paid_fen
    if paid_fen <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "支付金额须大于零"))
    row.paid_on, row.paid_fen = paid_on, paid_fen
    row.recorded_by, row.note = uow.actor.name, note.strip()
    session.flush()
    if voucher is not None:
        attachments.add(uow, PAYMENT_OWNER, row.id, voucher[0], voucher[1], "支付凭证")
    uow.record(
        "noncompete.payment",
        "agreement",
        row.agreement_id,
        after={
            "month": row.month.strftime("%Y-%m"),
            "paid_on": str(paid_on),
            "paid": yuan(paid_fen),
            "due": yuan(row.amount_fen),
            "note": row.note,
        },
    )


def waiver_hint_fen(a: Agreement) -> int:
    """What courts award on a release: three more months' compensation."""
    return (a.nc_monthly_fen or 0) * WAIVER_EXTRA_MONTHS


def waive(
    uow: UnitOfWork, agreement_id: int, on: date, note: str = "", today: date | None = None
) -> None:
    """The employer releases the restriction from `on`: an event, status 已终止, the note kept;
    no compensation accrues for later months."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    a = _noncompete(session, agreement_id)
    if a.status not in (AgreementStatus.SIGNED, AgreementStatus.IN_FORCE):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "只有已签署或生效中的竞业限制可以解除"))
    if on > (today or date.today()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "解除日期不能晚于今天"))
    before = snapshot(a, session)
    a.waived_on, a.waiver_note = on, note.strip()
    a.status, a.ended_on = AgreementStatus.ENDED, on
    a.end_reason = note.strip() or "用人单位解除竞业限制"
    _drop_unpaid_after(session, a.id, on)
    uow.record(
        "noncompete.waive",
        "agreement",
        a.id,
        before=before,
        after=snapshot(a, session)
        | {"waived_on": str(on), "waiver_note": a.waiver_note, "extra": yuan(waiver_hint_fen(a))},
    )


# --- across agreements (CLI `noncompete payments`) -------------------------------------------------


@dataclass(frozen=True, slots=True)
class DueRow:
    payment: PaymentRow
    agreement_number: str
    person_number: str
    person_name: str


def payments(
    session: Session, *, due_only: bool = False, today: date | None = None
) -> list[DueRow]:
    """Every ledger row (due_only: unpaid rows due by today), by due day."""
    today = today or date.today()
    q = (
        select(NoncompetePayment, Agreement.number, Person.number, Person.name)
        .join(Agreement, Agreement.id == NoncompetePayment.agreement_id)
        .outerjoin(Person, Person.id == Agreement.person_id)
        .order_by(NoncompetePayment.due_on, Agreement.number)
    )
    if due_only:
        q = q.where(NoncompetePayment.paid_on.is_(None), NoncompetePayment.due_on <= today)
    out = []
    for p, number, person_number, name in session.execute(q):
        row = PaymentRow(
            p.id,
            p.agreement_id,
            p.month,
            p.due_on,
            p.amount_fen,
            p.paid_on,
            p.paid_fen,
            p.recorded_by,
            p.note,
        )
        out.append(DueRow(row, number, person_number or "", name or ""))
    return out


def count_unpaid(session: Session, n: int, today: date | None = None) -> int:
    """Non-competes with `n` unpaid months past due (3: three or more): one COUNT over the
    payment index."""
    sub = _unpaid_ids(today or date.today(), n).subquery()
    return session.execute(select(func.count()).select_from(sub)).scalar_one()
