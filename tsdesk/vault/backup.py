"""Backups: one file, independently encrypted, made from a consistent snapshot (003 §7.2,
§9.6.2 d–g).

File layout
    MAGIC (8 bytes)
    header region (HEADER_SPACE bytes): u32 length + JSON, padded with spaces. PLAIN and
        nothing secret: format version, backup id, vault id, created at, schema revision,
        audit chain head {seq, hash}, SHA-256 and size of everything after this region.
        `read_header` needs no key, so the chain head of every backup is an anchor.
    keys section: u32 length + JSON. The backup key (random, 256 bits, this file's only) is
        wrapped for the data key in force (the recovery sheet opens the backup) and sealed
        to every operator slot's public key; each slot's password-protected private key is
        copied beside its seal, so the password the operator had at backup time opens it
        even after a password change, as the slot file would.
    sealed stream: chunks of u32 length + AES-256-GCM(CHUNK bytes), nonce = prefix ‖ index,
        associated data = the header's fields ‖ index ‖ last-or-more, so chunks cannot be
        reordered, swapped with another backup's, or cut off at a chunk boundary.
        Plaintext: u32 + manifest JSON, u32 + the key-slot file, then the snapshot.

The snapshot is `sqlcipher_export` of the live database in one read transaction (so commits
still in the WAL are in it, uncommitted ones are not — a file copy would miss the former),
into a file still encrypted under the data key, in a scratch folder; it never exists in
plain text anywhere. Restored as is, it opens with the slots and the recovery key the
operators had at backup time.

Writes go to `<name>.part` in the target folder, fsynced and renamed into place by the
caller once the backup is audited (`Pending.commit`); an error (a stick pulled, a share gone,
a file locked) removes the part file and leaves every earlier generation as it was.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import secrets
import shutil
import struct
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.orm import Session

from tsdesk import paths
from tsdesk.crashpoints import crash_point, declare
from tsdesk.errors import QT_TRANSLATE_NOOP, VaultError, WrongPassword
from tsdesk.vault import audit
from tsdesk.vault.atomic import fsync_dir, write_atomic
from tsdesk.vault.engine import PAGE_SIZE, connect_raw, make_engine, set_wal, writable
from tsdesk.vault.keys import (
    FORMAT as SLOT_FORMAT,
)
from tsdesk.vault.keys import (
    KeySlotFile,
    Slot,
    _seal,
    _unb64,
    _unseal,
    sqlcipher_key_pragma,
)

MAGIC = b"TSDBAK\x00\x01"
FORMAT = "tsdesk-backup"
VERSION = 1
HEADER_SPACE = 4096
CHUNK = 1024 * 1024
SUFFIX = ".tsdesk-backup"
PART = ".part"
KEY_BYTES = 32
COPY_BLOCK = 1024 * 1024
SAMPLE_ATTACHMENTS = 20  # attachments whose content is hashed again by a check
RENAME_TRIES = 5  # an antivirus scanner holds a new file for a moment on Windows

AFTER_SNAPSHOT = declare("backup.after_snapshot", "snapshot taken (encrypted, scratch), no file")
AFTER_WRITE = declare("backup.after_write", "backup written as .part and fsynced, not audited")
AFTER_RENAME = declare("backup.after_rename", "backup in place and audited, older not pruned")
RESTORE_AFTER_PAYLOAD = declare("restore.after_payload", "database written under a temp name")
RESTORE_AFTER_CHECK = declare("restore.after_check", "restored copy checked, not in place")
RESTORE_AFTER_KEYS = declare("restore.after_keys", "slot file in place, database not yet")
RESTORE_AFTER_RENAME = declare("restore.after_rename", "restored database in place")
DRILL_AFTER_RESTORE = declare("drill.after_restore", "drill copy restored and checked")
DRILL_AFTER_DELETE = declare("drill.after_delete", "drill copy deleted, drill not recorded")


# --- messages ------------------------------------------------------------------------------


class BackupError(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "备份操作失败：{reason}")


class FolderUnavailable(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "备份位置 {folder} 不可用（{reason}）。请检查 U 盘或网络共享是否已连接；"
        "以前的备份未受影响。",
    )


class WriteFailed(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "备份未完成：写入 {path} 时出错（{reason}）。未完成的文件已删除，以前的备份未受影响。",
    )


class FileLocked(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "文件 {path} 被其他程序占用（可能是杀毒软件），操作未完成。请稍后重试；"
        "以前的备份和数据库均未受影响。",
    )


class NotABackup(BackupError):
    template = QT_TRANSLATE_NOOP("errors", "{path} 不是 TSDesk 备份文件，或其文件头已损坏。")


class BackupTooNew(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors", "备份 {path} 由更新版本的 TSDesk 制作（格式 {version}），请升级后再打开。"
    )


class BackupDamaged(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors", "备份文件 {path} 已损坏或被改动（{reason}），不能用于恢复。"
    )


class BackupKeyRefused(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "无法打开备份 {path}：所给密码或恢复密钥不能打开它。"
        "请使用备份时该操作员的密码，或备份时有效的恢复密钥。",
    )


class TargetExists(BackupError):
    template = QT_TRANSLATE_NOOP("errors", "目标文件 {path} 已存在，不会覆盖。请另选一个新文件名。")


class RestoreCheckFailed(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors", "恢复出的数据库未通过核对（{reason}{detail}），已删除；备份文件未改动。"
    )

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason=reason, detail=detail)


TRUNCATED = QT_TRANSLATE_NOOP("errors", "文件不完整")
HASH_MISMATCH = QT_TRANSLATE_NOOP("errors", "SHA-256 与文件头不符")
CHUNK_FORGED = QT_TRANSLATE_NOOP("errors", "加密内容校验失败")
MANIFEST_MISMATCH = QT_TRANSLATE_NOOP("errors", "清单与文件头不符")
COUNTS_DIFFER = QT_TRANSLATE_NOOP("errors", "记录数与清单不符：")
CHAIN_BROKEN = QT_TRANSLATE_NOOP("errors", "审计链断开，事件序号：")
HEAD_DIFFERS = QT_TRANSLATE_NOOP("errors", "审计链末端与清单不符")
PAGES_BAD = QT_TRANSLATE_NOOP("errors", "数据库页校验失败")
SAMPLE_BAD = QT_TRANSLATE_NOOP("errors", "附件内容与其 SHA-256 不符，附件编号：")
KEYS_DIFFER = QT_TRANSLATE_NOOP("errors", "密钥槽文件与备份不符")


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# --- header ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """The plain part of a backup: enough to list, anchor and choose one, nothing secret."""

    version: int
    backup_id: str
    vault_id: str
    created_at: str  # UTC ISO
    schema: str
    head_seq: int
    head_hash: str
    payload_sha256: str = ""
    payload_size: int = 0

    def bound(self) -> bytes:
        """What the sealed stream is bound to: every field known before the payload."""
        fields = asdict(self)
        del fields["payload_sha256"], fields["payload_size"]
        return audit.canonical(fields).encode("utf-8")

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)


def _header_bytes(header: Header) -> bytes:
    body = audit.canonical({"format": FORMAT, **asdict(header)}).encode("utf-8")
    region = struct.pack(">I", len(body)) + body
    if len(region) > HEADER_SPACE:
        raise ValueError("backup header too large")
    return region + b" " * (HEADER_SPACE - len(region))


def read_header(path: Path) -> Header:
    """The plain header of a backup file (no key needed)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            magic = fh.read(len(MAGIC))
            region = fh.read(HEADER_SPACE)
    except OSError as exc:
        raise NotABackup(path=str(path)) from exc
    if magic != MAGIC or len(region) != HEADER_SPACE:
        raise NotABackup(path=str(path))
    try:
        (length,) = struct.unpack(">I", region[:4])
        raw = json.loads(region[4 : 4 + length].decode("utf-8"))
        if raw.pop("format") != FORMAT:
            raise ValueError("format")
        if int(raw["version"]) > VERSION:
            raise BackupTooNew(path=str(path), version=raw["version"])
        return Header(
            version=int(raw["version"]),
            backup_id=str(raw["backup_id"]),
            vault_id=str(raw["vault_id"]),
            created_at=str(raw["created_at"]),
            schema=str(raw["schema"]),
            head_seq=int(raw["head_seq"]),
            head_hash=str(raw["head_hash"]),
            payload_sha256=str(raw["payload_sha256"]),
            payload_size=int(raw["payload_size"]),
        )
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise NotABackup(path=str(path)) from None


def backups_in(folder: Path, vault_id: str | None = None) -> list[tuple[Header, Path]]:
    """Every readable backup in `folder` (of one vault when given), newest first."""
    found = []
    try:
        candidates = sorted(Path(folder).glob("*" + SUFFIX))
    except OSError:
        return []
    for path in candidates:
        try:
            header = read_header(path)
        except BackupError:
            continue
        if vault_id is None or header.vault_id == vault_id:
            found.append((header, path))
    found.sort(key=lambda hp: (hp[0].created_at, hp[1].name), reverse=True)
    return found


def anchors_in(folder: Path, vault_id: str | None = None) -> list[tuple[int, str, Path]]:
    """The chain head recorded by every backup in `folder`: (seq, hash, path), oldest first.
    Each is an anchor: today's chain must still contain it."""
    return [(h.head_seq, h.head_hash, p) for h, p in reversed(backups_in(folder, vault_id))]


# --- the keys section --------------------------------------------------------------------------


def _aad(backup_id: str, which: str) -> bytes:
    return f"{FORMAT}:{backup_id}:{which}".encode()


def _wrap_for(backup_key: bytes, backup_id: str, data_key: bytes, slot_json: list[dict]) -> dict:
    nonce = secrets.token_bytes(12)
    wraps: dict[str, Any] = {
        "data_key": {
            "nonce": nonce.hex(),
            "ciphertext": AESGCM(data_key)
            .encrypt(nonce, backup_key, _aad(backup_id, "data-key"))
            .hex(),
        },
        "slots": [],
    }
    for slot in slot_json:
        public = _unb64(slot["public_key"])
        sealed = _seal(backup_key, public, _aad(backup_id, f"slot:{slot['id']}"))
        wraps["slots"].append({"slot": slot, "backup_key": sealed})
    return wraps


@dataclass(frozen=True)
class Unlock:
    """What opens a backup: a data key (the live vault's, or the recovery key), an operator's
    password (as it was when the backup was made), or both to try in turn."""

    data_keys: tuple[bytes, ...] = ()
    operator: str = ""
    password: str = ""


@dataclass(frozen=True)
class _Opened:
    backup_key: bytes
    data_key: bytes | None  # the key the snapshot is under, when already known


def _open_keys(path: Path, header: Header, section: dict, unlock: Unlock) -> _Opened:
    for key in unlock.data_keys:
        wrap = section.get("data_key") or {}
        try:
            opened = AESGCM(key).decrypt(
                bytes.fromhex(wrap["nonce"]),
                bytes.fromhex(wrap["ciphertext"]),
                _aad(header.backup_id, "data-key"),
            )
            return _Opened(opened, key)
        except (InvalidTag, ValueError, KeyError, TypeError):
            continue
    if unlock.operator:
        for entry in section.get("slots", []):
            raw = entry.get("slot", {})
            if raw.get("operator") != unlock.operator or raw.get("kind") != "password":
                continue
            slots = KeySlotFile(path, header.vault_id, "", slots=[Slot.from_json(raw)])
            try:
                slot, private = slots._unwrap_private(unlock.operator, unlock.password)
                backup_key = _unseal(
                    entry["backup_key"], private, _aad(header.backup_id, f"slot:{slot.id}")
                )
                data_key = _unseal(
                    slot.sealed,
                    private,
                    f"{SLOT_FORMAT}:{header.vault_id}:{slot.id}:password:{slot.operator}".encode(),
                )
                return _Opened(backup_key, data_key)
            except (WrongPassword, InvalidTag, ValueError, KeyError, TypeError):
                continue
            except VaultError:  # a damaged slot copy: as if the password did not fit
                continue
    raise BackupKeyRefused(path=str(path))


# --- the sealed stream -----------------------------------------------------------------------


class _Sealer:
    """Writes plaintext as authenticated chunks; `close()` seals the last (possibly empty)."""

    def __init__(self, fh: IO[bytes], key: bytes, prefix: bytes, bound: bytes, digest) -> None:
        self._fh, self._aead, self._prefix, self._bound = fh, AESGCM(key), prefix, bound
        self._digest = digest
        self._buffer = bytearray()
        self._index = 0

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) > CHUNK:
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]

    def close(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, chunk: bytes, *, last: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._index)
        sealed = self._aead.encrypt(nonce, chunk, _chunk_aad(self._bound, self._index, last))
        out = struct.pack(">I", len(sealed)) + sealed
        self._digest.update(out)
        self._fh.write(out)
        self._index += 1


def _chunk_aad(bound: bytes, index: int, last: bool) -> bytes:
    return bound + b":" + str(index).encode() + (b":last" if last else b":more")


class _Opener:
    """Reads the plaintext back, chunk by chunk, refusing a forged, reordered or cut stream."""

    def __init__(self, fh: IO[bytes], key: bytes, prefix: bytes, bound: bytes, path: Path):
        self._fh, self._aead, self._prefix, self._bound = fh, AESGCM(key), prefix, bound
        self._path = path
        self._buffer = bytearray()
        self._index = 0
        self._done = False

    def _next(self) -> None:
        size = self._fh.read(4)
        if len(size) != 4:
            raise BackupDamaged(path=str(self._path), reason=TRUNCATED)
        (length,) = struct.unpack(">I", size)
        sealed = self._fh.read(length)
        if len(sealed) != length or length > CHUNK + 16:
            raise BackupDamaged(path=str(self._path), reason=TRUNCATED)
        nonce = self._prefix + struct.pack(">I", self._index)
        for last in (False, True):
            try:
                plain = self._aead.decrypt(
                    nonce, sealed, _chunk_aad(self._bound, self._index, last)
                )
            except InvalidTag:
                continue
            self._buffer += plain
            self._index += 1
            if last:
                if self._fh.read(1):
                    raise BackupDamaged(path=str(self._path), reason=CHUNK_FORGED)
                self._done = True
            return
        raise BackupDamaged(path=str(self._path), reason=CHUNK_FORGED)

    def read(self, n: int) -> bytes:
        while len(self._buffer) < n and not self._done:
            self._next()
        if len(self._buffer) < n:
            raise BackupDamaged(path=str(self._path), reason=TRUNCATED)
        out = bytes(self._buffer[:n])
        del self._buffer[:n]
        return out

    def blocks(self, total: int) -> Iterator[bytes]:
        left = total
        while left:
            block = self.read(min(left, COPY_BLOCK))
            left -= len(block)
            yield block

    def finish(self) -> None:
        """Every chunk was read and nothing follows the last."""
        while not self._done:
            self._next()
        if self._buffer:
            raise BackupDamaged(path=str(self._path), reason=MANIFEST_MISMATCH)


# --- snapshot ---------------------------------------------------------------------------------


def scratch(kind: str) -> Path:
    """A private folder for an encrypted working copy; leftovers of a dead process (a crash,
    a kill) are removed first."""
    root = paths.data_dir() / "scratch"
    root.mkdir(parents=True, exist_ok=True)
    sweep_scratch(root)
    folder = root / f"{kind}-{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    return folder


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # judged by age below
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_scratch(root: Path | None = None) -> None:
    root = root or paths.data_dir() / "scratch"
    if not root.exists():
        return
    for folder in root.iterdir():
        try:
            pid = int(folder.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        old = time.time() - folder.stat().st_mtime > 24 * 3600
        if not _alive(pid) or (os.name != "posix" and old):
            shutil.rmtree(folder, ignore_errors=True)


def _tables(conn: sqlcipher.Connection, schema: str = "main") -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def _facts(conn: sqlcipher.Connection) -> dict[str, Any]:
    """Counts of every table (whatever tables this schema has), the chain head, the schema
    revision and the attachments, read in the caller's transaction."""
    tables = _tables(conn)
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    head = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    schema = (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if "alembic_version" in tables
        else ""
    )
    attachments = (0, 0)
    if "attachment_content" in tables:
        row = conn.execute(
            "SELECT count(*), coalesce(sum(length(data)), 0) FROM attachment_content"
        ).fetchone()
        attachments = (row[0], row[1])
    company = ""
    if "company_profile" in tables:
        found = conn.execute("SELECT org_name FROM company_profile LIMIT 1").fetchone()
        company = found[0] if found else ""
    return {
        "counts": counts,
        "head": {"seq": head[0], "hash": head[1]} if head else {"seq": 0, "hash": audit.GENESIS},
        "schema": schema or "",
        "attachments": {"count": attachments[0], "bytes": attachments[1]},
        "company": company,
        "user_version": conn.execute("PRAGMA user_version").fetchone()[0],
    }


def snapshot(db: Path, data_key: bytes, target: Path) -> dict[str, Any]:
    """A consistent copy of the whole database (every table, whatever the schema) into
    `target`, encrypted under the same key; returns its facts, read in the same transaction."""
    conn = connect_raw(db, data_key, read_only=not writable(db))
    try:
        conn.execute("PRAGMA query_only = OFF")  # the attached copy is written; main is not
        attach_key = sqlcipher_key_pragma(data_key).split("=", 1)[1].strip()
        conn.execute(f"ATTACH DATABASE ? AS snap KEY {attach_key}", (str(target),))
        conn.execute("BEGIN")
        try:
            facts = _facts(conn)  # the first read fixes the snapshot the export reads too
            conn.execute("SELECT sqlcipher_export('snap')")
            conn.execute(f"PRAGMA snap.user_version = {int(facts['user_version'])}")
            conn.execute("COMMIT")
        except BaseException:
            with suppress(sqlcipher.Error):
                conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE snap")
    finally:
        conn.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())
    return facts


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(COPY_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


# --- creating a backup -----------------------------------------------------------------------


@dataclass
class Pending:
    """A backup written under its part name; `commit` renames it into place."""

    part: Path
    final: Path
    header: Header
    manifest: dict[str, Any]

    def commit(self) -> Path:
        _rename(self.part, self.final)
        crash_point(AFTER_RENAME)
        return self.final

    def discard(self) -> None:
        with suppress(OSError):
            self.part.unlink()


def _rename(src: Path, dst: Path) -> None:
    """Rename with a few retries: on Windows a scanner may hold a just-written file."""
    for attempt in range(RENAME_TRIES):
        try:
            os.replace(src, dst)
            break
        except PermissionError:
            if attempt == RENAME_TRIES - 1:
                with suppress(OSError):
                    src.unlink()
                raise FileLocked(path=str(dst)) from None
            time.sleep(0.2 * (attempt + 1))
        except OSError as exc:
            with suppress(OSError):
                src.unlink()
            raise WriteFailed(path=str(dst), reason=_reason(exc)) from None
    with suppress(OSError):
        fsync_dir(dst.parent)


def file_name(stem: str, when: datetime) -> str:
    return f"{stem}-{when.astimezone().strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def check_folder(folder: Path) -> Path:
    """The target folder, or the clear message for a stick not plugged in or a share gone."""
    folder = Path(folder)
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
        os.listdir(folder)
    except OSError as exc:
        raise FolderUnavailable(folder=str(folder), reason=_reason(exc)) from None
    return folder


def prepare(
    db: Path,
    data_key: bytes,
    folder: Path,
    *,
    vault_id: str,
    now: datetime | None = None,
) -> Pending:
    """Snapshot the database and write the encrypted backup as a part file in `folder`."""
    now = now or datetime.now(UTC)
    folder = check_folder(folder)
    final = folder / file_name(Path(db).stem, now)
    n = 1
    # Another backup of the same second, finished or left as a part by a crash: a new name.
    while final.exists() or final.with_name(final.name + PART).exists():
        final = folder / file_name(f"{Path(db).stem}-{n}", now)
        n += 1
    part = final.with_name(final.name + PART)
    work = scratch("backup")
    try:
        snap = work / "snapshot.tsdesk"
        facts = snapshot(db, data_key, snap)
        crash_point(AFTER_SNAPSHOT)
        keyfile = KeySlotFile.try_load(db)
        slot_bytes = b""
        slot_json: list[dict] = []
        if keyfile is not None and keyfile.matches(data_key):
            slot_bytes = KeySlotFile.path_for(db).read_bytes()
            slot_json = [s.to_json() for s in keyfile.slots if s.kind == "password"]
        header = Header(
            version=VERSION,
            backup_id=str(uuid.uuid4()),
            vault_id=vault_id,
            created_at=now.astimezone(UTC).isoformat(timespec="seconds"),
            schema=facts["schema"],
            head_seq=facts["head"]["seq"],
            head_hash=facts["head"]["hash"],
        )
        manifest = {
            "format": FORMAT,
            "backup_id": header.backup_id,
            "vault_id": vault_id,
            "company": facts["company"],
            "created_at": header.created_at,
            "schema": facts["schema"],
            "head": facts["head"],
            "counts": facts["counts"],
            "attachments": facts["attachments"],
            "user_version": facts["user_version"],
            "db_size": snap.stat().st_size,
            "db_sha256": _file_sha256(snap),
            "keys_file": bool(slot_bytes),
            "operators": sorted({s["operator"] for s in slot_json}),
        }
        _write(part, header, manifest, slot_bytes, snap, data_key, slot_json)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    crash_point(AFTER_WRITE)
    return Pending(part, final, read_header(part), manifest)


def _write(
    part: Path,
    header: Header,
    manifest: dict[str, Any],
    slot_bytes: bytes,
    snap: Path,
    data_key: bytes,
    slot_json: list[dict],
) -> None:
    backup_key = secrets.token_bytes(KEY_BYTES)
    prefix = secrets.token_bytes(8)
    keys_section = audit.canonical(
        {"prefix": prefix.hex(), **_wrap_for(backup_key, header.backup_id, data_key, slot_json)}
    ).encode("utf-8")
    digest = hashlib.sha256()
    size = 0
    try:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise WriteFailed(path=str(part), reason=os.strerror(errno.EEXIST)) from None
    except PermissionError:
        raise FileLocked(path=str(part)) from None
    except OSError as exc:
        raise WriteFailed(path=str(part), reason=_reason(exc)) from None
    try:
        with open(fd, "w+b") as fh:
            fh.write(MAGIC + _header_bytes(header))
            section = struct.pack(">I", len(keys_section)) + keys_section
            digest.update(section)
            fh.write(section)
            sealer = _Sealer(fh, backup_key, prefix, header.bound(), digest)
            manifest_bytes = audit.canonical(manifest).encode("utf-8")
            sealer.write(struct.pack(">I", len(manifest_bytes)) + manifest_bytes)
            sealer.write(struct.pack(">I", len(slot_bytes)) + slot_bytes)
            with open(snap, "rb") as src:
                for block in iter(lambda: src.read(COPY_BLOCK), b""):
                    sealer.write(block)
            sealer.close()
            size = fh.tell() - len(MAGIC) - HEADER_SPACE
            done = Header(**{**asdict(header), "payload_sha256": digest.hexdigest(),
                             "payload_size": size})  # fmt: skip
            fh.seek(len(MAGIC))
            fh.write(_header_bytes(done))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        with suppress(OSError):
            part.unlink()
        raise WriteFailed(path=str(part), reason=_reason(exc)) from None
    except BaseException:
        with suppress(OSError):
            part.unlink()
        raise


def prune(folder: Path, vault_id: str, keep: int) -> list[Path]:
    """Delete this vault's backups beyond the newest `keep`; returns what was deleted.
    Part files of a dead write go too. Another vault's backups are never touched."""
    removed = []
    for _, path in backups_in(folder, vault_id)[max(1, keep) :]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue  # locked or gone: tried again next time
    for part in Path(folder).glob("*" + SUFFIX + PART):
        with suppress(OSError):
            if time.time() - part.stat().st_mtime > 3600:
                part.unlink()
    return removed


# --- opening: verify, restore, drill -------------------------------------------------------


@dataclass
class Contents:
    """What an opened backup holds besides the snapshot."""

    header: Header
    manifest: dict[str, Any]
    slot_bytes: bytes
    data_key: bytes | None


def _open_stream(
    path: Path, unlock: Unlock, sink: Callable[[Iterator[bytes], int], None] | None
) -> Contents:
    """Check the SHA-256, open the keys, decrypt and check the manifest; hand the snapshot's
    blocks to `sink` (or only authenticate them)."""
    header = read_header(path)
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            fh.seek(len(MAGIC) + HEADER_SPACE)
            for block in iter(lambda: fh.read(COPY_BLOCK), b""):
                digest.update(block)
            size = fh.tell() - len(MAGIC) - HEADER_SPACE
        if size != header.payload_size:
            raise BackupDamaged(path=str(path), reason=TRUNCATED)
        if digest.hexdigest() != header.payload_sha256:
            raise BackupDamaged(path=str(path), reason=HASH_MISMATCH)
        with open(path, "rb") as fh:
            fh.seek(len(MAGIC) + HEADER_SPACE)
            (length,) = struct.unpack(">I", fh.read(4))
            section = json.loads(fh.read(length).decode("utf-8"))
            opened = _open_keys(path, header, section, unlock)
            reader = _Opener(
                fh, opened.backup_key, bytes.fromhex(section["prefix"]), header.bound(), path
            )
            (length,) = struct.unpack(">I", reader.read(4))
            manifest = json.loads(reader.read(length).decode("utf-8"))
            (length,) = struct.unpack(">I", reader.read(4))
            slot_bytes = reader.read(length)
            if (
                manifest.get("backup_id") != header.backup_id
                or manifest.get("vault_id") != header.vault_id
                or manifest.get("head") != {"seq": header.head_seq, "hash": header.head_hash}
                or manifest.get("schema") != header.schema
            ):
                raise BackupDamaged(path=str(path), reason=MANIFEST_MISMATCH)
            db_digest = hashlib.sha256()

            def blocks() -> Iterator[bytes]:
                for block in reader.blocks(int(manifest["db_size"])):
                    db_digest.update(block)
                    yield block

            if sink is None:
                for _ in blocks():
                    pass
            else:
                sink(blocks(), int(manifest["db_size"]))
            reader.finish()
            if db_digest.hexdigest() != manifest["db_sha256"]:
                raise BackupDamaged(path=str(path), reason=HASH_MISMATCH)
    except OSError as exc:
        raise BackupDamaged(path=str(path), reason=_reason(exc)) from None
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise BackupDamaged(path=str(path), reason=MANIFEST_MISMATCH) from None
    return Contents(header, manifest, slot_bytes, opened.data_key)


def verify_file(path: Path, unlock: Unlock) -> Contents:
    """The file is whole and authentic: SHA-256, every chunk, manifest against header, the
    snapshot's SHA-256. Writes nothing anywhere."""
    return _open_stream(Path(path), unlock, None)


@dataclass(frozen=True)
class Checked:
    """What a restore or a drill proved about the restored copy."""

    header: Header
    manifest: dict[str, Any]
    counts: dict[str, int]
    events: int
    sampled: int  # attachments whose content was hashed again
    path: Path | None = None  # the restored database (None after a drill)
    operators: list[str] = field(default_factory=list)


def _data_key_for(contents: Contents, unlock: Unlock, path: Path) -> bytes:
    if contents.data_key is not None:
        return contents.data_key
    raise BackupKeyRefused(path=str(path))


def check_database(db: Path, data_key: bytes, manifest: dict[str, Any]) -> tuple[int, int]:
    """The restored copy against its manifest: pages, every table's count, the chain (whole,
    every hash recomputed) ending at the recorded head, a sample of attachments hashed again.
    Returns (events checked, attachments sampled)."""
    with closing(connect_raw(db, data_key, read_only=True)) as conn:
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise RestoreCheckFailed(PAGES_BAD)
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            facts = _facts(conn)
            sample = []
            if "attachment" in facts["counts"] and "attachment_content" in facts["counts"]:
                sample = conn.execute(
                    "SELECT a.id, a.sha256, c.data FROM attachment a "
                    "JOIN attachment_content c ON c.attachment_id = a.id "
                    "ORDER BY random() LIMIT ?",
                    (SAMPLE_ATTACHMENTS,),
                ).fetchall()
        except sqlcipher.DatabaseError:
            raise RestoreCheckFailed(PAGES_BAD) from None
    if pages * PAGE_SIZE != db.stat().st_size:
        raise RestoreCheckFailed(PAGES_BAD)
    expected = manifest["counts"]
    differ = sorted(
        t for t in set(expected) | set(facts["counts"]) if expected.get(t) != facts["counts"].get(t)
    )
    if differ:
        raise RestoreCheckFailed(COUNTS_DIFFER, ", ".join(differ))
    if facts["head"] != manifest["head"] or facts["schema"] != manifest["schema"]:
        raise RestoreCheckFailed(HEAD_DIFFERS)
    for attachment_id, sha, data in sample:
        if hashlib.sha256(data).hexdigest() != sha:
            raise RestoreCheckFailed(SAMPLE_BAD, str(attachment_id))
    engine = make_engine(db, data_key, read_only=True)
    try:
        with Session(engine) as session:
            result = audit.verify(session)
    finally:
        engine.dispose()
    if not result.ok:
        raise RestoreCheckFailed(CHAIN_BROKEN, str(result.broken_seq))
    return result.count, len(sample)


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + s) for s in ("-journal", "-wal", "-shm")]


def restore(path: Path, to: Path, unlock: Unlock, operator: str = "") -> Checked:
    """Restore into a NEW database file `to` (never over an existing one), with the slot file
    the backup holds (the operators' passwords as they were then). Checked before it appears
    under its name: a failed check deletes the copy and leaves nothing at `to`. With
    `operator`, the copy's chain records, after the head it was checked against, that it was
    restored from this backup (`vault.restored`)."""
    path, to = Path(path), Path(to)
    keys_target = KeySlotFile.path_for(to)
    if to.exists() or any(p.exists() for p in _sidecars(to)):
        raise TargetExists(path=str(to))
    header = read_header(path)
    if keys_target.exists() and not _leftover_keys(keys_target, header.vault_id):
        raise TargetExists(path=str(keys_target))
    try:
        to.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FolderUnavailable(folder=str(to.parent), reason=_reason(exc)) from None
    temp = to.with_name(to.name + ".restoring")
    for leftover in (temp, *_sidecars(temp)):
        with suppress(FileNotFoundError):
            leftover.unlink()

    def sink(blocks: Iterator[bytes], _size: int) -> None:
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)  # fmt: skip
        except PermissionError:
            raise FileLocked(path=str(temp)) from None
        except OSError as exc:
            raise WriteFailed(path=str(temp), reason=_reason(exc)) from None
        try:
            with open(fd, "wb") as out:
                for block in blocks:
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise WriteFailed(path=str(temp), reason=_reason(exc)) from None

    try:
        contents = _open_stream(path, unlock, sink)
        data_key = _data_key_for(contents, unlock, path)
        crash_point(RESTORE_AFTER_PAYLOAD)
        events, sampled = check_database(temp, data_key, contents.manifest)
        if contents.slot_bytes and not _slots_match(contents.slot_bytes, data_key, header):
            raise RestoreCheckFailed(KEYS_DIFFER)
        with closing(connect_raw(temp, data_key)) as conn:
            set_wal(conn)  # the journal mode lives in the header, which the export does not copy
        if operator:
            _mark_restored(temp, data_key, operator, header)
        for side in _sidecars(temp):
            with suppress(FileNotFoundError):
                side.unlink()  # the empty WAL the mode switch left
        crash_point(RESTORE_AFTER_CHECK)
        if contents.slot_bytes:
            write_atomic(keys_target, contents.slot_bytes, private=True)
        crash_point(RESTORE_AFTER_KEYS)
        if to.exists():
            raise TargetExists(path=str(to))
        _rename(temp, to)
    except BaseException:
        for leftover in (temp, *_sidecars(temp)):
            with suppress(OSError):
                leftover.unlink()
        raise
    crash_point(RESTORE_AFTER_RENAME)
    return Checked(
        header,
        contents.manifest,
        contents.manifest["counts"],
        events,
        sampled,
        to,
        list(contents.manifest.get("operators", [])),
    )


def _mark_restored(db: Path, data_key: bytes, operator: str, header: Header) -> None:
    engine = make_engine(db, data_key)
    try:
        with Session(engine) as session, session.begin():
            audit.append(
                session, operator, "vault.restored", "vault", header.vault_id,
                after={"backup_id": header.backup_id, "created_at": header.created_at,
                       "head_seq": header.head_seq},
            )  # fmt: skip
    finally:
        engine.dispose()
    with closing(connect_raw(db, data_key)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _leftover_keys(keys_path: Path, vault_id: str) -> bool:
    """A slot file at the target with no database beside it, left by a restore of this very
    vault that died before its last rename: it may be replaced."""
    try:
        return json.loads(keys_path.read_text("utf-8")).get("vault_id") == vault_id
    except (OSError, ValueError, AttributeError):
        return False


def _slots_match(slot_bytes: bytes, data_key: bytes, header: Header) -> bool:
    try:
        raw = json.loads(slot_bytes.decode("utf-8"))
        slots = KeySlotFile(Path(""), str(raw["vault_id"]), str(raw["key_check"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return False
    return slots.vault_id == header.vault_id and slots.matches(data_key)


def drill(path: Path, unlock: Unlock) -> Checked:
    """Restore drill (003 §9.6.2 g): restore into a scratch folder (still encrypted), check
    counts, chain and a sample of records, delete the copy. The caller records the drill."""
    work = scratch("drill")
    try:
        checked = restore(path, work / "drill.tsdesk", unlock)
        crash_point(DRILL_AFTER_RESTORE)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    crash_point(DRILL_AFTER_DELETE)
    return Checked(
        checked.header, checked.manifest, checked.counts, checked.events, checked.sampled,
        None, checked.operators,
    )  # fmt: skip
