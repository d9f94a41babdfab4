"""销毁 in the real main window (issue 14): a carrier goes from 在库 to 已销毁 through a request,
the four-eyes approval and an execution watched by two supervisors (an operator confirming
with their password, a non-operator signing the list); a legal hold refuses an item; an item
that fails is kept without holding up the rest; the three documents open in the preview; the
carriers page asks for a request and for its holds."""

from __future__ import annotations

import pytest
from carriers_testing import APPROVER, APPROVER_PASSWORD, build_world
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from tsdesk.models import DestructionResult, DestructionStatus
from tsdesk.models.carriers import CarrierStatus
from tsdesk.services import carriers, destruction, people
from tsdesk.ui.carriers.carriers import CarriersPage
from tsdesk.ui.destruction.dialogs import ExecuteDialog, HoldsDialog, RequestDialog
from tsdesk.ui.destruction.page import DestructionPage
from tsdesk.ui.four_eyes import FourEyesDialog
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession


@pytest.fixture
def world(opened):
    world = build_world(opened)
    with world.uow() as uow:
        world.carol = people.add_person(uow, "E003", "王强", None, "行政主管")  # the executor
    return world


@pytest.fixture
def window(world, qtbot):
    win = MainWindow(UiSession(world.vault, world.admin))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def page(window) -> DestructionPage:
    page = window.show_page(DestructionPage)
    page.refresh()
    return page


def when_shown(dialog_class, act) -> None:
    """Act on the modal dialog of this class once the click below has opened it."""

    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def click(button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    button.click()


def number_of(world, carrier_id: int) -> str:
    with world.read() as s:
        return carriers.get(s, carrier_id).number


def status_of(world, carrier_id: int) -> CarrierStatus:
    with world.read() as s:
        return carriers.get(s, carrier_id).status


def request(page: DestructionPage, world, *carrier_ids: int) -> None:
    """新建申请… with these carriers, found by their numbers."""

    def act(dialog: RequestDialog) -> None:
        for carrier_id in carrier_ids:
            dialog.search.setText(number_of(world, carrier_id))
            dialog.add_button.click()
        assert dialog.table.rowCount() == len(carrier_ids)
        dialog.ok_button.click()

    when_shown(RequestDialog, act)
    click(page.new_button)


def approve(page: DestructionPage) -> None:
    def act(dialog: FourEyesDialog) -> None:
        dialog.approver.setCurrentIndex(dialog.approver.findData(APPROVER))
        dialog.password.setText(APPROVER_PASSWORD)
        dialog.ok_button.click()

    click(page.submit_button)
    assert page.selected().status == DestructionStatus.PENDING
    when_shown(FourEyesDialog, act)
    click(page.approve_button)
    assert page.selected().status == DestructionStatus.APPROVED


def execute(page: DestructionPage, world, fail_row: int | None = None) -> None:
    """Two supervisors: 张伟, an operator confirming with the approver's login, and 李娜,
    who signs the printed list; 王强 executes."""

    def act(dialog: ExecuteDialog) -> None:
        dialog.place.setText("公司保密室")
        dialog.executor.setCurrentIndex(dialog.executor.findData(world.carol))
        dialog.add_supervisor(world.alice)
        dialog.add_supervisor(world.bob)
        dialog.set_operator(0, APPROVER, APPROVER_PASSWORD)
        if fail_row is not None:
            dialog.set_result(fail_row, DestructionResult.FAILED, "碎纸机卡纸，改日再销毁")
        dialog.ok_button.click()

    when_shown(ExecuteDialog, act)
    click(page.execute_button)


def test_a_carrier_goes_from_in_store_to_destroyed_with_approval_and_two_supervisors(
    world, page, qtbot, monkeypatch
):
    spare = world.carrier("报价汇总（副本）")  # the secret keeps a copy
    carrier = world.carrier("报价汇总")
    assert status_of(world, carrier) == CarrierStatus.IN_STORE
    request(page, world, carrier)
    assert page.model.rowCount() == 1
    assert page.selected().status == DestructionStatus.DRAFT
    assert page.items.rowCount() == 1
    assert page.items.item(0, 2).text() == number_of(world, carrier)

    approve(page)
    execute(page, world)

    assert page.selected().status == DestructionStatus.DONE
    assert status_of(world, carrier) == CarrierStatus.DESTROYED
    assert status_of(world, spare) == CarrierStatus.IN_STORE
    assert page.supervisors.rowCount() == 2
    confirmations = {
        page.supervisors.item(r, 0).text(): page.supervisors.item(r, 2).text() for r in range(2)
    }
    assert APPROVER in confirmations["张伟"]
    assert confirmations["李娜"] == "在清册上签字"
    assert not page.execute_button.isEnabled()  # never executed or edited again

    # The three documents, each in the preview.
    shown: list[str] = []

    def seen(dialog: PdfPreviewDialog) -> None:
        shown.append(dialog.windowTitle())
        dialog.reject()

    for which in ("approval", "list", "certificate"):
        when_shown(PdfPreviewDialog, seen)
        page.print_actions[which].trigger()
    assert len(shown) == 3
    assert any("销毁证明" in title for title in shown)
    assert not page.print_actions["data_log"].isEnabled()  # no data items in this batch

    # The certificate's QR, scanned into the window's search box, checks out and opens it.
    with world.read() as s:
        payload = destruction.certificate_payload(s, page.selected().id)
    told: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, _t, text, kind=kind: told.append((kind, text))
        )
    window = page.window()
    window.show_page(type(window.pages[0]))
    window.search_edit.setText(payload)
    window.search_edit.returnPressed.emit()
    assert window.stack.currentWidget() is page
    assert told[-1][0] == "information" and told[-1][1].startswith("真实")
    forged = payload.replace("/1/0/", "/2/0/")
    window.search_edit.setText(forged)
    window.search_edit.returnPressed.emit()
    assert told[-1] == ("warning", "校验码不符：证明内容被改动或伪造")


def test_a_hold_refuses_the_carrier_in_the_request(world, page, qtbot):
    world.carrier("报价汇总（副本）")
    carrier = world.carrier("报价汇总")
    with world.uow() as uow:
        destruction.place_hold(uow, "carrier", carrier, "劳动争议仲裁证据")
    refused: list[str] = []

    def act(dialog: RequestDialog) -> None:
        dialog.search.setText(number_of(world, carrier))
        dialog.add_button.click()
        refused.append(dialog.check_note.text() if dialog.check_note.isVisible() else "")
        assert dialog.table.rowCount() == 0
        dialog.reject()

    when_shown(RequestDialog, act)
    click(page.new_button)
    assert refused and number_of(world, carrier) in refused[0]
    assert page.model.rowCount() == 0


def test_a_failed_item_is_kept_and_the_rest_destroyed(world, page, qtbot):
    world.carrier("报价汇总（底稿）")
    first = world.carrier("报价汇总（副本一）")
    second = world.carrier("报价汇总（副本二）")
    request(page, world, first, second)
    approve(page)
    execute(page, world, fail_row=1)
    assert page.selected().status == DestructionStatus.DONE
    assert status_of(world, first) == CarrierStatus.DESTROYED
    assert status_of(world, second) == CarrierStatus.IN_STORE
    assert "碎纸机卡纸" in page.items.item(1, 8).text()


def test_the_carriers_page_asks_for_a_request_and_for_holds(world, window, qtbot, monkeypatch):
    world.carrier("报价汇总（副本）")
    carrier = world.carrier("报价汇总")
    carriers_page = window.show_page(CarriersPage)
    carriers_page.refresh()
    tab = carriers_page.carriers_tab
    assert tab.select(carrier)
    offered: list[int] = []

    def act(dialog: RequestDialog) -> None:
        offered.append(dialog.table.rowCount())
        dialog.ok_button.click()

    when_shown(RequestDialog, act)
    tab.destroy_action.trigger()
    qtbot.waitUntil(lambda: bool(offered))
    page = window.current_page()
    assert isinstance(page, DestructionPage)
    assert offered == [1]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.selected().status == DestructionStatus.DRAFT

    # 法律保全… on the carriers page: the holds dialog on the 销毁 page, a hold placed there.
    window.show_page(CarriersPage)
    assert tab.select(carrier)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("涉诉证据", True))
    )
    held: list[int] = []

    def place(dialog: HoldsDialog) -> None:
        dialog.place_button.click()
        held.append(dialog.table.rowCount())
        dialog.reject()

    when_shown(HoldsDialog, place)
    tab.hold_action.trigger()
    qtbot.waitUntil(lambda: bool(held))
    assert held == [1]
    with world.read() as s:
        assert [h.reason for h in destruction.holds_on(s, "carrier", carrier)] == ["涉诉证据"]


def test_a_declassified_secret_asks_for_the_destruction_of_it_and_its_carriers(
    world, window, qtbot
):
    from tsdesk.models import DestructionItemKind, Secret, SecretStatus
    from tsdesk.ui.register.secret_detail import SecretDetailDialog

    carrier = world.carrier("报价汇总")
    with world.uow() as uow:  # set-up: the secret straight into 已解密
        uow.session.get(Secret, world.low_secret).status = SecretStatus.DECLASSIFIED
    detail = SecretDetailDialog(window.session, world.low_secret, window)
    qtbot.addWidget(detail)
    detail.show()
    assert detail.destroy_action.isEnabled()
    offered: list[int] = []

    def act(dialog: RequestDialog) -> None:
        offered.append(dialog.table.rowCount())
        dialog.ok_button.click()

    when_shown(RequestDialog, act)
    detail.destroy_action.trigger()
    qtbot.waitUntil(lambda: bool(offered))
    assert not detail.isVisible()
    page = window.current_page()
    assert isinstance(page, DestructionPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.view.items[0].kind == DestructionItemKind.SECRET
    approve(page)
    execute(page, world)
    assert page.selected().status == DestructionStatus.DONE
    assert status_of(world, carrier) == CarrierStatus.DESTROYED  # its carriers followed


def test_the_dashboard_views_overdue_requests_and_carriers_due_for_destruction(
    world, window, qtbot
):
    from tsdesk.models import Secret, SecretStatus

    carrier = world.carrier("报价汇总")
    with world.uow() as uow:  # set-up: the secret straight into 已解密
        uow.session.get(Secret, world.low_secret).status = SecretStatus.DECLASSIFIED
    page = window.open_target("destruction", {"view": "candidates"})
    assert isinstance(page, DestructionPage)
    assert [r.id for r in page.candidates.rows()] == [carrier]
    page.candidate_table.selectRow(0)
    offered: list[int] = []

    def act(dialog: RequestDialog) -> None:
        offered.append(dialog.table.rowCount())
        dialog.ok_button.click()

    when_shown(RequestDialog, act)
    click(page.new_button)
    assert offered == [1]
    assert page.selected().status == DestructionStatus.DRAFT  # the list of requests again

    window.open_target("destruction", {"status": "approved", "overdue": True})
    assert page.status_combo.currentData() == "overdue"
    assert page.model.rowCount() == 0  # nothing approved, nothing overdue


def test_a_copy_marked_superseded_on_the_carriers_page_is_offered_for_destruction(
    world, window, qtbot
):
    from tsdesk.ui.carriers.carrier_dialogs import NoteDialog

    old = world.carrier("报价汇总（旧版）")
    world.carrier("报价汇总")
    carriers_page = window.show_page(CarriersPage)
    carriers_page.refresh()
    tab = carriers_page.carriers_tab
    assert tab.select(old) and tab.superseded_action.isEnabled()
    noted: list[bool] = []

    def note(dialog: NoteDialog) -> None:
        dialog.note.setPlainText("由新版报价汇总替代")
        dialog.ok_button.click()
        noted.append(True)

    when_shown(NoteDialog, note)
    tab.superseded_action.trigger()
    qtbot.waitUntil(lambda: bool(noted))
    with world.read() as s:
        assert destruction.count_superseded(s, carriers.get(s, old).superseded_on) == 1
        assert destruction.candidate_carriers(s) == [old]
