"""The employee directory (the people module extends it with agreements later)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import Department, Person, PersonStatus
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork


def snapshot(person: Person) -> dict:
    return {
        "number": person.number,
        "name": person.name,
        "department_id": person.department_id,
        "post": person.post,
        "status": person.status.value,
    }


def add_person(
    uow: UnitOfWork,
    number: str,
    name: str,
    department_id: int | None = None,
    post: str = "",
    phone: str = "",
) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    number, name = number.strip(), name.strip()
    if not number or not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "工号和姓名不能为空"))
    if uow.session.scalar(select(Person.id).where(Person.number == number)) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "工号 {number} 已存在"), number=number)
    if department_id is not None and uow.session.get(Department, department_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "部门不存在"))
    person = Person(
        number=number,
        name=name,
        department_id=department_id,
        post=post.strip(),
        phone=phone.strip(),
    )
    uow.session.add(person)
    uow.session.flush()
    uow.record("person.add", "person", person.id, after=snapshot(person))
    return person.id


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
