"""The command line under hostile input and failing storage (issue 9 §6, §7): a clear message
and exit 2 where a message belongs, never an internal error (70); control characters from the
database never reach the terminal raw; every bulk read leaves an audit event."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from carriers_testing import build_world
from sqlalchemy import select
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, invoke, read, run_process
from xlsx_testing import DATE_STYLES, xlsx_with_sheet

from tsdesk import cli, crashpoints
from tsdesk.errors import DatabaseDamaged, DatabaseNotWritable, DiskFull
from tsdesk.models import AuditEvent
from tsdesk.services import audit, carriers, labels, register
from tsdesk.vault import Vault, engine, reads

EXIT_ERROR, EXIT_INTERNAL = 2, 70


def tsdesk(*args: str, db=None, env: dict | None = None, process: bool = False):
    """The CLI in this process; with process=True as `python -m tsdesk` (a crash point)."""
    argv = [*(["--db", str(db)] if db is not None else []), *args]
    env = {"TSDESK_PASSWORD": ADMIN_PASSWORD, **(env or {})}
    return run_process(*argv, env=env) if process else invoke(*argv, env=env)


@pytest.fixture
def world(opened):
    w = build_world(opened)
    number = w.carrier(title="主轴图纸")
    with w.read() as s:
        w.numbers = [carriers.get(s, number).number]
        w.secret_number = register.get(s, w.top_secret).number
    with opened.vault.unit_of_work(opened.admin) as uow:
        labels.ensure_key(uow)
    opened.vault.close()  # the CLI takes the writer lock
    w.path = opened.path
    return w


def actions(path) -> list[AuditEvent]:
    vault, _ = Vault.unlock(path, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        with vault.reader() as session:
            return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
    finally:
        vault.close()


# --- arguments ---------------------------------------------------------------------------


def test_an_empty_db_argument_is_refused_not_the_last_database(world):
    from tsdesk.settings import machine_set

    machine_set("last_database", str(world.path))
    result = tsdesk("--db", "", "audit", "verify")
    assert result.returncode == EXIT_ERROR and "--db" in result.stderr, result.stderr
    assert "审计链完整" not in result.stdout


def test_a_db_path_too_long_for_the_system_is_a_message(tmp_path):
    result = tsdesk("audit", "verify", db=tmp_path / ("长" * 300 + ".tsdesk"))
    assert result.returncode == EXIT_ERROR and "路径过长" in result.stderr, result.stderr


def test_malformed_label_payloads_are_not_genuine_and_no_internal_error(world):
    for payload in ("TSL1", "TSC1", "TSL1/", "TSL1/²/x", "TSC1/A/B", "\udcff", "x" * 5000):
        result = tsdesk("labels", "verify", payload, db=world.path)
        assert result.returncode == 1, (payload, result.stderr)  # not genuine
        assert "内部错误" not in result.stderr


@pytest.mark.parametrize(
    "old, new",
    [
        ('"time_cost": ', '"time_cost": "x", "was": '),
        ('"salt": "', '"salt": "AA==", "was": "'),
        ('"memory_cost": ', '"memory_cost": -1, "was": '),
        ('"nonce": "', '"nonce": 5, "was": "'),
    ],
)
def test_malformed_key_slot_values_are_a_message(world, old, new):
    keys = world.path.with_name(world.path.name + ".keys")
    text = keys.read_text("utf-8")
    assert old in text
    keys.write_text(text.replace(old, new), "utf-8")
    result = tsdesk("audit", "verify", db=world.path)
    assert result.returncode == EXIT_ERROR and "密钥槽文件" in result.stderr, result.stderr


# --- damaged files -------------------------------------------------------------------------


def test_single_byte_flips_give_the_damaged_message_never_an_internal_error(
    world, tmp_path, monkeypatch
):
    """11 of 24 flips gave internal errors: a page whose HMAC fails is a damaged file."""
    monkeypatch.setenv("TSDESK_PASSWORD", ADMIN_PASSWORD)
    size = world.path.stat().st_size
    outcomes = []
    for i in range(24):
        folder = tmp_path / f"flip{i}"
        folder.mkdir()
        for f in world.path.parent.glob(world.path.name + "*"):
            if f.is_file():
                shutil.copy(f, folder / f.name)
        db = folder / world.path.name
        data = bytearray(db.read_bytes())
        data[size * i // 24 + 2048] ^= 0x01
        db.write_bytes(bytes(data))
        for command in (["audit", "verify"], ["secrets", "list", "--json"], ["carriers", "list"]):
            err = io.StringIO()
            monkeypatch.setattr(sys, "stderr", err)
            monkeypatch.setattr(sys, "stdout", io.StringIO())
            code = cli.main(["--db", str(db), *command])
            outcomes.append((i, command[0], code, err.getvalue()))
    assert [o for o in outcomes if o[2] == EXIT_INTERNAL] == []
    damaged = [o for o in outcomes if o[2] == EXIT_ERROR]
    assert damaged and all("已损坏" in o[3] for o in damaged), damaged


def test_sqlite_errors_are_classified_by_their_code(tmp_path, monkeypatch):
    def error(code: int, text: str):
        exc = sqlcipher.OperationalError(text)
        exc.sqlite_errorcode = code
        return exc

    db = tmp_path / "x.tsdesk"
    db.write_bytes(b"")
    assert isinstance(engine.storage_error(error(11, "malformed"), db), DatabaseDamaged)
    assert isinstance(engine.storage_error(error(13, "full"), db), DiskFull)
    assert isinstance(engine.storage_error(error(8, "readonly"), db), DatabaseNotWritable)
    monkeypatch.setattr(engine.shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(1, 1, 0))
    assert isinstance(engine.storage_error(error(10 | 3 << 8, "disk I/O error"), db), DiskFull)
    assert engine.storage_error(ValueError("a bug"), db) is None


# --- a small or read-only file system (Linux, root: a tmpfs of our own) ----------------------


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _vault_on(folder: Path) -> Path:
    path = folder / "small.tsdesk"
    vault, _, _ = Vault.create(
        path, company="小盘", admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    vault.close()
    return path


def test_a_full_disk_is_reported_as_full_not_as_damaged(small_disk):
    path = _vault_on(small_disk)
    free = shutil.disk_usage(small_disk).free
    (small_disk / "filler").write_bytes(b"\0" * (free - 20 * 1024))  # ≤ 24 KB left
    for command in (["audit", "verify"], ["operators", "add", "li", "--role", "officer"]):
        result = tsdesk(*command, db=path, env={"TSDESK_NEW_PASSWORD": "li-password-1"})
        assert result.returncode == EXIT_ERROR, result.stderr
        assert "磁盘空间不足" in result.stderr and "损坏" not in result.stderr


def test_a_read_only_file_system_opens_read_only_with_a_message(small_disk):
    path = _vault_on(small_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    verified = tsdesk("audit", "verify", db=path)
    assert verified.returncode == 0, verified.stderr  # was reported as damaged
    listed = tsdesk("secrets", "list", "--json", db=path)
    assert listed.returncode == 0 and json.loads(listed.stdout) == [], listed.stderr
    written = tsdesk(
        "carriers", "add", "--kind", "paper", "--title", "x", "--secrets", "x", db=path
    )
    assert written.returncode == EXIT_ERROR and "只读" in written.stderr, written.stderr


# --- output ----------------------------------------------------------------------------------

HOSTILE = "\x1b[2J\x1b]0;pwned\x07\r\u202etxt.exe\x9b31m"


def test_control_characters_are_escaped_on_cli_output(world):
    vault, admin = Vault.unlock(world.path, ADMIN, ADMIN_PASSWORD)
    with vault.unit_of_work(admin) as uow:
        uow.record("test.hostile", "secret", HOSTILE)
    vault.close()
    text = tsdesk("audit", "list", "--limit", "5", db=world.path)
    assert text.returncode == 0, text.stderr
    for raw in ("\x1b", "\x07", "\r", "\u202e", "\x9b"):
        assert raw not in text.stdout
    assert "\\x1b[2J" in text.stdout and "\\u202e" in text.stdout
    listed = tsdesk("audit", "list", "--limit", "5", "--json", db=world.path)
    assert "\x9b" not in listed.stdout and "\u202e" not in listed.stdout
    rows = json.loads(listed.stdout)  # still valid JSON, the value intact
    assert HOSTILE in [r["entity_id"] for r in rows]


# --- bulk reads are audited ------------------------------------------------------------------


def test_every_bulk_read_leaves_an_event(world):
    number = world.numbers[0]
    secret = world.secret_number
    commands = {
        "read.register": ["secrets", "list", "--json"],
        "read.carriers": ["carriers", "list"],
        "read.carrier": ["carriers", "show", number],
        "read.audit": ["audit", "list"],
        "read.operators": ["operators", "list"],
        "read.label_log": ["labels", "log"],
        "read.secret": ["secrets", "show", secret],
    }
    for action, command in commands.items():
        result = tsdesk(*command, db=world.path)
        assert result.returncode == 0, (command, result.stderr)
        events = [e for e in actions(world.path) if e.action == action]
        assert len(events) == 1 and events[0].operator == ADMIN, action


def test_a_read_only_session_is_journalled_and_enters_the_chain_at_the_next_writable_open(world):
    holder, admin = Vault.unlock(world.path, ADMIN, ADMIN_PASSWORD)  # holds the writer lock
    try:
        result = tsdesk("secrets", "list", "--json", db=world.path)
        assert result.returncode == 0, result.stderr
    finally:
        holder.close()
    assert reads.journal_path(world.path).exists()
    vault, _ = Vault.unlock(world.path, ADMIN, ADMIN_PASSWORD)  # the next writable open
    vault.close()
    assert not reads.journal_path(world.path).exists()
    events = {e.action: json.loads(e.after) for e in actions(world.path)}
    assert events["login.read_only"]["journalled"] is True
    assert events["read.register"]["journalled"] and events["read.register"]["count"] == 2


def test_journalled_entries_cannot_forge_other_actions(world):
    reads.note(world.path, "mallory", "vault.rekey", "vault", "")
    vault, _ = Vault.unlock(world.path, ADMIN, ADMIN_PASSWORD)
    vault.close()
    assert "vault.rekey" not in {e.action for e in actions(world.path)}


# --- exports -----------------------------------------------------------------------------------


def test_exports_neutralise_formulas(world, tmp_path):
    vault, admin = Vault.unlock(world.path, ADMIN, ADMIN_PASSWORD)
    with vault.unit_of_work(admin) as uow:
        uow.record("test.formula", "x", '=HYPERLINK("http://evil","点此")')
        audit.export_csv(uow, audit.AuditFilter(action="test"), tmp_path / "audit.csv")
    vault.close()
    rows = list(csv.reader(io.StringIO((tmp_path / "audit.csv").read_text("utf-8-sig"))))
    assert rows[1][5] == '\'=HYPERLINK("http://evil","点此")'
    out = tmp_path / "register.csv"
    assert tsdesk("secrets", "export", str(out), db=world.path).returncode == 0
    for row in csv.reader(io.StringIO(out.read_text("utf-8-sig"))):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row


# --- label print: no PDF without its record ----------------------------------------------------


@pytest.mark.parametrize("point", [labels.AFTER_PDF, labels.AFTER_COMMIT])
def test_a_label_print_killed_at_a_crash_point_leaves_no_pdf_without_a_record(
    world, tmp_path, point
):
    out = tmp_path / "labels.pdf"
    args = ["labels", "print", "--carriers", world.numbers[0], "--template", "roll-50x30"]
    result = tsdesk(*args, "--out", str(out), db=world.path, env={crashpoints.ENV: point},
                    process=True)  # fmt: skip
    assert result.returncode == crashpoints.CRASH_EXIT, result.stderr
    printed = [e for e in actions(world.path) if e.action == "print.labels"]
    assert not out.exists()
    assert len(printed) == (1 if point == labels.AFTER_COMMIT else 0)
    for leftover in tmp_path.glob(".labels.pdf.*.tmp"):
        with suppress(FileNotFoundError):
            leftover.unlink()
    reason = ["--reprint-reason", "上次打印中断"] if printed else []
    again = tsdesk(*args, "--out", str(out), *reason, db=world.path)
    assert again.returncode == 0 and out.exists(), again.stderr


def test_a_file_that_cannot_be_written_opens_read_only_and_refuses_a_writable_open(
    world, monkeypatch
):
    """Without a mount: the vault asks the OS whether it may write, and SQLite is told to
    open the file read-only (immutable), so nothing is created beside it."""
    monkeypatch.setattr(engine, "writable", lambda path: False)
    monkeypatch.setattr("tsdesk.vault.vault.writable", lambda path: False)
    with pytest.raises(DatabaseNotWritable):
        Vault.unlock(world.path, ADMIN, ADMIN_PASSWORD)
    vault, _ = Vault.unlock(world.path, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        assert read(vault, audit.verify).ok
    finally:
        vault.close()
    assert not world.path.with_name(world.path.name + "-shm").exists()


def test_hostile_import_files_exit_with_a_message_in_bounded_time(world, tmp_path):
    files = {
        "列数": xlsx_with_sheet(
            tmp_path / "far.xlsx", '<row r="1"><c r="ZZZZZZZ1"><v>1</v></c></row>'
        ),
        "不是有效日期": xlsx_with_sheet(
            tmp_path / "date.xlsx",
            '<row r="1"><c r="A1" t="inlineStr"><is><t>保密期限</t></is></c></row>'
            '<row r="2"><c r="A2" s="1"><v>1e308</v></c></row>',
            styles=DATE_STYLES,
        ),
        "不是普通文件": tmp_path / "zero.csv",
    }
    files["不是普通文件"].symlink_to("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.xlsx")
        files["不是普通文件 "] = tmp_path / "pipe.xlsx"
    for expected, path in files.items():
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tsdesk",
                "--db",
                str(world.path),
                "secrets",
                "import",
                str(path),
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            stdin=subprocess.DEVNULL,
            timeout=60,  # the FIFO blocked and ZZZZZZZ took 2.9 GB before
        )
        assert result.returncode == EXIT_ERROR and expected.strip() in result.stderr, result.stderr


def test_a_stamp_killed_before_its_record_commits_leaves_no_marked_file(world, tmp_path):
    source = tmp_path / "原件.pdf"
    outline = tsdesk("labels", "outline", "--template", "roll-50x30", "--out", str(source))
    assert outline.returncode == 0, outline.stderr
    out = tmp_path / "加注.pdf"
    args = ["stamp", str(source), str(out), "--secret", world.secret_number]
    killed = tsdesk(*args, db=world.path, env={crashpoints.ENV: labels.AFTER_PDF}, process=True)
    assert killed.returncode == crashpoints.CRASH_EXIT, killed.stderr
    assert not out.exists()
    assert "document.stamp" not in {e.action for e in actions(world.path)}
    done = tsdesk(*args, db=world.path)
    assert done.returncode == 0 and out.exists(), done.stderr
    assert "document.stamp" in {e.action for e in actions(world.path)}
