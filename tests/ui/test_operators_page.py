"""The operators page: adding operators, roles, deactivation, passwords, keyring unlock."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tsdesk.errors import PermissionDenied, WrongPassword
from tsdesk.models import Role
from tsdesk.services import operators
from tsdesk.ui.admin import operators as operators_page
from tsdesk.ui.admin.operators import (
    AddOperatorDialog,
    ChangeOwnPasswordDialog,
    OperatorsPage,
    ResetPasswordDialog,
    RoleDialog,
)
from tsdesk.ui.session import UiSession
from tsdesk.vault import Vault


def _listed(vault: Vault) -> list[operators.OperatorView]:
    with vault.reader() as reading:
        return operators.list_operators(reading, vault.keyfile)


@pytest.fixture
def session(opened) -> UiSession:
    return UiSession(opened.vault, opened.admin)


def make_page(session, qtbot) -> OperatorsPage:
    page = OperatorsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    return page


@pytest.fixture
def page(session, qtbot) -> OperatorsPage:
    return make_page(session, qtbot)


def scripted(monkeypatch, dialog_class, steps):
    """Replace exec: run `steps(dialog)` (typing, clicking OK) and return the result code."""

    def fake_exec(self):
        steps(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def add_officer(opened, name="officer1", password="officer-pass-1"):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, name, Role.OFFICER, password, display_name="保密员甲")
    return opened.vault.verify_password(name, password)


def select(page: OperatorsPage, name: str) -> None:
    row = next(i for i, o in enumerate(page.model.rows()) if o.name == name)
    page.table.selectRow(row)


def test_table_shows_operators_in_chinese(page, opened):
    add_officer(opened)
    page.refresh()
    rows = [[page.model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert rows == [
        [opened.admin.name, "", "管理员", "在用", "已设置", "—"],
        ["officer1", "保密员甲", "保密员", "在用", "已设置", "—"],
    ]


def test_add_operator_through_the_dialog_then_they_can_unlock(page, opened, monkeypatch):
    seen = {}

    def steps(dialog: AddOperatorDialog):
        dialog.name.setText("zhang.san")
        dialog.display_name.setText("张三")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.APPROVER))
        dialog.password.setText("approver-pass-1")
        dialog.confirm_password.setText("approver-pass-2")
        dialog.ok_button.click()  # the two passwords differ: stays open, nothing added
        seen["mismatch"] = (dialog.error.text(), dialog.result(), dialog.name.text())
        dialog.confirm_password.setText("approver-pass-1")
        dialog.ok_button.click()
        seen["cleared"] = dialog.password.text()

    scripted(monkeypatch, AddOperatorDialog, steps)
    page.add_operator()
    assert seen["mismatch"] == ("两次输入的密码不一致，请重新输入确认密码。", 0, "zhang.san")
    assert seen["cleared"] == ""  # the password does not outlive the dialog
    names = [o.name for o in page.model.rows()]
    assert names == [opened.admin.name, "zhang.san"]
    actor = opened.vault.verify_password("zhang.san", "approver-pass-1")
    assert actor.role == Role.APPROVER
    opened.vault.close()
    vault, actor = Vault.unlock(opened.path, "zhang.san", "approver-pass-1")
    vault.close()
    assert actor.name == "zhang.san"


def test_add_operator_errors_are_inline(page, opened, monkeypatch):
    seen = {}

    def steps(dialog: AddOperatorDialog):
        dialog.name.setText("x")  # too short
        dialog.password.setText("long-enough-1")
        dialog.confirm_password.setText("long-enough-1")
        dialog.ok_button.click()
        seen["name"] = dialog.error.text()
        dialog.name.setText("li.si")
        dialog.password.setText("short")
        dialog.confirm_password.setText("short")
        dialog.ok_button.click()
        seen["password"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.password
        dialog.reject()

    scripted(monkeypatch, AddOperatorDialog, steps)
    page.add_operator()
    assert seen["name"] == "操作员名须为 2–32 个字母、数字、汉字或 . _ - "
    assert seen["password"] == "密码至少 8 个字符"
    assert seen["focus"]
    assert [o.name for o in _listed(opened.vault)] == [opened.admin.name]


def test_reset_password_and_change_role(page, opened, monkeypatch):
    add_officer(opened)
    page.refresh()
    select(page, "officer1")

    def reset(dialog):
        dialog.password.setText("brand-new-pass")
        dialog.confirm_password.setText("brand-new-pass")
        dialog.ok_button.click()

    scripted(monkeypatch, ResetPasswordDialog, reset)
    page.reset_password()
    assert opened.vault.verify_password("officer1", "brand-new-pass").name == "officer1"

    select(page, "officer1")

    def role(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData(Role.AUDITOR))
        dialog.ok_button.click()

    scripted(monkeypatch, RoleDialog, role)
    page.change_role()
    officer = next(o for o in _listed(opened.vault) if o.name == "officer1")
    assert officer.role == Role.AUDITOR


def test_last_admin_cannot_lose_the_role_inline(page, monkeypatch):
    select(page, page.session.actor.name)
    seen = {}

    def role(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData(Role.OFFICER))
        dialog.ok_button.click()
        seen["error"] = dialog.error.text()
        dialog.reject()

    scripted(monkeypatch, RoleDialog, role)
    page.change_role()
    assert seen["error"] == "至少要保留一名在用的管理员"


def test_deactivate_and_reactivate_with_confirmation(page, opened, monkeypatch):
    add_officer(opened)
    page.refresh()
    select(page, "officer1")
    assert page.active_button.text() == "停用"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    assert page.toggle_active() is False
    assert opened.vault.verify_password("officer1", "officer-pass-1")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    select(page, "officer1")
    assert page.toggle_active() is True
    with pytest.raises(WrongPassword):  # a deactivated operator's slot is gone
        opened.vault.verify_password("officer1", "officer-pass-1")
    select(page, "officer1")
    assert page.active_button.text() == "启用"
    assert page.model.index(1, 3).data() == "停用"
    assert page.toggle_active() is True
    assert page.model.index(1, 3).data() == "在用"
    assert page.model.index(1, 4).data() == "—"  # needs a password reset now


def test_admin_cannot_deactivate_themself(page, monkeypatch):
    select(page, page.session.actor.name)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert page.toggle_active() is False
    assert shown == ["不能停用自己的账户"]


def test_non_admin_sees_admin_actions_disabled_and_the_service_refuses(opened, qtbot):
    officer = add_officer(opened)
    session = UiSession(opened.vault, officer)
    page = make_page(session, qtbot)
    select(page, "officer1")
    for button in page.admin_buttons:
        assert not button.isEnabled()
    assert not page.admin_note.isHidden()
    assert page.own_password_button.isEnabled()
    with pytest.raises(PermissionDenied):
        session.run(
            None,
            lambda uow: operators.add(uow, "sneaky", Role.ADMIN, "password-9"),
            show=False,
        )
    assert [o.name for o in _listed(opened.vault)] == [
        opened.admin.name,
        "officer1",
    ]


def test_change_own_password(opened, monkeypatch, qtbot):
    officer = add_officer(opened)
    page = make_page(UiSession(opened.vault, officer), qtbot)
    seen = {}

    def steps(dialog: ChangeOwnPasswordDialog):
        dialog.old_password.setText("not-my-password")
        dialog.password.setText("officer-pass-2")
        dialog.confirm_password.setText("officer-pass-2")
        dialog.ok_button.click()
        seen["wrong"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.old_password
        dialog.old_password.setText("officer-pass-1")
        dialog.ok_button.click()

    scripted(monkeypatch, ChangeOwnPasswordDialog, steps)
    page.change_own_password()
    assert seen == {"wrong": "操作员名或密码错误", "focus": True}
    assert opened.vault.verify_password("officer1", "officer-pass-2").name == "officer1"
    with pytest.raises(WrongPassword):
        opened.vault.verify_password("officer1", "officer-pass-1")


def test_keyring_unlock_toggle_for_myself(page, opened):
    assert page.keyring_check.isEnabled() and not page.keyring_check.isChecked()
    page.keyring_check.click()
    assert page.keyring_check.isChecked()
    assert page.me().keyring_unlock
    opened.vault.close()
    vault, actor = Vault.unlock_with_keyring(opened.path, opened.admin.name)
    assert actor.name == opened.admin.name
    session = UiSession(vault, actor)
    page.session = session
    page.refresh()
    page.keyring_check.click()
    assert not page.keyring_check.isChecked()
    assert not _listed(vault)[0].keyring_unlock
    vault.close()


def test_keyring_toggle_disabled_with_the_reason(session, qtbot, monkeypatch):
    monkeypatch.setattr(
        operators_page,
        "keyring_status",
        lambda: (False, "本机没有可用的系统凭据存储（keyring 后端）"),
    )
    page = make_page(session, qtbot)
    assert not page.keyring_check.isEnabled()
    assert page.keyring_reason.text() == "不可用：本机没有可用的系统凭据存储（keyring 后端）"


def test_clear_empties_the_table(page):
    page.clear()
    assert page.model.rowCount() == 0
    page.refresh()
    assert page.model.rowCount() == 1
