"""Failed unlock attempts: a delay that holds across processes, per operator, and fails closed.

A wrong password cannot be written into the encrypted database (it is still shut), so tries
are recorded outside it (operator name tried, time, machine, reason: no secret) and moved
into the audit chain as `login.failed` events by the next writable unlock.

How the delay is made to hold:

* A try is written down *before* it is made ("trying"), under an OS lock, and its delay is
  computed from the entries already there for the same operator name. Parallel processes
  therefore queue behind each other's tries (the fifth of five parallel guesses waits as long
  as the fifth guess in a row), and a process killed during its try still counts.
* A wrong credential turns the entry into "failed"; a right one marks it "ok" and clears that
  operator's earlier entries from the count (they stay until audited). Only the name tried
  counts: one operator's failures never slow down another's login.
* The delay is slept *before* the credential is checked, so while throttled a right and a
  wrong password take the same time; nothing about the state can turn into an error that a
  right password would not get (no oracle).
* State is kept in two places: `<db>.attempts` beside the database (shared by everyone who
  opens it there) and a copy in the user's own data folder. Every write stores the union of
  both and entries only ever advance (trying → failed/ok, cleared, audited), so deleting one
  file does not reset the delay: the other brings it back.
* Fail closed: a state file that exists but cannot be opened, locked, read or parsed, is not
  a regular file (a directory, a FIFO), or when neither place can be written, makes every
  try wait MAX_DELAY, and `problem()` says which file; never an exception. A malformed file
  is rewritten from the other copy (a crash during a write heals on the next try).

Limit: whoever can delete both files, or copy the owner-only slot file, can guess offline at
the Argon2 cost. The throttle bounds guessing through TSDesk; the slot file's mode and the
key-derivation cost bound the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tsdesk.errors import QT_TRANSLATE_NOOP, VaultError, WrongPassword, WrongRecoveryKey
from tsdesk.vault.lock import _try_lock, _unlock

WINDOW = timedelta(minutes=15)  # failures older than this no longer slow anyone down
INTERRUPTED = timedelta(minutes=5)  # a try still "trying" after this was killed: audit it
MAX_DELAY = 30.0
MAX_ENTRIES = 1000  # newest kept; audited and expired ones go first
MAX_BYTES = 1 << 20
LOCK_WAIT = 10.0  # seconds; the lock is only held to read and write a small file
FORMAT = "tsdesk-attempts"
sleep = time.sleep  # replaced in tests

_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_FLAGS |= getattr(os, "O_NONBLOCK", 0)  # a FIFO planted at the path must not block the open


class AttemptsStateBroken(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "登录尝试记录 {path} 无法读写或已被改动。为安全起见，在修复之前每次登录都要先等待 {seconds} 秒。",
    )


def attempts_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".attempts")


def shadow_path(db_path: Path) -> Path:
    """The copy in the user's data folder, named by the database's absolute path."""
    from tsdesk import paths

    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:32]
    return paths.data_dir() / "attempts" / f"{digest}.json"


def delay_for(failures: int) -> float:
    """0 s for the first two tries, then 1, 2, 4, 8 … seconds, at most 30."""
    if failures < 2:
        return 0.0
    return min(2.0 ** (failures - 2), MAX_DELAY)


# --- the two state files, locked, read, merged and written back together ------------------


@dataclass
class _State:
    entries: dict[str, dict] = field(default_factory=dict)
    broken: list[Path] = field(default_factory=list)


def _open_store(path: Path, state: _State) -> int | None:
    """The locked file, or None: broken (recorded in `state`) or not creatable here."""
    existed = os.path.lexists(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, _FLAGS, 0o600)
    except OSError:
        if existed:
            state.broken.append(path)
        return None  # a read-only folder: the other copy carries the state
    deadline = time.monotonic() + LOCK_WAIT
    ok = stat.S_ISREG(os.fstat(fd).st_mode)
    while ok and not _try_lock(fd):
        if time.monotonic() > deadline:
            ok = False
        time.sleep(0.01)
    if not ok:
        os.close(fd)
        state.broken.append(path)
        return None
    return fd


def _read(fd: int, data: bytes) -> list[dict]:
    if len(data) > MAX_BYTES:
        raise ValueError("attempts file too large")
    if not data.strip():
        return []
    raw = json.loads(data.decode("utf-8"))
    if isinstance(raw, list):  # the first format: a list of failures, no ids
        return [_from_first_format(e) for e in raw]
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError("not an attempts file")
    entries = raw["entries"]
    for e in entries:
        if not all(isinstance(e.get(k), str) for k in ("id", "time", "operator", "state")):
            raise ValueError("entry")
        _when(e)
    return entries


def _from_first_format(e: dict) -> dict:
    text = json.dumps(e, sort_keys=True, ensure_ascii=False)
    _when(e)
    return {
        "id": hashlib.sha256(text.encode("utf-8")).hexdigest()[:32],
        "time": e["time"],
        "operator": str(e["operator"]),
        "machine": str(e.get("machine", "")),
        "reason": str(e.get("reason", "")),
        "state": "failed",
    }


def _write(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


_RANK = {"trying": 0, "failed": 1, "ok": 1}


def _merge(entries: dict[str, dict], e: dict) -> None:
    """Entries only advance, so the union of two copies is never older than either."""
    mine = entries.get(e["id"])
    if mine is None:
        entries[e["id"]] = dict(e)
        return
    if _RANK.get(e["state"], 0) > _RANK.get(mine["state"], 0):
        mine["state"] = e["state"]
    for flag in ("cleared", "audited"):
        mine[flag] = bool(mine.get(flag) or e.get(flag))


def _when(e: dict) -> datetime:
    when = datetime.fromisoformat(e["time"])
    if when.tzinfo is None:
        raise ValueError("time without zone")
    return when


def _kept(entries: dict[str, dict], now: datetime) -> list[dict]:
    def done(e: dict) -> bool:
        return now - _when(e) >= WINDOW and (e.get("audited") or e["state"] == "ok")

    kept = sorted((e for e in entries.values() if not done(e)), key=_when)
    return kept[-MAX_ENTRIES:]


@contextmanager
def _state(db_path: Path) -> Iterator[_State]:
    """Both copies locked (beside the database first, always in that order), merged, and
    written back when the block ends; `broken` lists the copies that failed."""
    state = _State()
    fds: list[int] = []
    read: dict[int, bytes] = {}
    try:
        stores = [attempts_path(db_path)]
        with suppress(OSError):
            stores.append(shadow_path(db_path))
        for path in stores:
            fd = _open_store(path, state)
            if fd is None:
                continue
            fds.append(fd)
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                read[fd] = os.read(fd, MAX_BYTES + 1)
                for e in _read(fd, read[fd]):
                    _merge(state.entries, e)
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                state.broken.append(path)  # rewritten below from the other copy
        if not fds:
            state.broken.append(attempts_path(db_path))  # nowhere to record a try
        yield state
        body = {"format": FORMAT, "entries": _kept(state.entries, datetime.now(UTC))}
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        for fd in fds:
            if read.get(fd) == data:
                continue  # unchanged: no write, no fsync
            try:
                _write(fd, data)
            except OSError:  # a full disk: the try may go uncounted, so the next one waits
                state.broken.append(attempts_path(db_path))
    finally:
        for fd in fds:
            with suppress(OSError):
                _unlock(fd)
            os.close(fd)


def _counting(entries, operator: str, now: datetime) -> list[dict]:
    return [
        e
        for e in entries
        if e["operator"] == operator
        and e["state"] != "ok"
        and not e.get("cleared")
        and now - _when(e) < WINDOW
    ]


# --- what the unlock paths call -------------------------------------------------------------


@dataclass
class Ticket:
    """One try, recorded before it is made."""

    db_path: Path
    id: str
    operator: str
    delay: float

    def finish(self, outcome: str, *, clear: bool = False) -> None:
        """`outcome` is "failed" or "ok" (not a wrong guess); `clear` (the credential was
        right) also clears the operator's earlier tries from the count."""
        with _state(self.db_path) as state:
            entry = state.entries.get(self.id)
            if entry is not None:
                _merge(state.entries, {**entry, "state": outcome})
            if clear:
                for e in state.entries.values():
                    if e["operator"] == self.operator:
                        e["cleared"] = True


def _entry(operator: str, reason: str, state: str) -> dict:
    return {
        "id": uuid.uuid4().hex,
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "operator": operator,
        "machine": socket.gethostname(),
        "reason": reason,
        "state": state,
    }


def begin(db_path: Path, operator: str, reason: str) -> Ticket:
    """Record the try, then sleep the delay it must wait (MAX_DELAY when the state is broken)."""
    entry = _entry(operator, reason, "trying")
    with _state(db_path) as state:
        earlier = len(_counting(state.entries.values(), operator, datetime.now(UTC)))
        state.entries[entry["id"]] = entry
    delay = MAX_DELAY if state.broken else delay_for(earlier)
    if delay:
        sleep(delay)
    return Ticket(Path(db_path), entry["id"], operator, delay)


@contextmanager
def guarded(db_path: Path, operator: str, reason: str) -> Iterator[Ticket]:
    """Around one unlock: a wrong credential is a failure, any other error is not counted."""
    ticket = begin(db_path, operator, reason)
    try:
        yield ticket
    except (WrongPassword, WrongRecoveryKey):
        ticket.finish("failed")
        raise
    except Exception:
        ticket.finish("ok")  # busy, damaged …: not a wrong guess, but clears nothing either
        raise
    ticket.finish("ok", clear=True)


def record_failure(db_path: Path, operator: str, reason: str) -> None:
    """A wrong password given inside an open window (it refuses instead of sleeping)."""
    with _state(db_path) as state:
        entry = _entry(operator, reason, "failed")
        state.entries[entry["id"]] = entry


def clear(db_path: Path, operator: str) -> None:
    """A right password given inside an open window."""
    with _state(db_path) as state:
        for e in state.entries.values():
            if e["operator"] == operator:
                e["cleared"] = True


def recent_failures(db_path: Path, operator: str | None = None, now: datetime | None = None) -> int:
    """Tries that count against `operator` (None: the most against anyone); a broken state
    counts as enough for the longest delay."""
    now = now or datetime.now(UTC)
    with _state(db_path) as state:
        entries = list(state.entries.values())
    if state.broken:
        return 100
    names = {operator} if operator is not None else {e["operator"] for e in entries}
    return max((len(_counting(entries, name, now)) for name in names), default=0)


def seconds_to_wait(db_path: Path, operator: str, now: datetime | None = None) -> float:
    """How long until `operator`'s next try is allowed (0 when it is): the throttle without
    sleeping, for checks made inside an open window, where sleeping would freeze it."""
    now = now or datetime.now(UTC)
    with _state(db_path) as state:
        counting = _counting(state.entries.values(), operator, now)
    if not counting:
        return 0.0
    last = max(_when(e) for e in counting)
    # Broken state: the longest delay after each try (not forever: an open window's
    # re-authentication and second signatures must stay possible).
    delay = MAX_DELAY if state.broken else delay_for(len(counting))
    return max(0.0, delay - (now - last).total_seconds())


def problem(db_path: Path) -> AttemptsStateBroken | None:
    """Why every try waits the longest delay, when it does."""
    with _state(db_path) as state:
        pass
    if not state.broken:
        return None
    return AttemptsStateBroken(path=str(state.broken[0]), seconds=int(MAX_DELAY))


def load(db_path: Path) -> list[dict]:
    """Every recorded try still kept, oldest first."""
    with _state(db_path) as state:
        return sorted(state.entries.values(), key=_when)


def unaudited(db_path: Path) -> list[dict]:
    """Failed tries (and tries killed midway) not yet in the audit chain, oldest first."""
    now = datetime.now(UTC)
    with _state(db_path) as state:
        entries = list(state.entries.values())
    return sorted(
        (
            e
            for e in entries
            if not e.get("audited")
            and (
                e["state"] == "failed" or (e["state"] == "trying" and now - _when(e) > INTERRUPTED)
            )
        ),
        key=_when,
    )


def mark_audited(db_path: Path, ids: list[str]) -> None:
    wanted = set(ids)
    with _state(db_path) as state:
        for entry_id in wanted & state.entries.keys():
            state.entries[entry_id]["audited"] = True
