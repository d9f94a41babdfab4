"""Key management: rekey and the recovery sheet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tsdesk.services.permissions import Permission, require
from tsdesk.vault import Actor, Vault


def rekey(vault: Vault, actor: Actor) -> str:
    """New data key, every slot resealed; the old recovery key stops working. Returns the new one."""
    require(actor, Permission.MANAGE_KEYS)
    recovery_key = vault.rekey()
    with vault.unit_of_work(actor) as uow:
        uow.record("vault.rekey", "vault", vault.ensure_keyfile().vault_id)
    return recovery_key


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
    render_recovery_sheet(
        str(out),
        company=keyfile.banner.get("company", ""),
        recovery_key=recovery_key,
        created_at=datetime.now(),
        db_name=vault.path.name,
        footer=footer_for(vault, actor),
    )
