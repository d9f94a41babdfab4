"""Reads a read-only open could not write into the audit chain when they happened.

A read-only open cannot write the database (another TSDesk holds the writer lock, or the
file or its folder is read-only), yet its login and its bulk reads must be on record. They go
to `<db>.reads` — one JSON line each: operator, time, machine and what was read, never a
secret's content — and the next writable open moves them into the chain, as failed logins
are (attempts.py). Appending needs no lock: each line is one O_APPEND write.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tsdesk.vault import audit

log = logging.getLogger("tsdesk.vault.reads")


def journal_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".reads")


def _taking_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".reads.taking")


def note(
    db_path: Path,
    operator: str,
    action: str,
    entity_type: str = "",
    entity_id: str | int = "",
    after: Any = None,
) -> bool:
    """Append one read; False when it cannot be kept (a read-only medium: then only the log
    has it, and the read still goes ahead — the data is no less readable by copying the file)."""
    line = json.dumps(
        {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": socket.gethostname(),
            "operator": operator,
            "action": action,
            "entity_type": entity_type,
            "entity_id": str(entity_id),
            "after": after,
        },
        ensure_ascii=False,
        default=str,
    )
    try:
        fd = os.open(journal_path(db_path), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, (line + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.info("read not journalled (%s): %s", exc, line)
        return False
    return True


def take(db_path: Path) -> tuple[list[dict[str, Any]], Path | None]:
    """The journalled reads, moved aside so that reads noted from now on start a new journal;
    `done(path)` removes them once they are in the chain. A journal moved aside by a writer that
    died before its commit is taken again."""
    taking = _taking_path(db_path)
    if not taking.exists():
        try:
            os.replace(journal_path(db_path), taking)
        except OSError:
            return [], None  # nothing journalled (or a read-only folder: kept for later)
    entries = []
    try:
        text = taking.read_text("utf-8", errors="replace")
    except OSError:
        return [], None
    for line in text.splitlines():
        with suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict) and isinstance(entry.get("action"), str):
                entries.append(entry)  # a torn last line (a crash mid-write) is skipped
    return entries, taking


def done(taken: Path | None) -> None:
    if taken is not None:
        with suppress(FileNotFoundError):
            taken.unlink()


def move_into_chain(session: Session, db_path: Path) -> Path | None:
    """Append the journalled reads to the chain (in the writer's login transaction); returns
    what `done` removes after the commit. Only reads can come in this way: the journal is a
    plain file, so any other action in it is ignored rather than forged into the chain."""
    entries, taken = take(db_path)
    for read in entries:
        action = read["action"]
        if action != "login.read_only" and not action.startswith("read."):
            continue
        details = read.get("after")
        audit.append(
            session,
            str(read.get("operator", "")),
            action,
            str(read.get("entity_type", "")),
            str(read.get("entity_id", "")),
            after={
                **(details if isinstance(details, dict) else {}),
                "time": read.get("time"),
                "machine": read.get("machine"),
                "journalled": True,
            },
        )
    return taken
