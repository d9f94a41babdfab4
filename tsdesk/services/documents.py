"""What every printed document needs from the vault: the footer that anchors paper to the log,
and handing the finished PDF over only once its print event has committed."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from tsdesk.crashpoints import crash_point, declare
from tsdesk.documents.page import FooterInfo
from tsdesk.models import CompanyProfile, Operator
from tsdesk.vault import Actor, UnitOfWork, audit
from tsdesk.vault.atomic import replace_atomic

AFTER_PDF = declare(
    "print.after_pdf", "the PDF is written under a temporary name, its print event not committed"
)
AFTER_COMMIT = declare(
    "print.after_commit", "the print event is committed, the PDF still has its temporary name"
)


def operator_name(session: Session, login: str) -> str:
    """An operator as paper names them: the display name, or the login when there is none."""
    row = session.scalar(select(Operator).where(Operator.name == login)) if login else None
    return row.display_name if row is not None and row.display_name else login


def _company(session: Session) -> str:
    """The company as its profile names it (the key file's banner is a copy of this name)."""
    profile = session.get(CompanyProfile, 1)
    return profile.org_name.strip() if profile is not None else ""


def footer_for(session: Session, actor: Actor) -> FooterInfo:
    """The footer from `session`, taken *after* the print event is recorded so that the chain
    head, and with it the paper, names that event."""
    head = audit.head(session)
    return FooterInfo(
        chain_seq=head.seq,
        chain_hash=head.hash,
        printed_at=datetime.now(),
        company=_company(session),
        operator=operator_name(session, actor.name),
    )


def footer_in(uow: UnitOfWork) -> FooterInfo:
    """The footer inside a unit of work, after its print event is recorded: the head is the
    uncommitted event, which commits with the print (or not at all)."""
    return footer_for(uow.session, uow.actor)


def deliver_when_committed(uow: UnitOfWork, out: str | Path | IO[bytes], pdf: bytes) -> None:
    """Hand `pdf` to `out` only once the unit of work (and its print event) has committed.

    A file is written now under a temporary name beside `out` (so a full disk fails the print
    before it is recorded; file_when_committed), renamed into place after the commit and removed if the transaction
    rolls back; a stream is written after the commit. A render that fails raises before this,
    inside the unit of work, so no print event claims a document that was never made."""
    if not isinstance(out, str | Path):
        stream = out

        def write() -> None:
            stream.write(pdf)

        uow.after_commit.append(write)
        return
    temp = file_when_committed(uow, Path(out))
    temp.write_bytes(pdf)
    crash_point(AFTER_PDF)


def file_when_committed(uow: UnitOfWork, target: Path) -> Path:
    """An empty, owner-only temporary file beside `target` to write a PDF into: renamed to
    `target` once the unit of work has committed, removed if it rolls back (a failed or
    stopped print included). A large document is drawn straight into it, not into memory."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    temp = Path(name)
    event.listen(uow.session, "after_rollback", lambda _s: temp.unlink(missing_ok=True), once=True)

    def into_place() -> None:
        crash_point(AFTER_COMMIT)
        replace_atomic(temp, target)

    uow.after_commit.append(into_place)
    return temp
