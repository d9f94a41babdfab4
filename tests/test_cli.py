"""The command line (issue 2 §6): same services, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.vault import Vault


def tsdesk(
    *args: str, password: str | None = ADMIN_PASSWORD, new_password: str | None = None, **kw
):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("TSDESK_PASSWORD")}
    env["TSDESK_KDF"] = "minimum"
    if password is not None:
        env["TSDESK_PASSWORD"] = password
    if new_password is not None:
        env["TSDESK_NEW_PASSWORD"] = new_password
    return subprocess.run(
        [sys.executable, "-m", "tsdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",  # the CLI writes UTF-8 to pipes; not the locale code page (cp936)
        env=env,
        stdin=subprocess.DEVNULL,
        **kw,
    )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "data" / "cli.tsdesk"
    result = tsdesk("--db", str(path), "init", "--company", "测试企业", "--admin", ADMIN)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("RECOVERY KEY: ")]
    assert len(lines) == 1
    return path, lines[0].removeprefix("RECOVERY KEY: ")


def test_init_prints_recovery_key_that_opens(db):
    path, recovery_key = db
    vault, _ = Vault.unlock_with_recovery_key(path, recovery_key)
    vault.close()


def test_audit_verify_exit_codes(db):
    path, recovery_key = db
    ok = tsdesk("--db", str(path), "audit", "verify")
    assert ok.returncode == 0 and "完整" in ok.stdout
    vault, _ = Vault.unlock_with_recovery_key(path, recovery_key)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET operator = 'mallory' WHERE seq = 2")
    vault.close()
    broken = tsdesk("--db", str(path), "audit", "verify")
    assert broken.returncode != 0
    assert "2" in broken.stderr and "Traceback" not in broken.stderr


def test_operators_add_list_passwd(db):
    path, _ = db
    added = tsdesk(
        "--db",
        str(path),
        "operators",
        "add",
        "zhang",
        "--role",
        "officer",
        new_password="zhang-pass-1",
    )
    assert added.returncode == 0, added.stderr
    listed = tsdesk("--db", str(path), "operators", "list", "--json")
    names = {row["name"]: row["role"] for row in json.loads(listed.stdout)}
    assert names == {ADMIN: "admin", "zhang": "officer"}
    changed = tsdesk(
        "--db",
        str(path),
        "--user",
        "zhang",
        "operators",
        "passwd",
        password="zhang-pass-1",
        new_password="zhang-pass-2",
    )
    assert changed.returncode == 0, changed.stderr
    Vault.unlock(path, "zhang", "zhang-pass-2")[0].close()


def test_rekey_prints_a_new_key(db):
    path, old = db
    result = tsdesk("--db", str(path), "rekey")
    assert result.returncode == 0, result.stderr
    new = result.stdout.split("RECOVERY KEY: ")[1].split()[0]
    assert new != old
    Vault.unlock_with_recovery_key(path, new)[0].close()


@pytest.mark.parametrize(
    "args,password",
    [
        (("audit", "verify"), "wrong-password"),
        (("operators", "add", "x y", "--role", "officer"), ADMIN_PASSWORD),
        (("--recovery-key", "1234", "audit", "verify"), None),
    ],
)
def test_errors_are_one_line_without_traceback(db, args, password):
    path, _ = db
    result = tsdesk("--db", str(path), *args, password=password, new_password="pass-word-1")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_missing_database_and_missing_password(tmp_path):
    missing = tsdesk("--db", str(tmp_path / "nope.tsdesk"), "audit", "verify")
    assert missing.returncode != 0 and "不存在" in missing.stderr
    no_password = tsdesk(
        "--db", str(tmp_path / "x.tsdesk"), "init", "--company", "X", "--admin", "a1", password=None
    )
    assert no_password.returncode != 0 and "TSDESK_PASSWORD" in no_password.stderr


def test_demo_creates_a_living_company(tmp_path):
    path = tmp_path / "demo.tsdesk"
    result = tsdesk("--db", str(path), "demo", password=None)
    assert result.returncode == 0, result.stderr
    from tsdesk.services import company, operators
    from tsdesk.services.demo import DEMO_PASSWORD

    vault, _ = Vault.unlock(path, "baomi", DEMO_PASSWORD, read_only=True)
    try:
        assert company.get_profile(vault)["legal_representative"]
        assert len(company.list_departments(vault)) >= 5
        assert {o.role.value for o in operators.list_operators(vault)} == {
            "admin",
            "officer",
            "approver",
            "auditor",
        }
    finally:
        vault.close()
