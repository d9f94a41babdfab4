"""Reminders: what needs doing, counted for the 工作台 tiles and the navigation badges.

Each module registers its own reminders when it is imported (`register(Reminder(...))`):
a key, a translatable title, a severity, a `count(session, today)` and the page and filter
that list exactly the rows counted. The dashboard only reads this registry; a new module
(agreements, destruction, incidents, …) adds its reminders by registering them in its own
service module, which its capability names (tsdesk/capabilities).

Counting must stay cheap on a large database (100,000 secrets, 300,000 carriers): every
count is one COUNT over indexed columns and never loads rows. `evaluate` times each one.
A count may answer NOT_APPLICABLE when its question does not arise (no application planned):
its tile is then hidden and it adds nothing to a badge.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from tsdesk import capabilities

log = logging.getLogger(__name__)

NOT_APPLICABLE = -1  # what a count answers when its question does not arise today


class Severity(enum.IntEnum):
    INFO = 0  # worth knowing (an age, what is out): shown, never in a badge
    DUE = 1  # something to do
    OVERDUE = 2  # late or lost: shown in red


@dataclass(frozen=True)
class Reminder:
    key: str  # unique, language-neutral, e.g. "register.proposed"
    title: str  # QT_TRANSLATE_NOOP("reminders", …): the tile's caption
    severity: Severity
    count: Callable[[Session, date], int]
    page: str = ""  # the page key that lists the rows counted ("" : nothing to open)
    filter: Mapping[str, Any] = field(default_factory=dict)  # handed to that page
    hint: str = ""  # QT_TRANSLATE_NOOP("reminders", …): a tooltip in plain words
    value: str = ""  # QT_TRANSLATE_NOOP("reminders", …) with {n}; "" shows the bare number
    badge: bool = True  # False when its rows are already counted by another reminder
    order: int = 100  # position on the dashboard, smaller first

    def __post_init__(self) -> None:
        object.__setattr__(self, "filter", MappingProxyType(dict(self.filter)))


@dataclass(frozen=True)
class Count:
    reminder: Reminder
    n: int | None  # None: the count failed (logged)
    seconds: float = 0.0

    @property
    def due(self) -> int:
        """What this reminder adds to a badge."""
        r = self.reminder
        return max(self.n or 0, 0) if r.badge and r.severity >= Severity.DUE else 0


_REGISTRY: dict[str, Reminder] = {}
_imported: tuple = ()  # the capabilities whose service modules have been imported


def register(reminder: Reminder) -> Reminder:
    """Add a reminder (a key registered again replaces the earlier definition)."""
    _REGISTRY[reminder.key] = reminder
    return reminder


def unregister(key: str) -> None:
    _REGISTRY.pop(key, None)


def registered() -> list[Reminder]:
    """Every reminder, in dashboard order."""
    global _imported
    declared = capabilities.declared()
    if _imported is not declared:
        _imported = declared  # importing a service module registers its reminders
        for name in capabilities.each(lambda c: c.services):
            capabilities.resolve(name)
    return sorted(_REGISTRY.values(), key=lambda r: (r.order, r.key))


def evaluate(
    session: Session, today: date | None = None, keys: Iterable[str] | None = None
) -> list[Count]:
    """Count every (or the named) reminder on `today`. One failing count does not hide the
    others: it is logged and reported as None."""
    today = today or date.today()
    wanted = set(keys) if keys is not None else None
    out: list[Count] = []
    for reminder in registered():
        if wanted is not None and reminder.key not in wanted:
            continue
        started = time.perf_counter()
        try:
            n: int | None = int(reminder.count(session, today) or 0)
        except Exception:
            log.exception("Reminder %s could not be counted", reminder.key)
            session.rollback()
            n = None
        out.append(Count(reminder, n, time.perf_counter() - started))
    return out


def badges(counts: Iterable[Count]) -> dict[str, int]:
    """Per page key, how many things there are to do; "" holds the total."""
    out: dict[str, int] = {"": 0}
    for c in counts:
        if c.due:
            out[c.reminder.page] = out.get(c.reminder.page, 0) + c.due
            out[""] += c.due
    return out
