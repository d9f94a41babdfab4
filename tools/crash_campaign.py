"""Random kill -9 campaign over the write paths of the real CLI (issue 9 §8). Not run in CI.

    PYTHONPATH=. python tools/crash_campaign.py [--trials 50] [--paths rekey,import,...]
                                               [--seed N] [--workdir DIR]

For each write path it copies one prepared database, starts the command as its own process,
waits until the command holds the writer lock (its open has begun) and kills it (SIGKILL)
a random moment later, uniformly within the time the command holds the lock when left
alone (measured first, on this machine): so the kills land in the open, the recovery, the
write and the close, not in Python's start-up. Then it checks the database twice — as the
crash left it (read-only opens only) and after the next writer's open — and counts a trial
once under each heading it fails:

* database lost: no key opens it, it is damaged, the audit chain is broken, or committed
  rows (the original chain, the rows of any table) are gone;
* keys lost: a password or recovery key the user holds does not open it (the old recovery
  key until the new one was printed; the new one once it was; the old or new password);
* unaudited change: data or keys changed without the audit event that records it (rows
  added without an event, a key slot without an operator, a changed password or data key
  without its event, a label PDF without its print record);
* internal error: the command exited 70, or a check hit an exception that is not a message.

"killed" counts the trials stopped before they finished, "in write" those whose lock file
still named the holder afterwards (killed between the lock and its release).

Checks run in this process through the same `Vault` code as the CLI, so a trial costs one
process start. Databases are made with TSDESK_KDF=minimum (fast slots); the campaign never
touches the developer's own data folder.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ADMIN, PASSWORD, NEW_PASSWORD = "admin", "campaign-pass-1", "campaign-pass-2"
DB_NAME = "company.tsdesk"
EXIT_INTERNAL = 70
QUIET_ACTIONS = {"login", "login.failed", "vault.stale_lock_cleared"}  # not data changes
STICK = "stick"  # the backup folder beside the database in each trial's copy
RESTORED = "restored.tsdesk"
HEADERS = ["序号", "秘密名称", "类别", "密级", "保密期限", "责任部门", "责任人", "要点"]


@dataclass
class Trial:
    path: str
    delay: float = 0.0
    killed: bool = False
    in_write: bool = False  # killed while it held the writer lock (the database open)
    problems: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def fail(self, heading: str, note: str) -> None:
        self.problems.add(heading)
        self.notes.append(f"{heading}: {note}")


def env(extra: dict[str, str] | None = None) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("TSDESK_CRASH_AT",)}
    out.update(TSDESK_PASSWORD=PASSWORD, TSDESK_KDF="minimum", TSDESK_USER=ADMIN)
    out.update(extra or {})
    return out


def cli(db: Path, *args: str, extra: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tsdesk", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env(extra),
        text=True,
    )


def run(db: Path, *args: str, extra: dict[str, str] | None = None) -> str:
    proc = cli(db, *args, extra=extra)
    out, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"setup failed: {' '.join(args)}: {err.strip()}")
    return out


def csv_file(path: Path, numbers: range) -> Path:
    out = io.StringIO(newline="")
    rows = [
        [i, f"第{i}项", "设计信息", "二级商密", "长期", "技术研发中心", "张伟", "点"]
        for i in numbers
    ]
    csv.writer(out).writerows([HEADERS, *rows])
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    return path


@dataclass
class World:
    template: Path  # folder holding the prepared database
    recovery_key: str
    commands: dict[str, tuple[list[str], dict[str, str]]]


def prepare(workdir: Path) -> World:
    template = workdir / "template"
    template.mkdir(parents=True)
    db = template / DB_NAME
    out = run(db, "init", "--company", "试验企业", "--admin", ADMIN)
    recovery_key = out.split("RECOVERY KEY: ")[1].split()[0]
    run(db, "secrets", "import", str(csv_file(workdir / "base.csv", range(1, 6))))
    secret = json.loads(run(db, "secrets", "list", "--json"))[0]["number"]
    carrier = run(
        db, "carriers", "add", "--kind", "paper", "--title", "基础载体", "--secrets", secret
    ).strip()
    big = csv_file(workdir / "import.csv", range(101, 301))
    (template / STICK).mkdir()
    run(db, "backup", "create", "--to", str(template / STICK))  # the generation a trial keeps
    commands = {
        "import": (["secrets", "import", str(big)], {}),
        "carriers": (
            ["carriers", "add", "--kind", "paper", "--title", "试验载体", "--secrets", secret],
            {},
        ),
        "labels": (
            ["labels", "print", "--carriers", carrier, "--template", "A4-2x7-99x38", "--out"],
            {},
        ),  # the trial's own PDF path is appended
        "passwd": (["operators", "passwd"], {"TSDESK_NEW_PASSWORD": NEW_PASSWORD}),
        "rekey": (["rekey"], {}),
        "operators-add": (
            ["operators", "add", "zhang", "--role", "officer"],
            {"TSDESK_NEW_PASSWORD": NEW_PASSWORD},
        ),
        # issue 17: the trial's own folder, backup file and restore target are filled in
        "backup": (["backup", "create", "--to"], {}),
        "restore": (["backup", "restore"], {}),
        "drill": (["backup", "drill"], {}),
    }
    return World(template, recovery_key, commands)


# --- checks (in this process, through the same Vault code as the CLI) ----------------------


def opener(db: Path, *, password: str | None = None, recovery: str | None = None, rw=False):
    """(vault or None, outcome): 'ok', 'key', 'lost' or 'internal' (or a message class)."""
    from tsdesk.errors import (
        DatabaseDamaged,
        DatabaseMissing,
        KeySlotFileMissing,
        TSDeskError,
        WrongPassword,
        WrongRecoveryKey,
    )
    from tsdesk.vault import Vault

    try:
        if recovery:
            vault, _ = Vault.unlock_with_recovery_key(db, recovery, read_only=not rw)
        else:
            vault, _ = Vault.unlock(db, ADMIN, password, read_only=not rw)
        return vault, "ok"
    except (WrongPassword, WrongRecoveryKey, KeySlotFileMissing):
        return None, "key"
    except (DatabaseDamaged, DatabaseMissing):
        return None, "lost"
    except TSDeskError as err:
        return None, type(err).__name__
    except Exception as exc:  # noqa: BLE001 - exactly what the campaign counts
        return None, f"internal {type(exc).__name__}: {exc}"


@dataclass
class Baseline:
    counts: dict[str, int]
    chain: list[tuple[int, str]]
    data_key: bytes


def state(vault) -> tuple[dict[str, int], list[tuple[int, str]]]:
    from sqlalchemy import text

    with vault.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%'"
                )
            )
        ]
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
        chain = [tuple(r) for r in conn.execute(text("SELECT seq, hash FROM audit_event"))]
    return counts, chain


def baseline(world: World) -> Baseline:
    vault, outcome = opener(world.template / DB_NAME, password=PASSWORD)
    assert vault, outcome
    try:
        counts, chain = state(vault)
        return Baseline(counts, chain, vault.data_key)
    finally:
        vault.close()


def check(trial: Trial, db: Path, world: World, base: Baseline, printed: str | None, when: str):
    from tsdesk.services import audit as audit_service
    from tsdesk.vault.keys import KeySlotFile, parse_recovery_key

    held = [printed] if printed else [world.recovery_key]  # the key the user relies on now
    passwords = [PASSWORD, NEW_PASSWORD] if trial.path == "passwd" else [PASSWORD]
    outcomes = {}
    vault = None
    for pw in passwords:
        candidate, outcomes[f"password {pw[-1]}"] = opener(db, password=pw)
        if candidate and vault is None:
            vault = candidate
        elif candidate:
            candidate.close()
    for key in held:
        candidate, outcomes["recovery key"] = opener(db, recovery=key)
        if candidate and vault is None:
            vault = candidate
        elif candidate:
            candidate.close()
    for name, outcome in outcomes.items():
        if outcome.startswith("internal"):
            trial.fail("internal", f"{when}: {name}: {outcome}")
    if vault is None:
        trial.fail("lost", f"{when}: nothing opens it: {outcomes}")
        return
    if all(outcomes[k] != "ok" for k in outcomes if k.startswith("password")):
        trial.fail("keys", f"{when}: no password opens it: {outcomes}")
    if outcomes["recovery key"] != "ok":
        trial.fail("keys", f"{when}: the recovery key the user holds is refused")
    try:
        with vault.reader() as session:
            result = audit_service.verify(session)
        if not result.ok:
            trial.fail("lost", f"{when}: audit chain broken at {result.broken_seq}")
        counts, chain = state(vault)
        if chain[: len(base.chain)] != base.chain:
            trial.fail("lost", f"{when}: the original audit chain changed")
        shrunk = {t: n for t, n in base.counts.items() if counts.get(t, 0) < n}
        if shrunk:
            trial.fail("lost", f"{when}: rows gone: {shrunk}")
        new_events = _actions_after(vault, len(base.chain))
        meaningful = set(new_events) - QUIET_ACTIONS
        grown = {t for t, n in counts.items() if n != base.counts.get(t, 0) and t != "audit_event"}
        if grown and not meaningful:
            trial.fail("unaudited", f"{when}: rows changed in {sorted(grown)} without an event")
        rekeyed = vault.data_key != base.data_key
        if rekeyed != (new_events["vault.rekey"] > 0):
            trial.fail("unaudited", f"{when}: data key changed={rekeyed}, events={new_events}")
        if printed and vault.data_key != parse_recovery_key(printed):
            trial.fail("keys", f"{when}: the printed key is not the key in force")
        keyfile = KeySlotFile.try_load(db)
        if keyfile is not None:
            from sqlalchemy import text

            with vault.engine.connect() as conn:
                names = {r[0] for r in conn.execute(text("SELECT name FROM operator"))}
            orphans = set(keyfile.operators()) - names
            if orphans:
                trial.fail("unaudited", f"{when}: key slots without an operator: {orphans}")
            if trial.path == "passwd":
                try:
                    keyfile.unwrap_password(ADMIN, NEW_PASSWORD)
                    changed = True
                except Exception:  # noqa: BLE001 - WrongPassword or a damaged slot
                    changed = False
                if changed and not new_events["operator.password_changed"]:
                    trial.fail("unaudited", f"{when}: password changed without an event")
        check_backups(trial, db, base, new_events, when)
        pdf = db.parent / "labels.pdf"
        if trial.path == "labels" and pdf.exists() and not new_events["print.labels"]:
            trial.fail("unaudited", f"{when}: label PDF without a print record")
    except Exception as exc:  # noqa: BLE001
        trial.fail("internal", f"{when}: check raised {type(exc).__name__}: {exc}")
    finally:
        vault.close()


def check_backups(trial: Trial, db: Path, base: Baseline, new_events: Counter, when: str):
    """Issue 17: every backup in place opens and is audited; the generation made before the
    trial is intact; a restore target is absent or a whole database."""
    from tsdesk.vault import backup as vb

    in_place = sorted((db.parent / STICK).glob("*" + vb.SUFFIX))
    for path in in_place:
        try:
            vb.verify_file(path, vb.Unlock((base.data_key,)))
        except vb.BackupError as err:
            trial.fail("lost", f"{when}: backup {path.name} does not verify: {err.message}")
    if len(in_place) - 1 > new_events["backup.create"]:
        trial.fail("unaudited", f"{when}: {len(in_place) - 1} new backups, {new_events}")
    restored = db.parent / RESTORED
    if restored.exists():
        vault, outcome = opener(restored, password=PASSWORD)
        if vault is None:
            trial.fail("lost", f"{when}: the restored database does not open: {outcome}")
        else:
            from tsdesk.services import audit as audit_service

            with vault.reader() as session:
                if not audit_service.verify(session).ok:
                    trial.fail("lost", f"{when}: the restored database's chain is broken")
            vault.close()


def _actions_after(vault, count: int) -> Counter:
    """The actions of the events added since the baseline."""
    from sqlalchemy import text

    with vault.engine.connect() as conn:
        rows = conn.execute(text("SELECT action FROM audit_event WHERE seq > :n"), {"n": count})
        return Counter(r[0] for r in rows)


def writer_open(trial: Trial, db: Path, world: World, printed: str | None) -> None:
    """The next writer (it may roll back or finish what the crash left)."""
    vault, outcome = opener(db, password=PASSWORD, rw=True)
    if vault is None and trial.path == "passwd":
        vault, outcome = opener(db, password=NEW_PASSWORD, rw=True)
    if vault is None:
        vault, outcome = opener(db, recovery=printed or world.recovery_key, rw=True)
    if outcome.startswith("internal"):
        trial.fail("internal", f"writer open: {outcome}")
    if vault:
        vault.close()


# --- the campaign ---------------------------------------------------------------------------


def fresh_copy(world: World, folder: Path) -> Path:
    shutil.copytree(world.template, folder)
    return folder / DB_NAME


def command_for(world: World, name: str, db: Path) -> tuple[list[str], dict[str, str]]:
    args, extra = world.commands[name]
    if name == "labels":
        args = [*args, str(db.parent / "labels.pdf")]
    if name == "backup":
        args = [*args, str(db.parent / STICK)]
    if name in ("restore", "drill"):
        (first,) = sorted((db.parent / STICK).glob("*.tsdesk-backup"))
        args = [*args, str(first)]
    if name == "restore":
        args = [*args, "--to", str(db.parent / RESTORED)]
    return args, extra


def lock_held(db: Path) -> bool:
    """The command has the database open for writing (its lock file names it)."""
    try:
        return db.with_name(db.name + ".lock").stat().st_size > 0
    except OSError:
        return False


def wait_for_lock(proc: subprocess.Popen, db: Path, limit: float = 120.0) -> bool:
    """Poll until the command holds the writer lock; False when it ended first."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if lock_held(db):
            return True
        time.sleep(0.002)
    return False


def timed(world: World, name: str, folder: Path) -> float:
    """How long the command holds the writer lock, start of the open to exit."""
    db = fresh_copy(world, folder)
    args, extra = command_for(world, name, db)
    proc = cli(db, *args, extra=extra)
    if name != "restore":  # a restore opens no database: timed from its start
        wait_for_lock(proc, db)
    start = time.monotonic()
    out, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"{name} fails even without a kill: {err.strip()}")
    return time.monotonic() - start


def trial(world: World, base: Baseline, name: str, folder: Path, hold: float) -> Trial:
    """Start the command, wait until it holds the lock, kill it a random moment later."""
    result = Trial(name, delay=random.uniform(0, hold))
    db = fresh_copy(world, folder)
    args, extra = command_for(world, name, db)
    proc = cli(db, *args, extra=extra)
    if name == "restore" or wait_for_lock(proc, db):
        try:
            proc.wait(timeout=result.delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            result.killed = True
            proc.wait()
            result.in_write = lock_held(db)
    out, err = proc.communicate()
    if proc.returncode == EXIT_INTERNAL:
        result.fail("internal", f"command exited 70: {err.strip()[-200:]}")
    lines = [ln for ln in out.splitlines() if ln.startswith("RECOVERY KEY: ")]
    printed = lines[-1].removeprefix("RECOVERY KEY: ") if lines else None
    check(result, db, world, base, printed, "after the kill")
    writer_open(result, db, world, printed)
    check(result, db, world, base, printed, "after the next writer")
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument(
        "--paths",
        default="import,carriers,labels,passwd,rekey,operators-add,backup,restore,drill",
    )
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    random.seed(args.seed)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="tsdesk-campaign-"))
    os.environ["TSDESK_DATA_DIR"] = str(workdir / "data")
    os.environ["TSDESK_CONFIG_DIR"] = str(workdir / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tsdesk.vault import attempts

    attempts.wait_before_attempt = lambda *a, **k: None  # the checks try keys on purpose

    world = prepare(workdir)
    base = baseline(world)
    print(
        f"{'path':<14} {'trials':>6} {'killed':>6} {'in write':>8} {'hold s':>6} {'db lost':>8} "
        f"{'keys lost':>9} {'unaudited':>9} {'internal':>8}",
        flush=True,
    )
    for name in args.paths.split(","):
        hold = timed(world, name, workdir / f"calibrate-{name}")
        results = []
        for i in range(args.trials):
            results.append(trial(world, base, name, workdir / f"{name}-{i}", hold))
            shutil.rmtree(workdir / f"{name}-{i}", ignore_errors=True)
        for r in results:
            for note in r.notes[:3]:
                print(f"  {name} (kill at {r.delay:.2f}s): {note}", file=sys.stderr, flush=True)
        count = Counter(p for r in results for p in r.problems)
        print(
            f"{name:<14} {len(results):>6} {sum(r.killed for r in results):>6} "
            f"{sum(r.in_write for r in results):>8} "
            f"{hold:>6.2f} {count['lost']:>8} {count['keys']:>9} "
            f"{count['unaudited']:>9} {count['internal']:>8}",
            flush=True,
        )
    print(f"work folder: {workdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
