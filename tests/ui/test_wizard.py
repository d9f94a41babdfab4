"""The first-run wizard: create a database, show its recovery key once, or open one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWizard
from tsdesk_testing import COMPANY

from tsdesk.settings import machine_get
from tsdesk.ui.wizard import ADMIN, INTRO, KEY, FirstRunWizard
from tsdesk.ui.wizard import COMPANY as COMPANY_PAGE
from tsdesk.ui.workers import wait_for_all
from tsdesk.vault import Vault
from tsdesk.vault.keys import KeySlotFile

PASSWORD = "first-admin-pass"


@pytest.fixture
def wizard(qtbot, tmp_path):
    wiz = FirstRunWizard(tmp_path / "new" / "company.tsdesk")
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    wait_for_all()
    if wiz.vault is not None:
        wiz.vault.close()


def finish_button(wiz: FirstRunWizard):
    return wiz.button(QWizard.WizardButton.FinishButton)


def fill_until_admin(wiz: FirstRunWizard) -> None:
    assert wiz.currentId() == INTRO
    wiz.next()
    assert wiz.currentId() == COMPANY_PAGE
    wiz.company_page.company_edit.setText(COMPANY)
    wiz.next()
    assert wiz.currentId() == ADMIN


def create(qtbot, wiz: FirstRunWizard) -> None:
    page = wiz.admin_page
    page.password_edit.setText(PASSWORD)
    page.confirm_edit.setText(PASSWORD)
    wiz.next()  # starts the worker; the page moves on when the database exists
    qtbot.waitUntil(lambda: wiz.currentId() == KEY, timeout=10_000)


def test_creates_the_database_and_shows_the_recovery_key_once(qtbot, wizard, tmp_path):
    fill_until_admin(wizard)
    create(qtbot, wizard)
    path = tmp_path / "new" / "company.tsdesk"

    assert wizard.vault is not None and wizard.vault.path == path
    assert wizard.actor.name == "admin"
    shown = wizard.key_page.shown_key()
    assert shown == wizard.recovery_key
    assert KeySlotFile.load(path).banner["company"] == COMPANY
    assert machine_get("last_database") == str(path)
    assert wizard.admin_page.password_edit.text() == ""  # not kept once used

    # Finish waits for the tick; there is no way back or out before it.
    assert not finish_button(wizard).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()
    wizard.key_page.kept_check.setChecked(True)
    assert finish_button(wizard).isEnabled()

    finish_button(wizard).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.recovery_key is None and wizard.key_page.key_label.text() == ""  # once

    # The key on screen really is the recovery key.
    wizard.vault.close()
    vault, actor = Vault.unlock_with_recovery_key(path, shown)
    vault.close()


def test_short_and_mismatched_passwords_are_refused_inline(qtbot, wizard):
    fill_until_admin(wizard)
    page = wizard.admin_page
    page.password_edit.setText("short")
    page.confirm_edit.setText("short")
    assert page.password_hint.text() == "密码至少 8 个字符"
    wizard.next()
    assert wizard.currentId() == ADMIN
    assert page.error_label.text() == "密码至少 8 个字符"

    page.password_edit.setText(PASSWORD)
    page.confirm_edit.setText(PASSWORD + "x")
    assert page.password_hint.text() == "两次输入的密码不一致"
    wizard.next()
    assert wizard.currentId() == ADMIN and wizard.vault is None
    assert page.error_label.text() == "两次输入的密码不一致"

    page.name_edit.setText("x")  # too short for an operator name
    page.confirm_edit.setText(PASSWORD)
    wizard.next()
    assert wizard.currentId() == ADMIN
    assert "操作员名" in page.error_label.text()


def test_refuses_an_existing_file(qtbot, wizard, opened):
    wizard.next()
    wizard.company_page.company_edit.setText(COMPANY)
    wizard.company_page.path_edit.setText(str(opened.path))
    wizard.next()
    assert wizard.currentId() == COMPANY_PAGE
    assert "已存在" in wizard.company_page.error_label.text()


def test_company_name_is_required(qtbot, wizard):
    wizard.next()
    wizard.next()
    assert wizard.currentId() == COMPANY_PAGE
    assert wizard.company_page.error_label.text() == "请填写企业名称"


def test_copy_puts_the_key_on_the_clipboard_and_finish_takes_it_off(qtbot, wizard):
    fill_until_admin(wizard)
    create(qtbot, wizard)
    wizard.key_page.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == wizard.recovery_key
    assert "秒后将自动从剪贴板清除" in wizard.key_page.status_label.text()
    wizard.key_page.kept_check.setChecked(True)
    finish_button(wizard).click()
    assert clipboard.text() == ""


def test_saves_the_recovery_sheet(qtbot, wizard, tmp_path, monkeypatch):
    fill_until_admin(wizard)
    create(qtbot, wizard)
    out = tmp_path / "sheet.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF 文件 (*.pdf)")
    )
    wizard.key_page.save_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in wizard.key_page.status_label.text()


def test_open_an_existing_database(qtbot, wizard, opened):
    page = wizard.intro_page
    page.open_radio.setChecked(True)
    assert not finish_button(wizard).isEnabled()  # no file chosen yet
    page.open_edit.setText(str(opened.path))
    assert finish_button(wizard).isEnabled()
    page.new_radio.setChecked(True)  # changed their mind: Next again, not Finish
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert not finish_button(wizard).isVisible()
    page.open_radio.setChecked(True)
    finish_button(wizard).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.open_path == opened.path and wizard.vault is None
