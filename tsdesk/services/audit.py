"""Reading the audit chain: filtered queries, verification, CSV export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select

from tsdesk.models import AuditEvent
from tsdesk.services.permissions import Permission, require
from tsdesk.services.spreadsheet import neutralise
from tsdesk.vault import UnitOfWork, Vault, audit
from tsdesk.vault.atomic import write_atomic


@dataclass(frozen=True)
class AuditFilter:
    operator: str = ""
    action: str = ""  # prefix: "operator" matches operator.add, operator.role …
    entity_type: str = ""
    entity_id: str = ""
    # A date is a whole UTC day, inclusive at both ends. A datetime is an exact moment:
    # `since` inclusive, `until` exclusive — the UI passes the UTC moments of local midnights,
    # so that "21 November" means the operator's day, not Greenwich's.
    since: date | datetime | None = None
    until: date | datetime | None = None


def _query(f: AuditFilter) -> Select:
    q = select(AuditEvent)
    if f.operator:
        q = q.where(AuditEvent.operator == f.operator)
    if f.action:
        q = q.where(AuditEvent.action.startswith(f.action))
    if f.entity_type:
        q = q.where(AuditEvent.entity_type == f.entity_type)
    if f.entity_id:
        q = q.where(AuditEvent.entity_id == str(f.entity_id))
    if f.since:
        q = q.where(AuditEvent.ts >= _moment(f.since))
    if f.until:
        end = f.until if isinstance(f.until, datetime) else f.until + timedelta(days=1)
        q = q.where(AuditEvent.ts < _moment(end))
    return q


def _moment(value: date | datetime) -> str:
    """The ISO text an event's `ts` compares with (events are stored as UTC ISO-8601)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=UTC).isoformat(timespec="microseconds")
    return value.isoformat()


def count(vault: Vault, f: AuditFilter) -> int:
    with vault.reader() as session:
        return session.scalar(select(func.count()).select_from(_query(f).subquery()))


def page(vault: Vault, f: AuditFilter, offset: int, limit: int) -> list[AuditEvent]:
    """Newest first."""
    with vault.reader() as session:
        q = _query(f).order_by(AuditEvent.seq.desc()).offset(offset).limit(limit)
        return list(session.scalars(q))


def distinct_values(vault: Vault, column: str) -> list[str]:
    col = getattr(AuditEvent, column)
    with vault.reader() as session:
        return [v for v in session.scalars(select(col).distinct().order_by(col)) if v]


def verify(vault: Vault) -> audit.VerifyResult:
    with vault.reader() as session:
        return audit.verify(session)


CSV_HEADER = [
    "seq",
    "ts",
    "operator",
    "action",
    "entity_type",
    "entity_id",
    "before",
    "after",
    "prev_hash",
    "hash",
]


def export_csv(uow: UnitOfWork, f: AuditFilter, path: Path) -> int:
    """Write the filtered events (oldest first) as UTF-8 CSV with BOM (Excel opens it); audited."""
    require(uow.actor, Permission.READ_AUDIT)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    rows = 0
    for event in uow.session.scalars(_query(f).order_by(AuditEvent.seq)):
        writer.writerow([neutralise(getattr(event, c)) for c in CSV_HEADER])
        rows += 1
    uow.record(
        "audit.export",
        "audit",
        "",
        after={"file": Path(path).name, "rows": rows, "filter": _describe(f)},
    )
    write_atomic(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return rows


def _describe(f: AuditFilter) -> dict[str, str]:
    return {k: str(v) for k, v in f.__dict__.items() if v}


def when_local(ts: str) -> str:
    """An event's UTC time shown in local time, to the second."""
    moment = datetime.fromisoformat(ts)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
