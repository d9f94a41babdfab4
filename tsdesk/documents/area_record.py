"""The secret area record (涉密区域登记表): the area, its protection measures (003 §9.1.1.2
a–f) ticked with notes, and the people authorised to enter it. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.text import CJKParagraph, ruled_table

TITLE = "涉密区域登记表"
SUBJECT = "涉密区域的保护措施和准入人员名单"


@dataclass(frozen=True)
class MeasureLine:
    key: str  # a–f
    text: str
    done: bool
    note: str


@dataclass(frozen=True)
class AccessLine:
    number: str  # 工号
    name: str
    department: str
    valid_from: str
    valid_until: str  # "长期" when open-ended


@dataclass(frozen=True)
class AreaRecord:
    number: str
    name: str
    kind: str
    grade: str
    location: str
    department: str
    responsible: str
    as_of: str  # the day the access list is for
    measures: list[MeasureLine]
    people: list[AccessLine]


def render_area_record(out: str | IO[bytes], record: AreaRecord, footer: FooterInfo) -> None:
    st = styles()
    width, _ = frame_size()
    cell = ParagraphStyle("cell9", parent=st.cell, fontSize=9.5, leading=14)
    centre = ParagraphStyle("centre9", parent=cell, alignment=TA_CENTER)

    def p(text: str, style: ParagraphStyle = cell) -> CJKParagraph:
        return CJKParagraph(text, style)

    key_w = 24 * mm
    value_w = (width - 2 * key_w) / 2
    info = ruled_table(
        [
            [p("区域编号"), p(record.number), p("区域名称"), p(record.name)],
            [p("区域类别"), p(record.kind), p("保密等级"), p(record.grade)],
            [p("位置"), p(record.location or "—"), p("主责部门"), p(record.department or "—")],
            [p("责任人"), p(record.responsible or "—"), p("名单日期"), p(record.as_of)],
        ],
        [key_w, value_w, key_w, value_w],
        shade_keys=True,
    )
    measures = ruled_table(
        [[p("项", centre), p("保护措施"), p("落实", centre), p("说明")]]
        + [
            [p(m.key, centre), p(m.text), p("是" if m.done else "否", centre), p(m.note)]
            for m in record.measures
        ],
        [10 * mm, width * 0.52, 14 * mm, None],
        header_rows=1,
    )
    people_rows = [[p("序号", centre), p("工号"), p("姓名"), p("部门"), p("起始"), p("截止")]]
    people_rows += [
        [
            p(str(n), centre),
            p(a.number),
            p(a.name),
            p(a.department),
            p(a.valid_from),
            p(a.valid_until),
        ]
        for n, a in enumerate(record.people, start=1)
    ]
    people = ruled_table(
        people_rows,
        [12 * mm, 26 * mm, 28 * mm, None, 26 * mm, 26 * mm],
        header_rows=1,
    )
    story: list[Flowable] = [
        CJKParagraph(TITLE, st.title),
        info,
        Spacer(1, 3 * mm),
        CJKParagraph("保护措施", st.heading),
        measures,
        Spacer(1, 3 * mm),
        CJKParagraph(f"准入人员（{len(record.people)} 人）", st.heading),
        people if record.people else CJKParagraph("无有效授权", st.body),
        Spacer(1, 8 * mm),
        CJKParagraph("区域责任人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", st.body),
    ]
    build_pdf(out, story, footer, title=TITLE, subject=SUBJECT, scope=record.number)
