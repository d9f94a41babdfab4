"""The writer lock admits one writer, even with processes taking and releasing it in a loop
(issue 9 §3: unlocking before unlinking let two processes hold it at once)."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

from tsdesk.errors import DatabaseBusy
from tsdesk.vault.lock import WriterLock, lock_path

WORKERS = 4
SECONDS = 2.0


def _hammer(db: str, until: float, results) -> None:
    inside = Path(db + ".inside")
    acquired = overlaps = 0
    while time.monotonic() < until:
        lock = WriterLock(Path(db))
        try:
            lock.acquire("worker")
        except DatabaseBusy:
            continue
        acquired += 1
        try:
            fd = os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            overlaps += 1  # someone else believes it holds the lock too
        else:
            os.close(fd)
            inside.unlink()
        lock.release()
    results.put((acquired, overlaps))


def test_processes_hammering_the_lock_never_overlap(tmp_path):
    db = str(tmp_path / "race.tsdesk")
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    results = ctx.Queue()
    until = time.monotonic() + SECONDS
    workers = [ctx.Process(target=_hammer, args=(db, until, results)) for _ in range(WORKERS)]
    for w in workers:
        w.start()
    totals = [results.get(timeout=SECONDS + 30) for _ in workers]
    for w in workers:
        w.join(timeout=10)
    acquired = sum(a for a, _ in totals)
    overlaps = sum(o for _, o in totals)
    assert acquired > 50, "the workers hardly ran; the test proves nothing"
    assert overlaps == 0, f"{overlaps} overlaps in {acquired} acquisitions"
    assert not lock_path(Path(db)).exists()


def test_lock_file_replaced_between_open_and_lock_is_not_kept(tmp_path, monkeypatch):
    """An acquirer that locked a file its holder had just removed must not count as holding."""
    from tsdesk.vault import lock as lock_module

    db = tmp_path / "x.tsdesk"
    first = WriterLock(db)
    first.acquire("a")
    real_try_lock = lock_module._try_lock
    calls = []

    def release_then_lock(fd):
        if not calls:  # the holder finishes between our open and our lock
            first.release()
        calls.append(fd)
        return real_try_lock(fd)

    monkeypatch.setattr(lock_module, "_try_lock", release_then_lock)
    second = WriterLock(db)
    second.acquire("b")
    monkeypatch.setattr(lock_module, "_try_lock", real_try_lock)
    try:
        assert len(calls) == 2  # the removed file was let go and the new one locked
        third = WriterLock(db)
        try:
            third.acquire("c")
        except DatabaseBusy:
            pass
        else:
            third.release()
            raise AssertionError("a third writer got in beside the second")
    finally:
        second.release()


def test_two_writers_on_two_connections_queue_rather_than_fail(opened):
    """A print in a worker writes its audit event while the window's own unit of work is
    open: the second writer waits for the first instead of failing with 'database is locked'
    when the first one's read turns into a write."""
    import threading
    import time

    from sqlalchemy import func, select

    from tsdesk.models import AuditEvent

    vault, actor = opened.vault, opened.admin
    other: list[object] = []

    def worker_writes() -> None:
        try:
            vault.record_read(actor, "read.register", "register")
            other.append("done")
        except Exception as exc:  # noqa: BLE001 - reported below
            other.append(exc)

    with vault.unit_of_work(actor) as uow:
        before = uow.session.scalar(select(func.count()).select_from(AuditEvent))  # a read
        thread = threading.Thread(target=worker_writes)
        thread.start()
        time.sleep(0.3)  # the worker's write comes while this transaction is open
        uow.record("read.secret", "secret", 1)  # now this read turns into a write
    thread.join(10)
    assert other == ["done"]
    with vault.reader() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == before + 2
