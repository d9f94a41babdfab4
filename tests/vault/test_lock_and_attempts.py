"""One writer at a time; failed attempts slow down and are audited (issue 2 §2)."""

from __future__ import annotations

import json

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, read

from tsdesk.errors import DatabaseBusy, ReadOnlyError, WrongPassword
from tsdesk.services import audit as audit_service
from tsdesk.vault import Vault, attempts
from tsdesk.vault.lock import lock_path, read_holder


def test_second_writer_is_told_who_holds_it(opened):
    with pytest.raises(DatabaseBusy) as caught:
        Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    holder = read_holder(lock_path(opened.path))
    assert holder.operator == ADMIN
    message = caught.value.message
    assert ADMIN in message and holder.machine in message and holder.since in message


def test_read_only_while_another_writes(opened):
    vault, actor = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        assert vault.read_only
        assert read(vault, audit_service.verify).ok
        with pytest.raises(ReadOnlyError), vault.unit_of_work(actor):
            pytest.fail("a unit of work opened on a read-only vault")
    finally:
        vault.close()
    assert lock_path(opened.path).exists()  # the writer's lock is untouched


def test_lock_released_on_close(opened):
    opened.vault.close()
    assert not lock_path(opened.path).exists()
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()


def test_stale_lock_from_a_crash_is_cleared_and_audited(opened):
    opened.vault.close()
    # A process that died leaves its text behind but no OS lock.
    lock_path(opened.path).write_text(
        json.dumps({"operator": "ghost", "machine": "PC-7", "since": "2026-01-01 08:00", "pid": 1}),
        "utf-8",
    )
    vault, _ = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        actions = [
            e.action for e in read(vault, audit_service.page, audit_service.AuditFilter(), 0, 5)
        ]
        assert "vault.stale_lock_cleared" in actions
        assert read_holder(lock_path(opened.path)).operator == ADMIN
    finally:
        vault.close()


def test_delay_grows_with_failures():
    delays = [attempts.delay_for(n) for n in range(8)]
    assert delays[:2] == [0, 0]
    assert all(b >= a for a, b in zip(delays, delays[1:], strict=False))
    assert delays[-1] > delays[2] > 0
    assert attempts.delay_for(100) == attempts.MAX_DELAY


def test_repeated_wrong_passwords_slow_down_then_are_audited(opened, sleeps):
    opened.vault.close()
    for _ in range(5):
        with pytest.raises(WrongPassword):
            Vault.unlock(opened.path, ADMIN, "guess")
    assert sleeps == [attempts.delay_for(n) for n in range(2, 5)]
    assert sleeps[-1] > sleeps[0]
    vault, _ = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    try:
        failed = read(
            vault, audit_service.page, audit_service.AuditFilter(action="login.failed"), 0, 50
        )
        assert len(failed) == 5
        assert all(e.operator == ADMIN for e in failed)
        assert read(vault, audit_service.verify).ok
    finally:
        vault.close()
    # Audited once, and the right password cleared the count (the record itself stays, so
    # that deleting it cannot reset anyone's delay).
    assert attempts.unaudited(opened.path) == []
    assert attempts.recent_failures(opened.path, ADMIN) == 0


def test_re_authentication_in_an_open_vault_refuses_instead_of_sleeping(opened, sleeps):
    from tsdesk.errors import TooManyAttempts

    for _ in range(2):
        with pytest.raises(WrongPassword):
            opened.vault.verify_password(ADMIN, "guess")
    with pytest.raises(TooManyAttempts) as caught:
        opened.vault.verify_password(ADMIN, ADMIN_PASSWORD)  # even the right one must wait
    assert caught.value.params["seconds"] >= 1
    assert sleeps == []  # the window never froze
