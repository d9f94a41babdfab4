"""The login dialog: banner before unlock, inline errors, recovery key, keyring, read-only."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, COMPANY

from tsdesk.errors import WrongPassword, WrongRecoveryKey
from tsdesk.models import Role
from tsdesk.services import operators
from tsdesk.settings import DEFAULT_NOTICE, machine_get
from tsdesk.ui import login
from tsdesk.ui.login import LoginDialog
from tsdesk.ui.messages import error_text
from tsdesk.ui.workers import wait_for_all
from tsdesk.vault import RECOVERY_ACTOR, Vault, attempts


@pytest.fixture
def closed(opened):
    """The test vault, closed: the dialog opens it itself."""
    opened.vault.close()
    return opened


@pytest.fixture
def dialog(qtbot, closed):
    dlg = LoginDialog(closed.path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    wait_for_all()
    if dlg.vault is not None:
        dlg.vault.close()


def submit_and_wait(qtbot, dlg: LoginDialog) -> None:
    """Press Enter in the field that has the secret, then wait for the worker to report."""
    form = dlg.form
    field = form.recovery_edit if form.is_recovery_mode() else form.password_edit
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.is_busy() and form.task is not None and form.task.done)


def test_banner_and_operators_are_shown_before_unlock(dialog):
    form = dialog.form
    assert form.heading.text() == COMPANY
    assert form.notice_label.text() == DEFAULT_NOTICE
    assert [form.operator_combo.itemText(i) for i in range(form.operator_combo.count())] == [ADMIN]
    assert form.operator() == ADMIN
    assert not form.keyring_check.isVisibleTo(dialog)  # no keyring slot yet
    assert not form.error_label.isVisibleTo(dialog)


def test_wrong_password_shows_inline_error_and_keeps_the_dialog_open(qtbot, dialog, sleeps):
    form = dialog.form
    qtbot.keyClicks(form.password_edit, "not-the-password")
    submit_and_wait(qtbot, dialog)

    assert dialog.isVisible() and dialog.vault is None
    assert form.error_label.isVisibleTo(dialog)
    assert form.error_label.text() == error_text(WrongPassword())
    assert form.password_edit.text() == ""  # cleared after use
    assert form.password_edit.isEnabled() and form.unlock_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(form.password_edit.hasFocus)  # ready for the next try
    assert len(attempts.load(dialog.form.path())) == 1  # the failure was recorded


def test_correct_password_yields_vault_and_actor(qtbot, dialog, closed):
    form = dialog.form
    qtbot.keyClicks(form.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        submit_and_wait(qtbot, dialog)

    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor.name == ADMIN and dialog.actor.role == Role.ADMIN
    assert dialog.vault.path == closed.path and not dialog.vault.read_only
    assert form.password_edit.text() == ""
    assert machine_get("last_database") == str(closed.path)


def test_busy_state_while_unlocking(qtbot, dialog):
    form = dialog.form
    form.password_edit.setText(ADMIN_PASSWORD)
    form.submit()
    assert form.is_busy()
    assert not form.password_edit.isEnabled() and not form.unlock_button.isEnabled()
    assert form.busy_label.text().startswith("正在解锁")
    dialog.reject()  # refused while the worker opens the vault
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.vault is not None)


def test_empty_password_is_refused_without_trying(qtbot, dialog):
    qtbot.keyClick(dialog.form.password_edit, Qt.Key.Key_Return)
    assert not dialog.form.is_busy()
    assert dialog.form.error_label.text() == "请输入密码"


def test_recovery_key_login(qtbot, dialog, closed):
    form = dialog.form
    form.recovery_link.linkActivated.emit("#")
    assert form.is_recovery_mode()
    assert form.recovery_edit.isVisibleTo(dialog) and not form.password_edit.isVisibleTo(dialog)

    qtbot.keyClicks(form.recovery_edit, closed.recovery_key)
    with qtbot.waitSignal(dialog.accepted):
        submit_and_wait(qtbot, dialog)
    assert dialog.actor.name == RECOVERY_ACTOR
    assert form.recovery_edit.text() == ""


def test_wrong_recovery_key_stays_with_error(qtbot, dialog, closed, sleeps):
    form = dialog.form
    form.set_recovery_mode(True)
    wrong = "0" * 8 + closed.recovery_key[8:]
    qtbot.keyClicks(form.recovery_edit, wrong)
    submit_and_wait(qtbot, dialog)
    assert dialog.vault is None and dialog.isVisible()
    assert form.error_label.text() == error_text(WrongRecoveryKey())


def test_missing_key_slot_file_switches_to_recovery_key(qtbot, closed):
    (closed.path.parent / (closed.path.name + ".keys")).rename(closed.path.parent / "elsewhere")
    dlg = LoginDialog(closed.path)
    qtbot.addWidget(dlg)
    assert dlg.form.is_recovery_mode()
    assert "密钥槽文件" in dlg.form.error_label.text()
    assert dlg.form.heading.text() == "TSDesk"  # no banner without the slot file


@pytest.fixture
def other_process_has_it_open(closed):
    """Another TSDesk (a separate process, as on a colleague's PC) holds the writer lock."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tsdesk.vault import Vault\n"
        "vault, _ = Vault.unlock(Path(sys.argv[1]), sys.argv[2], sys.argv[3])\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
        "vault.close()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(closed.path), ADMIN, ADMIN_PASSWORD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",  # the CLI writes UTF-8 to pipes; not the locale code page (cp936)
        env=dict(os.environ),
    )
    assert proc.stdout.readline().strip() == "open"
    yield
    proc.communicate("", timeout=30)


def test_database_busy_offers_read_only(qtbot, dialog, monkeypatch, other_process_has_it_open):
    asked = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.keyClicks(dialog.form.password_edit, ADMIN_PASSWORD)
    submit_and_wait(qtbot, dialog)  # the first try meets the lock and asks
    qtbot.waitUntil(lambda: dialog.vault is not None)

    assert len(asked) == 1 and "只读" in asked[0]
    assert dialog.vault.read_only
    assert dialog.actor.name == ADMIN
    assert dialog.form.password_edit.text() == ""


def test_database_busy_declined_shows_why(qtbot, dialog, monkeypatch, other_process_has_it_open):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClicks(dialog.form.password_edit, ADMIN_PASSWORD)
    submit_and_wait(qtbot, dialog)
    assert dialog.vault is None and dialog.isVisible()
    assert "只读方式打开" in dialog.form.error_label.text()  # DatabaseBusy's message
    assert dialog.form.password_edit.text() == ""


def test_keyring_unlock_when_the_operator_has_a_slot(qtbot, opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.enable_keyring_unlock(uow)
    opened.vault.close()
    dlg = LoginDialog(opened.path)
    qtbot.addWidget(dlg)
    form = dlg.form
    assert form.keyring_check.isVisibleTo(dlg)
    assert form.keyring_check.isEnabled() and form.keyring_check.isChecked()
    assert not form.password_edit.isEnabled()  # the keyring stands in for the password

    with qtbot.waitSignal(dlg.accepted):
        form.submit()
    assert dlg.actor.name == ADMIN
    dlg.vault.close()


def test_keyring_unusable_is_disabled_with_the_reason(qtbot, opened, monkeypatch):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.enable_keyring_unlock(uow)
    opened.vault.close()
    monkeypatch.setattr(login, "keyring_status", lambda: (False, "没有凭据存储"))
    dlg = LoginDialog(opened.path)
    qtbot.addWidget(dlg)
    form = dlg.form
    assert form.keyring_check.isVisibleTo(dlg)
    assert not form.keyring_check.isEnabled() and not form.keyring_check.isChecked()
    assert "没有凭据存储" in form.keyring_check.text()
    assert form.password_edit.isEnabled()


def test_unlock_mode_relogs_into_the_open_vault(qtbot, opened, sleeps):
    dlg = LoginDialog(vault=opened.vault)
    qtbot.addWidget(dlg)
    dlg.show()
    form = dlg.form
    assert not form.path_edit.isVisibleTo(dlg) and not form.recovery_link.isVisibleTo(dlg)
    assert dlg.new_button is None

    qtbot.keyClicks(form.password_edit, "wrong-password")
    submit_and_wait(qtbot, dlg)
    assert dlg.isVisible() and form.error_label.text() == error_text(WrongPassword())

    qtbot.keyClicks(form.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(dlg.accepted):
        submit_and_wait(qtbot, dlg)
    assert dlg.vault is opened.vault and dlg.actor == opened.admin


def test_new_database_button_rejects_with_the_request(qtbot, dialog):
    dialog.new_button.click()
    assert dialog.new_database_requested
    assert dialog.result() == LoginDialog.DialogCode.Rejected


def test_the_last_operator_of_this_pc_is_offered(qtbot, closed):
    """Not simply the first name in the list: whoever logged in here last."""
    vault, admin = Vault.unlock(closed.path, ADMIN, ADMIN_PASSWORD)
    with vault.unit_of_work(admin) as uow:
        operators.add(uow, "aaa_first", Role.OFFICER, "officer-pass-1")
        operators.add(uow, "lina", Role.OFFICER, "officer-pass-2")
    vault.close()
    first = LoginDialog(closed.path)
    qtbot.addWidget(first)
    assert first.form.operator() == "aaa_first"  # nobody has logged in on this PC yet
    first.form.operator_combo.setCurrentText("lina")
    qtbot.keyClicks(first.form.password_edit, "officer-pass-2")
    with qtbot.waitSignal(first.accepted):
        submit_and_wait(qtbot, first)
    first.vault.close()
    assert machine_get("last_operator") == "lina"
    again = LoginDialog(closed.path)
    qtbot.addWidget(again)
    assert again.form.operator() == "lina"


# What `python -m tsdesk --db DB` has imported when the login dialog is on screen (issue 12):
# the pages, SQLAlchemy and the models, alembic and reportlab come after the unlock.
LOGIN_PATH_PROBE = """
import os, sys
from tsdesk.ui import login

def shown(dialog):
    dialog.show()
    loaded = {m for m in sys.modules}
    heavy = ("alembic", "reportlab", "sqlalchemy", "tsdesk.models", "tsdesk.ui.main_window")
    print(",".join(sorted(h for h in heavy if h in loaded)), flush=True)
    os._exit(0)

login.LoginDialog.exec = shown
from tsdesk.__main__ import main
main(["--db", sys.argv[1]])
os._exit(5)
"""


def test_the_login_dialog_comes_up_without_the_heavy_modules(closed):
    done = subprocess.run(
        [sys.executable, "-c", LOGIN_PATH_PROBE, str(closed.path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""  # nothing heavy was loaded
