"""Backup, restore and the restore drill killed at every named crash point (issue 17 §5).

Each declared `backup.*`, `restore.*` and `drill.*` point is armed in a real `python -m
tsdesk backup …` process, which dies there as a kill -9 would. Afterwards: the database
opens, its chain verifies and no row is gone; the earlier backup is byte for byte as it was;
a backup file in place verifies and has its `backup.create` event; a restore target is
either absent or a complete database that opens; a drill's copy is gone after the next
drill; and the same command run again succeeds. A point added to vault/backup.py is picked
up here without editing this file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, invoke, run_process

from tsdesk import crashpoints
from tsdesk.models import AuditEvent
from tsdesk.services import vault_admin
from tsdesk.vault import Vault
from tsdesk.vault import backup as vb

POINTS = sorted(p for p in crashpoints.POINTS if p.split(".")[0] in ("backup", "restore", "drill"))


def test_the_points_are_declared():
    assert {p.split(".")[0] for p in POINTS} == {"backup", "restore", "drill"}


def cli(*args: str, crash_at: str | None = None):
    env = {"TSDESK_PASSWORD": ADMIN_PASSWORD, crashpoints.ENV: crash_at}
    if crash_at:
        return run_process(*args, env=env, timeout=120)
    return invoke(*args, env=env)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def state(db: Path) -> tuple[dict[str, int], int]:
    vault, _ = Vault.unlock(db, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        assert vault_admin.check_chain(vault).ok
        with vault.reader() as session:
            creates = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "backup.create")
            )
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            counts = vb._facts(raw)["counts"]
    finally:
        vault.close()
    return counts, creates


@pytest.mark.parametrize("point", POINTS)
def test_killed_at(point, opened, tmp_path):
    db = opened.path
    opened.vault.close()
    folder = tmp_path / "stick"
    folder.mkdir()
    assert cli("--db", str(db), "backup", "create", "--to", str(folder)).returncode == 0
    (first,) = folder.glob("*" + vb.SUFFIX)
    kept = digest(first)
    before, _ = state(db)
    target = tmp_path / "restored" / "new.tsdesk"
    kind = point.split(".")[0]
    if kind == "backup":
        args = ["--db", str(db), "backup", "create", "--to", str(folder)]
    elif kind == "restore":
        args = ["backup", "restore", str(first), "--to", str(target)]
    else:
        args = ["--db", str(db), "backup", "drill", str(first)]

    killed = cli(*args, crash_at=point)
    assert killed.returncode == crashpoints.CRASH_EXIT, killed.stderr

    after, creates = state(db)
    assert {t: n for t, n in before.items() if after.get(t, 0) < n} == {}  # nothing lost
    assert digest(first) == kept  # the earlier generation untouched
    in_place = sorted(folder.glob("*" + vb.SUFFIX))
    for path in in_place:
        vb.verify_file(path, vb.Unlock((opened.vault.data_key,)))
    assert creates >= len(in_place)  # no backup in place without its event
    if target.exists():  # only ever complete
        restored, _ = Vault.unlock(target, ADMIN, ADMIN_PASSWORD, read_only=True)
        restored.close()

    finished = target.exists()
    again = cli(*args)
    if kind == "restore" and finished:  # it got as far as the rename: never overwritten
        assert again.returncode == 2 and "已存在" in again.stderr
    else:
        assert again.returncode == 0, again.stderr
    if kind == "restore":
        restored, _ = Vault.unlock(target, ADMIN, ADMIN_PASSWORD, read_only=True)
        try:
            assert vault_admin.check_chain(restored).ok
        finally:
            restored.close()
    scratch = tmp_path / "data" / "scratch"
    assert not scratch.exists() or list(scratch.iterdir()) == []  # a dead one's copy swept
    assert [p for p in folder.iterdir() if p.name.endswith(vb.PART)] == [] or kind == "backup"
