"""盘点 page: scans typed one after another (as a keyboard-wedge scanner does), live lists
with counts, repeats ignored, finish and save, the printed report."""

from __future__ import annotations

import pytest
from carriers_testing import World, build_world
from PySide6.QtCore import Qt

from tsdesk.services import carriers, labels, stocktake
from tsdesk.services.stocktake import FOUND, INVALID, MISSING, UNEXPECTED
from tsdesk.ui.carriers import stocktake as stocktake_page
from tsdesk.ui.carriers.stocktake import StockTakePage
from tsdesk.ui.session import UiSession


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


@pytest.fixture
def page(world, qtbot) -> StockTakePage:
    page = StockTakePage(UiSession(world.vault, world.admin))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def scan(qtbot, page: StockTakePage, code: str) -> None:
    """What a keyboard-wedge scanner does: type the payload, then Enter."""
    qtbot.keyClicks(page.scan_edit, code)
    qtbot.keyClick(page.scan_edit, Qt.Key.Key_Return)


def titles(page: StockTakePage) -> dict[str, str]:
    return {g: page.boxes[g].title() for g in (FOUND, MISSING, UNEXPECTED, INVALID)}


def test_scan_flow(world, page, qtbot, monkeypatch):
    here = [world.carrier(title=f"图纸 {n}", area=world.archive, location="A 柜") for n in "abc"]
    elsewhere = world.carrier(title="样品", area=world.lab)
    with world.uow() as uow:
        labels.record_print(uow, [*here, elsewhere], "A4-3x8-70x37", "PDF")
    with world.read() as s:
        payload = {cid: labels.payload_for(s, cid, True) for cid in [*here, elsewhere]}
        number_b = carriers.get(s, here[1]).number

    assert not page.scan_edit.isEnabled()
    page.area.setCurrentIndex(page.area.findData(world.archive))
    page.location.setText("A 柜")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.scan_edit.isEnabled() and not page.start_button.isEnabled()
    assert titles(page)[MISSING] == "缺失（3）"

    scan(qtbot, page, payload[here[0]])
    assert page.scan_edit.text() == ""  # ready for the next one
    assert "已找到" in page.feedback.text()
    scan(qtbot, page, number_b)  # typed by hand
    scan(qtbot, page, payload[here[0]])  # the same label again
    assert "已扫描过" in page.feedback.text()
    scan(qtbot, page, payload[elsewhere])
    assert "位置不符" in page.feedback.text()
    scan(qtbot, page, "ZT-0000-9999")
    assert "不应存在" in page.feedback.text()
    assert titles(page) == {
        FOUND: "已找到（2）",
        MISSING: "缺失（1）",
        UNEXPECTED: "位置不符（1）",
        INVALID: "不应存在（1）",
    }
    assert [e.carrier_id for e in page.models[MISSING].rows()] == [here[2]]
    assert not page.print_button.isEnabled()

    result = page.finish()
    assert result is not None and not page.scan_edit.isEnabled()
    with world.read() as s:
        saved = stocktake.saved(s, result.stocktake_id)
    assert [e.carrier_id for e in saved.entries[FOUND]] == here[:2]
    assert [e.carrier_id for e in saved.entries[MISSING]] == [here[2]]
    assert page.history.count() == 1

    shown: list[bytes] = []
    monkeypatch.setattr(stocktake_page, "show_pdf", lambda parent, pdf, title: shown.append(pdf))
    assert page.print_button.isEnabled()
    page.print_report()
    assert shown and shown[0].startswith(b"%PDF")


def test_lock_clears_the_scans(world, page):
    world.carrier(area=world.archive)
    page.area.setCurrentIndex(page.area.findData(world.archive))
    assert page.start()
    page.scan("ZT-0000-9999")
    page.clear()
    assert page.scans is None and page.models[INVALID].rows() == []
    assert not page.scan_edit.isEnabled()


def test_reopen_a_saved_stocktake(world, page):
    cid = world.carrier(area=world.lab)
    with world.uow() as uow:
        st = stocktake.start(uow, world.lab)
        stocktake.finish(uow, st, [])
    page.refresh()
    page.history.setCurrentIndex(page.history.findData(st))
    page.open_saved()
    assert [e.carrier_id for e in page.models[MISSING].rows()] == [cid]
    assert page.print_button.isEnabled()
