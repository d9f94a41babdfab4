"""The incremental audit-chain check (issue 12): a signed marker in the database says where
the last verification ended; a check verifies only what came after it, the whole chain is
verified on request and when the last whole check is a week old, and a marker that is not
signed with this database's data key is ignored."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.models import AuditEvent, Setting
from tsdesk.services import company, vault_admin
from tsdesk.vault import audit


def checked(vault, incremental=False, now=None):
    """A check and its note, as the dashboard makes them."""
    result = vault_admin.check_chain(vault, incremental, now)
    vault_admin.note_chain(vault, result)
    return result


def _events(opened, n: int) -> None:
    for i in range(n):
        with opened.vault.unit_of_work(opened.admin) as uow:
            company.add_department(uow, f"部门{opened.vault.chain_head().seq}-{i}")


def _marker(opened) -> audit.Marker | None:
    with opened.vault.reader() as session:
        return audit.read_marker(session, opened.vault.data_key)


def _tamper(opened, seq: int) -> None:
    with opened.vault.engine.begin() as conn:
        conn.exec_driver_sql(
            'UPDATE audit_event SET after = \'{"name":"篡改"}\' WHERE seq = ?', (seq,)
        )


def test_a_check_verifies_only_the_events_after_the_marker(opened):
    _events(opened, 3)
    first = checked(opened.vault, True)
    assert first.ok and first.since == 0  # no marker yet: the whole chain
    head = opened.vault.chain_head()
    assert _marker(opened) == audit.Marker(head.seq, head.hash, first.full_at)
    _events(opened, 4)
    again = checked(opened.vault, True)
    assert again.ok and again.since == head.seq and again.count == 4
    assert again.full_at == first.full_at  # still the same whole-chain check
    assert _marker(opened).seq == opened.vault.chain_head().seq


def test_a_tampered_event_after_the_marker_is_found_by_the_check(opened):
    _events(opened, 2)
    checked(opened.vault, True)
    marked = _marker(opened).seq
    _events(opened, 3)
    _tamper(opened, marked + 2)
    found = checked(opened.vault, True)
    assert found.since == marked
    assert not found.ok and found.broken_seq == marked + 2
    assert _marker(opened).seq == marked  # not moved past a broken link


def test_a_tampered_event_before_the_marker_is_found_by_the_whole_verify(opened):
    _events(opened, 4)
    checked(opened.vault, True)
    _events(opened, 1)
    _tamper(opened, 3)  # content only: the stored hashes still link
    assert checked(opened.vault, True).ok  # what the incremental check covers
    full = checked(opened.vault)  # the 校验审计链 button
    assert not full.ok and full.broken_seq == 3
    assert _marker(opened) is None  # dropped: from now on every check is a whole one
    again = checked(opened.vault, True)
    assert again.since == 0 and again.broken_seq == 3


def test_a_rehashed_chain_does_not_match_the_marker(opened):
    """Editing an earlier event and recomputing every later hash changes the marked hash."""
    _events(opened, 4)
    checked(opened.vault, True)
    marked = _marker(opened).seq
    with opened.vault.reader() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        prev, fixed = audit.GENESIS, []
        for event in rows:
            if event.seq == 3:
                event.after = audit.canonical({"name": "篡改"})
            digest = audit._digest(prev, audit._body(event))
            fixed.append((prev, digest, event.after, event.seq))
            prev = digest
    with opened.vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE audit_event SET prev_hash = ?, hash = ?, after = ? WHERE seq = ?", fixed
        )
    found = checked(opened.vault, True)
    assert not found.ok and found.broken_seq == marked
    assert found.problem


def test_a_forged_marker_is_ignored_and_the_whole_chain_checked(opened):
    _events(opened, 4)
    _tamper(opened, 3)
    head = opened.vault.chain_head()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    forged = audit._marker_mac(b"\x00" * 32, head.seq, head.hash, now)  # not this data key
    with Session(opened.vault.engine) as session, session.begin():
        value = {"seq": head.seq, "hash": head.hash, "full_at": now, "mac": forged}
        session.merge(Setting(key=audit.MARKER_KEY, value=json.dumps(value)))
    assert _marker(opened) is None
    found = checked(opened.vault, True)
    assert found.since == 0 and not found.ok and found.broken_seq == 3


def test_an_altered_marker_fails_its_signature(opened):
    _events(opened, 3)
    checked(opened.vault, True)
    with Session(opened.vault.engine) as session, session.begin():
        row = session.get(Setting, audit.MARKER_KEY)
        raw = json.loads(row.value)
        raw["full_at"] = "2099-01-01T00:00:00+00:00"  # "checked whole last week" forever
        row.value = json.dumps(raw)
    assert _marker(opened) is None


def test_the_whole_chain_is_checked_again_after_a_week(opened):
    _events(opened, 4)
    checked(opened.vault, True)
    _tamper(opened, 3)
    soon = datetime.now(UTC) + timedelta(days=vault_admin.FULL_CHECK_DAYS - 1)
    assert checked(opened.vault, True, soon).ok  # incremental: not yet
    later = datetime.now(UTC) + timedelta(days=vault_admin.FULL_CHECK_DAYS + 1)
    found = checked(opened.vault, True, later)
    assert found.since == 0 and found.broken_seq == 3
