"""The printable self-assessment report: `report_data` turns an assessment into plain data
(in Chinese, the paper's language), `report_pdf` records the print and renders it (the binder
calls this for its section), `print_report` hands the PDF over once the print committed."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from tsdesk.documents.assessment import AssessmentReport, ReportItem, render_assessment_report
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import CompanyProfile, OrgKind
from tsdesk.services.compliance.assessment import KIND_TITLES, Assessment, assess
from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

# Where a gap's page keeps the evidence, in the paper's words.
PAGE_WORDS: dict[str, str] = {
    "company": QT_TRANSLATE_NOOP("assessment", "企业信息"),
    "compliance": QT_TRANSLATE_NOOP("assessment", "基地申报（制度、工作方案、声明）"),
    "training": QT_TRANSLATE_NOOP("assessment", "培训与检查"),
    "people": QT_TRANSLATE_NOOP("assessment", "人员与协议"),
    "register": QT_TRANSLATE_NOOP("assessment", "商业秘密清单"),
    "destruction": QT_TRANSLATE_NOOP("assessment", "销毁"),
    "areas": QT_TRANSLATE_NOOP("assessment", "涉密区域、盘点"),
    "carriers": QT_TRANSLATE_NOOP("assessment", "涉密载体"),
    "incidents": QT_TRANSLATE_NOOP("assessment", "应急处置"),
}


def report_data(session: Session, result: Assessment) -> AssessmentReport:
    profile = session.get(CompanyProfile, 1)
    return AssessmentReport(
        company=profile.org_name if profile else "",
        form=KIND_TITLES[result.kind],
        as_of=result.on.isoformat(),
        met=result.met,
        total=result.total,
        items=[
            ReportItem(
                key=a.item.key,
                condition=a.item.condition,
                title=a.item.title,
                rule=a.item.rule,
                how=a.item.how,
                met=a.result.met,
                evidence=[e.text() for e in a.result.evidence],
                where=PAGE_WORDS.get(a.result.page, ""),
            )
            for a in result.items
        ],
    )


def report_pdf(
    uow: UnitOfWork, today: date | None = None, kind: str | OrgKind | None = None
) -> bytes:
    """Assess, record `print.assessment`, render: the PDF's footer names that event."""
    require(uow.actor, Permission.EXPORT)
    result = assess(uow.session, today, kind)
    uow.record(
        "print.assessment",
        "assessment",
        result.on.year,
        after={"kind": result.kind.value, "score": f"{result.met}/{result.total}"},
    )
    pdf = io.BytesIO()
    render_assessment_report(pdf, report_data(uow.session, result), footer_in(uow))
    return pdf.getvalue()


def print_report(
    uow: UnitOfWork,
    out: str | Path | IO[bytes],
    today: date | None = None,
    kind: str | OrgKind | None = None,
) -> None:
    deliver_when_committed(uow, out, report_pdf(uow, today, kind))
