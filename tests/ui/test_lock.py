"""Locking: Ctrl+L and idle time clear the pages and show the lock screen; unlocking needs a
password (possibly another operator's); copied secrets leave the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from sqlalchemy import select
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.errors import WrongPassword
from tsdesk.models import AuditEvent, Role
from tsdesk.services import operators
from tsdesk.ui import idle
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.messages import error_text
from tsdesk.ui.session import UiSession
from tsdesk.vault import Vault


class FakePage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.refreshed = 0
        self.cleared = 0

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FakePage", "测试页")

    def refresh(self) -> None:
        self.refreshed += 1
        self.field.setText("机密内容")

    def clear(self) -> None:
        self.cleared += 1
        self.field.clear()


@pytest.fixture
def make_window(qtbot, opened):
    windows: list[MainWindow] = []

    def make(vault=None, actor=None, **kwargs) -> MainWindow:
        session = UiSession(vault or opened.vault, actor or opened.admin)
        window = MainWindow(session, [FakePage], **kwargs)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def last_actions(vault: Vault, n: int = 3) -> list[str]:
    with vault.reader() as session:
        rows = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(n))
        return list(rows)


def unlock(qtbot, window: MainWindow, operator: str, password: str) -> None:
    form = window.lock_screen.form
    form.operator_combo.setCurrentText(operator)
    form.password_edit.setText(password)
    qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.is_busy() and form.task is not None and form.task.done)


def test_ctrl_l_locks_clears_pages_and_records_it(qtbot, make_window, opened):
    window = make_window()
    page = window.pages[0]
    assert page.field.text() == "机密内容"
    window.search_edit.setText("TS-1")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.is_locked()
    assert page.cleared == 1 and page.field.text() == ""
    assert window.outer.currentWidget() is window.lock_screen
    assert not window.work.isVisible() and window.lock_screen.isVisible()
    assert window.search_edit.text() == ""
    assert window.lock_label.text() == "已锁定"
    assert not window.lock_action.isEnabled()
    assert last_actions(opened.vault, 1) == ["lock"]
    form = window.lock_screen.form
    assert form.operator() == ADMIN and form.password_edit.text() == ""


def test_wrong_password_stays_locked_right_one_unlocks(qtbot, make_window, opened, sleeps):
    window = make_window()
    window.lock()
    form = window.lock_screen.form

    unlock(qtbot, window, ADMIN, "wrong-password")
    assert window.is_locked()
    assert form.error_label.text() == error_text(WrongPassword())
    assert form.password_edit.text() == ""

    refreshed = window.pages[0].refreshed
    with qtbot.waitSignal(window.lock_changed) as signal:
        unlock(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert signal.args == [False]
    assert not window.is_locked()
    assert window.outer.currentWidget() is window.work
    assert window.pages[0].refreshed == refreshed + 1  # the shown page is filled again
    assert window.lock_label.text() == "已解锁"
    assert form.password_edit.text() == "" and not form.error_label.isVisibleTo(window)
    assert last_actions(opened.vault, 1) == ["login"]
    assert window.session.actor == opened.admin


def test_another_operator_may_unlock(qtbot, make_window, opened):
    window = make_window()
    with opened.vault.unit_of_work(opened.admin) as uow:  # added while the window is open
        operators.add(uow, "zhaomin", Role.AUDITOR, "auditor-pass-1", "赵敏")
    window.lock()
    combo = window.lock_screen.form.operator_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [ADMIN, "zhaomin"]
    with qtbot.waitSignal(window.session.actor_changed):
        unlock(qtbot, window, "zhaomin", "auditor-pass-1")
    assert not window.is_locked()
    assert window.session.actor.name == "zhaomin" and window.session.actor.role == Role.AUDITOR
    assert "赵敏" in window.operator_label.text() and "审计员" in window.operator_label.text()


def test_idle_time_locks(qtbot, make_window, opened):
    window = make_window(idle_ms=100)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert window.pages[0].cleared == 1
    assert last_actions(opened.vault, 1) == ["lock"]


def test_idle_interval_defaults_to_the_vault_setting(make_window):
    window = make_window()
    assert window.idle.interval() == 10 * 60_000
    assert window.idle.is_active()


def test_user_activity_restarts_the_idle_countdown(qtbot, make_window):
    window = make_window(idle_ms=2000)
    qtbot.wait(1000)
    before = window.idle._timer.remainingTime()
    widget = window.pages[0].field
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(widget, move)
    assert window.idle._timer.remainingTime() > before + 500  # counting from now again
    assert not window.is_locked()


def test_lock_closes_open_dialogs(qtbot, make_window):
    window = make_window()
    dialog = QDialog(window)
    dialog.show()
    window.lock()
    assert not dialog.isVisible()


def test_read_only_vault_locks_without_writing(qtbot, make_window, opened):
    opened.vault.close()
    vault, actor = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD, read_only=True)
    before = vault.chain_head()
    window = make_window(vault=vault, actor=actor)
    window.lock()
    assert window.is_locked()
    assert vault.chain_head() == before
    unlock(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert not window.is_locked()


def test_clipboard_is_cleared_after_the_timeout(qtbot):
    clipboard = QGuiApplication.clipboard()
    idle.copy_secret_text("TS-秘密-1", seconds=0.1)
    assert clipboard.text() == "TS-秘密-1"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)


def test_clipboard_keeps_what_was_copied_since(qtbot):
    clipboard = QGuiApplication.clipboard()
    idle.copy_secret_text("TS-秘密-2", seconds=0.1)
    clipboard.setText("something else")
    qtbot.wait(300)
    assert clipboard.text() == "something else"


def test_lock_clears_a_copied_secret_at_once(qtbot, make_window):
    window = make_window()
    idle.copy_secret_text("TS-秘密-3", seconds=60)
    window.lock()
    assert QGuiApplication.clipboard().text() == ""
