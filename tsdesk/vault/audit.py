"""The audit chain.

Each event's hash is SHA-256 over the previous hash and the canonical JSON of the event, so
changing, removing or reordering any row breaks every link after it. Events are appended in
the same transaction as the change they record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import AuditEvent

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _digest(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


def _body(event: AuditEvent | dict[str, Any]) -> dict[str, Any]:
    """What an event's hash covers, from a stored event or a row about to be stored."""
    stored = event.__getitem__ if isinstance(event, dict) else partial(getattr, event)
    return {
        "seq": stored("seq"),
        "ts": stored("ts"),
        "operator": stored("operator"),
        "action": stored("action"),
        "entity_type": stored("entity_type"),
        "entity_id": stored("entity_id"),
        "before": json.loads(stored("before")),
        "after": json.loads(stored("after")),
    }


@dataclass(frozen=True)
class ChainHead:
    seq: int
    hash: str

    @property
    def short(self) -> str:
        return self.hash[:12]


def head(session: Session) -> ChainHead:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return ChainHead(row.seq, row.hash) if row else ChainHead(0, GENESIS)


class NewEvent(NamedTuple):
    """One event to append: what happened to which entity, its values before and after."""

    action: str
    entity_type: str = ""
    entity_id: str | int = ""
    before: Any = None
    after: Any = None


def _chained(
    last: ChainHead, operator: str, events: Iterable[NewEvent], ts: str | None = None
) -> list[dict[str, Any]]:
    """The stored rows of new events, each hashed onto the one before, after `last`."""
    seq, prev = last.seq, last.hash
    rows = []
    for event in events:
        seq += 1
        row = {
            "seq": seq,
            "ts": ts or datetime.now(UTC).isoformat(timespec="microseconds"),
            "operator": operator,
            "action": event.action,
            "entity_type": event.entity_type,
            "entity_id": str(event.entity_id),
            "before": canonical(event.before),
            "after": canonical(event.after),
            "prev_hash": prev,
        }
        row["hash"] = prev = _digest(prev, _body(row))
        rows.append(row)
    return rows


def append(
    session: Session,
    operator: str,
    action: str,
    entity_type: str = "",
    entity_id: str | int = "",
    before: Any = None,
    after: Any = None,
    ts: str | None = None,
) -> AuditEvent:
    """Append one event; the caller's transaction commits it with the change it records."""
    (row,) = _chained(
        head(session), operator, [NewEvent(action, entity_type, entity_id, before, after)], ts
    )
    event = AuditEvent(**row)
    session.add(event)
    session.flush()
    return event


def append_many(session: Session, operator: str, events: Iterable[NewEvent]) -> int:
    """Append many events at once (a bulk import), in one driver-level executemany: the
    ORM would cost more than the insert. Same chain, same hashes as `append` one by one."""
    rows = _chained(head(session), operator, events)
    if rows:
        names = list(rows[0])
        session.connection().exec_driver_sql(
            f"INSERT INTO {AuditEvent.__tablename__} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))})",
            [tuple(row[n] for n in names) for row in rows],
        )
    return len(rows)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    broken_seq: int | None = None
    problem: str = ""


def verify(session: Session, batch: int = 5000) -> VerifyResult:
    """Recompute the chain; name the first broken link and what is wrong with it."""
    expected_seq, prev = 1, GENESIS
    count = 0
    query = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch)
    for event in session.scalars(query):
        count += 1
        if event.seq != expected_seq:
            return VerifyResult(
                False, count, expected_seq, QT_TRANSLATE_NOOP("audit", "序号不连续：缺少此号事件")
            )
        if event.prev_hash != prev:
            return VerifyResult(
                False, count, event.seq, QT_TRANSLATE_NOOP("audit", "前一哈希与上一事件不符")
            )
        try:
            recomputed = _digest(prev, _body(event))
        except ValueError:
            return VerifyResult(
                False, count, event.seq, QT_TRANSLATE_NOOP("audit", "事件内容不是有效的 JSON")
            )
        if recomputed != event.hash:
            return VerifyResult(
                False, count, event.seq, QT_TRANSLATE_NOOP("audit", "事件内容已被改动（哈希不符）")
            )
        prev = event.hash
        expected_seq += 1
    return VerifyResult(True, count)
