"""Key management: rekey and the recovery sheet."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import AuditEvent
from tsdesk.services import audit_replay, reminders
from tsdesk.services.audit_replay import ReplayResult
from tsdesk.services.permissions import Permission, require
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import Actor, Vault, anchors, audit
from tsdesk.vault.anchors import Anchor, AnchorCheck

log = logging.getLogger(__name__)


def rekey(vault: Vault, actor: Actor) -> str:
    """New data key, every slot resealed; returns the new recovery key to show.

    The `vault.rekey` event is written into the new copy itself, so it exists exactly when
    the new key is in force. The old recovery key keeps working until `confirm_rekey`, which
    the caller runs once the user has the new key. Asked again before that (a crash, a
    dismissed dialog), it returns the same unconfirmed key instead of starting over.
    """
    require(actor, Permission.MANAGE_KEYS)
    return vault.rekey(actor.name)


def confirm_rekey(vault: Vault, actor: Actor) -> None:
    """The new recovery key was shown and kept: from now on the old one is refused."""
    require(actor, Permission.MANAGE_KEYS)
    vault.confirm_rekey()


def write_recovery_sheet(vault: Vault, actor: Actor, recovery_key: str, out: Path) -> None:
    """The printable sheet (key as text and QR) for the safe; audited as a print."""
    from tsdesk.documents.recovery_sheet import render_recovery_sheet
    from tsdesk.services.documents import footer_for

    require(actor, Permission.MANAGE_KEYS)
    keyfile = vault.ensure_keyfile()
    with vault.unit_of_work(actor) as uow:
        uow.record(
            "print.recovery_sheet", "vault", keyfile.vault_id, after={"file": Path(out).name}
        )
    with vault.reader() as session:
        footer = footer_for(session, actor)
    render_recovery_sheet(
        str(out),
        company=keyfile.banner.get("company", ""),
        recovery_key=recovery_key,
        created_at=datetime.now(),
        db_name=vault.path.name,
        footer=footer,
    )


# --- reminders on the 工作台 ------------------------------------------------------------------

KEY_EVENTS = ("vault.create", "vault.rekey")  # each makes a new data key and recovery key


def key_age_days(session: Session, today: date) -> int:
    """Days since the data key (and with it the recovery key) was made, from the audit log."""
    latest = session.scalar(
        select(func.max(AuditEvent.ts)).where(AuditEvent.action.in_(KEY_EVENTS))
    )
    if latest is None:
        return 0
    made = datetime.fromisoformat(latest).replace(tzinfo=UTC).astimezone().date()
    return max(0, (today - made).days)


reminders.register(
    Reminder(
        key="vault.key_age",
        title=QT_TRANSLATE_NOOP("reminders", "数据密钥和恢复密钥已使用"),
        severity=Severity.INFO,
        count=key_age_days,
        page="settings",
        value=QT_TRANSLATE_NOOP("reminders", "{n} 天"),
        hint=QT_TRANSLATE_NOOP(
            "reminders",
            "自创建数据库或上次更换数据密钥以来的天数。更换数据密钥后，旧的恢复密钥失效，"
            "须打印并保管新的恢复密钥页。",
        ),
        order=90,
    )
)


FULL_CHECK_DAYS = 7  # a whole-chain check at least this often, even when nothing asks for one


def check_chain(
    vault: Vault, incremental: bool = False, now: datetime | None = None
) -> audit.VerifyResult:
    """The audit chain checked; only reads, so it may run in a worker beside the user's
    writes (`note_chain` then notes the answer, on the thread that writes). The whole chain,
    every event recomputed (on request). `incremental`: only the events since the last
    verification (the signed marker), unless there is no authentic marker or the last
    whole-chain check is FULL_CHECK_DAYS old; an event changed before the marker is found by
    the whole-chain check, not by this one."""
    now = now or datetime.now(UTC)
    with vault.reader() as session:
        marker = audit.read_marker(session, vault.data_key) if incremental else None
        due = now - timedelta(days=FULL_CHECK_DAYS)
        if marker is not None and datetime.fromisoformat(marker.full_at) < due:
            marker = None
        result = audit.verify(session, start=marker)
    full_at = marker.full_at if marker else now.isoformat(timespec="seconds")
    return replace(result, full_at=full_at if result.ok or marker else "")


def note_chain(vault: Vault, result: audit.VerifyResult) -> None:
    """How far the chain held, noted for the next incremental check (it takes the Vault: the
    note is signed with the data key): a chain that holds moves the marker to its end; a
    whole-chain check that fails drops it, so every later check is whole again. A note, not
    an audited change (vault/audit.py)."""
    if vault.read_only or not (result.ok or not result.full_at):
        return
    try:
        with vault.writer() as session, session.begin():
            if result.ok:
                end = session.scalar(
                    select(AuditEvent.hash).where(AuditEvent.seq == result.last_seq)
                )
                marked = audit.Marker(result.last_seq, end or audit.GENESIS, result.full_at)
                audit.write_marker(session, vault.data_key, marked)
            else:
                audit.drop_marker(session)
    except OperationalError:  # another writer held on (a long print): noted next time
        if not result.ok:
            raise  # but a failed check must drop the marker, busy or not
        log.info("chain check not noted: the database is busy")


@dataclass(frozen=True)
class Verified:
    """`audit verify` in full: the chain's links, the records replayed against their events,
    and every anchor found outside the database (vault/anchors.py)."""

    chain: audit.VerifyResult
    replay: ReplayResult
    anchors: tuple[AnchorCheck, ...]

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.replay.ok and all(a.ok for a in self.anchors)


def backup_anchors(vault: Vault, folders: Iterable[Path | str] = ()) -> list[Anchor]:
    """The heads recorded in this vault's backups (their plain headers: no key needed), in
    `folders` and in the backup folder set on this PC. Restoring or verifying a backup checks
    its own head; these are every backup's, checked on each `audit verify`."""
    from tsdesk.services.backup import FOLDER
    from tsdesk.settings import machine_get
    from tsdesk.vault.backup import anchors_in

    vault_id = vault.keyfile.vault_id if vault.keyfile else None
    wanted = [Path(f) for f in folders]
    configured = machine_get(FOLDER)
    if configured and Path(configured) not in wanted:
        wanted.append(Path(configured))
    found: list[Anchor] = []
    for folder in wanted:
        found += anchors.from_pairs(anchors_in(folder, vault_id), anchors.BACKUP)
    return found


def verify_all(
    vault: Vault, given: Iterable[Anchor] = (), backup_folders: Iterable[Path | str] = ()
) -> Verified:
    """Read-only: the whole chain recomputed, every audited record replayed (audit_replay), and
    the chain checked against every anchor found outside the database: those `given` (paper),
    the headers of this vault's backups (`backup_anchors`) and the key-slot file's recorded
    head. The insider who rewrote the chain with the data key passes the first two; only an
    anchor from before the rewrite shows it."""
    backups = backup_anchors(vault, backup_folders)
    chain = check_chain(vault)
    with vault.reader() as session:
        replayed = audit_replay.replay(session)
        found = anchors.check(session, [*given, *backups])
        recorded = anchors.check_keyfile(session, vault.keyfile, vault.data_key)
    if recorded is not None:
        found.append(recorded)
    elif vault.head_warning is not None:  # (the open saw it before anything moved on)
        found.append(vault.head_warning)
    return Verified(chain, replayed, tuple(found))
