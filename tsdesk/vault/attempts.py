"""Failed unlock attempts, kept outside the database until it opens.

A wrong password cannot be written into the encrypted database (it is still shut), so each
failure goes to `<db>.attempts` (operator name tried, time, machine: no secret) and is moved
into the audit chain by the next successful unlock. The count of recent failures sets a
growing delay before the next try.
"""

from __future__ import annotations

import json
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tsdesk.vault.atomic import write_atomic

WINDOW = timedelta(minutes=15)  # failures older than this no longer slow anyone down
MAX_DELAY = 30.0
sleep = time.sleep  # replaced in tests


def attempts_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".attempts")


def load(db_path: Path) -> list[dict[str, str]]:
    try:
        return json.loads(attempts_path(db_path).read_text("utf-8"))
    except (OSError, ValueError):
        return []


def record_failure(db_path: Path, operator: str, reason: str) -> None:
    entries = load(db_path)
    entries.append(
        {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "operator": operator,
            "machine": socket.gethostname(),
            "reason": reason,
        }
    )
    write_atomic(attempts_path(db_path), json.dumps(entries, ensure_ascii=False).encode("utf-8"))


def recent_failures(db_path: Path, now: datetime | None = None) -> int:
    now = now or datetime.now(UTC)
    return sum(1 for e in load(db_path) if now - datetime.fromisoformat(e["time"]) < WINDOW)


def delay_for(failures: int) -> float:
    """0 s for the first two tries, then 1, 2, 4, 8 … seconds, at most 30."""
    if failures < 2:
        return 0.0
    return min(2.0 ** (failures - 2), MAX_DELAY)


def seconds_to_wait(db_path: Path, now: datetime | None = None) -> float:
    """How long until the next try is allowed (0 when it is): the throttle without sleeping,
    for checks made inside an open window, where sleeping would freeze it."""
    now = now or datetime.now(UTC)
    entries = [e for e in load(db_path) if now - datetime.fromisoformat(e["time"]) < WINDOW]
    if not entries:
        return 0.0
    last = max(datetime.fromisoformat(e["time"]) for e in entries)
    return max(0.0, delay_for(len(entries)) - (now - last).total_seconds())


def wait_before_attempt(db_path: Path) -> float:
    delay = delay_for(recent_failures(db_path))
    if delay:
        sleep(delay)
    return delay


def take_all(db_path: Path) -> list[dict[str, str]]:
    """Hand the pending failures to the audit chain and forget them."""
    entries = load(db_path)
    attempts_path(db_path).unlink(missing_ok=True)
    return entries
