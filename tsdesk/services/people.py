"""The employee directory and who may know which secret (003 §8.2).

People are never deleted: a person who leaves keeps their record with status 离职 and the
date. Knowers are grants — person, secret, tier, reason, who granted, from and until. A grant
is *current* on a day when it has started, has not passed its until date and was not revoked
(`current_clause`, the one definition every query uses): a temporary grant therefore ends by
itself. Leaving ends nothing silently; the people page flags a person who left while still
holding current grants, so that someone revokes them deliberately (003 §8.2.3–8.2.4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    AccessTier,
    Department,
    Grade,
    Knower,
    Person,
    PersonStatus,
    Secret,
    SecretStatus,
)
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register import LIVE_STATUSES
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
    },
    values={"status": ("people", PERSON_STATUS_LABELS), "tier": ("people", TIER_LABELS)},
    refs={"department_id": "department"},
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
) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    number, name, post, phone = number.strip(), name.strip(), post.strip(), phone.strip()
    _check_person(uow.session, number, name, department_id, post, phone)
    person = Person(number=number, name=name, department_id=department_id, post=post, phone=phone)
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
) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    person = get_person(uow.session, person_id)
    number, name, post, phone = number.strip(), name.strip(), post.strip(), phone.strip()
    _check_person(uow.session, number, name, department_id, post, phone, person_id)
    before = snapshot(person)
    person.number, person.name, person.post, person.phone = number, name, post, phone
    person.department_id = department_id
    if snapshot(person) != before:
        uow.record("person.update", "person", person.id, before=before, after=snapshot(person))


def set_status(
    uow: UnitOfWork, person_id: int, status: PersonStatus, left_on: date | None = None
) -> None:
    """离职 with its date (default today), or back to 在职. Grants are left as they are."""
    require(uow.actor, Permission.EDIT_DATA)
    person = get_person(uow.session, person_id)
    status = PersonStatus(status)
    if status == person.status and (
        status == PersonStatus.ACTIVE or left_on in (None, person.left_on)
    ):
        return
    before = snapshot(person)
    person.status = status
    person.left_on = (left_on or date.today()) if status == PersonStatus.LEFT else None
    uow.record("person.status", "person", person.id, before=before, after=snapshot(person))


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "人员不存在"))
    return person


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

    @property
    def left_with_grants(self) -> bool:
        """Left, yet still a current knower of something: someone must look at it."""
        return self.status == PersonStatus.LEFT and self.current_grants > 0


def list_people(
    session: Session,
    *,
    search: str = "",
    status: PersonStatus | None = None,
    department_id: int | None = None,
    today: date | None = None,
) -> list[PersonRow]:
    """The directory with each person's number of current grants, by 工号."""
    grants = (
        select(Knower.person_id, func.count(Knower.id).label("n"))
        .where(current_clause(today or date.today()))
        .group_by(Knower.person_id)
        .subquery()
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
            func.coalesce(grants.c.n, 0),
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .outerjoin(grants, grants.c.person_id == Person.id)
        .order_by(Person.number)
    )
    if search.strip():
        like = "%" + search.strip() + "%"
        q = q.where(or_(Person.name.like(like), Person.number.like(like), Person.post.like(like)))
    if status is not None:
        q = q.where(Person.status == status)
    if department_id is not None:
        q = q.where(Person.department_id == department_id)
    return [PersonRow(*row) for row in session.execute(q)]


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
    secret = session.get(Secret, secret_id)
    if secret is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))
    if secret.status not in LIVE_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已结束的商业秘密不能再授予知悉权限"))
    person = get_person(session, person_id)
    if person.status != PersonStatus.ACTIVE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} 已离职，不能授予知悉权限"), name=person.name
        )
    if not isinstance(tier, AccessTier):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择知悉范围"))
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
    uow.record("knower.grant", "secret", secret_id, after=_knower_snapshot(knower, person))
    return knower.id


def revoke(uow: UnitOfWork, knower_id: int, on: date | None = None) -> None:
    """End a grant now (or on `on`). An ended grant stays in the record."""
    require(uow.actor, Permission.EDIT_DATA)
    knower = uow.session.get(Knower, knower_id)
    if knower is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "知悉授权不存在"))
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
