"""`tsdesk backup create|list|verify|restore|drill` (issue 17 §1)."""

from __future__ import annotations

import json

import pytest
from tsdesk_testing import ADMIN_PASSWORD, invoke, run_cli

from tsdesk.vault import Vault
from tsdesk.vault import backup as vb


@pytest.fixture
def made(opened, tmp_path):
    db = opened.path
    opened.vault.close()
    folder = tmp_path / "stick"
    folder.mkdir()
    result = run_cli("--db", str(db), "backup", "create", "--to", str(folder))
    assert result.returncode == 0, result.stderr
    (path,) = folder.glob("*" + vb.SUFFIX)
    return db, folder, path, opened.recovery_key


def test_create_list_verify(made):
    db, folder, path, _ = made
    header = vb.read_header(path)
    listed = run_cli("backup", "list", str(folder), "--json")
    (row,) = json.loads(listed.stdout)
    assert row["file"] == path.name and row["head_seq"] == header.head_seq
    assert row["head_hash"] == header.head_hash
    text = run_cli("backup", "list", str(folder)).stdout
    assert path.name in text and header.head_hash[:12] in text
    verified = run_cli("backup", "verify", str(path))
    assert verified.returncode == 0 and "备份完整" in verified.stdout


def test_verify_with_the_recovery_key_alone_and_a_wrong_password(made):
    _, _, path, recovery_key = made
    ok = invoke("backup", "verify", str(path), env={"TSDESK_RECOVERY_KEY": recovery_key})
    assert ok.returncode == 0, ok.stderr
    wrong = invoke("backup", "verify", str(path), env={"TSDESK_PASSWORD": "wrong-pass-99"})
    assert wrong.returncode == 2 and "无法打开备份" in wrong.stderr


def test_a_damaged_file_exits_3(made):
    _, _, path, _ = made
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    result = run_cli("backup", "verify", str(path))
    assert result.returncode == 3 and "已损坏或被改动" in result.stderr


def test_restore_into_a_new_file_only(made, tmp_path):
    db, _, path, _ = made
    target = tmp_path / "new" / "company.tsdesk"
    restored = run_cli("backup", "restore", str(path), "--to", str(target))
    assert restored.returncode == 0, restored.stderr
    assert "admin" in restored.stdout
    vault, _ = Vault.unlock(target, "admin", ADMIN_PASSWORD, read_only=True)
    vault.close()
    assert run_cli("--db", str(target), "audit", "verify").returncode == 0
    again = run_cli("backup", "restore", str(path), "--to", str(target))
    assert again.returncode == 2 and "已存在" in again.stderr
    live = run_cli("backup", "restore", str(path), "--to", str(db))
    assert live.returncode == 2 and "已存在" in live.stderr
    missing = run_cli("backup", "restore", str(path))
    assert missing.returncode == 2  # --to is required


def test_drill_is_recorded(made):
    db, _, path, _ = made
    result = run_cli("--db", str(db), "backup", "drill", str(path))
    assert result.returncode == 0, result.stderr
    assert "恢复演练通过" in result.stdout
    listed = json.loads(
        run_cli("--db", str(db), "audit", "list", "--action", "backup.drill", "--json").stdout
    )
    assert len(listed) == 1 and listed[0]["after"]["chain_extends"] is True


def test_create_without_a_folder_says_so(opened):
    db = opened.path
    opened.vault.close()
    result = run_cli("--db", str(db), "backup", "create")
    assert result.returncode == 2 and "尚未选择备份位置" in result.stderr


def test_create_into_a_missing_folder(opened, tmp_path):
    db = opened.path
    opened.vault.close()
    result = run_cli("--db", str(db), "backup", "create", "--to", str(tmp_path / "gone"))
    assert result.returncode == 2 and "不可用" in result.stderr


def test_create_while_another_tsdesk_holds_the_database(opened, tmp_path):
    """The window holds the writer lock: the CLI still makes a consistent backup, read-only,
    and its record waits in the journal for the next writer."""
    folder = tmp_path / "stick"
    folder.mkdir()
    result = run_cli("--db", str(opened.path), "backup", "create", "--to", str(folder))
    assert result.returncode == 0, result.stderr
    (path,) = folder.glob("*" + vb.SUFFIX)
    assert vb.verify_file(path, vb.Unlock((opened.vault.data_key,)))
