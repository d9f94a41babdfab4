"""Carrier core: registering a carrier and what its label says (003 §3.4, §9.1.2, §9.2.1).

A carrier's grade is the highest of its secrets' grades and its term the latest of their
terms: shown, never typed. `facts` is the one place that derives them, read by the pages,
the labels and the stock-take alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    Area,
    Carrier,
    CarrierKind,
    CarrierSecret,
    CarrierStatus,
    Department,
    Grade,
    Person,
    Secret,
    SecretStatus,
    TermKind,
)
from tsdesk.services import settings
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register import LONG_TERM_LABEL
from tsdesk.vault import UnitOfWork

KIND_LABELS: dict[CarrierKind, str] = {
    CarrierKind.PAPER: QT_TRANSLATE_NOOP("carriers", "纸质资料"),
    CarrierKind.STORAGE: QT_TRANSLATE_NOOP("carriers", "存储设备"),
    CarrierKind.SYSTEM: QT_TRANSLATE_NOOP("carriers", "信息系统"),
    CarrierKind.SAMPLE: QT_TRANSLATE_NOOP("carriers", "样品"),
    CarrierKind.MATERIAL: QT_TRANSLATE_NOOP("carriers", "原材料/半成品"),
    CarrierKind.OTHER: QT_TRANSLATE_NOOP("carriers", "其他"),
}
STATUS_LABELS: dict[CarrierStatus, str] = {
    CarrierStatus.IN_STORE: QT_TRANSLATE_NOOP("carriers", "在库"),
    CarrierStatus.LENT: QT_TRANSLATE_NOOP("carriers", "借出"),
    CarrierStatus.OUT_FOR_REPAIR: QT_TRANSLATE_NOOP("carriers", "外送维修"),
    CarrierStatus.SEALED: QT_TRANSLATE_NOOP("carriers", "封存"),
    CarrierStatus.LOST: QT_TRANSLATE_NOOP("carriers", "遗失"),
    CarrierStatus.DESTROYED: QT_TRANSLATE_NOOP("carriers", "已销毁"),
}
LIVE_SECRET = (SecretStatus.PROPOSED, SecretStatus.CONFIRMED)


@dataclass
class CarrierInput:
    kind: CarrierKind
    title: str
    secret_ids: list[int]
    description: str = ""
    device_detail: str = ""
    custodian_id: int | None = None
    area_id: int | None = None
    location: str = ""


@dataclass(frozen=True)
class Term:
    kind: TermKind
    until: date | None = None
    event: str = ""

    @property
    def text(self) -> str:
        if self.kind == TermKind.LONG_TERM:
            return LONG_TERM_LABEL
        if self.kind == TermKind.UNTIL_DATE and self.until:
            return self.until.isoformat()
        return self.event

    def expired(self, today: date | None = None) -> bool:
        return (
            self.kind == TermKind.UNTIL_DATE
            and self.until is not None
            and self.until < (today or date.today())
        )


@dataclass(frozen=True)
class CarrierFacts:
    """What a carrier's label and page show (003 §9.2.1: 编号, 保密等级, 保密期限, 责任单位)."""

    id: int
    number: str
    title: str
    kind: CarrierKind
    status: CarrierStatus
    grade: str  # name of the highest grade among its secrets
    grade_rank: int
    term: Term
    responsible_unit: str  # department
    responsible_person: str  # custodian
    secret_numbers: list[str] = field(default_factory=list)


def latest_term(terms: list[Term]) -> Term:
    """长期 outlasts any date; a date outlasts an event we cannot place; later dates win."""
    if any(t.kind == TermKind.LONG_TERM for t in terms):
        return Term(TermKind.LONG_TERM)
    dated = [t for t in terms if t.kind == TermKind.UNTIL_DATE and t.until]
    if dated:
        return max(dated, key=lambda t: t.until)
    events = [t.event for t in terms if t.kind == TermKind.UNTIL_EVENT and t.event]
    return (
        Term(TermKind.UNTIL_EVENT, event="；".join(events)) if events else Term(TermKind.LONG_TERM)
    )


def check_input(session: Session, inp: CarrierInput) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not inp.title.strip():
        problems.append(("title", QT_TRANSLATE_NOOP("errors", "载体名称不能为空")))
    if not inp.secret_ids:
        problems.append(("secret_ids", QT_TRANSLATE_NOOP("errors", "载体须关联至少一项商业秘密")))
    for secret_id in inp.secret_ids:
        secret = session.get(Secret, secret_id)
        if secret is None or secret.status not in LIVE_SECRET:
            problems.append(
                ("secret_ids", QT_TRANSLATE_NOOP("errors", "关联的商业秘密不存在或已结束"))
            )
            break
    if inp.custodian_id is not None and session.get(Person, inp.custodian_id) is None:
        problems.append(("custodian_id", QT_TRANSLATE_NOOP("errors", "保管人不存在")))
    if inp.area_id is not None and session.get(Area, inp.area_id) is None:
        problems.append(("area_id", QT_TRANSLATE_NOOP("errors", "涉密区域不存在")))
    return problems


def snapshot(carrier: Carrier, secret_ids: list[int]) -> dict:
    return {
        "number": carrier.number,
        "kind": carrier.kind.value,
        "title": carrier.title,
        "custodian_id": carrier.custodian_id,
        "area_id": carrier.area_id,
        "location": carrier.location,
        "status": carrier.status.value,
        "secret_ids": sorted(secret_ids),
    }


def register_carrier(uow: UnitOfWork, inp: CarrierInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    problems = check_input(session, inp)
    if problems:
        raise ValidationError(problems[0][1])
    number = next_number(
        uow,
        "carrier",
        settings.get(uow.vault, "carrier_number_pattern"),
        lambda n: session.scalar(select(Carrier.id).where(Carrier.number == n)) is not None,
    )
    carrier = Carrier(
        number=number,
        kind=inp.kind,
        title=inp.title.strip(),
        description=inp.description.strip(),
        device_detail=inp.device_detail.strip(),
        custodian_id=inp.custodian_id,
        area_id=inp.area_id,
        location=inp.location.strip(),
        created_by=uow.actor.name,
    )
    session.add(carrier)
    session.flush()
    for secret_id in dict.fromkeys(inp.secret_ids):
        session.add(CarrierSecret(carrier_id=carrier.id, secret_id=secret_id))
    session.flush()
    uow.record("carrier.register", "carrier", carrier.id, after=snapshot(carrier, inp.secret_ids))
    return carrier.id


def get(session: Session, carrier_id: int) -> Carrier:
    carrier = session.get(Carrier, carrier_id)
    if carrier is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "载体不存在"))
    return carrier


def by_number(session: Session, number: str) -> Carrier:
    carrier = session.scalar(select(Carrier).where(Carrier.number == number.strip()))
    if carrier is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的载体"), number=number
        )
    return carrier


def secrets_of(session: Session, carrier_id: int) -> list[Secret]:
    q = (
        select(Secret)
        .join(CarrierSecret, CarrierSecret.secret_id == Secret.id)
        .where(CarrierSecret.carrier_id == carrier_id)
        .order_by(Secret.number)
    )
    return list(session.scalars(q))


def facts(session: Session, carrier_id: int) -> CarrierFacts:
    carrier = get(session, carrier_id)
    secrets = secrets_of(session, carrier_id)
    grades = {g.id: g for g in session.scalars(select(Grade))}
    top = min(secrets, key=lambda s: grades[s.grade_id].rank) if secrets else None
    term = latest_term([Term(s.term_kind, s.term_until, s.term_event) for s in secrets])
    custodian = session.get(Person, carrier.custodian_id) if carrier.custodian_id else None
    department_id = (custodian.department_id if custodian else None) or (
        top.department_id if top else None
    )
    department = session.get(Department, department_id) if department_id else None
    return CarrierFacts(
        id=carrier.id,
        number=carrier.number,
        title=carrier.title,
        kind=carrier.kind,
        status=carrier.status,
        grade=grades[top.grade_id].name if top else "",
        grade_rank=grades[top.grade_id].rank if top else 99,
        term=term,
        responsible_unit=department.name if department else "",
        responsible_person=custodian.name if custodian else "",
        secret_numbers=[s.number for s in secrets],
    )
