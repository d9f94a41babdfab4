"""Named crash points on every write path, so a test can stop a write exactly there.

A write path calls `crash_point("rekey.after_copy")` between its steps. Unarmed, that is a
set lookup. A test arms a point in two ways:

* in another process, by setting `TSDESK_CRASH_AT=rekey.after_copy` (several names may be
  given, comma-separated): the process dies there with `os._exit(CRASH_EXIT)` — no `finally`,
  no flush, no lock release — which is what a kill -9 or a power cut leaves behind;
* in this process, with `armed("rekey.after_copy")`: `SimulatedCrash` is raised there. It is a
  `BaseException`, so no `except Exception` in the code swallows it. Context managers still
  run, so use the subprocess form where that matters.

Every name in use is listed in `POINTS` by the module that declares it (`declare`), so a test
can arm each one and a typo in a test fails instead of silently never crashing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "TSDESK_CRASH_AT"
CRASH_EXIT = 86  # an exit code no other path of the CLI uses

POINTS: dict[str, str] = {}  # name → what has happened when the process dies there
_armed_here: set[str] = set()


class SimulatedCrash(BaseException):
    """Raised at an armed crash point in this process (tests only)."""


def declare(name: str, meaning: str) -> str:
    """Register a crash point's name once, where the write path is written; returns the name."""
    POINTS[name] = meaning
    return name


def crash_point(name: str) -> None:
    if name not in POINTS:
        raise KeyError(f"undeclared crash point {name!r}")
    if name in _armed_here:
        raise SimulatedCrash(name)
    armed_env = os.environ.get(ENV)
    if armed_env and name in armed_env.split(","):
        os._exit(CRASH_EXIT)


@contextmanager
def armed(name: str) -> Iterator[None]:
    if name not in POINTS:
        raise KeyError(f"undeclared crash point {name!r}")
    _armed_here.add(name)
    try:
        yield
    finally:
        _armed_here.discard(name)
