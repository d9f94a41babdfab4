"""Backups as a policy (003 §7.2, §9.6.2 d–g): where, how often, how many generations, when
last made and last proved by a restore drill; every backup, check, drill and restore audited.

The file format, the snapshot and the restore itself are in `tsdesk/vault/backup.py`.
What was done last is kept in two rows of `setting` (not declared settings: notes written
in the same transaction as the event that records them), so the 工作台 reminders are two
primary-key reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import AuditEvent, Setting
from tsdesk.services import reminders, settings
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.settings import machine_get
from tsdesk.vault import Actor, UnitOfWork, Vault, rekey
from tsdesk.vault import backup as vault_backup

LAST_BACKUP = "backup.last_created"
LAST_CHECK = "backup.last_checked"  # the last verify or restore drill
FOLDER = "backup_folder"  # a machine setting: the stick or share is this PC's

AUDIT_LABELS = Labels(
    actions={
        "backup": QT_TRANSLATE_NOOP("audit", "备份"),
        "backup.create": QT_TRANSLATE_NOOP("audit", "制作备份"),
        "backup.failed": QT_TRANSLATE_NOOP("audit", "备份未完成"),
        "backup.prune": QT_TRANSLATE_NOOP("audit", "删除过期备份"),
        "backup.verify": QT_TRANSLATE_NOOP("audit", "校验备份"),
        "backup.drill": QT_TRANSLATE_NOOP("audit", "恢复演练"),
        "backup.restore": QT_TRANSLATE_NOOP("audit", "从备份恢复"),
        "vault.restored": QT_TRANSLATE_NOOP("audit", "由备份恢复而成"),
        "read.backup": QT_TRANSLATE_NOOP("audit", "制作备份（只读打开时）"),
    },
    entities={
        "backup": QT_TRANSLATE_NOOP("audit", "备份"),
    },
    fields={
        "file": QT_TRANSLATE_NOOP("audit", "文件"),
        "folder": QT_TRANSLATE_NOOP("audit", "位置"),
        "head_seq": QT_TRANSLATE_NOOP("audit", "审计链末端序号"),
        "head_hash": QT_TRANSLATE_NOOP("audit", "审计链末端哈希"),
        "sha256": QT_TRANSLATE_NOOP("audit", "SHA-256"),
        "size": QT_TRANSLATE_NOOP("audit", "大小（字节）"),
        "rows": QT_TRANSLATE_NOOP("audit", "记录数"),
        "attachments": QT_TRANSLATE_NOOP("audit", "附件数"),
        "created_at": QT_TRANSLATE_NOOP("audit", "备份时间"),
        "events": QT_TRANSLATE_NOOP("audit", "已校验事件数"),
        "sampled": QT_TRANSLATE_NOOP("audit", "抽查附件数"),
        "chain_extends": QT_TRANSLATE_NOOP("audit", "当前审计链包含备份时的末端"),
        "to": QT_TRANSLATE_NOOP("audit", "恢复到"),
        "removed": QT_TRANSLATE_NOOP("audit", "已删除"),
        "reason": QT_TRANSLATE_NOOP("audit", "原因"),
        "backup_id": QT_TRANSLATE_NOOP("audit", "备份编号"),
    },
    quiet=frozenset({"backup_id", "head_hash", "sha256"}),
)

NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "尚未选择备份位置。请在“备份”页选择一个文件夹（如 U 盘或网络共享）。"
)
OTHER_VAULT = QT_TRANSLATE_NOOP(
    "errors", "备份 {path} 属于另一个数据库，不能在此数据库中演练或校验。"
)


# --- notes: when last made, when last proved -----------------------------------------------


def _note(session: Session, key: str) -> dict[str, Any] | None:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    try:
        return json.loads(value) if value else None
    except ValueError:
        return None


def _write_note(session: Session, key: str, value: dict[str, Any] | None) -> None:
    if value is None:
        row = session.get(Setting, key)
        if row is not None:
            session.delete(row)
        return
    session.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))


def last_backup(session: Session) -> dict[str, Any] | None:
    """{at (UTC ISO), file, folder, head_seq} of the last backup made, or None."""
    return _note(session, LAST_BACKUP)


def last_check(session: Session) -> dict[str, Any] | None:
    """{at, kind ("verify" | "drill"), file} of the last check of a backup, or None."""
    return _note(session, LAST_CHECK)


def _local_date(iso: str) -> date:
    return datetime.fromisoformat(iso).astimezone().date()


def _age_days(note: dict[str, Any] | None, today: date) -> int | None:
    if not note:
        return None
    try:
        return (today - _local_date(note["at"])).days
    except (KeyError, ValueError, TypeError):
        return None


def backup_overdue(session: Session, today: date) -> int:
    """1 when no backup was made within `backup_interval_days` (or ever)."""
    age = _age_days(last_backup(session), today)
    return int(age is None or age >= settings.get(session, "backup_interval_days"))


def check_overdue(session: Session, today: date) -> int:
    """1 when no backup was verified or drilled within `backup_verify_days` (or ever)."""
    age = _age_days(last_check(session), today)
    return int(age is None or age >= settings.get(session, "backup_verify_days"))


def auto_due(session: Session, today: date | None = None) -> bool:
    """An automatic backup is due (the folder is set and the interval has passed)."""
    if not machine_get(FOLDER):
        return False
    return bool(backup_overdue(session, today or date.today()))


# --- making one --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Made:
    path: Path
    header: vault_backup.Header
    manifest: dict[str, Any]
    removed: tuple[Path, ...] = ()


def folder_or_setting(folder: Path | str | None) -> Path:
    chosen = folder or machine_get(FOLDER)
    if not chosen:
        raise ValidationError(NO_FOLDER)
    return Path(chosen)


def create(
    vault: Vault, actor: Actor, folder: Path | str | None = None, now: datetime | None = None
) -> Made:
    """Snapshot, encrypt, write, audit, rename into place, then prune to the generations kept.
    A failure before the rename leaves no new file and every earlier generation as it was."""
    require(actor, Permission.EXPORT)
    target = folder_or_setting(folder)
    vault_id = vault.ensure_keyfile().vault_id
    pending = vault_backup.prepare(vault.path, vault.data_key, target, vault_id=vault_id, now=now)
    header, manifest = pending.header, pending.manifest
    after = {
        "file": pending.final.name,
        "folder": str(target),
        "head_seq": header.head_seq,
        "head_hash": header.head_hash,
        "sha256": header.payload_sha256,
        "size": header.payload_size,
        "rows": sum(n for t, n in manifest["counts"].items() if t != "audit_event"),
        "attachments": manifest["attachments"]["count"],
        "backup_id": header.backup_id,
    }
    note = {
        "at": header.created_at,
        "file": pending.final.name,
        "folder": str(target),
        "head_seq": header.head_seq,
    }
    if vault.read_only:  # another TSDesk writes: journalled as a read, moved in by the next writer
        try:
            pending.commit()
        except BaseException:
            pending.discard()
            raise
        vault.record_read(actor, "read.backup", "backup", header.backup_id, after=after)
        return Made(pending.final, header, manifest)
    try:
        with vault.unit_of_work(actor) as uow:
            previous = _note(uow.session, LAST_BACKUP)
            uow.record("backup.create", "backup", header.backup_id, after=after)
            _write_note(uow.session, LAST_BACKUP, note)
    except BaseException:
        pending.discard()
        raise
    try:
        pending.commit()
    except vault_backup.BackupError as err:
        with vault.unit_of_work(actor) as uow:  # the event said "made": say it was not
            uow.record(
                "backup.failed", "backup", header.backup_id,
                after={"file": pending.final.name, "reason": err.message},
            )  # fmt: skip
            _write_note(uow.session, LAST_BACKUP, previous)
        raise
    with vault.reader() as session:
        keep = int(settings.get(session, "backup_generations"))
    removed = vault_backup.prune(target, vault_id, keep)
    if removed:
        with vault.unit_of_work(actor) as uow:
            uow.record(
                "backup.prune", "backup", header.backup_id,
                after={"folder": str(target), "removed": [p.name for p in removed]},
            )  # fmt: skip
    return Made(pending.final, header, manifest, tuple(removed))


# --- listing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listed:
    path: Path
    header: vault_backup.Header
    size: int
    this_vault: bool


def listing(folder: Path | str, vault_id: str | None = None) -> list[Listed]:
    """Every backup in the folder, newest first (no key needed: the plain headers)."""
    target = vault_backup.check_folder(Path(folder))
    out = []
    for header, path in vault_backup.backups_in(target):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        out.append(Listed(path, header, size, vault_id is None or header.vault_id == vault_id))
    return out


# --- proving one: verify, drill, restore ---------------------------------------------------


def _keys(db: Path, data_key: bytes) -> tuple[bytes, ...]:
    """The live data key, and during an unconfirmed rekey the other key of the pair."""
    return rekey.candidate_keys(db, data_key)


def chain_extends(session: Session, header: vault_backup.Header) -> bool:
    """Today's chain still holds the head the backup recorded (an anchor, issue 17 §2)."""
    if header.head_seq == 0:
        return True
    stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == header.head_seq))
    return stored == header.head_hash


@dataclass(frozen=True)
class Proved:
    kind: str  # "verify" | "drill"
    header: vault_backup.Header
    manifest: dict[str, Any]
    events: int  # audit events recomputed in the restored copy (0 for a verify)
    sampled: int
    chain_extends: bool


def _same_vault(vault_id: str, path: Path) -> vault_backup.Header:
    header = vault_backup.read_header(path)
    if header.vault_id != vault_id:
        raise ValidationError(OTHER_VAULT, path=str(path))
    return header


def _record_check(uow: UnitOfWork, proved: Proved, path: Path) -> None:
    after = {
        "file": Path(path).name,
        "created_at": proved.header.created_at,
        "head_seq": proved.header.head_seq,
        "rows": sum(n for t, n in proved.manifest["counts"].items() if t != "audit_event"),
        "events": proved.events,
        "sampled": proved.sampled,
        "chain_extends": proved.chain_extends,
        "backup_id": proved.header.backup_id,
    }
    note = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "kind": proved.kind,
            "file": Path(path).name}  # fmt: skip
    uow.record(f"backup.{proved.kind}", "backup", proved.header.backup_id, after=after)
    _write_note(uow.session, LAST_CHECK, note)


def verify(vault: Vault, actor: Actor, path: Path, password: str = "") -> Proved:
    """The file is whole and opens (every chunk authenticated, hashes, manifest); audited."""
    require(actor, Permission.READ)
    path = Path(path)
    header = _same_vault(vault.ensure_keyfile().vault_id, path)
    unlock = vault_backup.Unlock(_keys(vault.path, vault.data_key), actor.name, password)
    contents = vault_backup.verify_file(path, unlock)
    with vault.unit_of_work(actor) as uow:
        extends = chain_extends(uow.session, header)
        proved = Proved("verify", header, contents.manifest, 0, 0, extends)
        _record_check(uow, proved, path)
    return proved


def drill(vault: Vault, actor: Actor, path: Path, password: str = "") -> Proved:
    """Restore drill (003 §9.6.2 g): restored into a scratch folder (still encrypted),
    counts, the whole chain and a sample of attachments checked, the copy deleted; audited
    and noted as the last check."""
    require(actor, Permission.READ)
    path = Path(path)
    header = _same_vault(vault.ensure_keyfile().vault_id, path)
    unlock = vault_backup.Unlock(_keys(vault.path, vault.data_key), actor.name, password)
    checked = vault_backup.drill(path, unlock)
    with vault.unit_of_work(actor) as uow:
        extends = chain_extends(uow.session, header)
        proved = Proved("drill", header, checked.manifest, checked.events, checked.sampled, extends)
        _record_check(uow, proved, path)
    return proved


def restore(
    path: Path,
    to: Path,
    *,
    vault: Vault | None = None,
    actor: Actor | None = None,
    operator: str = "",
    password: str = "",
    recovery_key: bytes | None = None,
) -> vault_backup.Checked:
    """Restore into a NEW file. With the live vault open (the GUI), its keys open the backup
    and the restore is audited there too; without (the CLI on a new PC), the operator's
    password of the time or the recovery key of the time does."""
    if actor is not None:
        require(actor, Permission.MANAGE_KEYS)
    keys = _keys(vault.path, vault.data_key) if vault is not None else ()
    if recovery_key is not None:
        keys = (recovery_key, *keys)
    unlock = vault_backup.Unlock(keys, operator, password)
    who = actor.name if actor else (operator or "recovery-key")
    checked = vault_backup.restore(Path(path), Path(to), unlock, operator=who)
    if vault is not None and actor is not None and not vault.read_only:
        with vault.unit_of_work(actor) as uow:
            uow.record(
                "backup.restore", "backup", checked.header.backup_id,
                after={"file": Path(path).name, "to": str(to),
                       "head_seq": checked.header.head_seq},
            )  # fmt: skip
    return checked


# --- reminders on the 工作台 ------------------------------------------------------------------

reminders.register(
    Reminder(
        key="backup.overdue",
        title=QT_TRANSLATE_NOOP("reminders", "备份已超过规定间隔或从未备份"),
        severity=Severity.OVERDUE,
        count=backup_overdue,
        page="backup",
        hint=QT_TRANSLATE_NOOP(
            "reminders", "最近一次备份早于备份间隔（设置见“备份”页），或从未制作过备份。"
        ),
        order=92,
    )
)
reminders.register(
    Reminder(
        key="backup.unchecked",
        title=QT_TRANSLATE_NOOP("reminders", "备份未做恢复演练或校验"),
        severity=Severity.DUE,
        count=check_overdue,
        page="backup",
        hint=QT_TRANSLATE_NOOP(
            "reminders", "在规定天数内没有对备份做过校验或恢复演练，备份能否恢复尚未证实。"
        ),
        order=93,
    )
)
