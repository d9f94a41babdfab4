"""A ledger of many pages (issue 12): cut into pages by the ledger itself, every row once,
"page X/Y" right on every page without holding pages back, progress told page by page, and a
cancelled print that leaves no file."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from register_testing import build_team, propose, secret_input
from sqlalchemy import func, select

from tsdesk.documents import page as page_module
from tsdesk.documents.ledger import LedgerRow, lay_out_ledger, render_ledger
from tsdesk.models import AuditEvent
from tsdesk.services import register_print

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

LONG_SCOPE = "".join(f"第{i}号岗位全体人员；" for i in range(300))  # taller than a page


def page_texts(data: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-raw", "-", "-"], input=data, capture_output=True)
    return ["".join(p.split()) for p in out.stdout.decode("utf-8").split("\f")[:-1]]


def row(n: int) -> LedgerRow:
    return LedgerRow(
        number=f"TS-2026-{n:04}",
        subject=f"剑杆织机引纬机构设计图纸第{n}版" * (1 + n % 3),
        category="技术信息—设计信息",
        grade="二级商密",
        term="2035-12-31",
        department="技术研发中心",
        owner="张伟",
        scope=LONG_SCOPE if n == 700 else "研发中心工艺组；总经理",
        storages="纸质资料（档案室 3 号柜）；本地信息系统（PLM 服务器）",
        status="已确定",
    )


def test_a_1200_row_ledger_lists_every_row_once_and_numbers_its_pages(footer, monkeypatch):
    held = []  # pages the footer canvas held back at any moment
    show = page_module._FooterCanvas.showPage

    def watching(canvas):
        show(canvas)
        held.append(len(canvas._held_pages))

    monkeypatch.setattr(page_module._FooterCanvas, "showPage", watching)
    told: list[tuple[int, int]] = []
    out = io.BytesIO()
    render_ledger(out, [row(n) for n in range(1, 1201)], footer, progress=lambda *a: told.append(a))
    pages = page_texts(out.getvalue())
    total = len(pages)
    assert total > 50
    text = "".join(pages)
    for n in range(1, 1201):
        assert text.count(f"TS-2026-{n:04}") == 1, n
    assert "共1200项" in pages[0] and "续" in text and text.count("号岗位") == 300
    assert "编制：" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert re.findall(r"第(\d+)/(\d+)页", page) == [(str(number), str(total))]
        assert "序号" in page or number == total  # the header row on every page of the table
    assert set(held) == {0}  # no page was ever held for the count
    # told once a page, rising to the end
    assert len(told) >= total - 1 and told == sorted(told) and told[-1][0] == told[-1][1]


def test_the_layout_wraps_each_row_once_and_keeps_it_compressed():
    layout = lay_out_ledger(row(n) for n in range(1, 601))
    assert layout.count == 600 and len(layout) == 600
    first = layout.row(0)
    assert first[1] == ("TS-2026-0001",) and "".join(first[2]).startswith("剑杆织机")
    assert layout.row(599)[0] == ("600",)
    assert len(layout._blocks) == 2 and len(layout._pending) == 600 - 512


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def events(vault) -> int:
    with vault.reader() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def test_print_ledger_tells_progress_and_a_cancel_leaves_no_file(team, tmp_path):
    for n in range(3):
        propose(team, secret_input(team, f"客户名单第{n}版"))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "台账.pdf"
    told: list[tuple[int, int]] = []
    with team.vault.unit_of_work(team.officer) as uow:
        count = register_print.print_ledger(uow, None, target, progress=lambda *a: told.append(a))
    assert count == 3
    assert target.read_bytes().startswith(b"%PDF") and told[-1] == (6, 6)
    assert "TS-" in "".join(page_texts(target.read_bytes()))
    target.unlink()

    before = events(team.vault)  # stopped while reading, then while drawing
    with pytest.raises(register_print.PrintCancelled), team.vault.unit_of_work(team.officer) as uow:
        register_print.print_ledger(uow, None, target, cancelled=lambda: True)
    asked = iter([False, True])  # after the event is recorded, while drawing the first page
    with pytest.raises(register_print.PrintCancelled), team.vault.unit_of_work(team.officer) as uow:
        register_print.print_ledger(uow, None, target, cancelled=lambda: next(asked))
    assert events(team.vault) == before  # the stopped print rolled its event back
    assert list(folder.iterdir()) == []  # neither the file nor its temp


def test_pages_held_for_the_count_still_number_right(footer):
    out = io.BytesIO()
    render_ledger(out, [], footer)  # nothing announces Y: the page is held as before
    assert re.findall(r"第(\d+)/(\d+)页", "".join(page_texts(out.getvalue()))) == [("1", "1")]
