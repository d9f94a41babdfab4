"""A print and its audit event are one unit of work: the PDF reaches its file (or stream) only
once the `print.*` event has committed, and a render that fails records no print."""

from __future__ import annotations

import io

import pytest
from carriers_testing import World, build_world
from sqlalchemy import select
from tsdesk_testing import pdf_text, read

from tsdesk.crashpoints import SimulatedCrash, armed
from tsdesk.models import AuditEvent
from tsdesk.services import areas, base_forms, documents, register_print, stocktake
from tsdesk.services import audit as audit_service
from tsdesk.services.audit import AuditFilter


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


def printed(world: World, action: str) -> list:
    return read(world.vault, audit_service.page, AuditFilter(action=action), 0, 10)


def test_the_record_file_appears_once_its_print_event_commits(world, folder):
    out = folder / "area.pdf"
    with world.uow() as uow:
        areas.write_record(uow, world.archive, out)
        assert not out.exists()  # not before the commit
    (event,) = printed(world, "print.area_record")
    assert f"审计链 #{event.seq}" in pdf_text(out)  # the paper names its own print event
    assert [p.name for p in folder.iterdir()] == ["area.pdf"]  # no temporary left behind


def test_a_transaction_that_fails_leaves_no_file_and_no_event(world, folder):
    out = folder / "area.pdf"
    with armed(documents.AFTER_PDF), pytest.raises(SimulatedCrash), world.uow() as uow:
        areas.write_record(uow, world.archive, out)
    with pytest.raises(RuntimeError), world.uow() as uow:
        areas.write_record(uow, world.archive, out)
        raise RuntimeError("the commit never happens")
    assert list(folder.iterdir()) == []  # neither the PDF nor its temporary
    assert printed(world, "print.area_record") == []


def test_a_crash_after_the_commit_leaves_the_event_and_no_pdf_under_its_name(world, folder):
    out = folder / "area.pdf"
    with armed(documents.AFTER_COMMIT), pytest.raises(SimulatedCrash), world.uow() as uow:
        areas.write_record(uow, world.archive, out)
    assert not out.exists()
    assert len(printed(world, "print.area_record")) == 1


def test_a_render_that_fails_records_no_print(world, monkeypatch):
    with world.uow() as uow:
        st = stocktake.start(uow, world.archive)
        stocktake.finish(uow, st, [])

    def broken(*_args, **_kwargs):
        raise OSError("no room for the PDF")

    monkeypatch.setattr("tsdesk.documents.stocktake.render_stocktake_report", broken)
    with pytest.raises(OSError), world.uow() as uow:
        stocktake.report_pdf(uow, st)
    assert printed(world, "print.stocktake") == []
    monkeypatch.setattr("tsdesk.services.base_forms.render_form", broken)
    with pytest.raises(OSError), world.uow() as uow:
        base_forms.print_base_form(uow, "base-point", io.BytesIO())
    assert printed(world, "print.base_form") == []


def test_a_stream_gets_the_pdf_only_after_the_commit(world):
    with world.uow() as uow:
        st = stocktake.start(uow, world.archive)
        stocktake.finish(uow, st, [])
    kept, lost = io.BytesIO(), io.BytesIO()
    with world.uow() as uow:
        stocktake.write_report(uow, st, kept)
        assert kept.getvalue() == b""
    assert kept.getvalue().startswith(b"%PDF")
    with pytest.raises(RuntimeError), world.uow() as uow:
        base_forms.print_base_form(uow, "base-point", lost)
        raise RuntimeError("rolled back")
    assert lost.getvalue() == b""
    assert len(printed(world, "print.stocktake")) == 1 and printed(world, "print.base_form") == []


def test_a_ledger_file_appears_with_its_committed_print_event(world, folder):
    out, kept = folder / "ledger.pdf", io.BytesIO()
    with world.uow() as uow:
        assert register_print.print_ledger(uow, None, out) == 2
        register_print.print_ledger(uow, None, kept)
        assert not out.exists() and kept.getvalue() == b""  # not before the commit
    first, second = sorted(printed(world, "print.ledger"), key=lambda e: e.seq)
    assert f"审计链 #{first.seq}" in pdf_text(out)  # the paper names its own print event
    assert kept.getvalue().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["ledger.pdf"]  # no temporary left behind


def test_a_cancelled_ledger_leaves_no_print_event_and_no_file(world, folder):
    out = folder / "ledger.pdf"
    for target in (out, io.BytesIO()):
        asked: list[bool] = []
        with pytest.raises(register_print.PrintCancelled), world.uow() as uow:

            def cancelled(uow=uow, asked=asked) -> bool:  # stop once the event is recorded
                last = uow.session.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()))
                asked.append(last == "print.ledger")
                return asked[-1]

            register_print.print_ledger(uow, None, target, cancelled=cancelled)
        assert asked[-1]  # it was drawing when stopped
        assert printed(world, "print.ledger") == []
    assert list(folder.iterdir()) == []  # neither the PDF nor its temporary
