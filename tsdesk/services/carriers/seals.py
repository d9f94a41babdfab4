"""Sealing a carrier, its periodic checks and unsealing it (003 §7.3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
    Carrier,
    CarrierStatus,
    Seal,
    SealCheck,
    SealReason,
)
from tsdesk.services.carriers.core import (
    _record,
    _transition,
    active_seal,
    get,
)
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

DEFAULT_CHECK_DAYS = 90  # 003 §7.3.3 says "定期"; the office sets each seal's interval
MAX_CHECK_DAYS = 3650


# --- sealing (003 §7.3) --------------------------------------------------------------------


@dataclass
class SealInput:
    reason: SealReason
    seal_number: str  # 封条编号
    place: str  # 封存地点
    reason_note: str = ""
    sealed_on: date | None = None
    check_interval_days: int = DEFAULT_CHECK_DAYS


@dataclass(frozen=True)
class SealView:
    id: int
    carrier_id: int
    carrier_number: str
    carrier_title: str
    reason: SealReason
    reason_note: str
    seal_number: str
    place: str
    sealed_on: date
    sealed_by: str
    check_interval_days: int
    next_check: date
    unsealed_on: date | None
    checks: list[SealCheck] = field(default_factory=list)

    def check_due(self, today: date | None = None) -> bool:
        return self.unsealed_on is None and self.next_check <= (today or date.today())


def seal(uow: UnitOfWork, carrier_id: int, inp: SealInput) -> int:
    """封存 with a reason from 003 §7.3.1 a–c, a seal number and a place; the first periodic
    check (003 §7.3.3) falls one interval later."""
    require(uow.actor, Permission.EDIT_DATA)
    if not isinstance(inp.reason, SealReason):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择封存理由"))
    if inp.reason == SealReason.OTHER and not inp.reason_note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "封存理由为“其他”时须说明理由"))
    if not inp.seal_number.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写封条编号"))
    if not inp.place.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写封存地点"))
    if not 1 <= inp.check_interval_days <= MAX_CHECK_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "检查周期应在 1 到 {max} 天之间"), max=MAX_CHECK_DAYS
        )
    carrier = get(uow.session, carrier_id)
    _transition(carrier, CarrierStatus.SEALED)
    sealed_on = inp.sealed_on or date.today()
    row = Seal(
        carrier_id=carrier_id,
        reason=inp.reason,
        reason_note=inp.reason_note.strip(),
        seal_number=inp.seal_number.strip(),
        place=inp.place.strip(),
        sealed_on=sealed_on,
        sealed_by=uow.actor.name,
        check_interval_days=inp.check_interval_days,
        next_check=sealed_on + timedelta(days=inp.check_interval_days),
    )
    uow.session.add(row)
    uow.session.flush()
    _record(
        uow,
        "seal.seal",
        carrier_id,
        after={
            "seal": row.id,
            "status": carrier.status.value,  # replayed by `audit verify` (audit_replay)
            "reason": row.reason.value,
            "reason_note": row.reason_note,
            "seal_number": row.seal_number,
            "place": row.place,
            "sealed_on": row.sealed_on,
            "check_interval_days": row.check_interval_days,
            "next_check": row.next_check,
        },
    )
    return row.id


def _sealed(session: Session, carrier_id: int) -> Seal:
    row = active_seal(session, carrier_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该载体未封存"))
    return row


def check_seal(
    uow: UnitOfWork, carrier_id: int, intact: bool, note: str = "", on: date | None = None
) -> int:
    """A periodic check of a sealed carrier (003 §7.3.3): intact, or a problem described.
    The next check falls one interval after this one."""
    require(uow.actor, Permission.EDIT_DATA)
    row = _sealed(uow.session, carrier_id)
    if not intact and not note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "发现问题时须写明情况"))
    on = on or date.today()
    if on < row.sealed_on:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "检查日期不能早于封存日期"))
    check = SealCheck(
        seal_id=row.id, checked_on=on, checked_by=uow.actor.name, intact=intact, note=note.strip()
    )
    uow.session.add(check)
    before = row.next_check
    row.next_check = on + timedelta(days=row.check_interval_days)
    uow.session.flush()
    _record(
        uow,
        "seal.check",
        carrier_id,
        before={"next_check": before},
        after={
            "seal": row.id,
            "check": check.id,
            "intact": intact,
            "note": check.note,
            "checked_on": on,
            "next_check": row.next_check,
        },
    )
    return check.id


def unseal(uow: UnitOfWork, carrier_id: int, note: str, on: date | None = None) -> None:
    """启封: the carrier goes back in store; the seal record stays with its checks."""
    require(uow.actor, Permission.EDIT_DATA)
    if not note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明启封原因"))
    row = _sealed(uow.session, carrier_id)
    carrier = get(uow.session, carrier_id)
    _transition(carrier, CarrierStatus.IN_STORE)
    row.unsealed_on = on or date.today()
    uow.session.flush()
    _record(
        uow,
        "seal.unseal",
        carrier_id,
        after={
            "seal": row.id,
            "status": carrier.status.value,
            "unsealed_on": row.unsealed_on,
            "note": note.strip(),
        },
    )


def _seal_views(session: Session, q: Select) -> list[SealView]:
    stmt = q.add_columns(Carrier.number, Carrier.title).join(Carrier, Carrier.id == Seal.carrier_id)
    rows = list(session.execute(stmt))
    checks: dict[int, list[SealCheck]] = {}
    if rows:
        for check in session.scalars(
            select(SealCheck)
            .where(SealCheck.seal_id.in_([s.id for s, _, _ in rows]))
            .order_by(SealCheck.checked_on.desc(), SealCheck.id.desc())
        ):
            checks.setdefault(check.seal_id, []).append(check)
    return [
        SealView(
            id=s.id,
            carrier_id=s.carrier_id,
            carrier_number=number,
            carrier_title=title,
            reason=s.reason,
            reason_note=s.reason_note,
            seal_number=s.seal_number,
            place=s.place,
            sealed_on=s.sealed_on,
            sealed_by=s.sealed_by,
            check_interval_days=s.check_interval_days,
            next_check=s.next_check,
            unsealed_on=s.unsealed_on,
            checks=checks.get(s.id, []),
        )
        for s, number, title in rows
    ]


def seals_of(session: Session, carrier_id: int) -> list[SealView]:
    """A carrier's seals (current first, then earlier ones), each with its checks."""
    return _seal_views(
        session,
        select(Seal)
        .where(Seal.carrier_id == carrier_id)
        .order_by(Seal.unsealed_on.is_not(None), Seal.sealed_on.desc(), Seal.id.desc()),
    )


def due_seal_checks(
    session: Session, today: date | None = None, within_days: int = 0
) -> list[SealView]:
    """Sealed carriers whose periodic check is due by `today + within_days`."""
    until = (today or date.today()) + timedelta(days=within_days)
    return _seal_views(
        session,
        select(Seal)
        .where(and_(Seal.unsealed_on.is_(None), Seal.next_check <= until))
        .order_by(Seal.next_check, Seal.id),
    )
