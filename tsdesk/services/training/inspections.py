"""Secrecy inspections (003 §5.3 b, §12.3): a plan (areas, carriers, people, the rules to
check), then findings and a conclusion, corrective actions with an owner and a due date,
each closed with evidence (text or an attached file); the inspection closes only when every
action has. A finished stock-take may be attached as part of the evidence."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import Attachment, Inspection, InspectionAction, Person, StockTake
from tsdesk.services import attachments
from tsdesk.services.lookup import found
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

ACTION_OWNER_KIND = "inspection_action"  # attachments: the evidence an action was done
INSPECTION_OWNER_KIND = "inspection"  # attachments: checklists, photos, the signed report
TITLE_MAX, NAME_MAX = 200, 64
DUE_SOON_DAYS = 14


class InspectionState(enum.StrEnum):
    PLANNED = "planned"
    DONE = "done"  # inspected: findings and conclusion recorded
    CLOSED = "closed"  # and every corrective action closed


STATE_LABELS: dict[InspectionState, str] = {
    InspectionState.PLANNED: QT_TRANSLATE_NOOP("training", "计划中"),
    InspectionState.DONE: QT_TRANSLATE_NOOP("training", "已检查，整改中"),
    InspectionState.CLOSED: QT_TRANSLATE_NOOP("training", "已关闭"),
}


class ActionFlag(enum.StrEnum):
    OVERDUE = "overdue"  # open past its due date
    DUE_SOON = "due_soon"  # open, due within DUE_SOON_DAYS


ACTION_FLAG_LABELS: dict[ActionFlag, str] = {
    ActionFlag.OVERDUE: QT_TRANSLATE_NOOP("training", "整改逾期"),
    ActionFlag.DUE_SOON: QT_TRANSLATE_NOOP("training", "整改 14 天内到期"),
}


@dataclass(frozen=True)
class InspectionInput:
    title: str
    planned_on: date
    inspector: str = ""
    scope_areas: str = ""
    scope_carriers: str = ""
    scope_people: str = ""
    rules: str = ""


def state_of(row: Inspection | InspectionRow) -> InspectionState:
    if row.closed_on is not None:
        return InspectionState.CLOSED
    return InspectionState.DONE if row.done_on is not None else InspectionState.PLANNED


def _snapshot(row: Inspection) -> dict:
    return {
        "title": row.title,
        "planned_on": str(row.planned_on),
        "inspector": row.inspector,
        "scope_areas": row.scope_areas,
        "scope_carriers": row.scope_carriers,
        "scope_people": row.scope_people,
        "rules": row.rules,
        "findings": row.findings,
        "conclusion": row.conclusion,
        "done_on": str(row.done_on or ""),
        "closed_on": str(row.closed_on or ""),
        "stocktake_id": row.stocktake_id,
    }


def _action_snapshot(action: InspectionAction) -> dict:
    return {
        "description": action.description,
        "owner": action.owner,
        "due_on": str(action.due_on),
        "closed_on": str(action.closed_on or ""),
        "evidence": action.evidence,
    }


def _open(session: Session, inspection_id: int) -> Inspection:
    row = get_inspection(session, inspection_id)
    if row.closed_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该检查已关闭，不能再修改"))
    return row


def _check(data: InspectionInput) -> None:
    if not data.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写检查名称"))
    if len(data.title.strip()) > TITLE_MAX or len(data.inspector.strip()) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "检查名称最多 200 个字符，检查人最多 64 个字符")
        )
    if not isinstance(data.planned_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写计划检查日期"))


def _apply(row: Inspection, data: InspectionInput) -> None:
    row.title, row.planned_on, row.inspector = (
        data.title.strip(),
        data.planned_on,
        data.inspector.strip(),
    )
    row.scope_areas, row.scope_carriers = data.scope_areas.strip(), data.scope_carriers.strip()
    row.scope_people, row.rules = data.scope_people.strip(), data.rules.strip()


def plan_inspection(uow: UnitOfWork, data: InspectionInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    _check(data)
    row = Inspection(recorded_by=uow.actor.name, title="", planned_on=data.planned_on)
    _apply(row, data)
    uow.session.add(row)
    uow.session.flush()
    uow.record("inspection.plan", "inspection", row.id, after=_snapshot(row))
    return row.id


def update_plan(uow: UnitOfWork, inspection_id: int, data: InspectionInput) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    row = _open(uow.session, inspection_id)
    _check(data)
    before = _snapshot(row)
    _apply(row, data)
    if _snapshot(row) != before:
        uow.record("inspection.update", "inspection", row.id, before=before, after=_snapshot(row))


def record_result(
    uow: UnitOfWork, inspection_id: int, findings: str, conclusion: str, done_on: date | None
) -> None:
    """The findings and conclusion; `done_on` set marks the inspection carried out."""
    require(uow.actor, Permission.EDIT_DATA)
    row = _open(uow.session, inspection_id)
    if done_on is not None and done_on > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "检查完成日期不能晚于今天"))
    if done_on is not None and not conclusion.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "完成检查前请填写检查结论"))
    before = _snapshot(row)
    row.findings, row.conclusion, row.done_on = findings.strip(), conclusion.strip(), done_on
    if _snapshot(row) != before:
        uow.record("inspection.result", "inspection", row.id, before=before, after=_snapshot(row))


def link_stocktake(uow: UnitOfWork, inspection_id: int, stocktake_id: int | None) -> None:
    """Attach a finished stock-take's result to the inspection (None detaches it)."""
    require(uow.actor, Permission.EDIT_DATA)
    row = _open(uow.session, inspection_id)
    if stocktake_id is not None:
        taken = found(
            uow.session.get(StockTake, stocktake_id), QT_TRANSLATE_NOOP("errors", "盘点记录不存在")
        )
        if taken.finished_at is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "该次盘点尚未完成"))
    if row.stocktake_id == stocktake_id:
        return
    before = _snapshot(row)
    row.stocktake_id = stocktake_id
    uow.record("inspection.stocktake", "inspection", row.id, before=before, after=_snapshot(row))


def add_action(
    uow: UnitOfWork,
    inspection_id: int,
    description: str,
    due_on: date,
    owner_person_id: int | None = None,
    owner: str = "",
) -> int:
    """A corrective action with its owner (a person, or a name as written) and due date."""
    require(uow.actor, Permission.EDIT_DATA)
    _open(uow.session, inspection_id)
    if not description.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写整改措施"))
    if owner_person_id is not None:
        person = found(
            uow.session.get(Person, owner_person_id), QT_TRANSLATE_NOOP("errors", "人员不存在")
        )
        owner = person.name
    if not owner.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请指定整改责任人"))
    if len(owner.strip()) > NAME_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "责任人最多 64 个字符"))
    if not isinstance(due_on, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写整改期限"))
    action = InspectionAction(
        inspection_id=inspection_id,
        description=description.strip(),
        owner_person_id=owner_person_id,
        owner=owner.strip(),
        due_on=due_on,
    )
    uow.session.add(action)
    uow.session.flush()
    uow.record(
        "inspection.action_add",
        "inspection",
        inspection_id,
        after={"action": action.id, **_action_snapshot(action)},
    )
    return action.id


def close_action(
    uow: UnitOfWork, action_id: int, evidence: str = "", closed_on: date | None = None
) -> None:
    """Close a corrective action: it needs evidence, written here or attached to it."""
    require(uow.actor, Permission.EDIT_DATA)
    action = get_action(uow.session, action_id)
    _open(uow.session, action.inspection_id)
    if action.closed_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该整改措施已关闭"))
    closed_on = closed_on or date.today()
    if closed_on > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "关闭日期不能晚于今天"))
    attached = attachments.attachments_of(uow.session, ACTION_OWNER_KIND, action_id)
    if not evidence.strip() and not attached:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "关闭整改措施须有佐证：请填写整改情况或添加附件")
        )
    before = _action_snapshot(action)
    action.closed_on, action.closed_by, action.evidence = (
        closed_on,
        uow.actor.name,
        evidence.strip(),
    )
    uow.record(
        "inspection.action_close",
        "inspection",
        action.inspection_id,
        before={"action": action.id, **before},
        after={"action": action.id, **_action_snapshot(action)},
    )


def attach_evidence(uow: UnitOfWork, action_id: int, name: str, data: bytes) -> int:
    get_action(uow.session, action_id)
    return attachments.add(uow, ACTION_OWNER_KIND, action_id, name, data)


def close_inspection(uow: UnitOfWork, inspection_id: int, closed_on: date | None = None) -> None:
    """Close a carried-out inspection once every corrective action is closed."""
    require(uow.actor, Permission.EDIT_DATA)
    row = _open(uow.session, inspection_id)
    if row.done_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请先记录检查结果和结论"))
    still_open = uow.session.scalar(
        select(func.count(InspectionAction.id)).where(
            InspectionAction.inspection_id == inspection_id, InspectionAction.closed_on.is_(None)
        )
    )
    if still_open:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "还有 {n} 项整改措施未关闭，不能关闭检查"), n=still_open
        )
    before = _snapshot(row)
    row.closed_on = closed_on or date.today()
    uow.record("inspection.close", "inspection", row.id, before=before, after=_snapshot(row))


# --- reads -------------------------------------------------------------------------------------


def get_inspection(session: Session, inspection_id: int) -> Inspection:
    return found(
        session.get(Inspection, inspection_id), QT_TRANSLATE_NOOP("errors", "检查记录不存在")
    )


def get_action(session: Session, action_id: int) -> InspectionAction:
    return found(
        session.get(InspectionAction, action_id), QT_TRANSLATE_NOOP("errors", "整改措施不存在")
    )


def action_clause(flag: ActionFlag, today: date):
    """The one definition of each flag: a range on ix_inspection_action_open."""
    if flag == ActionFlag.OVERDUE:
        return and_(InspectionAction.closed_on.is_(None), InspectionAction.due_on < today)
    return and_(
        InspectionAction.closed_on.is_(None),
        InspectionAction.due_on.between(today, today + timedelta(days=DUE_SOON_DAYS)),
    )


def count_actions(session: Session, flag: ActionFlag, today: date | None = None) -> int:
    return session.execute(
        select(func.count(InspectionAction.id)).where(action_clause(flag, today or date.today()))
    ).scalar_one()


@dataclass(frozen=True, slots=True)
class InspectionRow:
    id: int
    title: str
    planned_on: date
    done_on: date | None
    closed_on: date | None
    inspector: str
    stocktake_id: int | None
    actions: int
    actions_open: int
    actions_overdue: int

    @property
    def state(self) -> InspectionState:
        return state_of(self)


def list_inspections(
    session: Session,
    *,
    search: str = "",
    flag: ActionFlag | None = None,
    today: date | None = None,
) -> list[InspectionRow]:
    """Inspections, newest plan first, with their open and overdue actions; `flag` keeps
    those with an action it names."""
    today = today or date.today()
    a = InspectionAction
    counts = (
        select(
            a.inspection_id,
            func.count().label("n"),
            func.count(a.id).filter(a.closed_on.is_(None)).label("open"),
            func.count(a.id).filter(action_clause(ActionFlag.OVERDUE, today)).label("late"),
        )
        .group_by(a.inspection_id)
        .subquery()
    )
    q = (
        select(
            Inspection.id,
            Inspection.title,
            Inspection.planned_on,
            Inspection.done_on,
            Inspection.closed_on,
            Inspection.inspector,
            Inspection.stocktake_id,
            func.coalesce(counts.c.n, 0),
            func.coalesce(counts.c.open, 0),
            func.coalesce(counts.c.late, 0),
        )
        .outerjoin(counts, counts.c.inspection_id == Inspection.id)
        .order_by(Inspection.planned_on.desc(), Inspection.id.desc())
    )
    if search.strip():
        like = "%" + search.strip() + "%"
        q = q.where(
            or_(
                Inspection.title.like(like),
                Inspection.inspector.like(like),
                Inspection.findings.like(like),
            )
        )
    if flag is not None:
        q = q.where(
            Inspection.id.in_(select(a.inspection_id).where(action_clause(ActionFlag(flag), today)))
        )
    return [InspectionRow(*r) for r in session.execute(q)]


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: int
    description: str
    owner: str
    due_on: date
    closed_on: date | None
    closed_by: str
    evidence: str
    files: int  # evidence attached

    def overdue(self, today: date | None = None) -> bool:
        return self.closed_on is None and self.due_on < (today or date.today())


def actions_of(session: Session, inspection_id: int) -> list[ActionRow]:
    files = (
        select(Attachment.owner_id, func.count().label("n"))
        .where(Attachment.owner_kind == ACTION_OWNER_KIND, Attachment.superseded_by_id.is_(None))
        .group_by(Attachment.owner_id)
        .subquery()
    )
    q = (
        select(
            InspectionAction.id,
            InspectionAction.description,
            InspectionAction.owner,
            InspectionAction.due_on,
            InspectionAction.closed_on,
            InspectionAction.closed_by,
            InspectionAction.evidence,
            func.coalesce(files.c.n, 0),
        )
        .outerjoin(files, files.c.owner_id == InspectionAction.id)
        .where(InspectionAction.inspection_id == inspection_id)
        .order_by(InspectionAction.id)
    )
    return [ActionRow(*r) for r in session.execute(q)]
