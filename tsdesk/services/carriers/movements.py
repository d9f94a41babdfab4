"""Movements of a carrier: borrow, consult, copy, repair, transfer, return (003 §8.3, §9.1.2).

What each movement does is the table `MOVEMENT_RULES`; a movement the grade or the rule
says must be approved takes a second operator (four eyes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from tsdesk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError, raise_first
from tsdesk.models import (
    Area,
    Carrier,
    CarrierKind,
    CarrierSecret,
    CarrierStatus,
    Grade,
    Movement,
    MovementKind,
    Party,
    Person,
    PersonStatus,
    Secret,
)
from tsdesk.services import agreements
from tsdesk.services.approvals import check_approver
from tsdesk.services.carriers.core import (
    STATUS_LABELS,
    _record,
    _transition,
    can_go,
    find_number,
    get,
    open_movement,
    secret_ids_of,
    snapshot,
)
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import Actor, UnitOfWork

# Carriers that hold data on a medium: before one goes out for repair its secret storage
# media are taken out (003 §9.1.2.2 c).
MEDIA_KINDS = frozenset({CarrierKind.STORAGE, CarrierKind.SYSTEM})

# Labels of MovementInput fields, for "please fill in …" (context "errors": the message's
# parameters are translated there).
FIELD_LABELS: dict[str, str] = {
    "person_id": QT_TRANSLATE_NOOP("errors", "经办/使用人"),
    "purpose": QT_TRANSLATE_NOOP("errors", "用途（使用事项）"),
    "content": QT_TRANSLATE_NOOP("errors", "复制/接触内容"),
    "due_on": QT_TRANSLATE_NOOP("errors", "使用期限（应还日期）"),
    "device": QT_TRANSLATE_NOOP("errors", "使用/复制设备"),
}


@dataclass(frozen=True)
class MovementRule:
    """What one kind of movement does (003 §8.3.1: 内容、期限、事项、设备 are recorded)."""

    to: CarrierStatus | None  # None: the carrier stays in store (a copy, a handover)
    stays_open: bool  # open until returned, with a due date
    required: tuple[str, ...]  # MovementInput fields that must be filled
    approvable: bool = True  # subject to the grade's approval rule
    always_approved: bool = False  # needs an approver whatever the grade


MOVEMENT_RULES: dict[MovementKind, MovementRule] = {
    MovementKind.BORROW: MovementRule(CarrierStatus.LENT, True, ("person_id", "purpose", "due_on")),
    MovementKind.CONSULT: MovementRule(
        CarrierStatus.LENT, True, ("person_id", "purpose", "due_on")
    ),
    # 003 §8.3.1, §9.1.2.1: a copy names its content and the device it was made on.
    MovementKind.COPY: MovementRule(None, False, ("person_id", "purpose", "content", "device")),
    # 003 §9.1.2.2 c: always approved by the secrecy department, whatever the grade, and the
    # media removed (checked in `record_movement`).
    MovementKind.REPAIR: MovementRule(
        CarrierStatus.OUT_FOR_REPAIR, True, ("person_id", "purpose", "due_on"), always_approved=True
    ),
    MovementKind.TRANSFER: MovementRule(None, False, ("person_id",)),
    MovementKind.RETURN: MovementRule(CarrierStatus.IN_STORE, False, (), approvable=False),
}


def movement_allowed(status: CarrierStatus, kind: MovementKind) -> bool:
    """May a carrier in `status` make this movement? (The UI enables its buttons by this.)"""
    rule = MOVEMENT_RULES[kind]
    if rule.to is None:
        return status == CarrierStatus.IN_STORE
    if kind == MovementKind.RETURN:
        return status in (CarrierStatus.LENT, CarrierStatus.OUT_FOR_REPAIR)
    return can_go(status, rule.to)


def is_overdue(due_on: date | None, closed_on: date | None, today: date | None = None) -> bool:
    """A movement is overdue when its due date has passed and it is still open."""
    return closed_on is None and due_on is not None and due_on < (today or date.today())


# --- movements (003 §8.3, §9.1.2) ----------------------------------------------------------


@dataclass
class MovementInput:
    kind: MovementKind
    person_id: int | None = None  # who borrows, receives, takes it to repair, returns it
    party_id: int | None = None  # …or an outside party, under a business NDA (003 §8.3.4)
    purpose: str = ""  # 使用事项
    content: str = ""  # 复制/接触内容
    device: str = ""  # 指定设备 / 复制设备
    started_on: date | None = None  # default today; for a return: the day it came back
    due_on: date | None = None  # 使用期限
    media_removed: bool = False  # repair of a data-holding carrier, 003 §9.1.2.2 c
    area_id: int | None = None  # transfer or copy: where it will be kept (default unchanged)
    location: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Moved:
    movement_id: int
    copy_id: int | None = None  # the registered copy, for a COPY movement


@dataclass(frozen=True)
class MovementView:
    id: int
    carrier_id: int
    carrier_number: str
    carrier_title: str
    kind: MovementKind
    person: str
    purpose: str
    content: str
    device: str
    started_on: date
    due_on: date | None
    closed_on: date | None
    approved_by: str
    media_removed: bool
    recorded_by: str
    note: str

    def overdue(self, today: date | None = None) -> bool:
        return is_overdue(self.due_on, self.closed_on, today)


def movement_needs_approval(session: Session, carrier_id: int, kind: MovementKind) -> bool:
    """Whether this movement of this carrier needs a second operator: the one place both the
    dialog and `record_movement` ask."""
    rule = MOVEMENT_RULES[kind]
    return rule.approvable and (rule.always_approved or needs_approval(session, carrier_id))


def needs_approval(session: Session, carrier_id: int) -> bool:
    """003 §8.3.1: a movement needs an approver when any linked secret's grade says so (the
    admin sets `movement_needs_approval` per grade)."""
    q = (
        select(Grade.id)
        .join(Secret, Secret.grade_id == Grade.id)
        .join(CarrierSecret, CarrierSecret.secret_id == Secret.id)
        .where(CarrierSecret.carrier_id == carrier_id, Grade.movement_needs_approval.is_(True))
        .limit(1)
    )
    return session.scalar(q) is not None


def check_movement(session: Session, carrier_id: int, inp: MovementInput) -> list[Problem]:
    """Every problem of a movement as entered (fields of MovementInput), the approval
    aside: the dialog shows these inline before it asks for an approver."""
    carrier = get(session, carrier_id)
    rule = MOVEMENT_RULES[inp.kind]
    problems: list[Problem] = []

    def bad(name: str, template: str, **params: str) -> None:
        problems.append(Problem(name, template, params))

    if not movement_allowed(carrier.status, inp.kind):
        bad(
            "kind",
            QT_TRANSLATE_NOOP("errors", "载体当前状态为“{now}”，不能办理此项流转"),
            now=STATUS_LABELS[carrier.status],
        )
        return problems
    values = {
        "person_id": inp.person_id,
        "purpose": inp.purpose.strip(),
        "content": inp.content.strip(),
        "due_on": inp.due_on,
        "device": inp.device.strip(),
    }
    if inp.party_id is not None:
        # An outside party stands in for the person; it needs a business NDA in force.
        values["person_id"] = values["person_id"] or inp.party_id
        if inp.kind.value in agreements.SHARING_MOVEMENTS:
            refused = agreements.check_party_may_receive(session, inp.party_id, date.today())
            if refused is not None:
                problems.append(refused)
    for name in rule.required:
        if not values[name]:
            bad(name, QT_TRANSLATE_NOOP("errors", "请填写{field}"), field=FIELD_LABELS[name])
    if inp.person_id is not None:
        person = session.get(Person, inp.person_id)
        if person is None:
            bad("person_id", QT_TRANSLATE_NOOP("errors", "人员不存在"))
        elif person.status != PersonStatus.ACTIVE and inp.kind != MovementKind.RETURN:
            bad("person_id", QT_TRANSLATE_NOOP("errors", "该人员已离职，不能办理"))
    start = inp.started_on or date.today()
    if inp.due_on is not None and inp.due_on < start:
        bad("due_on", QT_TRANSLATE_NOOP("errors", "应还日期不能早于开始日期"))
    if inp.kind == MovementKind.RETURN:
        current = open_movement(session, carrier_id)
        if current is not None and start < current.started_on:
            bad("started_on", QT_TRANSLATE_NOOP("errors", "归还日期不能早于借出日期"))
    # 003 §9.1.2.2 c
    if inp.kind == MovementKind.REPAIR and carrier.kind in MEDIA_KINDS and not inp.media_removed:
        bad("media_removed", QT_TRANSLATE_NOOP("errors", "送外维修前须拆卸涉密存储介质并确认"))
    if inp.area_id is not None:
        area = session.get(Area, inp.area_id)
        if area is None or not area.active:
            bad("area_id", QT_TRANSLATE_NOOP("errors", "涉密区域不存在或已停用"))
    return problems


def record_movement(
    uow: UnitOfWork, carrier_id: int, inp: MovementInput, approver: Actor | None = None
) -> Moved:
    """Borrow, consult, copy, repair, transfer or return a carrier (003 §8.3, §9.1.2.2).

    `approver` comes from `approvals.second_operator` when `needs_approval` says so; a
    movement that needs one is refused without it. A COPY registers the copy at once
    (003 §9.1.2.1), numbered from its original. RETURN closes the open movement.
    """
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    carrier = get(session, carrier_id)
    raise_first(check_movement(session, carrier_id, inp))
    rule = MOVEMENT_RULES[inp.kind]
    approved_by = ""
    if movement_needs_approval(session, carrier_id, inp.kind):
        if approver is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "该载体所涉商业秘密的等级要求流转须经审批人批准")
            )
        check_approver(uow, approver)
        approved_by = approver.name
    elif approver is not None and rule.approvable:
        approved_by = approver.name  # approved although not required: keep the record true
    today = inp.started_on or date.today()
    movement = Movement(
        carrier_id=carrier_id,
        kind=inp.kind,
        person_id=inp.person_id,
        party_id=inp.party_id,
        purpose=inp.purpose.strip(),
        content=inp.content.strip(),
        device=inp.device.strip(),
        started_on=today,
        due_on=inp.due_on if rule.stays_open else None,
        closed_on=None if rule.stays_open else today,
        approved_by=approved_by,
        media_removed=inp.media_removed if inp.kind == MovementKind.REPAIR else False,
        recorded_by=uow.actor.name,
        note=inp.note.strip(),
    )
    copy_id: int | None = None
    extra: dict = {}
    if inp.kind == MovementKind.RETURN:
        current = open_movement(session, carrier_id)
        if current is not None:
            current.closed_on = today
            movement.person_id = inp.person_id or current.person_id
            if movement.person_id is None:  # returned by the outside party it was lent to
                movement.party_id = inp.party_id or current.party_id
            extra["closes"] = current.id
    elif inp.kind == MovementKind.TRANSFER:
        extra["custodian"] = [carrier.custodian_id, inp.person_id]
        carrier.custodian_id = inp.person_id
        if inp.area_id is not None:
            extra["area"] = [carrier.area_id, inp.area_id]
            carrier.area_id = inp.area_id
        if inp.location is not None:
            extra["location"] = [carrier.location, inp.location.strip()]
            carrier.location = inp.location.strip()
    if rule.to is not None:
        _transition(carrier, rule.to)
    session.add(movement)
    session.flush()
    if inp.kind == MovementKind.COPY:
        copy_id = _register_copy(uow, carrier, inp, movement)
        extra["copy"] = get(session, copy_id).number
    _record(
        uow,
        f"movement.{inp.kind.value}",
        carrier_id,
        after={
            "movement": movement.id,
            "person_id": movement.person_id,
            "purpose": movement.purpose,
            "content": movement.content,
            "device": movement.device,
            "started_on": movement.started_on,
            "due_on": movement.due_on,
            "approved_by": movement.approved_by,
            "media_removed": movement.media_removed,
            "status": carrier.status.value,
            **({"party_id": movement.party_id} if movement.party_id else {}),
            **extra,
        },
    )
    return Moved(movement.id, copy_id)


def copy_number(original_number: str, n: int) -> str:
    """003 §9.1.2.1: 复制件应当进行编号登记 — a copy is numbered from its original."""
    return f"{original_number}-C{n:02d}"


def _register_copy(
    uow: UnitOfWork, carrier: Carrier, inp: MovementInput, movement: Movement
) -> int:
    session = uow.session
    original = get(session, carrier.original_id) if carrier.original_id else carrier
    # The original counts as 01, so the first copy is -C02; numbers are never reused.
    n = max(original.copies_made, 1) + 1
    while find_number(session, copy_number(original.number, n)) is not None:
        n += 1
    original.copies_made = n
    copy = Carrier(
        number=copy_number(original.number, n),
        kind=carrier.kind,
        title=carrier.title,
        description=carrier.description,
        device_detail=carrier.device_detail,
        custodian_id=inp.person_id,
        area_id=inp.area_id if inp.area_id is not None else carrier.area_id,
        location=(inp.location if inp.location is not None else carrier.location).strip(),
        status=CarrierStatus.IN_STORE,
        original_id=original.id,
        copy_number=n,
        created_by=uow.actor.name,
    )
    session.add(copy)
    session.flush()
    secret_ids = secret_ids_of(session, carrier.id)
    for secret_id in secret_ids:
        session.add(CarrierSecret(carrier_id=copy.id, secret_id=secret_id))
    session.flush()
    _record(
        uow,
        "carrier.copy",
        copy.id,
        after={
            **snapshot(copy, secret_ids),
            "copied_from": carrier.number,
            "movement": movement.id,
        },
    )
    return copy.id


def _views(session: Session, q: Select) -> list[MovementView]:
    person = aliased(Person)
    stmt = (
        q.add_columns(Carrier.number, Carrier.title, func.coalesce(person.name, Party.name))
        .join(Carrier, Carrier.id == Movement.carrier_id)
        .outerjoin(person, person.id == Movement.person_id)
        .outerjoin(Party, Party.id == Movement.party_id)
    )
    return [
        MovementView(
            id=m.id,
            carrier_id=m.carrier_id,
            carrier_number=number,
            carrier_title=title,
            kind=m.kind,
            person=who or "",
            purpose=m.purpose,
            content=m.content,
            device=m.device,
            started_on=m.started_on,
            due_on=m.due_on,
            closed_on=m.closed_on,
            approved_by=m.approved_by,
            media_removed=m.media_removed,
            recorded_by=m.recorded_by,
            note=m.note,
        )
        for m, number, title, who in session.execute(stmt)
    ]


def movements_of(session: Session, carrier_id: int) -> list[MovementView]:
    """A carrier's movements, newest first."""
    return _views(
        session,
        select(Movement)
        .where(Movement.carrier_id == carrier_id)
        .order_by(Movement.started_on.desc(), Movement.id.desc()),
    )


def open_movements(session: Session) -> list[MovementView]:
    """Carriers out now (lent, out for repair), soonest due first."""
    return _views(
        session,
        select(Movement)
        .where(Movement.closed_on.is_(None))
        .order_by(Movement.due_on.is_(None), Movement.due_on, Movement.id),
    )


def overdue_movements(session: Session, today: date | None = None) -> list[MovementView]:
    today = today or date.today()
    return [m for m in open_movements(session) if m.overdue(today)]
