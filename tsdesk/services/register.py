"""The secret register core: what a secret record holds, its rules, and finding it again.

Rules are defined once here and used by the GUI, the CLI and the Excel import alike:
`check_input` returns every problem of a record (so an import can report row by row), and
`propose` refuses a record that has any. The lifecycle (`TRANSITIONS`) is one table: 拟定 →
已确定 → 已解密 / 已销毁 / 作废, and every move that changes what is protected — 定密, a
change of grade or term, 解密 — takes a second operator's approval (four eyes) and leaves an
`Approval` row that prints as its form. Nothing is ever hard-deleted.
Sources: 003 §3.3, §5.3, §6, §8; 000 §5.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    case,
    column,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from tsdesk.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    Problem,
    ValidationError,
    raise_first,
)
from tsdesk.models import (
    Approval,
    ApprovalKind,
    Category,
    DeclassifyReason,
    Department,
    Grade,
    Person,
    Review,
    ReviewOutcome,
    Secret,
    SecretPoint,
    SecretStatus,
    SecretStorage,
    StorageKind,
    TermKind,
)
from tsdesk.models.base import utcnow
from tsdesk.services import audit_text, reminders, settings
from tsdesk.services.approvals import check_approver
from tsdesk.services.audit_text import Labels
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import Actor, UnitOfWork, audit

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
        pattern = settings.get(uow.vault, "secret_number_pattern")
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
    conn.execute(insert(Secret.__table__), rows)
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


def update(uow: UnitOfWork, secret_id: int, inp: SecretInput) -> None:
    """Edit what a secret says. Grade and term of a confirmed secret change only by approval."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.EDIT)
    if secret.status == SecretStatus.CONFIRMED and (
        inp.grade_id != secret.grade_id
        or inp.term_kind != secret.term_kind
        or (inp.term_until if inp.term_kind == TermKind.UNTIL_DATE else None) != secret.term_until
        or (inp.term_event.strip() if inp.term_kind == TermKind.UNTIL_EVENT else "")
        != secret.term_event
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已确定的商业秘密变更等级或期限须经审批"))
    inp.number = secret.number
    raise_first(check_input(uow.session, inp, secret_id=secret_id))
    before = snapshot(secret)
    _apply(secret, inp)
    uow.session.flush()
    index(uow.session, secret)
    uow.record("secret.update", "secret", secret.id, before=before, after=snapshot(secret))


def get(session: Session, secret_id: int) -> Secret:
    secret = session.get(Secret, secret_id)
    if secret is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))
    return secret


def by_number(session: Session, number: str) -> Secret:
    secret = session.scalar(select(Secret).where(Secret.number == number.strip()))
    if secret is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的商业秘密"), number=number
        )
    return secret


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


# --- lifecycle -------------------------------------------------------------------------------


class Move(enum.StrEnum):
    """What may happen to a secret; `TRANSITIONS` says from which status."""

    EDIT = "edit"
    CONFIRM = "confirm"  # 定密 (003 §6.2.2, §8.1.3)
    CHANGE = "change"  # 变更等级或期限 (003 §8.1.3)
    REVIEW = "review"  # 定期审查 (003 §5.3, §6.2.4)
    DECLASSIFY = "declassify"  # 解密 (003 §6.3)
    VOID = "void"  # 作废: a record entered in error
    DESTROY = "destroy"  # 已销毁: set by the destruction module (003 §7.4)


_PROPOSED, _CONFIRMED = SecretStatus.PROPOSED, SecretStatus.CONFIRMED
LIVE_STATUSES = frozenset({_PROPOSED, _CONFIRMED})  # the others are final

# The lifecycle, defined once: move -> (statuses it may start from, status it leads to or None
# for "unchanged", what the user is told when the status does not allow it).
TRANSITIONS: dict[Move, tuple[frozenset[SecretStatus], SecretStatus | None, str]] = {
    Move.EDIT: (
        LIVE_STATUSES,
        None,
        QT_TRANSLATE_NOOP("errors", "已结束的商业秘密不能再修改"),
    ),
    Move.CONFIRM: (
        frozenset({_PROPOSED}),
        _CONFIRMED,
        QT_TRANSLATE_NOOP("errors", "只有拟定状态的商业秘密可以定密"),
    ),
    Move.CHANGE: (
        frozenset({_CONFIRMED}),
        None,
        QT_TRANSLATE_NOOP("errors", "只有已确定的商业秘密需经审批变更等级或期限；拟定的可直接编辑"),
    ),
    Move.REVIEW: (
        frozenset({_CONFIRMED}),
        None,
        QT_TRANSLATE_NOOP("errors", "只有已确定的商业秘密需要定期审查"),
    ),
    Move.DECLASSIFY: (
        frozenset({_CONFIRMED}),
        SecretStatus.DECLASSIFIED,
        QT_TRANSLATE_NOOP("errors", "只有已确定的商业秘密可以解密"),
    ),
    Move.VOID: (
        LIVE_STATUSES,
        SecretStatus.VOID,
        QT_TRANSLATE_NOOP("errors", "只有拟定或已确定的商业秘密可以作废"),
    ),
    Move.DESTROY: (
        frozenset({_CONFIRMED}),
        SecretStatus.DESTROYED,
        QT_TRANSLATE_NOOP("errors", "只有已确定的商业秘密可以登记为已销毁"),
    ),
}


def allowed_moves(status: SecretStatus) -> set[Move]:
    """What the UI may offer for a secret in this status."""
    return {move for move, (sources, _, _) in TRANSITIONS.items() if status in sources}


def _check_move(secret: Secret, move: Move) -> None:
    sources, _, refused = TRANSITIONS[move]
    if secret.status not in sources:
        raise ValidationError(refused)


def _do_move(secret: Secret, move: Move) -> None:
    _check_move(secret, move)
    target = TRANSITIONS[move][1]
    if target is not None:
        secret.status = target


def _approval(
    uow: UnitOfWork, secret: Secret, kind: ApprovalKind, approver: Actor, details: dict
) -> int:
    row = Approval(
        secret_id=secret.id,
        kind=kind,
        requested_by=uow.actor.name,
        approved_by=approver.name,
        approved_at=utcnow(),
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str),
    )
    uow.session.add(row)
    uow.session.flush()
    return row.id


def _grade_and_term(session: Session, secret: Secret) -> dict:
    """What an approval form shows of the grade and the term (names, not ids)."""
    grade = session.get(Grade, secret.grade_id)
    return {
        "grade_id": secret.grade_id,
        "grade": grade.name if grade else "",
        "term_kind": secret.term_kind.value,
        "term_until": str(secret.term_until or ""),
        "term_event": secret.term_event,
        "term": term_text(secret.term_kind, secret.term_until, secret.term_event),
    }


def confirm_problems(secret: Secret) -> list[Problem]:
    """What must hold before 定密 (the UI asks before it calls an approver over)."""
    problems: list[Problem] = []
    # 003 §6.2.1 a–b: the two constitutive conditions the register records in words
    # (c, the measures, is drafted from the data on the form and the detail sheet).
    if not secret.not_public_basis.strip():
        problems.append(
            Problem(
                "not_public_basis",
                QT_TRANSLATE_NOOP("errors", "定密前须写明该信息不为公众所知悉的依据"),
            )
        )
    if not (secret.value_description or secret.value_estimate or secret.rd_cost).strip():
        problems.append(
            Problem(
                "value_description",
                QT_TRANSLATE_NOOP("errors", "定密前须写明该信息的商业价值"),
            )
        )
    if not secret.points:
        # 003 §3.3, §6.2.2: the secret points are the scope of the right.
        problems.append(
            Problem("points", QT_TRANSLATE_NOOP("errors", "定密前须至少列明一个秘密点"))
        )
    if not secret.exclusions_confirmed:
        # 003 §6.1.3 a–d
        problems.append(
            Problem(
                "exclusions_confirmed",
                QT_TRANSLATE_NOOP(
                    "errors", "定密前须逐项确认该信息不属于不应作为商业秘密的情形（a–d）"
                ),
            )
        )
    if secret.category == Category.SOFTWARE:
        held = data_conditions(secret)
        if not all(held.get(key) for key in DATA_CONDITION_LABELS):
            # 003 §6.4 a–c
            problems.append(
                Problem(
                    "data_conditions",
                    QT_TRANSLATE_NOOP(
                        "errors", "数据、算法及代码类商业秘密须满足 a–c 三项条件后方可定密"
                    ),
                )
            )
    return problems


def confirm(uow: UnitOfWork, secret_id: int, approver: Actor, note: str = "") -> int:
    """定密: a proposed secret becomes confirmed, approved by someone other than its
    proposer. Returns the Approval id (商业秘密确定审批表)."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.CONFIRM)
    check_approver(uow, approver)
    if approver.name == secret.proposed_by:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "定密须由拟定人以外的审批人批准"))
    raise_first(confirm_problems(secret))
    before = snapshot(secret)
    _do_move(secret, Move.CONFIRM)
    today = date.today()
    secret.confirmed_by = approver.name
    secret.confirmed_at = utcnow()
    grade = uow.session.get(Grade, secret.grade_id)
    secret.next_review = _add_months(today, grade.review_interval_months)  # 003 §5.3
    approval_id = _approval(
        uow,
        secret,
        ApprovalKind.CONFIRM,
        approver,
        {**_grade_and_term(uow.session, secret), "note": note.strip()},
    )
    uow.record(
        "secret.confirm",
        "secret",
        secret.id,
        before=before,
        after={**snapshot(secret), "approved_by": approver.name, "approval_id": approval_id},
    )
    return approval_id


def change_problems(
    session: Session,
    secret: Secret,
    grade_id: int,
    term_kind: TermKind,
    term_until: date | None = None,
    term_event: str = "",
    reason: str = "",
) -> list[Problem]:
    """Why a grade/term change cannot be asked for; empty when it can."""
    sources, _, refused = TRANSITIONS[Move.CHANGE]
    if secret.status not in sources:
        return [Problem("status", refused)]
    problems = _grade_problems(session, grade_id) + _term_problems(
        term_kind, term_until, term_event
    )
    if problems:
        return problems
    same_term = (
        term_kind == secret.term_kind
        and (term_until if term_kind == TermKind.UNTIL_DATE else None) == secret.term_until
        and (term_event.strip() if term_kind == TermKind.UNTIL_EVENT else "") == secret.term_event
    )
    if grade_id == secret.grade_id and same_term:
        return [Problem("grade_id", QT_TRANSLATE_NOOP("errors", "等级和期限均未改变"))]
    if not reason.strip():
        return [Problem("reason", QT_TRANSLATE_NOOP("errors", "须说明变更理由"))]
    return []


def change_grade_term(
    uow: UnitOfWork,
    secret_id: int,
    approver: Actor,
    *,
    grade_id: int,
    term_kind: TermKind,
    term_until: date | None = None,
    term_event: str = "",
    reason: str = "",
) -> int:
    """变更: a confirmed secret's grade and/or term, approved (003 §8.1.3). The review clock
    restarts from the approval with the new grade's interval. Returns the Approval id."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.CHANGE)
    check_approver(uow, approver)
    raise_first(
        change_problems(uow.session, secret, grade_id, term_kind, term_until, term_event, reason)
    )
    before, old = snapshot(secret), _grade_and_term(uow.session, secret)
    secret.grade_id = grade_id
    _apply_term(secret, term_kind, term_until, term_event)
    grade = uow.session.get(Grade, grade_id)
    secret.next_review = _add_months(date.today(), grade.review_interval_months)
    uow.session.flush()
    new = _grade_and_term(uow.session, secret)
    approval_id = _approval(
        uow,
        secret,
        ApprovalKind.CHANGE,
        approver,
        {"before": old, "after": new, "reason": reason.strip()},
    )
    uow.record(
        "secret.change",
        "secret",
        secret.id,
        before=before,
        after={**snapshot(secret), "approved_by": approver.name, "approval_id": approval_id},
    )
    return approval_id


def declassify_problems(
    secret: Secret,
    reason: DeclassifyReason | None,
    words: str,
    on: date | None = None,
) -> list[Problem]:
    sources, _, refused = TRANSITIONS[Move.DECLASSIFY]
    if secret.status not in sources:
        return [Problem("status", refused)]
    problems: list[Problem] = []
    if not isinstance(reason, DeclassifyReason):
        problems.append(Problem("reason", QT_TRANSLATE_NOOP("errors", "请选择解密情形")))
    if not words.strip():
        problems.append(Problem("words", QT_TRANSLATE_NOOP("errors", "须写明解密的具体理由")))
    on = on or date.today()
    if on > date.today():
        problems.append(Problem("on", QT_TRANSLATE_NOOP("errors", "解密日期不能晚于今天")))
    elif secret.confirmed_at is not None and on < secret.confirmed_at.date():
        problems.append(Problem("on", QT_TRANSLATE_NOOP("errors", "解密日期不能早于定密日期")))
    return problems


def declassify(
    uow: UnitOfWork,
    secret_id: int,
    approver: Actor,
    reason: DeclassifyReason,
    words: str,
    on: date | None = None,
) -> int:
    """解密 (003 §6.3 a/b/c), approved. Returns the Approval id (解密审批表)."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.DECLASSIFY)
    check_approver(uow, approver)
    raise_first(declassify_problems(secret, reason, words, on))
    on = on or date.today()
    before = snapshot(secret)
    _do_move(secret, Move.DECLASSIFY)
    secret.ended_reason = f"{DECLASSIFY_LABELS[reason]}：{words.strip()}"
    secret.ended_on = on
    secret.ended_by = uow.actor.name
    secret.next_review = None
    approval_id = _approval(
        uow,
        secret,
        ApprovalKind.DECLASSIFY,
        approver,
        {
            **_grade_and_term(uow.session, secret),
            "reason": reason.value,
            "reason_label": DECLASSIFY_LABELS[reason],
            "words": words.strip(),
            "on": on.isoformat(),
        },
    )
    uow.record(
        "secret.declassify",
        "secret",
        secret.id,
        before=before,
        after={
            **snapshot(secret),
            "reason": secret.ended_reason,
            "on": on.isoformat(),
            "approved_by": approver.name,
            "approval_id": approval_id,
        },
    )
    return approval_id


def void_needs_approval(secret: Secret) -> bool:
    """Voiding a confirmed secret ends its protection like 解密, so it takes four eyes too."""
    return secret.status == SecretStatus.CONFIRMED


def void(uow: UnitOfWork, secret_id: int, reason: str, approver: Actor | None = None) -> None:
    """作废: a record entered in error. Its number stays taken; the record stays readable."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.VOID)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "须说明作废原因"))
    if void_needs_approval(secret):
        if approver is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "作废已确定的商业秘密须经审批"))
        check_approver(uow, approver)
    before = snapshot(secret)
    _do_move(secret, Move.VOID)
    secret.ended_reason = reason.strip()
    secret.ended_on = date.today()
    secret.ended_by = uow.actor.name
    secret.next_review = None
    after = {**snapshot(secret), "reason": secret.ended_reason}
    if approver is not None:
        after["approved_by"] = approver.name
    uow.record("secret.void", "secret", secret.id, before=before, after=after)


def mark_destroyed(uow: UnitOfWork, secret_id: int, reference: str) -> None:
    """已销毁, for the destruction module: `reference` names its destruction record
    (003 §7.4, §9.6.5)."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.DESTROY)
    if not reference.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "须注明销毁记录"))
    before = snapshot(secret)
    _do_move(secret, Move.DESTROY)
    secret.ended_reason = reference.strip()
    secret.ended_on = date.today()
    secret.ended_by = uow.actor.name
    secret.next_review = None
    uow.record(
        "secret.destroy",
        "secret",
        secret.id,
        before=before,
        after={**snapshot(secret), "reference": secret.ended_reason},
    )


# --- reviews (003 §5.3, §6.2.4) ----------------------------------------------------------------


def review_problems(
    secret: Secret, outcome: ReviewOutcome | None, note: str, reviewed_on: date | None = None
) -> list[Problem]:
    sources, _, refused = TRANSITIONS[Move.REVIEW]
    if secret.status not in sources:
        return [Problem("status", refused)]
    problems: list[Problem] = []
    if not isinstance(outcome, ReviewOutcome):
        problems.append(Problem("outcome", QT_TRANSLATE_NOOP("errors", "请选择审查结论")))
    elif outcome != ReviewOutcome.UNCHANGED and not note.strip():
        problems.append(
            Problem("note", QT_TRANSLATE_NOOP("errors", "结论为变更或解密时须说明理由"))
        )
    if (reviewed_on or date.today()) > date.today():
        problems.append(Problem("reviewed_on", QT_TRANSLATE_NOOP("errors", "审查日期不能晚于今天")))
    return problems


def record_review(
    uow: UnitOfWork,
    secret_id: int,
    outcome: ReviewOutcome,
    note: str = "",
    reviewed_on: date | None = None,
) -> int:
    """Record a periodic review; the next one falls one grade interval later. A conclusion
    of change or declassify is followed by that approval, which the review does not replace."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    raise_first(review_problems(secret, outcome, note, reviewed_on))
    reviewed_on = reviewed_on or date.today()
    grade = uow.session.get(Grade, secret.grade_id)
    next_review = _add_months(reviewed_on, grade.review_interval_months)
    before = {"next_review": str(secret.next_review or "")}
    review = Review(
        secret_id=secret.id,
        reviewed_on=reviewed_on,
        reviewer=uow.actor.name,
        outcome=outcome,
        note=note.strip(),
        next_review=next_review,
    )
    uow.session.add(review)
    secret.next_review = next_review
    uow.session.flush()
    uow.record(
        "secret.review",
        "secret",
        secret.id,
        before=before,
        after={
            "outcome": outcome.value,
            "note": review.note,
            "reviewed_on": reviewed_on.isoformat(),
            "next_review": next_review.isoformat(),
        },
    )
    return review.id


def approvals_of(session: Session, secret_id: int) -> list[Approval]:
    return list(
        session.scalars(
            select(Approval)
            .where(Approval.secret_id == secret_id)
            .order_by(Approval.approved_at, Approval.id)
        )
    )


def reviews_of(session: Session, secret_id: int) -> list[Review]:
    """Newest first."""
    return list(
        session.scalars(
            select(Review)
            .where(Review.secret_id == secret_id)
            .order_by(Review.reviewed_on.desc(), Review.id.desc())
        )
    )


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


# NEXT_REVIEW_RULE: next_review is set while a secret is confirmed — by confirm, moved by a
# review or a change, cleared by every end. "Review due" still tests the status, so a row
# written another way (a bulk import) cannot show up as due while only proposed.
# The columns as "+secret.status" / "+secret.id": the unary plus keeps SQLite from driving
# a query by the unselective status index, or by row-id lookups of every search hit, when
# a date index or the number order is far cheaper.
_STATUS_NO_INDEX = literal_column("+secret.status", Secret.__table__.c.status.type)
_ID_NO_INDEX = literal_column("+secret.id", Integer)


def _review_due_clause(today: date, within_days: int = 0):
    return (_STATUS_NO_INDEX == _CONFIRMED) & (
        Secret.next_review <= today + timedelta(days=within_days)
    )


def _expiring_clause(today: date, days: int):
    """Live secrets whose dated term ends within `days` — or has already ended."""
    # unlikely(): few terms end soon, so SQLite reads them from the term index (which holds
    # the number too) instead of walking the whole number order: 120 ms → 1 ms. Untyped on
    # purpose: typed Boolean, SQLite gets `unlikely(…) = 1`, which hides the range from the
    # index and scans the register (146–319 ms at 100k–300k secrets).
    ends_soon = func.unlikely(Secret.term_until <= today + timedelta(days=days))
    return (
        _STATUS_NO_INDEX.in_(LIVE_STATUSES) & (Secret.term_kind == TermKind.UNTIL_DATE) & ends_soon
    )


def review_due(
    session: Session, *, today: date | None = None, within_days: int = 0
) -> list[Secret]:
    """Confirmed secrets whose review falls due by today (+ within_days), soonest first."""
    q = (
        select(Secret)
        .where(_review_due_clause(today or date.today(), within_days))
        .order_by(Secret.next_review, Secret.id)
    )
    return list(session.scalars(q))


def terms_expiring(session: Session, days: int, *, today: date | None = None) -> list[Secret]:
    """Live secrets whose term ends within `days` days (ended ones included), soonest first."""
    q = (
        select(Secret)
        .where(_expiring_clause(today or date.today(), days))
        .order_by(Secret.term_until, Secret.id)
    )
    return list(session.scalars(q))


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


class SearchSql(NamedTuple):
    sql: str
    params: dict[str, str]
    # Asking the index whether one given row matches is cheap (~25 µs) — except for a
    # one-character prefix, which opens every token beginning with it (~30 ms a row).
    row_check_cheap: bool = True


def search_ids_sql(query: str) -> SearchSql:
    """SQL selecting the ids of secrets matching `query` (for use in an IN clause).

    The trigram table indexes every 3-character window, so MATCH finds any substring of
    3+ characters, Chinese included. Trigrams cannot answer one or two characters; for those
    secret_fts_grams holds every 2-character window as one token (see _grams): two
    characters are one token, one character is a prefix. A short query with a character
    unicode61 does not index (punctuation, "%") falls back to LIKE over the whole table."""
    q = query.strip()
    if len(q) >= 3:
        return SearchSql(
            "SELECT rowid FROM secret_fts WHERE secret_fts MATCH :q",
            {"q": '"' + q.replace('"', '""') + '"'},
        )
    if q.isalnum():
        return SearchSql(
            "SELECT rowid FROM secret_fts_grams WHERE secret_fts_grams MATCH :q",
            {"q": f'"{q}"' if len(q) == 2 else f'"{q}" *'},
            row_check_cheap=len(q) == 2,
        )
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return SearchSql(
        "SELECT rowid FROM secret_fts WHERE (number LIKE :q ESCAPE '\\' OR subject LIKE :q ESCAPE '\\' "
        "OR description LIKE :q ESCAPE '\\' OR points LIKE :q ESCAPE '\\')",
        {"q": like},
    )


def search(session: Session, query: str, limit: int = 200) -> list[int]:
    sql, params, _ = search_ids_sql(query)
    return [row[0] for row in session.execute(text(f"{sql} LIMIT {int(limit)}"), params)]


# --- the register list -----------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterFilter:
    """What the register page filters by; every field left at its default means "all"."""

    grade_id: int | None = None
    category: Category | None = None
    department_id: int | None = None
    status: SecretStatus | None = None
    review_due: bool = False  # confirmed and next review on or before today
    expiring_within_days: int | None = None  # dated term ends within N days (or has ended)
    search: str = ""  # number, subject, description, secret points
    today: date | None = None  # for tests; None: the real today

    @property
    def search_only(self) -> bool:
        """A search and no other filter: the search index alone answers it."""
        return bool(self.search.strip()) and self == RegisterFilter(
            search=self.search, today=self.today
        )


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One line of the register list: plain values, names already joined in."""

    id: int
    number: str
    subject: str
    category: Category
    grade: str
    grade_rank: int
    term_kind: TermKind
    term_until: date | None
    term_event: str
    department: str
    owner: str
    status: SecretStatus
    next_review: date | None


# Sort keys, one per list column. Ties fall back to the id so paging is stable.
SORT_KEYS = (
    "number",
    "subject",
    "category",
    "grade",
    "term",
    "department",
    "owner",
    "status",
    "next_review",
)
_SORT_COLUMNS = {
    "number": Secret.number,
    "subject": Secret.subject,
    "category": Secret.category,
    "grade": Grade.rank,
    # Dated terms by date; long-term and event terms after every date.
    "term": case((Secret.term_kind == TermKind.UNTIL_DATE, Secret.term_until), else_="9999-12-31"),
    "department": Department.name,
    "owner": Person.name,
    "status": Secret.status,
    "next_review": func.coalesce(Secret.next_review, "9999-12-31"),
}


# How a search narrows the list (SQLite cannot guess how many rows a MATCH returns, so
# _search_clause counts them, up to a cap, and picks):
# - up to _FEW_HITS hits: look each hit up by id and sort them (walking the number order
#   for a rare word would read the whole register);
# - more: walk the sort order, testing each id against the list of hits (building that list
#   costs ~0.2 µs a hit);
# - half the register or more, when only the first rows in number order are wanted: walk
#   the number order asking the index about each row (~25 µs a row, but a page is found
#   within 2 × its length; building a list of 100,000 hits takes 20 ms) — unless the
#   question is dear (SearchSql.row_check_cheap).
_FEW_HITS = 500
_PROBE_AT_MOST = 1000  # rows walked with one index question each
# count_secrets leaves a search's hit count here (session.info) for the list that follows
# in the same session; it only steers the plan, so a stale figure costs time, never rows.
_HITS_COUNTED = "register.search_hits"


def _search_clause(session: Session, query: str, first_rows: int | None):
    """The WHERE condition for a search. `first_rows`: how many rows of the number order are
    wanted, when nothing but the search filters them; None if the plan cannot stop early."""
    sql, params, row_check_cheap = search_ids_sql(query)
    register_size = session.scalar(select(func.max(Secret.id))) or 0
    cap = max(_FEW_HITS, register_size // 2)
    hits = session.info.get(_HITS_COUNTED, {}).get(query)  # the page counted them just now
    if hits is None:
        hits = session.scalar(text(f"SELECT count(*) FROM ({sql} LIMIT {cap})"), params)
    if hits < _FEW_HITS:
        return Secret.id.in_(text(sql).bindparams(**params).columns(column("rowid", Integer)))
    walk_is_short = first_rows is not None and 2 * first_rows <= _PROBE_AT_MOST
    if hits >= cap and walk_is_short and row_check_cheap:
        return text(f"EXISTS ({sql} AND rowid = secret.id)").bindparams(**params)
    return _ID_NO_INDEX.in_(text(sql).bindparams(**params).columns(column("rowid", Integer)))


def _where(session: Session, f: RegisterFilter, first_rows: int | None = None) -> list:
    today = f.today or date.today()
    conditions: list = []
    if f.grade_id is not None:
        conditions.append(Secret.grade_id == f.grade_id)
    if f.category is not None:
        conditions.append(Secret.category == f.category)
    if f.department_id is not None:
        conditions.append(Secret.department_id == f.department_id)
    if f.status is not None:
        conditions.append(Secret.status == f.status)
    if f.review_due:
        conditions.append(_review_due_clause(today))
    if f.expiring_within_days is not None:
        conditions.append(_expiring_clause(today, f.expiring_within_days))
    if f.search.strip():
        stops_early = first_rows if f.search_only else None
        conditions.append(_search_clause(session, f.search, stops_early))
    return conditions


def count_secrets(session: Session, f: RegisterFilter) -> int:
    """How many secrets match (cheap: no joins, every filter is on the secret row)."""
    if f.search_only:
        sql, params, _ = search_ids_sql(f.search)  # a search alone: count the index's hits
        hits = session.scalar(text(f"SELECT count(*) FROM ({sql})"), params) or 0
        session.info.setdefault(_HITS_COUNTED, {})[f.search] = hits
        return hits
    return session.scalar(select(func.count(Secret.id)).where(*_where(session, f))) or 0


# The table a sort key needs joined beyond `secret`.
_SORT_JOINS = {"grade": "grade", "department": "department", "owner": "person"}


def _order(sort: str, descending: bool) -> tuple:
    if sort not in _SORT_COLUMNS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "无法按此列排序"))
    key = _SORT_COLUMNS[sort]
    return (key.desc(), Secret.id.desc()) if descending else (key, Secret.id)


def _ids_query(
    session: Session, f: RegisterFilter, sort: str, descending: bool, first_rows: int | None = None
) -> Select:
    """The ids of the filtered list in order: narrow rows sort fast, and only the page's
    ids then get their names joined (a wide 100,000-row sort takes seconds)."""
    q = select(Secret.id).where(*_where(session, f, first_rows if sort == "number" else None))
    joined = _SORT_JOINS.get(sort)
    if joined == "grade":
        q = q.join(Grade, Grade.id == Secret.grade_id)
    elif joined == "department":
        q = q.outerjoin(Department, Department.id == Secret.department_id)
    elif joined == "person":
        q = q.outerjoin(Person, Person.id == Secret.owner_id)
    return q.order_by(*_order(sort, descending))


def _named_rows() -> Select:
    """RegisterRow's columns: the secret with its grade, department and owner names."""
    return (
        select(
            Secret.id,
            Secret.number,
            Secret.subject,
            Secret.category,
            Grade.name,
            Grade.rank,
            Secret.term_kind,
            Secret.term_until,
            Secret.term_event,
            func.coalesce(Department.name, ""),
            func.coalesce(Person.name, ""),
            Secret.status,
            Secret.next_review,
        )
        .join(Grade, Grade.id == Secret.grade_id)
        .outerjoin(Department, Department.id == Secret.department_id)
        .outerjoin(Person, Person.id == Secret.owner_id)
    )


def row(session: Session, secret_id: int) -> RegisterRow:
    """One secret as a list row (names joined in)."""
    found = session.execute(_named_rows().where(Secret.id == secret_id)).first()
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))
    return RegisterRow(*found)


def list_secrets(
    session: Session,
    f: RegisterFilter,
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "number",
    descending: bool = False,
) -> list[RegisterRow]:
    """One page of the filtered register (all of it without `limit`), names joined in."""
    first_rows = None if limit is None else offset + limit
    ids = _ids_query(session, f, sort, descending, first_rows).offset(offset)
    if limit is not None:
        ids = ids.limit(limit)
    q = _named_rows().where(Secret.id.in_(ids.scalar_subquery()))
    q = q.order_by(*_order(sort, descending))
    return [RegisterRow(*r) for r in session.execute(q)]


def row_position(
    session: Session,
    f: RegisterFilter,
    secret_id: int,
    *,
    sort: str = "number",
    descending: bool = False,
) -> int | None:
    """Where a secret sits in the sorted, filtered list (to select it after a change)."""
    for position, row_id in enumerate(session.scalars(_ids_query(session, f, sort, descending))):
        if row_id == secret_id:
            return position
    return None


# --- reminders on the 工作台 ------------------------------------------------------------------


def _register_reminder(
    key: str,
    title: str,
    severity: Severity,
    order: int,
    hint: str = "",
    badge: bool = True,
    **filters,
) -> None:
    f = RegisterFilter(**filters)
    reminders.register(
        Reminder(
            key=key,
            title=title,
            severity=severity,
            # the page's own filter, so the tile's figure is the length of the list it opens
            count=lambda session, today: count_secrets(session, replace(f, today=today)),
            page="register",
            filter={k: v.value if isinstance(v, enum.Enum) else v for k, v in filters.items()},
            hint=hint,
            badge=badge,
            order=order,
        )
    )


_register_reminder(
    "register.proposed",
    QT_TRANSLATE_NOOP("reminders", "拟定事项待定密"),
    Severity.DUE,
    10,
    status=SecretStatus.PROPOSED,
)
_register_reminder(
    "register.review_due",
    QT_TRANSLATE_NOOP("reminders", "审查已到期"),
    Severity.DUE,
    11,
    QT_TRANSLATE_NOOP("reminders", "已确定的商业秘密，下次审查日期已到或已过。"),
    review_due=True,
)
_register_reminder(
    "register.term_ended",
    QT_TRANSLATE_NOOP("reminders", "保密期限已届满"),
    Severity.OVERDUE,
    12,
    expiring_within_days=-1,
)
_register_reminder(
    "register.term_30",
    QT_TRANSLATE_NOOP("reminders", "保密期限 30 天内届满"),
    Severity.DUE,
    13,
    QT_TRANSLATE_NOOP("reminders", "含已届满的；届满前应审查是否延长或解密。"),
    badge=False,  # holds the ended ones, already counted above: no double badge
    expiring_within_days=30,
)
_register_reminder(
    "register.term_90",
    QT_TRANSLATE_NOOP("reminders", "保密期限 90 天内届满"),
    Severity.INFO,
    14,
    QT_TRANSLATE_NOOP("reminders", "含已届满的。"),
    expiring_within_days=90,
)
