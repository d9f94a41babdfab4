"""SQLAlchemy engine over SQLCipher 4 with a raw 256-bit key.

The key goes in as `PRAGMA key = "x'…'"`, so opening costs no KDF and any SQLCipher 4 tool
opens the file with the recovery key. WAL journal, foreign keys on, and `temp_store = MEMORY`
so that sorting and temp tables never spill plaintext to disk; a 4 MB page cache.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from tsdesk.errors import DatabaseDamaged, DatabaseNotWritable, DiskFull, StorageError, VaultError
from tsdesk.vault.keys import sqlcipher_key_pragma

PAGE_SIZE = 4096  # SQLCipher 4 default
CACHE_KIB = 4000


def connect_raw(path: Path, data_key: bytes, *, read_only: bool = False) -> sqlcipher.Connection:
    target, uri = str(path), False
    if read_only and not writable(path):
        # A read-only file or disk: SQLite cannot make the WAL index beside it, so the file is
        # opened read-only, and as immutable when there is no WAL to read.
        wal = Path(path).with_name(Path(path).name + "-wal")
        flags = "mode=ro" if wal.exists() and wal.stat().st_size else "immutable=1"
        target, uri = f"{Path(path).absolute().as_uri()}?{flags}", True
    conn = sqlcipher.connect(target, uri=uri, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr noise
    conn.execute(sqlcipher_key_pragma(data_key))
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    return conn


WRITING = "tsdesk_writing"  # execution option of the vault's write transactions


def make_engine(path: Path, data_key: bytes, *, read_only: bool = False) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: _page_cache(connect_raw(path, data_key, read_only=read_only)),
        # "sqlite://" would otherwise mean one shared in-memory connection per thread.
        poolclass=QueuePool,
    )

    # The driver runs in autocommit (isolation_level=None); SQLAlchemy's transactions issue
    # BEGIN themselves, so DDL in migrations is transactional too. A write transaction
    # (WRITING) takes the write lock at once: a second writer on another connection (a
    # worker's print beside the window's edit) then waits for it (busy_timeout) instead of
    # failing when its deferred read turns into a write.
    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        immediate = conn.get_execution_options().get(WRITING)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _page_cache(conn: sqlcipher.Connection) -> sqlcipher.Connection:
    """4 MB of decrypted pages per connection (this SQLCipher's default is 8 MB): the
    reminders' counts over 300,000 carriers run as fast, and the window's peak memory is
    some 20 MB lower (benchmarks/probes.py all_pages). Not in connect_raw: this pragma reads
    the file, and a wrong key must be reported by the open, not here."""
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def set_wal(conn: sqlcipher.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")


# SQLite's primary result codes that say what went wrong with the file (extended codes keep
# the primary one in the low byte).
_CORRUPT, _NOTADB = 11, 26
_FULL = 13
_READONLY, _PERM = 8, 3
_IOERR, _CANTOPEN = 10, 14
LOW_SPACE = 1024 * 1024  # below this much free space an I/O error is taken for a full disk


def storage_error(exc: BaseException, path: Path) -> VaultError | None:
    """The message for an SQLite error that is about the file, not a bug: damaged (a flipped
    page fails SQLCipher's HMAC), a full disk, a read-only file or disk, an I/O error.
    Takes the driver's error or SQLAlchemy's wrapper of it; None for anything else."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, sqlcipher.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary in (_CORRUPT, _NOTADB):
        return DatabaseDamaged(path=str(path))
    if primary == _FULL or (primary in (_IOERR, _CANTOPEN) and _low_space(path)):
        return DiskFull(path=str(path))
    if primary in (_READONLY, _PERM) or (primary in (_IOERR, _CANTOPEN) and not writable(path)):
        return DatabaseNotWritable(path=str(path), operator="", machine="", since="")
    if primary in (_IOERR, _CANTOPEN):
        return StorageError(path=str(path), reason=str(orig))
    return None


def _low_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < LOW_SPACE
    except OSError:
        return False


def writable(path: Path) -> bool:
    """Whether the database file and its folder (for the WAL and lock files) can be written."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
