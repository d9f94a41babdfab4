"""Changes to the key-slot file, kept in line with the audited record.

A change that touches the key-slot file is made in two steps that can each be cut short:
the database change and its audit event commit first (the event names the new slot's id),
then the slot file is saved. A slot file is never ahead of the audited record, so a killed
`operators add` cannot leave a password that opens the data key for no listed operator. A
crash between the two steps leaves the record ahead of the file, and `reconcile` finds it at
the next writable open: slots of operators that are not active are removed, and a recorded
password change that the file does not carry is audited as not applied.
"""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.crashpoints import crash_point
from tsdesk.errors import QT_TRANSLATE_NOOP, VaultError
from tsdesk.models import AuditEvent, Operator
from tsdesk.vault.keys import KeySlotFile

if TYPE_CHECKING:
    from tsdesk.vault.vault import UnitOfWork

# Events whose `after.slot` says which password slot the operator should have.
SLOT_EVENTS = (
    "operator.add",
    "operator.active",  # a deactivation removes the slots
    "operator.password_changed",
    "operator.password_reset",
    "operator.slot_reconciled",
)


def staged(uow: UnitOfWork, crash_name: str | None = None) -> KeySlotFile:
    """This unit's copy of the slot file to change; saved only once the unit has committed."""
    vault = uow.vault
    if uow.keyfile_copy is None:
        copied = uow.keyfile_copy = copy.deepcopy(vault.ensure_keyfile())
        crash_names: list[str] = []

        def save() -> None:
            for name in crash_names:
                crash_point(name)
            try:
                copied.save()
            except OSError as exc:
                raise VaultError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "更改已记入数据库，但密钥槽文件 {path} 无法写入（{reason}），更改尚未生效。请检查磁盘后重做。",
                    ),
                    path=str(copied.path),
                    reason=exc.strerror or type(exc).__name__,
                ) from None
            vault.keyfile = copied

        uow.after_commit.append(save)
        uow.keyfile_crash_points = crash_names
    if crash_name and crash_name not in uow.keyfile_crash_points:
        uow.keyfile_crash_points.append(crash_name)
    return uow.keyfile_copy


def reconcile(uow: UnitOfWork) -> None:
    """Bring the slot file back in line with the audited record after a crash between the
    two steps of a change (see the module's docstring). Called at every writable open."""
    keyfile = uow.vault.keyfile
    if keyfile is None:
        return
    rows = {r.name: r for r in uow.session.scalars(select(Operator))}
    orphans = [s for s in keyfile.slots if not (s.operator in rows and rows[s.operator].active)]
    if orphans:
        changed = staged(uow)
        for slot in orphans:
            changed.remove(slot.operator, slot.kind)
            uow.record(
                "operator.slot_removed",
                "operator",
                rows[slot.operator].id if slot.operator in rows else "",
                after={"operator": slot.operator, "kind": slot.kind, "slot": slot.id},
            )
    for row in rows.values():
        if not row.active:
            continue
        recorded = recorded_slot(uow.session, row.id)
        current = keyfile.slot_for(row.name)
        actual = current.id if current else ""
        if recorded is not None and recorded != actual:
            uow.record(
                "operator.slot_reconciled",
                "operator",
                row.id,
                before={"slot": recorded},
                after={"slot": actual},  # the recorded change did not reach the slot file
            )


def recorded_slot(session: Session, operator_id: int) -> str | None:
    """The slot id the newest slot-naming event gives the operator (None: no such event)."""
    events = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity_type == "operator",
            AuditEvent.entity_id == str(operator_id),
            AuditEvent.action.in_(SLOT_EVENTS),
        )
        .order_by(AuditEvent.seq.desc())
    )
    for event in events:
        after = json.loads(event.after)
        if isinstance(after, dict) and "slot" in after:
            return after["slot"]
    return None
