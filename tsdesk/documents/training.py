"""The training sign-in sheet (培训签到表, 003 §12.1) and the inspection report (保密检查报告,
003 §12.3). Plain data in, PDF out; the footer of every page carries the audit-chain head."""

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

SIGNIN_TITLE = "培训签到表"
SIGNIN_SUBJECT = "商业秘密保护培训签到表：参训人员亲笔签名"
SIGNIN_COLUMNS = ("序号", "工号", "姓名", "部门", "签名")
SIGNIN_SHARES = (0.08, 0.15, 0.17, 0.25, 0.35)  # the signature column takes the room
SIGNIN_ROW = 11 * mm  # room for a handwritten signature

REPORT_TITLE = "保密检查报告"
REPORT_SUBJECT = "商业秘密保密检查：检查范围、发现问题、结论与整改措施"
ACTION_COLUMNS = ("序号", "整改措施", "责任人", "整改期限", "状态", "整改佐证")
ACTION_SHARES = (0.07, 0.28, 0.10, 0.13, 0.16, 0.26)

HEADER_FILL = colors.HexColor("#F2F2F2")
GRID = colors.black


@dataclass(frozen=True)
class SigninRow:
    number: str
    name: str
    department: str


@dataclass(frozen=True)
class SigninSheet:
    topic: str
    held_on: str
    trainer: str
    audience: str
    rows: list[SigninRow]
    note: str = ""


@dataclass(frozen=True)
class ReportAction:
    description: str
    owner: str
    due: str
    status: str
    evidence: str


@dataclass(frozen=True)
class InspectionReport:
    title: str
    planned_on: str
    done_on: str
    inspector: str
    state: str
    scope_areas: str
    scope_carriers: str
    scope_people: str
    rules: str
    findings: str
    conclusion: str
    actions: list[ReportAction] = field(default_factory=list)
    stocktake: str = ""  # the linked stock-take in one paragraph, "" when none


def _grid(header_row: bool = True, key_columns: tuple[int, ...] = ()) -> TableStyle:
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
    ]
    if header_row:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    for c in key_columns:
        commands.append(("BACKGROUND", (c, 0), (c, -1), HEADER_FILL))
    return TableStyle(commands)


def _pairs(pairs: list[tuple[str, str, str, str]], width: float, st) -> Table:
    key_w = 22 * mm
    value_w = (width - 2 * key_w) / 2
    return Table(
        [[CJKParagraph(x or "—", st.cell) for x in row] for row in pairs],
        colWidths=[key_w, value_w, key_w, value_w],
        style=_grid(False, (0, 2)),
    )


def render_signin_sheet(out: str | IO[bytes], sheet: SigninSheet, footer: FooterInfo) -> None:
    st = styles()
    width, _ = frame_size()
    cell = ParagraphStyle("signin_cell", parent=st.cell, fontSize=10, leading=14)
    data: list[list] = [[CJKParagraph(c, cell) for c in SIGNIN_COLUMNS]]
    for n, row in enumerate(sheet.rows, start=1):
        data.append(
            [
                CJKParagraph(str(n), cell),
                CJKParagraph(row.number, cell),
                CJKParagraph(row.name, cell),
                CJKParagraph(row.department, cell),
                "",  # signed by hand
            ]
        )
    table = Table(
        data,
        colWidths=[width * s for s in SIGNIN_SHARES],
        rowHeights=[8 * mm] + [SIGNIN_ROW] * len(sheet.rows),
        repeatRows=1,  # every page starts with the column heads
        style=_grid(),
    )
    story: list[Flowable] = [
        CJKParagraph(SIGNIN_TITLE, st.title),
        _pairs(
            [
                ("培训主题", sheet.topic, "培训日期", sheet.held_on),
                ("培训讲师", sheet.trainer, "培训对象", sheet.audience),
            ],
            width,
            st,
        ),
        Spacer(1, 3 * mm),
    ]
    if sheet.note:
        story.append(CJKParagraph(f"备注：{sheet.note}", st.body))
    story += [
        CJKParagraph(f"应到 {len(sheet.rows)} 人，请本人签名。", st.small),
        Spacer(1, 1 * mm),
        table,
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                CJKParagraph(
                    "实到　　　人　　讲师（签字）：＿＿＿＿＿＿　　记录人（签字）：＿＿＿＿＿＿",
                    st.body,
                )
            ]
        ),
    ]
    build_pdf(out, story, footer, title=SIGNIN_TITLE, subject=SIGNIN_SUBJECT, scope=sheet.held_on)


def _section(heading: str, text: str, st) -> list[Flowable]:
    paragraphs = [p for p in text.splitlines() if p.strip()] or ["—"]
    return [CJKParagraph(heading, st.heading), *(CJKParagraph(p, st.body) for p in paragraphs)]


def render_inspection_report(
    out: str | IO[bytes], report: InspectionReport, footer: FooterInfo
) -> None:
    st = styles()
    width, _ = frame_size()
    cell = ParagraphStyle("action_cell", parent=st.cell, fontSize=9, leading=13)
    story: list[Flowable] = [
        CJKParagraph(REPORT_TITLE, st.title),
        CJKParagraph(report.title, st.heading),
        _pairs(
            [
                ("计划日期", report.planned_on, "检查日期", report.done_on),
                ("检查人", report.inspector, "状态", report.state),
            ],
            width,
            st,
        ),
        CJKParagraph("一、检查范围", st.heading),
        _pairs(
            [
                ("涉密区域", report.scope_areas, "涉密载体", report.scope_carriers),
            ],
            width,
            st,
        ),
        Table(
            [
                [
                    CJKParagraph("涉密人员", st.cell),
                    CJKParagraph(report.scope_people or "—", st.cell),
                ]
            ],
            colWidths=[22 * mm, width - 22 * mm],
            style=_grid(False, (0,)),
        ),
        *_section("二、检查依据（检查的制度条款）", report.rules, st),
        *_section("三、发现的问题", report.findings, st),
        *_section("四、检查结论", report.conclusion, st),
        CJKParagraph("五、整改措施", st.heading),
    ]
    if report.actions:
        data: list[list] = [[CJKParagraph(c, cell) for c in ACTION_COLUMNS]]
        for n, a in enumerate(report.actions, start=1):
            data.append(
                [
                    CJKParagraph(x, cell)
                    for x in (str(n), a.description, a.owner, a.due, a.status, a.evidence)
                ]
            )
        story.append(
            Table(
                data,
                colWidths=[width * s for s in ACTION_SHARES],
                repeatRows=1,
                style=_grid(),
            )
        )
    else:
        story.append(CJKParagraph("无", st.body))
    if report.stocktake:
        story += _section("六、盘点结果", report.stocktake, st)
    story += [
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                CJKParagraph(
                    "检查人（签字）：＿＿＿＿＿＿　被检查部门负责人（签字）：＿＿＿＿＿＿"
                    "　日期：＿＿＿＿＿",
                    st.body,
                )
            ]
        ),
    ]
    build_pdf(out, story, footer, title=REPORT_TITLE, subject=REPORT_SUBJECT, scope=report.title)
