"""The evidence binder for the inspection visit (004 第十一条（四） 实地考察; 003 §5 台账):
one PDF holding the application form, the self-assessment report, the rules register, the
ledger, the agreements summary (the agreements themselves only when asked), the year's
training records with their sign-in sheets and scans, inspection reports, destruction
lists, area records and drill reports — behind a table of contents, with a hash index.

Each section is made by the print that already exists for it (its own print event and
chain head in its footer) or, for records without one, as a ruled list; the SHA-256 of each
section's PDF and the chain head it was printed under are listed at the end and recorded
in the binder's own print event. The binder is one unit of work: `progress(done, total,
text)` is told before each piece and `cancelled()` asked — a cancel rolls everything back,
print events included, and nothing is written."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import (
    Agreement,
    Area,
    DestructionBatch,
    DestructionStatus,
    Inspection,
    Party,
    Person,
    TrainingSession,
)
from tsdesk.services import agreements, areas, destruction, training
from tsdesk.services.audit_text import Labels
from tsdesk.services.compliance import applications, rules
from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

AUDIT_LABELS = Labels(
    actions={"print.binder": QT_TRANSLATE_NOOP("audit", "打印实地考察资料汇编")},
    entities={"binder": QT_TRANSLATE_NOOP("audit", "资料汇编")},
    fields={
        "sections": QT_TRANSLATE_NOOP("audit", "各部分"),
        "with_agreements": QT_TRANSLATE_NOOP("audit", "含协议文本"),
        "pages": QT_TRANSLATE_NOOP("audit", "页数"),
    },
)

Progress = Callable[[int, int, str], None]
SCAN_KIND = "training_session"  # the sign-in sheet scans (attachments' owner kind)


@dataclass(frozen=True)
class Piece:
    """One print that goes into a section (a section may hold many: one per record)."""

    what: str  # for the progress line
    make: Callable[[UnitOfWork], bytes]


@dataclass(frozen=True)
class Section:
    title: str
    pieces: list[Piece]


def _now(uow: UnitOfWork, print_into: Callable[[IO[bytes]], None]) -> bytes:
    """The PDF of a print that hands its stream over after the commit, taken now: the
    binder holds every section in memory inside its one unit of work and is itself
    delivered only after the commit."""
    out = io.BytesIO()
    mark = len(uow.after_commit)
    print_into(out)
    for write in uow.after_commit[mark:]:
        write()
    del uow.after_commit[mark:]
    return out.getvalue()


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


# --- sections without a print of their own ---------------------------------------------------


def _rules_pdf(uow: UnitOfWork, on: date) -> bytes:
    from tsdesk.documents.binder import render_list

    rows = [
        [
            rules.KIND_LABELS[r.kind],
            r.title,
            r.number,
            r.adopted_on.isoformat(),
            r.revised_on.isoformat() if r.revised_on else "",
            f"已废止 {r.repealed_on.isoformat()}" if r.repealed_on else "现行有效",
        ]
        for r in rules.list_rules(uow.session)
    ]
    in_force = sum(1 for r in rules.list_rules(uow.session) if r.in_force(on))
    return render_list(
        "商业秘密保护制度目录",
        [f"截至 {on.isoformat()}，共登记制度 {len(rows)} 项，现行有效 {in_force} 项。"],
        ["类别", "名称", "文号", "发布日期", "修订日期", "状态"],
        rows,
        [16, 34, 22, 13, 13, 12],
        footer_in(uow),
    )


def _agreements_pdf(uow: UnitOfWork, on: date) -> bytes:
    from tsdesk.documents.binder import render_list

    session = uow.session
    found = session.execute(
        select(Agreement, Person.name, Person.number, Party.name)
        .outerjoin(Person, Person.id == Agreement.person_id)
        .outerjoin(Party, Party.id == Agreement.party_id)
        .order_by(Agreement.kind, Agreement.number)
    ).all()
    rows = [
        [
            a.number,
            agreements.KIND_LABELS[a.kind],
            f"{person}（{number}）" if person else (party or ""),
            a.signed_on.isoformat() if a.signed_on else "",
            a.end_on.isoformat() if a.end_on else "长期",
            "生效中" if agreements.is_binding(a, on) else agreements.STATUS_LABELS[a.status],
        ]
        for a, person, number, party in found
    ]
    binding = sum(1 for a, *_ in found if agreements.is_binding(a, on))
    return render_list(
        "保密协议汇总",
        [
            f"截至 {on.isoformat()}，共 {len(rows)} 份，当日生效中 {binding} 份（协议文本另附或备查）。"
        ],
        ["编号", "类别", "签订人（工号）/ 相对方", "签订日期", "终止日期", "状态"],
        rows,
        [18, 16, 28, 14, 14, 12],
        footer_in(uow),
    )


def _drills_pdf(uow: UnitOfWork, year: int) -> bytes:
    from tsdesk.documents.binder import render_list

    start, end = _year_range(year)
    drills = [d for d in training.list_drills(uow.session) if start <= d.held_on <= end]
    rows = [
        [d.held_on.isoformat(), d.scenario, str(d.participants), d.timeline, d.findings]
        for d in sorted(drills, key=lambda d: d.held_on)
    ]
    return render_list(
        f"{year}年泄密应急演练记录",
        [f"共 {len(rows)} 次。"],
        ["日期", "演练情景", "人数", "过程", "发现问题与改进"],
        rows,
        [12, 26, 8, 27, 27],
        footer_in(uow),
        landscape=True,
    )


def _agreement_pdf(uow: UnitOfWork, agreement_id: int) -> bytes:
    return _now(uow, lambda out: agreements.print_agreement(uow, agreement_id, out))


def _scans_pdf(uow: UnitOfWork, session_id: int, title: str) -> bytes:
    """The sign-in sheet scans of a session: a PDF's pages as they are, images on pages."""
    from pypdf import PdfReader, PdfWriter

    from tsdesk.documents.binder import image_pages
    from tsdesk.services import attachments

    images: list[tuple[str, bytes]] = []
    writer = PdfWriter()
    for row in attachments.attachments_of(uow.session, SCAN_KIND, session_id, False):
        data = attachments.content(uow.session, row.id)
        if row.media_type == "application/pdf":
            writer.append(PdfReader(io.BytesIO(data)))
        elif row.media_type.startswith("image/"):
            images.append((row.name, data))
    if images:
        writer.append(PdfReader(io.BytesIO(image_pages(title, images, footer_in(uow)))))
    if not writer.pages:
        return b""
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- the plan ---------------------------------------------------------------------------------


def plan(
    session: Session, year: int, *, with_agreements: bool = False, today: date | None = None
) -> list[Section]:
    """The sections and their pieces, in the binder's order (004 第十一条（四）)."""
    today = today or date.today()
    start, end = _year_range(year)
    on = min(today, end)
    sections = [
        Section(
            "基地申报表",
            [
                Piece(
                    "申报表",
                    lambda uow: applications.application_pdf(
                        uow, applications.load(uow.session, year)
                    ),
                )
            ],
        ),
        Section("自评报告", [Piece("自评报告", lambda uow: _assessment_report(uow, on))]),
        Section("制度目录", [Piece("制度目录", lambda uow: _rules_pdf(uow, on))]),
        Section(
            "商业秘密台账",
            [
                Piece(
                    "台账",
                    lambda uow: _now(
                        uow, lambda out: _register_print().print_ledger(uow, None, out)
                    ),
                )
            ],
        ),
        Section("保密协议汇总", [Piece("保密协议汇总", lambda uow: _agreements_pdf(uow, on))]),
    ]
    if with_agreements:
        ids = session.scalars(select(Agreement.id).order_by(Agreement.number)).all()
        sections.append(
            Section(
                "保密协议文本",
                [
                    Piece(
                        "协议",
                        partial(_agreement_pdf, agreement_id=i),
                    )
                    for i in ids
                ],
            )
        )
    held = session.execute(
        select(TrainingSession.id, TrainingSession.topic)
        .where(TrainingSession.held_on.between(start, on))
        .order_by(TrainingSession.held_on)
    ).all()
    pieces = []
    for sid, topic in held:
        pieces.append(Piece(topic, partial(training.signin_sheet_pdf, session_id=sid)))
        pieces.append(
            Piece(topic, partial(_scans_pdf, session_id=sid, title=f"签到表扫描件 {topic}"))
        )
    sections.append(Section(f"{year}年培训记录及签到表", pieces))
    done = session.scalars(
        select(Inspection.id)
        .where(Inspection.done_on.between(start, on))
        .order_by(Inspection.done_on)
    ).all()
    sections.append(
        Section(
            f"{year}年保密检查报告",
            [
                Piece("检查报告", partial(training.inspection_report_pdf, inspection_id=i))
                for i in done
            ],
        )
    )
    batches = session.execute(
        select(DestructionBatch.id, DestructionBatch.number)
        .where(
            DestructionBatch.status == DestructionStatus.DONE,
            DestructionBatch.executed_on.between(start, on),
        )
        .order_by(DestructionBatch.executed_on)
    ).all()
    sections.append(
        Section(
            f"{year}年销毁清册",
            [
                Piece(number, partial(destruction.destruction_list_pdf, batch_id=i))
                for i, number in batches
            ],
        )
    )
    area_ids = session.scalars(
        select(Area.id).where(Area.active.is_(True)).order_by(Area.number)
    ).all()
    sections.append(
        Section(
            "涉密区域登记表",
            [Piece("涉密区域", partial(areas.record_pdf, area_id=i, on=on)) for i in area_ids],
        )
    )
    sections.append(
        Section(f"{year}年应急演练记录", [Piece("演练", lambda uow: _drills_pdf(uow, year))])
    )
    return sections


def _register_print():
    # reportlab's platypus only when printing (as every print module here does)
    from tsdesk.services import register_print

    return register_print


def _assessment_report(uow: UnitOfWork, on: date) -> bytes:
    from tsdesk.services.compliance import report

    return report.report_pdf(uow, on)


def binder_pdf(
    uow: UnitOfWork,
    year: int,
    *,
    with_agreements: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> bytes:
    """The binder, every section printed (and recorded) in `uow`; see the module text."""
    from pypdf import PdfReader, PdfWriter

    from tsdesk.documents.binder import Part, assemble, page_count

    require(uow.actor, Permission.EXPORT)
    sections = [s for s in plan(uow.session, year, with_agreements=with_agreements, today=today)]
    total = sum(len(s.pieces) for s in sections) + 1
    done = 0

    def step(text: str) -> None:
        if cancelled is not None and cancelled():
            raise _register_print().PrintCancelled()
        if progress is not None:
            progress(done, total, text)

    parts: list[Part] = []
    for section in sections:
        writer = PdfWriter()
        for piece in section.pieces:
            step(f"{section.title}：{piece.what}")
            pdf = piece.make(uow)
            if pdf:
                writer.append(PdfReader(io.BytesIO(pdf)))
            done += 1
        if not writer.pages:
            continue  # nothing of this kind: the section is left out, not printed empty
        chain = footer_in(uow).chain_text  # the head after the section's own prints
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
        parts.append(
            Part(section.title, data, page_count(data), hashlib.sha256(data).hexdigest(), chain)
        )
    step("目录与哈希索引")
    uow.record(
        "print.binder",
        "binder",
        year,
        after={
            "with_agreements": with_agreements,
            "sections": [{"title": p.title, "pages": p.pages, "sha256": p.sha256} for p in parts],
        },
    )
    footer = footer_in(uow)
    lines = [
        f"申报单位：{footer.company}" if footer.company else "",
        f"申报年度：{year}年　　资料截止：{min(today or date.today(), date(year, 12, 31))}",
    ]
    pdf = assemble(parts, [line for line in lines if line], footer)
    done = total
    if progress is not None:
        progress(done, total, "")
    return pdf


def print_binder(
    uow: UnitOfWork,
    year: int,
    out: str | Path | IO[bytes],
    *,
    with_agreements: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """The binder into `out` once the unit of work (every print event in it) has committed."""
    pdf = binder_pdf(
        uow, year, with_agreements=with_agreements, progress=progress, cancelled=cancelled
    )
    deliver_when_committed(uow, out, pdf)
