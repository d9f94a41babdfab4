"""Backups (issue 17 §1, §4): one encrypted file from a consistent snapshot, a plain header
that anchors the chain, restore into a new file, the restore drill, and the faults of a
plant office (a share gone, a stick pulled, a file held by antivirus)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import struct
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, COMPANY

from tsdesk.models import AuditEvent, Operator, Role
from tsdesk.services import attachments, operators, settings
from tsdesk.services import backup as service
from tsdesk.vault import UnitOfWork, Vault
from tsdesk.vault import backup as vb
from tsdesk.vault.engine import WRITING, connect_raw
from tsdesk.vault.keys import parse_recovery_key

SECRET_TEXT = "配方第七号：钛合金淬火温度九百二十度"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


def counts(db: Path, key: bytes) -> dict[str, int]:
    with closing(connect_raw(db, key, read_only=True)) as conn:
        return vb._facts(conn)["counts"]


def with_content(opened) -> None:
    """A secret-looking text and an attachment, so that leaks and the sample can be seen."""
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "baomi", Role.OFFICER, "officer-pass-1", SECRET_TEXT)
        attachments.add(uow, "person", 1, "scan.png", PNG + SECRET_TEXT.encode())


def made(opened, folder, **kw) -> service.Made:
    return service.create(opened.vault, opened.admin, folder, **kw)


def test_round_trip_restores_every_table_with_the_operators_slots(opened, folder, tmp_path):
    with_content(opened)
    backup = made(opened, folder)
    header = vb.read_header(backup.path)  # no key needed
    assert (header.head_seq, header.head_hash) == (
        backup.manifest["head"]["seq"],
        backup.manifest["head"]["hash"],
    )
    assert backup.manifest["company"] == COMPANY
    assert backup.manifest["attachments"]["count"] == 1
    assert backup.manifest["counts"] == counts_at(opened, header.head_seq)

    target = tmp_path / "restored" / "company.tsdesk"
    checked = service.restore(backup.path, target, operator=ADMIN, password=ADMIN_PASSWORD)
    assert checked.events == header.head_seq and checked.sampled == 1
    assert sorted(checked.operators) == ["admin", "baomi"]
    # the operators log in with their passwords; the recovery key of the time opens it too
    vault, _ = Vault.unlock(target, "baomi", "officer-pass-1")
    try:
        restored = counts(target, vault.data_key)
        with vault.reader() as session:
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        from tsdesk.services import vault_admin

        assert vault_admin.check_chain(vault).ok
    finally:
        vault.close()
    restored_events = restored.pop("audit_event")
    expected = dict(backup.manifest["counts"])
    assert restored_events > expected.pop("audit_event")
    assert restored == expected
    assert (last[header.head_seq - 1].seq, last[header.head_seq - 1].hash) == (
        header.head_seq,
        header.head_hash,
    )
    assert last[header.head_seq].action == "vault.restored"
    recovered, _ = Vault.unlock_with_recovery_key(target, opened.recovery_key, read_only=True)
    recovered.close()


def counts_at(opened, _seq) -> dict[str, int]:
    return counts(opened.path, opened.vault.data_key) | {
        "audit_event": _seq,
        "setting": counts(opened.path, opened.vault.data_key)["setting"] - 1,
    }


def test_nothing_secret_in_the_file_and_no_plain_copy_left_anywhere(opened, folder, tmp_path):
    with_content(opened)
    backup = made(opened, folder)
    raw = backup.path.read_bytes()
    for secret in (
        SECRET_TEXT.encode(),
        COMPANY.encode(),
        opened.vault.data_key,
        opened.vault.data_key.hex().encode(),
        b"SQLite format 3",
    ):
        assert secret not in raw
    header_region = raw[: len(vb.MAGIC) + vb.HEADER_SPACE].decode("utf-8", "replace")
    assert json.loads(header_region[len(vb.MAGIC) + 4 :].strip().rstrip("\0").split("\n")[0])
    leftovers = [
        p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in (".part", ".restoring")
    ]
    assert leftovers == []
    assert list((tmp_path / "data" / "scratch").iterdir()) == []
    assert not [p for p in folder.iterdir() if p.name.endswith(vb.PART)]


def test_live_window_with_wal_resident_and_uncommitted_commits(opened, folder, tmp_path):
    """The GUI holds the database open on its own connection: commits it made are still in
    the WAL (no checkpoint), and a transaction of it is open and uncommitted while the
    backup runs. The backup has the former, not the latter; restored, the chain verifies and
    every count matches the manifest. A plain copy of the file would have missed them."""
    vault, admin = opened.vault, opened.admin
    gui = Vault(opened.path, vault.data_key, vault.keyfile, read_only=False)
    try:
        with closing(connect_raw(opened.path, vault.data_key)) as conn:
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        for value in (3, 4, 5):
            with gui.unit_of_work(admin) as uow:
                settings.set_value(uow, "backup_generations", value)
        wal = opened.path.with_name(opened.path.name + "-wal")
        assert wal.stat().st_size > 0
        with gui.engine.connect() as c:
            committed = c.exec_driver_sql("SELECT max(seq) FROM audit_event").scalar()
        plain_copy = tmp_path / "copied.tsdesk"
        shutil.copy2(opened.path, plain_copy)  # what a file copy of a live database takes

        session = Session(gui.engine.execution_options(**{WRITING: True}))
        session.begin()
        settings.set_value(UnitOfWork(gui, session, admin), "backup_generations", 9)
        session.flush()  # written on the GUI's connection, not committed
        try:
            pending = vb.prepare(
                opened.path, vault.data_key, folder, vault_id=vault.keyfile.vault_id
            )
            path = pending.commit()
        finally:
            session.rollback()
            session.close()
    finally:
        gui.close()

    header = vb.read_header(path)
    assert header.head_seq == committed
    target = tmp_path / "restored.tsdesk"
    vb.restore(path, target, vb.Unlock((vault.data_key,)))
    restored, _ = Vault.unlock(target, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        from tsdesk.services import vault_admin

        assert vault_admin.check_chain(restored).ok
        with restored.reader() as s:
            assert settings.get(s, "backup_generations") == 5  # committed, not the 9
            assert s.scalar(select(func.max(AuditEvent.seq))) == committed
    finally:
        restored.close()
    manifest = vb.verify_file(path, vb.Unlock((vault.data_key,))).manifest
    assert counts(target, vault.data_key) == manifest["counts"]
    with closing(connect_raw(plain_copy, vault.data_key, read_only=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        copied_head = (
            conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0]
            if "audit_event" in tables
            else 0
        )
    assert copied_head < committed  # the commits in the WAL are missing from a file copy


def test_every_way_in_and_only_those(opened, folder):
    backup = made(opened, folder)
    key = opened.vault.data_key
    assert vb.verify_file(backup.path, vb.Unlock((parse_recovery_key(opened.recovery_key),)))
    assert vb.verify_file(backup.path, vb.Unlock((), ADMIN, ADMIN_PASSWORD)).data_key == key
    with pytest.raises(vb.BackupKeyRefused):
        vb.verify_file(backup.path, vb.Unlock((), ADMIN, "wrong-password-1"))
    with pytest.raises(vb.BackupKeyRefused):
        vb.verify_file(backup.path, vb.Unlock((os.urandom(32),)))
    with pytest.raises(vb.BackupKeyRefused):
        vb.verify_file(backup.path, vb.Unlock((), "nobody", ADMIN_PASSWORD))


def test_password_of_the_time_still_opens_after_a_password_change(opened, folder):
    backup = made(opened, folder)
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.change_own_password(uow, ADMIN_PASSWORD, "another-pass-2")
    assert vb.verify_file(backup.path, vb.Unlock((), ADMIN, ADMIN_PASSWORD))
    with pytest.raises(vb.BackupKeyRefused):
        vb.verify_file(backup.path, vb.Unlock((), ADMIN, "another-pass-2"))


def test_after_a_rekey_the_drill_opens_an_older_backup_with_the_password(opened, folder):
    from tsdesk.services import vault_admin

    backup = made(opened, folder)
    vault_admin.rekey(opened.vault, opened.admin)
    vault_admin.confirm_rekey(opened.vault, opened.admin)
    with pytest.raises(vb.BackupKeyRefused):
        service.drill(opened.vault, opened.admin, backup.path)
    proved = service.drill(opened.vault, opened.admin, backup.path, ADMIN_PASSWORD)
    assert proved.chain_extends


@pytest.mark.parametrize("where", ["payload", "payload_rehashed", "header", "truncated"])
def test_altered_or_cut_files_are_refused(opened, folder, where):
    backup = made(opened, folder)
    data = bytearray(backup.path.read_bytes())
    start = len(vb.MAGIC) + vb.HEADER_SPACE
    if where in ("payload", "payload_rehashed"):
        data[-100] ^= 1
    if where == "payload_rehashed":  # an attacker fixes the plain SHA-256 too: AEAD catches it
        header = vb.read_header(backup.path)
        import hashlib

        fixed = vb.Header(
            **{**header.__dict__, "payload_sha256": hashlib.sha256(data[start:]).hexdigest()}
        )
        data[len(vb.MAGIC) : start] = vb._header_bytes(fixed)
    if where == "header":  # claim a later chain head: the stream is bound to the header
        header = vb.read_header(backup.path)
        forged = vb.Header(**{**header.__dict__, "head_seq": header.head_seq + 5})
        data[len(vb.MAGIC) : start] = vb._header_bytes(forged)
    if where == "truncated":
        del data[-200:]
    backup.path.write_bytes(bytes(data))
    with pytest.raises(vb.BackupDamaged):
        vb.verify_file(backup.path, vb.Unlock((opened.vault.data_key,)))


def test_not_a_backup(tmp_path):
    junk = tmp_path / "x.tsdesk-backup"
    junk.write_bytes(b"hello" * 100)
    with pytest.raises(vb.NotABackup):
        vb.read_header(junk)
    assert vb.anchors_in(tmp_path) == []


def test_anchors_of_a_folder_are_every_backup_head_of_this_vault(opened, folder, tmp_path):
    first = made(opened, folder, now=datetime.now(UTC) - timedelta(days=2))
    second = made(opened, folder)
    other, admin, _ = Vault.create(
        tmp_path / "other.tsdesk", company="别家", admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    try:
        foreign = service.create(other, admin, folder)
    finally:
        other.close()
    vault_id = opened.vault.keyfile.vault_id
    mine = vb.anchors_in(folder, vault_id)
    assert [(s, h) for s, h, _ in mine] == [
        (first.header.head_seq, first.header.head_hash),
        (second.header.head_seq, second.header.head_hash),
    ]
    assert foreign.path in [p for _, _, p in vb.anchors_in(folder)]


def test_restore_only_into_a_new_file(opened, folder, tmp_path):
    backup = made(opened, folder)
    unlock = vb.Unlock((opened.vault.data_key,))
    with pytest.raises(vb.TargetExists):
        vb.restore(backup.path, opened.path, unlock)  # the live database
    occupied = tmp_path / "taken.tsdesk"
    occupied.write_bytes(b"x")
    with pytest.raises(vb.TargetExists):
        vb.restore(backup.path, occupied, unlock)
    assert occupied.read_bytes() == b"x"


def test_a_failed_check_leaves_nothing_at_the_target(opened, folder, tmp_path, monkeypatch):
    backup = made(opened, folder)
    target = tmp_path / "new.tsdesk"

    def lying(_conn):
        facts = real(_conn)
        facts["counts"]["operator"] += 1
        return facts

    real = vb._facts
    monkeypatch.setattr(vb, "_facts", lying)
    with pytest.raises(vb.RestoreCheckFailed):
        vb.restore(backup.path, target, vb.Unlock((opened.vault.data_key,)))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("new")) == []


# --- faults (§4) ------------------------------------------------------------------------------


def events(opened, action: str) -> int:
    with opened.vault.reader() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
        )


def snapshot_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_share_that_disappeared(opened, tmp_path):
    gone = tmp_path / "share" / "backups"
    with pytest.raises(vb.FolderUnavailable) as caught:
        made(opened, gone)
    assert str(gone) in caught.value.message
    assert events(opened, "backup.create") == 0


def test_a_stick_pulled_mid_write_keeps_the_old_generations(opened, folder, monkeypatch):
    made(opened, folder, now=datetime.now(UTC) - timedelta(days=1))
    before = snapshot_of(folder)
    with opened.vault.reader() as session:
        note = service.last_backup(session)
    written = []

    def pulled(self, chunk, *, last):
        if written:
            raise OSError(errno.EIO, "Input/output error")
        written.append(len(chunk))
        real_emit(self, chunk, last=last)

    real_emit = vb._Sealer._emit
    monkeypatch.setattr(vb, "CHUNK", 64 * 1024)
    monkeypatch.setattr(vb._Sealer, "_emit", pulled)
    with pytest.raises(vb.WriteFailed) as caught:
        made(opened, folder)
    assert "Input/output error" in caught.value.message
    assert snapshot_of(folder) == before  # no part file, the old one untouched
    assert events(opened, "backup.create") == 1
    with opened.vault.reader() as session:
        assert service.last_backup(session) == note


def test_a_file_held_by_antivirus(opened, folder, monkeypatch):
    monkeypatch.setattr(vb.time, "sleep", lambda s: None)

    def held(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(vb.os, "replace", held)
    with pytest.raises(vb.FileLocked):
        made(opened, folder)
    assert list(folder.iterdir()) == []
    assert events(opened, "backup.create") == 1 and events(opened, "backup.failed") == 1
    with opened.vault.reader() as session:
        assert service.last_backup(session) is None


def test_open_refused_by_the_file_system(opened, folder, monkeypatch):
    real_open = os.open

    def refused(path, *args, **kw):
        if str(path).endswith(vb.PART):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(vb.os, "open", refused)
    with pytest.raises(vb.FileLocked):
        made(opened, folder)
    assert list(folder.iterdir()) == [] and events(opened, "backup.create") == 0


# --- policy -----------------------------------------------------------------------------------


def test_generations_kept_and_other_vaults_left_alone(opened, folder, tmp_path):
    with opened.vault.unit_of_work(opened.admin) as uow:
        settings.set_value(uow, "backup_generations", 2)
    other, admin, _ = Vault.create(
        tmp_path / "other.tsdesk", company="别家", admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    try:
        foreign = service.create(other, admin, folder, now=datetime.now(UTC) - timedelta(days=9))
    finally:
        other.close()
    now = datetime.now(UTC)
    paths = [made(opened, folder, now=now - timedelta(days=d)).path for d in (3, 2, 1)]
    last = made(opened, folder, now=now)
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == sorted([paths[2].name, last.path.name, foreign.path.name])
    assert [p.name for p in last.removed] == [paths[1].name]
    assert events(opened, "backup.prune") == 2


def test_reminders_and_the_drill_record(opened, folder):
    today = date.today()
    with opened.vault.reader() as session:
        assert service.backup_overdue(session, today) == 1
        assert service.check_overdue(session, today) == 1
    backup = made(opened, folder)
    proved = service.drill(opened.vault, opened.admin, backup.path)
    assert proved.events == backup.header.head_seq and proved.chain_extends
    with opened.vault.reader() as session:
        assert service.backup_overdue(session, today) == 0
        assert service.check_overdue(session, today) == 0
        assert service.backup_overdue(session, today + timedelta(days=1)) == 1
        assert service.check_overdue(session, today + timedelta(days=30)) == 1
        drill = session.scalars(select(AuditEvent).where(AuditEvent.action == "backup.drill")).one()
    after = json.loads(drill.after)
    assert after["events"] == backup.header.head_seq and after["chain_extends"] is True
    assert list((Path(os.environ["TSDESK_DATA_DIR"]) / "scratch").iterdir()) == []


def test_a_drill_of_another_vaults_backup_is_refused(opened, folder, tmp_path):
    other, admin, _ = Vault.create(
        tmp_path / "other.tsdesk", company="别家", admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    try:
        foreign = service.create(other, admin, folder)
    finally:
        other.close()
    from tsdesk.errors import ValidationError

    with pytest.raises(ValidationError):
        service.drill(opened.vault, opened.admin, foreign.path)


def test_a_dead_drills_copy_is_swept(opened, folder):
    scratch = Path(os.environ["TSDESK_DATA_DIR"]) / "scratch"
    leftover = scratch / "drill-999999999-dead"
    leftover.mkdir(parents=True)
    (leftover / "drill.tsdesk").write_bytes(b"\0" * 4096)
    backup = made(opened, folder)
    service.drill(opened.vault, opened.admin, backup.path)
    assert not leftover.exists()


def test_chunk_stream_refuses_reordering(opened, folder, monkeypatch):
    monkeypatch.setattr(vb, "CHUNK", 4096)
    backup = made(opened, folder)
    data = bytearray(backup.path.read_bytes())
    start = len(vb.MAGIC) + vb.HEADER_SPACE
    (section,) = struct.unpack(">I", data[start : start + 4])
    first = start + 4 + section
    (n1,) = struct.unpack(">I", data[first : first + 4])
    second = first + 4 + n1
    (n2,) = struct.unpack(">I", data[second : second + 4])
    a, b = bytes(data[first:second]), bytes(data[second : second + 4 + n2])
    data[first : second + 4 + n2] = b + a
    header = vb.read_header(backup.path)
    import hashlib

    fixed = vb.Header(
        **{**header.__dict__, "payload_sha256": hashlib.sha256(data[start:]).hexdigest()}
    )
    data[len(vb.MAGIC) : start] = vb._header_bytes(fixed)
    backup.path.write_bytes(bytes(data))
    with pytest.raises(vb.BackupDamaged):
        vb.verify_file(backup.path, vb.Unlock((opened.vault.data_key,)))


def test_operator_table_is_in_the_backup(opened, folder):
    backup = made(opened, folder)
    with opened.vault.reader() as session:
        assert backup.manifest["counts"]["operator"] == session.scalar(
            select(func.count()).select_from(Operator)
        )


def test_a_part_left_by_a_crash_in_the_same_second_does_not_block_the_next(opened, folder):
    """A backup killed after writing its part file, then started again within the same
    second: the new one takes another name; the stale part is swept later (CI found it)."""
    now = datetime.now(UTC)
    stale = folder / (vb.file_name(opened.path.stem, now) + vb.PART)
    stale.write_bytes(b"half a backup")
    again = made(opened, folder, now=now)
    assert again.path.exists() and again.path.name != stale.name[: -len(vb.PART)]
    assert stale.exists()  # not ours to remove while it may be another's write in progress
