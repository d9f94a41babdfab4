"""年度工作方案 (004 第十条（三）, 第八条（三）): the enterprise's plan for a year as dated items.

An item is ticked by the record that fulfils it — a training session, an inspection done, a
drill, a review of the register — or by hand (publicity, exchange, anything else). Matching
is cheap and explicit: `find_matches` pairs each open item, earliest due first, with the
earliest record of its kind held in the item's year that no other item claims; `apply_matches`
stores the pairing (fulfilled_type / fulfilled_id, done_on), audited. Pages and the CLI call
it when they list the programme. Open items past their due day are a 工作台 reminder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
    Drill,
    Inspection,
    ProgrammeItem,
    ProgrammeKind,
    Review,
    TrainingSession,
)
from tsdesk.services import reminders
from tsdesk.services.audit_text import Labels
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import UnitOfWork

TITLE_MAX = 200

KIND_LABELS: dict[ProgrammeKind, str] = {
    ProgrammeKind.TRAINING: QT_TRANSLATE_NOOP("compliance", "培训"),
    ProgrammeKind.PUBLICITY: QT_TRANSLATE_NOOP("compliance", "宣传"),
    ProgrammeKind.EXCHANGE: QT_TRANSLATE_NOOP("compliance", "研讨交流、考察学习"),
    ProgrammeKind.INSPECTION: QT_TRANSLATE_NOOP("compliance", "保密检查"),
    ProgrammeKind.DRILL: QT_TRANSLATE_NOOP("compliance", "应急演练"),
    ProgrammeKind.REGISTER_REVIEW: QT_TRANSLATE_NOOP("compliance", "清单复核"),
    ProgrammeKind.OTHER: QT_TRANSLATE_NOOP("compliance", "其他"),
}

# kind → (fulfilled_type, the record's id column, its date column)
_FULFILLERS: dict[ProgrammeKind, tuple[str, Any, Any]] = {
    ProgrammeKind.TRAINING: ("training_session", TrainingSession.id, TrainingSession.held_on),
    ProgrammeKind.INSPECTION: ("inspection", Inspection.id, Inspection.done_on),
    ProgrammeKind.DRILL: ("drill", Drill.id, Drill.held_on),
    ProgrammeKind.REGISTER_REVIEW: ("review", Review.id, Review.reviewed_on),
}
BY_HAND = frozenset(set(ProgrammeKind) - set(_FULFILLERS))

FULFILLED_LABELS: dict[str, str] = {
    "training_session": QT_TRANSLATE_NOOP("compliance", "培训记录"),
    "inspection": QT_TRANSLATE_NOOP("compliance", "检查记录"),
    "drill": QT_TRANSLATE_NOOP("compliance", "演练记录"),
    "review": QT_TRANSLATE_NOOP("compliance", "清单复核记录"),
    "": QT_TRANSLATE_NOOP("compliance", "手工确认"),
}

AUDIT_LABELS = Labels(
    actions={
        "programme": QT_TRANSLATE_NOOP("audit", "年度工作方案"),
        "programme.add": QT_TRANSLATE_NOOP("audit", "新增工作方案事项"),
        "programme.done": QT_TRANSLATE_NOOP("audit", "工作方案事项完成"),
        "programme.fulfil": QT_TRANSLATE_NOOP("audit", "工作方案事项由记录完成"),
    },
    entities={"programme_item": QT_TRANSLATE_NOOP("audit", "工作方案事项")},
    fields={
        "due_on": QT_TRANSLATE_NOOP("audit", "计划日期"),
        "done_on": QT_TRANSLATE_NOOP("audit", "完成日期"),
        "fulfilled_type": QT_TRANSLATE_NOOP("audit", "完成依据"),
        "fulfilled_id": QT_TRANSLATE_NOOP("audit", "依据记录"),
    },
    values={
        "kind": ("compliance", dict(KIND_LABELS)),
        "fulfilled_type": ("compliance", dict(FULFILLED_LABELS)),
    },
)


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: int
    year: int
    kind: ProgrammeKind
    title: str
    due_on: date
    done_on: date | None
    fulfilled_type: str
    fulfilled_id: int | None
    note: str

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today


def _row(r: ProgrammeItem) -> ItemRow:
    return ItemRow(
        r.id, r.year, r.kind, r.title, r.due_on, r.done_on, r.fulfilled_type, r.fulfilled_id, r.note
    )


def list_items(session: Session, year: int) -> list[ItemRow]:
    q = (
        select(ProgrammeItem)
        .where(ProgrammeItem.year == year)
        .order_by(ProgrammeItem.due_on, ProgrammeItem.id)
    )
    return [_row(r) for r in session.scalars(q)]


def _get(session: Session, item_id: int) -> ProgrammeItem:
    return found(
        session.get(ProgrammeItem, item_id), QT_TRANSLATE_NOOP("errors", "工作方案事项不存在")
    )


def add_item(
    uow: UnitOfWork, year: int, kind: ProgrammeKind, title: str, due_on: date, note: str = ""
) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    title = title.strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写事项名称"), field="title")
    if len(title) > TITLE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} 过长（最多 {n} 个字符）"),
            field="title",
            n=TITLE_MAX,
        )
    if due_on.year != year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "计划日期应在 {year} 年内"), year=year, field="due_on"
        )
    row = ProgrammeItem(
        year=year,
        kind=ProgrammeKind(kind),
        title=title,
        due_on=due_on,
        note=note.strip(),
        created_by=uow.actor.name,
    )
    uow.session.add(row)
    uow.session.flush()
    uow.record(
        "programme.add",
        "programme_item",
        row.id,
        after={"year": year, "kind": row.kind.value, "title": title, "due_on": due_on.isoformat()},
    )
    return row.id


def mark_done(uow: UnitOfWork, item_id: int, done_on: date, note: str = "") -> None:
    """Tick an item by hand (publicity, exchange: no record fulfils them)."""
    require(uow.actor, Permission.EDIT_DATA)
    row = _get(uow.session, item_id)
    if row.done_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "该事项已于 {date} 完成"), date=row.done_on.isoformat()
        )
    if done_on > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "完成日期不能晚于今天"), field="done_on")
    row.done_on = done_on
    if note.strip():
        row.note = (row.note + "\n" + note.strip()).strip()
    uow.record(
        "programme.done",
        "programme_item",
        row.id,
        before={"done_on": None},
        after={"done_on": done_on.isoformat(), "note": note.strip()},
    )


@dataclass(frozen=True, slots=True)
class Match:
    item_id: int
    fulfilled_type: str
    fulfilled_id: int
    on: date


def find_matches(session: Session, year: int, today: date | None = None) -> list[Match]:
    """Open items of a fulfillable kind, earliest due first, each paired with the earliest
    unclaimed record of its kind dated in `year` (up to today)."""
    today = today or date.today()
    last = min(date(year, 12, 31), today)
    out: list[Match] = []
    for kind, (ftype, id_column, column) in _FULFILLERS.items():
        items = session.scalars(
            select(ProgrammeItem.id)
            .where(
                ProgrammeItem.year == year,
                ProgrammeItem.kind == kind,
                ProgrammeItem.done_on.is_(None),
            )
            .order_by(ProgrammeItem.due_on, ProgrammeItem.id)
        ).all()
        if not items:
            continue
        claimed = select(ProgrammeItem.fulfilled_id).where(
            ProgrammeItem.fulfilled_type == ftype, ProgrammeItem.fulfilled_id.is_not(None)
        )
        records = session.execute(
            select(id_column, column)
            .where(column >= date(year, 1, 1), column <= last, id_column.not_in(claimed))
            .order_by(column, id_column)
            .limit(len(items))
        ).all()
        out += [Match(i, ftype, rid, on) for i, (rid, on) in zip(items, records, strict=False)]
    return out


def apply_matches(uow: UnitOfWork, year: int, today: date | None = None) -> int:
    """Store what `find_matches` pairs (each an audited `programme.fulfil`); how many."""
    require(uow.actor, Permission.EDIT_DATA)
    matches = find_matches(uow.session, year, today)
    for m in matches:
        row = _get(uow.session, m.item_id)
        row.done_on, row.fulfilled_type, row.fulfilled_id = m.on, m.fulfilled_type, m.fulfilled_id
        uow.record(
            "programme.fulfil",
            "programme_item",
            row.id,
            before={"done_on": None},
            after={
                "done_on": m.on.isoformat(),
                "fulfilled_type": m.fulfilled_type,
                "fulfilled_id": m.fulfilled_id,
            },
        )
    return len(matches)


def count_overdue(session: Session, today: date) -> int:
    """Open items past due: one COUNT on ix_programme_item_open_due."""
    return session.execute(
        select(func.count(ProgrammeItem.id)).where(
            ProgrammeItem.done_on.is_(None), ProgrammeItem.due_on < today
        )
    ).scalar_one()


reminders.register(
    Reminder(
        key="compliance.programme_overdue",
        title=QT_TRANSLATE_NOOP("reminders", "年度工作方案事项逾期未完成"),
        severity=Severity.OVERDUE,
        count=count_overdue,
        page="compliance",
        filter={"tab": "programme"},
        hint=QT_TRANSLATE_NOOP(
            "reminders", "工作方案中计划日期已过、尚无记录或确认完成的事项（培训、检查、演练等）。"
        ),
        order=70,
    )
)
