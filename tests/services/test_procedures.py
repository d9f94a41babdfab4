"""Joining, job change and leaving (issue 13 §3, 003 §8.2.3–8.2.4): items generated from what
the person holds, settled by real acts (revoke, return), completion blocked while anything is
open, leaving ending access as of the date — every step audited on the person."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from carriers_testing import World, build_world
from tsdesk_testing import pdf_text, read

from tsdesk.documents import exit_sheet
from tsdesk.errors import ValidationError
from tsdesk.models import (
    AccessTier,
    Agreement,
    AgreementKind,
    AgreementStatus,
    MovementKind,
    PersonStatus,
    ProcedureKind,
    TrainingAttendance,
    TrainingAudience,
    TrainingSession,
)
from tsdesk.services import areas, carriers, people, procedures
from tsdesk.services import audit as audit_service
from tsdesk.services.audit import AuditFilter
from tsdesk.services.people import PersonFlag

TODAY = date.today()


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def sign(world: World, person: int, kind: AgreementKind, number: str, **kw) -> int:
    """An agreement registered as signed (the agreements module's job, done by hand here)."""
    with world.uow() as uow:
        row = Agreement(
            number=number,
            kind=kind,
            status=kw.pop("status", AgreementStatus.IN_FORCE),
            person_id=person,
            signed_on=kw.pop("signed_on", TODAY),
            created_by="test",
            **kw,
        )
        uow.session.add(row)
        uow.session.flush()
        return row.id


def holding(world: World, person: int) -> tuple[int, int, int]:
    """A grant, an area access and a borrowed carrier for `person`."""
    with world.uow() as uow:
        knower = people.grant(uow, world.low_secret, person, AccessTier.PARTIAL, "岗位工作需要")
        access = areas.grant_access(uow, world.lab, person, valid_from=TODAY - timedelta(days=5))
    carrier = world.carrier("报价汇总表")
    with world.uow() as uow:
        carriers.record_movement(
            uow,
            carrier,
            carriers.MovementInput(
                kind=MovementKind.BORROW,
                person_id=person,
                purpose="报价",
                due_on=TODAY + timedelta(days=7),
            ),
        )
    return knower, access, carrier


def hand_over(world: World, carrier: int, to: int) -> None:
    """Custody handed to someone else: a TRANSFER movement on the carriers page."""
    with world.uow() as uow:
        carriers.record_movement(
            uow, carrier, carriers.MovementInput(kind=MovementKind.TRANSFER, person_id=to)
        )


def items(world: World, procedure_id: int) -> dict[str, procedures.ItemRow]:
    view = read(world.vault, procedures.get, procedure_id)
    return {i.kind + ":" + i.label: i for i in view.items}


def by_kind(world: World, procedure_id: int, kind: str) -> procedures.ItemRow:
    (item,) = [i for i in read(world.vault, procedures.get, procedure_id).items if i.kind == kind]
    return item


def settle(world: World, item_id: int, outcome: str, **kw) -> None:
    with world.uow() as uow:
        procedures.settle_item(uow, item_id, outcome, **kw)


def complete(world: World, procedure_id: int) -> None:
    with world.uow() as uow:
        procedures.complete(uow, procedure_id)


def person_actions(world: World, person: int) -> list[str]:
    events = read(
        world.vault,
        audit_service.page,
        AuditFilter(entity_type="person", entity_id=str(person)),
        0,
        50,
    )
    return [e.action for e in events]


def test_joining_checklist_nda_and_training_by_their_records(world):
    hire = TODAY - timedelta(days=3)
    with world.uow() as uow:
        proc = procedures.start_join(
            uow, world.bob, hire, post="档案员", key_post=True, tasks=["授权：研发图纸查阅", " "]
        )
    view = read(world.vault, procedures.get, proc)
    assert [(i.kind, i.due_on) for i in view.items] == [
        ("nda", hire),
        ("training", hire + timedelta(days=30)),  # training_new_staff_days
        ("task", hire),
    ]
    person = read(world.vault, people.get_person, world.bob)
    assert (person.hire_date, person.key_post, person.post) == (hire, True, "档案员")
    with world.read() as s:
        assert people.count_flagged(s, PersonFlag.ITEMS_DUE) == 1  # the NDA is due
    nda, training = by_kind(world, proc, "nda"), by_kind(world, proc, "training")
    # Neither is settled by saying so: the agreement and the attendance must exist.
    with pytest.raises(ValidationError, match="保密协议"):
        settle(world, nda.id, "signed")
    with pytest.raises(ValidationError, match="培训签到"):
        settle(world, training.id, "done")
    with pytest.raises(ValidationError, match="不能这样办结"):
        settle(world, nda.id, "not_needed")
    sign(world, world.bob, AgreementKind.NDA, "XY-1")
    settle(world, nda.id, "signed")
    with world.uow() as uow:
        session = TrainingSession(
            held_on=hire + timedelta(days=1),
            topic="入职保密培训",
            audience=TrainingAudience.NEW,
            recorded_by="test",
        )
        uow.session.add(session)
        uow.session.flush()
        uow.session.add(
            TrainingAttendance(session_id=session.id, person_id=world.bob, held_on=session.held_on)
        )
    settle(world, training.id, "done")
    with pytest.raises(ValidationError, match="还有 1 项未办结：事项：授权：研发图纸查阅"):
        complete(world, proc)
    settle(world, by_kind(world, proc, "task").id, "done")
    complete(world, proc)
    view = read(world.vault, procedures.get, proc)
    assert view.completed and by_kind(world, proc, "nda").note == "XY-1"
    assert read(world.vault, procedures.open_procedure, world.bob) is None
    assert person_actions(world, world.bob)[:2] == ["procedure.complete", "procedure.settle"]


def test_a_job_change_lists_holdings_each_kept_or_ended_explicitly(world):
    knower, access, carrier = holding(world, world.alice)
    with world.uow() as uow:
        proc = procedures.update_person(
            uow,
            world.alice,
            number="E001",
            name="张伟",
            department_id=None,
            post="销售工程师",
        )
    assert proc is not None
    view = read(world.vault, procedures.get, proc)
    assert view.kind == ProcedureKind.TRANSFER
    assert (view.from_department, view.to_department) == ("技术研发中心", "")
    assert (view.from_post, view.to_post) == ("工程师", "销售工程师")
    assert sorted(i.kind for i in view.items) == [
        "area",
        "carrier",
        "grant",
        "transfer_agreement",
    ]
    with world.read() as s:
        (row,) = people.list_people(s, flag=PersonFlag.TRANSFER_OPEN)
        assert row.id == world.alice and row.stage == "transfer"
    # A second edit moves the same procedure on, and nothing ends by itself.
    with world.uow() as uow:
        again = procedures.update_person(
            uow, world.alice, number="E001", name="张伟", department_id=None, post="销售经理"
        )
    assert again == proc and read(world.vault, procedures.get, proc).to_post == "销售经理"
    assert read(world.vault, people.secrets_of, world.alice)
    settle(world, by_kind(world, proc, "grant").id, "kept", note="仍负责报价")
    settle(world, by_kind(world, proc, "area").id, "revoked")
    settle(world, by_kind(world, proc, "carrier").id, "returned")
    assert read(world.vault, areas.areas_of_person, world.alice) == []
    assert read(world.vault, carriers.open_movement, carrier) is None
    assert read(world.vault, people.secrets_of, world.alice)  # kept
    with pytest.raises(ValidationError, match="岗位变动协议"):
        complete(world, proc)
    sign(world, world.alice, AgreementKind.TRANSFER, "XY-T", signed_on=TODAY - timedelta(days=9))
    with pytest.raises(ValidationError, match="岗位变动协议"):
        complete(world, proc)  # signed before the change: not this change's agreement
    sign(world, world.alice, AgreementKind.TRANSFER, "XY-T2", status=AgreementStatus.SIGNED)
    complete(world, proc)  # the agreement item settles itself once the agreement is there
    assert by_kind(world, proc, "transfer_agreement").note == "XY-T2"
    actions = person_actions(world, world.alice)
    assert actions.count("procedure.settle") == 4 and actions[0] == "procedure.complete"
    with world.read() as s:
        assert people.count_flagged(s, PersonFlag.TRANSFER_OPEN) == 0


def test_an_explicit_transfer_and_one_procedure_at_a_time(world):
    with world.uow() as uow:
        proc = procedures.start_transfer(
            uow, world.bob, to_department_id=None, to_post="档案主管", note="岗位调整"
        )
    person = read(world.vault, people.get_person, world.bob)
    assert (person.department_id, person.post) == (None, "档案主管")
    with world.uow() as uow, pytest.raises(ValidationError, match="调岗手续尚未完成"):
        procedures.start_exit(uow, world.bob, TODAY)
    alice = read(world.vault, people.get_person, world.alice)
    with world.uow() as uow, pytest.raises(ValidationError, match="与现在相同"):
        procedures.start_transfer(
            uow, world.alice, to_department_id=alice.department_id, to_post=alice.post
        )
    assert read(world.vault, procedures.open_procedure, world.bob).id == proc


def test_leaving_blocks_until_everything_is_settled_then_ends_access_as_of_the_date(world):
    knower, access, carrier = holding(world, world.alice)
    leave = TODAY - timedelta(days=1)
    with world.uow() as uow:
        proc = procedures.start_exit(uow, world.alice, leave, note="个人原因")
    with world.uow() as uow:
        procedures.add_item(uow, proc, "device", "笔记本电脑 ThinkPad SN123")
    with world.uow() as uow, pytest.raises(ValidationError, match="不能添加"):
        procedures.add_item(uow, proc, "grant", "随便")
    with world.read() as s:
        (row,) = people.list_people(s, flag=PersonFlag.EXIT_OPEN)
        assert row.stage == "exit"
    grant_item = by_kind(world, proc, "grant")
    with pytest.raises(ValidationError, match="不能这样办结"):
        settle(world, grant_item.id, "kept")  # leaving keeps nothing
    with pytest.raises(ValidationError) as blocked:
        complete(world, proc)
    text = str(blocked.value.params["items"])
    for what in (
        "知悉授权",
        "区域准入",
        "载体",
        "保管的载体",
        "设备",
        "离职保密承诺书",
        "竞业限制决定",
    ):
        assert what in text
    settle(world, grant_item.id, "revoked")
    settle(world, by_kind(world, proc, "area").id, "revoked")
    settle(world, by_kind(world, proc, "carrier").id, "returned")
    custody = by_kind(world, proc, "custody")
    with pytest.raises(ValidationError, match="移交保管"):
        settle(world, custody.id, "handed_over")  # saying so is not enough
    hand_over(world, carrier, world.bob)
    settle(world, custody.id, "handed_over")
    settle(world, by_kind(world, proc, "device").id, "wiped", note="已格式化")
    settle(world, by_kind(world, proc, "noncompete").id, "sign")
    assert read(world.vault, people.secrets_of, world.alice) == []  # really revoked
    assert read(world.vault, carriers.open_movement, carrier) is None  # really returned
    # Something granted after the start, no item names it: still blocks the leaving. (A 一级
    # secret: alice needs an NDA in force first, 003 §9.4.)
    sign(world, world.alice, AgreementKind.NDA, "XY-N")
    with world.uow() as uow:
        late = people.grant(uow, world.top_secret, world.alice, AccessTier.CONSULT, "临时查阅")
    with pytest.raises(ValidationError, match="织机主轴热处理工艺"):
        complete(world, proc)
    with world.uow() as uow:
        people.revoke(uow, late)
    with pytest.raises(ValidationError, match="离职保密承诺书"):
        complete(world, proc)
    sign(world, world.alice, AgreementKind.EXIT, "XY-E")
    complete(world, proc)
    person = read(world.vault, people.get_person, world.alice)
    assert person.status == PersonStatus.LEFT and person.left_on == leave
    view = read(world.vault, procedures.get, proc)
    assert view.noncompete_decision == "sign" and view.completed
    actions = person_actions(world, world.alice)
    assert actions[:2] == ["procedure.complete", "person.status"]
    with world.uow() as uow, pytest.raises(ValidationError, match="已完成"):
        procedures.add_item(uow, proc, "device", "U 盘")


def test_a_leaving_in_the_future_completes_only_on_the_day(world):
    with world.uow() as uow:
        proc = procedures.start_exit(uow, world.bob, TODAY + timedelta(days=10))
    sign(world, world.bob, AgreementKind.EXIT, "XY-E2")
    settle(world, by_kind(world, proc, "noncompete").id, "not_needed")
    with pytest.raises(ValidationError, match="尚未到"):
        complete(world, proc)
    assert read(world.vault, people.get_person, world.bob).status == PersonStatus.ACTIVE


def test_the_exit_sheet_and_letter_print_what_was_recorded(world, tmp_path):
    knower, access, carrier = holding(world, world.alice)
    leave = TODAY
    with world.uow() as uow:
        proc = procedures.start_exit(uow, world.alice, leave)
        procedures.add_item(uow, proc, "device", "工作手机")
    for kind, outcome in (
        ("grant", "revoked"),
        ("area", "revoked"),
        ("carrier", "returned"),
        ("device", "returned"),
        ("noncompete", "sign"),
    ):
        settle(world, by_kind(world, proc, kind).id, outcome)
    hand_over(world, carrier, world.bob)
    settle(world, by_kind(world, proc, "custody").id, "handed_over")
    sign(world, world.alice, AgreementKind.EXIT, "XY-2026-0007")
    sign(
        world,
        world.alice,
        AgreementKind.NONCOMPETE,
        "XY-2026-0008",
        nc_months=12,
        nc_starts_on=leave,
        nc_area="浙江省",
        nc_business="剑杆织机研发",
        nc_competitors="某织机公司",
    )
    complete(world, proc)
    sheet_path, letter_path = tmp_path / "sheet.pdf", tmp_path / "letter.pdf"
    with world.uow() as uow:
        procedures.write_exit_paper(uow, world.alice, sheet_path)
    with world.uow() as uow:
        procedures.write_exit_paper(uow, world.alice, letter_path, letter=True)
    sheet = read(world.vault, procedures.exit_sheet_data, proc)
    text = "".join(pdf_text(sheet_path).split())
    for value in (
        exit_sheet.SHEET_TITLE,
        sheet.person_number,
        sheet.person_name,
        sheet.leave_date,
        *[line.text for line in sheet.carriers + sheet.devices + sheet.access],
        *[s.number for s in sheet.secrets],
        *[s.name for s in sheet.secrets],
        *[line.text for line in sheet.agreements],
        "离职人员（签字）",
        "部门负责人（签字）",
        "保密员（签字）",
        "审计链",
    ):
        assert "".join(value.split()) in text, value
    assert [s.number for s in sheet.secrets] and sheet.noncompete == "签订竞业限制"
    letter = read(world.vault, procedures.exit_letter_data, proc)
    assert letter.noncompete and letter.nc_months == 12
    assert letter.nc_until == str(date(leave.year + 1, leave.month, leave.day) - timedelta(days=1))
    letter_text = "".join(pdf_text(letter_path).split())
    for paragraph in exit_sheet.letter_paragraphs(letter):
        assert "".join(paragraph.split()) in letter_text, paragraph
    assert "浙江省" in letter_text and "XY-2026-0008" in letter_text
    actions = person_actions(world, world.alice)
    assert actions[:2] == ["print.exit_letter", "print.exit_sheet"]


def test_reminders_count_open_procedures(world):
    from tsdesk.services import reminders

    with world.uow() as uow:
        procedures.start_exit(uow, world.alice, TODAY)
        procedures.start_transfer(uow, world.bob, to_department_id=None, to_post="主管")
    with world.read() as s:
        counts = {c.reminder.key: c.n for c in reminders.evaluate(s, TODAY)}
    assert counts["people.exit_open"] == 1
    assert counts["people.transfer_open"] == 1
    assert counts["people.items_due"] == 2  # both procedures' items are due today
