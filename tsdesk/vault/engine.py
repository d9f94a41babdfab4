"""SQLAlchemy engine over SQLCipher 4 with a raw 256-bit key.

The key goes in as `PRAGMA key = "x'…'"`, so opening costs no KDF and any SQLCipher 4 tool
opens the file with the recovery key. WAL journal, foreign keys on, and `temp_store = MEMORY`
so that sorting and temp tables never spill plaintext to disk.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from tsdesk.vault.keys import sqlcipher_key_pragma

PAGE_SIZE = 4096  # SQLCipher 4 default


def connect_raw(path: Path, data_key: bytes, *, read_only: bool = False) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr noise
    conn.execute(sqlcipher_key_pragma(data_key))
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    return conn


def make_engine(path: Path, data_key: bytes, *, read_only: bool = False) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, data_key, read_only=read_only),
        # "sqlite://" would otherwise mean one shared in-memory connection per thread.
        poolclass=QueuePool,
    )

    # The driver runs in autocommit (isolation_level=None); SQLAlchemy's transactions issue
    # BEGIN themselves, so DDL in migrations is transactional too.
    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def set_wal(conn: sqlcipher.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
