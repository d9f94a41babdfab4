"""Reading the audit chain: filtered queries, verification, CSV export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import AuditEvent, Operator
from tsdesk.services import audit_text
from tsdesk.services.audit_text import Described, Labels, Translate, plain
from tsdesk.services.permissions import Permission, require
from tsdesk.services.spreadsheet import neutralise
from tsdesk.vault import UnitOfWork, audit
from tsdesk.vault.atomic import write_atomic

# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "audit": QT_TRANSLATE_NOOP("audit", "审计日志"),
        "audit.export": QT_TRANSLATE_NOOP("audit", "导出审计日志"),
    },
    entities={
        "audit": QT_TRANSLATE_NOOP("audit", "审计日志"),
    },
    fields={
        "filter": QT_TRANSLATE_NOOP("audit", "筛选条件"),
    },
)


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
    # Free text: an object's number or name, an operator, a person, words in the record.
    # `words` are the action codes and raw values whose labels match it (audit_text.search).
    text: str = ""
    words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    before_seq: int = 0  # only events older than this one (paging a search without counting)


def search(text: str, translate: Translate = plain) -> dict[str, object]:
    """The AuditFilter fields for a free-text search in the user's language."""
    return {"text": text.strip(), "words": audit_text.matching_codes(text, translate)}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_match(f: AuditFilter):
    """Objects whose number or name matches are found by id (the entity index); people and
    values named inside a record, by the record's text."""
    like = _like(f.text)
    found: list[ColumnElement[bool]] = [
        AuditEvent.operator.like(like, escape="\\"),
        AuditEvent.before.like(like, escape="\\"),
        AuditEvent.after.like(like, escape="\\"),
    ]
    for entity_type, (model, columns) in audit_text.searchable_entities().items():
        ids = select(audit_text.id_text(model)).where(
            or_(*(c.like(like, escape="\\") for c in columns))
        )
        found.append(and_(AuditEvent.entity_type == entity_type, AuditEvent.entity_id.in_(ids)))
    names = select(Operator.name).where(Operator.display_name.like(like, escape="\\"))
    found.append(AuditEvent.operator.in_(names))
    actions, raw = f.words
    if actions:
        found.append(AuditEvent.action.in_(actions))
    for value in raw:
        quoted = _like(f'"{value}"')
        found.append(AuditEvent.after.like(quoted, escape="\\"))
    return or_(*found)


def _query(f: AuditFilter) -> Select:
    q = select(AuditEvent)
    if f.text:
        q = q.where(_text_match(f))
    if f.before_seq:
        q = q.where(AuditEvent.seq < f.before_seq)
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


COUNT_CAP = 1_000  # a text search counts this far: scanning 100k records to say "12,345" is slow


def count(session: Session, f: AuditFilter) -> int:
    """Matching events; with a text search at most COUNT_CAP (then shown as "more than")."""
    q = _query(f).with_only_columns(AuditEvent.seq)
    if f.text:
        q = q.limit(COUNT_CAP)
    return session.execute(select(func.count()).select_from(q.subquery())).scalar_one()


def page(session: Session, f: AuditFilter, offset: int, limit: int) -> list[AuditEvent]:
    """Newest first."""
    q = _query(f).order_by(AuditEvent.seq.desc()).offset(offset).limit(limit)
    return list(session.scalars(q))


def described(
    session: Session, events: list[AuditEvent], translate: Translate = plain
) -> list[Described]:
    """`events` in words (the business number, action, changed fields): one query per kind."""
    return audit_text.describe(session, events, translate)


def distinct_values(session: Session, column: str) -> list[str]:
    col = getattr(AuditEvent, column)
    return [v for v in session.scalars(select(col).distinct().order_by(col)) if v]


def verify(session: Session) -> audit.VerifyResult:
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


# After the language-neutral columns, the same event in words (the exporting user's language).
CSV_WORDS_HEADER = ["object_number", "operator_name", "action_text", "changes_text"]


def export_csv(uow: UnitOfWork, f: AuditFilter, path: Path, translate: Translate = plain) -> int:
    """Write the filtered events (oldest first) as UTF-8 CSV with BOM (Excel opens it); audited.
    Each row has the stored codes and JSON, then the number, action and changes in words."""
    require(uow.actor, Permission.READ_AUDIT)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER + CSV_WORDS_HEADER)
    rows = 0
    events = uow.session.scalars(_query(f).order_by(AuditEvent.seq)).partitions(500)
    for batch in events:
        for event, words in zip(
            batch, audit_text.describe(uow.session, batch, translate), strict=True
        ):
            codes = [getattr(event, c) for c in CSV_HEADER]
            cells = codes + [words.number, words.operator, words.action, words.changes]
            writer.writerow([neutralise(c) for c in cells])
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
    return {k: str(v) for k, v in f.__dict__.items() if v and k != "words"}


def when_local(ts: str) -> str:
    """An event's UTC time shown in local time, to the second."""
    moment = datetime.fromisoformat(ts)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
