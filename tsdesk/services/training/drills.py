"""Leak-response drills (003 §12.2, §13.1), recorded after they were held: the scenario, who
took part, the timeline and what was found. (The incident module runs a drill through its
playbook; this is the record.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import Department, Drill, DrillParticipant, Person
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.services.training.sessions import AttendeeRow, _people_text
from tsdesk.vault import UnitOfWork


@dataclass(frozen=True)
class DrillInput:
    scenario: str
    held_on: date
    timeline: str = ""
    findings: str = ""
    participant_ids: tuple[int, ...] = ()


def _participant_ids(session: Session, drill_id: int) -> list[int]:
    return list(
        session.scalars(
            select(DrillParticipant.person_id).where(DrillParticipant.drill_id == drill_id)
        )
    )


def _snapshot(session: Session, drill: Drill) -> dict:
    return {
        "scenario": drill.scenario,
        "held_on": str(drill.held_on),
        "timeline": drill.timeline,
        "findings": drill.findings,
        "participants": _people_text(session, _participant_ids(session, drill.id)),
    }


def _check(session: Session, data: DrillInput) -> list[int]:
    if not data.scenario.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写演练场景"))
    if not isinstance(data.held_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写演练日期"))
    if data.held_on > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "演练日期不能晚于今天：演练结束后再记录"))
    ids = list(dict.fromkeys(data.participant_ids))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择参加演练的人员"))
    known = set(session.scalars(select(Person.id).where(Person.id.in_(ids))))
    if len(known) != len(ids):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "人员不存在"))
    return ids


def add_drill(uow: UnitOfWork, data: DrillInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    ids = _check(uow.session, data)
    drill = Drill(
        scenario=data.scenario.strip(),
        held_on=data.held_on,
        timeline=data.timeline.strip(),
        findings=data.findings.strip(),
        recorded_by=uow.actor.name,
    )
    uow.session.add(drill)
    uow.session.flush()
    uow.session.add_all(DrillParticipant(drill_id=drill.id, person_id=p) for p in ids)
    uow.session.flush()
    uow.record("drill.add", "drill", drill.id, after=_snapshot(uow.session, drill))
    return drill.id


def update_drill(uow: UnitOfWork, drill_id: int, data: DrillInput) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    s = uow.session
    drill = get_drill(s, drill_id)
    before = _snapshot(s, drill)
    ids = _check(s, data)
    drill.scenario, drill.held_on = data.scenario.strip(), data.held_on
    drill.timeline, drill.findings = data.timeline.strip(), data.findings.strip()
    current = set(_participant_ids(s, drill_id))
    gone = current - set(ids)
    if gone:
        s.execute(
            delete(DrillParticipant).where(
                DrillParticipant.drill_id == drill_id, DrillParticipant.person_id.in_(gone)
            )
        )
    s.add_all(DrillParticipant(drill_id=drill_id, person_id=p) for p in ids if p not in current)
    s.flush()
    after = _snapshot(s, drill)
    if after != before:
        uow.record("drill.update", "drill", drill_id, before=before, after=after)


def get_drill(session: Session, drill_id: int) -> Drill:
    return found(session.get(Drill, drill_id), QT_TRANSLATE_NOOP("errors", "演练记录不存在"))


@dataclass(frozen=True, slots=True)
class DrillRow:
    id: int
    held_on: date
    scenario: str
    timeline: str
    findings: str
    participants: int


def list_drills(session: Session, search: str = "") -> list[DrillRow]:
    """Drills, newest first."""
    counts = (
        select(DrillParticipant.drill_id, func.count().label("n"))
        .group_by(DrillParticipant.drill_id)
        .subquery()
    )
    q = (
        select(
            Drill.id,
            Drill.held_on,
            Drill.scenario,
            Drill.timeline,
            Drill.findings,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.drill_id == Drill.id)
        .order_by(Drill.held_on.desc(), Drill.id.desc())
    )
    if search.strip():
        like = "%" + search.strip() + "%"
        q = q.where(or_(Drill.scenario.like(like), Drill.findings.like(like)))
    return [DrillRow(*r) for r in session.execute(q)]


def participants_of(session: Session, drill_id: int) -> list[AttendeeRow]:
    q = (
        select(Person.id, Person.number, Person.name, func.coalesce(Department.name, ""))
        .join(DrillParticipant, DrillParticipant.person_id == Person.id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(DrillParticipant.drill_id == drill_id)
        .order_by(Person.number)
    )
    return [AttendeeRow(*r) for r in session.execute(q)]


@dataclass(frozen=True, slots=True)
class PersonDrill:
    drill_id: int
    held_on: date
    scenario: str


def drills_of(session: Session, person_id: int) -> list[PersonDrill]:
    q = (
        select(Drill.id, Drill.held_on, Drill.scenario)
        .join(DrillParticipant, DrillParticipant.drill_id == Drill.id)
        .where(DrillParticipant.person_id == person_id)
        .order_by(Drill.held_on.desc(), Drill.id.desc())
    )
    return [PersonDrill(*r) for r in session.execute(q)]
