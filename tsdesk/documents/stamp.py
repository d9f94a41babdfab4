"""Marking an existing PDF (003 §9.2.2 b: 在涉密电子文档首页、页眉、页脚、页面水印等处警示).

Every page gets a header (商业秘密, grade, number, term), a footer (the warning, the
responsible unit, page X/Y, and the audit-chain head and time of the stamping) and a
diagonal watermark, drawn in the embedded CJK font (a subset, shared by all pages) and
merged over the page as it is displayed: rotated pages and pages of any size get their
marks upright and inside the visible area. The page's own content is shrunk, centred, into
the area between the header and footer bands, so a mark never covers the original text.
The input bytes are only read; the caller writes the copy where the user says.
"""

from __future__ import annotations

import io
import math

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import PyPdfError
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.marking import DOCUMENT_WARNING, MARK_TITLE, Mark
from tsdesk.documents.page import FooterInfo, doc_info
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError

RED = colors.HexColor("#C00000")
WATERMARK_ALPHA = 0.14  # visible on any page, without hiding what is under it
BAND_ALPHA = 0.85  # white behind header and footer text, so they read over page content
# What pypdf may raise on a damaged file besides its own errors.
_DAMAGED = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError)


def _damaged() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "无法读取该 PDF：文件已损坏或不是 PDF 文件，未作任何修改")
    )


Matrix = tuple[float, float, float, float, float, float]  # PDF order: a b c d e f


def _display_to_user(rotation: int, x0: float, y0: float, w: float, h: float) -> Matrix:
    """The matrix from the page as displayed (origin lower left, upright) to its user space,
    for a visible box at (x0, y0) of w × h and a /Rotate (clockwise) of `rotation`."""
    return {
        0: (1, 0, 0, 1, x0, y0),
        90: (0, 1, -1, 0, x0 + w, y0),
        180: (-1, 0, 0, -1, x0 + w, y0 + h),
        270: (0, -1, 1, 0, x0, y0 + h),
    }[rotation]


def _then(m: Matrix, n: Matrix) -> Matrix:
    """`m` followed by `n`."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t,
            e * q + f * s + u)  # fmt: skip


def _inverse(m: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


def _to_user_space(rotation: int, x0: float, y0: float, w: float, h: float) -> Transformation:
    return Transformation(_display_to_user(rotation, x0, y0, w, h))


def _shrink(rotation: int, x0: float, y0: float, w: float, h: float) -> Transformation:
    """The page's content, in its user space, scaled and moved so that as displayed it lies
    centred between the header and footer bands."""
    top, bottom = _bands(w, h) if rotation in (0, 180) else _bands(h, w)
    shown_w, shown_h = (w, h) if rotation in (0, 180) else (h, w)
    k = (shown_h - top - bottom) / shown_h
    fit: Matrix = (k, 0, 0, k, shown_w * (1 - k) / 2, bottom)
    to_user = _display_to_user(rotation, x0, y0, w, h)
    return Transformation(_then(_then(_inverse(to_user), fit), to_user))


def _fit(text: str, font: str, size: float, width: float) -> float:
    return min(size, width / max(stringWidth(text, font, 1), 1e-6))


def _band_text(
    canv: Canvas,
    font: str,
    size: float,
    left: str,
    right: str,
    y: float,
    width: float,
    margin: float,
) -> None:
    """One line at the page's edge: `left` and `right` aligned to the margins, or both
    centred on one line when they do not fit side by side; shrunk to fit, never clipped."""
    room = width - 2 * margin
    gap = 2 * size
    if stringWidth(left, font, size) + gap + stringWidth(right, font, size) > room:
        text = f"{left}　{right}"
        size = _fit(text, font, size, room)
        parts = [((width - stringWidth(text, font, size)) / 2, text)]
    else:
        parts = [(margin, left), (width - margin - stringWidth(right, font, size), right)]
    for x, text in parts:
        w = stringWidth(text, font, size)
        canv.setFillColor(colors.white)
        canv.setFillAlpha(BAND_ALPHA)
        canv.rect(x - 1, y - 0.3 * size, w + 2, 1.3 * size, stroke=0, fill=1)
        canv.setFillAlpha(1)
        canv.setFillColor(RED)
        canv.setFont(font, size)
        canv.drawString(x, y, text)


def _metrics(w: float, h: float) -> tuple[float, float, float]:
    """Text size, side margin and edge distance of the marks on a page shown w × h."""
    k = min(w, h) / (210 * mm)  # sizes scale with the page; A4 is 1
    return max(6.0, min(14.0, 8.5 * k)), max(4 * mm, 12 * mm * k), max(3 * mm, 7 * mm * k)


ANCHOR = 0.8  # the chain-head line, relative to the marks' size


def _bands(w: float, h: float) -> tuple[float, float]:
    """Heights of the header and footer bands, kept free of the page's own content."""
    size, _, edge = _metrics(w, h)
    return edge + 2.0 * size, edge + (1.8 + 1.1 * ANCHOR) * size  # with a little air


def _overlay_page(
    canv: Canvas,
    font: str,
    mark: Mark,
    w: float,
    h: float,
    number: int,
    total: int,
    footer: FooterInfo | None,
) -> None:
    size, margin, edge = _metrics(w, h)
    header_left = f"{MARK_TITLE}　{mark.grade}"
    header_right = f"编号 {mark.number}　保密期限 {mark.term}"
    _band_text(canv, font, size, header_left, header_right, h - edge - size, w, margin)
    unit = f"责任单位 {mark.unit}　" if mark.unit else ""
    footer_right = f"{unit}第 {number}/{total} 页"
    warning_y = edge + (1.1 * ANCHOR * size if footer else 0.0)
    _band_text(canv, font, size, f"警示：{DOCUMENT_WARNING}", footer_right, warning_y, w, margin)
    if footer:  # the stamping's audit-chain head, small, under the warning
        anchor = _fit(footer.anchor_text, font, ANCHOR * size, w - 2 * margin)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont(font, anchor)
        canv.drawCentredString(w / 2, edge - 0.1 * size, footer.anchor_text)
    # The watermark along the diagonal, its first line about 60 % of the diagonal long.
    diagonal = math.hypot(w, h)
    line1 = f"{MARK_TITLE} · {mark.grade}"
    line2 = f"{mark.number} · 保密期限 {mark.term}"
    big = _fit(line1, font, 200, 0.6 * diagonal)
    small = _fit(line2, font, big * 0.42, 0.6 * diagonal)
    canv.saveState()
    canv.translate(w / 2, h / 2)
    canv.rotate(math.degrees(math.atan2(h, w)))
    canv.setFillColor(RED)
    canv.setFillAlpha(WATERMARK_ALPHA)
    canv.setFont(font, big)
    canv.drawCentredString(0, 0.1 * big, line1)
    canv.setFont(font, small)
    canv.drawCentredString(0, -0.1 * big - small, line2)
    canv.restoreState()


def stamp_document(data: bytes, mark: Mark, footer: FooterInfo | None = None) -> tuple[bytes, int]:
    """The PDF `data` with every page marked; returns (stamped PDF, page count). `footer`
    (the audit-chain head and time) goes into the footer band and the document info.
    Encrypted or damaged input is refused with a ValidationError."""
    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        if not encrypted:
            boxes = []
            for page in reader.pages:
                box = page.cropbox
                rotation = int(page.rotation or 0) % 360
                boxes.append(
                    (
                        rotation,
                        float(box.left),
                        float(box.bottom),
                        float(box.width),
                        float(box.height),
                    )
                )
    except _DAMAGED:
        raise _damaged() from None
    if encrypted:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "该 PDF 已加密（设有密码或权限限制），请先解除加密再加注标记"
            )
        )
    if not boxes or any(w <= 0 or h <= 0 or r % 90 for r, _, _, w, h in boxes):
        raise _damaged()
    font = register_fonts()
    # One overlay document, a page per page as displayed: the font subset is embedded once.
    buffer = io.BytesIO()
    canv = Canvas(buffer, pageCompression=1, initialFontName=font, initialFontSize=8)
    for number, (rotation, _, _, w, h) in enumerate(boxes, start=1):
        shown = (w, h) if rotation in (0, 180) else (h, w)
        canv.setPageSize(shown)
        _overlay_page(canv, font, mark, *shown, number, len(boxes), footer)
        canv.showPage()
    canv.save()
    overlay = PdfReader(io.BytesIO(buffer.getvalue()))
    try:
        writer = PdfWriter(clone_from=reader)
        for page, over, (rotation, x0, y0, w, h) in zip(
            writer.pages, overlay.pages, boxes, strict=True
        ):
            page.add_transformation(_shrink(rotation, x0, y0, w, h))
            page.merge_transformed_page(over, _to_user_space(rotation, x0, y0, w, h))
        info = doc_info(
            "已加注商业秘密标记的文件",
            "加注了保密标记（页眉、页脚、水印）的文件副本",
            footer,
            f"{mark.number} {mark.title}".strip(),
        )
        writer.add_metadata(info.pdf_dict())
        out = io.BytesIO()
        writer.write(out)
    except _DAMAGED:
        raise _damaged() from None
    return out.getvalue(), len(boxes)
