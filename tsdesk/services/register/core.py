"""The secret record: its labels, input and rules, proposing it, its term and its search index.

Sources: 003 §3.3, §6; 000 §5."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

from tsdesk.errors import (
    QT_TRANSLATE_NOOP,
    Problem,
    raise_first,
)
from tsdesk.models import (
    ApprovalKind,
    Category,
    DeclassifyReason,
    Department,
    Grade,
    Person,
    ReviewOutcome,
    Secret,
    SecretPoint,
    SecretStatus,
    SecretStorage,
    StorageKind,
    TermKind,
)
from tsdesk.services import audit_text, lookup, settings
from tsdesk.services.audit_text import Labels
from tsdesk.services.lookup import found
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork, audit

SUBJECT_MAX = 200
POINT_MAX = 500
TERM_EVENT_MAX = 200
LOCATION_MAX = 200

# 003 §6.1 / 000 §5 — the labels the UI, the ledger and the import use.
CATEGORY_LABELS: dict[Category, str] = {
    Category.DESIGN: QT_TRANSLATE_NOOP("register", "技术信息—设计信息"),
    Category.SOFTWARE: QT_TRANSLATE_NOOP("register", "技术信息—软件信息"),
    Category.TECH_OTHER: QT_TRANSLATE_NOOP("register", "技术信息—其他技术信息"),
    Category.BUSINESS: QT_TRANSLATE_NOOP("register", "经营信息—经营信息"),
    Category.MANAGEMENT: QT_TRANSLATE_NOOP("register", "经营信息—管理信息"),
    Category.PARTNERS: QT_TRANSLATE_NOOP("register", "经营信息—客户、供应商与合作方信息"),
    Category.FINANCE: QT_TRANSLATE_NOOP("register", "经营信息—财务信息"),
    Category.HUMAN_RESOURCES: QT_TRANSLATE_NOOP("register", "经营信息—人力资源信息"),
    Category.BUSINESS_OTHER: QT_TRANSLATE_NOOP("register", "经营信息—其他经营信息"),
    Category.OTHER: QT_TRANSLATE_NOOP("register", "其他商业信息"),
}
STATUS_LABELS: dict[SecretStatus, str] = {
    SecretStatus.PROPOSED: QT_TRANSLATE_NOOP("register", "拟定"),
    SecretStatus.CONFIRMED: QT_TRANSLATE_NOOP("register", "已确定"),
    SecretStatus.DECLASSIFIED: QT_TRANSLATE_NOOP("register", "已解密"),
    SecretStatus.DESTROYED: QT_TRANSLATE_NOOP("register", "已销毁"),
    SecretStatus.VOID: QT_TRANSLATE_NOOP("register", "作废"),
}
STORAGE_LABELS: dict[StorageKind, str] = {
    StorageKind.LOCAL_SYSTEM: QT_TRANSLATE_NOOP("register", "本地信息系统"),
    StorageKind.CLOUD: QT_TRANSLATE_NOOP("register", "云端存储"),
    StorageKind.HARDWARE: QT_TRANSLATE_NOOP("register", "硬件存储设备"),
    StorageKind.PAPER: QT_TRANSLATE_NOOP("register", "纸质资料"),
}
LONG_TERM_LABEL = QT_TRANSLATE_NOOP("register", "长期")
TERM_KIND_LABELS: dict[TermKind, str] = {
    TermKind.UNTIL_DATE: QT_TRANSLATE_NOOP("register", "至某日"),
    TermKind.LONG_TERM: QT_TRANSLATE_NOOP("register", "长期"),
    TermKind.UNTIL_EVENT: QT_TRANSLATE_NOOP("register", "至某事件发生"),
}
# 003 §6.1.3 a–d: what may not be protected as a trade secret; the proposer confirms none applies.
EXCLUSION_LABELS: dict[str, str] = {
    "a": QT_TRANSLATE_NOOP("register", "a) 不属于公知信息和基础理论"),
    "b": QT_TRANSLATE_NOOP("register", "b) 不属于已申请并公开的专利技术信息"),
    "c": QT_TRANSLATE_NOOP("register", "c) 公众不能通过反向工程等合法途径获得"),
    "d": QT_TRANSLATE_NOOP("register", "d) 不属于法律、法规、规章及司法解释规定的其他情形"),
}
# 003 §6.4 a–c: the extra conditions for data, algorithm and code secrets (category 软件信息).
DATA_CONDITION_LABELS: dict[str, str] = {
    "a": QT_TRANSLATE_NOOP(
        "register", "a) 不为公众所知悉：不含公共数据、开源代码和第三方已公开代码"
    ),
    "b": QT_TRANSLATE_NOOP("register", "b) 具有商业价值，作为较高等级的商业秘密保护"),
    "c": QT_TRANSLATE_NOOP("register", "c) 保密措施能抵御物理及互联网双重风险"),
}
# 003 §6.3 a–c.
DECLASSIFY_LABELS: dict[DeclassifyReason, str] = {
    DeclassifyReason.NO_LONGER_VALUABLE: QT_TRANSLATE_NOOP(
        "register", "a) 因技术进步等因素，已不再具有保护价值"
    ),
    DeclassifyReason.LAWFULLY_PUBLIC: QT_TRANSLATE_NOOP("register", "b) 已被合法公开"),
    DeclassifyReason.COMPANY_DECISION: QT_TRANSLATE_NOOP(
        "register", "c) 企业自主决定不再作为商业秘密予以保护"
    ),
}
REVIEW_OUTCOME_LABELS: dict[ReviewOutcome, str] = {
    ReviewOutcome.UNCHANGED: QT_TRANSLATE_NOOP("register", "维持不变"),
    ReviewOutcome.CHANGE: QT_TRANSLATE_NOOP("register", "需变更等级或期限"),
    ReviewOutcome.DECLASSIFY: QT_TRANSLATE_NOOP("register", "建议解密"),
}
APPROVAL_KIND_LABELS: dict[ApprovalKind, str] = {
    ApprovalKind.CONFIRM: QT_TRANSLATE_NOOP("register", "商业秘密确定审批"),
    ApprovalKind.CHANGE: QT_TRANSLATE_NOOP("register", "商业秘密变更审批"),
    ApprovalKind.DECLASSIFY: QT_TRANSLATE_NOOP("register", "商业秘密解密审批"),
}


# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "secret": QT_TRANSLATE_NOOP("audit", "商业秘密"),
        "secret.propose": QT_TRANSLATE_NOOP("audit", "拟定商业秘密"),
        "secret.update": QT_TRANSLATE_NOOP("audit", "修改商业秘密"),
        "secret.confirm": QT_TRANSLATE_NOOP("audit", "定密"),
        "secret.change": QT_TRANSLATE_NOOP("audit", "变更等级/期限"),
        "secret.declassify": QT_TRANSLATE_NOOP("audit", "解密"),
        "secret.void": QT_TRANSLATE_NOOP("audit", "作废商业秘密"),
        "secret.destroy": QT_TRANSLATE_NOOP("audit", "商业秘密已销毁"),
        "secret.review": QT_TRANSLATE_NOOP("audit", "记录审查"),
        "print.ledger": QT_TRANSLATE_NOOP("audit", "打印台账"),
        "print.base_form": QT_TRANSLATE_NOOP("audit", "打印基地申报表"),
        "print.detail": QT_TRANSLATE_NOOP("audit", "打印详情单"),
        "print.approval": QT_TRANSLATE_NOOP("audit", "打印审批表"),
    },
    entities={
        "secret": QT_TRANSLATE_NOOP("audit", "商业秘密"),
    },
    fields={
        "number": QT_TRANSLATE_NOOP("audit", "编号"),
        "subject": QT_TRANSLATE_NOOP("audit", "名称"),
        "category": QT_TRANSLATE_NOOP("audit", "类别"),
        "grade_id": QT_TRANSLATE_NOOP("audit", "保密等级"),
        "term": QT_TRANSLATE_NOOP("audit", "保密期限"),
        "department_id": QT_TRANSLATE_NOOP("audit", "主责部门"),
        "owner_id": QT_TRANSLATE_NOOP("audit", "责任人"),
        "scope": QT_TRANSLATE_NOOP("audit", "保密范围"),
        "concealed": QT_TRANSLATE_NOOP("audit", "隐密"),
        "status": QT_TRANSLATE_NOOP("audit", "状态"),
        "points": QT_TRANSLATE_NOOP("audit", "秘密点"),
        "storages": QT_TRANSLATE_NOOP("audit", "存放位置"),
        "approved_by": QT_TRANSLATE_NOOP("audit", "审批人"),
        "reason": QT_TRANSLATE_NOOP("audit", "原因"),
        "on": QT_TRANSLATE_NOOP("audit", "日期"),
        "reference": QT_TRANSLATE_NOOP("audit", "销毁记录"),
        "outcome": QT_TRANSLATE_NOOP("audit", "审查结论"),
        "reviewed_on": QT_TRANSLATE_NOOP("audit", "审查日期"),
        "next_review": QT_TRANSLATE_NOOP("audit", "下次审查"),
        "count": QT_TRANSLATE_NOOP("audit", "数量"),
    },
    values={
        "category": ("register", CATEGORY_LABELS),
        "status": ("register", STATUS_LABELS),
        "outcome": ("register", REVIEW_OUTCOME_LABELS),
        "kind": ("register", APPROVAL_KIND_LABELS),
    },
    refs={
        "grade_id": "grade",
        "department_id": "department",
        "owner_id": "person",
        "approved_by": "login",
    },
    formats={
        "term": lambda v, tr: _term_words(v, tr),
        "storages": lambda v, tr: _storage_words(v, tr),
    },
    quiet=frozenset({"approval_id"}),
)


@dataclass
class SecretInput:
    """A secret as entered (dialog) or read (import). Ids refer to existing rows."""

    subject: str
    category: Category
    grade_id: int
    term_kind: TermKind
    term_until: date | None = None
    term_event: str = ""
    description: str = ""
    points: list[str] = field(default_factory=list)
    department_id: int | None = None
    owner_id: int | None = None
    scope: str = ""
    storages: list[tuple[StorageKind, str]] = field(default_factory=list)
    note: str = ""
    not_public_basis: str = ""
    value_description: str = ""
    value_estimate: str = ""
    rd_cost: str = ""
    exclusions_confirmed: bool = False
    # 隐密 (004 第十条（四）): the secret's very existence is kept confidential.
    concealed: bool = False
    data_conditions: dict[str, bool] = field(default_factory=dict)
    number: str | None = None  # an imported ledger keeps its own numbers


def _grade_problems(session: Session, grade_id: int | None) -> list[Problem]:
    grade = session.get(Grade, grade_id) if grade_id else None
    if grade is None or not grade.active:
        return [Problem("grade_id", QT_TRANSLATE_NOOP("errors", "保密等级无效"))]
    return []


def _term_problems(kind: TermKind, until: date | None, event: str) -> list[Problem]:
    """The term rules, shared by the editor, the import and the change approval."""
    if not isinstance(kind, TermKind):
        return [Problem("term_kind", QT_TRANSLATE_NOOP("errors", "保密期限类型无效"))]
    if kind == TermKind.UNTIL_DATE and until is None:
        return [
            Problem("term_until", QT_TRANSLATE_NOOP("errors", "保密期限为日期时须填写截止日期"))
        ]
    if kind == TermKind.UNTIL_EVENT:
        if not event.strip():
            return [
                Problem("term_event", QT_TRANSLATE_NOOP("errors", "保密期限为事件时须写明事件"))
            ]
        if len(event.strip()) > TERM_EVENT_MAX:
            return [
                Problem(
                    "term_event", QT_TRANSLATE_NOOP("errors", "期限事件过长（最多 200 个字符）")
                )
            ]
    return []


def check_input(
    session: Session, inp: SecretInput, *, secret_id: int | None = None
) -> list[Problem]:
    """Every problem of a record; empty when it may be stored."""
    problems: list[Problem] = []

    def bad(name: str, message: str) -> None:
        problems.append(Problem(name, message))

    if not inp.subject.strip():
        bad("subject", QT_TRANSLATE_NOOP("errors", "秘密主题不能为空"))
    elif len(inp.subject.strip()) > SUBJECT_MAX:
        bad("subject", QT_TRANSLATE_NOOP("errors", "秘密主题过长（最多 200 个字符）"))
    if not isinstance(inp.category, Category):
        bad("category", QT_TRANSLATE_NOOP("errors", "类别无效"))
    problems += _grade_problems(session, inp.grade_id)
    problems += _term_problems(inp.term_kind, inp.term_until, inp.term_event)
    if any(not p.strip() for p in inp.points):
        bad("points", QT_TRANSLATE_NOOP("errors", "秘密点不能为空行"))
    if any(len(p) > POINT_MAX for p in inp.points):
        bad("points", QT_TRANSLATE_NOOP("errors", "秘密点过长（每条最多 500 个字符）"))
    if any(not isinstance(kind, StorageKind) for kind, _ in inp.storages):
        bad("storages", QT_TRANSLATE_NOOP("errors", "存储方式无效"))
    elif any(len(loc.strip()) > LOCATION_MAX for _, loc in inp.storages):
        bad("storages", QT_TRANSLATE_NOOP("errors", "存储位置过长（最多 200 个字符）"))
    if inp.department_id is not None and session.get(Department, inp.department_id) is None:
        bad("department_id", QT_TRANSLATE_NOOP("errors", "主责部门不存在"))
    if inp.owner_id is not None and session.get(Person, inp.owner_id) is None:
        bad("owner_id", QT_TRANSLATE_NOOP("errors", "责任人不存在"))
    if inp.number is not None:
        if not inp.number.strip():
            bad("number", QT_TRANSLATE_NOOP("errors", "编号不能为空"))
        else:
            taken = session.scalar(select(Secret.id).where(Secret.number == inp.number.strip()))
            if taken is not None and taken != secret_id:
                bad("number", QT_TRANSLATE_NOOP("errors", "编号已被使用"))
    return problems


def grade_by_name(session: Session, name: str) -> Grade | None:
    return session.scalar(select(Grade).where(Grade.name == name.strip()))


def grades(session: Session, *, active_only: bool = True) -> list[Grade]:
    q = select(Grade).order_by(Grade.rank)
    if active_only:
        q = q.where(Grade.active.is_(True))
    return list(session.scalars(q))


def default_term(grade: Grade, start: date) -> tuple[TermKind, date | None]:
    """A grade's default term from `start` (None years: 长期)."""
    if grade.default_term_years is None:
        return TermKind.LONG_TERM, None
    try:
        return TermKind.UNTIL_DATE, start.replace(year=start.year + grade.default_term_years)
    except ValueError:  # 29 February
        return TermKind.UNTIL_DATE, start.replace(
            year=start.year + grade.default_term_years, day=28
        )


def _term_columns(kind: TermKind, until: date | None, event: str) -> dict[str, Any]:
    return {
        "term_kind": kind,
        "term_until": until if kind == TermKind.UNTIL_DATE else None,
        "term_event": event.strip() if kind == TermKind.UNTIL_EVENT else "",
    }


def _columns(inp: SecretInput) -> dict[str, Any]:
    """The secret row's own columns for `inp`: what propose, update and insert_many store."""
    return {
        "subject": inp.subject.strip(),
        "description": inp.description.strip(),
        "category": inp.category,
        "grade_id": inp.grade_id,
        **_term_columns(inp.term_kind, inp.term_until, inp.term_event),
        "department_id": inp.department_id,
        "owner_id": inp.owner_id,
        "scope": inp.scope.strip(),
        "note": inp.note.strip(),
        "not_public_basis": inp.not_public_basis.strip(),
        "value_description": inp.value_description.strip(),
        "value_estimate": inp.value_estimate.strip(),
        "rd_cost": inp.rd_cost.strip(),
        "exclusions_confirmed": inp.exclusions_confirmed,
        "concealed": inp.concealed,
        "data_conditions": json.dumps(inp.data_conditions, sort_keys=True),
    }


def _point_texts(inp: SecretInput) -> list[str]:
    return [t.strip() for t in inp.points]


def _places(inp: SecretInput) -> list[tuple[StorageKind, str]]:
    return [(StorageKind(k), loc.strip()) for k, loc in inp.storages]


def _set(secret: Secret, columns: dict[str, Any]) -> None:
    for name, value in columns.items():
        setattr(secret, name, value)


def _apply(secret: Secret, inp: SecretInput) -> None:
    _set(secret, _columns(inp))
    secret.points = [SecretPoint(position=i, text=t) for i, t in enumerate(_point_texts(inp), 1)]
    secret.storages = [SecretStorage(kind=k, location=loc) for k, loc in _places(inp)]


def _apply_term(secret: Secret, kind: TermKind, until: date | None, event: str) -> None:
    _set(secret, _term_columns(kind, until, event))


def input_of(secret: Secret) -> SecretInput:
    """The record as an editable input (the editor starts from it)."""
    return SecretInput(
        subject=secret.subject,
        category=secret.category,
        grade_id=secret.grade_id,
        term_kind=secret.term_kind,
        term_until=secret.term_until,
        term_event=secret.term_event,
        description=secret.description,
        points=[p.text for p in secret.points],
        department_id=secret.department_id,
        owner_id=secret.owner_id,
        scope=secret.scope,
        storages=[(s.kind, s.location) for s in secret.storages],
        note=secret.note,
        not_public_basis=secret.not_public_basis,
        value_description=secret.value_description,
        value_estimate=secret.value_estimate,
        rd_cost=secret.rd_cost,
        exclusions_confirmed=secret.exclusions_confirmed,
        concealed=secret.concealed,
        data_conditions=data_conditions(secret),
        number=secret.number,
    )


def data_conditions(secret: Secret) -> dict[str, bool]:
    try:
        value = json.loads(secret.data_conditions or "{}")
    except ValueError:
        return {}
    return {k: bool(v) for k, v in value.items()} if isinstance(value, dict) else {}


def snapshot(secret: Secret) -> dict:
    """What the audit chain records of a secret (before/after values)."""
    return _snapshot(
        partial(getattr, secret),
        [p.text for p in secret.points],
        [(s.kind, s.location) for s in secret.storages],
    )


def _snapshot(
    column: Callable[[str], Any], points: list[str], storages: list[tuple[StorageKind, str]]
) -> dict:
    """`snapshot` of a record or of a row about to be inserted (`column(name)` reads it)."""
    return {
        "number": column("number"),
        "subject": column("subject"),
        "category": column("category").value,
        "grade_id": column("grade_id"),
        "term": [
            column("term_kind").value,
            str(column("term_until") or ""),
            column("term_event"),
        ],
        "department_id": column("department_id"),
        "owner_id": column("owner_id"),
        "scope": column("scope"),
        "concealed": bool(column("concealed")),
        "status": column("status").value,
        "points": points,
        "storages": [[kind.value, place] for kind, place in storages],
    }


def _term_words(term: list, translate) -> str:
    """A snapshot's term [kind, until, event] as the register shows it."""
    kind, until, event = (list(term) + ["", "", ""])[:3]
    if kind == TermKind.LONG_TERM.value:
        return translate("register", LONG_TERM_LABEL)
    return until or event or "—"


def _storage_words(storages: list, translate) -> str:
    by_raw = {k.value: v for k, v in STORAGE_LABELS.items()}
    return translate("audit", audit_text.LIST_SEP).join(
        f"{translate('register', by_raw[k]) if k in by_raw else k} {place}".strip()
        for k, place in storages
    )


def propose(uow: UnitOfWork, inp: SecretInput) -> int:
    """Register a proposed secret (拟定); it becomes confirmed only through approval."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    raise_first(check_input(session, inp))
    if inp.number is not None:
        number = inp.number.strip()
    else:
        pattern = settings.get(uow.session, "secret_number_pattern")
        number = next_number(
            uow,
            "secret",
            pattern,
            lambda n: session.scalar(select(Secret.id).where(Secret.number == n)) is not None,
        )
    secret = Secret(number=number, status=SecretStatus.PROPOSED, proposed_by=uow.actor.name)
    _apply(secret, inp)
    secret.next_review = None  # the review clock starts at 定密 (see NEXT_REVIEW_RULE)
    session.add(secret)
    session.flush()
    index(session, secret)
    uow.record("secret.propose", "secret", secret.id, after=snapshot(secret))
    return secret.id


def insert_many(uow: UnitOfWork, batch: Sequence[tuple[SecretInput, str]]) -> None:
    """`propose` for many checked inputs at once, each with its number (a bulk import):
    the same rows, search index and audit events, written as a few executemany.

    The caller has checked every input (`check_input`) and the EDIT_DATA permission."""
    # Core inserts on the tables: the ORM's bulk path costs several times more per row.
    conn = uow.session.connection()
    rows = [
        {
            **_columns(inp),
            "number": number,
            "status": SecretStatus.PROPOSED,
            "proposed_by": uow.actor.name,
            "next_review": None,  # the review clock starts at 定密 (see NEXT_REVIEW_RULE)
        }
        for inp, number in batch
    ]
    # Ids given here: SQLite answers RETURNING for an ordered executemany one row at a time.
    # Inside this write transaction nobody else can add a secret, so max(id)+1… are free
    # (ids are rowids without AUTOINCREMENT: the same numbers SQLite would hand out).
    first = (conn.exec_driver_sql("SELECT max(id) FROM secret").scalar() or 0) + 1
    for secret_id, row in enumerate(rows, first):
        row["id"] = secret_id
    # cast: the declarative base types `__table__` as a FromClause; a mapped class's is a Table.
    conn.execute(insert(cast(Table, Secret.__table__)), rows)
    points, storages, fts, events = [], [], [], []
    for row, (inp, _) in zip(rows, batch, strict=True):
        secret_id, texts, places = row["id"], _point_texts(inp), _places(inp)
        points += [(secret_id, i, t) for i, t in enumerate(texts, 1)]
        storages += [(secret_id, kind.value, place) for kind, place in places]
        fts.append((secret_id, row["number"], row["subject"], row["description"], texts))
        after = _snapshot(row.__getitem__, texts, places)
        events.append(audit.NewEvent("secret.propose", "secret", secret_id, after=after))
    if points:
        conn.exec_driver_sql(
            "INSERT INTO secret_point (secret_id, position, text) VALUES (?, ?, ?)", points
        )
    if storages:
        conn.exec_driver_sql(
            "INSERT INTO secret_storage (secret_id, kind, location) VALUES (?, ?, ?)", storages
        )
    index_many(conn, fts)
    audit.append_many(uow.session, uow.actor.name, events)


def get(session: Session, secret_id: int) -> Secret:
    return found(session.get(Secret, secret_id), QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))


def by_number(session: Session, number: str) -> Secret:
    return lookup.by_number(
        session, Secret, number, QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的商业秘密")
    )


def _add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


add_months = _add_months


_PROPOSED, _CONFIRMED = SecretStatus.PROPOSED, SecretStatus.CONFIRMED
LIVE_STATUSES = frozenset({_PROPOSED, _CONFIRMED})  # the others are final


# --- terms ------------------------------------------------------------------------------------


def term_text(kind: TermKind, until: date | None, event: str) -> str:
    """保密期限 as the ledger and the export write it: a date, 长期, or the event's words."""
    if kind == TermKind.UNTIL_DATE and until is not None:
        return until.isoformat()
    if kind == TermKind.UNTIL_EVENT:
        return event
    return LONG_TERM_LABEL


def time_left(kind: TermKind, until: date | None, today: date | None = None) -> int | None:
    """Days until the term ends (negative: ended that many days ago); None without a date."""
    if kind != TermKind.UNTIL_DATE or until is None:
        return None
    return (until - (today or date.today())).days


def is_expired(kind: TermKind, until: date | None, today: date | None = None) -> bool:
    left = time_left(kind, until, today)
    return left is not None and left < 0


# --- full-text search ------------------------------------------------------------------------


def index(session: Session, secret: Secret) -> None:
    """Keep both search tables in step with the record (rowid = secret.id)."""
    fields = {
        "number": secret.number,
        "subject": secret.subject,
        "description": secret.description,
        "points": "\n".join(p.text for p in secret.points),
    }
    session.execute(text("DELETE FROM secret_fts WHERE rowid = :id"), {"id": secret.id})
    session.execute(
        text(
            "INSERT INTO secret_fts(rowid, number, subject, description, points) "
            "VALUES (:id, :number, :subject, :description, :points)"
        ),
        {"id": secret.id, **fields},
    )
    session.execute(text("DELETE FROM secret_fts_grams WHERE rowid = :id"), {"id": secret.id})
    session.execute(
        text("INSERT INTO secret_fts_grams(rowid, body) VALUES (:id, :body)"),
        {"id": secret.id, "body": _grams("\n".join(fields.values()))},
    )


def index_many(connection: Connection, entries: Iterable[tuple[int, str, str, str, list[str]]]):
    """`index` for many new secrets at once (a bulk import): entries are (id, number,
    subject, description, point texts); two driver-level inserts, no deletes."""
    fts, grams = [], []
    for secret_id, number, subject, description, points in entries:
        joined = "\n".join(points)
        fts.append((secret_id, number, subject, description, joined))
        grams.append((secret_id, _grams("\n".join((number, subject, description, joined)))))
    if fts:
        connection.exec_driver_sql(
            "INSERT INTO secret_fts(rowid, number, subject, description, points) "
            "VALUES (?, ?, ?, ?, ?)",
            fts,
        )
        connection.exec_driver_sql("INSERT INTO secret_fts_grams(rowid, body) VALUES (?, ?)", grams)


def _grams(value: str) -> str:
    """The tokens of secret_fts_grams (unicode61 splits on spaces): every two-character
    window of each whitespace-free run, and the run's last character. Every substring of
    two characters is then one token, and every single character begins one."""
    tokens: list[str] = []
    for run in value.split():
        tokens += [run[i : i + 2] for i in range(len(run) - 1)]
        tokens.append(run[-1])
    return " ".join(tokens)
