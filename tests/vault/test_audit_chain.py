"""The audit chain names the first broken link (issue 2 §4)."""

from __future__ import annotations

import pytest
from tsdesk_testing import read

from tsdesk.services import audit as audit_service
from tsdesk.services import company


def _events(opened, n: int) -> None:
    for i in range(n):
        with opened.vault.unit_of_work(opened.admin) as uow:
            company.add_department(uow, f"部门{i}")


def test_chain_verifies(opened):
    _events(opened, 5)
    result = read(opened.vault, audit_service.verify)
    assert result.ok and result.count >= 7


@pytest.mark.parametrize(
    "tamper",
    [
        'UPDATE audit_event SET after = \'{"name":"篡改"}\' WHERE seq = 5',
        "UPDATE audit_event SET operator = 'mallory' WHERE seq = 5",
        "UPDATE audit_event SET ts = '2020-01-01T00:00:00' WHERE seq = 5",
        "DELETE FROM audit_event WHERE seq = 5",
    ],
)
def test_raw_sql_tampering_breaks_at_that_event(opened, tamper):
    _events(opened, 6)
    with opened.vault.engine.begin() as conn:
        conn.exec_driver_sql(tamper)
    result = read(opened.vault, audit_service.verify)
    assert not result.ok
    assert result.broken_seq == 5
    assert result.problem


def test_rehashed_row_still_breaks_the_next_link(opened):
    """Recomputing a tampered row's own hash does not help: the next row points at the old one."""
    from tsdesk.models import AuditEvent
    from tsdesk.vault.audit import _body, _digest

    _events(opened, 6)
    with opened.vault.reader() as session, session.begin():
        event = session.get(AuditEvent, 4)
        event.after = '{"name":"篡改"}'
        event.hash = _digest(event.prev_hash, _body(event))
    assert read(opened.vault, audit_service.verify).broken_seq == 5


def test_event_written_with_its_change_or_not_at_all(opened):
    from tsdesk.errors import ValidationError

    count = read(opened.vault, audit_service.count, audit_service.AuditFilter())
    with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
        company.add_department(uow, "质量部")
        company.add_department(uow, "质量部")  # duplicate: the whole unit rolls back
    assert read(opened.vault, audit_service.count, audit_service.AuditFilter()) == count
    assert [d.name for d in read(opened.vault, company.list_departments)] == []


def test_filters_and_csv_export(opened, tmp_path):
    _events(opened, 3)
    f = audit_service.AuditFilter(action="department")
    assert read(opened.vault, audit_service.count, f) == 3
    out = tmp_path / "audit.csv"
    with opened.vault.unit_of_work(opened.admin) as uow:
        rows = audit_service.export_csv(uow, f, out)
    assert rows == 3
    text = out.read_text("utf-8-sig")
    assert text.splitlines()[0].startswith("seq,ts,operator,action")
    assert "部门2" in text
    latest = read(opened.vault, audit_service.page, audit_service.AuditFilter(), 0, 1)[0]
    assert latest.action == "audit.export"  # the export itself is audited


def test_no_key_material_in_events(opened):
    from tsdesk.vault.keys import parse_recovery_key

    key_hex = parse_recovery_key(opened.recovery_key).hex()
    opened.vault.rekey(opened.admin.name)
    for event in read(opened.vault, audit_service.page, audit_service.AuditFilter(), 0, 1000):
        blob = (event.before + event.after).lower()
        assert key_hex not in blob and opened.recovery_key.lower() not in blob


def test_append_many_chains_as_append_does(opened):
    """The bulk path (a register import) writes the same chain: it verifies, and each row's
    hash is what one `append` after another would have given it."""
    from datetime import date

    from sqlalchemy import select

    from tsdesk.models import AuditEvent
    from tsdesk.vault import audit

    _events(opened, 2)
    events = [
        audit.NewEvent("secret.propose", "secret", i, after={"n": i, "on": date(2026, 1, i)})
        for i in range(1, 4)
    ]
    with opened.vault.unit_of_work(opened.admin) as uow:
        start = audit.head(uow.session).seq
        assert audit.append_many(uow.session, uow.actor.name, events) == 3
        uow.record("register.import", "register", "", after={"rows": 3})
    result = read(opened.vault, audit_service.verify)
    assert result.ok
    with opened.vault.reader() as session:
        rows = list(session.scalars(select(AuditEvent).where(AuditEvent.seq > start)))
    assert [r.seq for r in rows] == [start + 1, start + 2, start + 3, start + 4]
    assert [r.entity_id for r in rows[:3]] == ["1", "2", "3"]
    assert rows[1].after == '{"n":2,"on":"2026-01-02"}'
    for prev, row in zip(rows, rows[1:], strict=False):
        assert row.prev_hash == prev.hash
        assert row.hash == audit._digest(prev.hash, audit._body(row))
