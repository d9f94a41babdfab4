"""The settings page: vault settings in one audited transaction, the language, rekey."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from tsdesk_testing import read

from tsdesk import settings as machine
from tsdesk.errors import WrongRecoveryKey
from tsdesk.models import Role
from tsdesk.services import audit as audit_service
from tsdesk.services import operators
from tsdesk.services import settings as settings_service
from tsdesk.services.audit import AuditFilter
from tsdesk.settings import DEFAULT_NOTICE
from tsdesk.ui.admin.settings import RecoveryKeyDialog, RekeyConfirmDialog, SettingsPage
from tsdesk.ui.session import UiSession
from tsdesk.vault import Vault
from tsdesk.vault.keys import KeySlotFile


@pytest.fixture
def session(opened) -> UiSession:
    return UiSession(opened.vault, opened.admin)


@pytest.fixture
def page(session, qtbot) -> SettingsPage:
    widget = SettingsPage(session)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def scripted(monkeypatch, dialog_class, steps):
    def fake_exec(self):
        steps(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def test_shows_the_stored_values(page):
    assert page.idle_spin.value() == 10
    assert page.clipboard_spin.value() == 30
    assert page.notice_edit.toPlainText() == DEFAULT_NOTICE
    assert page.language_combo.currentData() == "zh_CN"
    assert (page.idle_spin.minimum(), page.idle_spin.maximum()) == (1, 240)
    assert (page.clipboard_spin.minimum(), page.clipboard_spin.maximum()) == (5, 600)


def test_save_writes_the_changed_settings_in_one_transaction(page, opened, session):
    changed = []
    session.data_changed.connect(changed.append)
    page.idle_spin.setValue(15)
    page.notice_edit.setPlainText("保密提示：测试")
    assert page.save()
    with opened.vault.reader() as session:
        assert settings_service.get(session, "idle_lock_minutes") == 15
        assert settings_service.get(session, "confidentiality_notice") == "保密提示：测试"
        assert settings_service.get(session, "clipboard_clear_seconds") == 30
    events = read(opened.vault, audit_service.page, AuditFilter(action="setting.change"), 0, 10)
    assert sorted(e.entity_id for e in events) == ["confidentiality_notice", "idle_lock_minutes"]
    assert abs(events[0].seq - events[1].seq) == 1
    assert changed == ["setting"]  # one run, one notification for the shell
    assert KeySlotFile.load(opened.path).banner["notice"] == "保密提示：测试"  # the login shows it
    assert page.status.text() == "已保存。"
    assert page.save() is False
    assert page.status.text() == "没有需要保存的更改。"


def test_invalid_value_is_refused_inline_and_nothing_changes(page, opened):
    page.idle_spin.setValue(20)
    page.notice_edit.setPlainText("   ")
    assert page.save() is False
    assert page.status.text() == "保密义务提示 不能为空"
    assert "b00020" in page.status.styleSheet()
    with opened.vault.reader() as session:
        assert settings_service.get(session, "idle_lock_minutes") == 10  # same transaction
    assert page.idle_spin.value() == 20  # the input is kept
    assert read(opened.vault, audit_service.count, AuditFilter(action="setting")) == 0


def test_language_is_a_machine_setting_applied_after_restart(page, opened):
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert page.save()
    assert machine.machine_get("language") == "en"
    assert "重新启动" in page.status.text()
    assert read(opened.vault, audit_service.count, AuditFilter(action="setting")) == 0


def test_non_admin_may_only_change_the_language(opened, qtbot):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "auditor1", Role.AUDITOR, "auditor-pass-1")
    auditor = opened.vault.verify_password("auditor1", "auditor-pass-1")
    page = SettingsPage(UiSession(opened.vault, auditor))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.idle_spin.isEnabled() and page.notice_edit.isReadOnly()
    assert page.keys_box.isHidden()
    assert not page.read_only_note.isHidden()
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert page.save()
    assert machine.machine_get("language") == "en"
    assert page.rekey() is False


def test_rekey_shows_a_new_key_once_and_the_old_key_stops_working(
    page, opened, monkeypatch, tmp_path
):
    warned = {}

    def agree(dialog: RekeyConfirmDialog):
        warned["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert not dialog.ok_button.isEnabled()  # nothing happens without the tick
        dialog.understood.setChecked(True)
        dialog.ok_button.click()

    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    shown = {}

    def keep(dialog: RecoveryKeyDialog):
        dialog.show()
        shown["key"] = dialog.key_label.text().replace("\n", "-")
        dialog.reject()  # Esc before confirming: the dialog stays
        assert dialog.isVisible()
        assert not dialog.close_button.isEnabled()
        assert dialog.save_sheet() == sheet
        dialog.kept.setChecked(True)
        assert dialog.close_button.isEnabled()
        dialog.close_button.click()
        shown["wiped"] = dialog.key_label.text()

    scripted(monkeypatch, RekeyConfirmDialog, agree)
    scripted(monkeypatch, RecoveryKeyDialog, keep)
    old_key = opened.recovery_key
    assert page.rekey()
    assert "旧的恢复密钥" in warned["text"] and "失效" in warned["text"]
    new_key = shown["key"]
    assert new_key != old_key and len(new_key) == len(old_key)
    assert shown["wiped"] == ""
    assert sheet.read_bytes().startswith(b"%PDF")
    actions = [e.action for e in read(opened.vault, audit_service.page, AuditFilter(), 0, 2)]
    assert actions == ["print.recovery_sheet", "vault.rekey"]
    opened.vault.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(opened.path, old_key)
    vault, _ = Vault.unlock_with_recovery_key(opened.path, new_key)
    vault.close()
    vault, _ = Vault.unlock(opened.path, "admin", "correct-horse-1")  # passwords still work
    vault.close()


def test_rekey_cancelled_changes_nothing(page, opened, monkeypatch):
    scripted(monkeypatch, RekeyConfirmDialog, lambda dialog: dialog.reject())
    assert page.rekey() is False
    opened.vault.close()
    vault, _ = Vault.unlock_with_recovery_key(opened.path, opened.recovery_key)
    vault.close()


def test_lock_closes_the_recovery_key_dialog(page, opened, qtbot):
    dialog = RecoveryKeyDialog(page.session, opened.recovery_key, page)
    dialog.open()
    assert dialog.isVisible()
    dialog.reject()
    assert dialog.isVisible()  # not before the key is confirmed as kept …
    page.clear()
    assert not dialog.isVisible()  # … except when the window locks
    assert dialog.key_label.text() == ""
    assert page.notice_edit.toPlainText() == ""


def test_rekey_dismissed_unconfirmed_keeps_the_old_key_and_shows_the_same_key_again(
    page, opened, monkeypatch, qtbot
):
    """Issue 9 §2: until the new key was shown and kept, the old recovery key still opens;
    asking again shows the same new key instead of making a third one."""
    from PySide6.QtCore import Qt

    def agree(dialog: RekeyConfirmDialog):
        dialog.understood.setChecked(True)
        dialog.ok_button.click()

    shown = []

    def locked_away(dialog: RecoveryKeyDialog):  # the window locked before it was confirmed
        shown.append(dialog.key_label.text().replace("\n", "-"))
        dialog.discard()

    def keep(dialog: RecoveryKeyDialog):
        shown.append(dialog.key_label.text().replace("\n", "-"))
        dialog.kept.setChecked(True)
        dialog.close_button.click()

    scripted(monkeypatch, RekeyConfirmDialog, agree)
    scripted(monkeypatch, RecoveryKeyDialog, locked_away)
    qtbot.mouseClick(page.rekey_button, Qt.MouseButton.LeftButton)
    Vault.unlock_with_recovery_key(opened.path, opened.recovery_key, read_only=True)[0].close()
    Vault.unlock_with_recovery_key(opened.path, shown[0], read_only=True)[0].close()

    scripted(monkeypatch, RecoveryKeyDialog, keep)
    qtbot.mouseClick(page.rekey_button, Qt.MouseButton.LeftButton)
    assert shown[1] == shown[0]
    actions = [e.action for e in read(opened.vault, audit_service.page, AuditFilter(), 0, 50)]
    assert actions.count("vault.rekey") == 1
    opened.vault.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(opened.path, opened.recovery_key)
    Vault.unlock_with_recovery_key(opened.path, shown[0])[0].close()


def test_the_people_rules_are_set_on_the_page(page, opened):
    """Issue 13: the grade guarded by the NDA rule, block or warn, the training intervals."""
    assert page.rank_combo.currentData() == 1 and page.rule_combo.currentData() == "block"
    assert (page.interval_spin.value(), page.new_staff_spin.value()) == (365, 30)
    page.rank_combo.setCurrentIndex(page.rank_combo.findData(2))
    page.rule_combo.setCurrentIndex(page.rule_combo.findData("warn"))
    page.new_staff_spin.setValue(14)
    assert page.save()
    with opened.vault.reader() as session:
        assert settings_service.get(session, "nda_required_rank") == 2
        assert settings_service.get(session, "nda_rule") == "warn"
        assert settings_service.get(session, "training_new_staff_days") == 14
