"""The page frame every TSDesk PDF shares: margins, typography, the footer and the metadata.

The footer of every page carries the audit-chain head, so paper anchors the log
(DESIGN.md, The encrypted vault), plus the print time, page X/Y and the company. Forms
submitted to an authority (`official`) carry the chain head only in the document info and
print page X/Y alone. `DocInfo` is the one place for every PDF's document information,
whether built here, drawn on a plain canvas (labels, signs) or written by pypdf (stamps).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import IO, TYPE_CHECKING, Any

from reportlab import rl_config
from reportlab.lib import colors, pagesizes
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tsdesk import __version__
from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.qr import QrMatrix, draw_qr, qr_matrix

if TYPE_CHECKING:  # platypus is loaded by build_pdf: labels and signs draw on a bare canvas
    from reportlab.platypus import Flowable

MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm  # the footer sits inside this margin
FOOTER_BASELINE = 10 * mm
FOOTER_FONT_SIZE = 8
FOOTER_QR = 15 * mm  # the chain head's QR code (quiet zone included), right of the footer text
FOOTER_QR_BOTTOM = 3 * mm


@dataclass(frozen=True)
class FooterInfo:
    chain_seq: int
    chain_hash: str
    printed_at: datetime
    company: str = ""
    operator: str = ""

    @property
    def chain_text(self) -> str:
        return f"审计链 #{self.chain_seq} {self.chain_hash[:12]}"

    @property
    def printed_text(self) -> str:
        # Aware times (the audit log keeps UTC) are shown in the PC's local time.
        local = self.printed_at.astimezone() if self.printed_at.tzinfo else self.printed_at
        return f"打印时间 {local:%Y-%m-%d %H:%M}"

    @property
    def anchor_payload(self) -> str:
        """What the footer's QR code holds: the whole head, which `tsdesk audit verify
        --anchor` and the audit page's scan box check (vault/anchors.py parses it). Upper case
        keeps the code in QR alphanumeric mode: version 4, small enough for a footer."""
        return f"TSDESK:{self.chain_seq}:{self.chain_hash.upper()}"

    @property
    def anchor_text(self) -> str:
        """The chain head and print time on one line: the small footer of labels and stamps."""
        return f"{self.chain_text}　{self.printed_text}"


NO_COMPANY = "（未设置单位名称）"


@dataclass(frozen=True)
class DocInfo:
    """A PDF's document information: Title names the document, company and scope; Author is
    the company; Subject says what the document is; Keywords carry the audit-chain head and
    the print time; Creator names TSDesk and its version."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str = f"TSDesk {__version__}"

    def apply(self, canv: Canvas) -> None:
        """Onto a plain reportlab canvas (labels, covers, signs, stamp overlays)."""
        canv.setTitle(self.title)
        canv.setAuthor(self.author)
        canv.setSubject(self.subject)
        canv.setKeywords(self.keywords)
        canv.setCreator(self.creator)

    def pdf_dict(self) -> dict[str, str]:
        """For pypdf's `PdfWriter.add_metadata`."""
        return {
            "/Title": self.title,
            "/Author": self.author,
            "/Subject": self.subject,
            "/Keywords": self.keywords,
            "/Creator": self.creator,
            "/Producer": self.creator,
        }


def doc_info(title: str, subject: str, footer: FooterInfo | None, scope: str = "") -> DocInfo:
    """The document information of a TSDesk PDF called `title`, for `scope` (a number, a
    filter in words) of `footer.company`; without a footer (a preview drawn outside the
    vault) it names no company and no chain head."""
    company = footer.company if footer else ""
    return DocInfo(
        title="　".join(x for x in (title, company, scope) if x),
        author=company or NO_COMPANY,
        subject=subject,
        keywords=footer.anchor_text if footer else "",
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle  # text inside ruled tables


def styles() -> Styles:
    """Fresh styles (callers may tweak them) in the embedded font: the one place for type sizes."""
    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, spaceAfter=3)
    return Styles(
        # Titles and headings stay on the page of what follows them.
        title=ParagraphStyle(
            "title",
            parent=body,
            fontSize=18,
            leading=26,
            alignment=TA_CENTER,
            spaceAfter=8,
            keepWithNext=1,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontSize=13,
            leading=19,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=8.5, leading=12, textColor=colors.HexColor("#333333")
        ),
        cell=ParagraphStyle("cell", parent=body, leading=15, spaceAfter=0),
    )


def frame_size(
    pagesize: tuple[float, float] = pagesizes.A4, landscape: bool = False
) -> tuple[float, float]:
    """Width and height (points) of the body frame that `build_pdf` lays the story into."""
    width, height = pagesizes.landscape(pagesize) if landscape else pagesize
    return width - MARGIN_LEFT - MARGIN_RIGHT, height - MARGIN_TOP - MARGIN_BOTTOM


class _FooterCanvas(Canvas):
    """Holds each finished page back until the end, when the page count Y is known — unless
    a flowable announces Y early (`set_page_total`, the ledger that cuts its own pages):
    then each page gets its footer as it ends and its content is compressed at once, so a
    document of thousands of pages never holds them all."""

    def __init__(self, *args: Any, footer: FooterInfo, official: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._official = official
        self._qr: QrMatrix | None = None
        self._held_pages: list[dict[str, Any]] = []
        self._total: int | None = None
        self._shown = 0

    def set_page_total(self, total: int) -> None:
        """Y, known before the current page ends; pages held until now are finished."""
        if self._held_pages:
            current = dict(self.__dict__)
            self._flush_held(total)
            shown = self._shown
            self.__dict__.update(current)
            self._shown, self._held_pages = shown, []
        self._total = total

    def _flush_held(self, total: int) -> None:
        held, shown = self._held_pages, self._shown
        for state in held:
            self.__dict__.update(state)  # (restores the counters of that moment too)
            shown += 1
            self._draw_footer(shown, total)
            super().showPage()
        self._shown, self._held_pages = shown, []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        if self._total is None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()
            return
        self._shown += 1
        self._draw_footer(self._shown, self._total)
        super().showPage()
        _compress_last_page(self)

    def save(self) -> None:
        if self._total is None:
            self._flush_held(len(self._held_pages))
        elif self._shown != self._total:
            raise RuntimeError(f"announced {self._total} pages, made {self._shown}")
        super().save()

    def _anchor_qr(self) -> QrMatrix:
        if self._qr is None:
            self._qr = qr_matrix(self._footer.anchor_payload, "M")
        return self._qr

    def _draw_footer(self, number: int, total: int) -> None:
        info = self._footer
        font = register_fonts()
        width = self._pagesize[0]
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        if self._official:  # a form for an authority: page numbers only, no log, no operator
            if total > 1:
                self.setFillColor(colors.HexColor("#333333"))
                self.setFont(font, FOOTER_FONT_SIZE)
                self.drawCentredString(width / 2, FOOTER_BASELINE, f"第 {number}/{total} 页")
            return
        right_text = f"{info.chain_text}　{info.printed_text}　第 {number}/{total} 页"
        left_text = info.company + (f"　打印人 {info.operator}" if info.operator else "")
        # The head as a QR code in the corner: paper anchors the log (vault/anchors.py).
        draw_qr(self, self._anchor_qr(), right - FOOTER_QR, FOOTER_QR_BOTTOM, FOOTER_QR)
        right -= FOOTER_QR + 1 * mm
        # A long company name is shortened rather than run into the chain head.
        room = right - left - stringWidth(right_text, font, FOOTER_FONT_SIZE) - 6 * mm
        while left_text and stringWidth(left_text, font, FOOTER_FONT_SIZE) > room:
            left_text = left_text[:-2] + "…"
        self.saveState()
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.5)
        self.line(left, FOOTER_BASELINE + 4 * mm, right, FOOTER_BASELINE + 4 * mm)
        self.setFillColor(colors.HexColor("#333333"))
        self.setFont(font, FOOTER_FONT_SIZE)
        self.drawString(left, FOOTER_BASELINE, left_text)
        self.drawRightString(right, FOOTER_BASELINE, right_text)
        self.restoreState()


def _compress_last_page(canv: Canvas) -> None:
    """Encode the page just finished as reportlab would when saving, now, and drop the text."""
    page = canv._doc.Pages.pages[-1]
    if not page.compression or not page.stream:
        return
    content: Any = page.stream
    filters = [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress] if rl_config.useA85 else []
    filters = filters or [pdfdoc.PDFZCompress]
    names: list[Any] = []
    for f in reversed(filters):
        content = f.encode(content)
        names.insert(0, pdfdoc.PDFName(f.pdfname))
    stream = pdfdoc.PDFStream(content=content)
    stream.dictionary["Filter"] = pdfdoc.PDFArray(names)
    stream.__Comment__ = "page stream"
    page.Contents, page.stream = stream, None


def build_pdf(
    out: str | IO[bytes],
    story: list[Flowable],
    footer: FooterInfo,
    *,
    title: str,
    subject: str,
    scope: str = "",
    pagesize: tuple[float, float] = pagesizes.A4,
    landscape: bool = False,
    official: bool = False,
) -> None:
    """Lay `story` out on pages with the TSDesk footer and write the PDF to a path or binary
    file. `title`, `subject` and `scope` make the document info (see `doc_info`);
    `official` forms keep the audit-chain head and operator off the page."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    font = register_fonts()
    info = doc_info(title, subject, footer, scope)
    size = pagesizes.landscape(pagesize) if landscape else pagesize
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator=info.creator,
        lang="zh-CN",
        displayDocTitle=True,
        printScaling="None",  # labels and forms print at true size
        # The canvas otherwise opens every page with Helvetica, which would be referenced.
        initialFontName=font,
        initialFontSize=10.5,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_FooterCanvas, footer=footer, official=official))
