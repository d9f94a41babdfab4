"""Replay: every audited record's current row against what the audit chain says it became.

The chain proves that no event was changed or removed in its middle; it says nothing of a row
changed in the database without an event (raw SQL with the data key). Replay closes that gap
for the records that matter (003 §7.2): for each kind below, the values the events recorded
are folded field by field, newest event last, and compared with the row as the service's own
`snapshot` describes it now. A record with no event at all (a hidden operator added by hand)
and an event's record that no longer exists are reported too.

One pass over the chain (only the events of these kinds, read as two text columns), one query
per kind for the rows: a 100,000-event chain is replayed in a few seconds.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import (
    Agreement,
    Area,
    AuditEvent,
    Carrier,
    CarrierSecret,
    IncidentCase,
    Operator,
    Person,
    Secret,
)

Values = dict[str, Any]


def _last_of_pair(*names: tuple[str, str]) -> Callable[[Values], Values]:
    """Events that record a change as [before, after] under another name (a transfer's
    `custodian`): the after half, under the snapshot's field name."""

    def read(after: Values) -> Values:
        out = {}
        for recorded, column in names:
            pair = after.get(recorded)
            if isinstance(pair, list) and len(pair) == 2:
                out[column] = pair[1]
        return out

    return read


@dataclass(frozen=True)
class Replayed:
    """One kind of record the replay checks."""

    entity_type: str
    load: Callable[[Session], Iterable[Any]]  # every row
    snapshot: Callable[[Session, Any], Values]  # a row as its events record it
    number: Callable[[Any], str]  # the business number shown in a finding
    # Actions (or prefixes ending in ".") whose `after` records this record's own fields;
    # other events on the same entity (a knower granted on a secret) name other things.
    actions: tuple[str, ...]
    # Actions whose `after` needs reading into snapshot fields first.
    readers: Mapping[str, Callable[[Values], Values]] = field(default_factory=dict)
    initial: Values = field(default_factory=dict)  # what a creating event leaves implicit

    def records(self, action: str) -> bool:
        return any(action == a or (a.endswith(".") and action.startswith(a)) for a in self.actions)


def _secret_snapshot(session: Session, row: Secret) -> Values:
    from tsdesk.services.register.core import snapshot

    return snapshot(row)


def _carrier_snapshot(session: Session, row: Carrier) -> Values:
    from tsdesk.services.carriers.core import snapshot

    return snapshot(row, _carrier_secrets(session).get(row.id, []))


_LINKS: dict[int, dict[int, list[int]]] = {}


def _carrier_secrets(session: Session) -> dict[int, list[int]]:
    """All carrier→secret links in one query, kept for the replay under way."""
    key = id(session)
    if key not in _LINKS:
        links: dict[int, list[int]] = {}
        for carrier_id, secret_id in session.execute(
            select(CarrierSecret.carrier_id, CarrierSecret.secret_id)
        ):
            links.setdefault(carrier_id, []).append(secret_id)
        _LINKS.clear()
        _LINKS[key] = links
    return _LINKS[key]


def _person_snapshot(session: Session, row: Person) -> Values:
    from tsdesk.services.people import snapshot

    return snapshot(row)


def _agreement_snapshot(session: Session, row: Agreement) -> Values:
    from tsdesk.services.agreements.core import snapshot

    return snapshot(row, session)


def _area_snapshot(session: Session, row: Area) -> Values:
    from tsdesk.services.areas import snapshot

    return snapshot(row)


def _incident_snapshot(session: Session, row: IncidentCase) -> Values:
    return {
        "number": row.number,
        "title": row.title,
        "level": row.level,
        "status": row.status.value,
    }


def _operator_snapshot(session: Session, row: Operator) -> Values:
    return {"name": row.name, "role": row.role.value, "active": bool(row.active)}


KINDS: tuple[Replayed, ...] = (
    Replayed(
        "secret",
        lambda s: s.scalars(
            select(Secret).options(selectinload(Secret.points), selectinload(Secret.storages))
        ),
        _secret_snapshot,
        lambda r: r.number,
        ("secret.",),
    ),
    Replayed(
        "carrier",
        lambda s: s.scalars(select(Carrier)),
        _carrier_snapshot,
        lambda r: r.number,
        ("carrier.", "movement.", "seal."),
        readers={
            "movement.transfer": _last_of_pair(
                ("custodian", "custodian_id"), ("area", "area_id"), ("location", "location")
            ),
        },
    ),
    Replayed(
        "person",
        lambda s: s.scalars(select(Person)),
        _person_snapshot,
        lambda r: f"{r.number} {r.name}",
        ("person.",),
    ),
    Replayed(
        "agreement",
        lambda s: s.scalars(select(Agreement)),
        _agreement_snapshot,
        lambda r: r.number,
        ("agreement.", "noncompete.start"),
    ),
    Replayed(
        "area",
        lambda s: s.scalars(select(Area)),
        _area_snapshot,
        lambda r: r.number,
        ("area.add", "area.update"),
    ),
    Replayed(
        "incident_case",
        lambda s: s.scalars(select(IncidentCase)),
        _incident_snapshot,
        lambda r: r.number,
        ("incident.open", "incident.grade", "incident.close"),
    ),
    Replayed(
        "operator",
        lambda s: s.scalars(select(Operator)),
        _operator_snapshot,
        lambda r: r.name,
        ("operator.add", "operator.role", "operator.active"),
        initial={"active": True},
    ),
)

# What a finding says, in the "audit" context (translated where shown).
CHANGED = QT_TRANSLATE_NOOP("audit", "数据与审计记录不符")
NO_EVENT = QT_TRANSLATE_NOOP("audit", "记录没有任何审计事件（可能是绕过程序直接写入的）")
GONE = QT_TRANSLATE_NOOP("audit", "审计记录中的对象在数据库里已不存在")


@dataclass(frozen=True)
class Finding:
    entity_type: str
    entity_id: str
    number: str  # the business number (or name) of the record
    problem: str  # one of CHANGED, NO_EVENT, GONE (untranslated)
    field: str = ""
    recorded: Any = None  # the value the newest event recording `field` left
    current: Any = None
    seq: int = 0  # that event

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        tr = translate or (lambda _c, s: s)
        head = f"{self.entity_type} {self.number or self.entity_id}: {tr('audit', self.problem)}"
        if self.problem != CHANGED:
            return head
        recorded, current = _shown(self.recorded), _shown(self.current)
        return f"{head} — {self.field}: #{self.seq} {recorded} → {current}"


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _normal(value: Any) -> Any:
    """Values as the stored JSON has them (dates as text, tuples as lists)."""
    return json.loads(json.dumps(value, default=str))


@dataclass
class ReplayResult:
    findings: list[Finding]
    records: int  # records compared
    events: int  # events read

    @property
    def ok(self) -> bool:
        return not self.findings


def _recorded(session: Session, kind: Replayed) -> tuple[dict[str, tuple[Values, Values]], int]:
    """entity id → (field → newest recorded value, field → seq of that event)."""
    prefixes = [a for a in kind.actions if a.endswith(".")]
    exact = [a for a in kind.actions if not a.endswith(".")]
    query = (
        select(AuditEvent.seq, AuditEvent.entity_id, AuditEvent.action, AuditEvent.after)
        .where(AuditEvent.entity_type == kind.entity_type)
        .where(
            or_(AuditEvent.action.in_(exact), *(AuditEvent.action.startswith(p) for p in prefixes))
        )
        .order_by(AuditEvent.seq)
        .execution_options(yield_per=2000)
    )
    folded: dict[str, tuple[Values, Values]] = {}
    count = 0
    for seq, entity_id, action, after_text in session.execute(query):
        count += 1
        try:
            after = json.loads(after_text)
        except ValueError:
            after = None
        values, seqs = folded.setdefault(entity_id, ({**kind.initial}, {}))
        if not isinstance(after, dict):
            continue
        reader = kind.readers.get(action)
        for name, value in (reader(after) if reader else after).items():
            values[name] = value
            seqs[name] = seq
    return folded, count


def replay(session: Session, kinds: Iterable[Replayed] = KINDS) -> ReplayResult:
    """Compare every record of `kinds` with its events; read-only."""
    findings: list[Finding] = []
    records = events = 0
    _LINKS.clear()
    try:
        for kind in kinds:
            folded, count = _recorded(session, kind)
            events += count
            for row in kind.load(session):
                records += 1
                entity_id = str(row.id)
                number = kind.number(row)
                got = folded.pop(entity_id, None)
                if got is None:
                    findings.append(Finding(kind.entity_type, entity_id, number, NO_EVENT))
                    continue
                values, seqs = got
                current = _normal(kind.snapshot(session, row))
                for name in sorted(current):
                    if name in values and _normal(values[name]) != current[name]:
                        findings.append(
                            Finding(
                                kind.entity_type,
                                entity_id,
                                number,
                                CHANGED,
                                name,
                                values[name],
                                current[name],
                                seqs.get(name, 0),
                            )
                        )
            for entity_id, (values, _) in folded.items():
                number = str(values.get("number") or values.get("name") or "")
                findings.append(Finding(kind.entity_type, entity_id, number, GONE))
    finally:
        _LINKS.clear()
    return ReplayResult(findings, records, events)
