"""The audit page's scan box (a footer's QR code, scanned or pasted: does the chain still
contain that head?) and the warning at login when the chain is shorter than the head the
key-slot file recorded (issue 17 §2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.services import company
from tsdesk.ui.admin.audit import AuditPage
from tsdesk.ui.login import LoginDialog
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all
from tsdesk.vault.engine import connect_raw


@pytest.fixture
def window(opened, qtbot):
    with opened.vault.unit_of_work(opened.admin) as uow:
        for name in ("研发中心", "销售部", "生产部"):
            company.add_department(uow, name)
    win = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _scan(qtbot, page: AuditPage, text: str) -> str:
    """A scanner types the code and presses Enter."""
    page.anchor_edit.clear()
    qtbot.keyClicks(page.anchor_edit, text)
    qtbot.keyClick(page.anchor_edit, Qt.Key.Key_Return)
    return page.anchor_label.text()


def test_scanned_head_is_found_then_missing_after_truncation(window, opened, qtbot):
    page = window.show_page(AuditPage)
    head = opened.vault.chain_head()
    payload = f"TSDESK:{head.seq}:{head.hash.upper()}"  # what the footer's QR code holds
    assert _scan(qtbot, page, payload).startswith("✔")
    assert f"第 {head.seq} 号事件" in page.anchor_label.text()
    # The footer text typed by hand works as well, with the button.
    page.anchor_edit.setText(f"审计链 #{head.seq} {head.hash[:12]}")
    qtbot.mouseClick(page.anchor_button, Qt.MouseButton.LeftButton)
    assert page.anchor_label.text().startswith("✔")

    conn = connect_raw(opened.path, opened.vault.data_key)
    try:
        conn.execute("DELETE FROM audit_event WHERE seq >= ?", (head.seq - 1,))
    finally:
        conn.close()
    assert _scan(qtbot, page, payload).startswith("✘")
    assert "已没有第" in page.anchor_label.text()


def test_scanned_head_of_a_rewritten_chain_is_refused(window, opened, qtbot):
    page = window.show_page(AuditPage)
    head = opened.vault.chain_head()
    wrong = "0" * 64
    assert _scan(qtbot, page, f"TSDESK:{head.seq}:{wrong}").startswith("✘")
    assert "被改写过" in page.anchor_label.text()


def test_something_else_scanned_says_what_a_head_looks_like(window, qtbot):
    page = window.show_page(AuditPage)
    assert "无法识别审计链头" in _scan(qtbot, page, "TSDL/ZT-2026-0001/abc")


def test_verify_button_reports_a_row_edited_without_an_event(window, opened, qtbot):
    page = window.show_page(AuditPage)
    conn = connect_raw(opened.path, opened.vault.data_key)
    try:
        conn.execute("UPDATE operator SET role = 'officer' WHERE name = ?", (ADMIN,))
    finally:
        conn.close()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✘" in page.verify_label.text() or "✔" in page.verify_label.text())
    assert page.verify_label.text().startswith("✘ 审计链本身完整")
    assert ADMIN in page.verify_label.text() and "role" in page.verify_label.text()


def test_login_warns_when_the_chain_is_shorter_than_the_slot_file_says(opened, qtbot, monkeypatch):
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.add_department(uow, "质量部")
    key = opened.vault.data_key
    opened.vault.close()
    conn = connect_raw(opened.path, key)
    try:
        conn.execute("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    finally:
        conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    dialog = LoginDialog(opened.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.form.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.form.password_edit, Qt.Key.Key_Return)
    wait_for_all()
    try:
        (text,) = shown
        assert "审计记录可能被删改" in text and "已没有第" in text
        assert dialog.vault is not None and dialog.vault.head_warning is not None
    finally:
        dialog.vault.close()
