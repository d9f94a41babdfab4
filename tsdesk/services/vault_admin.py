"""Key management: rekey and the recovery sheet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tsdesk.services.permissions import Permission, require
from tsdesk.vault import Actor, Vault


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
    render_recovery_sheet(
        str(out),
        company=keyfile.banner.get("company", ""),
        recovery_key=recovery_key,
        created_at=datetime.now(),
        db_name=vault.path.name,
        footer=footer_for(vault, actor),
    )
