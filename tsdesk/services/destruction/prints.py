"""The printed destruction papers: each print is recorded in the unit of work first, so the
footer carries the chain head of the print itself (footer_in), and the PDF is handed over only
once that has committed (deliver_when_committed)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
    DestructionBatch,
    DestructionItemKind,
    DestructionResult,
    DestructionStatus,
)
from tsdesk.services.destruction.core import (
    ENTITY,
    KIND_LABELS,
    REASON_LABELS,
    RESULT_LABELS,
    STATUS_LABELS,
    BatchView,
    certificate_payload_of,
    get_batch,
)
from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

DOCUMENTS = ("approval", "list", "certificate", "data_log")


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def _data(session: Session, view: BatchView, data_only: bool = False):
    from tsdesk.documents import destruction as doc

    batch = session.get(DestructionBatch, view.row.id)
    assert batch is not None
    items = [
        doc.DocItem(
            position=i.position,
            kind=KIND_LABELS[i.kind],
            identifier=i.carrier_number or i.secret_number,
            title=i.title,
            grade=i.grade,
            quantity=i.quantity,
            pages=i.pages,
            reason=REASON_LABELS[i.reason],
            hold_note=i.hold_note,
            method=i.method_label,
            result=RESULT_LABELS[i.result],
            failure=i.failure,
            media_type=i.media_type,
            media_serial=i.media_serial,
            tool=i.tool,
            verification=i.verification,
            destroyed=i.result == DestructionResult.DESTROYED,
        )
        for i in view.items
        if not data_only or i.kind == DestructionItemKind.DATA
    ]
    supervisors = [
        doc.DocSupervisor(
            s.number,
            s.name,
            f"操作员 {s.operator} 于 {_when(s.confirmed_at)} 以密码确认" if s.operator else "",
        )
        for s in view.supervisors
    ]
    done = batch.status == DestructionStatus.DONE
    return doc.DestructionDoc(
        number=batch.number,
        status=STATUS_LABELS[batch.status],
        note=batch.note,
        requested_by=batch.requested_by,
        requested_at=_when(batch.requested_at),
        approved_by=batch.approved_by,
        approved_at=_when(batch.approved_at),
        executed_on=batch.executed_on.isoformat() if batch.executed_on else "",
        place=batch.place,
        executor=batch.executor,
        video_reference=batch.video_reference,
        items=items,
        supervisors=supervisors,
        payload=certificate_payload_of(session, batch) if done else "",
        code=batch.certificate_code,
    )


def certificate_payload(session: Session, batch_id: int) -> str:
    """What the 销毁证明's QR code holds (a finished batch only)."""
    batch = session.get(DestructionBatch, batch_id)
    if batch is None or batch.status != DestructionStatus.DONE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "销毁完成后才能出具销毁证明"))
    return certificate_payload_of(session, batch)


def _render(uow: UnitOfWork, batch_id: int, which: str) -> bytes:
    # reportlab only when printing: the command line's other commands never load it.
    from tsdesk.documents import destruction as doc

    require(uow.actor, Permission.EXPORT)
    view = get_batch(uow.session, batch_id)
    status = view.row.status
    if which == "approval":
        if status == DestructionStatus.CANCELLED:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "已撤销的销毁申请不能打印审批表"))
        render = doc.render_approval_form
    elif which == "list":
        if status not in (DestructionStatus.APPROVED, DestructionStatus.DONE):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "批准后才能打印销毁清册"))
        render = doc.render_list
    elif which == "certificate":
        if status != DestructionStatus.DONE:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "销毁完成后才能出具销毁证明"))
        render = doc.render_certificate
    elif which == "data_log":
        if not any(i.kind == DestructionItemKind.DATA for i in view.items):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "本次销毁没有电子数据项目"))
        render = doc.render_data_log
    else:
        raise ValueError(which)
    data = _data(uow.session, view, data_only=which == "data_log")
    uow.record(f"print.destruction_{which}", ENTITY, batch_id, after={"number": view.row.number})
    buffer = io.BytesIO()
    render(buffer, data, footer_in(uow))
    return buffer.getvalue()


def approval_form_pdf(uow: UnitOfWork, batch_id: int) -> bytes:
    """销毁审批表: the items, each one's hold check, and the approval."""
    return _render(uow, batch_id, "approval")


def destruction_list_pdf(uow: UnitOfWork, batch_id: int) -> bytes:
    """销毁清册: number, item, grade, quantity/pages, method, result; the signatures."""
    return _render(uow, batch_id, "list")


def certificate_pdf(uow: UnitOfWork, batch_id: int) -> bytes:
    """销毁证明, with the QR code `verify_certificate` checks."""
    return _render(uow, batch_id, "certificate")


def data_log_pdf(uow: UnitOfWork, batch_id: int) -> bytes:
    """数据销毁记录 (003 §9.6.5), only for a batch with electronic data."""
    return _render(uow, batch_id, "data_log")


def write_document(uow: UnitOfWork, batch_id: int, which: str, out: str | Path | IO[bytes]) -> None:
    if which not in DOCUMENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "未知的文书：{which}"), which=which)
    deliver_when_committed(uow, out, _render(uow, batch_id, which))
