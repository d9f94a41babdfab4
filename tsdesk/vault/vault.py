"""The encrypted vault: create, unlock, open read-only, rekey, and units of work."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tsdesk.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseNotWritable,
    ReadOnlyError,
    TooManyAttempts,
    ValidationError,
    VaultError,
    WrongPassword,
    WrongRecoveryKey,
)
from tsdesk.models import CompanyProfile, Operator, Role
from tsdesk.vault import anchors, attempts, audit, migrate, reads, rekey, slots
from tsdesk.vault.banner import DEFAULT_NOTICE
from tsdesk.vault.banner import from_database as banner_from_database
from tsdesk.vault.credentials import RECOVERY_ACTOR, validate_name, validate_password
from tsdesk.vault.engine import (
    PAGE_SIZE,
    WRITING,
    connect_raw,
    make_engine,
    set_wal,
    storage_error,
    writable,
)
from tsdesk.vault.keys import (
    KdfParams,
    KeySlotFile,
    SlotFileMismatch,
    format_recovery_key,
    new_data_key,
    parse_recovery_key,
)
from tsdesk.vault.lock import WriterLock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Actor:
    """The operator on whose behalf a unit of work runs."""

    name: str
    role: Role
    operator_id: int | None = None


def _check_file(path: Path) -> None:
    if not path.exists():
        raise DatabaseMissing(path=str(path))
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseDamaged(path=str(path))


def _storage_problem(exc: sqlcipher.DatabaseError, path: Path) -> None:
    """Raise the clear message for a full disk, a read-only file or an I/O error: those are
    no sign of a wrong key or a damaged file."""
    error = storage_error(exc, path)
    if error is not None and not isinstance(error, DatabaseDamaged):
        raise error from None


def _probe(path: Path, data_key: bytes) -> str | None:
    """None when the key opens an intact file; otherwise 'key' or 'damaged'."""
    try:
        conn = connect_raw(path, data_key, read_only=not writable(path))
    except sqlcipher.DatabaseError as exc:
        _storage_problem(exc, path)
        return "damaged"
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    except sqlcipher.DatabaseError as exc:
        _storage_problem(exc, path)
        return "key"
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    if wal_empty and page_count * PAGE_SIZE > path.stat().st_size:
        return "damaged"  # the header counts pages the file no longer has: truncated
    return None


class Vault:
    """An open, decrypted database. Hold one per application window."""

    def __init__(
        self, path: Path, data_key: bytes, keyfile: KeySlotFile | None, *, read_only: bool
    ) -> None:
        self.path = Path(path)
        self._data_key = data_key
        self.keyfile = keyfile
        self.read_only = read_only
        self.engine: Engine = make_engine(self.path, data_key, read_only=read_only)
        self._lock: WriterLock | None = None
        self.stale_lock_cleared = False
        # The slot file's recorded head checked at open, when it failed (vault/anchors.py).
        self.head_warning: anchors.AnchorCheck | None = None

    # --- creation ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        *,
        company: str,
        admin_name: str,
        admin_password: str,
        admin_display_name: str = "",
        notice: str | None = None,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, Actor, str]:
        """A new database with its first admin. Returns (vault, admin actor, recovery key)."""
        path = Path(path)
        if not company.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写企业名称"))
        validate_name(admin_name)
        validate_password(admin_password)
        if path.exists() or KeySlotFile.path_for(path).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "文件 {path} 已存在，不会覆盖。请另选位置。"),
                path=str(path),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        data_key = new_data_key()
        conn = connect_raw(path, data_key)
        set_wal(conn)
        conn.close()
        try:
            vault = cls(path, data_key, None, read_only=False)
            vault._take_lock(admin_name)
            migrate.upgrade(vault.engine, path)
            keyfile = KeySlotFile.new(path, data_key)
            keyfile.set_banner(
                {"company": company.strip(), "notice": notice or DEFAULT_NOTICE}, data_key
            )
            keyfile.set_password(admin_name, admin_password, data_key, kdf)
            with Session(vault.engine) as session, session.begin():
                admin = Operator(name=admin_name, display_name=admin_display_name, role=Role.ADMIN)
                session.add(admin)
                session.flush()
                session.add(CompanyProfile(id=1, org_name=company.strip()))
                audit.append(session, admin_name, "vault.create", "vault", keyfile.vault_id)
                audit.append(
                    session,
                    admin_name,
                    "operator.add",
                    "operator",
                    admin.id,
                    after={"name": admin_name, "role": Role.ADMIN.value},
                )
                actor = Actor(admin_name, Role.ADMIN, admin.id)
            keyfile.save()
            vault.keyfile = keyfile
        except BaseException:
            with suppress(NameError):
                vault.close()
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                with suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        return vault, actor, format_recovery_key(data_key)

    # --- unlock -----------------------------------------------------------------------------
    @classmethod
    def unlock(
        cls, path: Path, operator: str, password: str, *, read_only: bool = False
    ) -> tuple[Vault, Actor]:
        path = Path(path)
        _check_file(path)
        keyfile = KeySlotFile.load(path)
        with attempts.guarded(path, operator, "password"):  # sleeps first while throttled
            data_key = keyfile.unwrap_password(operator, password)
            vault, actor = cls._open(path, data_key, keyfile, operator, read_only=read_only)
        if not read_only and keyfile.slots_to_upgrade(operator):
            try:  # bind the slot's parameters now that the password is at hand
                keyfile.upgrade_password_slot(operator, password)
                keyfile.save()
            except BaseException:
                vault.close()
                raise
        return vault, actor

    @classmethod
    def unlock_with_keyring(
        cls, path: Path, operator: str, *, read_only: bool = False
    ) -> tuple[Vault, Actor]:
        path = Path(path)
        _check_file(path)
        keyfile = KeySlotFile.load(path)
        data_key = keyfile.unwrap_keyring(operator)
        return cls._open(path, data_key, keyfile, operator, read_only=read_only)

    @classmethod
    def unlock_with_recovery_key(
        cls, path: Path, recovery_key: str, *, read_only: bool = False
    ) -> tuple[Vault, Actor]:
        """Opens whatever the key-slot file says (lost, damaged, stale, another vault's): the
        database itself decides; acts as `recovery-key` with admin rights."""
        path = Path(path)
        data_key = parse_recovery_key(recovery_key)
        _check_file(path)
        keyfile = KeySlotFile.try_load(path)
        # A slot file that is not this key's is ignored: the database alone tells a wrong
        # key. During a rekey both the old and the new key are this vault's (vault/rekey.py).
        if keyfile is not None and not (keyfile.matches(data_key) or rekey.accepts(path, data_key)):
            keyfile = None
        with attempts.guarded(path, RECOVERY_ACTOR, "recovery key"):
            return cls._open(path, data_key, keyfile, RECOVERY_ACTOR, read_only=read_only)

    @classmethod
    def _open(
        cls,
        path: Path,
        data_key: bytes,
        keyfile: KeySlotFile | None,
        operator: str,
        *,
        read_only: bool,
    ) -> tuple[Vault, Actor]:
        if not read_only and not writable(path):
            raise DatabaseNotWritable(path=str(path), operator="", machine="", since="")
        # Only the writer, holding the lock, may undo an interrupted rekey (vault/rekey.py).
        lock = None if read_only else WriterLock(path)
        if lock:
            lock.acquire(operator)
        try:
            keys = rekey.candidate_keys(path, data_key)
            if keyfile is None and len(keys) > 1:  # the slots may hold the rekey's other key
                keyfile = rekey.slot_file_for(path, keys)
            if lock:
                rekey.recover(path, keyfile, keys)
            problems = [_probe(path, key) for key in keys]
            if None not in problems:
                if "key" in problems:
                    if keyfile is None:
                        raise WrongRecoveryKey()  # (counted by the caller's attempts.guarded)
                    if not any(keyfile.matches(k) for k in keys):
                        raise SlotFileMismatch(path=str(keyfile.path))  # it contradicts itself
                raise DatabaseDamaged(path=str(path))
            vault = cls(path, keys[problems.index(None)], keyfile, read_only=read_only)
        except BaseException:
            if lock:
                lock.release()
            raise
        vault._lock = lock
        vault.stale_lock_cleared = bool(lock and lock.stale_cleared)
        try:
            if not read_only:
                migrate.upgrade(vault.engine, path)
            elif migrate.pending(vault.engine):
                raise VaultError(
                    QT_TRANSLATE_NOOP(
                        "errors", "数据库需要升级架构，只读方式无法打开。请以读写方式打开一次。"
                    )
                )
            vault._check_recorded_head()
            actor = vault._login(operator)
            vault._note_head_warning(actor)
            if not read_only and keyfile is not None:
                vault._check_banner(keyfile, actor)
                with vault.unit_of_work(actor) as uow:
                    slots.reconcile(uow)
        except BaseException:
            vault.close()
            raise
        return vault, actor

    def _check_recorded_head(self) -> None:
        """Before anything is written: does the chain still contain the head the slot file
        recorded at the last commit? Shorter (the newest events removed, an older copy of the
        file put back) or different (rewritten) is a warning at login and in `audit verify`."""
        with self.reader() as session:
            found = anchors.check_keyfile(session, self.keyfile, self._data_key)
        self.head_warning = found if found is not None and not found.ok else None

    def _note_head_warning(self, actor: Actor) -> None:
        """Put the failed check into the chain itself: the slot file's head moves on at the
        next commit, the event that says what it was stays."""
        found = self.head_warning
        if found is None or self.read_only:
            return
        anchor = found.anchor
        with Session(self.engine) as session, session.begin():
            current = audit.head(session)
            audit.append(
                session, actor.name, "vault.head_mismatch", "vault",
                self.keyfile.vault_id if self.keyfile else "",
                before={"seq": anchor.seq, "hash": anchor.hash, "time": anchor.at},
                after={"seq": current.seq, "hash": current.hash, "reason": found.problem},
            )  # fmt: skip

    def _record_head(self, head: audit.ChainHead) -> None:
        """The head into the slot file after a commit (keys.KeySlotFile.record_head). A slot
        file that cannot be written costs this anchor, never the commit already made."""
        if self.keyfile is None or self.read_only:
            return
        try:
            at = datetime.now(UTC).isoformat(timespec="seconds")
            KeySlotFile.record_head(self.path, self._data_key, head.seq, head.hash, at)
        except OSError as exc:
            log.warning("chain head not recorded in the key-slot file: %s", exc)

    def _check_banner(self, keyfile: KeySlotFile, actor: Actor) -> None:
        """Sign the banner of an older slot file; restore an altered one from the database."""
        if keyfile.banner_authentic(self._data_key):
            return
        banner = keyfile.banner
        if keyfile.banner_check:  # signed once, changed since: not by TSDesk
            banner = self._banner_from_database()
            with Session(self.engine) as session, session.begin():
                audit.append(
                    session, actor.name, "vault.banner_restored", "vault", keyfile.vault_id,
                    before=keyfile.banner, after=banner,
                )  # fmt: skip
        keyfile.set_banner(banner, self._data_key)
        keyfile.save()

    def _take_lock(self, operator: str) -> None:
        lock = WriterLock(self.path)
        lock.acquire(operator)
        self._lock = lock
        self.stale_lock_cleared = lock.stale_cleared

    def _login(self, operator: str) -> Actor:
        """Resolve the operator, move pending failed attempts into the chain, audit the login."""
        with Session(self.engine) as session, session.begin():
            if operator == RECOVERY_ACTOR:
                actor = Actor(RECOVERY_ACTOR, Role.ADMIN)
            else:
                row = session.scalar(select(Operator).where(Operator.name == operator))
                if row is None or not row.active:
                    raise WrongPassword()
                actor = Actor(row.name, row.role, row.id)
            if self.read_only:
                # Nothing can be written: failures stay pending for a writer, and so does
                # this login, journalled beside the database.
                reads.note(
                    self.path, actor.name, "login.read_only", "operator", actor.operator_id or ""
                )
                return actor
            pending = attempts.unaudited(self.path)
            for failed in pending:
                audit.append(
                    session,
                    failed["operator"],
                    # a wrong approver password in the four-eyes dialog is not a failed login
                    "approval.password_failed"
                    if failed["reason"] == "approval"
                    else "login.failed",
                    "operator",
                    failed["operator"],
                    after={
                        "time": failed["time"],
                        "machine": failed.get("machine", ""),
                        "reason": failed.get("reason", ""),
                    },
                )
            taken = reads.move_into_chain(session, self.path)
            if self.stale_lock_cleared:
                audit.append(session, actor.name, "vault.stale_lock_cleared", "vault", "")
            audit.append(session, actor.name, "login", "operator", actor.operator_id or "")
        attempts.mark_audited(self.path, [e["id"] for e in pending])
        reads.done(taken)
        self.stale_lock_cleared = False
        return actor

    def verify_password(self, operator: str, password: str, reason: str = "password") -> Actor:
        """Re-check an operator's password against this vault (unlock screen, four-eyes).
        A wrong one is kept with `reason` ("approval" from four-eyes) for the audit chain."""
        if self.keyfile is None:
            raise WrongPassword()
        wait = attempts.seconds_to_wait(self.path, operator)
        if wait:
            raise TooManyAttempts(seconds=int(wait) + 1)
        try:
            key = self.keyfile.unwrap_password(operator, password)
        except WrongPassword:
            attempts.record_failure(self.path, operator, reason)
            raise
        if key != self._data_key:
            raise WrongPassword()
        attempts.clear(self.path, operator)
        with Session(self.engine) as session:
            row = session.scalar(select(Operator).where(Operator.name == operator))
            if row is None or not row.active:
                raise WrongPassword()
            return Actor(row.name, row.role, row.id)

    def relogin(self, operator: str, password: str) -> Actor:
        """Unlock the window again (possibly as another operator); audited as a login."""
        self.verify_password(operator, password)
        if self._lock:
            self._lock.update_operator(operator)
        return self._login(operator)

    # --- units of work ----------------------------------------------------------------------
    @contextmanager
    def unit_of_work(self, actor: Actor) -> Iterator[UnitOfWork]:
        """One transaction: the change and its audit events commit together or not at all."""
        if self.read_only:
            raise ReadOnlyError()
        with self.writer(expire_on_commit=False) as session:
            with session.begin():
                uow = UnitOfWork(self, session, actor)
                yield uow
                head = audit.head(session)
            for step in uow.after_commit:  # e.g. the slot file, saved only once audited
                step()
            self._record_head(head)

    def record_read(
        self,
        actor: Actor,
        action: str,
        entity_type: str = "",
        entity_id: str | int = "",
        after=None,
    ) -> None:
        """Audit a read (`read.*`): in the chain when writable, else journalled for the next
        writable open (reads.py)."""
        if self.read_only:
            reads.note(self.path, actor.name, action, entity_type, entity_id, after)
            return
        with self.unit_of_work(actor) as uow:
            uow.record(action, entity_type, entity_id, after=after)

    @contextmanager
    def writer(self, **kwargs: Any) -> Iterator[Session]:
        """A session whose transactions take the write lock when they begin (engine.WRITING):
        writers on other connections queue behind it rather than fail."""
        if self.read_only:
            raise ReadOnlyError()
        with Session(self.engine.execution_options(**{WRITING: True}), **kwargs) as session:
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @property
    def data_key(self) -> bytes:
        return self._data_key

    def chain_head(self) -> audit.ChainHead:
        with self.reader() as session:
            return audit.head(session)

    # --- key management -------------------------------------------------------------------
    def ensure_keyfile(self) -> KeySlotFile:
        """The slot file; after a recovery-key open with the file lost, a new one."""
        if self.keyfile is None:
            keyfile = KeySlotFile.new(self.path, self._data_key)
            keyfile.set_banner(self._banner_from_database(), self._data_key)
            self.keyfile = keyfile
        return self.keyfile

    def _banner_from_database(self) -> dict[str, str]:
        with self.reader() as session:
            return banner_from_database(session)

    def rekey(self, operator: str) -> str:
        """New data key, every slot resealed, audited as `operator`; returns the new recovery
        key. The old key keeps working until `confirm_rekey`: show the key first. Calling it
        again before confirming returns the same key. The protocol is in vault/rekey.py."""
        if self.read_only:
            raise ReadOnlyError()
        new_key = rekey.run(self, operator)
        if new_key != self._data_key:
            self._data_key = new_key
            self.engine = make_engine(self.path, new_key, read_only=self.read_only)
        return format_recovery_key(new_key)

    @property
    def rekey_pending(self) -> bool:
        """A rekey finished but its new key was never confirmed: the old key still opens."""
        return rekey.accepts(self.path, self._data_key)

    def confirm_rekey(self) -> None:
        """The new recovery key was shown and kept: the old one stops working."""
        if self.read_only:
            raise ReadOnlyError()
        rekey.confirm(self.path)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock:
            self._lock.release()
            self._lock = None


@dataclass
class UnitOfWork:
    vault: Vault
    session: Session
    actor: Actor
    after_commit: list[Callable[[], None]] = field(default_factory=list)
    keyfile_copy: KeySlotFile | None = None  # the slot file as this unit changes it
    keyfile_crash_points: list[str] = field(default_factory=list)

    def record(
        self,
        action: str,
        entity_type: str = "",
        entity_id: str | int = "",
        before: Any = None,
        after: Any = None,
    ) -> None:
        audit.append(self.session, self.actor.name, action, entity_type, entity_id, before, after)
