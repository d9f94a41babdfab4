"""The printed sign-in sheet and inspection report: each print is recorded in the unit of
work before the footer takes the chain head, so the paper names its own print event."""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy.orm import Session

from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.services.training.inspections import (
    STATE_LABELS,
    actions_of,
    get_inspection,
    state_of,
)
from tsdesk.services.training.sessions import AUDIENCE_LABELS, attendees_of, get_session
from tsdesk.vault import UnitOfWork

if TYPE_CHECKING:
    from tsdesk.documents.training import InspectionReport, SigninSheet

# The documents (reportlab's platypus) are imported where a print is made: the services
# package is loaded by every command, and `tsdesk labels print` must not pay for them.


def signin_data(session: Session, session_id: int) -> SigninSheet:
    from tsdesk.documents.training import SigninRow, SigninSheet

    """The plain data of the sheet (Chinese, as the paper is)."""
    row = get_session(session, session_id)
    return SigninSheet(
        topic=row.topic,
        held_on=row.held_on.isoformat(),
        trainer=row.trainer,
        audience=AUDIENCE_LABELS[row.audience],
        rows=[SigninRow(a.number, a.name, a.department) for a in attendees_of(session, row.id)],
        note=row.note,
    )


def signin_sheet_pdf(uow: UnitOfWork, session_id: int) -> bytes:
    """The sign-in sheet, its print recorded in `uow`; hand it on once `uow` has committed."""
    from tsdesk.documents.training import render_signin_sheet

    require(uow.actor, Permission.EXPORT)
    sheet = signin_data(uow.session, session_id)
    uow.record(
        "print.signin_sheet", "training_session", session_id, after={"rows": len(sheet.rows)}
    )
    buffer = io.BytesIO()
    render_signin_sheet(buffer, sheet, footer_in(uow))
    return buffer.getvalue()


def write_signin_sheet(uow: UnitOfWork, session_id: int, out: str | Path | IO[bytes]) -> None:
    deliver_when_committed(uow, out, signin_sheet_pdf(uow, session_id))


def _stocktake_text(session: Session, stocktake_id: int | None) -> str:
    from tsdesk.services import stocktake

    if stocktake_id is None:
        return ""
    result = stocktake.saved(session, stocktake_id)
    where = "，".join(x for x in (result.area, result.location) if x) or "—"
    finished = result.finished_at.strftime("%Y-%m-%d") if result.finished_at else ""
    counts = "，".join(
        f"{stocktake.GROUP_LABELS[g]} {len(result.entries[g])} 件" for g in stocktake.GROUPS
    )
    text = f"第 {stocktake_id} 次盘点（{where}，{finished} 完成）：{counts}。"
    missing = [e.number or e.code for e in result.entries[stocktake.MISSING]]
    if missing:
        text += "\n缺失载体：" + "、".join(missing)
    return text


def report_data(session: Session, inspection_id: int) -> InspectionReport:
    from tsdesk.documents.training import InspectionReport, ReportAction

    row = get_inspection(session, inspection_id)
    actions = [
        ReportAction(
            description=a.description,
            owner=a.owner,
            due=a.due_on.isoformat(),
            status=(
                f"已关闭 {a.closed_on.isoformat()}"
                if a.closed_on
                else ("逾期未完成" if a.overdue() else "整改中")
            ),
            evidence="；".join(
                x for x in (a.evidence, f"附件 {a.files} 份" if a.files else "") if x
            ),
        )
        for a in actions_of(session, inspection_id)
    ]
    return InspectionReport(
        title=row.title,
        planned_on=row.planned_on.isoformat(),
        done_on=row.done_on.isoformat() if row.done_on else "",
        inspector=row.inspector,
        state=STATE_LABELS[state_of(row)],
        scope_areas=row.scope_areas,
        scope_carriers=row.scope_carriers,
        scope_people=row.scope_people,
        rules=row.rules,
        findings=row.findings,
        conclusion=row.conclusion,
        actions=actions,
        stocktake=_stocktake_text(session, row.stocktake_id),
    )


def inspection_report_pdf(uow: UnitOfWork, inspection_id: int) -> bytes:
    from tsdesk.documents.training import render_inspection_report

    require(uow.actor, Permission.EXPORT)
    report = report_data(uow.session, inspection_id)
    uow.record("print.inspection_report", "inspection", inspection_id)
    buffer = io.BytesIO()
    render_inspection_report(buffer, report, footer_in(uow))
    return buffer.getvalue()


def write_inspection_report(
    uow: UnitOfWork, inspection_id: int, out: str | Path | IO[bytes]
) -> None:
    deliver_when_committed(uow, out, inspection_report_pdf(uow, inspection_id))
