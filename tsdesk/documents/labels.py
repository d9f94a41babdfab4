"""Confidentiality labels, document covers and area signs (003 §9.2.1–9.2.2).

Every label shows 商业秘密, the grade (prominent), number, term, responsible unit and person,
a warning line, the reprint mark and a QR code. The layout is computed from the label's size:
the QR code takes a square at the side (or below, on tall labels), the text is set as large as
the rest allows, measured with the embedded font; smaller labels get short captions and fewer
lines, and the short (compact) QR payload when the full one would make modules too small.
Nothing is ever clipped: content that cannot fit at a legible size is refused with a message.

Pages are drawn with a plain reportlab canvas whose page size is the template's page and whose
print scaling is "None", so a label prints at true size.
"""

from __future__ import annotations

import io
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import IO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.label_templates import COVER, SHEET, LabelTemplate, check_start
from tsdesk.documents.marking import (
    AREA_RULES,
    AREA_TITLE,
    AREA_WARNING,
    CAPTIONS,
    COVER_WARNING,
    MARK_TITLE,
    WARNING,
    Mark,
    reprint_mark,
)
from tsdesk.documents.page import FooterInfo, doc_info
from tsdesk.documents.qr import QUIET_ZONE, QrMatrix, draw_qr, modules_at_most, qr_matrix
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError

RED = colors.HexColor("#C00000")
GREY = colors.HexColor("#444444")
OUTLINE = colors.HexColor("#808080")
QR_LEVEL = "M"  # 15 % of a code may be damaged; keeps the version (and modules) small
MIN_MODULE = 0.38 * mm  # 3 dots of a 203 dpi thermal printer: the smallest module we print
FULL_MIN_MODULE = 0.5 * mm  # 4 dots: the full payload only where modules stay this large
UNPRINTABLE = 4.0  # mm along the paper's edge that most laser and inkjet printers leave blank
MAX_TEXT = 13.0  # pt, body text on large labels
# Text sizes at which the roomier layout variants are still comfortable; the tightest one
# goes down to the template's smallest legible size (LabelTemplate.min_text), never below.
VARIANT_MIN = (7.0, 6.5)
LEADING = 1.22  # line height per point of font size
HEADER = 1.35  # the 商业秘密 / grade line, relative to body text
WARN = 0.92  # the warning line
BOLD_STROKE = 0.035  # stroke width per point of size for the faux-bold face
TEXT_STROKE = 0.015  # body text a shade heavier: the embedded face is light for small print


@dataclass(frozen=True)
class LabelData:
    """One label: the mark and the two signed QR payloads (see services/labels.py)."""

    mark: Mark
    issue: int
    payload: str  # the full payload: number, grade, term, unit, issue, code
    compact_payload: str  # number, issue, code: for small labels


@dataclass(frozen=True)
class _Line:
    text: str
    factor: float = 1.0  # size relative to body text
    color: colors.Color = colors.black
    wrap: bool = True  # may break onto several lines (a number never does)
    suffix: str = ""  # drawn after the text in red (the reprint mark)
    header: bool = False  # 商业秘密 + grade badge


@dataclass(frozen=True)
class _Geometry:
    """Where things go on one label, in points from the label's lower-left corner."""

    qr_side: float
    qr_x: float
    qr_y: float
    text_x: float
    text_y: float
    text_w: float
    text_h: float


@lru_cache(maxsize=256)  # the same for every label of a batch
def _geometry(
    w: float,
    h: float,
    edges: tuple[float, float, float, float] = (0, 0, 0, 0),
    qr_max: float = 34 * mm,
) -> _Geometry:
    """`edges` (left, bottom, right, top) are the least padding on each side: more where
    the label lies at the sheet's edge. `qr_max` caps the QR square (text needs room)."""
    pad = max(1.5 * mm, 0.05 * min(w, h))
    left, bottom, right, top = (max(pad, e) for e in edges)
    inner_w, inner_h = w - left - right, h - bottom - top
    gap = 0.8 * mm
    if w >= 1.15 * h:  # landscape: QR square at the right, full height
        q = min(inner_h, 0.42 * w, qr_max)
        qr_x, qr_y = w - right - q, bottom + (inner_h - q) / 2
        return _Geometry(q, qr_x, qr_y, left, bottom, qr_x - left - gap, inner_h)
    q = min(inner_w, 0.5 * inner_h, qr_max)  # portrait or square: QR below
    return _Geometry(
        q, left + (inner_w - q) / 2, bottom, left, bottom + q + gap, inner_w, inner_h - q - gap
    )


def _edges(template: LabelTemplate, left: float, top: float) -> tuple[float, float, float, float]:
    """Padding (points) that keeps a sheet label's content out of the band along the paper's
    edge that office printers cannot print (a roll's page is the label: none there)."""
    if template.kind != SHEET:
        return 0.0, 0.0, 0.0, 0.0
    right = template.page_w - left - template.label_w
    bottom = template.page_h - top - template.label_h
    return tuple(max(0.0, UNPRINTABLE - d) * mm for d in (left, bottom, right, top))


# --- text fitting ------------------------------------------------------------------------


def _text():
    """documents.text, loaded when first needed: it brings platypus (for its paragraph
    flowable), which a batch of labels whose words all fit its rows never uses."""
    from tsdesk.documents import text

    return text


@lru_cache(maxsize=8192)
def _width1(text: str, font: str) -> float:
    """Width at size 1: labels measure the same captions and grades thousands of times."""
    return stringWidth(text, font, 1)


def _badge_pad(size: float) -> tuple[float, float]:
    return 0.35 * size, 0.12 * size  # horizontal, vertical


def _header_widths(font: str, grade: str) -> tuple[float, float]:
    """Widths at size 1 of 商业秘密 and of the grade badge."""
    pad_x, _ = _badge_pad(1.0)
    return _width1(MARK_TITLE, font), _width1(grade, font) + 2 * pad_x


def _full_text(line: _Line) -> str:
    return line.text + (" " + line.suffix if line.suffix else "")


def _unit_width(line: _Line, font: str, stacked: bool = False) -> float:
    """Width at body size 1 when set on a single row (a stacked header: on two rows)."""
    if line.header:
        title, badge = _header_widths(font, line.text)
        return (max(title, badge) if stacked else title + 0.4 + badge) * line.factor
    return _width1(_full_text(line), font) * line.factor


def _wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in rows no wider than `width`, broken only between its space-separated words
    (a name, a unit, a date stay whole) unless a word alone is wider than a row."""
    rows: list[str] = []
    cur = ""
    for word in text.split():
        joined = f"{cur} {word}" if cur else word
        if _width1(joined, font) * size <= width:
            cur = joined
            continue
        if _width1(word, font) * size <= width:  # the word whole on the next row
            rows += [cur] if cur else []
            cur = word
            continue
        parts = _text().wrap_text(joined, font, size, width)  # too long for any row: fill this one
        rows.extend(parts[:-1])
        cur = parts[-1]
    return rows + [cur] if cur else rows


def _rows(line: _Line, font: str, size: float, width: float) -> list[str] | None:
    """The rows `line` takes at body `size` in `width`, or None when it cannot fit."""
    s = size * line.factor
    if line.header:
        title, badge = _header_widths(font, line.text)
        if (title + 0.4 + badge) * s <= width:
            return [line.text]
        return ["", line.text] if max(title, badge) * s <= width else None  # badge below
    if not line.wrap:
        return [_full_text(line)] if _unit_width(line, font) * size <= width else None
    return _wrap_words(_full_text(line), font, s, width)


def _line_height(line: _Line, size: float) -> float:
    return size * line.factor * (LEADING + (0.15 if line.header else 0.0))


def _one_row(line: _Line) -> bool:
    return not line.wrap and not line.header


# Fitted layouts by what fitting sees of the lines (see _fit); cleared when it grows large.
_fitted: dict[tuple, tuple[float, list[list[str]]] | None] = {}


def _fit(lines: list[_Line], font: str, width: float, height: float, smallest: float):
    """The largest body size ≥ `smallest` (and ≤ MAX_TEXT) at which `lines` fit the box,
    each line on one row or wrapped between words, whichever allows the larger text; with
    the rows of each line. None when they do not fit even at `smallest`.

    A line kept on one row (the number) counts only by its width, so the labels of a batch,
    which mostly differ in their number alone, are fitted once: a fifth of the batch's time."""
    shape = tuple(
        (x.factor, _width1(_full_text(x), font))
        if _one_row(x)
        else (x.text, x.factor, x.wrap, x.suffix, x.header)  # the colour plays no part
        for x in lines
    )
    key = (shape, font, width, height, smallest)
    if key not in _fitted:
        if len(_fitted) >= 4096:
            _fitted.clear()
        _fitted[key] = _fit_rows(lines, font, width, height, smallest)
    fitted = _fitted[key]
    if fitted is None:
        return None
    size, rows = fitted
    return size, [[_full_text(x)] if _one_row(x) else r for x, r in zip(lines, rows, strict=True)]


def _fit_rows(lines: list[_Line], font: str, width: float, height: float, smallest: float):
    """`_fit` computed (a line on one row is always that one row, its full text)."""
    lead = sum(_line_height(line, 1.0) for line in lines)
    by_height = min(MAX_TEXT, height / lead)
    # Every line on one row, the header either inline or stacked (商业秘密 over the grade).
    best_size, best_rows = 0.0, None
    for stacked in (False, True):
        extra = _line_height(lines[0], 1.0) if stacked else 0.0
        size = min(
            MAX_TEXT,
            height / (lead + extra),
            min(width / _unit_width(line, font, stacked) for line in lines),
        )
        if size > best_size:
            header = ["", lines[0].text] if stacked else [lines[0].text]
            best_size, best_rows = size, [header] + [[_full_text(x)] for x in lines[1:]]

    def rows_at(size: float) -> list[list[str]] | None:
        rows = []
        for line in lines:
            wrapped = _rows(line, font, size, width)
            if wrapped is None:
                return None
            rows.append(wrapped)
        used = sum(len(r) * _line_height(line, size) for r, line in zip(rows, lines, strict=True))
        return rows if used <= height else None

    # Wrapped: the largest size that fits, searched above the one-row size.
    lo = max(smallest, best_size)
    wrapped = rows_at(lo) if lo < by_height else None
    if wrapped is not None:
        hi = by_height
        for _ in range(10):
            mid = (lo + hi) / 2
            rows = rows_at(mid)
            if rows is None:
                hi = mid
            else:
                lo, wrapped = mid, rows
        if lo > best_size:
            best_size, best_rows = lo, wrapped
    return (best_size, best_rows) if best_size >= smallest else None


def _variants(mark: Mark, issue: int, min_text: float) -> Iterator[tuple[float, list[_Line]]]:
    """The label's lines with the smallest comfortable size of each layout, from the
    roomiest (long captions) to the tightest (no captions, fewer lines), which may go down
    to `min_text` and no further; each made when asked for."""
    reprint = reprint_mark(issue)
    for variant, smallest in enumerate((*VARIANT_MIN, min_text)):
        long = variant == 0

        def cap(key: str, long: bool = long) -> str:
            return CAPTIONS[key][0 if long else 1] + " "

        lines = [_Line(mark.grade, HEADER, RED, header=True)]
        number = (cap("number") if variant < 2 else "") + mark.number
        lines.append(_Line(number, wrap=False, suffix=reprint))
        lines.append(_Line(cap("term") + mark.term))
        if long:
            lines.append(_Line(cap("unit") + mark.unit))
            if mark.person:
                lines.append(_Line(cap("person") + mark.person))
        else:
            who = " ".join(v for v in (mark.unit, mark.person) if v)
            lines.append(_Line((cap("unit") if variant == 1 else "") + who))
        lines.append(_Line(WARNING, WARN, RED))
        yield smallest, lines


# --- drawing -------------------------------------------------------------------------------


def _bold(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    color,
    weight: float = BOLD_STROKE,
) -> None:
    """Text drawn filled and thinly stroked: a bolder face from the one embedded font."""
    t = canv.beginText(x, y)
    t.setFont(font, size)
    t.setTextRenderMode(2)
    t.setFillColor(color)
    t.setStrokeColor(color)
    canv.setLineWidth(size * weight)
    t.textOut(text)
    t.setTextRenderMode(0)  # the mode is graphics state: later plain text must not inherit it
    canv.drawText(t)


def _baseline(font: str, size: float, top: float, slot: float) -> float:
    """Baseline that centres the glyphs' ascent–descent band in a slot `slot` high."""
    ascent, descent = getAscentDescent(font, size)
    return top - (slot - (ascent - descent)) / 2 - ascent


def _badge_box(
    canv: Canvas,
    x: float,
    top: float,
    slot: float,
    text: str,
    font: str,
    size: float,
    rounded: bool = True,
) -> tuple[float, float]:
    """The filled box of a grade badge, vertically centred in the slot; returns where its
    text starts. Labels use square corners: sharper on a thermal head, and cheaper."""
    pad_x, pad_y = _badge_pad(size)
    ascent, descent = getAscentDescent(font, size)
    box_h = ascent - descent + 2 * pad_y
    box_w = _width1(text, font) * size + 2 * pad_x
    box_y = top - (slot + box_h) / 2
    canv.setFillColor(RED)
    if rounded:
        canv.roundRect(x, box_y, box_w, box_h, min(box_h * 0.2, 2 * mm), stroke=0, fill=1)
    else:
        canv.rect(x, box_y, box_w, box_h, stroke=0, fill=1)
    return x + pad_x, box_y + pad_y - descent


def _badge(
    canv: Canvas, x: float, top: float, slot: float, text: str, font: str, size: float
) -> None:
    """The grade in white on a red box (covers and signs)."""
    tx, ty = _badge_box(canv, x, top, slot, text, font, size)
    _bold(canv, tx, ty, text, font, size, colors.white)


# (x, y, text, size, colour) of one run of text on a label
_Run = tuple[float, float, str, float, colors.Color]


def _run_ops(canv: Canvas, font: str, run: _Run) -> str:
    """The PDF operators that set one run (inside a text object), as reportlab's text object
    writes them: the origin, fill and stroke colour, and each chunk of the embedded font's
    subsets (ttfonts: "if you have a dynamic font, use this instead")."""
    x, y, text, size, color = run
    rgb = fp_str(color.red, color.green, color.blue)
    face, doc = getFont(font), canv._doc
    chunks = " ".join(
        f"{face.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf ({escapePDF(chunk)}) Tj"
        for subset, chunk in face.splitString(text, doc)
    )
    return f"1 0 0 1 {fp_str(x, y)} Tm {rgb} rg {rgb} RG {chunks}"


# Each document's runs as operators: a batch repeats the same runs on every label (captions,
# term, unit, warning), and reportlab's text object formats each anew (a fifth of the time).
_ops_of: weakref.WeakKeyDictionary[object, dict[_Run, str]] = weakref.WeakKeyDictionary()


def _draw_runs(canv: Canvas, font: str, runs: list[_Run], weight: float) -> None:
    """All runs in one text object, filled and stroked `weight` × the largest size thick."""
    if not runs:
        return
    ops = _ops_of.setdefault(canv._doc, {})
    for run in runs:
        if run not in ops:
            ops[run] = _run_ops(canv, font, run)
    width = fp_str(weight * max(r[3] for r in runs))
    # q … Q: the render mode (fill and stroke), colours and line width end with the runs.
    canv.addLiteral(f"q {width} w BT 2 Tr {' '.join(ops[r] for r in runs)} ET Q")


def _draw_lines(
    canv: Canvas, lines: list[_Line], rows: list[list[str]], size: float, font: str, g: _Geometry
) -> None:
    heights = [len(r) * _line_height(line, size) for r, line in zip(rows, lines, strict=True)]
    spare = g.text_h - sum(heights)
    # Some air between the lines (at most half a line), the block centred in the box.
    slots = sum(len(r) for r in rows)
    extra = min(spare / max(slots - 1, 1), 0.5 * size) if slots > 1 else 0.0
    top = g.text_y + g.text_h - (spare - extra * (slots - 1)) / 2
    bold: list[_Run] = []  # 商业秘密 and the grade
    body: list[_Run] = []
    for line, line_rows in zip(lines, rows, strict=True):
        s = size * line.factor
        slot = _line_height(line, size)
        if line.header:
            bold.append((g.text_x, _baseline(font, s, top, slot), MARK_TITLE, s, RED))
            if line_rows[0]:  # title and badge side by side
                x = g.text_x + _width1(MARK_TITLE, font) * s + 0.4 * s
            else:  # the badge under the title
                x = g.text_x
                top -= slot + extra
            tx, ty = _badge_box(canv, x, top, slot, line.text, font, s, rounded=False)
            bold.append((tx, ty, line.text, s, colors.white))
            top -= slot + extra
            continue
        for i, row in enumerate(line_rows):
            y = _baseline(font, s, top, slot)
            suffix = line.suffix if i == len(line_rows) - 1 and line.suffix else ""
            head = row[: -len(suffix)] if suffix and row.endswith(suffix) else row
            body.append((g.text_x, y, head, s, line.color))
            if head != row:  # the reprint mark in red after the number
                body.append((g.text_x + _width1(head, font) * s, y, suffix, s, RED))
            top -= slot + extra
    _draw_runs(canv, font, bold, BOLD_STROKE)  # after the badges' boxes, so on top of them
    _draw_runs(canv, font, body, TEXT_STROKE)


def _too_small(template: LabelTemplate, number: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "标签 {name} 太小，放不下 {number} 的标识内容和可识读的二维码，请选用更大的标签",
        ),
        name=template.name,
        number=number,
    )


def _text_too_long(template: LabelTemplate, number: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{number} 的标识文字在标签 {name} 上即使用最小可读字号 {size} pt 也放不下，"
            "请选用更大的标签，或缩短责任单位、保密期限的写法",
        ),
        name=template.name,
        number=number,
        size=f"{template.min_text:g}",
    )


def _choose_qr(data: LabelData, side: float, compact: bool) -> QrMatrix | None:
    """The full payload where its modules stay large, else the compact one; None if even
    that would print modules below MIN_MODULE."""
    if not compact:
        # Judged by an upper bound of its size, so small labels need not encode it at all.
        bound = modules_at_most(data.payload)
        if bound is not None and side / (bound + 2 * QUIET_ZONE) >= FULL_MIN_MODULE:
            return qr_matrix(data.payload, QR_LEVEL)
    short = qr_matrix(data.compact_payload, QR_LEVEL)
    return short if side / short.total >= MIN_MODULE else None


def _layout(data: LabelData, template: LabelTemplate, g: _Geometry, font: str):
    """The roomiest variant whose text stays comfortable in `g`, at its largest size:
    (lines, size, rows), or None when even the tightest is below the legible minimum."""
    for smallest, lines in _variants(data.mark, data.issue, template.min_text):
        fitted = _fit(lines, font, g.text_w, g.text_h, smallest)
        if fitted:
            return lines, *fitted
    return None


def _draw_label(
    canv: Canvas,
    data: LabelData,
    template: LabelTemplate,
    edges: tuple[float, float, float, float],
    compact: bool,
    font: str,
) -> None:
    w, h = template.label_w * mm, template.label_h * mm
    g = _geometry(w, h, edges)
    laid = _layout(data, template, g, font)
    if laid is None:  # text before QR size: the compact code at its smallest module
        smallest_qr = qr_matrix(data.compact_payload, QR_LEVEL).total * MIN_MODULE
        if smallest_qr < g.qr_side:
            g = _geometry(w, h, edges, qr_max=smallest_qr)
            compact = True
            laid = _layout(data, template, g, font)
    if laid is None:
        raise _text_too_long(template, data.mark.number)
    matrix = _choose_qr(data, g.qr_side, compact)
    if matrix is None:
        raise _too_small(template, data.mark.number)
    lines, size, rows = laid
    _draw_lines(canv, lines, rows, size, font, g)
    draw_qr(canv, matrix, g.qr_x, g.qr_y, g.qr_side)


ANCHOR_SIZE = 6.5  # pt, the chain head and print time in a margin


def _anchor(canv: Canvas, footer: FooterInfo | None, x: float, y: float, font: str) -> None:
    """The audit-chain head and print time, small and grey, centred on (x, y)."""
    if footer is None:
        return
    canv.setFillColor(GREY)
    canv.setFont(font, ANCHOR_SIZE)
    canv.drawCentredString(x, y, footer.anchor_text)


def _canvas(
    out: str | IO[bytes],
    page_w: float,
    page_h: float,
    title: str,
    subject: str,
    footer: FooterInfo | None,
    scope: str = "",
) -> Canvas:
    font = register_fonts()
    # Compressed page streams; the initial font is ours so Helvetica is never referenced.
    canv = Canvas(
        out,
        pagesize=(page_w, page_h),
        pageCompression=1,
        initialFontName=font,
        initialFontSize=8,
        lang="zh-CN",
    )
    doc_info(title, subject, footer, scope).apply(canv)
    if footer is not None:  # also in the outline: a roll's labels have no margin to show it
        canv.bookmarkPage("anchor")
        canv.addOutlineEntry(footer.anchor_text, "anchor", level=0)
    canv.setViewerPreference("PrintScaling", "None")  # labels print at true size
    return canv


def _outline(canv: Canvas, template: LabelTemplate, font: str) -> None:
    """Every label's rectangle and position number: print on plain paper, hold it against
    a label sheet in the light, and adjust the printer's offsets until they line up."""
    page_h = template.page_h * mm
    canv.setLineWidth(0.3)
    canv.setStrokeColor(OUTLINE)
    canv.setFillColor(OUTLINE)
    size = min(10.0, template.label_h * mm / 4)
    canv.setFont(font, size)
    for position in range(1, template.per_page + 1):
        left, top = template.cell(position)
        x, y = left * mm, page_h - (top + template.label_h) * mm
        w, h = template.label_w * mm, template.label_h * mm
        canv.rect(x, y, w, h, stroke=1, fill=0)
        canv.line(x + w / 2 - 2 * mm, y + h / 2, x + w / 2 + 2 * mm, y + h / 2)
        canv.line(x + w / 2, y + h / 2 - 2 * mm, x + w / 2, y + h / 2 + 2 * mm)
        canv.drawCentredString(x + w / 2, y + h / 2 + 3 * mm, str(position))


def render_labels(
    out: str | IO[bytes],
    labels: list[LabelData],
    template: LabelTemplate,
    start_position: int = 1,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    outline: bool = False,
    compact: bool = False,
    footer: FooterInfo | None = None,
) -> int:
    """Write the labels (or, with `outline`, one page of label rectangles) as a PDF; returns
    the page count. `start_position` is the first free label on a partly used sheet;
    `offset_mm` (right, down) is the printer's calibration and shifts everything drawn;
    `compact` forces the short QR payload. `footer` (the print's audit-chain head and time)
    goes into the document info, on each cover, and into a sheet's top margin where the
    sheet has one; a roll's labels have no room for it."""
    check_start(template, start_position)
    font = register_fonts()
    page_w, page_h = template.page_w * mm, template.page_h * mm
    numbers = [d.mark.number for d in labels]
    scope = "、".join(numbers[:3]) + (f" 等 {len(numbers)} 件" if len(numbers) > 3 else "")
    if outline or not labels:
        title, subject, scope = "标签对位测试页", f"{template.title}：标签位置与编号", ""
    elif template.kind == COVER:
        title, subject = (
            "涉密载体封面",
            "纸质涉密载体的封面：商业秘密、保密等级、保密期限和责任单位",
        )
    else:
        title, subject = "商业秘密标识", f"涉密载体的保密标识（{template.title}）"
    canv = _canvas(out, page_w, page_h, title, subject, footer, scope)
    # A sheet's top margin takes the anchor when it lies clear of the unprintable band.
    anchor_room = template.kind == SHEET and template.top >= UNPRINTABLE + 3
    dx, dy = offset_mm[0] * mm, -offset_mm[1] * mm
    pages = 0

    def begin_page() -> None:
        nonlocal pages
        pages += 1
        canv.translate(dx, dy)  # reset with the page: showPage restores the default matrix

    if outline or not labels:
        begin_page()
        _outline(canv, template, font)
        _anchor(canv, footer, page_w / 2, page_h - template.top * mm / 2 - ANCHOR_SIZE / 3, font)
        canv.showPage()
        canv.save()
        return pages
    if template.kind == COVER:
        for data in labels:
            begin_page()
            _draw_cover(canv, data, page_w, page_h, font)
            _anchor(canv, footer, page_w / 2, 18.5 * mm, font)
            canv.showPage()
        canv.save()
        return pages

    def anchor() -> None:
        if anchor_room:
            y = page_h - (template.top * mm) / 2 - ANCHOR_SIZE / 3
            _anchor(canv, footer, page_w / 2, y, font)

    position = start_position
    begin_page()
    anchor()
    for i, data in enumerate(labels):
        if position > template.per_page:
            canv.showPage()
            begin_page()
            anchor()
            position = 1
        left, top = template.cell(position)
        edges = _edges(template, left, top)
        canv.saveState()
        canv.translate(left * mm, page_h - (top + template.label_h) * mm)
        _draw_label(canv, data, template, edges, compact, font)
        canv.restoreState()
        position += 1
        if i == len(labels) - 1:
            canv.showPage()
    canv.save()
    return pages


def label_pdf(labels: list[LabelData], template: LabelTemplate, **options) -> bytes:
    """`render_labels` into memory."""
    buffer = io.BytesIO()
    render_labels(buffer, labels, template, **options)
    return buffer.getvalue()


# --- covers and signs -----------------------------------------------------------------------


def _largest(text: str, font: str, wanted: float, width: float) -> float:
    """`wanted` size, or smaller so that `text` fits `width` on one line."""
    return min(wanted, width / max(stringWidth(text, font, 1), 1e-6))


def _frame(canv: Canvas, page_w: float, page_h: float, inset: float) -> None:
    canv.setStrokeColor(RED)
    canv.setLineWidth(2.2)
    canv.rect(inset, inset, page_w - 2 * inset, page_h - 2 * inset)
    canv.setLineWidth(0.6)
    canv.rect(
        inset + 2 * mm, inset + 2 * mm, page_w - 2 * inset - 4 * mm, page_h - 2 * inset - 4 * mm
    )


def _table(
    canv: Canvas,
    rows: Sequence[tuple[str, ...]],
    x: float,
    top: float,
    width: float,
    font: str,
    size: float,
    caption_w: float,
) -> float:
    """A ruled two-column table of (caption, value[, mark]) rows, a mark (补 N) set in red
    after the value; returns its bottom."""
    lead = size * 1.45
    pad = size * 0.45
    wrapped = [
        _text().wrap_text(
            "　".join(x for x in row[1:] if x), font, size, width - caption_w - 2 * pad
        )
        or [""]
        for row in rows
    ]
    heights = [len(lines) * lead + 2 * pad for lines in wrapped]
    bottom = top - sum(heights)
    canv.setFillColor(colors.HexColor("#F2F2F2"))
    canv.rect(x, bottom, caption_w, top - bottom, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    canv.setFont(font, size)
    y = top
    for row, lines, h in zip(rows, wrapped, heights, strict=True):
        canv.drawString(x + pad, _baseline(font, size, y - pad, lead), row[0])
        mark = row[2] if len(row) > 2 else ""
        for i, line in enumerate(lines):
            baseline = _baseline(font, size, y - pad - i * lead, lead)
            head = line[: -len(mark)] if mark and line.endswith(mark) else line
            canv.drawString(x + caption_w + pad, baseline, head)
            if head != line:
                canv.setFillColor(RED)
                canv.drawString(x + caption_w + pad + stringWidth(head, font, size), baseline, mark)
                canv.setFillColor(colors.black)
        y -= h
    # The rules last, so no fill covers them.
    canv.setLineWidth(0.75)
    canv.setStrokeColor(colors.black)
    canv.rect(x, bottom, width, top - bottom)
    canv.line(x + caption_w, top, x + caption_w, bottom)
    for h in heights[:-1]:
        y = top - h
        canv.line(x, y, x + width, y)
        top = y
    return bottom


def _warning_box(
    canv: Canvas, text: str, x: float, bottom: float, width: float, font: str, size: float
) -> float:
    """The red-bordered warning at the foot of a page; returns its top."""
    pad = size * 0.8
    lines = _text().wrap_balanced(text, font, size, width - 2 * pad)
    lead = size * 1.5
    h = len(lines) * lead + 2 * pad
    canv.setStrokeColor(RED)
    canv.setLineWidth(1.2)
    canv.rect(x, bottom, width, h)
    canv.setFillColor(RED)
    canv.setFont(font, size)
    for i, line in enumerate(lines):
        canv.drawString(x + pad, _baseline(font, size, bottom + h - pad - i * lead, lead), line)
    return bottom + h


def _draw_cover(canv: Canvas, data: LabelData, page_w: float, page_h: float, font: str) -> None:
    """An A4 cover for a paper carrier (003 §9.1.2.1: clearly marked 商业秘密, grade, term)."""
    mark = data.mark
    _frame(canv, page_w, page_h, 12 * mm)
    inner = page_w - 2 * 30 * mm
    x = 30 * mm
    size = _largest(MARK_TITLE, font, 54, inner)
    top = page_h - 40 * mm
    _bold(
        canv,
        page_w / 2 - stringWidth(MARK_TITLE, font, size) / 2,
        _baseline(font, size, top, size * 1.3),
        MARK_TITLE,
        font,
        size,
        RED,
    )
    top -= size * 1.3 + 6 * mm
    grade_size = _largest(mark.grade, font, 26, inner * 0.8)
    pad_x, _ = _badge_pad(grade_size)
    badge_w = stringWidth(mark.grade, font, grade_size) + 2 * pad_x
    _badge(canv, page_w / 2 - badge_w / 2, top, grade_size * 1.6, mark.grade, font, grade_size)
    top -= grade_size * 1.6 + 12 * mm
    rows = [
        (CAPTIONS["title"][0], mark.title),
        (CAPTIONS["number"][0], mark.number, reprint_mark(data.issue)),  # 补 N in red
        (CAPTIONS["grade"][0], mark.grade),
        (CAPTIONS["term"][0], mark.term),
        (CAPTIONS["unit"][0], mark.unit),
        (CAPTIONS["person"][0], mark.person),
    ]
    bottom = _table(canv, rows, x, top, inner, font, 13, 32 * mm)
    warn_top = _warning_box(canv, COVER_WARNING, x, 28 * mm, inner, font, 12)
    # The QR code centred between the table and the warning, as large as 45 mm.
    caption_h = 9 * mm
    side = min(45 * mm, bottom - warn_top - caption_h - 12 * mm)
    qr_y = warn_top + caption_h + (bottom - warn_top - caption_h - side) / 2
    draw_qr(canv, qr_matrix(data.payload, QR_LEVEL), page_w / 2 - side / 2, qr_y, side)
    canv.setFillColor(GREY)
    canv.setFont(font, 9)
    canv.drawCentredString(page_w / 2, qr_y - 5 * mm, "扫描二维码可在 TSDesk 中核验本标识真伪")


def render_area_sign(
    out: str | IO[bytes], mark: Mark, pagesize: str = "A4", footer: FooterInfo | None = None
) -> None:
    """The warning sign for a secret area's entrance (003 §9.1.1.2 a, §9.2.2 d): 涉密区域,
    商业秘密 and the grade, 非授权人员禁止入内, the area's name, number, responsible unit and
    person, and a QR code of the area number. A4 or A3, portrait; A3 is A4 scaled up."""
    page_w, page_h = A3 if pagesize == "A3" else A4
    k = page_w / A4[0]
    font = register_fonts()
    canv = _canvas(
        out,
        page_w,
        page_h,
        f"{AREA_TITLE}标识牌",
        "张贴于涉密区域出入口的保密警示标识",
        footer,
        f"{mark.title} {mark.number}",
    )
    inset = 12 * mm * k
    inner_x, inner_w = inset + 14 * mm * k, page_w - 2 * (inset + 14 * mm * k)
    # A red band with the sign's title in white.
    band_h = 52 * mm * k
    canv.setFillColor(RED)
    canv.rect(inset, page_h - inset - band_h, page_w - 2 * inset, band_h, stroke=0, fill=1)
    size = _largest(AREA_TITLE, font, 88 * k, inner_w)
    _bold(
        canv,
        page_w / 2 - stringWidth(AREA_TITLE, font, size) / 2,
        _baseline(font, size, page_h - inset, band_h),
        AREA_TITLE,
        font,
        size,
        colors.white,
    )
    _frame(canv, page_w, page_h, inset)
    top = page_h - inset - band_h - 10 * mm * k
    # 商业秘密 and the grade badge on one line.
    size = 30 * k
    title_w = stringWidth(MARK_TITLE, font, size)
    pad_x, _ = _badge_pad(size)
    badge_w = stringWidth(mark.grade, font, size) + 2 * pad_x
    gap = 0.5 * size
    scale = min(1.0, inner_w / (title_w + gap + badge_w))
    size, title_w, badge_w, gap = size * scale, title_w * scale, badge_w * scale, gap * scale
    slot = size * 1.6
    x = page_w / 2 - (title_w + gap + badge_w) / 2
    _bold(canv, x, _baseline(font, size, top, slot), MARK_TITLE, font, size, RED)
    _badge(canv, x + title_w + gap, top, slot, mark.grade, font, size)
    top -= slot + 6 * mm * k
    size = _largest(AREA_WARNING, font, 40 * k, inner_w)
    _bold(
        canv,
        page_w / 2 - stringWidth(AREA_WARNING, font, size) / 2,
        _baseline(font, size, top, size * 1.4),
        AREA_WARNING,
        font,
        size,
        RED,
    )
    top -= size * 1.4 + 3 * mm * k
    size = 14 * k
    canv.setFillColor(GREY)
    canv.setFont(font, size)
    for line in _text().wrap_text(AREA_RULES, font, size, inner_w):
        canv.drawCentredString(page_w / 2, _baseline(font, size, top, size * 1.5), line)
        top -= size * 1.5
    top -= 8 * mm * k
    rows = [
        (CAPTIONS["area"][0], mark.title),
        (CAPTIONS["number"][0], mark.number),
        (CAPTIONS["grade"][0], mark.grade),
        (CAPTIONS["unit"][0], mark.unit),
        (CAPTIONS["person"][0], mark.person),
    ]
    bottom = _table(canv, rows, inner_x, top, inner_w, font, 15 * k, 36 * mm * k)
    caption_h = 10 * mm * k
    floor = inset + 12 * mm * k
    side = min(50 * mm * k, bottom - floor - caption_h - 10 * mm * k)
    if side < 20 * mm:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "区域信息过长，标识牌放不下二维码"))
    qr_y = floor + caption_h + (bottom - floor - caption_h - side) / 2
    draw_qr(canv, qr_matrix(mark.number, QR_LEVEL), page_w / 2 - side / 2, qr_y, side)
    canv.setFillColor(GREY)
    canv.setFont(font, 10 * k)
    canv.drawCentredString(page_w / 2, qr_y - 6 * mm * k, f"区域编号 {mark.number}")
    _anchor(canv, footer, page_w / 2, inset + 5 * mm, font)
    canv.showPage()
    canv.save()
