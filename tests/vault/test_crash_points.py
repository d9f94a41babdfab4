"""Rekey killed at every named crash point keeps the data and every key the user holds
(issue 9 §1, §2, §8).

Each declared `rekey.*` point is armed in turn in a real `python -m tsdesk rekey` process,
which dies there as a kill -9 would. Afterwards the database must open with the password,
with the OLD recovery key until the new one was confirmed, and with the NEW key once it was
shown; the data and the audit chain are intact; `vault.rekey` exists exactly when the new key
is in force; a read-only open changes no file; and a later `rekey` finishes cleanly. A point
added to vault/rekey.py is picked up here without editing this file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, COMPANY, invoke, read, run_process

from tsdesk import crashpoints
from tsdesk.errors import WrongRecoveryKey
from tsdesk.models import AuditEvent, Operator, Role
from tsdesk.services import audit as audit_service
from tsdesk.services import operators
from tsdesk.vault import Vault, rekey
from tsdesk.vault.keys import parse_recovery_key

OFFICER, OFFICER_PASSWORD = "officer1", "officer-pass-1"
REKEY_POINTS = sorted(
    p for p in crashpoints.POINTS if p.startswith("rekey.") and ".rollback." not in p
)
ROLLBACK_POINTS = sorted(p for p in crashpoints.POINTS if p.startswith("rekey.rollback."))
_declared = [p for p in crashpoints.POINTS if p.startswith("rekey.")]
BEFORE_REPLACE = set(_declared[: _declared.index(rekey.AFTER_REPLACE)])
WRITER_STEPS = [  # the points `Vault.rekey` and `confirm_rekey` pass, in order
    rekey.AFTER_JOURNAL,
    rekey.AFTER_COPY,
    rekey.AFTER_VERIFY,
    rekey.AFTER_KEYS_SAVE,
    rekey.AFTER_REPLACE,
    rekey.AFTER_CLEANUP,
    rekey.AFTER_WIPE,
]


def cli(*args: str, crash_at: str | None = None):
    """The CLI as the admin: armed at a crash point in a real `python -m tsdesk` process,
    which dies there as a kill -9 would; otherwise in this process."""
    env = {"TSDESK_PASSWORD": ADMIN_PASSWORD, crashpoints.ENV: crash_at}
    if crash_at:
        return run_process(*args, env=env, timeout=120)
    return invoke(*args, env=env)


def shown_key(result) -> str | None:
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("RECOVERY KEY: ")]
    return lines[-1].removeprefix("RECOVERY KEY: ") if lines else None


def files(folder: Path) -> dict[str, str]:
    """Every file but SQLite's shared-memory index, which any reader may touch, the
    failed-attempt log, which a retired key rightly adds to, and the journal of read-only
    sessions, which every read-only login adds to (vault/reads.py)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith(("-shm", ".attempts", ".reads"))
    }


def content(vault: Vault) -> tuple[list[str], list[tuple[int, str]]]:
    with vault.reader() as session:
        names = sorted(session.scalars(select(Operator.name)))
        chain = [tuple(r) for r in session.execute(select(AuditEvent.seq, AuditEvent.hash))]
    return names, chain


def rekey_events(vault: Vault) -> int:
    with vault.reader() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "vault.rekey")
        )


def opens(path: Path, *, recovery_key: str | None = None, read_only: bool = True) -> bool:
    try:
        if recovery_key:
            vault, _ = Vault.unlock_with_recovery_key(path, recovery_key, read_only=read_only)
        else:
            vault, _ = Vault.unlock(path, ADMIN, ADMIN_PASSWORD, read_only=read_only)
    except WrongRecoveryKey:
        return False
    vault.close()
    return True


@pytest.fixture
def db(tmp_path, sleeps):
    path = tmp_path / "data" / "company.tsdesk"
    vault, admin, recovery_key = Vault.create(
        path, company=COMPANY, admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    with vault.unit_of_work(admin) as uow:
        operators.add(uow, OFFICER, Role.OFFICER, OFFICER_PASSWORD)
    before = content(vault)
    vault.close()
    return path, recovery_key, before


def check_survivors(
    path: Path, old_key: str, new_key: str | None, before, extra_rekeys: int = 0
) -> bool:
    """Every key the user may hold opens; data and chain intact. Returns whether rekeyed."""
    confirmed = new_key is not None and not rekey.pending(path)
    if new_key:
        assert opens(path, recovery_key=new_key), "the key that was shown must open"
    if confirmed:
        with pytest.raises(WrongRecoveryKey):
            Vault.unlock_with_recovery_key(path, old_key, read_only=True)
    else:
        assert opens(path, recovery_key=old_key), "the old key must open until confirmed"
    vault, _ = Vault.unlock(path, OFFICER, OFFICER_PASSWORD, read_only=True)
    try:
        assert read(vault, audit_service.verify).ok
        names, chain = content(vault)
        assert names == before[0]
        assert chain[: len(before[1])] == before[1]  # the original chain, link for link
        rekeyed = vault.data_key != parse_recovery_key(old_key)
        assert rekey_events(vault) == (1 if rekeyed else 0) + extra_rekeys
        if new_key:
            assert rekeyed and vault.data_key == parse_recovery_key(new_key)
    finally:
        vault.close()
    return rekeyed


def test_every_rekey_step_has_a_crash_point():
    assert set(WRITER_STEPS) <= set(REKEY_POINTS)
    assert {rekey.BEFORE_PRINT, rekey.BEFORE_CONFIRM} <= set(REKEY_POINTS)
    assert ROLLBACK_POINTS


@pytest.mark.parametrize("point", REKEY_POINTS)
def test_rekey_killed_at_a_named_point_loses_nothing(db, point):
    path, old_key, before = db
    killed = cli("--db", str(path), "rekey", crash_at=point)
    assert killed.returncode == crashpoints.CRASH_EXIT, killed.stderr
    new_key = shown_key(killed)
    assert (new_key is not None) == (point in (rekey.BEFORE_CONFIRM, rekey.AFTER_WIPE))

    # Read-only opens, even with the old recovery key, finish and destroy nothing.
    untouched = files(path.parent)
    verify = cli("--db", str(path), "--recovery-key", old_key, "audit", "verify")
    assert verify.returncode == 0 or new_key, verify.stderr
    check_survivors(path, old_key, new_key, before)
    assert files(path.parent) == untouched

    # The writer's open (it holds the lock) settles the state; every key still works.
    assert opens(path, read_only=False)
    rekeyed = check_survivors(path, old_key, new_key, before)
    assert rekeyed == (point not in BEFORE_REPLACE)  # never shown before: rolled back
    assert not rekey.copy_path(path).exists()
    was_pending = rekey.pending(path)
    in_force = Vault.unlock(path, ADMIN, ADMIN_PASSWORD, read_only=True)[0]
    in_force.close()

    # A later rekey shows the pending key (or a fresh one) and retires the old key.
    done = cli("--db", str(path), "rekey")
    assert done.returncode == 0, done.stderr
    final = shown_key(done)
    if was_pending:  # the same unconfirmed key again, not a third one
        assert parse_recovery_key(final) == in_force.data_key
    assert not rekey.pending(path)
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(path, old_key, read_only=True)
    # a confirmed rekey followed by a fresh one leaves two events
    check_survivors(path, old_key, final, before, extra_rekeys=int(rekeyed and not was_pending))


@pytest.mark.parametrize("point", ROLLBACK_POINTS)
def test_a_rollback_killed_halfway_is_finished_by_the_next_writer(db, point):
    path, old_key, before = db
    killed = cli("--db", str(path), "rekey", crash_at=rekey.AFTER_KEYS_SAVE)
    assert killed.returncode == crashpoints.CRASH_EXIT, killed.stderr
    again = cli("--db", str(path), "--recovery-key", old_key, "rekey", crash_at=point)
    assert again.returncode == crashpoints.CRASH_EXIT, again.stderr
    check_survivors(path, old_key, None, before)
    assert opens(path, recovery_key=old_key, read_only=False)
    assert not rekey.pending(path) and not rekey.copy_path(path).exists()
    assert check_survivors(path, old_key, None, before) is False


def test_a_reader_during_a_rekey_changes_nothing_and_the_writer_finishes(db, monkeypatch):
    """Issue 9 §2: a concurrent read-only open completed someone else's rekey."""
    path, old_key, before = db
    writer, admin = Vault.unlock(path, ADMIN, ADMIN_PASSWORD)
    seen = []

    def reader_at(name):
        seen.append(name)
        untouched = files(path.parent)
        assert opens(path)
        assert opens(path, recovery_key=old_key) == (name != rekey.AFTER_WIPE)
        assert files(path.parent) == untouched

    monkeypatch.setattr(rekey, "crash_point", reader_at)
    new_key = writer.rekey(admin.name)
    assert opens(path, recovery_key=new_key)
    writer.confirm_rekey()
    writer.close()
    assert seen == WRITER_STEPS
    check_survivors(path, old_key, new_key, before)


@pytest.mark.parametrize("leftover", [b"", b"\0" * 4096])
def test_a_copy_cut_short_never_replaces_the_database(db, leftover):
    """Issue 9 §1: killed while exporting, an empty `<db>.rekey` (with SQLite's journal
    beside it) was moved over the database by the next open, even a read-only one."""
    path, old_key, before = db
    size = path.stat().st_size
    rekey.copy_path(path).write_bytes(leftover)
    path.with_name(path.name + ".rekey-journal").write_bytes(b"")
    assert cli("--db", str(path), "audit", "verify").returncode == 0
    assert cli("--db", str(path), "--recovery-key", old_key, "audit", "verify").returncode == 0
    assert opens(path, read_only=False)
    assert path.stat().st_size >= size
    check_survivors(path, old_key, None, before)


def test_a_reader_right_after_the_slots_were_saved_leaves_the_rekey_to_its_writer(db, monkeypatch):
    """Issue 9 §2, in a form the old code runs too: a read-only open while the rekeying
    process held the lock completed that rekey (moved its copy) and made the writer fail."""
    from tsdesk.services import vault_admin
    from tsdesk.vault.keys import KeySlotFile

    path, old_key, before = db
    saved = KeySlotFile.save
    reads = []

    def save_then_read(self):
        saved(self)
        untouched = files(path.parent)
        reads.append(opens(path, recovery_key=old_key) and opens(path))
        assert files(path.parent) == untouched

    writer, admin = Vault.unlock(path, ADMIN, ADMIN_PASSWORD)
    monkeypatch.setattr(KeySlotFile, "save", save_then_read)
    new_key = vault_admin.rekey(writer, admin)
    monkeypatch.undo()
    vault_admin.confirm_rekey(writer, admin)
    writer.close()
    assert reads == [True]
    check_survivors(path, old_key, new_key, before)


def test_a_foreign_state_file_neither_opens_nor_blocks_a_rekey(db):
    path, old_key, before = db
    rekey.Journal.new("another-vault", b"\1" * 32, b"\2" * 32).save(path)
    assert rekey.candidate_keys(path, parse_recovery_key(old_key)) == (parse_recovery_key(old_key),)
    vault, admin = Vault.unlock(path, ADMIN, ADMIN_PASSWORD)
    try:
        assert not vault.rekey_pending
        new_key = vault.rekey(admin.name)
        assert new_key != old_key
        vault.confirm_rekey()
    finally:
        vault.close()
    check_survivors(path, old_key, new_key, before)


@pytest.mark.parametrize("failing", ["before the rename", "after the rename"])
def test_a_failing_step_rolls_back_only_what_did_not_happen(db, monkeypatch, failing):
    """A disk error before the rename leaves the old key in force; one after it (the folder
    fsync) must not roll the slots back under a file that already has the new key."""
    import tsdesk.vault.rekey as protocol

    path, old_key, before = db
    real = protocol.replace_atomic

    def fail(src, dst):
        if failing == "after the rename":
            real(src, dst)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(protocol, "replace_atomic", fail)
    vault, admin = Vault.unlock(path, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(OSError):
        vault.rekey(admin.name)
    vault.close()
    monkeypatch.undo()
    assert opens(path) and opens(path, recovery_key=old_key)
    assert check_survivors(path, old_key, None, before) == (failing == "after the rename")
