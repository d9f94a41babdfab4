"""The register on paper (issue 3 §6): the landscape ledger, the detail sheet, the three
approval forms, and the print services that audit before they render."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from register_testing import approve, build_team, confirmed, propose, secret_input
from sqlalchemy import select

from tsdesk.documents.forms import load_form, render_form
from tsdesk.documents.ledger import (
    LEDGER_COLUMNS,
    LedgerRow,
    SecretSheet,
    render_detail,
    render_ledger,
)
from tsdesk.models import AuditEvent, DeclassifyReason, StorageKind, TermKind
from tsdesk.services import register, register_print

LONG_SUBJECT = (
    "高速剑杆织机引纬机构凸轮廓线优化设计方案及其在GA798型号上的全部试验记录与参数汇总"
    "（含剑头运动曲线、引纬凸轮非对称廓线、润滑油路布置）"
)


def ledger_row(n: int, **changes) -> LedgerRow:
    values = {
        "number": f"TS-2026-{n:04}",
        "subject": f"客户名单与报价体系第{n}版",
        "category": "经营信息—客户、供应商与合作方信息",
        "grade": "二级商密",
        "term": "2035-12-31",
        "department": "技术研发中心",
        "owner": "张伟",
        "scope": "销售部经理；总经理",
        "storages": "纸质资料（档案室 3 号柜）；本地信息系统（CRM 服务器）",
        "status": "已确定",
    }
    values.update(changes)
    return LedgerRow(**values)


def render(fn, *args) -> bytes:
    out = io.BytesIO()
    fn(out, *args)
    return out.getvalue()


def test_ledger_is_landscape_with_every_header_on_every_page(footer, pdf):
    rows = [ledger_row(n, subject=LONG_SUBJECT if n == 17 else f"第{n}项") for n in range(1, 61)]
    data = render(render_ledger, rows, footer)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 2
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)  # A4 landscape, points
        text = pdf.flat(page.extract_text())
        for _, header, _ in LEDGER_COLUMNS:
            assert header in text  # the header row repeats on every page
    text = pdf.flat(pdf.text(data))
    assert pdf.flat(LONG_SUBJECT) in text  # wrapped in its cell, but whole and in order
    assert "商业秘密台账" in text and "共60项" in text
    assert all(f"TS-2026-{n:04}" in text for n in range(1, 61))
    assert pdf.font_problems(data) == []
    assert pdf.print_scaling(data) == "/None"


def test_a_row_taller_than_a_page_continues_and_loses_nothing(footer, pdf):
    scope = "".join(f"第{i}号岗位全体人员；" for i in range(400))
    data = render(render_ledger, [ledger_row(1), ledger_row(2, scope=scope), ledger_row(3)], footer)
    text = pdf.flat(pdf.text(data))
    # cut into continuation rows (续) of whole lines: every character once, in order
    assert text.count("岗") == 400 and "续" in text
    assert text.index("第0号岗位") < text.index("第200号岗位") < text.index("第399号岗位")
    assert "TS-2026-0003" in text
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 3


def test_an_empty_ledger_says_so(footer, pdf):
    text = pdf.flat(pdf.text(render(render_ledger, [], footer)))
    assert "没有符合条件的商业秘密" in text and "共0项" in text


def test_detail_sheet_prints_every_field_numbered_points_knowers_and_approvals(footer, pdf):
    sheet = SecretSheet(
        number="TS-2026-0001",
        subject=LONG_SUBJECT,
        category="技术信息—设计信息",
        grade="一级商密",
        term="长期",
        status="已确定",
        department="技术研发中心",
        owner="张伟",
        scope="研发中心工艺组",
        description="主轴热处理的完整工艺卡",
        note="每年复核",
        next_review="2027-05-01",
        proposed="王保密（officer1） 2026-03-01",
        confirmed="沈审批（approver1） 2026-03-02",
        points=["淬火温度曲线与保温时间组合", "回火阶段的分段降温参数"],
        storages=[("纸质资料", "图纸档案室 3 号柜"), ("本地信息系统", "PLM 服务器")],
        conditions=[("不为公众所知悉的依据", "未发表、未申请专利")],
        knowers=[("李娜", "销售部", "仅限查阅", "2024-01-01 至 2024-06-30", "officer1", "已到期")],
        approvals=[("商业秘密确定审批", "王保密", "沈审批", "2026-03-02", "同意")],
    )
    data = render(render_detail, sheet, footer)
    text = pdf.flat(pdf.text(data))
    for label in ("商业秘密详情单", "编号", "秘密主题", "类别", "保密等级", "保密期限", "状态",
                  "主责部门", "责任人", "保密范围", "描述", "备注", "下次审查", "秘密点",
                  "存储方式", "知悉人员", "审批记录"):  # fmt: skip
        assert label in text
    assert pdf.flat(LONG_SUBJECT) in text
    assert "1淬火温度曲线与保温时间组合" in text and "2回火阶段的分段降温参数" in text
    assert "图纸档案室3号柜" in text and "2024-01-01至2024-06-30" in text
    assert pdf.font_problems(data) == []


APPROVAL_FORMS = {
    "register/secret_confirm_approval": "商业秘密确定审批表",
    "register/secret_change_approval": "商业秘密变更审批表",
    "register/secret_declassify_approval": "商业秘密解密审批表",
}


@pytest.mark.parametrize("form_id", sorted(APPROVAL_FORMS))
def test_approval_forms_print_every_label_and_value(form_id, footer, pdf):
    form = load_form(form_id)
    assert form.title == APPROVAL_FORMS[form_id]
    data = {field: f"值{i}" for i, field in enumerate(form.fields())}
    out = io.BytesIO()
    render_form(out, form, data, footer)
    text = pdf.flat(pdf.text(out.getvalue()))
    assert form.title in text
    for label in form.labels():
        assert pdf.flat(label) in text
    for value in data.values():
        assert value in text
    # every form has the same core fields and sign-off (issue 3 §6)
    for label in ("编号", "秘密主题", "类别", "主责部门", "责任人", "秘密点", "保密范围",
                  "申请人", "申请日期", "部门意见", "保密管理部门意见", "审批人", "审批日期"):  # fmt: skip
        assert label in text
    assert text.count("（签字）") == 2 and text.count("年月日") == 2
    assert pdf.font_problems(out.getvalue()) == []


# --- the print services: audited first, the footer names the event ----------------------------


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def last_event(vault):
    with vault.reader() as session:
        return session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))


def footer_seq(text: str) -> int:
    return int(re.search(r"审计链 #(\d+) ", text).group(1))


def test_print_ledger_is_audited_and_its_footer_names_the_event(team, pdf):
    propose(team, secret_input(team, LONG_SUBJECT))
    propose(team, secret_input(team, "客户名单", grade_id=team.grades["三级商密"]))
    out = io.BytesIO()
    f = register.RegisterFilter(grade_id=team.grades["三级商密"])
    with team.vault.unit_of_work(team.auditor) as uow:
        assert register_print.print_ledger(uow, f, out) == 1
    event = last_event(team.vault)
    assert (event.action, event.operator) == ("print.ledger", team.auditor.name)
    assert '"count":1' in event.after and "三级商密" in event.after
    text = pdf.text(out.getvalue())
    assert footer_seq(text) == event.seq
    text = pdf.flat(text)
    assert "保密等级三级商密" in text and "客户名单" in text and "剑杆" not in text
    out = io.BytesIO()
    with team.vault.unit_of_work(team.auditor) as uow:
        assert register_print.print_ledger(uow, None, out) == 2
    assert pdf.flat(LONG_SUBJECT) in pdf.flat(pdf.text(out.getvalue()))


def test_print_detail_and_the_three_approval_forms(team, pdf):
    secret_id = confirmed(
        team,
        secret_input(
            team,
            storages=[(StorageKind.PAPER, "图纸档案室 3 号柜")],
            not_public_basis="未发表、未申请专利",
        ),
    )
    with team.vault.unit_of_work(team.officer) as uow:
        change_id = register.change_grade_term(
            uow,
            secret_id,
            approve(uow),
            grade_id=team.grades["一级商密"],
            term_kind=TermKind.LONG_TERM,
            reason="已成为核心竞争力",
        )
    other = confirmed(team, secret_input(team, "客户名单"))
    with team.vault.unit_of_work(team.officer) as uow:
        declassify_id = register.declassify(
            uow, other, approve(uow), DeclassifyReason.LAWFULLY_PUBLIC, "已申请专利并公开"
        )
        confirm_id = register.approvals_of(uow.session, secret_id)[0].id

    out = io.BytesIO()
    with team.vault.unit_of_work(team.officer) as uow:
        register_print.print_detail(uow, secret_id, out)
    event = last_event(team.vault)
    assert (event.action, event.entity_id) == ("print.detail", str(secret_id))
    text = pdf.text(out.getvalue())
    assert footer_seq(text) == event.seq
    text = pdf.flat(text)
    assert "1剑头运动曲线的分段参数" in text and "商业秘密变更审批" in text
    assert "未发表、未申请专利" in text and "王保密" in text

    expected = {
        confirm_id: ["商业秘密确定审批表", "二级商密", "2035-12-31", "沈审批（approver1）"],
        change_id: ["商业秘密变更审批表", "二级商密", "一级商密", "长期", "已成为核心竞争力"],
        declassify_id: ["商业秘密解密审批表", "■b)已被合法公开", "□a)", "已申请专利并公开"],
    }
    for approval_id, words in expected.items():
        out = io.BytesIO()
        with team.vault.unit_of_work(team.approver) as uow:
            register_print.print_approval(uow, approval_id, out)
        event = last_event(team.vault)
        assert (event.action, event.entity_id) == ("print.approval", str(approval_id))
        text = pdf.text(out.getvalue())
        assert footer_seq(text) == event.seq
        text = pdf.flat(text)
        for word in words:
            assert pdf.flat(word) in text, (approval_id, word)
