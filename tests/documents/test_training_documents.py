"""The sign-in sheet and the inspection report print exactly what they were given (003 §12):
read back with pdftotext, the text is the input, in order; a long attendee list runs over
pages, each with the column heads and the audit-chain head in its footer."""

from __future__ import annotations

import io
import shutil
import subprocess

import pypdf
import pytest

from tsdesk.documents.training import (
    InspectionReport,
    ReportAction,
    SigninRow,
    SigninSheet,
    render_inspection_report,
    render_signin_sheet,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
TRICKY = "电控软件组 ，总工程师（v2.0）“主干”……"


def raw(pdf: bytes) -> list[str]:
    """Each page's text, whitespace removed (a CJK line may break anywhere)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = []
    for n in range(1, len(reader.pages) + 1):
        out = subprocess.run(
            ["pdftotext", "-raw", "-f", str(n), "-l", str(n), "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        )
        pages.append("".join(out.stdout.decode("utf-8").split()))
    return pages


def flat(text: str) -> str:
    return "".join(text.split())


def sheet(n: int) -> SigninSheet:
    return SigninSheet(
        topic="商业秘密保护制度宣讲 " + TRICKY,
        held_on="2026-03-01",
        trainer="王丽娟",
        audience="全体员工",
        rows=[
            SigninRow(f"YF{i:03}", f"员工{i}", "技术研发中心" if i % 2 else TRICKY)
            for i in range(1, n + 1)
        ],
        note="年度全员保密轮训",
    )


def test_the_sign_in_sheet_prints_every_attendee_in_order(footer):
    out = io.BytesIO()
    given = sheet(60)
    render_signin_sheet(out, given, footer)
    pages = raw(out.getvalue())
    assert len(pages) >= 3  # tall rows leave room to sign: about 20 a page
    text = "".join(pages)
    head = flat(
        f"培训签到表 培训主题 {given.topic} 培训日期 {given.held_on}"
        f" 培训讲师 {given.trainer} 培训对象 {given.audience} 备注：{given.note}"
    )
    assert text.startswith(head)
    rows = flat(
        " ".join(f"{i} {r.number} {r.name} {r.department}" for i, r in enumerate(given.rows, 1))
    )
    assert rows == "".join(
        p.split("序号工号姓名部门签名", 1)[1].split(flat(footer.company), 1)[0].split("实到", 1)[0]
        for p in pages
    )
    for page in pages:
        assert "序号工号姓名部门签名" in page  # the heads repeat on every page
        assert flat(footer.chain_text) in page


def test_the_inspection_report_prints_what_was_recorded(footer):
    report = InspectionReport(
        title="第三季度保密检查 " + TRICKY,
        planned_on="2026-07-01",
        done_on="2026-07-03",
        inspector="王丽娟",
        state="已检查，整改中",
        scope_areas="研发中心图纸档案室",
        scope_carriers="一级商密纸质图纸",
        scope_people="技术研发中心全体人员",
        rules="003 §9.1 涉密区域管理\n003 §10 涉密载体管理",
        findings="1. 进出登记缺漏 3 天。\n2. " + TRICKY,
        conclusion="基本符合要求",
        actions=[
            ReportAction("补齐进出登记", "孙志刚", "2026-07-20", "已关闭 2026-07-15", "已补录签字"),
            ReportAction("更换门禁锁 " + TRICKY, "许国庆", "2026-08-01", "逾期未完成", ""),
        ],
        stocktake="第 3 次盘点（档案室，2026-07-02 完成）：已找到 12 件，缺失 0 件。",
    )
    out = io.BytesIO()
    render_inspection_report(out, report, footer)
    text = "".join(raw(out.getvalue()))
    expected = flat(
        f"保密检查报告 {report.title} 计划日期 {report.planned_on} 检查日期 {report.done_on}"
        f" 检查人 {report.inspector} 状态 {report.state}"
        f" 一、检查范围 涉密区域 {report.scope_areas} 涉密载体 {report.scope_carriers}"
        f" 涉密人员 {report.scope_people}"
        f" 二、检查依据（检查的制度条款） {report.rules}"
        f" 三、发现的问题 {report.findings} 四、检查结论 {report.conclusion}"
        " 五、整改措施 序号 整改措施 责任人 整改期限 状态 整改佐证"
        + "".join(
            f" {i} {a.description} {a.owner} {a.due} {a.status} {a.evidence}"
            for i, a in enumerate(report.actions, 1)
        )
        + f" 六、盘点结果 {report.stocktake}"
    )
    assert text.startswith(expected), text
