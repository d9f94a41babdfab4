"""The employee directory and who may know which secret (003 §8.2).

People are never deleted: a person who leaves keeps their record with status 离职 and the
date. Knowers are grants — person, secret, tier, reason, who granted, from and until. A grant
is *current* on a day when it has started, has not passed its until date and was not revoked
(`current_clause`, the one definition every query uses): a temporary grant therefore ends by
itself. Leaving ends every grant and area access as of the leaving date, each end recorded
in the audit chain; returning to 在职 restores nothing (only a new grant does). Joining, a
job change and leaving are procedures (`tsdesk.services.procedures`, 003 §8.2.3–8.2.4); the
directory shows each person's open one as their status (调岗中 / 离职中). The people page flags
a person who left while still holding access (data from before this rule), and each of
these is a reminder on the 工作台.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    AccessTier,
    AgreementKind,
    AreaAccess,
    Department,
    Grade,
    Knower,
    Person,
    PersonStatus,
    Procedure,
    ProcedureItem,
    ProcedureKind,
    Secret,
    SecretStatus,
)
from tsdesk.services import areas, lookup, reminders
from tsdesk.services.agreements import person_bound
from tsdesk.services.audit_text import Labels
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register import LIVE_STATUSES
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.services.training import last_trained
from tsdesk.vault import UnitOfWork

NUMBER_MAX, NAME_MAX, POST_MAX, PHONE_MAX = 32, 64, 64, 32

PERSON_STATUS_LABELS: dict[PersonStatus, str] = {
    PersonStatus.ACTIVE: QT_TRANSLATE_NOOP("people", "在职"),
    PersonStatus.LEFT: QT_TRANSLATE_NOOP("people", "离职"),
}
# 003 §8.2.1–8.2.2: how close a person may come to a secret.
TIER_LABELS: dict[AccessTier, str] = {
    AccessTier.FULL: QT_TRANSLATE_NOOP("people", "全部知悉"),
    AccessTier.PARTIAL: QT_TRANSLATE_NOOP("people", "部分知悉（限定秘密点）"),
    AccessTier.CONSULT: QT_TRANSLATE_NOOP("people", "仅限查阅"),
}
GRANT_STATE_LABELS: dict[str, str] = {
    "current": QT_TRANSLATE_NOOP("people", "有效"),
    "pending": QT_TRANSLATE_NOOP("people", "未生效"),
    "expired": QT_TRANSLATE_NOOP("people", "已到期"),
    "revoked": QT_TRANSLATE_NOOP("people", "已撤销"),
}


# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "person": QT_TRANSLATE_NOOP("audit", "人员"),
        "person.add": QT_TRANSLATE_NOOP("audit", "新增人员"),
        "person.update": QT_TRANSLATE_NOOP("audit", "修改人员"),
        "person.status": QT_TRANSLATE_NOOP("audit", "人员在职状态"),
        "knower": QT_TRANSLATE_NOOP("audit", "知悉授权"),
        "knower.grant": QT_TRANSLATE_NOOP("audit", "授予知悉权限"),
        "knower.revoke": QT_TRANSLATE_NOOP("audit", "撤销知悉权限"),
        # Recorded before job changes became procedures: kept so that old history reads.
        "person.review_raise": QT_TRANSLATE_NOOP("audit", "调岗待复核"),
        "person.review_done": QT_TRANSLATE_NOOP("audit", "调岗复核完成"),
        # reads through the command line (cli.record_read)
        "read.people": QT_TRANSLATE_NOOP("audit", "查看人员清单"),
        "read.person": QT_TRANSLATE_NOOP("audit", "查看人员"),
    },
    entities={
        "person": QT_TRANSLATE_NOOP("audit", "人员"),
        "knower": QT_TRANSLATE_NOOP("audit", "知悉授权"),
    },
    fields={
        "number": QT_TRANSLATE_NOOP("audit", "工号"),
        "name": QT_TRANSLATE_NOOP("audit", "姓名"),
        "department_id": QT_TRANSLATE_NOOP("audit", "部门"),
        "post": QT_TRANSLATE_NOOP("audit", "岗位"),
        "phone": QT_TRANSLATE_NOOP("audit", "电话"),
        "status": QT_TRANSLATE_NOOP("audit", "在职状态"),
        "left_on": QT_TRANSLATE_NOOP("audit", "离职日期"),
        "person": QT_TRANSLATE_NOOP("audit", "人员"),
        "tier": QT_TRANSLATE_NOOP("audit", "知悉程度"),
        "reason": QT_TRANSLATE_NOOP("audit", "事由"),
        "valid_from": QT_TRANSLATE_NOOP("audit", "生效日期"),
        "valid_until": QT_TRANSLATE_NOOP("audit", "截止日期"),
        "revoked_on": QT_TRANSLATE_NOOP("audit", "撤销日期"),
        "hire_date": QT_TRANSLATE_NOOP("audit", "入职日期"),
        "review": QT_TRANSLATE_NOOP("audit", "复核任务"),
        "from_department_id": QT_TRANSLATE_NOOP("audit", "原部门"),
        "to_department_id": QT_TRANSLATE_NOOP("audit", "新部门"),
        "note": QT_TRANSLATE_NOOP("audit", "说明"),
        "key_post": QT_TRANSLATE_NOOP("audit", "重点岗位"),
    },
    values={"status": ("people", PERSON_STATUS_LABELS), "tier": ("people", TIER_LABELS)},
    refs={
        "department_id": "department",
        "from_department_id": "department",
        "to_department_id": "department",
    },
    quiet=frozenset({"knower_id"}),
)


def snapshot(person: Person) -> dict:
    return {
        "number": person.number,
        "name": person.name,
        "department_id": person.department_id,
        "post": person.post,
        "phone": person.phone,
        "status": person.status.value,
        "left_on": str(person.left_on or ""),
        "hire_date": str(person.hire_date or ""),
        "key_post": bool(person.key_post),
    }


# --- the directory ---------------------------------------------------------------------------


def _check_person(
    session: Session,
    number: str,
    name: str,
    department_id: int | None,
    post: str,
    phone: str,
    person_id: int | None = None,
) -> None:
    if not number or not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "工号和姓名不能为空"))
    if len(number) > NUMBER_MAX or len(name) > NAME_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "工号最多 32 个字符，姓名最多 64 个字符"))
    if len(post) > POST_MAX or len(phone) > PHONE_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "岗位最多 64 个字符，电话最多 32 个字符"))
    taken = session.scalar(select(Person.id).where(Person.number == number))
    if taken is not None and taken != person_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "工号 {number} 已存在"), number=number)
    if department_id is not None and session.get(Department, department_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "部门不存在"))


def add_person(
    uow: UnitOfWork,
    number: str,
    name: str,
    department_id: int | None = None,
    post: str = "",
    phone: str = "",
    hire_date: date | None = None,
    key_post: bool = False,
) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    number, name, post, phone = number.strip(), name.strip(), post.strip(), phone.strip()
    _check_person(uow.session, number, name, department_id, post, phone)
    person = Person(
        number=number,
        name=name,
        department_id=department_id,
        post=post,
        phone=phone,
        hire_date=hire_date,
        key_post=bool(key_post),
    )
    uow.session.add(person)
    uow.session.flush()
    uow.record("person.add", "person", person.id, after=snapshot(person))
    return person.id


def update_person(
    uow: UnitOfWork,
    person_id: int,
    *,
    number: str,
    name: str,
    department_id: int | None = None,
    post: str = "",
    phone: str = "",
    hire_date: date | None = None,
    key_post: bool = False,
) -> None:
    """The person's record as entered. A department or post change is a job change
    (003 §8.2.3): the UI and the CLI edit through `procedures.update_person`, which opens it."""
    require(uow.actor, Permission.EDIT_DATA)
    person = get_person(uow.session, person_id)
    number, name, post, phone = number.strip(), name.strip(), post.strip(), phone.strip()
    _check_person(uow.session, number, name, department_id, post, phone, person_id)
    before = snapshot(person)
    person.number, person.name, person.post, person.phone = number, name, post, phone
    person.department_id = department_id
    person.hire_date, person.key_post = hire_date, bool(key_post)
    if snapshot(person) != before:
        uow.record("person.update", "person", person.id, before=before, after=snapshot(person))


def set_status(
    uow: UnitOfWork, person_id: int, status: PersonStatus, left_on: date | None = None
) -> None:
    """离职 with its date (default today, never later), or back to 在职.

    Leaving ends, as of the leaving date, every grant and area access the person still
    holds or was yet to receive (003 §8.2.4); each end is its own audited revocation.
    Back to 在职 restores none of them: access comes back only by a new grant."""
    require(uow.actor, Permission.EDIT_DATA)
    person = get_person(uow.session, person_id)
    status = PersonStatus(status)
    if status == person.status and (
        status == PersonStatus.ACTIVE or left_on in (None, person.left_on)
    ):
        return
    if status == PersonStatus.LEFT:
        left_on = left_on or date.today()
        if left_on > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "离职日期不能晚于今天：请在离职当天或之后登记")
            )
    before = snapshot(person)
    person.status = status
    person.left_on = left_on if status == PersonStatus.LEFT else None
    uow.record("person.status", "person", person.id, before=before, after=snapshot(person))
    if left_on is not None and status == PersonStatus.LEFT:
        _end_access(uow, person.id, left_on)


def _end_access(uow: UnitOfWork, person_id: int, on: date) -> None:
    """Revoke, as of `on`, the person's grants and area access not ended before it."""
    session = uow.session
    knower_ids = session.scalars(
        select(Knower.id).where(
            Knower.person_id == person_id,
            Knower.revoked_on.is_(None),
            or_(Knower.valid_until.is_(None), Knower.valid_until >= on),
        )
    ).all()
    for knower_id in knower_ids:
        revoke(uow, knower_id, on)
    access_ids = session.scalars(
        select(AreaAccess.id).where(
            AreaAccess.person_id == person_id,
            AreaAccess.revoked_on.is_(None),
            or_(AreaAccess.valid_until.is_(None), AreaAccess.valid_until >= on),
        )
    ).all()
    for access_id in access_ids:
        areas.revoke_access(uow, access_id, on)


def get_person(session: Session, person_id: int) -> Person:
    return found(session.get(Person, person_id), QT_TRANSLATE_NOOP("errors", "人员不存在"))


def by_number(session: Session, number: str) -> Person:
    """The person with this staff number (工号)."""
    return lookup.by_number(
        session, Person, number, QT_TRANSLATE_NOOP("errors", "没有工号为 {number} 的人员")
    )


def find_by_name(session: Session, name: str) -> list[Person]:
    return list(
        session.scalars(select(Person).where(Person.name == name.strip()).order_by(Person.number))
    )


def active_people(session: Session) -> list[Person]:
    return list(
        session.scalars(
            select(Person).where(Person.status == PersonStatus.ACTIVE).order_by(Person.number)
        )
    )


class PersonFlag(enum.StrEnum):
    """What the directory can be narrowed to besides status and department: the people a
    工作台 reminder counts, so that its tile opens exactly them."""

    LEFT_WITH_ACCESS = "left_with_access"  # left, yet still a knower or admitted to an area
    GRANTS_ENDING = "grants_ending"  # a temporary grant ends within GRANTS_ENDING_DAYS
    TRANSFER_OPEN = "transfer_open"  # 调岗中: a job change not completed (003 §8.2.3)
    EXIT_OPEN = "exit_open"  # 离职中: an exit procedure not completed (003 §8.2.4)
    ITEMS_DUE = "items_due"  # an item of an open procedure is due and not settled
    NDA_MISSING = "nda_missing"  # in post without an NDA in force (003 §9.4)


GRANTS_ENDING_DAYS = 30
PERSON_FLAG_LABELS: dict[PersonFlag, str] = {
    PersonFlag.TRANSFER_OPEN: QT_TRANSLATE_NOOP("people", "调岗中"),
    PersonFlag.EXIT_OPEN: QT_TRANSLATE_NOOP("people", "离职中"),
    PersonFlag.ITEMS_DUE: QT_TRANSLATE_NOOP("people", "手续事项到期"),
    PersonFlag.NDA_MISSING: QT_TRANSLATE_NOOP("people", "缺保密协议"),
    PersonFlag.LEFT_WITH_ACCESS: QT_TRANSLATE_NOOP("people", "离职仍有权限"),
    PersonFlag.GRANTS_ENDING: QT_TRANSLATE_NOOP("people", "临时授权 30 天内到期"),
}
# The status column: 在职 / 调岗中 / 离职中 / 离职, from the status and the open procedure.
STAGE_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("people", "在职"),
    "transfer": QT_TRANSLATE_NOOP("people", "调岗中"),
    "exit": QT_TRANSLATE_NOOP("people", "离职中"),
    "left": QT_TRANSLATE_NOOP("people", "离职"),
}


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    number: str
    name: str
    department_id: int | None
    department: str
    post: str
    phone: str
    status: PersonStatus
    left_on: date | None
    current_grants: int
    current_areas: int = 0  # areas the person may enter today
    open_procedure: ProcedureKind | None = None  # the procedure under way, if any
    hire_date: date | None = None
    key_post: bool = False
    nda: bool = False  # an employee NDA binds today (agreements.person_bound)
    noncompete: bool = False  # a non-compete binds today
    last_trained: date | None = None

    @property
    def left_with_grants(self) -> bool:
        """Left, yet still a current knower or admitted to an area: someone must look at it."""
        return self.status == PersonStatus.LEFT and (self.current_grants + self.current_areas) > 0

    @property
    def stage(self) -> str:
        """active / transfer / exit / left (a key of STAGE_LABELS)."""
        if self.status == PersonStatus.LEFT:
            return "left"
        if self.open_procedure in (ProcedureKind.TRANSFER, ProcedureKind.EXIT):
            return self.open_procedure.value
        return "active"


def _open_clause(kind: ProcedureKind):
    """People with an open procedure of `kind`, read from ix_procedure_open."""
    return Person.id.in_(
        select(Procedure.person_id).where(Procedure.kind == kind, Procedure.completed_on.is_(None))
    )


def _flag_clause(flag: PersonFlag, today: date):
    """The one definition of each flag, for the list and for the reminder's count."""
    if flag == PersonFlag.LEFT_WITH_ACCESS:
        # Few people have left: test each of them by their grants (person_id indexes).
        knows = exists().where(Knower.person_id == Person.id, current_clause(today))
        enters = exists().where(
            AreaAccess.person_id == Person.id, areas.access_current_clause(today)
        )
        return and_(Person.status == PersonStatus.LEFT, or_(knows, enters))
    if flag == PersonFlag.GRANTS_ENDING:
        # Read from the until-date index: only the grants that end soon are looked at.
        ending = select(Knower.person_id).where(
            Knower.valid_until.between(today, today + timedelta(days=GRANTS_ENDING_DAYS)),
            current_clause(today),
        )
        return Person.id.in_(ending)
    if flag == PersonFlag.TRANSFER_OPEN:
        return _open_clause(ProcedureKind.TRANSFER)
    if flag == PersonFlag.EXIT_OPEN:
        return _open_clause(ProcedureKind.EXIT)
    if flag == PersonFlag.NDA_MISSING:
        return and_(
            Person.status == PersonStatus.ACTIVE,
            ~person_bound(Person.id, AgreementKind.NDA, today),
        )
    # The open procedures are few (ix_procedure_open); their items are read by procedure.
    return Person.id.in_(
        select(Procedure.person_id)
        .join(ProcedureItem, ProcedureItem.procedure_id == Procedure.id)
        .where(
            Procedure.completed_on.is_(None),
            ProcedureItem.settled_on.is_(None),
            ProcedureItem.due_on <= today,
        )
    )


def count_flagged(session: Session, flag: PersonFlag, today: date | None = None) -> int:
    return session.execute(
        select(func.count(Person.id)).where(_flag_clause(flag, today or date.today()))
    ).scalar_one()


@dataclass(frozen=True)
class PeopleFilter:
    search: str = ""
    status: PersonStatus | None = None
    department_id: int | None = None
    flag: PersonFlag | None = None


def _filtered(q, f: PeopleFilter, today: date):
    if f.search.strip():
        like = "%" + f.search.strip() + "%"
        q = q.where(or_(Person.name.like(like), Person.number.like(like), Person.post.like(like)))
    if f.status is not None:
        q = q.where(Person.status == f.status)
    if f.department_id is not None:
        q = q.where(Person.department_id == f.department_id)
    if f.flag is not None:
        q = q.where(_flag_clause(PersonFlag(f.flag), today))
    return q


def count_people(session: Session, f: PeopleFilter, today: date | None = None) -> int:
    q = _filtered(select(func.count(Person.id)), f, today or date.today())
    return session.execute(q).scalar_one()


def people_page(
    session: Session,
    f: PeopleFilter,
    offset: int = 0,
    limit: int | None = None,
    today: date | None = None,
) -> list[PersonRow]:
    """One page of the directory by 工号, in one query: each row's figures are correlated
    subqueries over the person's own index entries (grants, areas, the open procedure, the
    NDA and non-compete in force, the last training), so a page costs its rows, not the
    table (5,000 people, 20,000 agreements)."""
    today = today or date.today()
    grants = (
        select(func.count(Knower.id))
        .where(Knower.person_id == Person.id, current_clause(today))
        .scalar_subquery()
    )
    entries = (
        select(func.count(func.distinct(AreaAccess.area_id)))
        .where(AreaAccess.person_id == Person.id, areas.access_current_clause(today))
        .scalar_subquery()
    )
    procedure = (
        select(Procedure.kind)
        .where(Procedure.person_id == Person.id, Procedure.completed_on.is_(None))
        .order_by(Procedure.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    q = (
        select(
            Person.id,
            Person.number,
            Person.name,
            Person.department_id,
            func.coalesce(Department.name, ""),
            Person.post,
            Person.phone,
            Person.status,
            Person.left_on,
            grants,
            entries,
            procedure,
            Person.hire_date,
            Person.key_post,
            person_bound(Person.id, AgreementKind.NDA, today),
            person_bound(Person.id, AgreementKind.NONCOMPETE, today),
            last_trained(Person.id),
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .order_by(Person.number)
    )
    q = _filtered(q, f, today).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [
        PersonRow(
            id=r[0],
            number=r[1],
            name=r[2],
            department_id=r[3],
            department=r[4],
            post=r[5],
            phone=r[6],
            status=r[7],
            left_on=r[8],
            current_grants=r[9],
            current_areas=r[10],
            open_procedure=ProcedureKind(r[11]) if r[11] else None,
            hire_date=r[12],
            key_post=bool(r[13]),
            nda=bool(r[14]),
            noncompete=bool(r[15]),
            last_trained=r[16],
        )
        for r in session.execute(q)
    ]


def list_people(
    session: Session,
    *,
    search: str = "",
    status: PersonStatus | None = None,
    department_id: int | None = None,
    flag: PersonFlag | None = None,
    today: date | None = None,
) -> list[PersonRow]:
    """The whole directory (the CLI and the tests; the page reads `people_page` by batches)."""
    return people_page(session, PeopleFilter(search, status, department_id, flag), today=today)


def person_row(session: Session, person_id: int, today: date | None = None) -> PersonRow:
    """One person as the directory shows them."""
    person = get_person(session, person_id)
    rows = people_page(session, PeopleFilter(search=person.number), today=today)
    return next(r for r in rows if r.id == person_id)


# --- knowers (003 §8.2) ----------------------------------------------------------------------


def current_clause(today: date):
    """A grant in force on `today`: started, not past its until date, not revoked."""
    return and_(
        Knower.revoked_on.is_(None),
        Knower.valid_from <= today,
        or_(Knower.valid_until.is_(None), Knower.valid_until >= today),
    )


def grant_state(knower: Knower | KnowerRow, today: date | None = None) -> str:
    """current / pending / expired / revoked — the same rule as `current_clause`."""
    today = today or date.today()
    if knower.revoked_on is not None:
        return "revoked"
    if knower.valid_from > today:
        return "pending"
    if knower.valid_until is not None and knower.valid_until < today:
        return "expired"
    return "current"


@dataclass(frozen=True, slots=True)
class KnowerRow:
    id: int
    secret_id: int
    secret_number: str
    secret_subject: str
    secret_status: SecretStatus
    grade: str
    person_id: int
    person_number: str
    person_name: str
    person_status: PersonStatus
    department: str
    tier: AccessTier
    reason: str
    granted_by: str
    valid_from: date
    valid_until: date | None
    revoked_on: date | None
    revoked_by: str


def _knower_query(today: date, include_past: bool):
    q = (
        select(
            Knower.id,
            Secret.id,
            Secret.number,
            Secret.subject,
            Secret.status,
            Grade.name,
            Person.id,
            Person.number,
            Person.name,
            Person.status,
            func.coalesce(Department.name, ""),
            Knower.tier,
            Knower.reason,
            Knower.granted_by,
            Knower.valid_from,
            Knower.valid_until,
            Knower.revoked_on,
            Knower.revoked_by,
        )
        .join(Secret, Secret.id == Knower.secret_id)
        .join(Grade, Grade.id == Secret.grade_id)
        .join(Person, Person.id == Knower.person_id)
        .outerjoin(Department, Department.id == Person.department_id)
    )
    if not include_past:
        q = q.where(current_clause(today))
    return q


def knowers_of(
    session: Session, secret_id: int, *, include_past: bool = False, today: date | None = None
) -> list[KnowerRow]:
    """Who may know this secret (current grants; with include_past, every grant ever)."""
    q = _knower_query(today or date.today(), include_past).where(Knower.secret_id == secret_id)
    q = q.order_by(Person.number, Knower.valid_from, Knower.id)
    return [KnowerRow(*row) for row in session.execute(q)]


def secrets_of(
    session: Session, person_id: int, *, include_past: bool = False, today: date | None = None
) -> list[KnowerRow]:
    """What this person may know (current grants; with include_past, every grant ever)."""
    q = _knower_query(today or date.today(), include_past).where(Knower.person_id == person_id)
    q = q.order_by(Secret.number, Knower.valid_from, Knower.id)
    return [KnowerRow(*row) for row in session.execute(q)]


def _knower_snapshot(knower: Knower, person: Person) -> dict:
    return {
        "knower_id": knower.id,
        "person": f"{person.number} {person.name}",
        "tier": knower.tier.value,
        "reason": knower.reason,
        "valid_from": str(knower.valid_from),
        "valid_until": str(knower.valid_until or ""),
        "revoked_on": str(knower.revoked_on or ""),
    }


def grant(
    uow: UnitOfWork,
    secret_id: int,
    person_id: int,
    tier: AccessTier,
    reason: str,
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> int:
    """Let a person know a secret, from `valid_from` (default today) until `valid_until`
    (None: until revoked; a date makes the grant temporary, 003 §8.2.1 临时提升权限)."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    secret = found(session.get(Secret, secret_id), QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))
    if secret.status not in LIVE_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已结束的商业秘密不能再授予知悉权限"))
    person = get_person(session, person_id)
    if person.status != PersonStatus.ACTIVE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} 已离职，不能授予知悉权限"), name=person.name
        )
    if not isinstance(tier, AccessTier):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择知悉程度"))
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "须说明授权理由（工作需要）"))
    valid_from = valid_from or date.today()
    if valid_until is not None and valid_until < valid_from:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "有效期截止日不能早于起始日"))
    # One open grant per person and secret: a new tier or term replaces the old deliberately.
    overlaps = [
        Knower.secret_id == secret_id,
        Knower.person_id == person_id,
        Knower.revoked_on.is_(None),
        or_(Knower.valid_until.is_(None), Knower.valid_until >= valid_from),
    ]
    if valid_until is not None:
        overlaps.append(Knower.valid_from <= valid_until)
    overlapping = session.scalar(select(Knower.id).where(*overlaps).limit(1))
    if overlapping is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} 在此期间已是该商业秘密的知悉人；如需调整，请先撤销原授权"
            ),
            name=person.name,
        )
    from tsdesk.services.agreements import check_may_know  # 003 §9.4: an NDA in force first

    nda_note = check_may_know(session, person_id, secret_id, valid_from)
    knower = Knower(
        secret_id=secret_id,
        person_id=person_id,
        tier=tier,
        reason=reason.strip(),
        granted_by=uow.actor.name,
        valid_from=valid_from,
        valid_until=valid_until,
    )
    session.add(knower)
    session.flush()
    # Recorded on the secret, so its history shows who was let in and by whom.
    uow.record(
        "knower.grant", "secret", secret_id, after=_knower_snapshot(knower, person) | nda_note
    )
    return knower.id


def revoke(uow: UnitOfWork, knower_id: int, on: date | None = None) -> None:
    """End a grant now (or on `on`). An ended grant stays in the record."""
    require(uow.actor, Permission.EDIT_DATA)
    knower = found(
        uow.session.get(Knower, knower_id), QT_TRANSLATE_NOOP("errors", "知悉授权不存在")
    )
    on = on or date.today()
    state = grant_state(knower, on)
    if state == "revoked":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该授权已撤销"))
    if state == "expired":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该授权已到期，无需撤销"))
    person = get_person(uow.session, knower.person_id)
    before = _knower_snapshot(knower, person)
    knower.revoked_on = on
    knower.revoked_by = uow.actor.name
    uow.record(
        "knower.revoke",
        "secret",
        knower.secret_id,
        before=before,
        after=_knower_snapshot(knower, person),
    )


# --- reminders on the 工作台 ------------------------------------------------------------------


def _flag_reminder(flag: PersonFlag, title: str, severity: Severity, order: int, hint: str):
    reminders.register(
        Reminder(
            key=f"people.{flag.value}",
            title=title,
            severity=severity,
            count=lambda session, today: count_flagged(session, flag, today),
            page="people",
            filter={"flag": flag.value},
            hint=hint,
            order=order,
        )
    )


_flag_reminder(
    PersonFlag.LEFT_WITH_ACCESS,
    QT_TRANSLATE_NOOP("reminders", "离职人员仍有知悉或进入权限"),
    Severity.OVERDUE,
    60,
    QT_TRANSLATE_NOOP("reminders", "已离职，但仍是有效的知悉人或可进入涉密区域：请撤销。"),
)
_flag_reminder(
    PersonFlag.GRANTS_ENDING,
    QT_TRANSLATE_NOOP("reminders", "临时知悉授权 30 天内到期"),
    Severity.DUE,
    61,
    QT_TRANSLATE_NOOP("reminders", "到期后授权自动失效；如仍需知悉，请重新授权。"),
)
_flag_reminder(
    PersonFlag.TRANSFER_OPEN,
    QT_TRANSLATE_NOOP("reminders", "调岗手续未完成"),
    Severity.DUE,
    62,
    QT_TRANSLATE_NOOP(
        "reminders",
        "调岗后须逐项确认知悉权限、区域准入和所持载体的保留或撤销，并签署岗位变动协议。",
    ),
)
_flag_reminder(
    PersonFlag.EXIT_OPEN,
    QT_TRANSLATE_NOOP("reminders", "离职手续未完成"),
    Severity.DUE,
    63,
    QT_TRANSLATE_NOOP(
        "reminders",
        "载体归还、权限撤销、设备归还或擦除、承诺书签署和竞业限制决定办完后才能完成离职。",
    ),
)
_flag_reminder(
    PersonFlag.ITEMS_DUE,
    QT_TRANSLATE_NOOP("reminders", "人事保密手续事项已到期"),
    Severity.OVERDUE,
    64,
    QT_TRANSLATE_NOOP(
        "reminders", "入职、调岗或离职手续中有事项已到期仍未办结，如保密协议、入职培训。"
    ),
)
