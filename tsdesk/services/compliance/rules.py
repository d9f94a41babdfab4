"""The enterprise's own rules (制度) register: what was adopted, revised and repealed, when and
by whom, with the text kept as an attachment (owner kind "rule_document"). 004 第十条（三）（四）
asks for management, duties, grading, emergency and reward/penalty rules; 003 §5 for the
management system they make up. A rule is never deleted: a repealed one stays with its dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import RuleDocument, RuleKind
from tsdesk.services.audit_text import Labels
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

OWNER_KIND = "rule_document"  # attachments: the rule's text (scan or file)
TITLE_MAX, NUMBER_MAX, APPROVED_MAX = 200, 64, 64

KIND_LABELS: dict[RuleKind, str] = {
    RuleKind.MANAGEMENT: QT_TRANSLATE_NOOP("compliance", "商业秘密保护管理制度"),
    RuleKind.DUTIES: QT_TRANSLATE_NOOP("compliance", "机构与岗位职责"),
    RuleKind.GRADING: QT_TRANSLATE_NOOP("compliance", "分级管理制度"),
    RuleKind.EMERGENCY: QT_TRANSLATE_NOOP("compliance", "泄密应急处置预案"),
    RuleKind.REWARD_PENALTY: QT_TRANSLATE_NOOP("compliance", "奖惩制度"),
    RuleKind.CARRIERS: QT_TRANSLATE_NOOP("compliance", "载体与涉密区域管理制度"),
    RuleKind.PEOPLE: QT_TRANSLATE_NOOP("compliance", "涉密人员管理制度"),
    RuleKind.OTHER: QT_TRANSLATE_NOOP("compliance", "其他制度"),
}

AUDIT_LABELS = Labels(
    actions={
        "rule": QT_TRANSLATE_NOOP("audit", "制度"),
        "rule.add": QT_TRANSLATE_NOOP("audit", "登记制度"),
        "rule.revise": QT_TRANSLATE_NOOP("audit", "修订制度"),
        "rule.repeal": QT_TRANSLATE_NOOP("audit", "废止制度"),
    },
    entities={"rule_document": QT_TRANSLATE_NOOP("audit", "制度")},
    fields={
        "title": QT_TRANSLATE_NOOP("audit", "名称"),
        "number": QT_TRANSLATE_NOOP("audit", "文号"),
        "adopted_on": QT_TRANSLATE_NOOP("audit", "发布日期"),
        "revised_on": QT_TRANSLATE_NOOP("audit", "修订日期"),
        "repealed_on": QT_TRANSLATE_NOOP("audit", "废止日期"),
        "approved_by": QT_TRANSLATE_NOOP("audit", "批准人"),
    },
    values={"kind": ("compliance", dict(KIND_LABELS))},
)


@dataclass(frozen=True)
class RuleInput:
    kind: RuleKind
    title: str
    adopted_on: date
    number: str = ""
    approved_by: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class RuleRow:
    id: int
    kind: RuleKind
    title: str
    number: str
    adopted_on: date
    revised_on: date | None
    repealed_on: date | None
    approved_by: str
    note: str

    def in_force(self, on: date) -> bool:
        return self.adopted_on <= on and (self.repealed_on is None or self.repealed_on > on)


def in_force_clause(on: date):
    """The one definition of "in force on a day": adopted by then and not yet repealed."""
    return (RuleDocument.adopted_on <= on) & or_(
        RuleDocument.repealed_on.is_(None), RuleDocument.repealed_on > on
    )


def _row(r: RuleDocument) -> RuleRow:
    return RuleRow(
        r.id,
        r.kind,
        r.title,
        r.number,
        r.adopted_on,
        r.revised_on,
        r.repealed_on,
        r.approved_by,
        r.note,
    )


def list_rules(
    session: Session, *, kind: RuleKind | None = None, in_force_on: date | None = None
) -> list[RuleRow]:
    """Every rule (or those of a kind, or those in force on a day), by kind then date."""
    q = select(RuleDocument).order_by(RuleDocument.kind, RuleDocument.adopted_on, RuleDocument.id)
    if kind is not None:
        q = q.where(RuleDocument.kind == RuleKind(kind))
    if in_force_on is not None:
        q = q.where(in_force_clause(in_force_on))
    return [_row(r) for r in session.scalars(q)]


def in_force(session: Session, kind: RuleKind, on: date) -> list[RuleRow]:
    return list_rules(session, kind=kind, in_force_on=on)


def get_rule(session: Session, rule_id: int) -> RuleRow:
    return _row(_get(session, rule_id))


def _get(session: Session, rule_id: int) -> RuleDocument:
    return found(session.get(RuleDocument, rule_id), QT_TRANSLATE_NOOP("errors", "制度不存在"))


def _check(data: RuleInput) -> None:
    if not data.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写制度名称"), field="title")
    for value, limit, field in (
        (data.title, TITLE_MAX, "title"),
        (data.number, NUMBER_MAX, "number"),
        (data.approved_by, APPROVED_MAX, "approved_by"),
    ):
        if len(value.strip()) > limit:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{field} 过长（最多 {n} 个字符）"), field=field, n=limit
            )


def add_rule(uow: UnitOfWork, data: RuleInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    _check(data)
    row = RuleDocument(
        kind=RuleKind(data.kind),
        title=data.title.strip(),
        number=data.number.strip(),
        adopted_on=data.adopted_on,
        approved_by=data.approved_by.strip(),
        note=data.note.strip(),
        recorded_by=uow.actor.name,
    )
    uow.session.add(row)
    uow.session.flush()
    uow.record(
        "rule.add",
        "rule_document",
        row.id,
        after={
            "kind": row.kind.value,
            "title": row.title,
            "number": row.number,
            "adopted_on": row.adopted_on.isoformat(),
        },
    )
    return row.id


def revise_rule(
    uow: UnitOfWork, rule_id: int, revised_on: date, title: str | None = None, number: str = ""
) -> None:
    """A new version adopted on `revised_on` (its file is attached as a newer attachment)."""
    require(uow.actor, Permission.EDIT_DATA)
    row = _get(uow.session, rule_id)
    if row.repealed_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "制度已废止，不能修订"))
    if revised_on < row.adopted_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "修订日期不能早于发布日期 {date}"),
            date=row.adopted_on.isoformat(),
        )
    before = {"revised_on": row.revised_on.isoformat() if row.revised_on else None}
    after = {"revised_on": revised_on.isoformat()}
    if title is not None and title.strip() and title.strip() != row.title:
        _check(RuleInput(row.kind, title, row.adopted_on, number or row.number))
        before["title"], after["title"] = row.title, title.strip()
        row.title = title.strip()
    if number.strip() and number.strip() != row.number:
        before["number"], after["number"] = row.number, number.strip()
        row.number = number.strip()
    row.revised_on = revised_on
    uow.record("rule.revise", "rule_document", row.id, before=before, after=after)


def repeal_rule(uow: UnitOfWork, rule_id: int, repealed_on: date) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    row = _get(uow.session, rule_id)
    if row.repealed_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "制度已于 {date} 废止"), date=str(row.repealed_on)
        )
    if repealed_on < (row.revised_on or row.adopted_on):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "废止日期不能早于发布或修订日期"))
    row.repealed_on = repealed_on
    uow.record(
        "rule.repeal",
        "rule_document",
        row.id,
        before={"repealed_on": None},
        after={"repealed_on": repealed_on.isoformat()},
    )
