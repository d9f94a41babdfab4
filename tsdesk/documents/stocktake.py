"""The stock-take (盘点) report: what was counted where, and four ruled tables — found,
missing, unexpected, must-not-exist — with a signature line. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.text import CJKParagraph

TITLE = "涉密载体盘点报告"
SUBJECT = "涉密载体盘点结果：已找到、缺失、多出和不应存在的载体"
COLUMNS = ("序号", "载体编号", "名称", "登记位置", "标签", "说明")
# Column widths as shares of the frame width (the name and the note take the room).
SHARES = (0.08, 0.20, 0.22, 0.18, 0.10, 0.22)  # 序号 on one line
HEADER_FILL = colors.HexColor("#F2F2F2")
GRID = colors.black


@dataclass(frozen=True)
class ReportRow:
    number: str
    title: str
    place: str
    label: str  # how the label read: 真实 / 伪造 / 未验证 / 无法识别; "" for missing ones
    note: str  # why the row is in its section
    code: str = ""  # the scanned text, printed when no carrier matched


@dataclass(frozen=True)
class ReportSection:
    heading: str  # e.g. "已找到"
    rows: list[ReportRow] = field(default_factory=list)


@dataclass(frozen=True)
class StockTakeReport:
    area: str
    location: str
    operator: str
    started: str  # already formatted local times
    finished: str
    sections: list[ReportSection]
    note: str = ""


def _info_table(report: StockTakeReport, width: float, st) -> Table:
    label = ParagraphStyle("label", parent=st.cell)
    pairs = [
        ("盘点区域", report.area or "—", "盘点位置", report.location or "—"),
        ("开始时间", report.started, "完成时间", report.finished),
        (
            "盘点人",
            report.operator,
            "结果",
            "　".join(f"{s.heading} {len(s.rows)}" for s in report.sections),
        ),
    ]
    key_w = 22 * mm
    value_w = (width - 2 * key_w) / 2
    return Table(
        [
            [
                CJKParagraph(a, label),
                CJKParagraph(b, st.cell),
                CJKParagraph(c, label),
                CJKParagraph(d, st.cell),
            ]
            for a, b, c, d in pairs
        ],
        colWidths=[key_w, value_w, key_w, value_w],
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.75, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL),
            ]
        ),
    )


def _section_table(section: ReportSection, width: float, st) -> list[Flowable]:
    cell = ParagraphStyle("small_cell", parent=st.cell, fontSize=9, leading=13)
    heading = CJKParagraph(f"{section.heading}（{len(section.rows)}）", st.heading)
    if not section.rows:
        return [heading, CJKParagraph("无", st.body)]
    data = [[CJKParagraph(c, cell) for c in COLUMNS]]
    for n, row in enumerate(section.rows, start=1):
        number = row.number or row.code
        data.append(
            [
                CJKParagraph(str(n), cell),
                CJKParagraph(number, cell),
                CJKParagraph(row.title, cell),
                CJKParagraph(row.place, cell),
                CJKParagraph(row.label, cell),
                CJKParagraph(row.note, cell),
            ]
        )
    table = Table(
        data,
        colWidths=[width * s for s in SHARES],
        repeatRows=1,
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )
    return [heading, table]


def render_stocktake_report(
    out: str | IO[bytes], report: StockTakeReport, footer: FooterInfo
) -> None:
    st = styles()
    width, _ = frame_size()
    story: list[Flowable] = [
        CJKParagraph(TITLE, st.title),
        _info_table(report, width, st),
        Spacer(1, 2 * mm),
    ]
    for section in report.sections:
        story.extend(_section_table(section, width, st))
        story.append(Spacer(1, 2 * mm))
    if report.note:
        story.append(CJKParagraph(f"备注：{report.note}", st.body))
    story.append(Spacer(1, 8 * mm))
    story.append(
        KeepTogether(
            [
                CJKParagraph(
                    "盘点人（签字）：＿＿＿＿＿＿＿＿　　监盘人（签字）：＿＿＿＿＿＿＿＿"
                    "　　日期：＿＿＿＿＿＿",
                    st.body,
                )
            ]
        )
    )
    build_pdf(out, story, footer, title=TITLE, subject=SUBJECT, scope=report.area)
