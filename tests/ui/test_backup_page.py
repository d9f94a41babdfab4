"""备份 in the real main window (issue 17 §1): choose the folder, back up now, the drill and
the check from the list, restore into a new file, the 工作台 reminders, the backup on exit."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.models import AuditEvent
from tsdesk.services import reminders
from tsdesk.settings import machine_get
from tsdesk.ui.admin.backup import BackupPage
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.session import UiSession
from tsdesk.vault import Vault
from tsdesk.vault import backup as vb


@pytest.fixture
def window(opened, qtbot):
    win = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def page(window, tmp_path, monkeypatch) -> BackupPage:
    page = window.show_page(BackupPage)
    page.refresh()
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.choose_button.click()
    assert machine_get("backup_folder") == str(folder)
    return page


def actions(vault) -> list[str]:
    with vault.reader() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_reachable_from_the_navigation(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "备份" in titles


def test_backup_now_drill_and_check(page, opened, qtbot):
    assert "从未备份" in page.last_label.text()
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Ctrl+B
    assert page.model.rowCount() == 1
    assert "已备份到" in page.status.text()
    assert "从未备份" not in page.last_label.text()
    page.table.selectRow(0)
    page.drill_button.click()
    assert "恢复演练通过" in page.status.text(), page.status.text()
    assert "恢复演练" in page.check_label.text()
    page.verify_button.click()
    assert "完整" in page.status.text()
    assert actions(opened.vault)[-3:] == ["backup.create", "backup.drill", "backup.verify"]


def test_restore_into_a_new_file_after_confirming(page, opened, tmp_path, monkeypatch):
    page.backup_button.click()
    page.table.selectRow(0)
    target = tmp_path / "restored.tsdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    page.restore_button.click()
    assert not target.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    page.restore_button.click()
    assert target.exists() and shown and str(target) in shown[0]
    restored, _ = Vault.unlock(target, ADMIN, ADMIN_PASSWORD, read_only=True)
    restored.close()
    assert actions(opened.vault)[-1] == "backup.restore"


def test_a_missing_stick_is_a_clear_message(page, window, tmp_path, monkeypatch):
    page.set_folder(str(tmp_path / "pulled"))
    assert "不可用" in page.status.text()
    page.backup_button.click()
    assert "不可用" in page.status.text()
    # On exit too: the backup due is not made, the window says so and still closes.
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.close()
    assert len(warned) == 1 and "不可用" in warned[0] and not window.isVisible()


def test_policy_saved_and_audited(page, opened):
    page.generations_spin.setValue(3)
    page.on_exit_check.setChecked(False)
    page.save_button.click()
    with opened.vault.reader() as session:
        changes = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "setting.change")
        ).all()
    assert {json.loads(e.after)["value"] for e in changes} >= {3, 0}


def test_reminders_until_backed_up_and_drilled(page, opened):
    def due() -> dict[str, int]:
        with opened.vault.reader() as session:
            return {
                c.reminder.key: c.n
                for c in reminders.evaluate(session, keys={"backup.overdue", "backup.unchecked"})
            }

    assert due() == {"backup.overdue": 1, "backup.unchecked": 1}
    page.backup_button.click()
    assert due() == {"backup.overdue": 0, "backup.unchecked": 1}
    page.table.selectRow(0)
    page.drill_button.click()
    assert due() == {"backup.overdue": 0, "backup.unchecked": 0}


def test_backup_on_exit_when_due(page, window, tmp_path, monkeypatch):
    folder = tmp_path / "stick"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.close()
    assert warned == []
    (made,) = folder.glob("*" + vb.SUFFIX)
    assert vb.read_header(made).head_seq > 0
