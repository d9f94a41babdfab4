"""Reading the audit chain: filtered queries, verification, CSV export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select

from tsdesk.models import AuditEvent
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork, Vault, audit
from tsdesk.vault.atomic import write_atomic


@dataclass(frozen=True)
class AuditFilter:
    operator: str = ""
    action: str = ""  # prefix: "operator" matches operator.add, operator.role …
    entity_type: str = ""
    entity_id: str = ""
    since: date | None = None  # inclusive, UTC dates
    until: date | None = None  # inclusive


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
        q = q.where(AuditEvent.ts >= f.since.isoformat())
    if f.until:
        q = q.where(AuditEvent.ts < (f.until + timedelta(days=1)).isoformat())
    return q


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
        writer.writerow([getattr(event, c) for c in CSV_HEADER])
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
        from datetime import UTC

        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
