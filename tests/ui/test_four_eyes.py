"""Four-eyes approval: refused approvers stay inline; approval and change commit together."""

from __future__ import annotations

import json

import pytest
from tsdesk_testing import ADMIN_PASSWORD, read

from tsdesk.errors import ValidationError
from tsdesk.models import Role
from tsdesk.services import audit as audit_service
from tsdesk.services import company, operators
from tsdesk.services.audit import AuditFilter
from tsdesk.ui.four_eyes import FourEyesDialog, approve_and_run, approvers, ask_approver
from tsdesk.ui.session import UiSession

SUBJECT = "新增部门：保密办"


@pytest.fixture
def team(opened):
    """admin, an officer who asks, an approver, a second admin, an inactive approver."""
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "officer1", Role.OFFICER, "officer-pass-1")
        operators.add(uow, "approver1", Role.APPROVER, "approver-pass-1", display_name="审批甲")
        operators.add(uow, "auditor1", Role.AUDITOR, "auditor-pass-1")
        operators.add(uow, "gone", Role.APPROVER, "gone-pass-1")
        operators.set_active(uow, "gone", False)
    return opened


@pytest.fixture
def officer_session(team) -> UiSession:
    return UiSession(team.vault, team.vault.verify_password("officer1", "officer-pass-1"))


def scripted(monkeypatch, steps):
    def fake_exec(self):
        self.show()
        steps(self)
        return self.result()

    monkeypatch.setattr(FourEyesDialog, "exec", fake_exec)


def add_department(uow, approver):
    """The change a module would make, given the approver (a real one stores it)."""
    return company.add_department(uow, "保密办", note=f"批准人 {approver.name}")


def events(vault, action):
    return read(vault, audit_service.page, AuditFilter(action=action), 0, 50)


def test_offers_only_other_active_approvers(team, officer_session):
    # 审批人 first: an administrator approves only when no approver is at hand.
    assert [o.name for o in approvers(officer_session)] == ["approver1", team.admin.name]
    admin_session = UiSession(team.vault, team.admin)
    assert [o.name for o in approvers(admin_session)] == ["approver1"]


def test_same_person_and_non_approver_refused_inline(team, monkeypatch, qtbot):
    session = UiSession(team.vault, team.admin)
    seen = {}

    def steps(dialog: FourEyesDialog):
        # The list leaves the requester out; force them in to prove the service refuses.
        dialog.approver.addItem(team.admin.name, team.admin.name)
        dialog.approver.addItem("auditor1", "auditor1")
        dialog.approver.setCurrentIndex(dialog.approver.findData(team.admin.name))
        dialog.password.setText("any-password")  # refused before it is checked
        dialog.ok_button.click()
        seen["same"] = dialog.error.text()
        seen["cleared"] = dialog.password.text()
        dialog.approver.setCurrentIndex(dialog.approver.findData("auditor1"))
        dialog.password.setText("auditor-pass-1")
        dialog.ok_button.click()
        seen["auditor"] = dialog.error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    scripted(monkeypatch, steps)
    assert approve_and_run(session, None, SUBJECT, add_department, "department") is None
    assert seen["same"] == "审批人不能是申请人本人"
    assert seen["cleared"] == ""
    assert seen["auditor"] == "当前操作员无权执行此操作：审批"
    assert seen["still_open"]
    assert read(team.vault, company.list_departments) == []
    assert events(team.vault, "approval") == []


def test_wrong_password_inline_then_the_right_one_commits_both(team, monkeypatch, qtbot):
    seen = {}
    session = UiSession(team.vault, team.admin)

    def steps(dialog: FourEyesDialog):
        assert [dialog.approver.itemData(i) for i in range(dialog.approver.count())] == [
            "approver1"
        ]
        assert dialog.approver.currentText() == "审批甲（approver1，审批人）"
        dialog.password.setText("wrong-password")
        dialog.ok_button.click()
        seen["wrong"] = dialog.error.text()
        seen["cleared"] = dialog.password.text()
        seen["focus"] = dialog.focusWidget() is dialog.password
        assert read(team.vault, company.list_departments) == []  # nothing committed yet
        dialog.password.setText("approver-pass-1")
        dialog.ok_button.click()
        seen["after"] = dialog.password.text()

    scripted(monkeypatch, steps)
    department_id = approve_and_run(session, None, SUBJECT, add_department, "department")
    assert seen["wrong"] == "操作员名或密码错误"
    assert seen["cleared"] == "" and seen["focus"] and seen["after"] == ""
    (department,) = read(team.vault, company.list_departments)
    assert department.id == department_id and department.note == "批准人 approver1"
    (granted,) = events(team.vault, "approval.granted")
    (added,) = events(team.vault, "department.add")
    assert added.seq == granted.seq + 1  # one transaction, back to back
    assert json.loads(granted.after) == {
        "requester": team.admin.name,
        "approver": "approver1",
        "subject": SUBJECT,
    }
    # the wrong approver password reaches the chain (at the next unlock, with the throttle's
    # other failures) as what it was, not as a failed login
    team.vault.relogin(team.admin.name, ADMIN_PASSWORD)
    (failed,) = events(team.vault, "approval.password_failed")
    assert failed.operator == "approver1"
    assert events(team.vault, "login.failed") == []


def test_a_failing_change_rolls_the_approval_back(team, monkeypatch, qtbot):
    session = UiSession(team.vault, team.admin)
    seen = {}

    def refused(uow, approver):
        raise ValidationError("登记内容不完整")

    def steps(dialog: FourEyesDialog):
        dialog.password.setText("approver-pass-1")
        dialog.ok_button.click()
        seen["error"] = dialog.error.text()
        dialog.reject()

    scripted(monkeypatch, steps)
    assert approve_and_run(session, None, SUBJECT, refused) is None
    assert seen["error"] == "登记内容不完整"
    assert events(team.vault, "approval") == []


def test_no_approver_available(opened, monkeypatch, qtbot):
    session = UiSession(opened.vault, opened.admin)
    dialog = FourEyesDialog(session, SUBJECT)
    qtbot.addWidget(dialog)
    assert dialog.approver.count() == 0
    assert not dialog.ok_button.isEnabled()
    assert "没有可以审批的其他操作员" in dialog.error.text()


def test_ask_approver_returns_the_name_and_password_unchecked(team, monkeypatch, qtbot):
    session = UiSession(team.vault, team.admin)

    def steps(dialog: FourEyesDialog):
        dialog.password.setText("approver-pass-1")
        dialog.ok_button.click()

    scripted(monkeypatch, steps)
    assert ask_approver(session, SUBJECT) == ("approver1", "approver-pass-1")
    assert events(team.vault, "approval") == []  # the caller records it in its own run
    monkeypatch.setattr(FourEyesDialog, "exec", lambda self: self.reject() or self.result())
    assert ask_approver(session, SUBJECT) is None
