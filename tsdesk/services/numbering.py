"""Numbers from patterns such as `TS-{year}-{seq:04}`: unique, and never handed out twice.

The counter lives in `number_counter`, keyed by what the pattern restarts on (the year, when
the pattern contains {year}), and is advanced in the caller's transaction: a rolled-back
change gives its number back, a committed one keeps it forever, even if the record is voided.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import date

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import NumberCounter
from tsdesk.vault import UnitOfWork

FIELDS = {"year", "seq"}


def _fields(pattern: str) -> set[str]:
    try:
        pattern.format(year=2026, seq=1)
        return {f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None}
    except (ValueError, KeyError, IndexError):
        return set()


def validate_pattern(pattern: str) -> None:
    names = _fields(pattern)
    if "seq" not in names or not names <= FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "编号格式无效：须包含 {{seq}}，可含 {{year}}，例如 TS-{{year}}-{{seq:04}}"
            )
        )


def next_number(
    uow: UnitOfWork,
    kind: str,
    pattern: str,
    exists: Callable[[str], bool],
    today: date | None = None,
) -> str:
    """The next free number of `kind` ("secret", "carrier" …). `exists` guards against numbers
    taken by hand or by an import, which the counter then skips."""
    validate_pattern(pattern)
    year = (today or date.today()).year
    scope = (
        f"{kind}:{year}" if "{year}" in pattern.replace(" ", "") or "{year:" in pattern else kind
    )
    counter = uow.session.get(NumberCounter, scope)
    if counter is None:
        counter = NumberCounter(scope=scope, value=0)
        uow.session.add(counter)
    while True:
        counter.value += 1
        number = pattern.format(year=year, seq=counter.value)
        if not exists(number):
            return number
