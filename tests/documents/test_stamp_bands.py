"""Stamped PDFs keep their header and footer bands free (issue 8 §1): the page's own text,
even when it fills the page to its edges, is shrunk between the bands, and the marks and
the audit-chain anchor never overlap it."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import datetime
from html import unescape

import pypdf
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from tsdesk.documents.marking import Mark
from tsdesk.documents.page import FooterInfo
from tsdesk.documents.stamp import stamp_document

MARK = Mark("TS-2026-0007", "一级商密", "2031-06-30", "技术研发中心", "周晓东", "主轴热处理工艺")
FOOTER = FooterInfo(77, "ab" * 32, datetime(2026, 3, 1, 9, 30), "绍兴示例纺织有限公司", "王保密")
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def full_page(pagesize, rotate: int = 0) -> bytes:
    """Lines of Latin text from the very top of the page to the very bottom, edge to edge."""
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=pagesize)
    w, h = pagesize
    canv.setFont("Helvetica", 10)
    y, n = h - 9, 0
    while y > 2:
        canv.drawString(2, y, f"FILL{n:03d} " + "originaltext " * int(w / 60))
        y -= 11
        n += 1
    canv.showPage()
    canv.save()
    if not rotate:
        return buffer.getvalue()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buffer.getvalue())))
    writer.pages[0].rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def words(pdf: bytes, tmp_path) -> list[tuple[float, float, float, float, str]]:
    path = tmp_path / "stamped.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    return [(*map(float, m.groups()[:4]), unescape(m.group(5))) for m in WORD.finditer(html)]


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(
    ("pagesize", "rotate"),
    [(A4, 0), (landscape(A4), 0), (A4, 90)],
    ids=["A4", "landscape", "rot90"],
)
def test_marks_never_overlap_the_original_text(pagesize, rotate, tmp_path):
    stamped, _ = stamp_document(full_page(pagesize, rotate), MARK, FOOTER)
    found = words(stamped, tmp_path)
    original = [w for w in found if w[4].startswith(("FILL", "originaltext"))]
    assert len([w for w in original if w[4].startswith("FILL")]) > 50
    # The header, footer and anchor lines (the watermark is the diagonal text in between).
    band = [
        w
        for w in found
        if any(k in w[4] for k in ("编号", "警示", "第", "审计链", "打印时间", "#77"))
    ]
    assert len(band) >= 5, [w[4] for w in found if not w[4].startswith(("FILL", "orig"))]
    for mark in band:
        hits = [o[4] for o in original if overlaps(mark[:4], o[:4])]
        assert hits == [], (mark[4], hits)
    text = "".join(w[4] for w in found)
    assert "FILL000" in text and "审计链" in text  # nothing of the original was pushed off


def test_stamped_pdf_metadata_names_the_mark_and_the_chain(tmp_path):
    stamped, _ = stamp_document(full_page(A4), MARK, FOOTER)
    info = pypdf.PdfReader(io.BytesIO(stamped)).metadata
    assert "TS-2026-0007" in info.title and FOOTER.company in info.title
    assert info.author == FOOTER.company and "审计链 #77 abababababab" in info.keywords
    assert info.creator.startswith("TSDesk ")
