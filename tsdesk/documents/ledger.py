"""The register on paper: the ledger (台账) and the one-secret detail sheet.

003 §5.3 a: the company keeps a 商业秘密清单或台账 naming 秘密主题, 保密等级, 保密期限,
主责部门, 保密范围, 存储方式 of each secret. The ledger is a landscape A4 ruled table whose
header row repeats on every page; a row taller than a page is cut into continuation rows
(marked 续) before layout, so nothing is ever clipped. Plain data in, PDF out: no database
access here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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


def render_ledger(
    out: str | IO[bytes],
    rows: Sequence[LedgerRow],
    footer: FooterInfo,
    *,
    company: str = "",
    printed_on: date | None = None,
    scope: str = "全部",
    review: bool = False,
) -> None:
    """The ledger of `rows` on landscape A4; `scope` says which secrets (全部, or the filter).
    A ledger of reviews due (`review`) adds each secret's next review date."""
    columns = LEDGER_COLUMNS + ((REVIEW_COLUMN,) if review else ())
    width, height = frame_size(landscape=True)
    total = sum(w for _, _, w in columns)
    col_widths = [width * w / total for _, _, w in columns]
    head_style = _cell_style(alignment=TA_CENTER)
    body = _cell_style()
    centred = _cell_style(alignment=TA_CENTER)
    narrow = {"", "grade", "owner", "status", "next_review"}  # short values read better centred
    texts = [
        [str(n) if not key else getattr(row, key) for key, _, _ in columns]
        for n, row in enumerate(rows, start=1)
    ]
    data: list[list[Flowable]] = [[CJKParagraph(h, head_style) for _, h, _ in columns]]
    data += [
        [
            CJKParagraph(text, centred if key in narrow else body)
            for text, (key, _, _) in zip(cells, columns, strict=True)
        ]
        for cells in _fit_rows(texts, col_widths, body, height * ROW_SHARE)
    ]
    when = (printed_on or footer.printed_at.date()).isoformat()
    story = _heading(
        LEDGER_TITLE,
        company,
        [f"范围：{scope}　　共 {len(rows)} 项　　打印日期：{when}"],
    )
    if rows:
        story.append(
            Table(
                data,
                colWidths=col_widths,
                repeatRows=1,
                style=TableStyle(_grid()),
            )
        )
    else:
        story.append(CJKParagraph("（没有符合条件的商业秘密）", styles().body))
    story += [Spacer(1, 6 * mm), CJKParagraph(SIGN_LINE, styles().body)]
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
