"""Label PDFs, as a printer would see them: every template rendered at 203 and 300 dpi, every QR
code decoded by a real decoder and verified against the carrier; sizes, start position,
offsets, fonts, nothing clipped; covers, area signs and the outline page (003 §9.2)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pypdf
import pypdfium2
import pytest
import zxingcpp
from carriers_testing import World, build_world
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from tsdesk_testing import read

from tsdesk.documents.fonts import FONT_NAME, register_fonts
from tsdesk.documents.label_templates import TEMPLATES, by_name, custom
from tsdesk.documents.labels import LabelData, label_pdf, render_area_sign
from tsdesk.documents.marking import Mark
from tsdesk.documents.qr import qr_matrix
from tsdesk.errors import ValidationError
from tsdesk.models import Category, TermKind
from tsdesk.services import carriers, company, labels, people, register

LONG_UNIT = "绍兴越丰纺织机械有限公司技术研发中心第二实验室"
LONG_EVENT = "至新一代高速整经机产品正式上市并公开销售之日"


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def long_carrier(world: World) -> int:
    """A carrier whose unit, custodian and term are as long as they come."""
    with world.uow() as uow:
        dept = company.add_department(uow, LONG_UNIT)
        person = people.add_person(uow, "E900", "欧阳明华", dept)
        secret = register.propose(
            uow,
            register.SecretInput(
                subject="高速整经机张力闭环控制算法",
                category=Category.SOFTWARE,
                grade_id=world.grade3,
                term_kind=TermKind.UNTIL_EVENT,
                term_event=LONG_EVENT,
                department_id=dept,
            ),
        )
        return carriers.register_carrier(
            uow,
            carriers.CarrierInput(
                kind=carriers.CarrierKind.STORAGE,
                title="算法源码 U 盘",
                secret_ids=[secret],
                custodian_id=person,
            ),
        )


# The long carrier's text is not legible at 6 pt on the smallest roll: it is refused there.
TOO_SMALL_FOR_LONG = {"roll-40x30"}


def make_labels(world: World, count: int, long: bool = True) -> tuple[list[int], list[LabelData]]:
    ids = [long_carrier(world)] if long else []
    ids += [
        world.carrier(title=f"图纸 {i}", secrets=[(world.top_secret, world.low_secret)[i % 2]])
        for i in range(count - len(ids))
    ]
    with world.uow() as uow:
        labels.record_print(uow, ids, "A4-3x8-70x37", "PDF")
    with world.read() as s:
        return ids, labels.label_data(s, ids)


# --- reading the PDF back ---------------------------------------------------------------------


@dataclass
class Found:
    text: str
    page: int
    left: float  # symbol corners in points from the page's top-left (quiet zone excluded)
    top: float
    right: float
    bottom: float


def rasterise(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def decode(pdf: bytes, dpi: int) -> list[Found]:
    found = []
    for number, image in enumerate(rasterise(pdf, dpi)):
        for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            p = code.position
            xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
            k = 72 / dpi
            found.append(
                Found(
                    code.text,
                    number,
                    min(xs) * k,
                    min(ys) * k,
                    (max(xs) + 1) * k,
                    (max(ys) + 1) * k,
                )
            )
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width), float(p.mediabox.height))
        for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]


def text_boxes(pdf: bytes) -> list[tuple[int, str, float, float, float, float]]:
    """(page, text, left, top, right, bottom) of every text run, in points from the top-left."""
    register_fonts()
    boxes = []
    for number, page in enumerate(pypdf.PdfReader(io.BytesIO(pdf)).pages):
        height = float(page.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, height=height):
            if not text.strip():
                return
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            text = text.strip()  # pypdf ends a run with "\n" when the next starts a new line
            width = stringWidth(text, FONT_NAME, size)
            # Glyphs reach about 0.8 em above the baseline and 0.25 below it.
            boxes.append(
                (number, text, x, height - y - 0.8 * size, x + width, height - y + 0.25 * size)
            )

        page.extract_text(visitor_text=visit)
    return boxes


def cells(template, page: int) -> list[tuple[float, float, float, float]]:
    out = []
    for position in range(1, template.per_page + 1):
        left, top = template.cell(position)
        out.append(
            (left * mm, top * mm, (left + template.label_w) * mm, (top + template.label_h) * mm)
        )
    return out


def inside(inner, outer, slack: float = 0.01) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def quiet_box(found: Found) -> tuple[float, float, float, float]:
    module = (found.right - found.left) / qr_matrix(found.text, "M").size
    q = 4 * module  # ISO/IEC 18004: four modules of white
    return found.left - q, found.top - q, found.right + q, found.bottom + q


# --- every template ----------------------------------------------------------------------------

LABEL_TEMPLATES = [t for t in TEMPLATES if t.kind != "cover"]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("template", TEMPLATES, ids=[t.name for t in TEMPLATES])
def test_every_qr_code_decodes_and_is_genuine(world, template, dpi):
    count = 2 if template.kind == "cover" else 5
    ids, data = make_labels(world, count, template.name not in TOO_SMALL_FOR_LONG)
    # On sheets, start near the end of a page so the batch runs onto a second one.
    start = max(1, template.per_page - 2)
    pdf = label_pdf(data, template, start_position=start)
    found = decode(pdf, dpi)
    assert len(found) == count, [f.text for f in found]
    checks = [read(world.vault, labels.verify_payload, f.text) for f in found]
    assert all(c.status == labels.GENUINE for c in checks), [c.message for c in checks]
    assert sorted(c.carrier_id for c in checks) == sorted(ids)
    expected = {d.payload for d in data} | {d.compact_payload for d in data}
    assert {f.text for f in found} <= expected
    pages = (count + start - 2) // template.per_page + 1
    assert page_sizes(pdf) == [pytest.approx((template.page_w * mm, template.page_h * mm))] * pages


@pytest.mark.parametrize("template", LABEL_TEMPLATES, ids=[t.name for t in LABEL_TEMPLATES])
def test_nothing_clipped_and_qr_clear_of_text_and_edges(world, template, pdf):
    long = template.name not in TOO_SMALL_FOR_LONG
    _, data = make_labels(world, 3, long)
    doc = label_pdf(data, template)
    found = decode(doc, 300)
    assert len(found) == 3
    grid = cells(template, 0)
    quiet = [(f.page, quiet_box(f)) for f in found]
    for _, box in quiet:  # the QR code and its quiet zone lie inside one label
        assert any(inside(box, cell) for cell in grid), box
    runs = text_boxes(doc)
    for page, text, *box in runs:  # a label whose text needs room has a smaller code
        assert any(inside(box, cell) for cell in grid), (text, box)
        assert not any(overlaps(box, q) for p, q in quiet if p == page), (text, box)
    if template.kind == "sheet":  # nothing in the band office printers leave blank
        page = (4 * mm, 4 * mm, template.page_w * mm - 4 * mm, template.page_h * mm - 4 * mm)
        drawn = [box for _, _, *box in runs] + [(f.left, f.top, f.right, f.bottom) for f in found]
        for box in drawn:
            assert inside(box, page, slack=0.5 * mm), box
    flat = "".join(t for _, t, *_ in runs)
    # The long carrier's unit and term are there in full (wrapped, not cut).
    assert not long or (LONG_UNIT in flat and "欧阳明华" in flat)
    for must in ("商业秘密", "未经授权", "禁止复制、传播", "三级商密", "一级商密"):
        assert must in flat, must


def test_small_labels_use_the_compact_payload_and_large_ones_the_full(world):
    _, data = make_labels(world, 2, long=False)
    small = {f.text for f in decode(label_pdf(data, by_name("roll-40x30")), 300)}
    large = {f.text for f in decode(label_pdf(data, by_name("A4-2x5-105x57")), 300)}
    assert small == {d.compact_payload for d in data}
    assert large == {d.payload for d in data}
    forced = {f.text for f in decode(label_pdf(data, by_name("A4-2x5-105x57"), compact=True), 300)}
    assert forced == {d.compact_payload for d in data}


def test_page_size_is_the_template_and_print_scaling_none(world, pdf):
    _, data = make_labels(world, 1, long=False)
    for template in TEMPLATES:
        doc = label_pdf(data, template)
        assert page_sizes(doc) == [pytest.approx((template.page_w * mm, template.page_h * mm))]
        assert pdf.print_scaling(doc) == "/None"
        assert pdf.font_problems(doc) == [], template.name


# --- position and calibration ------------------------------------------------------------------


def test_start_position_moves_the_first_label_by_one_pitch(world):
    _, data = make_labels(world, 1)
    template = by_name("A4-2x7-99x38")
    (first,) = decode(label_pdf(data, template, start_position=1), 300)
    (fourth,) = decode(label_pdf(data, template, start_position=4), 300)  # row 2, column 2
    assert fourth.left - first.left == pytest.approx(101.6 * mm, abs=0.5)
    assert fourth.top - first.top == pytest.approx(38.1 * mm, abs=0.5)


@pytest.mark.parametrize("offset", [(2.5, -1.5), (-1.0, 3.0)])
def test_offsets_shift_everything_by_that_many_millimetres(world, offset):
    _, data = make_labels(world, 2)
    template = by_name("A4-3x8-70x37")
    plain = sorted(decode(label_pdf(data, template), 300), key=lambda f: f.text)
    moved = sorted(decode(label_pdf(data, template, offset_mm=offset), 300), key=lambda f: f.text)
    for a, b in zip(plain, moved, strict=True):
        assert b.left - a.left == pytest.approx(offset[0] * mm, abs=0.5)
        assert b.top - a.top == pytest.approx(offset[1] * mm, abs=0.5)  # down is positive
    # The outline page moves with the same calibration.
    still = ink_box(label_pdf([], template, outline=True))
    shifted = ink_box(label_pdf([], template, outline=True, offset_mm=(1.0, 2.0)))
    assert shifted[0] - still[0] == pytest.approx(1.0 * mm, abs=0.5)
    assert shifted[1] - still[1] == pytest.approx(2.0 * mm, abs=0.5)


def ink_box(pdf: bytes) -> tuple[float, float, float, float]:
    image = rasterise(pdf, 300)[0]
    left, top, right, bottom = image.point(lambda v: 255 if v < 200 else 0).getbbox()
    k = 72 / 300
    return left * k, top * k, right * k, bottom * k


def test_outline_page_draws_every_label_rectangle_and_nothing_else():
    for template in TEMPLATES[:4]:
        doc = label_pdf([], template, outline=True)
        assert len(page_sizes(doc)) == 1
        assert decode(doc, 150) == []
        numbers = sorted(int(t) for _, t, *_ in text_boxes(doc))
        assert numbers == list(range(1, template.per_page + 1))
        left, top, right, bottom = ink_box(doc)
        first_left, first_top = template.cell(1)
        last_left, last_top = template.cell(template.per_page)
        assert left == pytest.approx(first_left * mm, abs=1)
        assert top == pytest.approx(first_top * mm, abs=1)
        assert right == pytest.approx((last_left + template.label_w) * mm, abs=1)
        assert bottom == pytest.approx((last_top + template.label_h) * mm, abs=1)


# --- limits ------------------------------------------------------------------------------------


def test_custom_template_from_dimensions():
    roll = custom(45, 35)
    assert (roll.kind, roll.page_w, roll.page_h, roll.per_page) == ("roll", 45, 35, 1)
    assert by_name(roll.name) == roll
    sheet = custom(63.5, 38.1, 3, 7, (7.2, 15.1), (66.0, 38.1))
    assert sheet.per_page == 21 and sheet.cell(21) == pytest.approx((7.2 + 2 * 66, 15.1 + 6 * 38.1))
    assert by_name(sheet.name) == sheet
    for bad in ((10, 10), (70, 37, 4, 8), (70, 37, 3, 8, (-1, 0))):
        with pytest.raises(ValidationError):
            custom(*bad)
    with pytest.raises(ValidationError, match="没有名为"):
        by_name("A4-9x9")


def test_a_label_too_small_for_its_content_is_refused_not_clipped():
    data = LabelData(
        Mark("ZT-2026-0001", "一级商密", LONG_EVENT * 3, LONG_UNIT * 3, "欧阳明华"),
        1,
        "TSL1/x/1/AAAAAAAAAA",
        "TSC1/ZT-2026-0001/1/AAAAAAAAAA",
    )
    with pytest.raises(ValidationError, match="放不下"):
        label_pdf([data], custom(30, 20))


def test_text_not_legible_at_the_templates_minimum_is_refused_with_the_size(world):
    _, data = make_labels(world, 1)  # the long carrier
    with pytest.raises(ValidationError, match="最小可读字号 6 pt"):
        label_pdf(data, by_name("roll-40x30"))


def test_long_text_wraps_at_the_largest_legible_size_between_words(world, monkeypatch):
    """A long term is wrapped at a large size rather than set on one row at 4–5 pt, and
    never broken inside the person's name or the unit when a break between words exists."""
    from tsdesk.documents import labels as label_module

    sizes = []
    draw = label_module._draw_lines
    monkeypatch.setattr(
        label_module,
        "_draw_lines",
        lambda canv, lines, rows, size, *a: (
            sizes.append((size, rows)) or draw(canv, lines, rows, size, *a)
        ),
    )
    _, data = make_labels(world, 1)
    # Before: the one-row layout shrank to 5.8 / 6.1 / 5.8 pt on these before wrapping.
    for name, at_least in (("A4-2x7-99x38", 9.0), ("A4-2x5-105x57", 12.0), ("roll-50x30", 7.0)):
        sizes.clear()
        label_pdf(data, by_name(name))
        ((size, rows),) = sizes
        assert size >= at_least, (name, size)
        flat_rows = [row for line in rows for row in line]
        assert any("欧阳明华" in row for row in flat_rows), flat_rows  # the name stays whole


def test_start_position_outside_the_sheet_is_refused():
    with pytest.raises(ValidationError, match="起始位置"):
        label_pdf([], by_name("A4-2x5-105x57"), start_position=11)


# --- covers and area signs ----------------------------------------------------------------------


def test_cover_carries_every_mark(world, pdf):
    _, data = make_labels(world, 2)
    doc = label_pdf(data[1:], by_name("A4-cover"))
    text = pdf.flat(pdf.text(doc))
    mark = data[1].mark
    for must in (
        "商业秘密",
        mark.number,
        mark.grade,
        mark.term,
        mark.unit,
        mark.person,
        mark.title,
        "未经授权",
        "保密期限",
        "责任单位",
    ):
        assert pdf.flat(must) in text, must
    assert pdf.font_problems(doc) == []


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_area_sign(pdf, size):
    mark = Mark("QY-007", "二级商密", "", "技术研发中心", "周晓东", "研发中心设计室")
    buffer = io.BytesIO()
    render_area_sign(buffer, mark, size)
    doc = buffer.getvalue()
    text = pdf.flat(pdf.text(doc))
    for must in (
        "涉密区域",
        "商业秘密",
        "二级商密",
        "非授权人员禁止入内",
        "研发中心设计室",
        "QY-007",
        "技术研发中心",
        "周晓东",
    ):
        assert must in text, must
    assert [f.text for f in decode(doc, 150)] == ["QY-007"]
    expected = (297 * mm, 420 * mm) if size == "A3" else (210 * mm, 297 * mm)
    assert page_sizes(doc) == [pytest.approx(expected, abs=0.5)]
    assert pdf.font_problems(doc) == []


def test_term_dates_print_as_dates(world):
    cid = world.carrier(secrets=[world.low_secret])
    with world.uow() as uow:
        labels.record_print(uow, [cid], "roll-60x40", "PDF")
    with world.read() as s:
        (data,) = labels.label_data(s, [cid])
    assert data.mark.term == date(2030, 12, 31).isoformat()
    flat = "".join(t for _, t, *_ in text_boxes(label_pdf([data], by_name("roll-60x40"))))
    assert "2030-12-31" in flat
