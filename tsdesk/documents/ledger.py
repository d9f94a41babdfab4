"""The register on paper: the ledger (台账) and the one-secret detail sheet.

003 §5.3 a: the company keeps a 商业秘密清单或台账 naming 秘密主题, 保密等级, 保密期限,
主责部门, 保密范围, 存储方式 of each secret. The ledger is a landscape A4 ruled table whose
header row repeats on every page; a row taller than a page is cut into continuation rows
(marked 续) before layout, so nothing is ever clipped. Plain data in, PDF out: no database
access here.
"""

from __future__ import annotations

import marshal
import zlib
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.text import CJKParagraph, wrap_text

LEDGER_TITLE = "商业秘密台账"
DETAIL_TITLE = "商业秘密详情单"
LEDGER_SUBJECT = (
    "商业秘密台账：各项商业秘密的主题、保密等级、保密期限、主责部门、保密范围和存储方式"
)
DETAIL_SUBJECT = "一项商业秘密的登记事项、秘密点、构成要件、保密措施、知悉人员和审批记录"
HEADER_FILL = colors.HexColor("#E4E9F0")
LABEL_FILL = colors.HexColor("#F2F4F7")
PAD = 3.0  # cell padding, points
ROW_SHARE = 0.8  # of the page body: a row taller than this is cut into continuation rows


@dataclass(frozen=True)
class LedgerRow:
    """One secret as the ledger prints it: every value already in words."""

    number: str
    subject: str
    category: str
    grade: str
    term: str
    department: str
    owner: str
    scope: str
    storages: str
    status: str
    next_review: str = ""  # printed only on a ledger of reviews due


# (field, header, relative width): the ledger's columns, in order (003 §5.3 a, plus 编号,
# 类别, 责任人 and 状态 from issue 3 §1).
LEDGER_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("", "序号", 10),
    ("number", "编号", 22),
    ("subject", "秘密主题", 44),
    ("category", "类别", 26),
    ("grade", "保密等级", 15),
    ("term", "保密期限", 20),
    ("department", "主责部门", 23),
    ("owner", "责任人", 14),
    ("scope", "保密范围", 34),
    ("storages", "存储方式", 38),
    ("status", "状态", 12),
)
REVIEW_COLUMN = ("next_review", "下次审查", 18)
SIGN_LINE = "编制：＿＿＿＿＿＿＿＿　　审核：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿"


def _fit_rows(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    style: ParagraphStyle,
    max_height: float,
    marker: str = "续",
) -> list[list[str]]:
    """`rows` with any row taller than `max_height` cut into several rows of whole lines, the
    later ones marked in the first column. reportlab cannot move a row taller than a page,
    and its own in-row split repeats the header mid-page, so a long cell is cut here."""
    per_row = max(1, int((max_height - 2 * PAD) // style.leading))
    out: list[list[str]] = []
    for row in rows:
        wrapped = [
            wrap_text(str(text), style.fontName, style.fontSize, w - 2 * PAD)
            for text, w in zip(row, widths, strict=True)
        ]
        if max(len(lines) for lines in wrapped) <= per_row:
            out.append(list(row))
            continue
        for start in range(0, max(len(lines) for lines in wrapped), per_row):
            chunk = ["\n".join(lines[start : start + per_row]) for lines in wrapped]
            if start and not chunk[0]:
                chunk[0] = marker
            out.append(chunk)
    return out


def _cell_style(size: float = 8.5, leading: float = 11.5, **kw) -> ParagraphStyle:
    return ParagraphStyle("ledger-cell", parent=styles().cell, fontSize=size, leading=leading, **kw)


def _grid(header_rows: int = 1) -> list[tuple]:
    st = styles()
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    return commands


def _heading(title: str, company: str, lines: Sequence[str]) -> list[Flowable]:
    st = styles()
    centred = ParagraphStyle("centred", parent=st.body, alignment=TA_CENTER)
    story: list[Flowable] = []
    if company:
        story.append(
            CJKParagraph(company, ParagraphStyle("co", parent=st.heading, alignment=TA_CENTER))
        )
    story.append(CJKParagraph(title, st.title))
    story.extend(CJKParagraph(line, centred) for line in lines if line)
    story.append(Spacer(1, 2 * mm))
    return story


Progress = Callable[[int, int], None]  # (done, total); may raise to cancel


class LedgerLayout:
    """The ledger's rows, each cell wrapped once, ready to be cut into pages.

    A row taller than ROW_SHARE of the page is cut into continuation rows first. The wrapped
    rows are kept zlib-compressed in blocks (100,000 rows stay a few MB) and only their heights
    are kept plain, so pages can be cut without holding every row or wrapping it again."""

    BLOCK = 256  # rows per compressed block

    def __init__(self, review: bool = False, progress: Progress | None = None) -> None:
        self.columns = LEDGER_COLUMNS + ((REVIEW_COLUMN,) if review else ())
        width, self.page_height = frame_size(landscape=True)
        total = sum(w for _, _, w in self.columns)
        self.col_widths = [width * w / total for _, _, w in self.columns]
        self.table_width = sum(self.col_widths)
        self.font, self.size, self.leading = _cell_style().fontName, 8.5, 11.5
        narrow = {"", "grade", "owner", "status", "next_review"}  # short values read centred
        self.centred = [key in narrow for key, _, _ in self.columns]
        self.header = tuple(
            self._wrap(h, w) for (_, h, _), w in zip(self.columns, self.col_widths, strict=True)
        )
        self.header_height = self._height(self.header)
        self._per_row = max(1, int((self.page_height * ROW_SHARE - 2 * PAD) // self.leading))
        self.count = 0  # secrets (a secret cut into continuation rows counts once)
        self.heights = array("d")
        self._blocks: list[bytes] = []
        self._pending: list[tuple[tuple[str, ...], ...]] = []
        self._cached: tuple[int, list] = (-1, [])
        self._progress = progress
        self.expected = 0  # rows announced to `progress` (0: unknown)
        self.sign = CJKParagraph(SIGN_LINE, styles().body)  # under the last row

    def _wrap(self, text: str, width: float) -> tuple[str, ...]:
        """`wrap_text`, with a short cut for the usual one-line cell."""
        inner = width - 2 * PAD
        plain = text and "\n" not in text and "\r" not in text and "\t" not in text
        if plain and stringWidth(text, self.font, self.size) <= inner:
            return (text.rstrip(),)
        return tuple(wrap_text(text, self.font, self.size, inner))

    def _height(self, row: Sequence[Sequence[str]]) -> float:
        return max(len(lines) for lines in row) * self.leading + 2 * PAD

    def add(self, row: LedgerRow) -> None:
        self.count += 1
        texts = [str(self.count) if not key else getattr(row, key) for key, _, _ in self.columns]
        wrapped = [self._wrap(t, w) for t, w in zip(texts, self.col_widths, strict=True)]
        most = max(len(lines) for lines in wrapped)
        # reportlab cannot move a row taller than a page, and its own in-row split repeats
        # the header mid-page: a long row is cut here into rows of whole lines.
        for start in range(0, max(most, 1), self._per_row):
            part = [lines[start : start + self._per_row] for lines in wrapped]
            if start and not part[0]:
                part[0] = ("续",)
            self._append(tuple(part))
        if self._progress and self.count % self.BLOCK == 0:
            self._progress(self.count, 2 * max(self.expected, self.count))

    def _append(self, row: tuple[tuple[str, ...], ...]) -> None:
        self.heights.append(self._height(row))
        self._pending.append(row)
        if len(self._pending) == self.BLOCK:
            self._blocks.append(zlib.compress(marshal.dumps(self._pending), 1))
            self._pending = []

    def row(self, index: int) -> tuple[tuple[str, ...], ...]:
        block, offset = divmod(index, self.BLOCK)
        if block == len(self._blocks):
            return self._pending[offset]
        if self._cached[0] != block:
            self._cached = (block, marshal.loads(zlib.decompress(self._blocks[block])))
        return self._cached[1][offset]

    def __len__(self) -> int:
        return len(self.heights)


def lay_out_ledger(
    rows: Iterable[LedgerRow],
    *,
    review: bool = False,
    expected: int = 0,
    progress: Progress | None = None,
) -> LedgerLayout:
    """Wrap every row once (pass one of two; `expected` rows, for the progress)."""
    layout = LedgerLayout(review, progress)
    layout.expected = expected
    for row in rows:
        layout.add(row)
    return layout


class _LedgerBody(Flowable):
    """The ledger's table from row `start` on, cut at page ends by this flowable itself: each
    page a table of its own (header row, whole rows), the sign line after the last row. As
    every page's rows are known when the first is drawn, the page count Y is given to the
    footer then and no page has to be held back for "page X/Y"."""

    def __init__(self, layout: LedgerLayout, start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.layout = layout
        self.start, self.end = start, end
        self.tail = SIGN_GAP + layout.sign.wrap(layout.table_width, layout.page_height)[1]

    def _item(self, i: int) -> float:
        """Height of row `i`; the item after the last row is the sign line."""
        return self.layout.heights[i] if i < len(self.layout) else self.tail

    def _fit(self, start: int, room: float) -> int:
        """The end (exclusive, over rows and the sign line) of what fits from `start`."""
        last = len(self.layout) + 1
        used, i = 0.0, start
        while i < last:
            need = self._item(i) + (self.layout.header_height if i == start < last - 1 else 0)
            if used + need > room:
                break
            used, i = used + need, i + 1
        return i

    def _span_height(self, start: int, end: int) -> float:
        rows = min(end, len(self.layout))
        height = sum(self.layout.heights[start:rows])
        if rows > start:
            height += self.layout.header_height
        return height + (self.tail if end > len(self.layout) else 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = self.layout.table_width
        if self.end is None:
            fits = self._fit(self.start, availHeight)
            # Too tall: one more than the room makes the frame ask `split`.
            self.height = (
                self._span_height(self.start, fits) if fits > len(self.layout) else availHeight + 1
            )
        else:
            self.height = self._span_height(self.start, self.end)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fits = self._fit(self.start, availHeight)
        if fits == self.start:
            return []  # nothing fits here: the next page
        return [_LedgerBody(self.layout, self.start, fits), _LedgerBody(self.layout, fits)]

    def _pages_after(self, end: int) -> int:
        pages, last = 0, len(self.layout) + 1
        while end < last:
            end = self._fit(end, self.layout.page_height)
            pages += 1
        return pages

    def draw(self) -> None:
        layout, canv = self.layout, self.canv
        end = self.end if self.end is not None else len(layout) + 1
        if self.start == 0 and hasattr(canv, "set_page_total"):
            canv.set_page_total(canv.getPageNumber() + self._pages_after(end))
        y = self.height
        rows = range(self.start, min(end, len(layout)))
        if rows:
            y = self._draw_table(rows, y)
        if end > len(layout):
            self._draw_sign(y - SIGN_GAP)
        if layout._progress:
            done = min(end, len(layout)) * layout.count // max(len(layout), 1)
            layout._progress(layout.count + done, 2 * layout.count)

    def _draw_table(self, rows: range, top: float) -> float:
        layout, canv = self.layout, self.canv
        ascent, descent = getAscentDescent(layout.font, layout.size)
        # the glyphs' ascent..descent band centred in each line's leading (as CJKParagraph)
        first = (layout.leading - (ascent - descent)) / 2 + ascent
        canv.saveState()
        canv.setFillColor(HEADER_FILL)
        canv.rect(0, top - layout.header_height, layout.table_width, layout.header_height, 0, 1)
        text = canv.beginText()
        text.setFont(layout.font, layout.size, layout.leading)
        text.setFillColor(colors.black)
        lines_y = [top]
        y = top
        for row, height, centred in [
            (layout.header, layout.header_height, [True] * len(layout.columns)),
            *((layout.row(i), layout.heights[i], layout.centred) for i in rows),
        ]:
            x = 0.0
            for lines, width, centre in zip(row, layout.col_widths, centred, strict=True):
                # vertically centred in the row, as a table cell with VALIGN MIDDLE
                baseline = y - (height - len(lines) * layout.leading) / 2 - first
                for line in lines:
                    left = x + PAD
                    if centre:
                        w = stringWidth(line, layout.font, layout.size)
                        left = x + (width - w) / 2
                    text.setTextOrigin(left, baseline)
                    text.textOut(line)
                    baseline -= layout.leading
                x += width
            y -= height
            lines_y.append(y)
        canv.drawText(text)
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.5)
        path = canv.beginPath()
        for ly in lines_y:
            path.moveTo(0, ly)
            path.lineTo(layout.table_width, ly)
        x = 0.0
        for width in [0.0, *layout.col_widths]:
            x += width
            path.moveTo(x, top)
            path.lineTo(x, y)
        canv.drawPath(path, stroke=1, fill=0)
        canv.setLineWidth(1.0)
        canv.rect(0, y, layout.table_width, top - y, 1, 0)
        canv.restoreState()
        return y

    def _draw_sign(self, top: float) -> None:
        sign = self.layout.sign
        sign.drawOn(self.canv, 0, top - sign.wrap(self.layout.table_width, top)[1])


SIGN_GAP = 6 * mm  # between the table and the sign line


def render_ledger(
    out: str | IO[bytes],
    rows: Iterable[LedgerRow] | LedgerLayout,
    footer: FooterInfo,
    *,
    company: str = "",
    printed_on: date | None = None,
    scope: str = "全部",
    review: bool = False,
    progress: Progress | None = None,
) -> None:
    """The ledger of `rows` (or of a `lay_out_ledger` layout) on landscape A4; `scope` says
    which secrets (全部, or the filter). A ledger of reviews due (`review`) adds each
    secret's next review date. `progress(done, total)` is called between pages."""
    layout = rows if isinstance(rows, LedgerLayout) else lay_out_ledger(rows, review=review)
    if progress is not None:
        layout._progress = progress
    when = (printed_on or footer.printed_at.date()).isoformat()
    story = _heading(
        LEDGER_TITLE,
        company,
        [f"范围：{scope}　　共 {layout.count} 项　　打印日期：{when}"],
    )
    if layout.count:
        story.append(_LedgerBody(layout))
    else:
        story.append(CJKParagraph("（没有符合条件的商业秘密）", styles().body))
        story += [Spacer(1, SIGN_GAP), CJKParagraph(SIGN_LINE, styles().body)]
    build_pdf(
        out,
        story,
        footer,
        title=LEDGER_TITLE,
        subject=LEDGER_SUBJECT,
        scope=f"范围：{scope}",
        landscape=True,
    )


# --- the detail sheet ------------------------------------------------------------------------


@dataclass(frozen=True)
class SecretSheet:
    """Everything the detail sheet prints about one secret, in words."""

    number: str
    subject: str
    category: str
    grade: str
    term: str
    status: str
    department: str = ""
    owner: str = ""
    scope: str = ""
    description: str = ""
    note: str = ""
    next_review: str = ""
    proposed: str = ""  # "王丽娟 2026-03-01"
    confirmed: str = ""
    ended: str = ""  # declassified / void: reason and date
    points: Sequence[str] = ()
    storages: Sequence[tuple[str, str]] = ()  # (kind, location)
    # 003 §6.2.1 constitutive conditions and the §6.1.3 exclusion check
    conditions: Sequence[tuple[str, str]] = ()  # (label, text)
    knowers: Sequence[tuple[str, str, str, str, str, str]] = field(default_factory=tuple)
    # (name, department, tier, period, granted by, state)
    approvals: Sequence[tuple[str, str, str, str, str]] = field(default_factory=tuple)
    # (kind, requested by, approved by, when, details)


def _section(title: str) -> CJKParagraph:
    return CJKParagraph(title, styles().heading)


def _list_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], empty: str
) -> Flowable:
    if not rows:
        return CJKParagraph(empty, _cell_style(10, 15, textColor=colors.HexColor("#555555")))
    width, height = frame_size()
    col_widths = [width * w / sum(widths) for w in widths]
    head_style, body = _cell_style(9.5, 13, alignment=TA_CENTER), _cell_style(9.5, 13)
    data = [[CJKParagraph(h, head_style) for h in headers]]
    data += [
        [CJKParagraph(v, body) for v in row]
        for row in _fit_rows(rows, col_widths, body, height * ROW_SHARE)
    ]
    return Table(
        data,
        colWidths=col_widths,
        repeatRows=1,
        style=TableStyle(_grid()),
    )


def render_detail(out: str | IO[bytes], sheet: SecretSheet, footer: FooterInfo) -> None:
    """One secret on portrait A4: its fields, numbered points, storages, conditions, knowers
    and approvals."""
    width, height = frame_size()
    label = _cell_style(10, 14, alignment=TA_CENTER)
    value = _cell_style(10, 14)
    col = [width * w for w in (0.15, 0.35, 0.15, 0.35)]

    def pair(l1: str, v1: str, l2: str, v2: str) -> list[Flowable | str]:
        return [
            CJKParagraph(l1, label),
            CJKParagraph(v1, value),
            CJKParagraph(l2, label),
            CJKParagraph(v2, value),
        ]

    def wide(l1: str, v1: str) -> list[list[Flowable | str]]:
        """A label and a value across three columns (several rows, 续, when very long)."""
        fitted = _fit_rows([[l1, v1]], [col[0], sum(col[1:])], value, height * ROW_SHARE)
        return [[CJKParagraph(a, label), CJKParagraph(b, value), "", ""] for a, b in fitted]

    rows = [
        pair("编号", sheet.number, "状态", sheet.status),
        *wide("秘密主题", sheet.subject),
        pair("类别", sheet.category, "保密等级", sheet.grade),
        pair("保密期限", sheet.term, "下次审查", sheet.next_review),
        pair("主责部门", sheet.department, "责任人", sheet.owner),
        *wide("保密范围", sheet.scope),
        *wide("描述", sheet.description),
        pair("拟定", sheet.proposed, "确定", sheet.confirmed),
    ]
    if sheet.ended:
        rows += wide("结束", sheet.ended)
    if sheet.note:
        rows += wide("备注", sheet.note)
    commands = _grid(header_rows=0)
    for r, row in enumerate(rows):
        commands.append(("BACKGROUND", (0, r), (0, r), LABEL_FILL))
        if row[2] == "":
            commands.append(("SPAN", (1, r), (3, r)))
        else:
            commands.append(("BACKGROUND", (2, r), (2, r), LABEL_FILL))
    story = _heading(DETAIL_TITLE, footer.company, [f"编号：{sheet.number}"])
    story.append(Table(rows, colWidths=col, style=TableStyle(commands)))
    story.append(_section("秘密点"))
    story.append(
        _list_table(
            ["序号", "秘密点"],
            [(str(i), p) for i, p in enumerate(sheet.points, 1)],
            [1, 11],
            "（尚未列明秘密点）",
        )
    )
    story.append(_section("存储方式"))
    story.append(_list_table(["存储方式", "位置"], sheet.storages, [1, 3], "（未登记）"))
    if sheet.conditions:
        story.append(_section("构成要件与排除情形"))
        story.append(_list_table(["事项", "情况"], sheet.conditions, [1, 3], ""))
    story.append(_section("知悉人员"))
    story.append(
        _list_table(
            ["姓名", "部门", "知悉程度", "有效期", "授权人", "状态"],
            sheet.knowers,
            [1.3, 1.6, 1.9, 2.5, 1.6, 0.9],
            "（尚无知悉人员）",
        )
    )
    story.append(_section("审批记录"))
    story.append(
        _list_table(
            ["事项", "申请人", "审批人", "时间", "内容"],
            sheet.approvals,
            [1.9, 1.6, 1.6, 1.3, 3.6],
            "（尚无审批记录）",
        )
    )
    build_pdf(out, story, footer, title=DETAIL_TITLE, subject=DETAIL_SUBJECT, scope=sheet.number)
