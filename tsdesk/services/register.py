"""The secret register core: what a secret record holds, its rules, and finding it again.

Rules are defined once here and used by the GUI, the CLI and the Excel import alike:
`check_input` returns every problem of a record (so an import can report row by row), and
`propose` refuses a record that has any. Sources: 003 §5.3, §6, §8; 000 §5.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    Category,
    Department,
    Grade,
    Person,
    Secret,
    SecretPoint,
    SecretStatus,
    SecretStorage,
    StorageKind,
    TermKind,
)
from tsdesk.services import settings
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

SUBJECT_MAX = 200
POINT_MAX = 500

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


@dataclass(frozen=True)
class Problem:
    field: str  # a SecretInput attribute
    message: str  # translatable template (context "errors")


def check_input(
    session: Session, inp: SecretInput, *, secret_id: int | None = None
) -> list[Problem]:
    """Every problem of a record; empty when it may be stored."""
    problems: list[Problem] = []

    def bad(name: str, message: str) -> None:
        problems.append(Problem(name, message))

    if not inp.subject.strip():
        bad("subject", QT_TRANSLATE_NOOP("errors", "秘密主题不能为空"))
    elif len(inp.subject) > SUBJECT_MAX:
        bad("subject", QT_TRANSLATE_NOOP("errors", "秘密主题过长（最多 200 个字符）"))
    if not isinstance(inp.category, Category):
        bad("category", QT_TRANSLATE_NOOP("errors", "类别无效"))
    grade = session.get(Grade, inp.grade_id) if inp.grade_id else None
    if grade is None or not grade.active:
        bad("grade_id", QT_TRANSLATE_NOOP("errors", "保密等级无效"))
    if inp.term_kind == TermKind.UNTIL_DATE and inp.term_until is None:
        bad("term_until", QT_TRANSLATE_NOOP("errors", "保密期限为日期时须填写截止日期"))
    if inp.term_kind == TermKind.UNTIL_EVENT and not inp.term_event.strip():
        bad("term_event", QT_TRANSLATE_NOOP("errors", "保密期限为事件时须写明事件"))
    if any(not p.strip() for p in inp.points):
        bad("points", QT_TRANSLATE_NOOP("errors", "秘密点不能为空行"))
    if any(len(p) > POINT_MAX for p in inp.points):
        bad("points", QT_TRANSLATE_NOOP("errors", "秘密点过长（每条最多 500 个字符）"))
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


def _raise_first(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems[0].message)


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


def _apply(secret: Secret, inp: SecretInput) -> None:
    secret.subject = inp.subject.strip()
    secret.description = inp.description.strip()
    secret.category = inp.category
    secret.grade_id = inp.grade_id
    secret.term_kind = inp.term_kind
    secret.term_until = inp.term_until if inp.term_kind == TermKind.UNTIL_DATE else None
    secret.term_event = inp.term_event.strip() if inp.term_kind == TermKind.UNTIL_EVENT else ""
    secret.department_id = inp.department_id
    secret.owner_id = inp.owner_id
    secret.scope = inp.scope.strip()
    secret.note = inp.note.strip()
    secret.not_public_basis = inp.not_public_basis.strip()
    secret.value_description = inp.value_description.strip()
    secret.value_estimate = inp.value_estimate.strip()
    secret.rd_cost = inp.rd_cost.strip()
    secret.exclusions_confirmed = inp.exclusions_confirmed
    secret.data_conditions = json.dumps(inp.data_conditions, sort_keys=True)
    secret.points = [SecretPoint(position=i, text=t.strip()) for i, t in enumerate(inp.points, 1)]
    secret.storages = [
        SecretStorage(kind=StorageKind(k), location=loc.strip()) for k, loc in inp.storages
    ]


def snapshot(secret: Secret) -> dict:
    """What the audit chain records of a secret (before/after values)."""
    return {
        "number": secret.number,
        "subject": secret.subject,
        "category": secret.category.value,
        "grade_id": secret.grade_id,
        "term": [secret.term_kind.value, str(secret.term_until or ""), secret.term_event],
        "department_id": secret.department_id,
        "owner_id": secret.owner_id,
        "scope": secret.scope,
        "status": secret.status.value,
        "points": [p.text for p in secret.points],
        "storages": [[s.kind.value, s.location] for s in secret.storages],
    }


def propose(uow: UnitOfWork, inp: SecretInput) -> int:
    """Register a proposed secret (拟定); it becomes confirmed only through approval."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    _raise_first(check_input(session, inp))
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
    grade = session.get(Grade, inp.grade_id)
    secret.next_review = _add_months(date.today(), grade.review_interval_months)
    session.add(secret)
    session.flush()
    index(session, secret)
    uow.record("secret.propose", "secret", secret.id, after=snapshot(secret))
    return secret.id


def update(uow: UnitOfWork, secret_id: int, inp: SecretInput) -> None:
    """Edit what a secret says. Grade and term of a confirmed secret change only by approval."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    if secret.status not in (SecretStatus.PROPOSED, SecretStatus.CONFIRMED):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已结束的商业秘密不能再修改"))
    if secret.status == SecretStatus.CONFIRMED and (
        inp.grade_id != secret.grade_id
        or inp.term_kind != secret.term_kind
        or (inp.term_until if inp.term_kind == TermKind.UNTIL_DATE else None) != secret.term_until
        or (inp.term_event.strip() if inp.term_kind == TermKind.UNTIL_EVENT else "")
        != secret.term_event
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已确定的商业秘密变更等级或期限须经审批"))
    inp.number = secret.number
    _raise_first(check_input(uow.session, inp, secret_id=secret_id))
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


# --- full-text search ------------------------------------------------------------------------


def index(session: Session, secret: Secret) -> None:
    """Keep secret_fts in step with the record (rowid = secret.id)."""
    session.execute(text("DELETE FROM secret_fts WHERE rowid = :id"), {"id": secret.id})
    session.execute(
        text(
            "INSERT INTO secret_fts(rowid, number, subject, description, points) "
            "VALUES (:id, :number, :subject, :description, :points)"
        ),
        {
            "id": secret.id,
            "number": secret.number,
            "subject": secret.subject,
            "description": secret.description,
            "points": "\n".join(p.text for p in secret.points),
        },
    )


def search_ids_sql(query: str) -> tuple[str, dict[str, str]]:
    """SQL selecting the ids of secrets matching `query` (for use in an IN clause).

    The trigram tokenizer indexes every 3-character window, so MATCH finds any substring of
    3+ characters, Chinese included. One- and two-character queries cannot use trigrams and
    fall back to LIKE over the same table."""
    q = query.strip()
    if len(q) >= 3:
        return "SELECT rowid FROM secret_fts WHERE secret_fts MATCH :q", {
            "q": '"' + q.replace('"', '""') + '"'
        }
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (
        "SELECT rowid FROM secret_fts WHERE number LIKE :q ESCAPE '\\' OR subject LIKE :q ESCAPE '\\' "
        "OR description LIKE :q ESCAPE '\\' OR points LIKE :q ESCAPE '\\'",
        {"q": like},
    )


def search(session: Session, query: str, limit: int = 200) -> list[int]:
    sql, params = search_ids_sql(query)
    return [row[0] for row in session.execute(text(f"{sql} LIMIT {int(limit)}"), params)]
