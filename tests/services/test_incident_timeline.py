"""The case timeline (issue 15 §1): appended, never edited. The database itself refuses an
UPDATE or DELETE of an entry, and every entry is an audit event."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DatabaseError

from tsdesk.errors import ValidationError
from tsdesk.models import (
    AuditEvent,
    EntryKind,
    IncidentCase,
    IncidentEntry,
    IncidentKind,
    IncidentSource,
    IncidentStatus,
)
from tsdesk.services.incidents import timeline


def _case(opened, status=IncidentStatus.NEW) -> int:
    with opened.vault.unit_of_work(opened.admin) as uow:
        case = IncidentCase(
            number="SJ-T-001",
            title="测试事件",
            kind=IncidentKind.LOSS,
            source=IncidentSource.REPORT,
            status=status,
            discovered_at=datetime(2026, 12, 1, 9, 0),
            discovered_by="张三",
            opened_by=uow.actor.name,
        )
        uow.session.add(case)
        uow.session.flush()
        return case.id


def test_an_entry_is_appended_and_audited(opened):
    case_id = _case(opened)
    with opened.vault.unit_of_work(opened.admin) as uow:
        first = timeline.append(uow, case_id, EntryKind.NOTE, "  发现 U 盘遗失  ")
        timeline.append(uow, case_id, EntryKind.CORRECTION, "遗失时间应为 9:30", corrects_id=first)
    with opened.vault.reader() as session:
        rows = timeline.entries(session, case_id)
        assert [(e.kind, e.text) for e in rows] == [
            (EntryKind.NOTE, "发现 U 盘遗失"),
            (EntryKind.CORRECTION, "遗失时间应为 9:30"),
        ]
        assert rows[1].corrects_id == rows[0].id
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "incident.entry")
        ).all()
        assert len(events) == 2 and all(e.entity_id == str(case_id) for e in events)


@pytest.mark.parametrize("statement", ["update", "delete"])
def test_the_database_refuses_to_change_an_entry(opened, statement):
    case_id = _case(opened)
    with opened.vault.unit_of_work(opened.admin) as uow:
        timeline.append(uow, case_id, EntryKind.NOTE, "原始记录")
    change = (
        update(IncidentEntry).values(text="改过的")
        if statement == "update"
        else delete(IncidentEntry)
    )
    with pytest.raises(DatabaseError, match="append-only"):
        with opened.vault.unit_of_work(opened.admin) as uow:
            uow.session.execute(change)
    with opened.vault.reader() as session:
        assert [e.text for e in timeline.entries(session, case_id)] == ["原始记录"]


def test_bad_entries_are_refused(opened):
    case_id = _case(opened)
    other = None
    with opened.vault.unit_of_work(opened.admin) as uow:
        other_case = IncidentCase(
            number="SJ-T-002",
            title="另一事件",
            kind=IncidentKind.OTHER,
            source=IncidentSource.REPORT,
            discovered_at=datetime(2026, 12, 1),
            discovered_by="李四",
            opened_by=uow.actor.name,
        )
        uow.session.add(other_case)
        uow.session.flush()
        other = timeline.append(uow, other_case.id, EntryKind.NOTE, "别的事件")
    for text, corrects in (("   ", None), ("x" * (timeline.TEXT_MAX + 1), None), ("更正", other)):
        with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
            timeline.append(uow, case_id, EntryKind.NOTE, text, corrects_id=corrects)
    with opened.vault.reader() as session:
        assert timeline.entries(session, case_id) == []


def test_a_closed_case_is_not_for_update(opened):
    case_id = _case(opened, IncidentStatus.CLOSED)
    with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
        timeline.case_for_update(uow, case_id)
