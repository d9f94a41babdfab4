"""The reminder registry behind the 工作台: each module's reminders count exactly the rows the
page they open lists, on a small crafted database; a module registers a reminder without any
dashboard code; and counting never loads rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from carriers_testing import build_world
from sqlalchemy import event, update

from tsdesk.models import (
    AgreementStatus,
    DestructionStatus,
    LabelIssue,
    Movement,
    MovementKind,
    Person,
    PersonStatus,
    Seal,
    SealReason,
    Secret,
    SecretStatus,
)
from tsdesk.services import (
    agreements,
    areas,
    carriers,
    destruction,
    people,
    procedures,
    register,
    reminders,
    stocktake,
    training,
)
from tsdesk.services.carriers import CarrierFilter
from tsdesk.services.people import PersonFlag
from tsdesk.services.register import RegisterFilter
from tsdesk.services.reminders import Reminder, Severity

TODAY = date.today()


@pytest.fixture
def world(opened):
    return build_world(opened)


def counts(world, today=TODAY) -> dict[str, int | None]:
    with world.read() as session:
        return {c.reminder.key: c.n for c in reminders.evaluate(session, today)}


def _craft(world):
    """Secrets, carriers, areas and people in every state a reminder looks for."""
    w = world
    with w.uow() as uow:
        s = uow.session
        # register: top confirmed with its review passed; low proposed (its term ends
        # 2030-12-31); one more confirmed whose term ended yesterday, one ending in 20 days
        # and one in 60 days.
        s.execute(
            update(Secret)
            .where(Secret.id == w.top_secret)
            .values(status=SecretStatus.CONFIRMED, next_review=TODAY - timedelta(days=1))
        )
    ended = register_secret(w, "已届满的报价", TODAY - timedelta(days=1))
    soon = register_secret(w, "20 天后届满的工艺", TODAY + timedelta(days=20))
    later = register_secret(w, "60 天后届满的图纸", TODAY + timedelta(days=60))

    # carriers: lent and overdue, lent in time, sealed with its check due, lost, in store
    overdue, lent, sealed, lost, kept = (w.carrier(t, area=w.archive) for t in "ABCDE")
    with w.uow() as uow:
        for carrier_id in (overdue, lent):
            carriers.record_movement(
                uow,
                carrier_id,
                carriers.MovementInput(
                    MovementKind.BORROW,
                    person_id=w.alice,
                    purpose="核对",
                    due_on=TODAY + timedelta(days=7),
                ),
            )
        carriers.seal(uow, sealed, carriers.SealInput(SealReason.EVIDENCE, "F-01", "档案柜 3"))
        carriers.mark_lost(uow, lost, "出差途中遗失")
        s = uow.session
        s.execute(
            update(Movement)
            .where(Movement.carrier_id == overdue)
            .values(due_on=TODAY - timedelta(days=3))
        )
        s.execute(update(Seal).where(Seal.carrier_id == sealed).values(next_check=TODAY))
        s.add(LabelIssue(carrier_id=lent, issued=1))  # only this one has a label

    # people: alice holds a temporary grant ending in 10 days and then changes department;
    # bob may enter the lab and left before leaving ended access (data of an older version).
    with w.uow() as uow:
        people.grant(
            uow,
            w.low_secret,
            w.alice,
            people.AccessTier.CONSULT,
            "临时查阅",
            valid_until=TODAY + timedelta(days=10),
        )
        areas.grant_access(uow, w.lab, w.bob)
        uow.session.execute(
            update(Person)
            .where(Person.id == w.bob)
            .values(status=PersonStatus.LEFT, left_on=TODAY - timedelta(days=5))
        )
        sales = areas_department(uow, "销售部")
        person = people.get_person(uow.session, w.alice)
        procedures.update_person(
            uow, w.alice, number=person.number, name=person.name, department_id=sales
        )
    return {
        "ended": ended,
        "soon": soon,
        "later": later,
        "carriers": (overdue, lent, sealed, lost, kept),
    }


def register_secret(w, subject: str, until: date) -> int:
    with w.uow() as uow:
        secret_id = register.propose(
            uow,
            register.SecretInput(
                subject=subject,
                category=register.Category.DESIGN,
                grade_id=w.grade3,
                term_kind=register.TermKind.UNTIL_DATE,
                term_until=TODAY + timedelta(days=400),
            ),
        )
        uow.session.execute(
            update(Secret)
            .where(Secret.id == secret_id)
            .values(
                status=SecretStatus.CONFIRMED,
                term_until=until,
                next_review=TODAY + timedelta(days=200),
            )
        )
    return secret_id


def areas_department(uow, name: str) -> int:
    from tsdesk.services import company

    return company.add_department(uow, name)


def test_each_reminder_counts_the_rows_its_list_shows(world):
    before = counts(world)
    assert before["register.proposed"] == 2 and before["people.transfer_open"] == 0
    _craft(world)
    got = counts(world)
    assert got == {
        "register.proposed": 1,  # low
        "register.review_due": 1,  # top
        "register.term_ended": 1,
        "register.term_30": 2,  # ended + soon
        "register.term_90": 3,  # + later
        "carriers.overdue": 1,
        "carriers.lent": 2,
        "carriers.check_due": 1,
        "carriers.lost": 1,
        "labels.unlabelled": 3,  # overdue, sealed, kept (the lost one needs no label)
        "areas.stocktake_due": 1,  # the archive holds carriers; the lab holds none
        "people.left_with_access": 1,  # bob
        "people.grants_ending": 1,  # alice
        "people.transfer_open": 1,  # alice moved: a job change opened
        "people.exit_open": 0,
        "people.items_due": 1,  # alice's job change: its items are due the day of the move
        "agreements.nda_missing": 1,  # alice knows secrets without an NDA (bob has left)
        "agreements.expiring": 0,
        "agreements.waiting": 0,
        "agreements.nc_unpaid_1": 0,
        "agreements.nc_unpaid_2": 0,
        "agreements.nc_unpaid_3": 0,
        "vault.key_age": 0,
        "training.untrained": 1,  # alice, never trained (bob has left)
        "training.new_untrained": 0,
        "inspection.actions_overdue": 0,
        "inspection.actions_due": 0,
        "destruction.pending": 0,
        "destruction.overdue": 0,
        "destruction.kept_after_end": 0,  # the ended secret has no carrier
        "destruction.superseded": 0,
        "incidents.open": 0,
        "incidents.overdue_steps": 0,
        "incidents.drill_due": 1,  # never drilled
        "compliance.programme_overdue": 0,
        "compliance.application_gaps": reminders.NOT_APPLICABLE,  # no application planned
        "compliance.application_deadline": reminders.NOT_APPLICABLE,
        "backup.overdue": 1,  # never backed up
        "backup.unchecked": 1,  # never verified or drilled
    }
    # The figure on each tile is the length of the list its filter shows.
    with world.read() as session:
        for reminder in reminders.registered():
            f = dict(reminder.filter)
            if reminder.page == "register":
                shown = register.count_secrets(session, RegisterFilter(**_enums(f)))
            elif reminder.page == "carriers":
                shown = len(carriers.carrier_rows(session, CarrierFilter(**_enums(f))))
            elif reminder.page == "people":
                shown = len(people.list_people(session, flag=PersonFlag(f["flag"])))
            elif reminder.page == "agreements" and "view" in f:
                shown = len(agreements.nda_missing(session))
            elif reminder.page == "agreements":
                f = {k: (AgreementStatus(v) if k == "status" else v) for k, v in f.items()}
                shown = agreements.count_agreements(session, agreements.AgreementFilter(**f))
            elif reminder.page == "destruction" and "view" in f:
                shown = len(destruction.candidate_carriers(session))
            elif reminder.page == "destruction" and f.get("overdue"):
                shown = len(destruction.overdue_batches(session))
            elif reminder.page == "destruction":
                shown = destruction.count_batches(session, DestructionStatus(f["status"]))
            elif reminder.page == "areas":
                shown = len(areas.list_areas(session, stocktake_due=f["stocktake_due"]))
            elif reminder.page == "training" and f["tab"] == "training":
                shown = len(training.due_for_training(session, training.TrainingFlag(f["flag"])))
            else:
                continue
            assert shown == got[reminder.key], reminder.key


def _enums(f: dict) -> dict:
    if "status" in f:
        f["status"] = (
            SecretStatus(f["status"])
            if f["status"] in SecretStatus._value2member_map_
            else carriers.CarrierStatus(f["status"])
        )
    return f


def test_dates_move_the_counts(world):
    _craft(world)
    # A year on: the key is a year old, alice's temporary grant has ended.
    later = counts(world, TODAY + timedelta(days=365))
    assert later["vault.key_age"] == 365
    assert later["people.grants_ending"] == 0
    # A finished stock-take of the archive clears its reminder.
    with world.uow() as uow:
        stocktake_id = stocktake.start(uow, world.archive)
        stocktake.finish(uow, stocktake_id, [])
    assert counts(world)["areas.stocktake_due"] == 0
    # …for six months.
    assert counts(world, TODAY + timedelta(days=200))["areas.stocktake_due"] == 1


def test_badges_add_what_is_to_do_once(world):
    _craft(world)
    with world.read() as session:
        badge = reminders.badges(reminders.evaluate(session))
    # register: proposed 1 + review 1 + ended 1 (the 30-day list holds the ended: not again;
    # the 90-day one is for information)
    assert badge["register"] == 3
    # carriers: overdue 1 + check 1 + lost 1 + unlabelled 3 (what is out is information)
    assert badge["carriers"] == 6
    assert badge["people"] == 4 and badge["areas"] == 1
    assert "settings" not in badge  # the key's age is information
    assert badge["agreements"] == 1  # alice holds grants without an NDA
    assert badge["training"] == 1  # alice is due for training
    assert badge["incidents"] == 1  # no drill yet
    assert badge["backup"] == 2  # never backed up, never verified
    assert badge[""] == 19


def test_a_module_registers_a_reminder_without_dashboard_code(world):
    toy = Reminder(
        key="toy.agreements_unsigned",
        title="未签保密协议",
        severity=Severity.DUE,
        count=lambda session, today: session.query(Person).count(),
        page="agreements",
        filter={"unsigned": True},
    )
    reminders.register(toy)
    try:
        assert toy in reminders.registered()
        with world.read() as session:
            result = {c.reminder.key: c for c in reminders.evaluate(session)}
        assert result["toy.agreements_unsigned"].n == 2
        assert reminders.badges(result.values())["agreements"] == 2
    finally:
        reminders.unregister(toy.key)
    assert toy not in reminders.registered()


def test_a_failing_count_hides_only_itself(world, caplog):
    def broken(session, today):
        raise RuntimeError("boom")

    reminders.register(Reminder("toy.broken", "坏的", Severity.DUE, broken, order=0))
    try:
        got = counts(world)
    finally:
        reminders.unregister("toy.broken")
    assert got["toy.broken"] is None and got["register.proposed"] == 2


def test_counting_reads_no_rows_but_counts(world):
    """Every reminder is one aggregate per query: no statement returns table rows."""
    _craft(world)
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    engine = world.vault.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        counts(world)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    queries = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reminders.registered()) <= len(queries) <= 2 * len(reminders.registered())
    for sql in queries:
        head = sql.split("FROM", 1)[0].lower()
        # Some read one setting by its key: the last backup's note, the planned application.
        assert "count(" in head or "max(" in head or head.startswith("select setting."), sql
