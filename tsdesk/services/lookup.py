"""A row looked up by id or by its business number, or the NotFoundError the user reads."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import NotFoundError

T = TypeVar("T")


def found(row: T | None, template: str, **params: Any) -> T:
    """`row`, or a NotFoundError with `template` (marked QT_TRANSLATE_NOOP("errors", …))."""
    if row is None:
        raise NotFoundError(template, **params)
    return row


def by_number(session: Session, model: type[T], number: str, template: str) -> T:
    """The row of `model` whose `number` is `number` (spaces around it ignored); the
    template may name it as {number}."""
    column = model.number  # type: ignore[attr-defined]  # every numbered model has one
    row = session.scalar(select(model).where(column == number.strip()))
    return found(row, template, number=number)
