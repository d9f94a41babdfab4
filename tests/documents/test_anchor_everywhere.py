"""Every TSDesk PDF carries the audit-chain head and the print time (issue 8 §1): labels in
their document info (and a sheet's margin), covers, area signs and stamped PDFs on the page
as well; the chain head named is the print's own event."""

from __future__ import annotations

import io
import json

import pypdf
import pytest
from carriers_testing import World, build_world
from sqlalchemy import select

from tsdesk.documents.label_templates import by_name
from tsdesk.models import AuditEvent
from tsdesk.services import labels


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def event(world: World, action: str) -> AuditEvent:
    with world.read() as s:
        return s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq.desc())
        ).first()


def anchor(e: AuditEvent) -> str:
    return f"审计链 #{e.seq} {e.hash[:12]}"


def info_and_text(data: bytes) -> tuple[pypdf.DocumentInformation, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return reader.metadata, "".join(p.extract_text() for p in reader.pages)


@pytest.mark.parametrize("template", ["roll-60x40", "A4-2x7-99x38", "A4-cover"])
def test_labels_and_covers_name_their_print_event(world, template, pdf):
    cid = world.carrier(title="主轴热处理工艺卡")
    with world.uow() as uow:
        _, data = labels.print_labels(uow, labels.PrintRequest([cid], by_name(template)))
    e = event(world, "print.labels")
    info, text = info_and_text(data)
    assert info.keywords.startswith(anchor(e)) and "打印时间" in info.keywords
    assert info.author not in ("", "anonymous") and info.subject not in ("", "unspecified")
    assert info.creator.startswith("TSDesk ")
    on_page = pdf.flat(anchor(e)) in pdf.flat(text)
    # rolls have no room on the label; sheets with a top margin and covers print it
    assert on_page == (template != "roll-60x40")
    # and every label PDF names it in its outline, where a viewer shows it beside the pages
    outline = pypdf.PdfReader(io.BytesIO(data)).outline
    assert [entry.title for entry in outline] == [info.keywords]


def test_area_sign_names_its_print_event(world, pdf):
    with world.uow() as uow:
        data = labels.area_sign(uow, world.archive)
    e = event(world, "print.area_sign")
    info, text = info_and_text(data)
    assert anchor(e) in info.keywords and pdf.flat(anchor(e)) in pdf.flat(text)
    assert "研发中心图纸档案室" in info.title


def test_stamped_pdf_carries_the_chain_head_in_its_footer_and_info(world, tmp_path, pdf):
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "a.pdf"
    canv = Canvas(str(source))
    canv.drawString(72, 720, "page 1")
    canv.save()
    with world.uow() as uow:
        labels.stamp_pdf(uow, source, tmp_path / "b.pdf", world.top_secret)
    e = event(world, "document.stamp")
    with world.read() as s:
        before = s.scalar(select(AuditEvent).where(AuditEvent.seq == e.seq - 1))
    info, text = info_and_text((tmp_path / "b.pdf").read_bytes())
    # The head before the stamp event, which in turn records the stamped file's hash.
    assert anchor(before) in info.keywords and pdf.flat(anchor(before)) in pdf.flat(text)
    assert json.loads(e.after)["output_sha256"]
