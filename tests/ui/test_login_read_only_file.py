"""A database on a read-only disk (or a read-only file) was reported as damaged: the login
dialog says it is read-only and offers to open it so (issue 9 §7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.ui.login import LoginDialog
from tsdesk.ui.workers import wait_for_all
from tsdesk.vault import engine


@pytest.fixture
def dialog(qtbot, opened, monkeypatch):
    opened.vault.close()
    # What the OS answers for a read-only file or disk; SQLite then opens it immutable.
    monkeypatch.setattr(engine, "writable", lambda path: False)
    monkeypatch.setattr("tsdesk.vault.vault.writable", lambda path: False)
    dlg = LoginDialog(opened.path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    wait_for_all()
    if dlg.vault is not None:
        dlg.vault.close()


def test_a_read_only_database_is_offered_read_only_not_called_damaged(qtbot, dialog, monkeypatch):
    asked = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.keyClicks(dialog.form.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.form.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    assert len(asked) == 1 and "只读" in asked[0] and "损坏" not in asked[0]
    assert dialog.vault.read_only and dialog.actor.name == ADMIN
