"""Training sessions (003 §12.1) and who is due for one (004 第十条: all staff at least once a
year; new staff within `training_new_staff_days` of joining).

Each attendance keeps a copy of its session's date (`held_on`) so that "when was this person
last trained" is read from ix_training_attendance_person alone; changing a session's date
rewrites the copies in the same unit of work.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, delete, exists, func, not_, or_, select, update
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
    Attachment,
    Department,
    Person,
    PersonStatus,
    Setting,
    TrainingAttendance,
    TrainingAudience,
    TrainingSession,
)
from tsdesk.services import attachments
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.settings import SETTINGS
from tsdesk.vault import UnitOfWork

OWNER_KIND = "training_session"  # attachments: the signed sign-in sheet's scan
TOPIC_MAX, TRAINER_MAX, SCORE_MAX = 200, 64, 100

AUDIENCE_LABELS: dict[TrainingAudience, str] = {
    TrainingAudience.NEW: QT_TRANSLATE_NOOP("training", "新员工"),
    TrainingAudience.KEY: QT_TRANSLATE_NOOP("training", "重点岗位人员"),
    TrainingAudience.ALL: QT_TRANSLATE_NOOP("training", "全体员工"),
}


def last_trained(person_id):
    """A scalar subquery: the date the person (an id or a column) was last trained, or NULL.
    Read from ix_training_attendance_person alone."""
    return (
        select(func.max(TrainingAttendance.held_on))
        .where(TrainingAttendance.person_id == person_id)
        .scalar_subquery()
    )


@dataclass(frozen=True)
class SessionInput:
    topic: str
    audience: TrainingAudience
    held_on: date
    trainer: str = ""
    note: str = ""
    attendee_ids: tuple[int, ...] = ()


def _people_text(session: Session, person_ids: Iterable[int]) -> str:
    ids = list(person_ids)
    if not ids:
        return ""
    rows = session.execute(
        select(Person.number, Person.name).where(Person.id.in_(ids)).order_by(Person.number)
    )
    return "、".join(f"{number} {name}" for number, name in rows)


def _attendee_ids(session: Session, session_id: int) -> list[int]:
    return list(
        session.scalars(
            select(TrainingAttendance.person_id).where(TrainingAttendance.session_id == session_id)
        )
    )


def _snapshot(session: Session, row: TrainingSession) -> dict:
    return {
        "topic": row.topic,
        "audience": row.audience.value,
        "held_on": str(row.held_on),
        "trainer": row.trainer,
        "note": row.note,
        "attendees": _people_text(session, _attendee_ids(session, row.id)),
    }


def _check(session: Session, data: SessionInput, already: set[int]) -> list[int]:
    """The attendees to keep, in order, once the input is known to be good."""
    if not data.topic.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写培训主题"))
    if len(data.topic.strip()) > TOPIC_MAX or len(data.trainer.strip()) > TRAINER_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "培训主题最多 200 个字符，讲师最多 64 个字符")
        )
    if not isinstance(data.audience, TrainingAudience):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择培训对象"))
    if not isinstance(data.held_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写培训日期"))
    ids = list(dict.fromkeys(data.attendee_ids))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择参加培训的人员"))
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    for person_id in ids:
        person = people.get(person_id)
        if person is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "人员不存在"))
        # Someone who has left cannot be newly signed in; an attendance already kept stays.
        if person.status == PersonStatus.LEFT and person_id not in already:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{name} 已离职，不能列为参训人员"), name=person.name
            )
    return ids


def add_session(uow: UnitOfWork, data: SessionInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    ids = _check(uow.session, data, set())
    row = TrainingSession(
        topic=data.topic.strip(),
        audience=data.audience,
        held_on=data.held_on,
        trainer=data.trainer.strip(),
        note=data.note.strip(),
        recorded_by=uow.actor.name,
    )
    uow.session.add(row)
    uow.session.flush()
    uow.session.add_all(
        TrainingAttendance(session_id=row.id, person_id=p, held_on=row.held_on) for p in ids
    )
    uow.session.flush()
    uow.record("training.add", "training_session", row.id, after=_snapshot(uow.session, row))
    return row.id


def update_session(uow: UnitOfWork, session_id: int, data: SessionInput) -> None:
    """Change a session and its attendees: a removed attendee's score goes with them; the
    kept ones keep theirs, and every attendance takes the session's (new) date."""
    require(uow.actor, Permission.EDIT_DATA)
    s = uow.session
    row = get_session(s, session_id)
    before = _snapshot(s, row)
    current = set(_attendee_ids(s, session_id))
    ids = _check(s, data, current)
    row.topic, row.audience, row.held_on = data.topic.strip(), data.audience, data.held_on
    row.trainer, row.note = data.trainer.strip(), data.note.strip()
    gone = current - set(ids)
    if gone:
        s.execute(
            delete(TrainingAttendance).where(
                TrainingAttendance.session_id == session_id,
                TrainingAttendance.person_id.in_(gone),
            )
        )
    s.execute(
        update(TrainingAttendance)
        .where(TrainingAttendance.session_id == session_id)
        .values(held_on=data.held_on)
    )
    s.add_all(
        TrainingAttendance(session_id=session_id, person_id=p, held_on=data.held_on)
        for p in ids
        if p not in current
    )
    s.flush()
    after = _snapshot(s, row)
    if after != before:
        uow.record("training.update", "training_session", session_id, before=before, after=after)


def record_scores(uow: UnitOfWork, session_id: int, scores: Mapping[int, int | None]) -> None:
    """The optional test scores (0–100) of attendees; None clears one."""
    require(uow.actor, Permission.EDIT_DATA)
    get_session(uow.session, session_id)
    rows = {
        a.person_id: a
        for a in uow.session.scalars(
            select(TrainingAttendance).where(TrainingAttendance.session_id == session_id)
        )
    }
    changed: list[tuple[int, int | None]] = []
    for person_id, score in scores.items():
        if person_id not in rows:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "该人员未参加本次培训"))
        if score is not None and not 0 <= score <= SCORE_MAX:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "成绩应在 0 到 100 之间"))
        if rows[person_id].score != score:
            changed.append((person_id, score))
    if not changed:
        return
    names = dict(
        uow.session.execute(
            select(Person.id, Person.number + " " + Person.name).where(
                Person.id.in_([p for p, _ in changed])
            )
        ).all()
    )
    for person_id, score in changed:
        rows[person_id].score = score
    text = "、".join(f"{names[p]} {'—' if v is None else v}" for p, v in changed)
    uow.record("training.scores", "training_session", session_id, after={"test_scores": text})


def attach_scan(uow: UnitOfWork, session_id: int, name: str, data: bytes) -> int:
    """Keep the signed sign-in sheet's scan with the session."""
    get_session(uow.session, session_id)
    return attachments.add(uow, OWNER_KIND, session_id, name, data)


# --- reads -------------------------------------------------------------------------------------


def get_session(session: Session, session_id: int) -> TrainingSession:
    return found(
        session.get(TrainingSession, session_id), QT_TRANSLATE_NOOP("errors", "培训记录不存在")
    )


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    topic: str
    audience: TrainingAudience
    held_on: date
    trainer: str
    note: str
    attendees: int
    scans: int  # attachments: the signed sign-in sheet


def list_sessions(
    session: Session, *, search: str = "", audience: TrainingAudience | None = None
) -> list[SessionRow]:
    """Training sessions, newest first, with their number of attendees and of scans."""
    counts = (
        select(TrainingAttendance.session_id, func.count().label("n"))
        .group_by(TrainingAttendance.session_id)
        .subquery()
    )
    scans = (
        select(Attachment.owner_id, func.count().label("n"))
        .where(Attachment.owner_kind == OWNER_KIND, Attachment.superseded_by_id.is_(None))
        .group_by(Attachment.owner_id)
        .subquery()
    )
    q = (
        select(
            TrainingSession.id,
            TrainingSession.topic,
            TrainingSession.audience,
            TrainingSession.held_on,
            TrainingSession.trainer,
            TrainingSession.note,
            func.coalesce(counts.c.n, 0),
            func.coalesce(scans.c.n, 0),
        )
        .outerjoin(counts, counts.c.session_id == TrainingSession.id)
        .outerjoin(scans, scans.c.owner_id == TrainingSession.id)
        .order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc())
    )
    if search.strip():
        like = "%" + search.strip() + "%"
        attended = (
            select(TrainingAttendance.session_id)
            .join(Person, Person.id == TrainingAttendance.person_id)
            .where(or_(Person.name.like(like), Person.number.like(like)))
        )
        q = q.where(
            or_(
                TrainingSession.topic.like(like),
                TrainingSession.trainer.like(like),
                TrainingSession.id.in_(attended),  # a person finds the sessions they attended
            )
        )
    if audience is not None:
        q = q.where(TrainingSession.audience == audience)
    return [SessionRow(*r) for r in session.execute(q)]


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    person_id: int
    number: str
    name: str
    department: str
    score: int | None = None


def attendees_of(session: Session, session_id: int) -> list[AttendeeRow]:
    q = (
        select(
            Person.id,
            Person.number,
            Person.name,
            func.coalesce(Department.name, ""),
            TrainingAttendance.score,
        )
        .join(TrainingAttendance, TrainingAttendance.person_id == Person.id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(TrainingAttendance.session_id == session_id)
        .order_by(Person.number)
    )
    return [AttendeeRow(*r) for r in session.execute(q)]


def people_choices(session: Session, search: str = "", limit: int = 200) -> list[AttendeeRow]:
    """Active people to pick as attendees or participants, by 工号, narrowed by a search."""
    q = (
        select(Person.id, Person.number, Person.name, func.coalesce(Department.name, ""))
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Person.status == PersonStatus.ACTIVE)
        .order_by(Person.number)
        .limit(limit)
    )
    if search.strip():
        like = "%" + search.strip() + "%"
        q = q.where(
            or_(Person.name.like(like), Person.number.like(like), Department.name.like(like))
        )
    return [AttendeeRow(*r) for r in session.execute(q)]


def people_by_ids(session: Session, ids: Iterable[int]) -> list[AttendeeRow]:
    q = (
        select(Person.id, Person.number, Person.name, func.coalesce(Department.name, ""))
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Person.id.in_(list(ids)))
        .order_by(Person.number)
    )
    return [AttendeeRow(*r) for r in session.execute(q)]


@dataclass(frozen=True, slots=True)
class PersonTraining:
    session_id: int
    held_on: date
    topic: str
    audience: TrainingAudience
    score: int | None


def trainings_of(session: Session, person_id: int) -> list[PersonTraining]:
    """A person's training sessions, newest first."""
    q = (
        select(
            TrainingSession.id,
            TrainingAttendance.held_on,
            TrainingSession.topic,
            TrainingSession.audience,
            TrainingAttendance.score,
        )
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .where(TrainingAttendance.person_id == person_id)
        .order_by(TrainingAttendance.held_on.desc(), TrainingSession.id.desc())
    )
    return [PersonTraining(*r) for r in session.execute(q)]


# --- who is due for training (004 第十条) ------------------------------------------------------


class TrainingFlag(enum.StrEnum):
    UNTRAINED = "untrained"  # no training within training_interval_days
    NEW_UNTRAINED = "new_untrained"  # hired, not trained within training_new_staff_days


FLAG_LABELS: dict[TrainingFlag, str] = {
    TrainingFlag.UNTRAINED: QT_TRANSLATE_NOOP("training", "超过一年未培训"),
    TrainingFlag.NEW_UNTRAINED: QT_TRANSLATE_NOOP("training", "新员工未按期培训"),
}


def _trained_between(start, end):
    """An attendance of the person from `start` (a date or a column) to `end`: a range on
    ix_training_attendance_person. A session planned for later does not count yet."""
    return exists().where(
        TrainingAttendance.person_id == Person.id,
        TrainingAttendance.held_on >= start,
        TrainingAttendance.held_on <= end,
    )


def _days_before(today: date, key: str):
    """`today` less the days a setting holds, in SQL: the setting is read inside the query,
    so a reminder stays one COUNT (the value is JSON, an integer; absent, its default)."""
    days = func.coalesce(
        select(Setting.value).where(Setting.key == key).scalar_subquery(),
        str(SETTINGS[key].default),
    )
    return func.date(today.isoformat(), func.printf("-%d days", days))


def flag_clause(flag: TrainingFlag, today: date):
    """The one definition of each flag, for the list and for the reminder's count. Only
    people in service are due. Someone hired within the interval is judged by the new-staff
    rule alone, so nobody is counted twice."""
    year_ago = _days_before(today, "training_interval_days")
    if flag == TrainingFlag.UNTRAINED:
        return and_(
            Person.status == PersonStatus.ACTIVE,
            or_(Person.hire_date.is_(None), Person.hire_date < year_ago),
            not_(_trained_between(year_ago, today)),
        )
    return and_(
        Person.status == PersonStatus.ACTIVE,
        Person.hire_date >= year_ago,
        Person.hire_date <= _days_before(today, "training_new_staff_days"),
        not_(_trained_between(Person.hire_date, today)),
    )


def count_flagged(session: Session, flag: TrainingFlag, today: date | None = None) -> int:
    today = today or date.today()
    return session.execute(
        select(func.count(Person.id)).where(flag_clause(flag, today))
    ).scalar_one()


@dataclass(frozen=True, slots=True)
class DueRow:
    person_id: int
    number: str
    name: str
    department: str
    hire_date: date | None
    last_trained: date | None


def due_for_training(
    session: Session, flag: TrainingFlag, today: date | None = None, search: str = ""
) -> list[DueRow]:
    """The people a flag counts, by 工号, with their last training."""
    today = today or date.today()
    q = (
        select(
            Person.id,
            Person.number,
            Person.name,
            func.coalesce(Department.name, ""),
            Person.hire_date,
            last_trained(Person.id),
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .where(flag_clause(TrainingFlag(flag), today))
        .order_by(Person.number)
    )
    if search.strip():
        like = "%" + search.strip() + "%"
        q = q.where(or_(Person.name.like(like), Person.number.like(like)))
    return [DueRow(*r) for r in session.execute(q)]
