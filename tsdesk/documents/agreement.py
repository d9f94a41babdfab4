"""Agreements on paper: the filled agreement (parties, text, the secrets and carriers it
covers, damages, signatures) and a person's non-compete compensation statement. Plain data
in, PDF out; the audit-chain head is in every page's footer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles

if TYPE_CHECKING:  # platypus loads when a document is drawn: the services import this module
    from reportlab.platypus import Flowable, Table

HEADER_FILL = colors.HexColor("#F2F2F2")
GRID = colors.black


@dataclass(frozen=True)
class SecretLine:
    number: str
    subject: str
    grade: str
    note: str = ""  # 已解密 …


@dataclass(frozen=True)
class AgreementDoc:
    title: str  # 员工保密协议 …
    number: str
    first_party: str  # 甲方 (the company)
    second_party: str  # 乙方: the person, or the outside party
    body: str  # the template filled in (lines kept)
    secrets: list[SecretLine] = field(default_factory=list)
    carriers: list[tuple[str, str]] = field(default_factory=list)  # (number, title)
    damages: str = ""  # yuan, formatted; "" when none agreed
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, value) under the title
    pledge: bool = False  # a one-sided pledge: one signature


def _table(rows: list[list[str]], shares: tuple[float, ...], width: float, st) -> Table:
    from reportlab.platypus import Table, TableStyle

    from tsdesk.documents.text import CJKParagraph

    cell = ParagraphStyle("agreement_cell", parent=st.cell, fontSize=9.5, leading=14)
    return Table(
        [[CJKParagraph(c, cell) for c in row] for row in rows],
        colWidths=[width * s for s in shares],
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


def _facts(facts: list[tuple[str, str]], st) -> list[Flowable]:
    from tsdesk.documents.text import CJKParagraph

    return [CJKParagraph("　　".join(f"{k}：{v}" for k, v in facts if v), st.small)]


def render_agreement(out: str | IO[bytes], doc: AgreementDoc, footer: FooterInfo) -> None:
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from tsdesk.documents.text import CJKParagraph

    st = styles()
    width, _ = frame_size()
    story: list[Flowable] = [
        CJKParagraph(doc.title, st.title),
        *_facts([("编号", doc.number), *doc.facts], st),
        Spacer(1, 3 * mm),
    ]
    for paragraph in doc.body.split("\n"):
        story.append(CJKParagraph(paragraph, st.body) if paragraph.strip() else Spacer(1, 2 * mm))
    story.append(Spacer(1, 3 * mm))
    story.append(CJKParagraph(f"附件一　所涉商业秘密（{len(doc.secrets)} 项）", st.heading))
    if doc.secrets:
        rows = [["序号", "编号", "名称", "等级", "说明"]]
        rows += [
            [str(i), s.number, s.subject, s.grade, s.note]
            for i, s in enumerate(doc.secrets, start=1)
        ]
        story.append(_table(rows, (0.08, 0.22, 0.42, 0.12, 0.16), width, st))
    else:
        story.append(CJKParagraph("未逐项列明。", st.body))
    story.append(CJKParagraph(f"附件二　交接的涉密载体（{len(doc.carriers)} 件）", st.heading))
    if doc.carriers:
        rows = [["序号", "载体编号", "名称"]]
        rows += [[str(i), n, t] for i, (n, t) in enumerate(doc.carriers, start=1)]
        story.append(_table(rows, (0.08, 0.30, 0.62), width, st))
    else:
        story.append(CJKParagraph("无。", st.body))
    if doc.damages:
        story.append(Spacer(1, 2 * mm))
        story.append(CJKParagraph(f"约定违约金：人民币 {doc.damages} 元", st.body))
    story.append(Spacer(1, 10 * mm))
    if doc.pledge:
        sign = [
            CJKParagraph(f"承诺人（签字）：＿＿＿＿＿＿＿＿　　（{doc.second_party}）", st.body),
            Spacer(1, 4 * mm),
            CJKParagraph("日期：＿＿＿＿年＿＿月＿＿日", st.body),
        ]
    else:
        cell = ParagraphStyle("sign", parent=st.body, leading=22)
        sign = [
            Table(
                [
                    [
                        CJKParagraph(
                            f"甲方：{doc.first_party}\n（盖章）\n"
                            "法定代表人或授权代表（签字）：\n＿＿＿＿＿＿＿＿\n"
                            "日期：＿＿＿＿年＿＿月＿＿日",
                            cell,
                        ),
                        CJKParagraph(
                            f"乙方：{doc.second_party}\n（签字/盖章）\n\n"
                            "＿＿＿＿＿＿＿＿\n日期：＿＿＿＿年＿＿月＿＿日",
                            cell,
                        ),
                    ]
                ],
                colWidths=[width / 2, width / 2],
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]),
            )
        ]
    story.append(KeepTogether(sign))
    build_pdf(
        out,
        story,
        footer,
        title=doc.title,
        subject="协议文本（含所涉商业秘密清单）",
        scope=doc.number,
    )


@dataclass(frozen=True)
class LedgerLine:
    month: str  # 2026-07
    due_on: str
    amount: str  # yuan
    paid_on: str
    paid: str
    state: str  # 已支付 / 逾期未付 / 未到期


@dataclass(frozen=True)
class CompensationDoc:
    person: str  # 韩磊（YF012）
    agreement: str  # number
    period: str  # 2026-08-01 至 2027-07-31
    monthly: str
    lines: list[LedgerLine]
    total_due: str
    total_paid: str
    unpaid: str  # amount overdue
    unpaid_months: int
    note: str = ""  # waiver, floors


TITLE_COMPENSATION = "竞业限制经济补偿支付明细"


def render_compensation(out: str | IO[bytes], doc: CompensationDoc, footer: FooterInfo) -> None:
    from reportlab.platypus import Spacer

    from tsdesk.documents.text import CJKParagraph

    st = styles()
    width, _ = frame_size()
    story: list[Flowable] = [
        CJKParagraph(TITLE_COMPENSATION, st.title),
        *_facts(
            [
                ("人员", doc.person),
                ("协议编号", doc.agreement),
                ("限制期", doc.period),
                ("每月补偿", f"{doc.monthly} 元"),
            ],
            st,
        ),
        Spacer(1, 3 * mm),
    ]
    rows = [["序号", "月份", "应付日期", "应付（元）", "支付日期", "实付（元）", "状态"]]
    rows += [
        [str(i), x.month, x.due_on, x.amount, x.paid_on, x.paid, x.state]
        for i, x in enumerate(doc.lines, start=1)
    ]
    story.append(_table(rows, (0.07, 0.12, 0.16, 0.16, 0.16, 0.16, 0.17), width, st))
    story.append(Spacer(1, 3 * mm))
    story.append(
        CJKParagraph(
            f"应付合计 {doc.total_due} 元；已付合计 {doc.total_paid} 元；"
            f"逾期未付 {doc.unpaid_months} 个月，共 {doc.unpaid} 元。",
            st.body,
        )
    )
    if doc.note:
        story.append(CJKParagraph(doc.note, st.body))
    story.append(Spacer(1, 8 * mm))
    story.append(
        CJKParagraph("经办人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", st.body)
    )
    build_pdf(
        out,
        story,
        footer,
        title=TITLE_COMPENSATION,
        subject="竞业限制补偿按月应付与实付",
        scope=doc.person,
    )
