"""The keyboard and the lock in every form and list: focus on the first field, Enter moves
on, Esc asks before typing is lost, the idle lock keeps a form for its operator, Enter and
right-click on list rows, Ctrl+N and F5 in the main window, and the safer defaults."""

from __future__ import annotations

import pytest
from carriers_testing import APPROVER, World, build_world
from dialogs_testing import DIALOGS, Ctx, dialog_classes
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
)
from sqlalchemy import func, select
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.models import Carrier, MovementKind, Role, Secret
from tsdesk.services import operators
from tsdesk.ui import common
from tsdesk.ui.carriers.carrier_dialogs import CarrierDialog, MovementDialog
from tsdesk.ui.carriers.carriers import CarriersPage
from tsdesk.ui.four_eyes import FourEyesDialog
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.register.secret_dialog import SecretDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


@pytest.fixture
def window(world, qtbot) -> MainWindow:
    window = MainWindow(UiSession(world.vault, world.admin))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    # The 工作台's counts and chain check, started with the window, finish before the test
    # builds its records: a worker compiling SQL while the main thread collected garbage has
    # crashed this test's process under load (known; its root cause is not found yet).
    wait_for_all()
    yield window
    window.close()


def count(world: World, model) -> int:
    with world.read() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- form dialogs --------------------------------------------------------------------------------

FORMS = sorted(n for n, c in dialog_classes().items() if issubclass(c, common.GuardedDialog))


@pytest.mark.parametrize("name", FORMS)
def test_every_form_opens_on_its_first_field_and_tabs_to_the_buttons_last(
    name, world, window, qtbot
):
    ctx = Ctx(world, window, window.session, world.carrier())
    dialog = DIALOGS[name](ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    focus = dialog.focusWidget()
    assert not isinstance(focus, QPushButton), f"{name} opens on the {focus.text()} button"
    assert focus is dialog.first_field()
    chain, widget = [], dialog.nextInFocusChain()
    while widget is not dialog and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    box_buttons = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]
    last_field = max(chain.index(f) for f in dialog.input_fields())
    assert all(chain.index(b) > last_field for b in box_buttons), "Tab reaches a button first"
    dialog.reject()


def test_four_eyes_starts_on_an_approver_and_the_password(world, qtbot):
    with world.uow() as uow:  # an administrator who sorts before the approver by name
        operators.add(uow, "aaa_admin", Role.ADMIN, "admin-pass-12")
    officer_session = UiSession(world.vault, world.admin)
    dialog = FourEyesDialog(officer_session, "借出载体")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.approver.currentData() == APPROVER
    assert dialog.focusWidget() is dialog.password


def test_enter_in_a_field_moves_on_instead_of_saving_a_secret(world, qtbot):
    dialog = SecretDialog(UiSession(world.vault, world.admin), None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.subject
    before = count(world, Secret)
    qtbot.keyClicks(dialog.subject, "GA798")  # (QtTest types ASCII only)
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert dialog.isVisible() and count(world, Secret) == before  # no number used up
    assert dialog.focusWidget() is dialog.category
    dialog.note.setFocus()  # the last field of the first tab: the others are not done yet
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.isVisible() and count(world, Secret) == before
    assert dialog.focusWidget() is dialog.buttons.button(dialog.buttons.StandardButton.Save)


def test_enter_in_the_last_field_saves(world, qtbot):
    page = CarriersPage(UiSession(world.vault, world.admin))
    qtbot.addWidget(page)
    cid = world.carrier()
    dialog = MovementDialog(page.session, cid, MovementKind.CONSULT, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.person.currentIndex() == -1 and dialog.person.currentText() == ""
    dialog.person.setCurrentIndex(dialog.person.findData(world.alice))
    dialog.purpose.setText("核对报价")
    last = dialog.input_fields()[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_esc_on_a_changed_form_asks_first(world, qtbot, monkeypatch):
    answers: list[bool] = []
    monkeypatch.setattr(common, "confirm_discard", lambda parent: answers.pop(0))
    dialog = CarrierDialog(UiSession(world.vault, world.admin), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing typed: closes without asking

    dialog = CarrierDialog(UiSession(world.vault, world.admin), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("主轴工艺图纸")
    answers.append(False)  # 继续编辑
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.title_edit.text() == "主轴工艺图纸"
    answers.append(True)  # 放弃
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answers == []


def _unlock(qtbot, window: MainWindow, operator: str, password: str) -> None:
    form = window.lock_screen.form
    form.operator_combo.setCurrentText(operator)
    form.password_edit.setText(password)
    qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.is_busy() and form.task is not None and form.task.done)


def test_the_idle_lock_keeps_a_changed_form_for_after_the_unlock(world, window, qtbot):
    page = window.show_page(CarriersPage)
    seen: dict[str, object] = {}

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        dialog.title_edit.setText("主轴工艺图纸")
        dialog.picker.set_checked(world.low_secret)
        window.idle.idle.emit()  # the idle timeout
        seen["hidden"] = not dialog.isVisible()
        _unlock(qtbot, window, ADMIN, ADMIN_PASSWORD)
        qtbot.waitUntil(dialog.isVisible)
        seen["kept"] = dialog.title_edit.text()
        dialog.ok_button.click()

    QTimer.singleShot(0, while_open)
    carrier_id = page.carriers_tab.register()  # returns only when the form is done
    assert seen["hidden"] and seen["kept"] == "主轴工艺图纸"
    assert carrier_id is not None and count(world, Carrier) == 1


def test_another_operator_does_not_get_the_parked_form(world, window, qtbot):
    page = window.show_page(CarriersPage)
    with world.uow() as uow:
        operators.add(uow, "lina", Role.OFFICER, "officer-pass-1")
    seen: dict[str, object] = {}

    def while_open() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.title_edit.setText("主轴工艺图纸")
        window.lock()
        _unlock(qtbot, window, "lina", "officer-pass-1")
        seen["message"] = window.statusBar().currentMessage()

    QTimer.singleShot(0, while_open)
    assert page.carriers_tab.register() is None
    assert "丢弃" in seen["message"] and count(world, Carrier) == 0


def test_a_form_without_changes_is_simply_closed_by_the_lock(world, window, qtbot):
    page = window.show_page(CarriersPage)

    def while_open() -> None:
        window.lock()

    QTimer.singleShot(0, while_open)
    assert page.carriers_tab.register() is None  # not parked: nothing to keep
    assert not common._parked


# --- lists and page keys ------------------------------------------------------------------------


def test_every_list_has_a_right_click_menu(world, window):
    missing = []
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        for view in page.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView) or _in_combo_box(view):
                continue
            if view.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
                missing.append(f"{type(page).__name__}: {type(view).__name__}")
    # The dashboard is being rebuilt as a page of reminders (its own issue).
    assert not [m for m in missing if not m.startswith("DashboardPage")], missing


def _in_combo_box(widget) -> bool:
    while widget is not None:
        if isinstance(widget, QComboBox):
            return True
        widget = widget.parentWidget()
    return False


def test_enter_on_a_row_opens_it_and_the_menu_has_its_actions(world, window, qtbot, monkeypatch):
    opened: list[int | None] = []
    monkeypatch.setattr(
        CarrierDialog, "exec", lambda self: opened.append(self.carrier_id) or 0, raising=False
    )
    cid = world.carrier()
    page = window.show_page(CarriersPage)
    tab = page.carriers_tab
    tab.refresh()
    tab.select(cid)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [cid]
    texts = [a.text() for a in tab.table.context_menu.actions() if not a.isSeparator()]
    assert {"修改…", "借出…", "封存…", "遗失…", "复制"} <= set(texts)


def test_ctrl_n_from_anywhere_and_f5(world, window, qtbot, monkeypatch):
    opened: list[int | None] = []
    monkeypatch.setattr(
        CarrierDialog, "exec", lambda self: opened.append(self.carrier_id) or 0, raising=False
    )
    page = window.show_page(CarriersPage)
    page.carriers_tab.search.setFocus()
    qtbot.keyClick(page.carriers_tab.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    window.search_edit.setFocus()  # the top search box is outside the page: still works
    qtbot.keyClick(window.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None, None]

    world.carrier()  # added behind the page's back
    assert page.carriers_tab.model.total == 0
    qtbot.keyClick(page.carriers_tab.search, Qt.Key.Key_F5)
    assert page.carriers_tab.model.total == 1


def test_copy_from_a_one_column_list(qtbot):
    """复制 on a QListView's list model (the gap list, the materials checklist): PySide's
    columnCount() of a list model needs its parent named; without it the copy raised (and,
    under load, crashed the process)."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QListView

    from tsdesk.ui.common import list_actions

    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel(["全员轮训每年不少于1次", "重点部门"]))
    menu = list_actions(view, [])
    view.selectionModel().select(
        view.model().index(1, 0), view.selectionModel().SelectionFlag.Select
    )
    (copy,) = [a for a in menu.actions() if a.text() == "复制"]
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "重点部门"
