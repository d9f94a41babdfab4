"""Marking an existing PDF (003 §9.2.2 b): every page kept, each one carrying the marks upright,
Chinese embedded; encrypted or damaged files refused."""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4, A5, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from tsdesk.documents.marking import Mark
from tsdesk.documents.stamp import stamp_document
from tsdesk.errors import ValidationError

MARK = Mark("TS-2026-0007", "一级商密", "2031-06-30", "技术研发中心", "周晓东")
SIZES = [A4, landscape(letter), A4, A5, A4]


@pytest.fixture
def source() -> bytes:
    """Five pages: A4, Letter landscape, A4 shown rotated 90°, A5 cropped, A4 rotated 270°."""
    buffer = io.BytesIO()
    canv = Canvas(buffer)  # Helvetica, like many real documents: not our font
    for i, size in enumerate(SIZES, start=1):
        canv.setPageSize(size)
        canv.drawString(72, size[1] - 90, f"original text on page {i}")
        canv.showPage()
    canv.save()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buffer.getvalue())))
    writer.pages[2].rotate(90)
    writer.pages[3].cropbox.lower_left = (30, 40)
    writer.pages[4].rotate(270)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def shapes(data: bytes) -> list[tuple[float, float, int]]:
    return [
        (round(float(p.cropbox.width), 2), round(float(p.cropbox.height), 2), p.rotation)
        for p in pypdf.PdfReader(io.BytesIO(data)).pages
    ]


def test_every_page_is_kept_with_its_size_and_rotation(source):
    stamped, pages = stamp_document(source, MARK)
    assert pages == 5
    assert shapes(stamped) == shapes(source)
    texts = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(stamped)).pages]
    for i, text in enumerate(texts, start=1):
        flat = "".join(text.split())
        assert f"originaltextonpage{i}" in flat
        for must in (
            "商业秘密",
            "一级商密",
            "TS-2026-0007",
            "2031-06-30",
            "技术研发中心",
            "未经授权",
        ):
            assert must in flat, (i, must)
        assert f"第{i}/5页" in flat


def test_the_cjk_font_is_embedded_once_as_a_subset(source):
    stamped, _ = stamp_document(source, MARK)
    reader = pypdf.PdfReader(io.BytesIO(stamped))
    ours = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "WenQuanYi" in str(font["/BaseFont"]):
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
                assert str(font["/BaseFont"])[7] == "+"  # a subset: XXXXXX+Name
                ours.add(ref.idnum)
    assert len(ours) == 1  # shared by every page, not embedded five times


def red_rows(image) -> tuple[bool, bool, bool, bool]:
    """Whether strong red ink lies along the top, bottom, left and right edges (8 %)."""
    rgb = image.convert("RGB")
    w, h = rgb.size
    red = [
        (x, y)
        for y in range(0, h, 2)
        for x in range(0, w, 2)
        if (lambda p: p[0] > 150 and p[1] < 90 and p[2] < 90)(rgb.getpixel((x, y)))
    ]
    band_w, band_h = 0.08 * w, 0.08 * h
    return (
        any(y < band_h for _, y in red),
        any(y > h - band_h for _, y in red),
        any(x < band_w and band_h < y < h - band_h for x, y in red),
        any(x > w - band_w and band_h < y < h - band_h for x, y in red),
    )


def test_marks_are_upright_on_rotated_and_cropped_pages(source):
    stamped, _ = stamp_document(source, MARK)
    doc = pypdfium2.PdfDocument(stamped)
    try:
        for index in range(len(doc)):
            image = doc[index].render(scale=1).to_pil()
            # Header and footer along the displayed top and bottom, nothing down the sides.
            assert red_rows(image) == (True, True, False, False), index
    finally:
        doc.close()


def test_encrypted_input_is_refused(source):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(source)))
    writer.encrypt("secret-pass")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ValidationError, match="已加密"):
        stamp_document(out.getvalue(), MARK)


@pytest.mark.parametrize(
    "data",
    [b"", b"not a pdf at all", b"%PDF-1.7\n1 0 obj <<>> endobj\n", b"%PDF-1.4\n" + b"\xff" * 400],
)
def test_damaged_input_is_refused(data):
    with pytest.raises(ValidationError, match="已损坏"):
        stamp_document(data, MARK)


def test_truncated_input_is_refused(source):
    with pytest.raises(ValidationError, match="已损坏"):
        stamp_document(source[: len(source) // 3], MARK)
