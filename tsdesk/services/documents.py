"""What every printed document needs from the vault: the footer that anchors paper to the log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.documents.page import FooterInfo
from tsdesk.models import CompanyProfile, Operator
from tsdesk.vault import Actor, UnitOfWork, Vault, audit


def operator_name(session: Session, login: str) -> str:
    """An operator as paper names them: the display name, or the login when there is none."""
    row = session.scalar(select(Operator).where(Operator.name == login)) if login else None
    return row.display_name if row is not None and row.display_name else login


def _company(vault: Vault, session: Session) -> str:
    """The company as its profile names it, else as the key file's public banner does."""
    profile = session.get(CompanyProfile, 1)
    if profile is not None and profile.org_name.strip():
        return profile.org_name.strip()
    return vault.keyfile.banner.get("company", "") if vault.keyfile else ""


def footer_for(vault: Vault, actor: Actor) -> FooterInfo:
    """Take the chain head *after* the print event is recorded, so the paper names it."""
    with vault.reader() as session:
        head = audit.head(session)
        name = operator_name(session, actor.name)
        company = _company(vault, session)
    return FooterInfo(
        chain_seq=head.seq,
        chain_hash=head.hash,
        printed_at=datetime.now(),
        company=company,
        operator=name,
    )


def footer_in(uow: UnitOfWork) -> FooterInfo:
    """The footer inside a unit of work, after its print event is recorded: the head is the
    uncommitted event, which commits with the print (or not at all)."""
    head = audit.head(uow.session)
    return FooterInfo(
        chain_seq=head.seq,
        chain_hash=head.hash,
        printed_at=datetime.now(),
        company=_company(uow.vault, uow.session),
        operator=operator_name(uow.session, uow.actor.name),
    )
