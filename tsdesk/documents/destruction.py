"""The destruction papers (003 §7.4, §9.6.5): 销毁审批表 (before), 销毁清册 (the list, signed by
the executor and every supervisor), 销毁证明 (with a QR code checked offline) and the
数据销毁记录 for electronic data. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.qr import qr_drawing
from tsdesk.documents.text import CJKParagraph, ruled_table

APPROVAL_TITLE = "销毁审批表"
LIST_TITLE = "销毁清册"
CERTIFICATE_TITLE = "销毁证明"
DATA_LOG_TITLE = "数据销毁记录"
BLANK = "＿＿＿＿＿＿＿＿"


@dataclass(frozen=True)
class DocItem:
    position: int
    kind: str  # 载体 / 电子数据 / 整项商业秘密
    identifier: str  # the carrier's or secret's number ("" for a data set)
    title: str
    grade: str
    quantity: int
    pages: int | None
    reason: str
    hold_note: str = ""  # the warning accepted at request
    method: str = ""
    result: str = ""
    failure: str = ""
    media_type: str = ""
    media_serial: str = ""
    tool: str = ""
    verification: str = ""
    destroyed: bool = False


@dataclass(frozen=True)
class DocSupervisor:
    number: str  # 工号
    name: str
    confirmed: str = ""  # "操作员 x 于 … 以密码确认" when an operator confirmed; "" signs


@dataclass(frozen=True)
class DestructionDoc:
    number: str
    status: str
    note: str
    requested_by: str
    requested_at: str
    approved_by: str
    approved_at: str
    executed_on: str = ""
    place: str = ""
    executor: str = ""
    video_reference: str = ""
    items: list[DocItem] = field(default_factory=list)
    supervisors: list[DocSupervisor] = field(default_factory=list)
    payload: str = ""  # the certificate's QR payload
    code: str = ""  # its check code


def _p(st: ParagraphStyle):
    centre = ParagraphStyle(f"{st.name}-c", parent=st, alignment=TA_CENTER)

    def p(text: object, centred: bool = False) -> CJKParagraph:
        return CJKParagraph(str(text) if text not in (None, "") else "—", centre if centred else st)

    return p


def _heading(company: str, title: str) -> list[Flowable]:
    st = styles()
    head = ParagraphStyle("company", parent=st.body, alignment=TA_CENTER, fontSize=12, leading=18)
    out: list[Flowable] = []
    if company:
        out.append(CJKParagraph(company, head))
    out.append(CJKParagraph(title, st.title))
    return out


def _amount(item: DocItem) -> str:
    return f"{item.quantity}" + (f"／{item.pages} 页" if item.pages else "")


def _info(rows: list[tuple[str, str, str, str]]) -> Table:
    st = styles()
    cell = ParagraphStyle("info", parent=st.cell, fontSize=9.5, leading=14)
    p = _p(cell)
    width, _ = frame_size()
    key_w = 24 * mm
    value_w = (width - 2 * key_w) / 2
    return ruled_table(
        [[p(a), p(b), p(c), p(d)] for a, b, c, d in rows],
        [key_w, value_w, key_w, value_w],
        header_rows=0,
        shade_keys=True,
    )


def _totals(items: list[DocItem]) -> str:
    pieces = sum(i.quantity for i in items)
    pages = sum(i.pages or 0 for i in items)
    return f"共 {len(items)} 项，{pieces} 件，{pages} 页"


def render_approval_form(out: str | IO[bytes], doc: DestructionDoc, footer: FooterInfo) -> None:
    st = styles()
    cell = ParagraphStyle("cell9", parent=st.cell, fontSize=9, leading=13)
    p = _p(cell)
    data = [
        [p("序号", True), p("项目"), p("名称"), p("等级", True), p("数量／页数", True)]
        + [p("原因", True), p("核查意见")]
    ]
    for i in doc.items:
        data.append(
            [
                p(i.position, True),
                p(f"{i.kind} {i.identifier}".strip()),
                p(i.title),
                p(i.grade, True),
                p(_amount(i), True),
                p(i.reason, True),
                p(i.hold_note or "未发现阻止销毁的情况"),
            ]
        )
    story: list[Flowable] = [
        *_heading(footer.company, APPROVAL_TITLE),
        _info(
            [
                ("编号", doc.number, "状态", doc.status),
                ("申请人", doc.requested_by, "申请时间", doc.requested_at),
                ("审批人", doc.approved_by, "批准时间", doc.approved_at),
            ]
        ),
        CJKParagraph("申请说明", st.heading),
        CJKParagraph(doc.note or "—", st.body),
        CJKParagraph(f"销毁项目（{_totals(doc.items)}）", st.heading),
        ruled_table(
            data, [11 * mm, 31 * mm, None, 18 * mm, 19 * mm, 22 * mm, 36 * mm], header_rows=1
        ),
        Spacer(1, 4 * mm),
        CJKParagraph(
            "上列项目已逐项核查：无借出、无证据封存、无法律保全；仍有效的商业秘密保留至少一份。",
            st.body,
        ),
        CJKParagraph("审批意见：", st.body),
        Spacer(1, 10 * mm),
        CJKParagraph(f"申请人（签字）：{BLANK}　　日期：{BLANK}", st.body),
        Spacer(1, 4 * mm),
        CJKParagraph(f"审批人（签字）：{BLANK}　　日期：{BLANK}", st.body),
    ]
    build_pdf(out, story, footer, title=APPROVAL_TITLE, subject="销毁申请的审批", scope=doc.number)


def render_list(out: str | IO[bytes], doc: DestructionDoc, footer: FooterInfo) -> None:
    st = styles()
    cell = ParagraphStyle("cell9", parent=st.cell, fontSize=9, leading=13)
    p = _p(cell)
    data = [
        [p("序号", True), p("项目"), p("名称"), p("等级", True), p("数量／页数", True)]
        + [p("销毁方法"), p("结果", True)]
    ]
    for i in doc.items:
        result = i.result + (f"：{i.failure}" if i.failure else "")
        data.append(
            [
                p(i.position, True),
                p(f"{i.kind} {i.identifier}".strip()),
                p(i.title),
                p(i.grade, True),
                p(_amount(i), True),
                p(i.method),
                p(result, True),
            ]
        )
    destroyed = [i for i in doc.items if i.destroyed]
    data.append(
        [
            p("合计"),
            p(""),
            p(_totals(doc.items)),
            p(""),
            p(""),
            p(""),
            p(f"已销毁 {len(destroyed)} 项"),
        ]
    )
    table = ruled_table(
        data, [11 * mm, 31 * mm, None, 18 * mm, 19 * mm, 30 * mm, 24 * mm], header_rows=1
    )
    table.setStyle(TableStyle([("SPAN", (0, -1), (1, -1)), ("SPAN", (2, -1), (5, -1))]))
    signatures: list[Flowable] = [
        CJKParagraph("签字", st.heading),
        CJKParagraph(f"执行人：{doc.executor}　　（签字）{BLANK}", st.body),
    ]
    for s in doc.supervisors:
        line = f"监销人：{s.name}（{s.number}）　　"
        line += s.confirmed if s.confirmed else f"（签字）{BLANK}"
        signatures += [Spacer(1, 3 * mm), CJKParagraph(line, st.body)]
    story: list[Flowable] = [
        *_heading(footer.company, LIST_TITLE),
        _info(
            [
                ("编号", doc.number, "审批人", doc.approved_by),
                ("销毁日期", doc.executed_on, "销毁地点", doc.place),
                ("执行人", doc.executor, "录像／照片", doc.video_reference),
            ]
        ),
        CJKParagraph(f"销毁项目（{_totals(doc.items)}）", st.heading),
        table,
        Spacer(1, 2 * mm),
        *signatures,
    ]
    build_pdf(
        out, story, footer, title=LIST_TITLE, subject="销毁的项目、方法和结果", scope=doc.number
    )


def render_certificate(out: str | IO[bytes], doc: DestructionDoc, footer: FooterInfo) -> None:
    st = styles()
    cell = ParagraphStyle("cell9", parent=st.cell, fontSize=9, leading=13)
    p = _p(cell)
    destroyed = [i for i in doc.items if i.destroyed]
    failed = [i for i in doc.items if not i.destroyed]
    company = footer.company or "本单位"
    text = (
        f"兹证明：{company}于 {doc.executed_on} 在{doc.place}，按经 {doc.approved_by} 批准的"
        f"销毁申请 {doc.number}，由 {doc.executor} 执行、"
        f"{'、'.join(s.name for s in doc.supervisors)} 监销，销毁下列 {len(destroyed)} 项"
        f"（{_totals(destroyed)}）。"
    )
    if failed:
        text += f"另有 {len(failed)} 项未能销毁，已留存并注明原因，见销毁清册。"
    data = [[p("序号", True), p("项目"), p("名称"), p("等级", True), p("销毁方法")]]
    data += [
        [p(i.position, True), p(f"{i.kind} {i.identifier}".strip()), p(i.title)]
        + [p(i.grade, True), p(i.method)]
        for i in destroyed
    ]
    width, _ = frame_size()
    qr = qr_drawing(doc.payload, 38 * mm)
    check = ParagraphStyle("check", parent=st.small, fontSize=9, leading=13)
    side = Table(
        [
            [
                qr,
                [
                    CJKParagraph(f"校验码：{doc.code}", check),
                    CJKParagraph(
                        "用 TSDesk 扫描二维码或运行 tsdesk destruction verify，"
                        "可离线核对本证明与销毁记录是否一致。",
                        check,
                    ),
                ],
            ]
        ],
        colWidths=[42 * mm, width - 42 * mm],
    )
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story: list[Flowable] = [
        *_heading(footer.company, CERTIFICATE_TITLE),
        CJKParagraph(
            f"编号：{doc.number}", ParagraphStyle("n", parent=st.body, alignment=TA_CENTER)
        ),
        Spacer(1, 3 * mm),
        CJKParagraph(text, st.body),
        ruled_table(data, [11 * mm, 36 * mm, None, 18 * mm, 40 * mm], header_rows=1),
        Spacer(1, 4 * mm),
        side,
        Spacer(1, 6 * mm),
        CJKParagraph(f"执行人（签字）：{BLANK}　　监销人（签字）：{BLANK}", st.body),
        Spacer(1, 4 * mm),
        CJKParagraph(f"单位（盖章）　　　　日期：{doc.executed_on}", st.body),
    ]
    build_pdf(
        out, story, footer, title=CERTIFICATE_TITLE, subject="销毁完成的证明", scope=doc.number
    )


def render_data_log(out: str | IO[bytes], doc: DestructionDoc, footer: FooterInfo) -> None:
    """003 §9.6.5: for electronic data, the system, the data set, the method, the tool and
    its version, and how the destruction was verified."""
    st = styles()
    cell = ParagraphStyle("cell9", parent=st.cell, fontSize=9, leading=13)
    p = _p(cell)
    data = [
        [p("序号", True), p("系统／数据集"), p("介质"), p("方法"), p("工具及版本")]
        + [p("校验"), p("结果", True)]
    ]
    for i in doc.items:
        medium = " ".join(x for x in (i.media_type, i.media_serial) if x)
        result = i.result + (f"：{i.failure}" if i.failure else "")
        data.append(
            [
                p(i.position, True),
                p(i.title),
                p(medium),
                p(i.method),
                p(i.tool),
                p(i.verification),
                p(result, True),
            ]
        )
    story: list[Flowable] = [
        *_heading(footer.company, DATA_LOG_TITLE),
        _info(
            [
                ("编号", doc.number, "审批人", doc.approved_by),
                ("销毁日期", doc.executed_on, "执行人", doc.executor),
            ]
        ),
        CJKParagraph(f"电子数据（{len(doc.items)} 项）", st.heading),
        ruled_table(
            data, [11 * mm, None, 24 * mm, 26 * mm, 28 * mm, 28 * mm, 19 * mm], header_rows=1
        ),
        Spacer(1, 6 * mm),
        CJKParagraph(f"执行人（签字）：{BLANK}　　监销人（签字）：{BLANK}", st.body),
    ]
    build_pdf(
        out, story, footer, title=DATA_LOG_TITLE, subject="电子数据的销毁与校验", scope=doc.number
    )
