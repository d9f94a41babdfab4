"""Killed `operators add` / `operators passwd` (issue 9 §4): at every named crash point the
audited record and the slot file agree once the vault is next opened, and no slot opens the
data key for an operator the list does not show."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, read

from tsdesk.crashpoints import CRASH_EXIT, ENV
from tsdesk.errors import WrongPassword
from tsdesk.services import audit as audit_service
from tsdesk.services import operators
from tsdesk.vault import Vault
from tsdesk.vault.keys import KeySlotFile

SLOT_POINTS = ("keys.save.before", "keys.save.after")


def _killed(path, point: str, *args: str, new_password: str) -> None:
    env = {
        **os.environ,
        "TSDESK_KDF": "minimum",
        "TSDESK_PASSWORD": ADMIN_PASSWORD,
        "TSDESK_NEW_PASSWORD": new_password,
        ENV: point,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tsdesk", "--db", str(path), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == CRASH_EXIT, result.stderr  # it died exactly there


def _record_and_file_agree(vault: Vault) -> None:
    with vault.reader() as session:
        for row in operators.list_operators(session, vault.keyfile):
            recorded = operators.recorded_slot(session, row.id)
            slot = vault.keyfile.slot_for(row.name)
            if recorded is not None:
                assert recorded == (slot.id if slot else ""), row.name
        listed = {o.name for o in operators.list_operators(session, vault.keyfile) if o.active}
    assert {s.operator for s in KeySlotFile.load(vault.path).slots} <= listed
    assert read(vault, audit_service.verify).ok


@pytest.mark.parametrize("point", ("operators.add.after_commit", *SLOT_POINTS))
def test_killed_operators_add(opened, point):
    opened.vault.close()
    _killed(opened.path, point, "operators", "add", "zhang", "--role", "officer",
            new_password="zhang-pass-1")  # fmt: skip
    slots = {s.operator for s in KeySlotFile.load(opened.path).slots}
    vault, _ = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)  # reconciles
    try:
        with vault.reader() as session:  # audited first
            assert "zhang" in {o.name for o in operators.list_operators(session, vault.keyfile)}
        _record_and_file_agree(vault)
    finally:
        vault.close()
    if "zhang" in slots:
        Vault.unlock(opened.path, "zhang", "zhang-pass-1")[0].close()
    else:
        with pytest.raises(WrongPassword):
            Vault.unlock(opened.path, "zhang", "zhang-pass-1")


@pytest.mark.parametrize("point", ("operators.passwd.after_commit", *SLOT_POINTS))
def test_killed_operators_passwd(opened, point):
    opened.vault.close()
    before = KeySlotFile.load(opened.path).slot_for(ADMIN).id
    _killed(opened.path, point, "operators", "passwd", new_password="brand-new-pass")
    changed = KeySlotFile.load(opened.path).slot_for(ADMIN).id != before
    password = "brand-new-pass" if changed else ADMIN_PASSWORD
    vault, _ = Vault.unlock(opened.path, ADMIN, password)
    try:
        _record_and_file_agree(vault)
        events = read(
            vault,
            audit_service.page,
            audit_service.AuditFilter(action="operator.password_changed"),
            0,
            5,
        )
        assert len(events) == 1  # the change is on record whether or not it took effect
        reconciled = read(
            vault,
            audit_service.page,
            audit_service.AuditFilter(action="operator.slot_reconciled"),
            0,
            5,
        )
        assert len(reconciled) == (0 if changed else 1)  # and a change that did not is said so
    finally:
        vault.close()


def test_orphan_slot_from_an_earlier_killed_add_is_removed_at_open(opened):
    """A slot file left by the old order (slot saved, operator never committed)."""
    keyfile = KeySlotFile.load(opened.path)
    keyfile.set_password("ghost", "ghost-pass-1", opened.vault.data_key)
    keyfile.save()
    opened.vault.close()
    vault, _ = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert KeySlotFile.load(opened.path).slot_for("ghost") is None
        removed = read(
            vault,
            audit_service.page,
            audit_service.AuditFilter(action="operator.slot_removed"),
            0,
            5,
        )
        assert len(removed) == 1
    finally:
        vault.close()
    with pytest.raises(WrongPassword):
        Vault.unlock(opened.path, "ghost", "ghost-pass-1")


def test_reactivated_operator_is_not_reported_as_an_unapplied_change(opened):
    from tsdesk.models import Role

    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "zhang", Role.OFFICER, "zhang-pass-1")
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.set_active(uow, "zhang", False)
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.set_active(uow, "zhang", True)
    opened.vault.close()
    vault, _ = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        _record_and_file_agree(vault)
        reconciled = read(
            vault,
            audit_service.page,
            audit_service.AuditFilter(action="operator.slot_reconciled"),
            0,
            5,
        )
        assert reconciled == []  # no slot is right for a reactivated operator until a reset
    finally:
        vault.close()
