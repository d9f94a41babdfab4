"""The exit papers (003 §8.2.4) print exactly what they are given, over as many pages as it
takes, with the chain head in the footer; the letter names a non-compete only when bound."""

from __future__ import annotations

from tsdesk_testing import pdf_text

from tsdesk.documents.exit_sheet import (
    ExitLetter,
    ExitSheet,
    KnownSecret,
    SheetLine,
    letter_paragraphs,
    render_exit_letter,
    render_exit_sheet,
)


def flat(text: str) -> str:
    return "".join(text.split())


def test_a_long_sheet_prints_every_line(footer, tmp_path):
    sheet = ExitSheet(
        person_number="YF012",
        person_name="韩磊",
        department="技术研发中心",
        post="机械设计工程师",
        hire_date="2019-03-01",
        leave_date="2026-08-04",
        started_on="2026-07-28",
        completed_on="",
        carriers=[
            SheetLine(f"ZT-2026-{n:04d} 图纸第 {n} 册", "已归还", "2026-08-01") for n in range(40)
        ],
        devices=[SheetLine("笔记本电脑 ThinkPad T14", "已擦除", "2026-08-04")],
        access=[SheetLine("QY-001 研发中心图纸档案室", "已撤销", "2026-08-04")],
        secrets=[
            KnownSecret(f"TS-2026-{n:04d}", f"剑杆织机部件 {n}", "一级商密") for n in range(30)
        ],
        agreements=[SheetLine("XY-2026-0001", "员工保密协议", "2019-03-01")],
        noncompete="签订竞业限制",
        officer="王保密",
    )
    out = tmp_path / "sheet.pdf"
    render_exit_sheet(str(out), sheet, footer)
    text = flat(pdf_text(out))
    for line in sheet.carriers + sheet.devices + sheet.access + sheet.agreements:
        assert flat(line.text) in text and line.result in text
    for s in sheet.secrets:
        assert s.number in text and flat(s.name) in text
    for value in ("离职交接单", "YF012", "韩磊", "未完成", "签订竞业限制", "王保密", "审计链#1234"):
        assert value in text
    assert "第2/" in text  # forty carriers and thirty secrets take more than a page


def test_the_letter_names_the_non_compete_only_when_there_is_one(footer, tmp_path):
    bound = ExitLetter(
        company="绍兴示例纺织有限公司",
        person_name="韩磊",
        person_number="YF012",
        leave_date="2026-08-04",
        secrets=["TS-2026-0001 图纸", "TS-2026-0007 方案"],
        noncompete=True,
        nc_number="XY-2026-0042",
        nc_months=12,
        nc_until="2027-08-03",
        nc_area="浙江省、江苏省",
        nc_business="剑杆织机的研发、生产和销售",
        nc_competitors="甲织机公司、乙机械公司",
    )
    out = tmp_path / "letter.pdf"
    render_exit_letter(str(out), bound, footer)
    path_text = flat(pdf_text(out))
    for paragraph in letter_paragraphs(bound):
        assert flat(paragraph) in path_text
    assert "图纸" not in path_text  # counted, not named: the letter may reach a new employer
    assert "共2项" in path_text and "至2027-08-03" in path_text
    free = ExitLetter(**{**bound.__dict__, "noncompete": False})
    assert not any("竞业限制" in p for p in letter_paragraphs(free))
    assert letter_paragraphs(free)[-2].startswith("二、")
