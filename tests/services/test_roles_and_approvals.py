"""Roles are enforced in the services; four-eyes approvals (issue 2 §3)."""

from __future__ import annotations

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, read

from tsdesk.errors import PermissionDenied, ValidationError, WrongPassword
from tsdesk.models import Role
from tsdesk.services import approvals, company, operators, settings, vault_admin
from tsdesk.services import audit as audit_service
from tsdesk.services.permissions import ROLE_PERMISSIONS, Permission
from tsdesk.vault import Vault


def _add(opened, name, role, password="pass-word-1"):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, name, role, password)
    return opened.vault.verify_password(name, password)


def test_auditor_reads_but_cannot_change(opened):
    auditor = _add(opened, "auditor1", Role.AUDITOR)
    with pytest.raises(PermissionDenied), opened.vault.unit_of_work(auditor) as uow:
        company.add_department(uow, "研发部")
    with pytest.raises(PermissionDenied), opened.vault.unit_of_work(auditor) as uow:
        operators.add(uow, "x1", Role.OFFICER, "pass-word-1")
    assert read(opened.vault, audit_service.verify).ok  # reading is allowed
    assert Permission.READ_AUDIT in ROLE_PERMISSIONS[Role.AUDITOR]


def test_only_admin_manages_operators_settings_and_keys(opened):
    officer = _add(opened, "officer1", Role.OFFICER)
    approver = _add(opened, "approver1", Role.APPROVER)
    for actor in (officer, approver):
        with pytest.raises(PermissionDenied), opened.vault.unit_of_work(actor) as uow:
            operators.add(uow, "x1", Role.OFFICER, "pass-word-1")
        with pytest.raises(PermissionDenied), opened.vault.unit_of_work(actor) as uow:
            settings.set_value(uow, "idle_lock_minutes", 5)
        with pytest.raises(PermissionDenied):
            vault_admin.rekey(opened.vault, actor)


def test_everyone_changes_their_own_password(opened):
    officer = _add(opened, "officer1", Role.OFFICER)
    with opened.vault.unit_of_work(officer) as uow:
        operators.change_own_password(uow, "pass-word-1", "new-pass-word")
    assert opened.vault.verify_password("officer1", "new-pass-word").name == "officer1"
    with pytest.raises(WrongPassword), opened.vault.unit_of_work(officer) as uow:
        operators.change_own_password(uow, "wrong-old", "another-pass")


def test_deactivated_operator_cannot_log_in(opened):
    _add(opened, "officer1", Role.OFFICER)
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.set_active(uow, "officer1", False)
    opened.vault.close()
    with pytest.raises(WrongPassword):
        Vault.unlock(opened.path, "officer1", "pass-word-1")


def test_last_admin_is_kept(opened):
    with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
        operators.set_role(uow, ADMIN, Role.OFFICER)
    with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
        operators.set_active(uow, ADMIN, False)


def test_operator_name_and_password_rules(opened):
    for name, password in [("", "pass-word-1"), ("a b", "pass-word-1"), ("ok_name", "short")]:
        with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
            operators.add(uow, name, Role.OFFICER, password)
    _add(opened, "dup1", Role.OFFICER)
    with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "dup1", Role.OFFICER, "pass-word-1")


def test_four_eyes_needs_another_approving_operator(opened):
    officer = _add(opened, "officer1", Role.OFFICER)
    _add(opened, "approver1", Role.APPROVER, "approver-pw-1")
    _add(opened, "auditor1", Role.AUDITOR, "auditor-pw-1")

    with pytest.raises(ValidationError), opened.vault.unit_of_work(officer) as uow:
        approvals.second_operator(uow, "officer1", "pass-word-1", "secret:1")  # oneself
    with pytest.raises(WrongPassword), opened.vault.unit_of_work(officer) as uow:
        approvals.second_operator(uow, "approver1", "wrong", "secret:1")
    with pytest.raises(PermissionDenied), opened.vault.unit_of_work(officer) as uow:
        approvals.second_operator(uow, "auditor1", "auditor-pw-1", "secret:1")

    with opened.vault.unit_of_work(officer) as uow:
        approver = approvals.second_operator(uow, "approver1", "approver-pw-1", "secret:1")
    assert approver.name == "approver1"
    granted = read(
        opened.vault, audit_service.page, audit_service.AuditFilter(action="approval.granted"), 0, 5
    )
    assert len(granted) == 1 and granted[0].operator == "officer1"
    assert '"approver":"approver1"' in granted[0].after


def test_admin_may_approve_someone_elses_request(opened):
    officer = _add(opened, "officer1", Role.OFFICER)
    with opened.vault.unit_of_work(officer) as uow:
        assert approvals.second_operator(uow, ADMIN, ADMIN_PASSWORD, "x").name == ADMIN


def test_keyring_unlock(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.enable_keyring_unlock(uow)
    opened.vault.close()
    vault, actor = Vault.unlock_with_keyring(opened.path, ADMIN)
    try:
        assert actor.name == ADMIN
        with vault.unit_of_work(actor) as uow:
            operators.disable_keyring_unlock(uow)
    finally:
        vault.close()
    with pytest.raises(WrongPassword):
        Vault.unlock_with_keyring(opened.path, ADMIN)


def test_keyring_without_backend_says_why(opened):
    import keyring
    from keyring.backends import fail

    from tsdesk.errors import KeyringUnavailable
    from tsdesk.vault.keys import keyring_status

    keyring.set_keyring(fail.Keyring())
    usable, reason = keyring_status()
    assert not usable and reason
    with pytest.raises(KeyringUnavailable), opened.vault.unit_of_work(opened.admin) as uow:
        operators.enable_keyring_unlock(uow)


def test_keyring_entry_gone_says_so(opened):
    import keyring

    from tsdesk.errors import KeyringEntryMissing

    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.enable_keyring_unlock(uow)
    opened.vault.close()
    keyring.get_keyring().store.clear()  # another Windows account, or the entry was deleted
    with pytest.raises(KeyringEntryMissing):
        Vault.unlock_with_keyring(opened.path, ADMIN)
