"""The self-assessment report (基地申报自评报告): the score, every item of the conditions with
its result and evidence, the gaps, and the evidence index — which record shows what. An
internal document: it carries the usual footer with the audit-chain head. Plain data in, PDF
out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.text import CJKParagraph, ruled_table

TITLE = "商业秘密保护基地申报自评报告"
SUBJECT = "对照申报条件逐项自评的结果、差距和证据索引"
RESULT_WORDS = {True: "达到", False: "未达到", None: "参考"}


@dataclass(frozen=True)
class ReportItem:
    key: str
    condition: str
    title: str
    rule: str  # the seed's words
    how: str
    met: bool | None
    evidence: list[str]
    where: str  # where the evidence is kept, in words (the page)


@dataclass(frozen=True)
class AssessmentReport:
    company: str
    form: str  # 示范点（第十条）
    as_of: str
    met: int
    total: int
    items: list[ReportItem]

    @property
    def gaps(self) -> list[ReportItem]:
        return [i for i in self.items if i.met is False]


def render_assessment_report(
    out: str | IO[bytes], report: AssessmentReport, footer: FooterInfo
) -> None:
    st = styles()
    width, _ = frame_size()
    cell = ParagraphStyle("cell9", parent=st.cell, fontSize=9, leading=13)
    centre = ParagraphStyle("centre9", parent=cell, alignment=TA_CENTER)

    def p(text: str, style: ParagraphStyle = cell) -> CJKParagraph:
        return CJKParagraph(text, style)

    key_w = 26 * mm
    summary = ruled_table(
        [
            [p("申报单位"), p(report.company or "—"), p("申报类别"), p(report.form)],
            [
                p("自评日期"),
                p(report.as_of),
                p("自评得分"),
                p(f"{report.met} / {report.total} 项达到"),
            ],
        ],
        [key_w, (width - 2 * key_w) / 2, key_w, (width - 2 * key_w) / 2],
        shade_keys=True,
    )
    rows = [[p("序号", centre), p("条件与自评项"), p("结果", centre), p("依据")]]
    for n, it in enumerate(report.items, start=1):
        rows.append(
            [
                p(str(n), centre),
                p(f"{it.condition}\n{it.title}（{it.key}）"),
                p(RESULT_WORDS[it.met], centre),
                p("\n".join(it.evidence) or "—"),
            ]
        )
    items = ruled_table(rows, [10 * mm, width * 0.34, 16 * mm, None], header_rows=1)
    story: list[Flowable] = [
        CJKParagraph(TITLE, st.title),
        summary,
        Spacer(1, 3 * mm),
        # Not kept with the long table that follows: it would push the table to a new page.
        CJKParagraph("逐项自评", ParagraphStyle("loose", parent=st.heading, keepWithNext=0)),
        items,
        Spacer(1, 3 * mm),
        CJKParagraph(f"差距（{len(report.gaps)} 项）", st.heading),
    ]
    if report.gaps:
        gap_rows = [[p("序号", centre), p("自评项"), p("要求"), p("现状")]]
        gap_rows += [
            [p(str(n), centre), p(f"{g.title}（{g.key}）"), p(g.rule), p("\n".join(g.evidence))]
            for n, g in enumerate(report.gaps, start=1)
        ]
        story.append(ruled_table(gap_rows, [10 * mm, 50 * mm, width * 0.32, None], header_rows=1))
    else:
        story.append(CJKParagraph("无：各项均已达到。", st.body))
    index_rows = [[p("自评项", centre), p("判定方法"), p("证据所在")]]
    index_rows += [[p(it.key, centre), p(it.how), p(it.where)] for it in report.items]
    story += [
        Spacer(1, 3 * mm),
        CJKParagraph("证据索引", st.heading),
        ruled_table(index_rows, [26 * mm, None, 40 * mm], header_rows=1),
        Spacer(1, 8 * mm),
        CJKParagraph(
            "自评人（签字）：＿＿＿＿＿＿＿＿　　审核人（签字）：＿＿＿＿＿＿＿＿", st.body
        ),
    ]
    build_pdf(out, story, footer, title=TITLE, subject=SUBJECT, scope=report.as_of)
