"""Carriers: registering, the status table, movements with approvals, copies, sealing
(003 §7.3, §8.3, §9.1.2)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from carriers_testing import World, build_world
from tsdesk_testing import read

from tsdesk.errors import PermissionDenied, ValidationError
from tsdesk.models import CarrierKind, CarrierStatus, MovementKind, Role, SealReason
from tsdesk.services import audit as audit_service
from tsdesk.services import carriers
from tsdesk.services.audit import AuditFilter
from tsdesk.services.carriers import MovementInput, SealInput
from tsdesk.vault import Actor


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def history(world: World, carrier_id: int) -> list[str]:
    events = read(
        world.vault,
        audit_service.page,
        AuditFilter(entity_type="carrier", entity_id=str(carrier_id)),
        0,
        100,
    )
    return [e.action for e in reversed(events)]


def borrow(world, carrier_id, approver=None, due=None, **kw):
    with world.uow() as uow:
        return carriers.record_movement(
            uow,
            carrier_id,
            MovementInput(
                kind=kw.pop("kind", MovementKind.BORROW),
                person_id=kw.pop("person_id", world.bob),
                purpose=kw.pop("purpose", "工艺评审"),
                due_on=due or date.today() + timedelta(days=7),
                **kw,
            ),
            approver,
        )


def status(world, carrier_id) -> CarrierStatus:
    with world.read() as s:
        return carriers.get(s, carrier_id).status


# --- registering and derived facts -----------------------------------------------------------


def test_grade_and_term_derive_from_secrets(world):
    both = world.carrier(secrets=[world.low_secret, world.top_secret])
    low = world.carrier(secrets=[world.low_secret])
    with world.read() as s:
        f_both, f_low = carriers.facts(s, both), carriers.facts(s, low)
        rows = {r.id: r for r in carriers.carrier_rows(s, carriers.CarrierFilter())}
    assert (f_both.grade, f_both.term.text) == ("一级商密", "长期")
    assert (f_low.grade, f_low.term.text) == ("三级商密", "2030-12-31")
    assert f_both.responsible_unit == "技术研发中心" and f_both.responsible_person == "张伟"
    # The list derives in bulk the same way as `facts`.
    assert (rows[both].grade, rows[both].term.text) == ("一级商密", "长期")
    assert (rows[low].grade, rows[low].term) == ("三级商密", f_low.term)


def test_bad_input_changes_nothing(world):
    for inp, message in (
        (carriers.CarrierInput(CarrierKind.PAPER, " ", [world.low_secret]), "载体名称不能为空"),
        (carriers.CarrierInput(CarrierKind.PAPER, "图纸", []), "载体须关联至少一项商业秘密"),
        (carriers.CarrierInput(CarrierKind.PAPER, "图纸", [999]), "关联的商业秘密不存在或已结束"),
    ):
        with pytest.raises(ValidationError) as err, world.uow() as uow:
            carriers.register_carrier(uow, inp)
        assert err.value.message == message
    with world.read() as s:
        assert carriers.count_carriers(s, carriers.CarrierFilter()) == 0


def test_update_links_and_audit(world):
    cid = world.carrier(title="主轴图纸")
    with world.uow() as uow:
        carriers.update(
            uow,
            cid,
            carriers.CarrierInput(
                CarrierKind.PAPER,
                "主轴图纸（A 版）",
                [world.low_secret, world.top_secret],
                area_id=world.archive,
                location="A 柜 2 层",
            ),
        )
    with world.read() as s:
        f = carriers.facts(s, cid)
        c = carriers.get(s, cid)
    assert f.title == "主轴图纸（A 版）" and f.grade == "一级商密"
    assert (c.area_id, c.location) == (world.archive, "A 柜 2 层")
    with pytest.raises(ValidationError, match="至少一项"), world.uow() as uow:
        carriers.unlink_secret(uow, cid, world.low_secret)
        carriers.unlink_secret(uow, cid, world.top_secret)
    with world.read() as s:  # the whole transaction rolled back
        assert sorted(carriers.secret_ids_of(s, cid)) == sorted(
            [world.low_secret, world.top_secret]
        )
    assert history(world, cid) == ["carrier.register", "carrier.update"]


# --- the status table ------------------------------------------------------------------------


def test_transition_table_refuses_and_destroyed_is_final(world):
    cid = world.carrier()
    with world.uow() as uow:
        carriers.mark_lost(uow, cid, "搬迁后未找到")
    # A lost carrier cannot be lent, sealed or destroyed; only found again.
    with pytest.raises(ValidationError, match="遗失"):
        borrow(world, cid)
    with pytest.raises(ValidationError, match="不能变为“封存”"), world.uow() as uow:
        carriers.seal(uow, cid, SealInput(SealReason.STABLE, "F-1", "档案柜"))
    with pytest.raises(ValidationError, match="不能变为“已销毁”"), world.uow() as uow:
        carriers.mark_destroyed(uow, cid, "XH-2026-001")
    with world.uow() as uow:
        carriers.mark_found(uow, cid, "在旧档案柜中找到")
        carriers.mark_destroyed(uow, cid, "XH-2026-001")
    assert status(world, cid) == CarrierStatus.DESTROYED
    assert carriers.TRANSITIONS[CarrierStatus.DESTROYED] == frozenset()
    with pytest.raises(ValidationError, match="已销毁的载体不能再修改"), world.uow() as uow:
        carriers.update(uow, cid, carriers.CarrierInput(CarrierKind.PAPER, "x", [world.low_secret]))
    assert history(world, cid)[-3:] == ["carrier.lost", "carrier.found", "carrier.destroyed"]


def test_movement_allowed_follows_the_table():
    assert carriers.movement_allowed(CarrierStatus.IN_STORE, MovementKind.BORROW)
    assert carriers.movement_allowed(CarrierStatus.IN_STORE, MovementKind.COPY)
    assert not carriers.movement_allowed(CarrierStatus.LENT, MovementKind.COPY)
    assert not carriers.movement_allowed(CarrierStatus.LENT, MovementKind.BORROW)
    assert carriers.movement_allowed(CarrierStatus.LENT, MovementKind.RETURN)
    assert carriers.movement_allowed(CarrierStatus.OUT_FOR_REPAIR, MovementKind.RETURN)
    assert not carriers.movement_allowed(CarrierStatus.IN_STORE, MovementKind.RETURN)
    assert not carriers.movement_allowed(CarrierStatus.SEALED, MovementKind.BORROW)
    assert not carriers.movement_allowed(CarrierStatus.DESTROYED, MovementKind.TRANSFER)


# --- movements and approvals (003 §8.3.1) ----------------------------------------------------


def test_grade_needing_approval_refused_without_approver_allowed_with(world):
    cid = world.carrier(secrets=[world.top_secret, world.low_secret])
    with world.read() as s:
        assert carriers.needs_approval(s, cid)
    with pytest.raises(ValidationError, match="须经审批人批准"):
        borrow(world, cid)
    assert status(world, cid) == CarrierStatus.IN_STORE
    with pytest.raises(ValidationError, match="审批人不能是申请人本人"):
        borrow(world, cid, approver=world.admin)
    auditor = Actor("auditor9", Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        borrow(world, cid, approver=auditor)
    moved = borrow(world, cid, approver=world.approver)
    assert status(world, cid) == CarrierStatus.LENT
    with world.read() as s:
        (m,) = carriers.movements_of(s, cid)
    assert (m.id, m.approved_by, m.person, m.closed_on) == (
        moved.movement_id,
        "approver1",
        "李娜",
        None,
    )
    (event,) = read(world.vault, audit_service.page, AuditFilter(action="movement.borrow"), 0, 5)
    assert json.loads(event.after)["approved_by"] == "approver1"


def test_grade_without_the_rule_needs_no_approver(world):
    cid = world.carrier(secrets=[world.low_secret])
    with world.read() as s:
        assert not carriers.needs_approval(s, cid)
    borrow(world, cid)
    assert status(world, cid) == CarrierStatus.LENT


def test_required_fields_and_dates(world):
    cid = world.carrier()
    with pytest.raises(ValidationError) as err:
        borrow(world, cid, purpose=" ")
    assert err.value.message == "请填写用途（使用事项）"
    with pytest.raises(ValidationError, match="应还日期不能早于开始日期"):
        borrow(world, cid, started_on=date.today(), due=date.today() - timedelta(days=1))
    with pytest.raises(ValidationError) as err, world.uow() as uow:
        carriers.record_movement(
            uow, cid, MovementInput(MovementKind.COPY, person_id=world.bob, purpose="评审")
        )
    assert err.value.message == "请填写复制/接触内容"
    assert status(world, cid) == CarrierStatus.IN_STORE


def test_repair_of_storage_needs_media_removed(world):
    usb = world.carrier(title="U 盘", kind=CarrierKind.STORAGE)
    paper = world.carrier(title="图纸")
    inp = dict(kind=MovementKind.REPAIR, purpose="主控板故障", device="联想 ThinkCentre")
    with pytest.raises(ValidationError, match="拆卸涉密存储介质"):
        borrow(world, usb, approver=world.approver, **inp)
    assert status(world, usb) == CarrierStatus.IN_STORE
    borrow(world, usb, media_removed=True, approver=world.approver, **inp)
    borrow(world, paper, approver=world.approver, **inp)  # paper holds no medium to take out
    assert status(world, usb) == status(world, paper) == CarrierStatus.OUT_FOR_REPAIR
    with world.read() as s:
        (m,) = carriers.movements_of(s, usb)
    assert m.media_removed


def test_repair_is_always_approved_whatever_the_grade(world):
    """003 §9.1.2.2 c: sending out for repair needs the secrecy department's approval."""
    paper = world.carrier(secrets=[world.low_secret])
    with world.read() as s:
        assert not carriers.needs_approval(s, paper)  # the grade alone would not ask
        assert carriers.movement_needs_approval(s, paper, MovementKind.REPAIR)
    with pytest.raises(ValidationError, match="须经审批人批准"):
        borrow(world, paper, kind=MovementKind.REPAIR, purpose="修复", device="扫描仪")
    assert status(world, paper) == CarrierStatus.IN_STORE


def test_return_closes_the_open_movement_and_overdue(world):
    late = world.carrier(title="逾期图纸")
    on_time = world.carrier(title="未到期图纸")
    borrow(
        world,
        late,
        started_on=date.today() - timedelta(days=20),
        due=date.today() - timedelta(days=3),
    )
    borrow(world, on_time, due=date.today() + timedelta(days=3))
    with world.read() as s:
        overdue = carriers.overdue_movements(s)
        assert [m.carrier_id for m in overdue] == [late]
        assert [r.id for r in carriers.carrier_rows(s, carriers.CarrierFilter(overdue=True))] == [
            late
        ]
        assert len(carriers.open_movements(s)) == 2
        # Tomorrow's view: nothing new is late until its due date has passed.
        assert [
            m.carrier_id for m in carriers.overdue_movements(s, date.today() + timedelta(days=3))
        ] == [late]
        assert len(carriers.overdue_movements(s, date.today() + timedelta(days=4))) == 2
    with pytest.raises(ValidationError, match="归还日期不能早于借出日期"), world.uow() as uow:
        carriers.record_movement(
            uow,
            late,
            MovementInput(MovementKind.RETURN, started_on=date.today() - timedelta(days=30)),
        )
    with world.uow() as uow:
        carriers.record_movement(uow, late, MovementInput(MovementKind.RETURN, note="完好"))
    assert status(world, late) == CarrierStatus.IN_STORE
    with world.read() as s:
        ret, out = carriers.movements_of(s, late)
        assert carriers.overdue_movements(s) == []
    assert (ret.kind, out.kind) == (MovementKind.RETURN, MovementKind.BORROW)
    assert out.closed_on == date.today() and ret.person == "李娜"
    assert not out.overdue()
    with pytest.raises(ValidationError, match="不能办理此项流转"), world.uow() as uow:
        carriers.record_movement(uow, late, MovementInput(MovementKind.RETURN))


def test_copies_are_registered_and_numbered_from_the_original(world):
    original = world.carrier(title="主轴图纸", secrets=[world.low_secret, world.top_secret])

    def copy(carrier_id):
        with world.uow() as uow:
            return carriers.record_movement(
                uow,
                carrier_id,
                MovementInput(
                    MovementKind.COPY,
                    person_id=world.bob,
                    purpose="外协加工",
                    content="第 1–3 页",
                    device="保密室复印机 A",
                ),
                world.approver,
            )

    first = copy(original)
    second = copy(original)
    of_copy = copy(first.copy_id)  # a copy of a copy is still numbered from the original
    with world.read() as s:
        orig = carriers.get(s, original)
        numbers = [carriers.get(s, m.copy_id).number for m in (first, second, of_copy)]
        f = carriers.facts(s, second.copy_id)
        f_orig = carriers.facts(s, original)
        c = carriers.get(s, second.copy_id)
        (m,) = carriers.movements_of(s, original)[:1]
    assert numbers == [f"{orig.number}-C02", f"{orig.number}-C03", f"{orig.number}-C04"]
    assert orig.status == CarrierStatus.IN_STORE and orig.copies_made == 4
    assert (c.original_id, c.copy_number, c.custodian_id) == (original, 3, world.bob)
    assert (f.grade, f.secret_numbers) == ("一级商密", f_orig.secret_numbers)
    assert (
        m.kind == MovementKind.COPY and m.closed_on == date.today() and m.device == "保密室复印机 A"
    )
    assert history(world, second.copy_id) == ["carrier.copy"]
    assert history(world, original).count("movement.copy") == 2


def test_transfer_changes_custodian_and_place(world):
    cid = world.carrier(area=world.archive, location="A 柜")
    with world.uow() as uow:
        carriers.record_movement(
            uow,
            cid,
            MovementInput(
                MovementKind.TRANSFER, person_id=world.bob, area_id=world.lab, location="B 架"
            ),
        )
    with world.read() as s:
        c = carriers.get(s, cid)
        (m,) = carriers.movements_of(s, cid)
    assert (c.custodian_id, c.area_id, c.location, c.status) == (
        world.bob,
        world.lab,
        "B 架",
        CarrierStatus.IN_STORE,
    )
    assert m.closed_on == date.today()


def test_lost_while_lent_closes_the_movement(world):
    cid = world.carrier()
    borrow(
        world,
        cid,
        due=date.today() - timedelta(days=1),
        started_on=date.today() - timedelta(days=5),
    )
    with world.uow() as uow:
        carriers.mark_lost(uow, cid, "借用人出差途中遗失")
    with world.read() as s:
        assert carriers.overdue_movements(s) == []
        assert carriers.get(s, cid).status == CarrierStatus.LOST


# --- sealing (003 §7.3) ----------------------------------------------------------------------


def test_seal_checks_move_the_schedule(world):
    cid = world.carrier(title="专利诉讼证据光盘", kind=CarrierKind.STORAGE)
    sealed_on = date.today() - timedelta(days=100)
    with world.uow() as uow:
        carriers.seal(
            uow,
            cid,
            SealInput(
                SealReason.EVIDENCE,
                "FT-0007",
                "档案室保险柜",
                sealed_on=sealed_on,
                check_interval_days=90,
            ),
        )
    assert status(world, cid) == CarrierStatus.SEALED
    with world.read() as s:
        (due,) = carriers.due_seal_checks(s)
        assert due.next_check == sealed_on + timedelta(days=90) and due.check_due()
    with pytest.raises(ValidationError, match="发现问题时须写明情况"), world.uow() as uow:
        carriers.check_seal(uow, cid, intact=False)
    with world.uow() as uow:
        carriers.check_seal(uow, cid, intact=True, on=date.today() - timedelta(days=5))
    with world.read() as s:
        assert carriers.due_seal_checks(s) == []
        assert [v.carrier_id for v in carriers.due_seal_checks(s, within_days=85)] == [cid]
    with world.uow() as uow:
        carriers.check_seal(
            uow, cid, intact=False, note="封条边缘翘起，已重新加封", on=date.today()
        )
    with world.read() as s:
        (view,) = carriers.seals_of(s, cid)
    assert view.next_check == date.today() + timedelta(days=90)
    assert [c.intact for c in view.checks] == [False, True]
    # Sealed carriers do not move.
    with pytest.raises(ValidationError, match="封存"):
        borrow(world, cid)
    with pytest.raises(ValidationError, match="请说明启封原因"), world.uow() as uow:
        carriers.unseal(uow, cid, "")
    with world.uow() as uow:
        carriers.unseal(uow, cid, "诉讼结束")
    assert status(world, cid) == CarrierStatus.IN_STORE
    with world.read() as s:
        assert carriers.due_seal_checks(s, within_days=1000) == []
        assert carriers.seals_of(s, cid)[0].unsealed_on == date.today()
    with pytest.raises(ValidationError, match="未封存"), world.uow() as uow:
        carriers.check_seal(uow, cid, intact=True)
    assert history(world, cid) == [
        "carrier.register",
        "seal.seal",
        "seal.check",
        "seal.check",
        "seal.unseal",
    ]


def test_seal_input_rules(world):
    cid = world.carrier()
    for inp, message in (
        (SealInput(SealReason.OTHER, "F-1", "柜"), "须说明理由"),
        (SealInput(SealReason.STABLE, " ", "柜"), "请填写封条编号"),
        (SealInput(SealReason.STABLE, "F-1", ""), "请填写封存地点"),
        (SealInput(SealReason.STABLE, "F-1", "柜", check_interval_days=0), "检查周期"),
    ):
        with pytest.raises(ValidationError, match=message), world.uow() as uow:
            carriers.seal(uow, cid, inp)
    assert status(world, cid) == CarrierStatus.IN_STORE


def test_list_filters(world):
    a = world.carrier(title="主轴图纸", area=world.archive, location="A 柜")
    b = world.carrier(title="样品 U 盘", kind=CarrierKind.STORAGE, area=world.lab)
    borrow(world, b)
    with world.read() as s:

        def ids(**kw):
            return [r.id for r in carriers.carrier_rows(s, carriers.CarrierFilter(**kw))]

        assert ids(kind=CarrierKind.STORAGE) == [b]
        assert ids(status=CarrierStatus.LENT) == [b]
        assert ids(area_id=world.archive) == [a]
        assert ids(search="主轴") == [a]
        assert ids(search="张伟") == [a, b]  # the custodian's name
        assert ids(search="100%") == []
        assert carriers.count_carriers(s, carriers.CarrierFilter(search="U 盘")) == 1
