"""The exit papers (003 §8.2.4): the hand-over sheet (离职交接单) — carriers returned, devices,
access ended, the secrets the person knew, agreements signed, three signatures — and the
reminder letter (离职提醒函) on the confidentiality duty that outlasts the job and, under a
non-compete, its scope and period. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.text import CJKParagraph, ruled_table

SHEET_TITLE = "离职交接单"
SHEET_SUBJECT = "离职人员的载体归还、权限终止和知悉的商业秘密"
LETTER_TITLE = "离职提醒函"
LETTER_SUBJECT = "离职人员的保密义务和竞业限制提醒"
NONE = "无"


@dataclass(frozen=True)
class SheetLine:
    text: str  # "ZT-2026-0001 图纸" / an agreement number
    result: str  # 已归还 / 已撤销 / 员工保密协议 …
    day: str


@dataclass(frozen=True)
class KnownSecret:
    number: str
    name: str
    grade: str


@dataclass(frozen=True)
class ExitSheet:
    person_number: str
    person_name: str
    department: str
    post: str
    hire_date: str
    leave_date: str
    started_on: str
    completed_on: str  # "" while the procedure is open
    carriers: list[SheetLine] = field(default_factory=list)
    devices: list[SheetLine] = field(default_factory=list)
    access: list[SheetLine] = field(default_factory=list)  # grants and area access ended
    secrets: list[KnownSecret] = field(default_factory=list)
    agreements: list[SheetLine] = field(default_factory=list)  # number, kind, signed on
    noncompete: str = ""  # the decision in words
    officer: str = ""


@dataclass(frozen=True)
class ExitLetter:
    company: str
    person_name: str
    person_number: str
    leave_date: str
    secrets: list[str] = field(default_factory=list)  # "number subject"
    noncompete: bool = False
    nc_number: str = ""
    nc_months: int = 0
    nc_until: str = ""
    nc_area: str = ""
    nc_business: str = ""
    nc_competitors: str = ""


def render_exit_sheet(out: str | IO[bytes], sheet: ExitSheet, footer: FooterInfo) -> None:
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
            [p("工号"), p(sheet.person_number), p("姓名"), p(sheet.person_name)],
            [p("部门"), p(sheet.department or "—"), p("岗位"), p(sheet.post or "—")],
            [p("入职日期"), p(sheet.hire_date or "—"), p("离职日期"), p(sheet.leave_date)],
            [p("手续开始"), p(sheet.started_on), p("手续完成"), p(sheet.completed_on or "未完成")],
            [p("竞业限制"), p(sheet.noncompete), p("保密员"), p(sheet.officer or "—")],
        ],
        [key_w, value_w, key_w, value_w],
        header_rows=0,
        shade_keys=True,
    )

    def lines(title: str, rows: list[SheetLine], heads: tuple[str, str, str]) -> list[Flowable]:
        head = [CJKParagraph(f"{title}（{len(rows)}）", st.heading)]
        if not rows:
            return [*head, CJKParagraph(NONE, st.body)]
        data = [[p("序号", centre), p(heads[0]), p(heads[1], centre), p(heads[2], centre)]]
        data += [
            [p(str(n), centre), p(r.text), p(r.result, centre), p(r.day or "—", centre)]
            for n, r in enumerate(rows, start=1)
        ]
        return [*head, ruled_table(data, [12 * mm, None, 30 * mm, 28 * mm], header_rows=1)]

    secrets: list[Flowable] = [CJKParagraph(f"知悉的商业秘密（{len(sheet.secrets)}）", st.heading)]
    if sheet.secrets:
        data = [[p("序号", centre), p("编号"), p("名称"), p("等级", centre)]]
        data += [
            [p(str(n), centre), p(s.number), p(s.name), p(s.grade, centre)]
            for n, s in enumerate(sheet.secrets, start=1)
        ]
        secrets.append(ruled_table(data, [12 * mm, 34 * mm, None, 24 * mm], header_rows=1))
    else:
        secrets.append(CJKParagraph(NONE, st.body))
    story: list[Flowable] = [
        CJKParagraph(SHEET_TITLE, st.title),
        info,
        *lines("归还的载体", sheet.carriers, ("载体", "结果", "日期")),
        *lines("设备", sheet.devices, ("设备", "结果", "日期")),
        *lines("终止的知悉与准入", sheet.access, ("授权", "结果", "日期")),
        *secrets,
        *lines("已签署的协议", sheet.agreements, ("协议编号", "类别", "签署日期")),
        Spacer(1, 4 * mm),
        CJKParagraph(
            "本人确认上列载体、设备已全部交还，所知悉的商业秘密在离职后仍负保密义务。", st.body
        ),
        Spacer(1, 6 * mm),
        CJKParagraph("离职人员（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", st.body),
        Spacer(1, 4 * mm),
        CJKParagraph("部门负责人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", st.body),
        Spacer(1, 4 * mm),
        CJKParagraph("保密员（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", st.body),
    ]
    build_pdf(
        out, story, footer, title=SHEET_TITLE, subject=SHEET_SUBJECT, scope=sheet.person_number
    )


def letter_paragraphs(letter: ExitLetter) -> list[str]:
    """The letter's text, filled in: one string per paragraph (the test reads them back)."""
    company = letter.company or "本单位"
    out = [
        f"{letter.person_name}（工号 {letter.person_number}）：",
        f"您已于 {letter.leave_date} 与{company}解除劳动关系。感谢您在职期间的工作。"
        "现就您离职后仍须履行的义务提醒如下：",
        "一、您在职期间知悉的商业秘密，在其公开之前，您仍负有保密义务：不得披露、使用或允许"
        "他人使用，不得以任何方式带走、复制或留存载有商业秘密的资料和载体。",
    ]
    if letter.secrets:
        # Counted, not named: the letter may be shown to a new employer.
        out.append(
            f"您在职期间知悉的商业秘密共 {len(letter.secrets)} 项，"
            "其编号和名称见您签字确认的离职交接单。"
        )
    if letter.noncompete:
        parts = [
            f"二、依据您签署的竞业限制协议（编号 {letter.nc_number}），"
            f"自离职之日起 {letter.nc_months} 个月内"
            + (f"（至 {letter.nc_until}）" if letter.nc_until else "")
            + "，您不得到与本单位生产或者经营同类产品、从事同类业务的有竞争关系的其他用人单位"
            "任职，也不得自己开业生产或者经营同类产品、从事同类业务。"
        ]
        if letter.nc_area:
            parts.append(f"限制的地域范围：{letter.nc_area}。")
        if letter.nc_business:
            parts.append(f"限制的业务范围：{letter.nc_business}。")
        if letter.nc_competitors:
            parts.append(f"有竞争关系的单位包括：{letter.nc_competitors}。")
        parts.append("本单位将按协议按月支付竞业限制经济补偿。")
        out.append("".join(parts))
        last = "三"
    else:
        last = "二"
    out.append(
        f"{last}、如您入职新的单位，请勿在新的工作中使用或披露上述商业秘密；"
        "如新单位的工作可能涉及上述内容，请及时告知本单位。违反保密义务的，"
        "本单位将依法追究法律责任。"
    )
    out.append("特此提醒。")
    return out


def render_exit_letter(out: str | IO[bytes], letter: ExitLetter, footer: FooterInfo) -> None:
    st = styles()
    body = ParagraphStyle("letter", parent=st.body, fontSize=11, leading=20, firstLineIndent=22)
    first = ParagraphStyle("letter0", parent=body, firstLineIndent=0)
    paragraphs = letter_paragraphs(letter)
    story: list[Flowable] = [
        CJKParagraph(LETTER_TITLE, st.title),
        Spacer(1, 4 * mm),
        CJKParagraph(paragraphs[0], first),
        *[CJKParagraph(text, body) for text in paragraphs[1:]],
        Spacer(1, 10 * mm),
        CJKParagraph(f"{letter.company or '（单位盖章）'}（盖章）", first),
        CJKParagraph("日期：＿＿＿＿＿＿＿＿", first),
        Spacer(1, 8 * mm),
        CJKParagraph("本人已收到并知悉本提醒函。签收人：＿＿＿＿＿＿　日期：＿＿＿＿＿＿", first),
    ]
    build_pdf(
        out, story, footer, title=LETTER_TITLE, subject=LETTER_SUBJECT, scope=letter.person_number
    )
