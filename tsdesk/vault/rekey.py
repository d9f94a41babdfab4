"""Rekey: a new data key for the whole database that never loses the data or a key.

The recovery key *is* the data key, and the database file is encrypted under exactly one key
at any moment. What keeps both keys usable during a rekey is the state file, which holds the
new key sealed under the old one and the old key sealed under the new one (AES-256-GCM, bound
to this vault and this rekey): while it exists, either key reaches the other, so the password
(whichever key its slot holds), the old recovery key and the new one all open the database.

Files
    <db>              the database; under the old key until step 6, under the new key after
    <db>.keys         the key slots; resealed to the new key in step 5
    <db>.rekey        the new copy under the new key (SQLite may add -journal/-wal/-shm to it)
    <db>.rekey-state  the state file above; JSON, written atomically, never plaintext keys

Steps (the writer holds the lock throughout; a crash point follows each step)
    1. fold the WAL into <db>, note its schema, row counts and audit chain head
    2. write <db>.rekey-state                                   rekey.after_journal
    3. export to <db>.rekey, append the `vault.rekey` event as the last row (the check row),
       fold its WAL, fsync                                      rekey.after_copy
    4. verify the copy: quick_check, page count = file size, same schema, same row counts
       (one event more), the original's chain head, this rekey's check event last
                                                                rekey.after_verify
    5. reseal every slot to the new key, save <db>.keys         rekey.after_keys_save
    6. rename the copy over <db>, fsync the folder              rekey.after_replace
    7. remove the old, empty WAL and its shm                    rekey.after_cleanup
    8. the caller shows the new key (screen, sheet, stdout)     rekey.before_print,
                                                                rekey.before_confirm
    9. on the user's confirmation: overwrite and delete the state file; only now the old key
       stops working                                            rekey.after_wipe

What an open finds, and what it does
    * No state file: nothing to do. A stray <db>.rekey without one is never moved anywhere.
    * State file, <db> opens under the old key (crash in steps 2-5): the new key was never
      shown. Only a writer (it holds the lock, so the rekeying process is gone) rolls back:
      slots resealed to the old key, copy deleted, state file deleted — in that order, each
      step repeatable (rekey.rollback.*). The `vault.rekey` event was only in the copy.
    * State file, <db> opens under the new key (steps 6-9): the rekey is done and audited but
      not confirmed. Nothing is changed; both keys keep working. `rekey` again (CLI or the
      settings page) shows the same new key and, once confirmed, deletes the state file.
    * A read-only open never changes a file in any state; it opens <db> with whichever key
      of the pair fits.
    * A state file that does not open with the key at hand (another vault's, or wiped in
      step 9) is ignored; a writer deletes a wiped one.
    Recovery never replaces <db> and never deletes it or its WAL: only step 6 does, after
    the copy was verified and fsynced, and step 7 deletes only a WAL that is empty. An error
    (not a crash) in steps 2-6 rolls back at once, unless <db> already has the new key.
    A plain SQLCipher tool opens <db> only with the key in force; TSDesk also with the other.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.orm import Session

from tsdesk.crashpoints import crash_point, declare
from tsdesk.errors import QT_TRANSLATE_NOOP, VaultError
from tsdesk.vault import audit
from tsdesk.vault.atomic import fsync_dir, replace_atomic, write_atomic
from tsdesk.vault.engine import PAGE_SIZE, connect_raw, make_engine, set_wal
from tsdesk.vault.keys import KeySlotFile, new_data_key, sqlcipher_key_pragma

if TYPE_CHECKING:
    from tsdesk.vault.vault import Vault

FORMAT = "tsdesk-rekey"
ACTION = "vault.rekey"

AFTER_JOURNAL = declare("rekey.after_journal", "state file written, no copy yet")
AFTER_COPY = declare("rekey.after_copy", "copy exported with its check row, not verified")
AFTER_VERIFY = declare("rekey.after_verify", "copy verified; slots still hold the old key")
AFTER_KEYS_SAVE = declare("rekey.after_keys_save", "slots hold the new key; <db> the old one")
AFTER_REPLACE = declare("rekey.after_replace", "<db> is the copy under the new key")
AFTER_CLEANUP = declare("rekey.after_cleanup", "old WAL and shm removed; key not yet shown")
BEFORE_PRINT = declare("rekey.before_print", "rekey done, the new key not shown")
BEFORE_CONFIRM = declare("rekey.before_confirm", "new key shown, not confirmed")
AFTER_WIPE = declare("rekey.after_wipe", "state file overwritten, not yet deleted")
ROLLBACK_AFTER_KEYS = declare("rekey.rollback.after_keys", "rollback: slots back on the old key")
ROLLBACK_AFTER_COPY = declare("rekey.rollback.after_copy", "rollback: copy deleted")


def state_path(db: Path) -> Path:
    return Path(db).with_name(Path(db).name + ".rekey-state")


def copy_path(db: Path) -> Path:
    return Path(db).with_name(Path(db).name + ".rekey")


def _sidecars(path: Path, suffixes: Iterable[str]) -> list[Path]:
    return [path.with_name(path.name + s) for s in suffixes]


# --- the state file: each key sealed under the other --------------------------------------


def _aad(vault_id: str, token: str, which: str) -> bytes:
    return f"{FORMAT}:{vault_id}:{token}:{which}".encode()


def _seal(key: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": nonce.hex(), "ciphertext": AESGCM(key).encrypt(nonce, secret, aad).hex()}


def _unseal(key: bytes, sealed: dict[str, str], aad: bytes) -> bytes | None:
    try:
        return AESGCM(key).decrypt(
            bytes.fromhex(sealed["nonce"]), bytes.fromhex(sealed["ciphertext"]), aad
        )
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class Journal:
    vault_id: str
    token: str
    new_under_old: dict[str, str]
    old_under_new: dict[str, str]

    @classmethod
    def new(cls, vault_id: str, old: bytes, new: bytes) -> Journal:
        token = secrets.token_hex(16)
        return cls(
            vault_id,
            token,
            _seal(old, new, _aad(vault_id, token, "new")),
            _seal(new, old, _aad(vault_id, token, "old")),
        )

    def pair(self, key: bytes) -> tuple[bytes, bytes] | None:
        """(old, new) when `key` is either of this rekey's keys; None otherwise."""
        new = _unseal(key, self.new_under_old, _aad(self.vault_id, self.token, "new"))
        if new is not None:
            return key, new
        old = _unseal(key, self.old_under_new, _aad(self.vault_id, self.token, "old"))
        return (old, key) if old is not None else None

    def save(self, db: Path) -> None:
        body = {"format": FORMAT, "version": 1, **self.__dict__}
        write_atomic(state_path(db), json.dumps(body).encode("utf-8"), private=True)


def load_journal(db: Path) -> Journal | None:
    """The state file, or None when there is none or it was wiped (step 9)."""
    try:
        raw = json.loads(state_path(db).read_text("utf-8"))
        if raw.get("format") != FORMAT:
            return None
        return Journal(raw["vault_id"], raw["token"], raw["new_under_old"], raw["old_under_new"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def candidate_keys(db: Path, key: bytes) -> tuple[bytes, ...]:
    """The keys that may open <db> for someone holding `key`: during a rekey, both."""
    journal = load_journal(db)
    pair = journal.pair(key) if journal else None
    if pair is None:
        return (key,)
    return (key, pair[1] if key == pair[0] else pair[0])


def accepts(db: Path, key: bytes) -> bool:
    """True when `key` is either key of an unconfirmed rekey of <db>."""
    journal = load_journal(db)
    return journal is not None and journal.pair(key) is not None


def slot_file_for(db: Path, keys: tuple[bytes, ...]) -> KeySlotFile | None:
    """The slot file when it holds either key of the pair (a recovery-key open mid-rekey)."""
    keyfile = KeySlotFile.try_load(db)
    if keyfile is not None and any(keyfile.matches(key) for key in keys):
        return keyfile
    return None


def pending(db: Path) -> bool:
    """A readable state file exists (for whom, `accepts` tells)."""
    return load_journal(db) is not None


def _opens(path: Path, key: bytes) -> bool:
    """The key decrypts this file (an empty file 'opens' with any key: it does not count)."""
    try:
        if path.stat().st_size < PAGE_SIZE:
            return False
        with closing(connect_raw(path, key)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except (OSError, sqlcipher.DatabaseError):
        return False


# --- recovery: only the writer, holding the lock ------------------------------------------


def recover(db: Path, keyfile: KeySlotFile | None, keys: tuple[bytes, ...]) -> None:
    """Undo a rekey that died before the new key could be shown; leave a finished one alone."""
    journal = load_journal(db)
    if journal is None:
        with suppress(FileNotFoundError):
            state_path(db).unlink()  # wiped by a confirmation that died before deleting it
        return
    pair = next((p for p in map(journal.pair, keys) if p), None)
    if pair is None:
        return  # not this caller's rekey: change nothing
    old, new = pair
    if _opens(db, new) or not _opens(db, old):
        return  # finished (pending confirmation), or damaged: nothing to undo here
    rollback(db, keyfile, old, new)


def rollback(db: Path, keyfile: KeySlotFile | None, old: bytes, new: bytes) -> None:
    """Back to the state before the rekey; every step may be repeated after a crash."""
    if keyfile is not None and keyfile.matches(new):
        keyfile.reseal_all(old)
        keyfile.save()
    crash_point(ROLLBACK_AFTER_KEYS)
    for leftover in _sidecars(copy_path(db), ("-journal", "-wal", "-shm", "")):
        with suppress(FileNotFoundError):
            leftover.unlink()
    crash_point(ROLLBACK_AFTER_COPY)
    with suppress(FileNotFoundError):
        state_path(db).unlink()
    fsync_dir(Path(db).parent)


def confirm(db: Path) -> None:
    """The user has the new key: the old one stops working (overwrite, then delete)."""
    path = state_path(db)
    with suppress(FileNotFoundError), open(path, "r+b") as fh:
        fh.write(b"\0" * os.fstat(fh.fileno()).st_size)
        fh.flush()
        os.fsync(fh.fileno())
        crash_point(AFTER_WIPE)
    with suppress(FileNotFoundError):
        path.unlink()
    fsync_dir(path.parent)


# --- the rekey itself -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """What the copy must reproduce."""

    schema: list[tuple[str, str, str]]
    counts: dict[str, int]
    head: tuple[int, str] | None
    user_version: int


def _shape(conn: sqlcipher.Connection) -> _Shape:
    schema = sorted(
        conn.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    )
    counts = {
        name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for kind, name, _ in schema
        if kind == "table"
    }
    head = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return _Shape(schema, counts, tuple(head) if head else None, version)


BUSY = QT_TRANSLATE_NOOP(
    "errors", "其他程序正在读取数据库，未更换数据密钥。请关闭其他程序后重试；数据库与密钥均未改动。"
)
MISMATCH = QT_TRANSLATE_NOOP(
    "errors", "未更换数据密钥：新副本与原数据库不一致。数据库与密钥均保持原样。"
)


def _checkpoint(conn: sqlcipher.Connection, path: Path) -> None:
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    wal = path.with_name(path.name + "-wal")
    if busy or (wal.exists() and wal.stat().st_size):
        raise VaultError(BUSY)


def _verify_copy(copy: Path, key: bytes, original: _Shape, token: str) -> None:
    """Prove the copy complete before anything relies on it."""
    with closing(connect_raw(copy, key, read_only=True)) as conn:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise VaultError(MISMATCH)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        shape = _shape(conn)
        last = conn.execute(
            "SELECT seq, action, after, prev_hash FROM audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        kept = (
            conn.execute(
                "SELECT hash FROM audit_event WHERE seq = ?", (original.head[0],)
            ).fetchone()
            if original.head
            else None
        )
    expected_counts = dict(original.counts, audit_event=original.counts["audit_event"] + 1)
    head_seq, head_hash = original.head or (0, audit.GENESIS)
    if (
        pages * PAGE_SIZE != copy.stat().st_size
        or shape.schema != original.schema
        or shape.counts != expected_counts
        or shape.user_version != original.user_version
        or (original.head and (kept is None or kept[0] != head_hash))
        or last is None
        or (last[0], last[1], last[3]) != (head_seq + 1, ACTION, head_hash)
        or json.loads(last[2]).get("rekey") != token
    ):
        raise VaultError(MISMATCH)


def _write_copy(vault: Vault, new: bytes, operator: str, journal: Journal) -> None:
    copy = copy_path(vault.path)
    with closing(connect_raw(vault.path, vault.data_key)) as conn:
        attach_key = sqlcipher_key_pragma(new).split("=", 1)[1].strip()
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {attach_key}", (str(copy),))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        conn.execute("DETACH DATABASE rekeyed")
    with closing(connect_raw(copy, new)) as conn:
        set_wal(conn)  # the journal mode lives in the header, which the export does not copy
    engine = make_engine(copy, new)
    try:  # the check row, written last: the rekey's own audit event
        with Session(engine) as session, session.begin():
            audit.append(
                session, operator, ACTION, "vault", journal.vault_id, after={"rekey": journal.token}
            )
    finally:
        engine.dispose()
    with closing(connect_raw(copy, new)) as conn:
        _checkpoint(conn, copy)
    with open(copy, "rb+") as fh:
        os.fsync(fh.fileno())


def run(vault: Vault, operator: str) -> bytes:
    """Steps 1-7 for an open, writable vault; returns the new key (to show, then confirm)."""
    db = vault.path
    if accepts(db, vault.data_key):
        return vault.data_key  # finished but never confirmed: the same new key again
    keyfile = vault.ensure_keyfile()
    old, new = vault.data_key, new_data_key()
    for leftover in _sidecars(copy_path(db), ("-journal", "-wal", "-shm", "")):
        with suppress(FileNotFoundError):
            leftover.unlink()  # no state file: a stray copy is nobody's
    vault.engine.dispose()
    with closing(connect_raw(db, old)) as conn:
        _checkpoint(conn, db)
        original = _shape(conn)
    journal = Journal.new(keyfile.vault_id, old, new)
    journal.save(db)
    crash_point(AFTER_JOURNAL)
    try:
        _write_copy(vault, new, operator, journal)
        crash_point(AFTER_COPY)
        _verify_copy(copy_path(db), new, original, journal.token)
        crash_point(AFTER_VERIFY)
        keyfile.reseal_all(new)
        keyfile.save()
        crash_point(AFTER_KEYS_SAVE)
        wal = db.with_name(db.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise VaultError(BUSY)
        replace_atomic(copy_path(db), db)
    except Exception:
        if not _opens(db, new):  # a failure after the rename itself (fsync) keeps the new file
            rollback(db, keyfile, old, new)
        raise
    crash_point(AFTER_REPLACE)
    for stale in _sidecars(db, ("-wal", "-shm")):
        with suppress(FileNotFoundError):
            if stale.name.endswith("-shm") or stale.stat().st_size == 0:
                stale.unlink()  # the old file's; the WAL was empty (checked above)
    crash_point(AFTER_CLEANUP)
    return new
