"""The audit chain in words: for each event the business number of its object, the action
and only the fields that changed, with field names and values as a person reads them.

Pure Python (no Qt): the caller passes `translate(context, text)` — QCoreApplication.translate
in the UI, `plain` elsewhere. Each module declares its own labels next to its code as
`AUDIT_LABELS = Labels(...)` (actions, entity types, field names, value labels, which fields
hold ids of people, areas …); the capabilities name those modules. Ids are resolved in bulk, one
query per kind for a whole page of events.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from tsdesk import capabilities
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import (
    Agreement,
    Area,
    AuditEvent,
    Carrier,
    Department,
    Designation,
    Grade,
    IncidentCase,
    Operator,
    Party,
    Person,
    Secret,
)

Translate = Callable[[str, str], str]
CONTEXT = "audit"  # actions, entity types and field names are translated in this context
# How the words are put together (translated like the labels).
LIST_SEP = QT_TRANSLATE_NOOP("audit", "、")
CHANGE_SEP = QT_TRANSLATE_NOOP("audit", "；")
CHANGED = QT_TRANSLATE_NOOP("audit", "{field}：{before} → {after}")
SET = QT_TRANSLATE_NOOP("audit", "{field}：{value}")
YES = QT_TRANSLATE_NOOP("audit", "是")
NO = QT_TRANSLATE_NOOP("audit", "否")


def plain(context: str, text: str) -> str:
    """The Chinese source text itself (no translation loaded)."""
    return text


@dataclass(frozen=True, eq=False)  # hashed by identity: cached per set of declarations
class Labels:
    """What one module records, in words (strings marked QT_TRANSLATE_NOOP("audit", …))."""

    actions: Mapping[str, str] = field(default_factory=dict)
    entities: Mapping[str, str] = field(default_factory=dict)
    fields: Mapping[str, str] = field(default_factory=dict)
    # field → (translation context, {raw value or enum member: label})
    values: Mapping[str, tuple[str, Mapping[Any, str]]] = field(default_factory=dict)
    # field → kind of id it holds (a key of RESOLVERS): shown as the number or name
    refs: Mapping[str, str] = field(default_factory=dict)
    # field → formatter(value, translate) for a compound value (a secret's term)
    formats: Mapping[str, Callable[[Any, Translate], str]] = field(default_factory=dict)
    # fields that are internal row ids, not worth words
    quiet: frozenset[str] = frozenset()


# Events recorded below the services (vault, login, the window's lock).
AUDIT_LABELS = Labels(
    actions={
        "vault": QT_TRANSLATE_NOOP("audit", "数据库"),
        "vault.create": QT_TRANSLATE_NOOP("audit", "创建数据库"),
        "vault.rekey": QT_TRANSLATE_NOOP("audit", "更换数据密钥"),
        "vault.stale_lock_cleared": QT_TRANSLATE_NOOP("audit", "清除失效的占用锁"),
        "vault.banner_restored": QT_TRANSLATE_NOOP("audit", "恢复被改动的登录页抬头"),
        "vault.head_mismatch": QT_TRANSLATE_NOOP("audit", "审计链与密钥槽文件记录的链头不符"),
        "login": QT_TRANSLATE_NOOP("audit", "登录"),
        "login.failed": QT_TRANSLATE_NOOP("audit", "登录失败"),
        "login.read_only": QT_TRANSLATE_NOOP("audit", "只读登录"),
        # reads through the command line (cli.record_read)
        "read.register": QT_TRANSLATE_NOOP("audit", "查看商业秘密清单"),
        "read.secret": QT_TRANSLATE_NOOP("audit", "查看商业秘密"),
        "read.carriers": QT_TRANSLATE_NOOP("audit", "查看载体清单"),
        "read.carrier": QT_TRANSLATE_NOOP("audit", "查看载体"),
        "read.audit": QT_TRANSLATE_NOOP("audit", "查看审计记录"),
        "read.operators": QT_TRANSLATE_NOOP("audit", "查看操作员"),
        "read.label_log": QT_TRANSLATE_NOOP("audit", "查看标识打印记录"),
        "lock": QT_TRANSLATE_NOOP("audit", "锁定窗口"),
        "print": QT_TRANSLATE_NOOP("audit", "打印"),
        "print.recovery_sheet": QT_TRANSLATE_NOOP("audit", "打印恢复密钥单"),
    },
    entities={"vault": QT_TRANSLATE_NOOP("audit", "数据库")},
    fields={
        "time": QT_TRANSLATE_NOOP("audit", "时间"),
        "machine": QT_TRANSLATE_NOOP("audit", "计算机"),
        "reason": QT_TRANSLATE_NOOP("audit", "原因"),
        "number": QT_TRANSLATE_NOOP("audit", "编号"),
        "name": QT_TRANSLATE_NOOP("audit", "名称"),
        "note": QT_TRANSLATE_NOOP("audit", "备注"),
        "on": QT_TRANSLATE_NOOP("audit", "日期"),
        "file": QT_TRANSLATE_NOOP("audit", "文件"),
        "rows": QT_TRANSLATE_NOOP("audit", "条数"),
        "seq": QT_TRANSLATE_NOOP("audit", "事件序号"),
        "hash": QT_TRANSLATE_NOOP("audit", "哈希"),
    },
    values={
        "reason": (
            "audit",
            {
                "password": QT_TRANSLATE_NOOP("audit", "密码错误"),
                "recovery key": QT_TRANSLATE_NOOP("audit", "恢复密钥错误"),
            },
        )
    },
)


def declared() -> tuple[Labels, ...]:
    """The labels of every service module a capability names (tsdesk/capabilities)."""
    return _declared(capabilities.declared())


@cache
def _declared(_: tuple[capabilities.Capability, ...]) -> tuple[Labels, ...]:
    modules = (capabilities.resolve(name) for name in capabilities.each(lambda c: c.services))
    return tuple(m.AUDIT_LABELS for m in modules if hasattr(m, "AUDIT_LABELS"))


def _merged(kind: str) -> dict[str, Any]:
    return _merged_of(declared(), kind)


@cache
def _merged_of(every: tuple[Labels, ...], kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for labels in every:
        out.update(getattr(labels, kind))
    return out


def _owner(action: str) -> Labels | None:
    """The module that declares this action (its field labels win over the others')."""
    return _owners(declared()).get(action)


@cache
def _owners(every: tuple[Labels, ...]) -> dict[str, Labels]:
    return {action: labels for labels in reversed(every) for action in labels.actions}


def action_codes() -> dict[str, str]:
    """Every declared action code and its (untranslated) label."""
    return dict(_merged("actions"))


def action_label(action: str, translate: Translate = plain) -> str:
    label = _merged("actions").get(action)
    return translate(CONTEXT, label) if label else action


def entity_label(entity_type: str, translate: Translate = plain) -> str:
    label = _merged("entities").get(entity_type)
    return translate(CONTEXT, label) if label else entity_type


def _lookup(action: str, kind: str, key: str) -> Any:
    """The action's own module's word first, then the house's general one ("name" is 名称
    unless the module says 姓名), then any module's: never an accident of module order."""
    for labels in (_owner(action), AUDIT_LABELS):
        if labels is not None and key in getattr(labels, kind):
            return getattr(labels, kind)[key]
    return _merged(kind).get(key)


# --- resolving ids to numbers and names, in bulk ----------------------------------------------


def _ids(values: Iterable[Any]) -> list[int]:
    return [int(v) for v in values if str(v).isdigit()]


# A person or operator with their staff number or login (translated: the brackets differ).
NAMED = QT_TRANSLATE_NOOP("audit", "{name}（{code}）")
Resolver = Callable[[Session, set[Any], Translate], dict[str, str]]


def _named(name: str, code: str, tr: Translate) -> str:
    return tr(CONTEXT, NAMED).format(name=name, code=code) if name else code


def _by_id(model, text: Callable[[Any, Translate], str]) -> Resolver:
    def resolve(session: Session, keys: set[Any], tr: Translate) -> dict[str, str]:
        ids = _ids(keys)
        if not ids:
            return {}
        rows = session.scalars(select(model).where(model.id.in_(ids)))
        return {str(row.id): text(row, tr) for row in rows}

    return resolve


def _operators_by_name(session: Session, keys: set[Any], tr: Translate) -> dict[str, str]:
    names = [str(k) for k in keys if k]
    if not names:
        return {}
    rows = session.scalars(select(Operator).where(Operator.name.in_(names)))
    return {row.name: _named(row.display_name, row.name, tr) for row in rows}


RESOLVERS: dict[str, Resolver] = {
    "secret": _by_id(Secret, lambda r, tr: r.number),
    "carrier": _by_id(Carrier, lambda r, tr: r.number),
    "area": _by_id(Area, lambda r, tr: f"{r.number} {r.name}"),
    "person": _by_id(Person, lambda r, tr: _named(r.name, r.number, tr)),
    "department": _by_id(Department, lambda r, tr: r.name),
    "grade": _by_id(Grade, lambda r, tr: r.name),
    "designation": _by_id(Designation, lambda r, tr: r.name),
    "operator": _by_id(Operator, lambda r, tr: _named(r.display_name, r.name, tr)),
    "agreement": _by_id(Agreement, lambda r, tr: r.number),
    "party": _by_id(Party, lambda r, tr: r.name),
    "incident_case": _by_id(IncidentCase, lambda r, tr: r.number),
    "login": _operators_by_name,  # an operator by login name
}
# An event's object, by entity type, when it is one of the kinds above.
ENTITY_KINDS = {k: k for k in RESOLVERS if k != "login"}


@dataclass(frozen=True)
class Described:
    operator: str  # who, by name
    action: str  # what, in words
    entity: str  # the kind of object, in words
    number: str  # the object's business number or name
    changes: str  # only what changed, in words


def _load(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # a tampered row: describe what is stored


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


class _Page:
    """The ids a page of events mentions, resolved with one query per kind."""

    def __init__(self, session: Session, events: Sequence[AuditEvent], tr: Translate) -> None:
        wanted: dict[str, set[Any]] = {"login": set()}
        for e in events:
            wanted["login"].add(e.operator)
            if e.entity_type in ENTITY_KINDS:
                wanted.setdefault(ENTITY_KINDS[e.entity_type], set()).add(e.entity_id)
            for side in (_load(e.before), _load(e.after)):
                if not isinstance(side, dict):
                    continue
                for key, value in side.items():
                    kind = _lookup(e.action, "refs", key)
                    if kind:
                        items = value if isinstance(value, list) else [value]
                        wanted.setdefault(kind, set()).update(v for v in items if v is not None)
        self.names = {kind: RESOLVERS[kind](session, keys, tr) for kind, keys in wanted.items()}

    def name(self, kind: str, key: Any) -> str | None:
        return self.names.get(kind, {}).get(str(key))


_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d)?")


def _local(moment: str) -> str:
    when = datetime.fromisoformat(moment)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value(action: str, key: str, value: Any, page: _Page, tr: Translate) -> str:
    if _empty(value):
        return "—"
    formatter = _lookup(action, "formats", key)
    if formatter is not None:
        return formatter(value, tr)
    kind = _lookup(action, "refs", key)
    if kind:
        items = value if isinstance(value, list) else [value]
        return tr(CONTEXT, LIST_SEP).join(page.name(kind, v) or f"#{v}" for v in items)
    labels = _lookup(action, "values", key)
    if labels is not None:
        context, table = labels
        by_raw = {getattr(k, "value", k): v for k, v in table.items()}
        if isinstance(value, list):
            return tr(CONTEXT, LIST_SEP).join(
                tr(context, by_raw[v]) if v in by_raw else str(v) for v in value
            )
        if value in by_raw:
            return tr(context, by_raw[value])
    if isinstance(value, bool):
        return tr(CONTEXT, YES if value else NO)
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return _short(tr(CONTEXT, LIST_SEP).join(str(v) for v in value))
    if isinstance(value, str) and _MOMENT.fullmatch(value):
        return _local(value)  # a moment (UTC) as the operator's local time
    if isinstance(value, str):
        return _short(value)
    return _short(json.dumps(value, ensure_ascii=False))


def _field(action: str, key: str, tr: Translate) -> str:
    label = _lookup(action, "fields", key)
    return tr(CONTEXT, label) if label else key


def _quiet(action: str, key: str) -> bool:
    owner = _owner(action)
    return owner is not None and key in owner.quiet


def changes(event: AuditEvent, page: _Page, tr: Translate) -> str:
    """Only what changed: 'field: before → after' for an edit, 'field: value' for what an
    event adds (a new record shows its filled-in fields)."""
    before, after = _load(event.before), _load(event.after)
    a = event.action
    if not isinstance(before, dict | None) or not isinstance(after, dict | None):
        if before is None:
            return _short(str(after))
        return f"{_short(str(before))} → {_short(str(after))}"
    before, after = before or {}, after or {}
    parts = []
    for key in [*after, *(k for k in before if k not in after)]:
        if _quiet(a, key):
            continue
        if key in before and key in after:
            if before[key] == after[key]:
                continue
            parts.append(
                tr(CONTEXT, CHANGED).format(
                    field=_field(a, key, tr),
                    before=_value(a, key, before[key], page, tr),
                    after=_value(a, key, after[key], page, tr),
                )
            )
        elif key in after:
            if _empty(after[key]):
                continue
            parts.append(
                tr(CONTEXT, SET).format(
                    field=_field(a, key, tr), value=_value(a, key, after[key], page, tr)
                )
            )
        elif not _empty(before[key]):
            parts.append(
                tr(CONTEXT, CHANGED).format(
                    field=_field(a, key, tr),
                    before=_value(a, key, before[key], page, tr),
                    after="—",
                )
            )
    return tr(CONTEXT, CHANGE_SEP).join(parts)


NO_NUMBER = frozenset({"vault", "company_profile"})  # one of a kind: nothing to number


def _number(event: AuditEvent, page: _Page) -> str:
    if event.entity_type in NO_NUMBER:
        return ""
    kind = ENTITY_KINDS.get(event.entity_type)
    found = page.name(kind, event.entity_id) if kind else None
    if found:
        return found
    # Gone since (a removed designation) or not a table row: what the event itself names.
    for side in (_load(event.after), _load(event.before)):
        if isinstance(side, dict):
            for key in ("number", "name"):
                if isinstance(side.get(key), str) and side[key]:
                    return side[key]
    return event.entity_id


def describe(
    session: Session, events: Sequence[AuditEvent], translate: Translate = plain
) -> list[Described]:
    """The events in words, in the same order; one query per kind of id for the whole page."""
    page = _Page(session, events, translate)
    return [
        Described(
            operator=page.name("login", e.operator) or e.operator,
            action=action_label(e.action, translate),
            entity=entity_label(e.entity_type, translate),
            number=_number(e, page),
            changes=changes(e, page, translate),
        )
        for e in events
    ]


# --- searching by words ------------------------------------------------------------------------


def matching_codes(
    text: str, translate: Translate = plain
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Action codes and raw values whose words contain `text` (in the current language or
    the Chinese source), so that a search for '已销毁' finds `"status":"destroyed"`."""
    needle = text.strip().casefold()
    if not needle:
        return (), ()

    def hit(label: str, context: str) -> bool:
        return needle in label.casefold() or needle in translate(context, label).casefold()

    actions = tuple(
        sorted(code for code, label in _merged("actions").items() if hit(label, CONTEXT))
    )
    raw: set[str] = set()
    for labels in declared():
        for context, table in labels.values.values():
            raw.update(str(getattr(k, "value", k)) for k, v in table.items() if hit(v, context))
    # one-letter codes ("a" for a seal reason) would match half the chain
    return actions, tuple(sorted(r for r in raw if len(r) > 2))


def searchable_entities() -> dict[str, Any]:
    """entity type → (model, columns) whose text a search matches, by the entity's id
    (indexed: `ix_audit_event_entity`)."""
    return {
        "secret": (Secret, (Secret.number, Secret.subject)),
        "carrier": (Carrier, (Carrier.number, Carrier.title)),
        "area": (Area, (Area.number, Area.name)),
        "person": (Person, (Person.number, Person.name)),
        "operator": (Operator, (Operator.name, Operator.display_name)),
    }


def id_text(model) -> Any:
    return cast(model.id, String)
