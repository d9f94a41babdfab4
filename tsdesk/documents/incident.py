"""The leak-response papers (003 §10.2, §11, §13; 000 §7.5.2): the case report, the evidence
list (hashes and a QR code per item, checked offline), the "reasonable measures" evidence
bundle (each part with its SHA-256 and the audit-chain head) and the complaint materials pack
(cover letter, index, parts). A drill's papers say 演练 on every title and in a banner.
Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.qr import qr_drawing
from tsdesk.documents.text import CJKParagraph, ruled_table

REPORT_TITLE = "泄密事件处置报告"
EVIDENCE_TITLE = "证据清单"
BUNDLE_TITLE = "合理保密措施证据汇编"
PACK_TITLE = "维权材料"
DRILL_MARK = "演练"
DRILL_BANNER = "【演练】本文件为应急演练材料，所述事件系虚构情景，不作他用"
BLANK = "＿＿＿＿＿＿＿＿"


@dataclass(frozen=True)
class EvidenceLine:
    label: str  # E-01
    category: str
    title: str
    description: str
    source: str
    method: str
    collected: str  # who and when
    file_name: str
    sha256: str
    keeper: str  # keeper, location, and who has it now
    custody: list[str] = field(default_factory=list)
    payload: str = ""  # the QR code's content ("" on the report: no codes there)


@dataclass(frozen=True)
class CaseHead:
    number: str
    title: str
    is_drill: bool
    kind: str
    status: str
    level: str
    discovered: str  # when and by whom
    opened: str
    closed: str


@dataclass(frozen=True)
class EvidenceListDoc:
    case: CaseHead
    items: list[EvidenceLine]


@dataclass(frozen=True)
class CaseReportDoc:
    case: CaseHead
    facts: str
    links: list[tuple[str, str, str]]  # (role, kind, what)
    grading: list[tuple[str, str, str]]  # (factor, score, reason)
    grading_summary: str
    steps: list[tuple[str, str, str, str, str]]  # (position, title, owner/due, status, result)
    timeline: list[tuple[str, str, str, str]]  # (when, by, kind, text)
    evidence: list[EvidenceLine]
    remedies: list[str]
    conclusion: str
    lessons: str


@dataclass(frozen=True)
class BundleSection:
    secret: str  # number and subject
    title: str
    lines: list[str]
    sha256: str


@dataclass(frozen=True)
class BundleDoc:
    case: CaseHead
    sections: list[BundleSection]
    digest: str  # one hash over the index


@dataclass(frozen=True)
class PackIndexRow:
    title: str
    ready: bool
    where: str  # "本材料第 N 部分", the user's note, or "待补充"


@dataclass(frozen=True)
class PackDoc:
    case: CaseHead
    route: str
    authority: str  # the regulator / authority addressed
    authority_contact: str
    company: list[tuple[str, str]]  # the profile, as printed
    letter: list[str]  # paragraphs of the cover letter draft
    index: list[PackIndexRow]
    secrets: list[list[str]]  # one block of lines per secret
    agreements: list[str]
    evidence: EvidenceListDoc
    bundle: BundleDoc


def _title(case: CaseHead, title: str) -> str:
    return f"{title}（{DRILL_MARK}）" if case.is_drill else title


def _p(st: ParagraphStyle):
    centre = ParagraphStyle(f"{st.name}-c", parent=st, alignment=TA_CENTER)

    def p(text: object, centred: bool = False) -> CJKParagraph:
        return CJKParagraph(str(text) if text not in (None, "") else "—", centre if centred else st)

    return p


def _cell(size: float = 9) -> ParagraphStyle:
    return ParagraphStyle(f"cell{size}", parent=styles().cell, fontSize=size, leading=size * 1.45)


def _heading(company: str, case: CaseHead, title: str) -> list[Flowable]:
    st = styles()
    head = ParagraphStyle("company", parent=st.body, alignment=TA_CENTER, fontSize=12, leading=18)
    out: list[Flowable] = []
    if company:
        out.append(CJKParagraph(company, head))
    out.append(CJKParagraph(_title(case, title), st.title))
    if case.is_drill:
        banner = ParagraphStyle(
            "drill",
            parent=st.body,
            alignment=TA_CENTER,
            fontSize=12,
            leading=20,
            textColor=colors.HexColor("#B00000"),
        )
        out.append(CJKParagraph(DRILL_BANNER, banner))
    return out


def _case_info(case: CaseHead) -> Table:
    p = _p(_cell(9.5))
    width, _ = frame_size()
    key_w = 22 * mm
    value_w = (width - 2 * key_w) / 2
    rows = [
        ("事件编号", case.number, "事件名称", case.title),
        ("类别", case.kind, "状态", case.status),
        ("等级", case.level or "未定级", "发现", case.discovered),
        ("立案", case.opened, "结案", case.closed or "—"),
    ]
    return ruled_table(
        [[p(a), p(b), p(c), p(d)] for a, b, c, d in rows],
        [key_w, value_w, key_w, value_w],
        header_rows=0,
        shade_keys=True,
    )


def _evidence_table(items: list[EvidenceLine]) -> Table:
    """The compact list for the report: one row per item, the full hash."""
    p = _p(_cell(8.5))
    mono = _p(ParagraphStyle("hash", parent=_cell(7.5)))
    data = [[p("编号", True), p("类别"), p("名称／取证方式"), p("收集"), p("保管"), p("SHA-256")]]
    for i in items:
        data.append(
            [
                p(i.label, True),
                p(i.category),
                p(f"{i.title}\n{i.method}".strip()),
                p(i.collected),
                p(i.keeper),
                mono(i.sha256 or "（无文件）"),
            ]
        )
    return ruled_table(data, [13 * mm, 22 * mm, None, 28 * mm, 26 * mm, 37 * mm], header_rows=1)


def _evidence_cards(items: list[EvidenceLine]) -> list[Flowable]:
    """The printed list: one ruled block per item with its QR code beside its particulars."""
    st = styles()
    width, _ = frame_size()
    p = _p(_cell(9))
    small = ParagraphStyle("small9", parent=st.small, fontSize=8, leading=11)
    out: list[Flowable] = []
    qr_side = 32 * mm
    for i in items:
        lines = [
            f"{i.label}　{i.title}",
            f"类别：{i.category}",
            f"来源：{i.source or '—'}",
            f"取证方式：{i.method or '—'}",
            f"收集：{i.collected}",
            f"保管：{i.keeper or '—'}",
            f"文件：{i.file_name or '（无文件，原件见保管信息）'}",
            f"SHA-256：{i.sha256 or '—'}",
        ]
        if i.description:
            lines.insert(2, f"说明：{i.description}")
        details: list[Flowable] = [p("\n".join(lines))]
        if i.custody:
            details.append(CJKParagraph("流转：" + "；".join(i.custody), small))
        qr = qr_drawing(i.payload, qr_side) if i.payload else p("")
        table = Table(
            [[details, qr]],
            colWidths=[width - qr_side - 6 * mm, qr_side + 6 * mm],
            style=TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                    ("LINEBEFORE", (1, 0), (1, 0), 0.3, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
        )
        table.keepWithNext = False
        out += [CondPageBreak(50 * mm), table, Spacer(1, 3 * mm)]
    return out


def _evidence_story(
    doc: EvidenceListDoc, footer: FooterInfo, heading: bool = True
) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [*_heading(footer.company, doc.case, EVIDENCE_TITLE)] if heading else []
    out += [
        _case_info(doc.case),
        Spacer(1, 3 * mm),
        CJKParagraph(
            f"共 {len(doc.items)} 项证据。每项的 SHA-256 为收取文件时计算；扫描二维码（TSDesk 搜索框）"
            "或运行 tsdesk evidence verify 文件，可离线核对证据记录与文件。",
            st.small,
        ),
    ]
    if not doc.items:
        out.append(CJKParagraph("尚未登记证据。", st.body))
    out += _evidence_cards(doc.items)
    return out


def render_evidence_list(out: str | IO[bytes], doc: EvidenceListDoc, footer: FooterInfo) -> None:
    build_pdf(
        out,
        _evidence_story(doc, footer),
        footer,
        title=_title(doc.case, EVIDENCE_TITLE),
        subject="事件证据及其哈希值、保管与流转",
        scope=doc.case.number,
    )


def render_case_report(out: str | IO[bytes], doc: CaseReportDoc, footer: FooterInfo) -> None:
    st = styles()
    p = _p(_cell(9))
    story: list[Flowable] = [
        *_heading(footer.company, doc.case, REPORT_TITLE),
        _case_info(doc.case),
        CJKParagraph("一、基本情况", st.heading),
        CJKParagraph(doc.facts or "—", st.body),
    ]
    if doc.links:
        story.append(
            ruled_table(
                [[p("角色", True), p("类别", True), p("对象")]]
                + [[p(r, True), p(k, True), p(w)] for r, k, w in doc.links],
                [24 * mm, 22 * mm, None],
                header_rows=1,
            )
        )
    story.append(CJKParagraph("二、事件定级", st.heading))
    if doc.grading:
        story.append(
            ruled_table(
                [[p("因素"), p("评分", True), p("理由")]]
                + [[p(f), p(s, True), p(r)] for f, s, r in doc.grading],
                [52 * mm, 14 * mm, None],
                header_rows=1,
            )
        )
    story.append(CJKParagraph(doc.grading_summary or "尚未定级", st.body))
    story.append(CJKParagraph("三、处置步骤", st.heading))
    if doc.steps:
        story.append(
            ruled_table(
                [[p("序号", True), p("步骤"), p("负责／期限"), p("状态", True), p("结果")]]
                + [[p(a, True), p(b), p(c), p(d, True), p(e)] for a, b, c, d, e in doc.steps],
                [11 * mm, 45 * mm, 32 * mm, 16 * mm, None],
                header_rows=1,
            )
        )
    else:
        story.append(CJKParagraph("无", st.body))
    story.append(CJKParagraph("四、证据", st.heading))
    story.append(_evidence_table(doc.evidence) if doc.evidence else CJKParagraph("无", st.body))
    story.append(CJKParagraph("五、维权途径", st.heading))
    for r in doc.remedies or ["无"]:
        story.append(CJKParagraph(r, st.body))
    story.append(CJKParagraph("六、处理结论", st.heading))
    story.append(CJKParagraph(doc.conclusion or "（尚未结案）", st.body))
    story.append(CJKParagraph("七、经验教训与整改措施", st.heading))
    story.append(CJKParagraph(doc.lessons or "—", st.body))
    story.append(CJKParagraph("八、时间线（只增不改，每条均记入审计链）", st.heading))
    story.append(
        ruled_table(
            [[p("时间", True), p("记录人", True), p("类别", True), p("内容")]]
            + [[p(a, True), p(b, True), p(c, True), p(d)] for a, b, c, d in doc.timeline],
            [27 * mm, 20 * mm, 18 * mm, None],
            header_rows=1,
        )
    )
    story += [
        Spacer(1, 8 * mm),
        CJKParagraph(f"报告人（签字）：{BLANK}　　审核人（签字）：{BLANK}", st.body),
    ]
    build_pdf(
        out,
        story,
        footer,
        title=_title(doc.case, REPORT_TITLE),
        subject="泄密事件的定级、处置、证据、维权与结论",
        scope=doc.case.number,
    )


def _bundle_story(doc: BundleDoc, footer: FooterInfo, heading: bool = True) -> list[Flowable]:
    st = styles()
    p = _p(_cell(8.5))
    mono = _p(_cell(7.5))
    out: list[Flowable] = [*_heading(footer.company, doc.case, BUNDLE_TITLE)] if heading else []
    out += [
        _case_info(doc.case),
        Spacer(1, 2 * mm),
        CJKParagraph(
            "本汇编由 TSDesk 依据登记、审批、授权、协议、培训、载体、区域、标识与审计记录自动生成"
            "。每部分的 SHA-256 按该部分正文（UTF-8，逐行以换行连接）计算；"
            f"页脚的审计链头可用 tsdesk audit verify 核对。索引摘要：{doc.digest}",
            st.small,
        ),
        CJKParagraph("索引", st.heading),
    ]
    if not doc.sections:
        out.append(CJKParagraph("本事件未关联商业秘密或载体，无可汇编的记录。", st.body))
        return out
    data = [[p("部分", True), p("商业秘密"), p("内容"), p("SHA-256")]]
    for n, s in enumerate(doc.sections, 1):
        data.append([p(n, True), p(s.secret), p(s.title), mono(s.sha256)])
    out.append(ruled_table(data, [12 * mm, 45 * mm, 42 * mm, None], header_rows=1))
    body = ParagraphStyle("bundle", parent=st.body, fontSize=9, leading=13.5)
    for n, s in enumerate(doc.sections, 1):
        out += [
            CJKParagraph(f"{n}. {s.secret}：{s.title}", st.heading),
            CJKParagraph("\n".join(s.lines), body),
            CJKParagraph(f"本部分 SHA-256：{s.sha256}", st.small),
        ]
    return out


def render_bundle(out: str | IO[bytes], doc: BundleDoc, footer: FooterInfo) -> None:
    build_pdf(
        out,
        _bundle_story(doc, footer),
        footer,
        title=_title(doc.case, BUNDLE_TITLE),
        subject="涉案商业秘密已采取合理保密措施的记录",
        scope=doc.case.number,
    )


def render_pack(out: str | IO[bytes], doc: PackDoc, footer: FooterInfo) -> None:
    """Cover letter draft, index, then the parts TSDesk produces, in the index's order."""
    st = styles()
    p = _p(_cell(9))
    title = f"{PACK_TITLE}（{doc.route}）"
    story: list[Flowable] = [*_heading(footer.company, doc.case, title)]
    story.append(CJKParagraph("致函（草稿）", st.heading))
    story.append(CJKParagraph(f"{doc.authority or BLANK}：", st.body))
    for para in doc.letter:
        story.append(CJKParagraph(f"　　{para}", st.body))
    story += [
        Spacer(1, 6 * mm),
        CJKParagraph(f"{footer.company or BLANK}（盖章）", st.body),
        CJKParagraph(f"日期：{BLANK}", st.body),
    ]
    if doc.authority_contact:
        story.append(CJKParagraph(f"受理机关联系方式：{doc.authority_contact}", st.small))
    story += [PageBreak(), CJKParagraph("材料索引", st.title)]
    story.append(
        ruled_table(
            [[p("序号", True), p("材料"), p("状态", True), p("所在／说明")]]
            + [
                [p(n, True), p(r.title), p("■ 已备" if r.ready else "□ 待补", True), p(r.where)]
                for n, r in enumerate(doc.index, 1)
            ],
            [12 * mm, None, 18 * mm, 55 * mm],
            header_rows=1,
        )
    )
    story += [PageBreak(), CJKParagraph("第一部分　权利人主体信息", st.heading)]
    story.append(
        ruled_table([[p(k), p(v)] for k, v in doc.company], [40 * mm, None], shade_keys=False)
    )
    story.append(CJKParagraph("第二部分　涉案商业秘密的内容和载体", st.heading))
    for block in doc.secrets or [["本事件未关联商业秘密"]]:
        story.append(CJKParagraph("\n".join(block), st.body))
        story.append(Spacer(1, 2 * mm))
    story.append(CJKParagraph("第三部分　侵权人签订的协议", st.heading))
    for line in doc.agreements or ["未关联嫌疑人员，或其未签订协议"]:
        story.append(CJKParagraph(line, st.body))
    story += [PageBreak(), CJKParagraph("第四部分　证据清单", st.heading)]
    story += _evidence_story(doc.evidence, footer, heading=False)
    story += [PageBreak(), CJKParagraph("第五部分　合理保密措施证据汇编", st.heading)]
    story += _bundle_story(doc.bundle, footer, heading=False)
    build_pdf(
        out,
        story,
        footer,
        title=_title(doc.case, title),
        subject="维权材料：致函草稿、材料索引与 TSDesk 生成的材料",
        scope=doc.case.number,
    )
