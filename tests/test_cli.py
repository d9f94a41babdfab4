"""The command line (issue 2 §6): same services, one-line errors, exit codes."""

from __future__ import annotations

import json
import sys

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, invoke, read, run_process

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.vault import Vault


def tsdesk(
    *args: str,
    password: str | None = ADMIN_PASSWORD,
    new_password: str | None = None,
    env_extra: dict[str, str] | None = None,
    process: bool = False,
    **kw,
):
    """The CLI in this process; with process=True as `python -m tsdesk` in a new one."""
    env = {"TSDESK_PASSWORD": password, "TSDESK_NEW_PASSWORD": new_password, **(env_extra or {})}
    if process:
        return run_process(*args, env=env, **kw)
    return invoke(*args, env=env, **kw)


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
    broken = tsdesk("--db", str(path), "audit", "verify", process=True)  # the exit status
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
        (("audit", "verify"), None),  # a malformed recovery key, from the environment
    ],
)
def test_errors_are_one_line_without_traceback(db, args, password):
    path, _ = db
    result = tsdesk(
        "--db",
        str(path),
        *args,
        password=password,
        new_password="pass-word-1",
        env_extra={} if password else {"TSDESK_RECOVERY_KEY": "1234"},
        process=True,  # what a real process prints: no traceback
    )
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


def test_demo_creates_a_living_company(demo):
    path = demo.path
    assert demo.made.returncode == 0, demo.made.stderr
    from tsdesk.services import company, operators

    vault, _ = Vault.unlock(path, "baomi", DEMO_PASSWORD, read_only=True)
    try:
        assert read(vault, company.get_profile)["legal_representative"]
        assert len(read(vault, company.list_departments)) >= 5
        with vault.reader() as session:
            listed = operators.list_operators(session, vault.keyfile)
        assert {o.role.value for o in listed} == {"admin", "officer", "approver", "auditor"}
    finally:
        vault.close()


# --- issue 9: the recovery key off the command line; interactive passwd; killed writes -------


def test_recovery_key_from_the_environment_a_file_or_stdin(db, tmp_path):
    path, recovery_key = db
    by_env = tsdesk(
        "--db", str(path), "audit", "verify", password=None,
        env_extra={"TSDESK_RECOVERY_KEY": recovery_key},
    )  # fmt: skip
    assert by_env.returncode == 0, by_env.stderr
    key_file = tmp_path / "key.txt"
    key_file.write_text(recovery_key + "\n", "utf-8")
    by_file = tsdesk("--db", str(path), "--recovery-key-file", str(key_file), "audit", "verify",
                     password=None)  # fmt: skip
    assert by_file.returncode == 0, by_file.stderr
    by_stdin = tsdesk("--db", str(path), "--recovery-key", "-", "audit", "verify",
                      password=None, input=recovery_key + "\n", stdin=None, process=True)  # fmt: skip
    assert by_stdin.returncode == 0, by_stdin.stderr
    assert recovery_key not in by_env.stderr + by_file.stderr + by_stdin.stderr
    for quiet in (by_env, by_file, by_stdin):
        assert "警告" not in quiet.stderr


def test_recovery_key_as_an_argument_still_works_but_warns(db):
    path, recovery_key = db
    result = tsdesk("--db", str(path), "--recovery-key", recovery_key, "audit", "verify",
                    password=None)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "警告" in result.stderr and "TSDESK_RECOVERY_KEY" in result.stderr


def test_missing_recovery_key_file_is_a_message(db, tmp_path):
    path, _ = db
    result = tsdesk("--db", str(path), "--recovery-key-file", str(tmp_path / "none"), "audit",
                    "verify", password=None)  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "恢复密钥文件" in result.stderr and str(tmp_path / "none") in result.stderr


class _Terminal:
    """stdin as a terminal, so that the CLI prompts (getpass is patched)."""

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        raise AssertionError("a secret was read with echo")


def _typed(monkeypatch, answers: dict[str, str]) -> list[str]:
    import getpass

    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return next(v for k, v in answers.items() if k in prompt)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    for name in ("TSDESK_PASSWORD", "TSDESK_NEW_PASSWORD", "TSDESK_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)
    return asked


def test_interactive_passwd_asks_the_current_password_once(db, monkeypatch):
    from tsdesk.cli import main

    path, _ = db
    asked = _typed(
        monkeypatch,
        {"新密码": "brand-new-pass", "再次输入": "brand-new-pass", "密码": ADMIN_PASSWORD},
    )
    assert main(["--db", str(path), "operators", "passwd"]) == 0
    assert len(asked) == 3  # current, new, new again
    Vault.unlock(path, ADMIN, "brand-new-pass")[0].close()


def test_recovery_key_prompt_does_not_echo(db, monkeypatch):
    from tsdesk.cli import main

    path, recovery_key = db
    asked = _typed(monkeypatch, {"恢复密钥": recovery_key})
    assert main(["--db", str(path), "--recovery-key", "-", "audit", "verify"]) == 0
    assert asked == ["恢复密钥: "]


def test_damaged_slot_file_asks_for_the_recovery_key_on_a_terminal(db, monkeypatch):
    from tsdesk.cli import main
    from tsdesk.vault.keys import KeySlotFile

    path, recovery_key = db
    KeySlotFile.path_for(path).write_text("{ half", "utf-8")
    asked = _typed(monkeypatch, {"恢复密钥": recovery_key, "密码": ADMIN_PASSWORD})
    assert main(["--db", str(path), "audit", "verify"]) == 0
    assert asked[-1] == "恢复密钥: "


@pytest.mark.parametrize(
    "args",
    [("--version",), ("operators", "list", "--no-such-option"), ("--db", "", "audit", "verify")],
    ids=["version", "usage-error", "message"],
)
def test_the_in_process_runner_answers_as_the_entry_point_does(args):
    """The tests run the CLI in-process (tsdesk_testing.invoke): it must exit and print
    exactly as `python -m tsdesk` does."""
    inside = tsdesk(*args)
    outside = tsdesk(*args, process=True)
    assert outside.returncode in (0, 2)
    assert (inside.returncode, inside.stdout, inside.stderr) == (
        outside.returncode,
        outside.stdout,
        outside.stderr,
    )
