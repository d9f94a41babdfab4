"""The case timeline: append-only (the database refuses UPDATE and DELETE on incident_entry,
migration 0012), each entry also an audit event, so the chain covers it. A wrong entry is
corrected by a new CORRECTION entry that names it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import EntryKind, IncidentCase, IncidentEntry, IncidentStatus
from tsdesk.services.audit_text import Labels
from tsdesk.vault import UnitOfWork

TEXT_MAX = 4000

ENTRY_KIND_LABELS = {
    EntryKind.OPENED: QT_TRANSLATE_NOOP("incidents", "立案"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("incidents", "记录"),
    EntryKind.CORRECTION: QT_TRANSLATE_NOOP("incidents", "更正"),
    EntryKind.GRADING: QT_TRANSLATE_NOOP("incidents", "定级"),
    EntryKind.STEP: QT_TRANSLATE_NOOP("incidents", "处置步骤"),
    EntryKind.DECISION: QT_TRANSLATE_NOOP("incidents", "决定"),
    EntryKind.EVIDENCE: QT_TRANSLATE_NOOP("incidents", "证据"),
    EntryKind.CUSTODY: QT_TRANSLATE_NOOP("incidents", "证据流转"),
    EntryKind.LINK: QT_TRANSLATE_NOOP("incidents", "关联"),
    EntryKind.HOLD: QT_TRANSLATE_NOOP("incidents", "保全冻结"),
    EntryKind.CONTAINMENT: QT_TRANSLATE_NOOP("incidents", "控制措施"),
    EntryKind.REMEDY: QT_TRANSLATE_NOOP("incidents", "维权"),
    EntryKind.DOCUMENT: QT_TRANSLATE_NOOP("incidents", "文书"),
    EntryKind.STATUS: QT_TRANSLATE_NOOP("incidents", "状态"),
}

AUDIT_LABELS = Labels(
    actions={
        "incident": QT_TRANSLATE_NOOP("audit", "泄密事件"),
        "incident.entry": QT_TRANSLATE_NOOP("audit", "事件时间线记录"),
    },
    entities={"incident_case": QT_TRANSLATE_NOOP("audit", "泄密事件")},
    fields={
        "kind": QT_TRANSLATE_NOOP("audit", "类别"),
        "text": QT_TRANSLATE_NOOP("audit", "内容"),
        "corrects": QT_TRANSLATE_NOOP("audit", "更正的记录"),
    },
    values={"kind": ("incidents", {k.value: v for k, v in ENTRY_KIND_LABELS.items()})},
    quiet=frozenset({"entry"}),
)


def case_for_update(uow: UnitOfWork, case_id: int) -> IncidentCase:
    """The case, refused when closed: a closed case takes nothing but notes and corrections."""
    case = uow.session.get(IncidentCase, case_id)
    if case is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该事件"))
    if case.status == IncidentStatus.CLOSED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "事件 {number} 已结案，不能再修改"), number=case.number
        )
    return case


def append(
    uow: UnitOfWork,
    case_id: int,
    kind: EntryKind,
    text: str,
    *,
    ref_type: str = "",
    ref_id: int | None = None,
    corrects_id: int | None = None,
) -> int:
    """Append one entry (flushed, so its id is known) and record it in the audit chain."""
    text = text.strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写记录内容"))
    if len(text) > TEXT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "记录内容不能超过 {n} 个字"), n=TEXT_MAX)
    if corrects_id is not None:
        corrected = uow.session.get(IncidentEntry, corrects_id)
        if corrected is None or corrected.case_id != case_id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "要更正的记录不属于该事件"))
    entry = IncidentEntry(
        case_id=case_id,
        by=uow.actor.name,
        kind=kind,
        text=text,
        ref_type=ref_type,
        ref_id=ref_id,
        corrects_id=corrects_id,
    )
    uow.session.add(entry)
    uow.session.flush()
    uow.record(
        "incident.entry",
        "incident_case",
        case_id,
        after={
            "entry": entry.id,
            "kind": kind.value,
            "text": text,
            **({"corrects": corrects_id} if corrects_id is not None else {}),
        },
    )
    return entry.id


def entries(session: Session, case_id: int) -> list[IncidentEntry]:
    """Oldest first, as a timeline reads."""
    return list(
        session.scalars(
            select(IncidentEntry)
            .where(IncidentEntry.case_id == case_id)
            .order_by(IncidentEntry.at, IncidentEntry.id)
        )
    )
