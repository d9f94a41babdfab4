"""The audit chain.

Each event's hash is SHA-256 over the previous hash and the canonical JSON of the event, so
changing, removing or reordering any row breaks every link after it. Events are appended in
the same transaction as the change they record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import AuditEvent

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _digest(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


def _body(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "ts": event.ts,
        "operator": event.operator,
        "action": event.action,
        "entity_type": event.entity_type,
        "entity_id": event.entity_id,
        "before": json.loads(event.before),
        "after": json.loads(event.after),
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
    last = head(session)
    event = AuditEvent(
        seq=last.seq + 1,
        ts=ts or datetime.now(UTC).isoformat(timespec="microseconds"),
        operator=operator,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        before=canonical(before),
        after=canonical(after),
        prev_hash=last.hash,
    )
    event.hash = _digest(last.hash, _body(event))
    session.add(event)
    session.flush()
    return event


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
