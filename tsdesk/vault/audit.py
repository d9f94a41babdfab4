"""The audit chain.

Each event's hash is SHA-256 over the previous hash and the canonical JSON of the event, so
changing, removing or reordering any row breaks every link after it. Events are appended in
the same transaction as the change they record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import AuditEvent, Setting

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _digest(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


_BODY_FIELDS = ("seq", "ts", "operator", "action", "entity_type", "entity_id", "before", "after")


def _body(event: Any) -> dict[str, Any]:
    """What an event's hash covers, from a stored event (or a row read with its columns) or
    a dict about to be stored."""
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
    count: int  # events checked by this run
    broken_seq: int | None = None
    problem: str = ""
    since: int = 0  # checked from the event after this one (0: the whole chain)
    full_at: str = ""  # when a whole-chain check last passed (UTC ISO), when known

    @property
    def last_seq(self) -> int:
        """The last event this run vouches for (when ok)."""
        return self.since + self.count


# --- where the last verification ended (the incremental check starts there) -------------------
# The marker lives in the encrypted database (`setting`, under a key no setting declares) and is
# signed with the data key, as the slot file's banner is: a row written by hand, or copied from
# another database, fails the signature and the next check verifies the whole chain again.
# A rekey changes the data key, so the old marker fails too (a full check, then a new marker).
MARKER_KEY = "audit.verified"


@dataclass(frozen=True)
class Marker:
    seq: int
    hash: str
    full_at: str  # when a whole-chain check last passed (UTC ISO)


def _marker_mac(data_key: bytes, seq: int, hash_: str, full_at: str) -> str:
    message = f"tsdesk-audit-verified:{seq}:{hash_}:{full_at}".encode()
    return hmac.new(data_key, message, hashlib.sha256).hexdigest()


def read_marker(session: Session, data_key: bytes) -> Marker | None:
    """The signed marker; None when there is none or its signature does not hold."""
    # The value alone: no ORM object to build in the worker thread that runs this.
    value = session.scalar(select(Setting.value).where(Setting.key == MARKER_KEY))
    if value is None:
        return None
    try:
        raw = json.loads(value)
        marker = Marker(int(raw["seq"]), str(raw["hash"]), str(raw["full_at"]))
        mac = str(raw["mac"])
    except (ValueError, KeyError, TypeError):
        return None
    expected = _marker_mac(data_key, marker.seq, marker.hash, marker.full_at)
    return marker if hmac.compare_digest(mac, expected) else None


def write_marker(session: Session, data_key: bytes, marker: Marker) -> None:
    mac = _marker_mac(data_key, marker.seq, marker.hash, marker.full_at)
    value = canonical(
        {"seq": marker.seq, "hash": marker.hash, "full_at": marker.full_at, "mac": mac}
    )
    session.merge(Setting(key=MARKER_KEY, value=value))


def drop_marker(session: Session) -> None:
    row = session.get(Setting, MARKER_KEY)
    if row is not None:
        session.delete(row)


def _fast_digest(prev_hash: str, row: Any) -> str:
    """The digest from the stored JSON texts as they are (they were written canonical): no
    parse and re-dump per event. A mismatch is checked again the slow way (_digest)."""
    text = (
        '{"action":' + canonical(row.action)
        + ',"after":' + row.after
        + ',"before":' + row.before
        + ',"entity_id":' + canonical(row.entity_id)
        + ',"entity_type":' + canonical(row.entity_type)
        + ',"operator":' + canonical(row.operator)
        + ',"seq":' + str(row.seq)
        + ',"ts":' + canonical(row.ts) + "}"
    )  # fmt: skip
    return hashlib.sha256((prev_hash + text).encode("utf-8")).hexdigest()


def _broken_link(event: Any, expected_seq: int, prev: str) -> tuple[str, int] | None:
    """What is wrong with this link (and at which seq), or None."""
    if event.seq != expected_seq:
        return QT_TRANSLATE_NOOP("audit", "序号不连续：缺少此号事件"), expected_seq
    if event.prev_hash != prev:
        return QT_TRANSLATE_NOOP("audit", "前一哈希与上一事件不符"), event.seq
    if _fast_digest(prev, event) == event.hash:
        return None
    try:
        recomputed = _digest(prev, _body(event))
    except ValueError:
        return QT_TRANSLATE_NOOP("audit", "事件内容不是有效的 JSON"), event.seq
    if recomputed != event.hash:
        return QT_TRANSLATE_NOOP("audit", "事件内容已被改动（哈希不符）"), event.seq
    return None


def verify(session: Session, batch: int = 1000, start: Marker | None = None) -> VerifyResult:
    """Recompute the chain; name the first broken link and what is wrong with it. From
    `start` (a marker already checked to be authentic), only the events after it: the event
    at the marker must still carry the marked hash, and the links go on from there."""
    since, prev = (start.seq, start.hash) if start else (0, GENESIS)
    if start is not None and start.seq > 0:
        stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == start.seq))
        if stored != start.hash:
            return VerifyResult(
                False,
                0,
                start.seq,
                QT_TRANSLATE_NOOP("audit", "已校验过的记录被改动或删除（与上次校验结果不符）"),
                since=since,
            )
    expected_seq, count = since + 1, 0
    columns = [getattr(AuditEvent, c) for c in (*_BODY_FIELDS, "prev_hash", "hash")]
    query = (
        select(*columns)
        .where(AuditEvent.seq > since)
        .order_by(AuditEvent.seq)
        .execution_options(yield_per=batch)
    )
    for event in session.execute(query):
        count += 1
        broken = _broken_link(event, expected_seq, prev)
        if broken:
            return VerifyResult(False, count, broken[1], broken[0], since=since)
        prev = event.hash
        expected_seq += 1
    return VerifyResult(True, count, since=since)
