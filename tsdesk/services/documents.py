"""What every printed document needs from the vault: the footer that anchors paper to the log."""

from __future__ import annotations

from datetime import datetime

from tsdesk.documents.page import FooterInfo
from tsdesk.vault import Actor, Vault


def footer_for(vault: Vault, actor: Actor) -> FooterInfo:
    """Take the chain head *after* the print event is recorded, so the paper names it."""
    head = vault.chain_head()
    return FooterInfo(
        chain_seq=head.seq,
        chain_hash=head.hash,
        printed_at=datetime.now(),
        company=(vault.keyfile.banner.get("company", "") if vault.keyfile else ""),
        operator=actor.name,
    )
