"""Printing the ledger from the register page's 文件 menu (issue 12): the wait dialog shows how
far the print has come and its 取消 stops it — no preview, no message, nothing left over."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from register_testing import build_team, confirmed, propose, secret_input
from sqlalchemy import select
from test_register_reach import choose

from tsdesk.models import AuditEvent
from tsdesk.services import register_print
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.register.register import RegisterPage
from tsdesk.ui.session import UiSession


@pytest.fixture
def page(opened, qtbot):
    team = build_team(opened.vault, opened.admin)
    confirmed(team)
    propose(team, secret_input(team, "华东地区重点客户名单"))
    window = MainWindow(UiSession(team.vault, team.officer))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(RegisterPage)
    yield window.current_page()
    window.close()


def test_the_ledger_print_shows_progress_and_cancel_stops_it(page, qtbot, monkeypatch):
    gate = threading.Event()  # holds the worker after the rows are read, until 取消 is clicked
    footer_in = register_print.footer_in

    def held_footer(*args):
        gate.wait(30)
        return footer_in(*args)

    monkeypatch.setattr(register_print, "footer_in", held_footer)
    previews, said, seen = [], [], {}
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: previews.append(dialog))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a))

    def cancel_when_shown() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible() and w.maximum() > 0
        ]
        if not shown:
            QTimer.singleShot(20, cancel_when_shown)
            return
        dialog = shown[0]
        seen.update(value=dialog.value(), maximum=dialog.maximum())
        (button,) = dialog.findChildren(QPushButton)
        seen["button"] = button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        gate.set()

    QTimer.singleShot(0, cancel_when_shown)
    choose(qtbot, page.file_button, "打印台账…")
    assert seen == {"value": 2, "maximum": 4, "button": "取消"}  # 2 rows read of 2 + 2 drawn
    assert previews == [] and said == []
    with page.session.vault.reader() as s:  # recorded before drawing, rolled back by 取消
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    assert "print.ledger" not in actions
