"""Joining, job change and leaving as procedures with items to settle (003 §8.2.3–8.2.4).

A procedure lists what has to be done for one person: an NDA and the first training when
they join; each grant, area access and carrier they hold when they change post (kept or
revoked/returned explicitly) or leave (revoked/returned, devices returned or wiped, the
exit pledge signed, the non-compete decision taken). An item is settled by a real act:
revoking a grant calls `people.revoke`, returning a carrier records the return movement,
an agreement item needs the agreement itself signed (kind and person, after the start).
`complete` refuses while anything is open and names it; completing an exit sets the person
离职 as of the leaving date (which ends what is left, audited). Every step is audited on the
person ("person", id) so the person's history shows the whole procedure.

One procedure is open per person at a time: a job change and a leaving at once would ask
the same grants two different questions.
"""

from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Area,
    AreaAccess,
    Carrier,
    CarrierStatus,
    CompanyProfile,
    Department,
    Grade,
    Knower,
    Movement,
    MovementKind,
    Person,
    PersonStatus,
    Procedure,
    ProcedureItem,
    ProcedureKind,
    Secret,
    TrainingAttendance,
)
from tsdesk.services import areas, people, settings
from tsdesk.services import carriers as carrier_service
from tsdesk.services.audit_text import Labels
from tsdesk.services.documents import deliver_when_committed, footer_in, operator_name
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

LABEL_MAX = 200
NDA_DUE_DAYS = 0  # 003 §9.4: the NDA is signed on joining, before any secret is handed over

KIND_LABELS: dict[ProcedureKind, str] = {
    ProcedureKind.JOIN: QT_TRANSLATE_NOOP("procedures", "入职"),
    ProcedureKind.TRANSFER: QT_TRANSLATE_NOOP("procedures", "调岗"),
    ProcedureKind.EXIT: QT_TRANSLATE_NOOP("procedures", "离职"),
}

# What an item is about (ProcedureItem.kind).
ITEM_LABELS: dict[str, str] = {
    "nda": QT_TRANSLATE_NOOP("procedures", "签订保密协议"),
    "training": QT_TRANSLATE_NOOP("procedures", "参加入职保密培训"),
    "task": QT_TRANSLATE_NOOP("procedures", "事项"),
    "grant": QT_TRANSLATE_NOOP("procedures", "知悉授权"),
    "area": QT_TRANSLATE_NOOP("procedures", "区域准入"),
    "carrier": QT_TRANSLATE_NOOP("procedures", "载体"),
    "custody": QT_TRANSLATE_NOOP("procedures", "保管的载体"),
    "device": QT_TRANSLATE_NOOP("procedures", "设备"),
    "transfer_agreement": QT_TRANSLATE_NOOP("procedures", "签署岗位变动协议"),
    "exit_pledge": QT_TRANSLATE_NOOP("procedures", "签署离职保密承诺书"),
    "noncompete": QT_TRANSLATE_NOOP("procedures", "竞业限制决定"),
}

OUTCOME_LABELS: dict[str, str] = {
    "kept": QT_TRANSLATE_NOOP("procedures", "保留"),
    "revoked": QT_TRANSLATE_NOOP("procedures", "已撤销"),
    "returned": QT_TRANSLATE_NOOP("procedures", "已归还"),
    "wiped": QT_TRANSLATE_NOOP("procedures", "已擦除"),
    "signed": QT_TRANSLATE_NOOP("procedures", "已签署"),
    "done": QT_TRANSLATE_NOOP("procedures", "已完成"),
    "not_needed": QT_TRANSLATE_NOOP("procedures", "不需要"),
    "sign": QT_TRANSLATE_NOOP("procedures", "签订竞业限制"),
    "waive": QT_TRANSLATE_NOOP("procedures", "放弃竞业限制"),
    "handed_over": QT_TRANSLATE_NOOP("procedures", "已移交保管"),
}

# Which outcomes settle which item, per procedure: leaving keeps nothing (003 §8.2.4).
_KEEP_OR_END = {"grant": ("kept", "revoked"), "area": ("kept", "revoked")}
OUTCOMES: dict[ProcedureKind, dict[str, tuple[str, ...]]] = {
    ProcedureKind.JOIN: {
        "nda": ("signed",),
        "training": ("done",),
        "task": ("done", "not_needed"),
    },
    ProcedureKind.TRANSFER: {
        **_KEEP_OR_END,
        "carrier": ("kept", "returned"),
        "device": ("returned", "wiped", "kept"),
        "task": ("done", "not_needed"),
        "transfer_agreement": ("signed",),
    },
    ProcedureKind.EXIT: {
        "grant": ("revoked",),
        "area": ("revoked",),
        "carrier": ("returned",),
        "custody": ("handed_over",),
        "device": ("returned", "wiped"),
        "task": ("done", "not_needed"),
        "exit_pledge": ("signed",),
        "noncompete": ("sign", "not_needed", "waive"),
    },
}
# What the officer may add by hand (devices, the grants a post needs…).
FREE_KINDS = ("device", "task")
# The agreement an item waits for, and whether it must be signed after the start.
AGREEMENT_ITEMS: dict[str, tuple[AgreementKind, bool]] = {
    "nda": (AgreementKind.NDA, False),
    "transfer_agreement": (AgreementKind.TRANSFER, True),
    "exit_pledge": (AgreementKind.EXIT, True),
}
SIGNED_STATUSES = (AgreementStatus.SIGNED, AgreementStatus.IN_FORCE)

AUDIT_LABELS = Labels(
    actions={
        "procedure": QT_TRANSLATE_NOOP("audit", "人事保密手续"),
        "procedure.start": QT_TRANSLATE_NOOP("audit", "开始办理人事保密手续"),
        "procedure.item_add": QT_TRANSLATE_NOOP("audit", "添加手续事项"),
        "procedure.settle": QT_TRANSLATE_NOOP("audit", "办结手续事项"),
        "procedure.complete": QT_TRANSLATE_NOOP("audit", "人事保密手续完成"),
        "print.exit_sheet": QT_TRANSLATE_NOOP("audit", "打印离职交接单"),
        "print.exit_letter": QT_TRANSLATE_NOOP("audit", "打印离职提醒函"),
    },
    entities={"procedure": QT_TRANSLATE_NOOP("audit", "人事保密手续")},
    fields={
        "procedure": QT_TRANSLATE_NOOP("audit", "手续"),
        "procedure_kind": QT_TRANSLATE_NOOP("audit", "手续类别"),
        "effective_on": QT_TRANSLATE_NOOP("audit", "生效日期"),
        "from_department_id": QT_TRANSLATE_NOOP("audit", "原部门"),
        "to_department_id": QT_TRANSLATE_NOOP("audit", "新部门"),
        "from_post": QT_TRANSLATE_NOOP("audit", "原岗位"),
        "to_post": QT_TRANSLATE_NOOP("audit", "新岗位"),
        "item_count": QT_TRANSLATE_NOOP("audit", "事项数"),
        "item": QT_TRANSLATE_NOOP("audit", "事项"),
        "item_kind": QT_TRANSLATE_NOOP("audit", "事项类别"),
        "outcome": QT_TRANSLATE_NOOP("audit", "结果"),
        "due_on": QT_TRANSLATE_NOOP("audit", "到期日"),
        "noncompete_decision": QT_TRANSLATE_NOOP("audit", "竞业限制决定"),
        "note": QT_TRANSLATE_NOOP("audit", "说明"),
    },
    values={
        "procedure_kind": ("procedures", KIND_LABELS),
        "item_kind": ("procedures", ITEM_LABELS),
        "outcome": ("procedures", OUTCOME_LABELS),
        "noncompete_decision": ("procedures", OUTCOME_LABELS),
    },
    refs={"from_department_id": "department", "to_department_id": "department"},
    quiet=frozenset({"procedure", "item"}),  # row ids: the kind and the words say it
)


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: int
    kind: str
    subject_id: int | None
    label: str
    due_on: date | None
    settled_on: date | None
    settled_by: str
    outcome: str
    note: str

    @property
    def open(self) -> bool:
        return self.settled_on is None

    def overdue(self, today: date | None = None) -> bool:
        return self.open and self.due_on is not None and self.due_on < (today or date.today())


@dataclass(frozen=True, slots=True)
class ProcedureView:
    id: int
    person_id: int
    person_number: str
    person_name: str
    kind: ProcedureKind
    started_on: date
    started_by: str
    effective_on: date | None
    completed_on: date | None
    completed_by: str
    from_department: str
    to_department: str
    from_post: str
    to_post: str
    noncompete_decision: str
    note: str
    items: tuple[ItemRow, ...]

    @property
    def open_items(self) -> list[ItemRow]:
        return [i for i in self.items if i.open]

    @property
    def completed(self) -> bool:
        return self.completed_on is not None


def item_text(item: ItemRow | ProcedureItem) -> str:
    """ "知悉授权：MM-2026-0001 剑杆织机…" — untranslated; the UI translates the kind itself."""
    return (
        f"{ITEM_LABELS.get(item.kind, item.kind)}：{item.label}"
        if item.label
        else (ITEM_LABELS.get(item.kind, item.kind))
    )


def _department_names(session: Session) -> dict[int, str]:
    return {i: n for i, n in session.execute(select(Department.id, Department.name))}


def get(session: Session, procedure_id: int) -> ProcedureView:
    proc = found(session.get(Procedure, procedure_id), QT_TRANSLATE_NOOP("errors", "手续不存在"))
    person = people.get_person(session, proc.person_id)
    names = _department_names(session)
    items = session.scalars(
        select(ProcedureItem)
        .where(ProcedureItem.procedure_id == proc.id)
        .order_by(ProcedureItem.id)
    )
    return ProcedureView(
        id=proc.id,
        person_id=person.id,
        person_number=person.number,
        person_name=person.name,
        kind=proc.kind,
        started_on=proc.started_on,
        started_by=proc.started_by,
        effective_on=proc.effective_on,
        completed_on=proc.completed_on,
        completed_by=proc.completed_by,
        from_department=names.get(proc.from_department_id or 0, ""),
        to_department=names.get(proc.to_department_id or 0, ""),
        from_post=proc.from_post,
        to_post=proc.to_post,
        noncompete_decision=proc.noncompete_decision,
        note=proc.note,
        items=tuple(
            ItemRow(
                i.id,
                i.kind,
                i.subject_id,
                i.label,
                i.due_on,
                i.settled_on,
                i.settled_by,
                i.outcome,
                i.note,
            )
            for i in items
        ),
    )


def open_procedure(session: Session, person_id: int) -> Procedure | None:
    """The person's procedure not yet completed, if any."""
    return session.scalar(
        select(Procedure)
        .where(Procedure.person_id == person_id, Procedure.completed_on.is_(None))
        .order_by(Procedure.id.desc())
        .limit(1)
    )


def procedures_of(session: Session, person_id: int) -> list[ProcedureView]:
    """Every procedure of the person, newest first."""
    ids = session.scalars(
        select(Procedure.id)
        .where(Procedure.person_id == person_id)
        .order_by(Procedure.started_on.desc(), Procedure.id.desc())
    ).all()
    return [get(session, i) for i in ids]


def last_of(session: Session, person_id: int, kind: ProcedureKind) -> Procedure | None:
    return session.scalar(
        select(Procedure)
        .where(Procedure.person_id == person_id, Procedure.kind == kind)
        .order_by(Procedure.id.desc())
        .limit(1)
    )


# --- what the person holds -------------------------------------------------------------------


def _grants(session: Session, person_id: int, today: date) -> list[tuple[int, str]]:
    """Grants in force or yet to begin: (knower id, "number subject")."""
    rows = session.execute(
        select(Knower.id, Secret.number, Secret.subject)
        .join(Secret, Secret.id == Knower.secret_id)
        .where(
            Knower.person_id == person_id,
            Knower.revoked_on.is_(None),
            or_(Knower.valid_until.is_(None), Knower.valid_until >= today),
        )
        .order_by(Secret.number)
    )
    return [(k, f"{number} {subject}") for k, number, subject in rows]


def _accesses(session: Session, person_id: int, today: date) -> list[tuple[int, str]]:
    rows = session.execute(
        select(AreaAccess.id, Area.number, Area.name)
        .join(Area, Area.id == AreaAccess.area_id)
        .where(
            AreaAccess.person_id == person_id,
            or_(AreaAccess.revoked_on.is_(None), AreaAccess.revoked_on > today),
            or_(AreaAccess.valid_until.is_(None), AreaAccess.valid_until >= today),
        )
        .order_by(Area.number)
    )
    return [(a, f"{number} {name}") for a, number, name in rows]


def _carriers_held(session: Session, person_id: int) -> list[tuple[int, str]]:
    """Carriers out with the person: an open movement in their name (003 §8.3.1)."""
    rows = session.execute(
        select(Carrier.id, Carrier.number, Carrier.title)
        .join(Movement, Movement.carrier_id == Carrier.id)
        .where(Movement.person_id == person_id, Movement.closed_on.is_(None))
        .group_by(Carrier.id)
        .order_by(Carrier.number)
    )
    return [(c, f"{number} {title}") for c, number, title in rows]


@dataclass(frozen=True, slots=True)
class HeldCarrier:
    carrier_id: int
    number: str
    title: str
    movement: MovementKind
    started_on: date
    due_on: date | None


def carriers_held(session: Session, person_id: int) -> list[HeldCarrier]:
    """The carriers out with this person now (borrowed, consulted, at repair in their name)."""
    rows = session.execute(
        select(
            Carrier.id,
            Carrier.number,
            Carrier.title,
            Movement.kind,
            Movement.started_on,
            Movement.due_on,
        )
        .join(Movement, Movement.carrier_id == Carrier.id)
        .where(Movement.person_id == person_id, Movement.closed_on.is_(None))
        .order_by(Carrier.number)
    )
    return [HeldCarrier(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class KeptCarrier:
    carrier_id: int
    number: str
    title: str
    status: CarrierStatus


def carriers_in_custody(session: Session, person_id: int) -> list[KeptCarrier]:
    """The live carriers this person is the custodian (保管人) of: on leaving, their custody
    is handed to someone else on the carriers page."""
    rows = session.execute(
        select(Carrier.id, Carrier.number, Carrier.title, Carrier.status)
        .where(
            Carrier.custodian_id == person_id,
            Carrier.status.not_in((CarrierStatus.DESTROYED, CarrierStatus.LOST)),
        )
        .order_by(Carrier.number)
    )
    return [KeptCarrier(*row) for row in rows]


# --- starting -------------------------------------------------------------------------------


def _check_no_open(session: Session, person: Person) -> None:
    current = open_procedure(session, person.id)
    if current is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} 的{kind}手续尚未完成，请先办完"),
            name=person.name,
            kind=KIND_LABELS[current.kind],
        )


def _item(
    uow: UnitOfWork,
    proc: Procedure,
    kind: str,
    label: str = "",
    subject_id: int | None = None,
    due_on: date | None = None,
) -> ProcedureItem:
    item = ProcedureItem(
        procedure_id=proc.id,
        kind=kind,
        subject_id=subject_id,
        label=label[:LABEL_MAX],
        due_on=due_on,
    )
    uow.session.add(item)
    return item


def _started(uow: UnitOfWork, proc: Procedure) -> int:
    uow.session.flush()
    count = uow.session.scalar(
        select(func.count(ProcedureItem.id)).where(ProcedureItem.procedure_id == proc.id)
    )
    uow.record(
        "procedure.start",
        "person",
        proc.person_id,
        after={
            "procedure": proc.id,
            "procedure_kind": proc.kind.value,
            "effective_on": str(proc.effective_on or ""),
            "from_department_id": proc.from_department_id,
            "to_department_id": proc.to_department_id,
            "from_post": proc.from_post,
            "to_post": proc.to_post,
            "item_count": count,
            "note": proc.note,
        },
    )
    return proc.id


def _new(
    uow: UnitOfWork, person: Person, kind: ProcedureKind, effective_on: date, started_on: date
) -> Procedure:
    proc = Procedure(
        person_id=person.id,
        kind=kind,
        started_on=started_on,
        started_by=uow.actor.name,
        effective_on=effective_on,
        from_department_id=person.department_id,
        to_department_id=person.department_id,
        from_post=person.post,
        to_post=person.post,
    )
    uow.session.add(proc)
    uow.session.flush()
    return proc


def _clean_tasks(tasks: list[str] | tuple[str, ...]) -> list[str]:
    return [t.strip()[:LABEL_MAX] for t in tasks if t.strip()]


def start_join(
    uow: UnitOfWork,
    person_id: int,
    hire_date: date,
    *,
    post: str | None = None,
    key_post: bool = False,
    tasks: list[str] | tuple[str, ...] = (),
    started_on: date | None = None,
) -> int:
    """入职登记: the hire date, post and key-post flag (重点岗位/涉密人员), and a checklist — the
    NDA (due on the hire date, 003 §9.4), the first secrecy training within
    `training_new_staff_days` (004 第十条), and the grants the post needs (free items)."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    person = people.get_person(session, person_id)
    if person.status != PersonStatus.ACTIVE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} 已离职"), name=person.name)
    _check_no_open(session, person)
    if hire_date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写入职日期"))
    started_on = started_on or date.today()
    before = people.snapshot(person)
    person.hire_date = hire_date
    person.key_post = bool(key_post)
    if post is not None:
        if len(post.strip()) > people.POST_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "岗位最多 64 个字符，电话最多 32 个字符")
            )
        person.post = post.strip()
    if people.snapshot(person) != before:
        uow.record(
            "person.update", "person", person.id, before=before, after=people.snapshot(person)
        )
    proc = _new(uow, person, ProcedureKind.JOIN, hire_date, started_on)
    days = int(settings.get(session, "training_new_staff_days"))
    _item(uow, proc, "nda", due_on=hire_date + timedelta(days=NDA_DUE_DAYS))
    _item(uow, proc, "training", due_on=hire_date + timedelta(days=days))
    for task in _clean_tasks(tasks):
        _item(uow, proc, "task", task, due_on=hire_date)
    return _started(uow, proc)


def _holdings(uow: UnitOfWork, proc: Procedure, person_id: int, due: date, on: date) -> None:
    session = uow.session
    for knower_id, label in _grants(session, person_id, on):
        _item(uow, proc, "grant", label, knower_id, due)
    for access_id, label in _accesses(session, person_id, on):
        _item(uow, proc, "area", label, access_id, due)
    for carrier_id, label in _carriers_held(session, person_id):
        _item(uow, proc, "carrier", label, carrier_id, due)


def start_transfer(
    uow: UnitOfWork,
    person_id: int,
    *,
    to_department_id: int | None,
    to_post: str,
    effective_on: date | None = None,
    note: str = "",
    started_on: date | None = None,
) -> int:
    """调岗 (003 §8.2.3): the person moves now; each grant, area access and carrier they hold is
    listed to be kept or ended explicitly, and a 岗位变动协议 is to be signed. The change is
    complete only when every item is settled."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    person = people.get_person(session, person_id)
    if person.status != PersonStatus.ACTIVE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} 已离职"), name=person.name)
    _check_no_open(session, person)
    if to_department_id is not None and session.get(Department, to_department_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "部门不存在"))
    to_post = to_post.strip()
    if len(to_post) > people.POST_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "岗位最多 64 个字符，电话最多 32 个字符"))
    if to_department_id == person.department_id and to_post == person.post:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "新部门和新岗位与现在相同"))
    started_on = started_on or date.today()
    effective_on = effective_on or started_on
    proc = _new(uow, person, ProcedureKind.TRANSFER, effective_on, started_on)
    proc.note = note.strip()
    before = people.snapshot(person)
    person.department_id, person.post = to_department_id, to_post
    proc.to_department_id, proc.to_post = to_department_id, to_post
    uow.record("person.update", "person", person.id, before=before, after=people.snapshot(person))
    return _transfer_items(uow, proc, person.id, effective_on, started_on)


def _transfer_items(uow: UnitOfWork, proc: Procedure, person_id: int, due: date, on: date) -> int:
    _holdings(uow, proc, person_id, due, on)
    _item(uow, proc, "transfer_agreement", due_on=due)
    return _started(uow, proc)


def update_person(uow: UnitOfWork, person_id: int, **fields: Any) -> int | None:
    """`people.update_person` with the same fields; a department or post change of someone in
    post opens the job change (003 §8.2.3), or moves the open one on to the new department
    and post. Returns the transfer procedure's id when there is one."""
    session = uow.session
    person = people.get_person(session, person_id)
    old_department, old_post = person.department_id, person.post
    people.update_person(uow, person_id, **fields)
    moved = (person.department_id, person.post) != (old_department, old_post)
    if not moved or person.status != PersonStatus.ACTIVE:
        return None
    current = open_procedure(session, person.id)
    if current is not None and current.kind == ProcedureKind.TRANSFER:
        current.to_department_id, current.to_post = person.department_id, person.post
        uow.record(
            "procedure.start",
            "person",
            person.id,
            after={
                "procedure": current.id,
                "procedure_kind": current.kind.value,
                "to_department_id": current.to_department_id,
                "to_post": current.to_post,
            },
        )
        return current.id
    if current is not None:
        return None  # joining or leaving: that procedure already looks at what they hold
    today = date.today()
    proc = _new(uow, person, ProcedureKind.TRANSFER, today, today)
    proc.from_department_id, proc.from_post = old_department, old_post
    return _transfer_items(uow, proc, person.id, today, today)


def start_exit(
    uow: UnitOfWork,
    person_id: int,
    leave_on: date,
    *,
    note: str = "",
    started_on: date | None = None,
) -> int:
    """离职 (003 §8.2.4): every grant, area access and carrier to end or return, the exit pledge
    (离职保密承诺书) to sign, the non-compete decision to take; devices are added as items."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    person = people.get_person(session, person_id)
    if person.status != PersonStatus.ACTIVE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} 已离职"), name=person.name)
    _check_no_open(session, person)
    if leave_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写离职日期"))
    started_on = started_on or date.today()
    if leave_on < started_on - timedelta(days=366):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "离职日期不能早于一年以前"))
    proc = _new(uow, person, ProcedureKind.EXIT, leave_on, started_on)
    proc.note = note.strip()
    _holdings(uow, proc, person.id, leave_on, started_on)
    for kept in carriers_in_custody(session, person.id):
        _item(uow, proc, "custody", f"{kept.number} {kept.title}", kept.carrier_id, leave_on)
    _item(uow, proc, "exit_pledge", due_on=leave_on)
    _item(uow, proc, "noncompete", due_on=leave_on)
    return _started(uow, proc)


def add_item(
    uow: UnitOfWork, procedure_id: int, kind: str, label: str, due_on: date | None = None
) -> int:
    """A device to return or wipe, or a task (a grant the new post needs …), added by hand."""
    require(uow.actor, Permission.EDIT_DATA)
    proc = _open(uow.session, procedure_id)
    if kind not in FREE_KINDS or kind not in OUTCOMES[proc.kind]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "此手续不能添加该类事项"))
    label = label.strip()
    if not label:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写事项内容"))
    if len(label) > LABEL_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "事项内容最多 200 个字符"))
    item = _item(uow, proc, kind, label, due_on=due_on or proc.effective_on)
    uow.session.flush()
    uow.record(
        "procedure.item_add",
        "person",
        proc.person_id,
        after={
            "procedure": proc.id,
            "item": item.id,
            "item_kind": kind,
            "note": label,
            "due_on": str(item.due_on or ""),
        },
    )
    return item.id


# --- settling ---------------------------------------------------------------------------------


def _open(session: Session, procedure_id: int) -> Procedure:
    proc = found(session.get(Procedure, procedure_id), QT_TRANSLATE_NOOP("errors", "手续不存在"))
    if proc.completed_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该手续已完成"))
    return proc


def signed_agreement(
    session: Session, person_id: int, kind: AgreementKind, since: date | None
) -> Agreement | None:
    """The person's agreement of `kind` signed (or in force), signed on or after `since`."""
    q = select(Agreement).where(
        Agreement.person_id == person_id,
        Agreement.kind == kind,
        Agreement.status.in_(SIGNED_STATUSES),
    )
    if since is not None:
        q = q.where(Agreement.signed_on >= since)
    return session.scalar(q.order_by(Agreement.id.desc()).limit(1))


def _agreement_ready(session: Session, proc: Procedure, item_kind: str) -> Agreement | None:
    kind, after_start = AGREEMENT_ITEMS[item_kind]
    return signed_agreement(session, proc.person_id, kind, proc.started_on if after_start else None)


def _trained_since(session: Session, person_id: int, since: date) -> date | None:
    return session.scalar(
        select(func.max(TrainingAttendance.held_on)).where(
            TrainingAttendance.person_id == person_id, TrainingAttendance.held_on >= since
        )
    )


def _act(uow: UnitOfWork, proc: Procedure, item: ProcedureItem, outcome: str, on: date) -> str:
    """Do what the outcome says (revoke, return) and say what was done, for the note."""
    session = uow.session
    if outcome == "revoked" and item.kind == "grant" and item.subject_id is not None:
        knower = session.get(Knower, item.subject_id)
        if knower is not None and people.grant_state(knower, on) in ("current", "pending"):
            people.revoke(uow, knower.id, on)
    elif outcome == "revoked" and item.kind == "area" and item.subject_id is not None:
        access = session.get(AreaAccess, item.subject_id)
        if access is not None and access.revoked_on is None:
            areas.revoke_access(uow, access.id, on)
    elif outcome == "returned" and item.kind == "carrier" and item.subject_id is not None:
        held = session.scalar(
            select(Movement.id).where(
                Movement.carrier_id == item.subject_id,
                Movement.person_id == proc.person_id,
                Movement.closed_on.is_(None),
            )
        )
        if held is not None:
            carrier_service.record_movement(
                uow,
                item.subject_id,
                carrier_service.MovementInput(
                    kind=MovementKind.RETURN,
                    person_id=proc.person_id,
                    started_on=on,
                    note=KIND_LABELS[proc.kind] + "交接",
                ),
            )
    elif outcome == "handed_over" and item.subject_id is not None:
        # The hand-over itself is a TRANSFER movement on the carriers page (003 §8.3).
        carrier = session.get(Carrier, item.subject_id)
        if carrier is not None and carrier.custodian_id == proc.person_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{number} 仍由其保管：请先在载体页办理“移交保管”给接手人"
                ),
                number=carrier.number,
            )
    elif outcome == "signed" and item.kind in AGREEMENT_ITEMS:
        agreement = _agreement_ready(session, proc, item.kind)
        if agreement is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "尚未登记已签署的{what}：请先在协议中登记签署"),
                what=_AGREEMENT_NAMES[item.kind],
            )
        return agreement.number
    elif outcome == "done" and item.kind == "training":
        person = people.get_person(session, proc.person_id)
        held_on = _trained_since(session, proc.person_id, person.hire_date or proc.started_on)
        if held_on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "入职后尚无培训签到记录：请先在培训中登记")
            )
        return str(held_on)
    elif item.kind == "noncompete":
        proc.noncompete_decision = outcome
    return ""


_AGREEMENT_NAMES = {
    "nda": QT_TRANSLATE_NOOP("errors", "保密协议"),
    "transfer_agreement": QT_TRANSLATE_NOOP("errors", "岗位变动协议"),
    "exit_pledge": QT_TRANSLATE_NOOP("errors", "离职保密承诺书"),
}


def settle_item(
    uow: UnitOfWork, item_id: int, outcome: str, note: str = "", on: date | None = None
) -> None:
    """Settle one item: keep, revoke (really revoked), returned (the return movement is
    recorded), wiped, signed (the agreement must be registered as signed), done, not needed,
    or the non-compete decision (sign / not needed / waive)."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    item = found(session.get(ProcedureItem, item_id), QT_TRANSLATE_NOOP("errors", "事项不存在"))
    proc = _open(session, item.procedure_id)
    if item.settled_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该事项已办结"))
    if outcome not in OUTCOMES[proc.kind].get(item.kind, ()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该事项不能这样办结"))
    on = on or date.today()
    reference = _act(uow, proc, item, outcome, on)
    item.settled_on = on
    item.settled_by = uow.actor.name
    item.outcome = outcome
    item.note = " ".join(x for x in (reference, note.strip()) if x)
    uow.record(
        "procedure.settle",
        "person",
        proc.person_id,
        after={
            "procedure": proc.id,
            "item": item.id,
            "item_kind": item.kind,
            "outcome": outcome,
            "note": f"{item.label} {item.note}".strip(),
        },
    )


def _auto_settle(uow: UnitOfWork, proc: Procedure, on: date) -> None:
    """Agreement items whose agreement is now signed settle themselves on completion."""
    for item in uow.session.scalars(
        select(ProcedureItem).where(
            ProcedureItem.procedure_id == proc.id,
            ProcedureItem.settled_on.is_(None),
            ProcedureItem.kind.in_(tuple(AGREEMENT_ITEMS)),
        )
    ):
        if _agreement_ready(uow.session, proc, item.kind) is not None:
            settle_item(uow, item.id, "signed", on=on)


def blockers(session: Session, procedure_id: int, today: date | None = None) -> list[str]:
    """What keeps the procedure from completing, in words (untranslated Chinese): the open
    items and, for a leaving, anything the person still holds that no item names."""
    view = get(session, procedure_id)
    out = [item_text(i) for i in view.open_items]
    if view.kind == ProcedureKind.EXIT:
        listed = {(i.kind, i.subject_id) for i in view.items}
        today = today or date.today()
        for kind, held in (
            ("grant", _grants(session, view.person_id, today)),
            ("area", _accesses(session, view.person_id, today)),
            ("carrier", _carriers_held(session, view.person_id)),
            (
                "custody",
                [
                    (c.carrier_id, f"{c.number} {c.title}")
                    for c in carriers_in_custody(session, view.person_id)
                ],
            ),
        ):
            out += [
                f"{ITEM_LABELS[kind]}：{label}"
                for subject, label in held
                if (kind, subject) not in listed
            ]
    return out


def complete(uow: UnitOfWork, procedure_id: int, on: date | None = None) -> None:
    """Close the procedure once nothing is open. Leaving then sets the person 离职 as of the
    leaving date: `people.set_status` ends any grant and access left, each audited."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    proc = _open(session, procedure_id)
    on = on or date.today()
    _auto_settle(uow, proc, on)
    session.flush()
    open_ = blockers(session, proc.id, on)
    if open_:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "还有 {n} 项未办结：{items}"),
            n=str(len(open_)),
            items="；".join(open_),
        )
    if proc.kind == ProcedureKind.EXIT:
        leave_on = proc.effective_on or on
        if leave_on > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "离职日期 {day} 尚未到：请在离职当天或之后完成"),
                day=str(leave_on),
            )
        people.set_status(uow, proc.person_id, PersonStatus.LEFT, leave_on)
    proc.completed_on = on
    proc.completed_by = uow.actor.name
    uow.record(
        "procedure.complete",
        "person",
        proc.person_id,
        after={
            "procedure": proc.id,
            "procedure_kind": proc.kind.value,
            "noncompete_decision": proc.noncompete_decision,
        },
    )


# --- the exit papers (003 §8.2.4) -------------------------------------------------------------


def _exit_procedure(session: Session, person_id: int) -> Procedure:
    proc = last_of(session, person_id, ProcedureKind.EXIT)
    if proc is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该人员没有离职手续"))
    return proc


def exit_sheet_data(session: Session, procedure_id: int, operator: str = ""):
    """The 离职交接单 as plain data."""
    from tsdesk.documents.exit_sheet import ExitSheet, KnownSecret, SheetLine

    view = get(session, procedure_id)
    if view.kind != ProcedureKind.EXIT:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "只有离职手续打印离职交接单"))
    person = people.get_person(session, view.person_id)
    known = session.execute(
        select(Secret.number, Secret.subject, Grade.name)
        .join(Knower, Knower.secret_id == Secret.id)
        .join(Grade, Grade.id == Secret.grade_id)
        .where(Knower.person_id == person.id)
        .group_by(Secret.id)
        .order_by(Secret.number)
    ).all()
    agreements = session.execute(
        select(Agreement.number, Agreement.kind, Agreement.signed_on)
        .where(Agreement.person_id == person.id, Agreement.status.in_(SIGNED_STATUSES))
        .order_by(Agreement.signed_on, Agreement.id)
    ).all()

    def lines(kind: str) -> list[SheetLine]:
        return [
            SheetLine(
                i.label,
                OUTCOME_LABELS.get(i.outcome, "未办结") if i.outcome else "未办结",
                str(i.settled_on or ""),
            )
            for i in view.items
            if i.kind == kind
        ]

    return ExitSheet(
        person_number=person.number,
        person_name=person.name,
        department=view.from_department,
        post=view.from_post,
        hire_date=str(person.hire_date or ""),
        leave_date=str(view.effective_on or ""),
        started_on=str(view.started_on),
        completed_on=str(view.completed_on or ""),
        carriers=lines("carrier") + lines("custody"),
        devices=lines("device"),
        access=lines("grant") + lines("area"),
        secrets=[KnownSecret(number, subject, grade) for number, subject, grade in known],
        agreements=[
            SheetLine(number, AGREEMENT_KIND_NAMES.get(kind, str(kind)), str(signed or ""))
            for number, kind, signed in agreements
        ],
        noncompete=OUTCOME_LABELS.get(view.noncompete_decision, "未决定")
        if view.noncompete_decision
        else "未决定",
        officer=operator,
    )


AGREEMENT_KIND_NAMES: dict[AgreementKind, str] = {
    AgreementKind.NDA: "员工保密协议",
    AgreementKind.BUSINESS: "商业保密协议",
    AgreementKind.NONCOMPETE: "竞业限制协议",
    AgreementKind.EXIT: "离职保密承诺书",
    AgreementKind.TRANSFER: "岗位变动协议",
}


def exit_letter_data(session: Session, procedure_id: int):
    """The 离职提醒函 as plain data: the secrets known and, under a non-compete, its terms."""
    from tsdesk.documents.exit_sheet import ExitLetter

    view = get(session, procedure_id)
    if view.kind != ProcedureKind.EXIT:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "只有离职手续打印离职提醒函"))
    person = people.get_person(session, view.person_id)
    profile = session.get(CompanyProfile, 1)
    company = profile.org_name.strip() if profile is not None else ""
    noncompete = session.scalar(
        select(Agreement)
        .where(
            Agreement.person_id == person.id,
            Agreement.kind == AgreementKind.NONCOMPETE,
            Agreement.status.in_(SIGNED_STATUSES),
        )
        .order_by(Agreement.id.desc())
        .limit(1)
    )
    secrets_known = session.execute(
        select(Secret.number, Secret.subject)
        .join(Knower, Knower.secret_id == Secret.id)
        .where(Knower.person_id == person.id)
        .group_by(Secret.id)
        .order_by(Secret.number)
    ).all()
    nc_until = ""
    if noncompete is not None and noncompete.nc_months:
        start = noncompete.nc_starts_on or view.effective_on
        if start is not None:
            nc_until = str(_add_months(start, noncompete.nc_months) - timedelta(days=1))
    return ExitLetter(
        company=company,
        person_name=person.name,
        person_number=person.number,
        leave_date=str(view.effective_on or ""),
        secrets=[f"{n} {s}" for n, s in secrets_known],
        noncompete=noncompete is not None and view.noncompete_decision == "sign",
        nc_number=noncompete.number if noncompete else "",
        nc_months=noncompete.nc_months or 0 if noncompete else 0,
        nc_until=nc_until,
        nc_area=noncompete.nc_area if noncompete else "",
        nc_business=noncompete.nc_business if noncompete else "",
        nc_competitors=noncompete.nc_competitors if noncompete else "",
    )


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def exit_sheet_pdf(uow: UnitOfWork, procedure_id: int) -> bytes:
    """The 离职交接单, its print recorded in `uow` before the footer takes the chain head."""
    from tsdesk.documents.exit_sheet import render_exit_sheet

    require(uow.actor, Permission.EXPORT)
    data = exit_sheet_data(uow.session, procedure_id, operator_name(uow.session, uow.actor.name))
    proc = uow.session.get(Procedure, procedure_id)
    assert proc is not None
    uow.record("print.exit_sheet", "person", proc.person_id, after={"procedure": procedure_id})
    buffer = io.BytesIO()
    render_exit_sheet(buffer, data, footer_in(uow))
    return buffer.getvalue()


def exit_letter_pdf(uow: UnitOfWork, procedure_id: int) -> bytes:
    """The 离职提醒函 for the new employer context, its print recorded in `uow`."""
    from tsdesk.documents.exit_sheet import render_exit_letter

    require(uow.actor, Permission.EXPORT)
    data = exit_letter_data(uow.session, procedure_id)
    proc = uow.session.get(Procedure, procedure_id)
    assert proc is not None
    uow.record("print.exit_letter", "person", proc.person_id, after={"procedure": procedure_id})
    buffer = io.BytesIO()
    render_exit_letter(buffer, data, footer_in(uow))
    return buffer.getvalue()


def write_exit_paper(
    uow: UnitOfWork, person_id: int, out: str | Path | IO[bytes], letter: bool = False
) -> None:
    """The person's latest exit procedure's sheet (or letter) into `out` once committed."""
    proc = _exit_procedure(uow.session, person_id)
    pdf = exit_letter_pdf(uow, proc.id) if letter else exit_sheet_pdf(uow, proc.id)
    deliver_when_committed(uow, out, pdf)
