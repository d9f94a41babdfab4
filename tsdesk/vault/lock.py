"""One writer at a time.

`<db>.lock` holds who has the database open (operator, machine, since) as JSON, and an OS
lock on one byte far past that text. The OS drops the lock when the process dies, so a lock
file whose byte can be locked again was left by a crash: it is stale and is taken over.

The file is removed by its holder *while still locked*, and an acquirer keeps its lock only
after checking that the file it locked is still the one at the path. Unlocking first and
removing after (as before) let one process lock the old, unlinked file while another created
and locked a new one: two writers at once.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tsdesk.errors import DatabaseBusy

_LOCK_OFFSET = 1 << 20  # Windows refuses to read locked bytes: lock one far from the text


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # (the check mypy understands; os.name == "nt")
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:  # flock, not lockf: it binds to this open file, so even the same process is refused
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # (the check mypy understands; os.name == "nt")
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass
class Holder:
    operator: str
    machine: str
    since: str
    pid: int


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class WriterLock:
    """Held for as long as a writable vault is open."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None
        self.stale_cleared = False

    def acquire(self, operator: str) -> None:
        fd = self._lock_current_file()
        # We hold the OS lock; any text already there was left by a process that died.
        self.stale_cleared = os.fstat(fd).st_size > 0
        info = Holder(
            operator, socket.gethostname(), datetime.now().strftime("%Y-%m-%d %H:%M"), os.getpid()
        )
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(info.__dict__, ensure_ascii=False).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd

    def _lock_current_file(self) -> int:
        """Lock the file that is at the path now; DatabaseBusy when another process holds it."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                holder = read_holder(self.path)
                raise DatabaseBusy(
                    operator=holder.operator if holder else "?",
                    machine=holder.machine if holder else "?",
                    since=holder.since if holder else "?",
                )
            if _is_current(fd, self.path):
                return fd
            # The holder removed this file between our open and our lock: try the new one.
            _unlock(fd)
            os.close(fd)

    def update_operator(self, operator: str) -> None:
        """A new login on the same open vault (after lock/unlock as someone else)."""
        if self._fd is None:
            return
        holder = read_holder(self.path)
        if holder:
            holder.operator = operator
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, json.dumps(holder.__dict__, ensure_ascii=False).encode("utf-8"))

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        os.ftruncate(fd, 0)
        try:  # still locked: whoever opened this file meanwhile sees it is no longer current
            self.path.unlink()
        except OSError:
            pass  # Windows keeps an open file; the emptied file is then reused, not replaced
        _unlock(fd)
        os.close(fd)


def _is_current(fd: int, path: Path) -> bool:
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino)


def read_holder(path: Path) -> Holder | None:
    try:
        raw = json.loads(Path(path).read_text("utf-8").split("\0", 1)[0] or "null")
        return Holder(**raw) if raw else None
    except (OSError, ValueError, TypeError):
        return None
