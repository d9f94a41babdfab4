"""The unlock throttle (issue 9 §5): it holds across processes and per operator, deleting its
record does not reset it, broken state fails closed, and it never tells right from wrong."""

from __future__ import annotations

import multiprocessing
import os
import stat

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.errors import WrongPassword
from tsdesk.models import Role
from tsdesk.services import operators
from tsdesk.vault import Vault, attempts


def _wrong(path, operator=ADMIN, times=1) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassword):
            Vault.unlock(path, operator, "not-the-password")


@pytest.mark.parametrize("which", ["beside the database", "in the user's folder"])
def test_deleting_one_record_does_not_reset_the_delay(opened, sleeps, which):
    opened.vault.close()
    _wrong(opened.path, times=4)
    assert sleeps == [1.0, 2.0]
    victim = (
        attempts.attempts_path(opened.path)
        if which == "beside the database"
        else attempts.shadow_path(opened.path)
    )
    victim.unlink()
    _wrong(opened.path)
    assert sleeps == [1.0, 2.0, 4.0]
    assert victim.exists()  # written back from the other copy


def test_a_directory_in_place_of_the_record_fails_closed_and_is_no_oracle(opened, sleeps):
    opened.vault.close()
    attempts.attempts_path(opened.path).mkdir()
    _wrong(opened.path)  # a plain wrong password, not an internal error
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()
    assert sleeps == [attempts.MAX_DELAY, attempts.MAX_DELAY]  # right and wrong alike
    problem = attempts.problem(opened.path)
    assert problem is not None and str(attempts.attempts_path(opened.path)) in problem.message


def test_a_garbled_record_fails_closed_once_and_heals_from_the_copy(opened, sleeps):
    opened.vault.close()
    _wrong(opened.path, times=3)
    attempts.attempts_path(opened.path).write_bytes(b"\x00{garbage")
    _wrong(opened.path)
    assert sleeps == [1.0, attempts.MAX_DELAY]
    _wrong(opened.path)  # the record was rewritten from the user's copy: 4 earlier tries
    assert sleeps[-1] == attempts.delay_for(4)
    assert attempts.problem(opened.path) is None


def test_one_operators_failures_do_not_slow_another(opened, sleeps):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "officer1", Role.OFFICER, "officer-pass-1")
    opened.vault.close()
    _wrong(opened.path, "officer1", times=6)
    asked = len(sleeps)
    Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)[0].close()
    assert len(sleeps) == asked  # the admin was not made to wait
    _wrong(opened.path, "officer1")
    assert sleeps[-1] == attempts.delay_for(6)  # and the admin's login did not reset officer1


def _parallel_guess(path, barrier, results) -> None:
    attempts.sleep = results.put  # the delay this process was asked to wait
    barrier.wait(timeout=30)
    try:
        Vault.unlock(path, ADMIN, "not-the-password")
    except WrongPassword:
        pass
    results.put("done")


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_parallel_processes_queue_behind_each_other(opened):
    opened.vault.close()
    ctx = multiprocessing.get_context("fork")
    n = 5
    barrier, results = ctx.Barrier(n), ctx.Queue()
    workers = [
        ctx.Process(target=_parallel_guess, args=(opened.path, barrier, results)) for _ in range(n)
    ]
    for w in workers:
        w.start()
    delays, done = [], 0
    while done < n:
        item = results.get(timeout=60)
        if item == "done":
            done += 1
        else:
            delays.append(item)
    for w in workers:
        w.join(timeout=10)
    assert sorted(delays) == [attempts.delay_for(k) for k in range(2, n)]


def test_a_try_killed_midway_still_counts(opened, sleeps):
    opened.vault.close()
    for _ in range(2):
        attempts.begin(opened.path, ADMIN, "password")  # never finished: the process died
    _wrong(opened.path)
    assert sleeps == [attempts.delay_for(2)]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_records_are_owner_only(opened):
    opened.vault.close()
    _wrong(opened.path)
    for f in (attempts.attempts_path(opened.path), attempts.shadow_path(opened.path)):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_records_in_the_first_format_still_count(opened, sleeps):
    import json

    opened.vault.close()
    entry = {"time": "2000-01-01T00:00:00+00:00", "operator": ADMIN, "machine": "m", "reason": "p"}
    attempts.attempts_path(opened.path).write_text(json.dumps([entry] * 1), "utf-8")
    vault, _ = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)  # old and out of the window
    vault.close()
    assert sleeps == [] and attempts.unaudited(opened.path) == []


def test_broken_record_slows_re_authentication_in_an_open_window_without_sleeping(opened, sleeps):
    from tsdesk.errors import TooManyAttempts

    attempts.attempts_path(opened.path).mkdir()
    with pytest.raises(WrongPassword):
        opened.vault.verify_password(ADMIN, "guess")  # a message, not an internal error
    with pytest.raises(TooManyAttempts) as caught:
        opened.vault.verify_password(ADMIN, ADMIN_PASSWORD)  # right and wrong alike
    assert caught.value.params["seconds"] > attempts.delay_for(1)
    assert sleeps == []
