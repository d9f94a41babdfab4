"""Replay (issue 17 §2 a): a row changed in the database without an event — raw SQL with the
key from an operator's slot — is reported by `audit verify` with the record's business number;
so is a hidden operator with no event and a record removed; the write paths record what they
change, so an untouched database replays clean."""

from __future__ import annotations

import time

from sqlalchemy import select
from tsdesk_testing import invoke

from tsdesk.cli import EXIT_BROKEN
from tsdesk.models import Carrier, CarrierStatus, Person, Secret, SecretStatus
from tsdesk.services import audit_replay, carriers, people
from tsdesk.vault import Vault, audit
from tsdesk.vault.engine import connect_raw
from tsdesk.vault.keys import KeySlotFile

PASSWORD = "tsdesk-demo"


def _cli(demo, *args: str):
    return invoke("--db", str(demo.path), *args, env={"TSDESK_PASSWORD": PASSWORD})


def _raw_sql(demo, *statements: tuple[str, tuple]) -> None:
    """As the auditor with the key from their own slot, past every service and the chain."""
    key = KeySlotFile.load(demo.path).unwrap_password("shenji", PASSWORD)
    conn = connect_raw(demo.path, key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for sql, params in statements:
            conn.execute(sql, params)
    finally:
        conn.close()


def _replay(demo) -> audit_replay.ReplayResult:
    vault, _ = Vault.unlock(demo.path, "shenji", PASSWORD, read_only=True)
    try:
        with vault.reader() as session:
            return audit_replay.replay(session)
    finally:
        vault.close()


def test_the_demo_replays_clean(demo):
    result = _replay(demo)
    assert result.ok, [f.text() for f in result.findings]
    assert result.records > 150 and result.events > 250
    ran = _cli(demo, "audit", "verify")
    assert ran.returncode == 0, ran.stderr
    assert "数据与审计记录一致" in ran.stdout


def test_a_row_edited_with_the_raw_key_is_reported_with_its_number(demo):
    _raw_sql(
        demo,
        ("UPDATE secret SET subject = '改过的名称' WHERE number = 'TS-2026-0001'", ()),
        ("UPDATE carrier SET location = '家里' WHERE number = 'ZT-2026-0003'", ()),
        # a leak case played down and closed behind the playbook's back
        ("UPDATE incident_case SET level = 1, status = 'closed' WHERE number = 'SJ-2026-002'", ()),
    )
    findings = {(f.entity_type, f.number, f.field): f for f in _replay(demo).findings}
    assert set(findings) == {
        ("secret", "TS-2026-0001", "subject"),
        ("carrier", "ZT-2026-0003", "location"),
        ("incident_case", "SJ-2026-002", "level"),
        ("incident_case", "SJ-2026-002", "status"),
    }
    changed = findings["secret", "TS-2026-0001", "subject"]
    assert changed.current == "改过的名称" and changed.recorded != "改过的名称"
    assert changed.problem == audit_replay.CHANGED and changed.seq > 0
    ran = _cli(demo, "audit", "verify")
    assert ran.returncode == EXIT_BROKEN
    assert "审计链完整" in ran.stdout  # the chain itself holds: only replay sees it
    assert "TS-2026-0001" in ran.stderr and "ZT-2026-0003" in ran.stderr
    assert "改过的名称" in ran.stderr


def test_a_hidden_admin_is_reported_by_name(demo):
    _raw_sql(
        demo,
        (
            "INSERT INTO operator (name, display_name, role, active, created_at,"
            " password_changed_at) VALUES ('ghost', '', 'admin', 1, '2026-01-01', '2026-01-01')",
            (),
        ),
    )
    (found,) = _replay(demo).findings
    assert (found.entity_type, found.number, found.problem) == (
        "operator",
        "ghost",
        audit_replay.NO_EVENT,
    )
    assert "ghost" in _cli(demo, "audit", "verify").stderr


def test_a_role_raised_by_hand_is_reported(demo):
    _raw_sql(demo, ("UPDATE operator SET role = 'admin' WHERE name = 'shenji'", ()))
    (found,) = _replay(demo).findings
    assert (found.number, found.field, found.recorded, found.current) == (
        "shenji",
        "role",
        "auditor",
        "admin",
    )


def test_a_record_removed_by_hand_is_reported(demo):
    _raw_sql(demo, ("DELETE FROM person WHERE number = 'YF030'", ()))
    (found,) = _replay(demo).findings
    assert found.problem == audit_replay.GONE and found.number == "YF030"


def test_seals_and_links_record_what_they_change(demo):
    """Write paths fixed for replay: sealing and unsealing record the carrier's status, linking
    and unlinking a secret record the carrier's whole list."""
    vault, admin = Vault.unlock(demo.path, "admin", PASSWORD)
    try:
        with vault.reader() as session:
            carrier = session.scalars(
                select(Carrier).where(Carrier.status == CarrierStatus.IN_STORE).limit(1)
            ).one()
            linked = set(carriers.secret_ids_of(session, carrier.id))
            secret_id = session.scalars(
                select(Secret.id).where(
                    Secret.status == SecretStatus.CONFIRMED, Secret.id.not_in(linked)
                )
            ).first()
        with vault.unit_of_work(admin) as uow:
            carriers.link_secret(uow, carrier.id, secret_id)
        with vault.unit_of_work(admin) as uow:
            carriers.seal(
                uow,
                carrier.id,
                carriers.SealInput(carriers.SealReason.STABLE, "FT-9", "保密柜"),
            )
        assert _replay_open(vault).ok
        with vault.unit_of_work(admin) as uow:
            carriers.unseal(uow, carrier.id, "复核后启封")
        with vault.unit_of_work(admin) as uow:
            carriers.unlink_secret(uow, carrier.id, secret_id)
        assert _replay_open(vault).ok
    finally:
        vault.close()


def _replay_open(vault) -> audit_replay.ReplayResult:
    with vault.reader() as session:
        return audit_replay.replay(session)


def test_replay_of_100k_events_is_one_pass(demo):
    """100,000 person updates on top of the demo: replayed in a few seconds, clean."""
    vault, admin = Vault.unlock(demo.path, "admin", PASSWORD)
    try:
        with vault.writer() as session, session.begin():
            shots = [(p.id, people.snapshot(p)) for p in session.scalars(select(Person))]
            events = (
                audit.NewEvent("person.update", "person", pid, after=after)
                for pid, after in (shots[i % len(shots)] for i in range(100_000))
            )
            audit.append_many(session, "admin", events)
        started = time.perf_counter()
        result = _replay_open(vault)
        took = time.perf_counter() - started
    finally:
        vault.close()
    assert result.ok and result.events > 100_000
    print(f"replayed {result.events} events in {took:.1f} s")
    assert took < 30, took  # ~4 s alone; the bound catches a query per event, not a busy PC
