"""Secret areas: kinds, the 003 §9.1.1.2 a–f checklist, access grants that expire."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from carriers_testing import World, build_world
from tsdesk_testing import read

from tsdesk.errors import ValidationError
from tsdesk.models import AreaKind, PersonStatus
from tsdesk.services import areas
from tsdesk.services import audit as audit_service
from tsdesk.services.areas import AreaInput, Measure
from tsdesk.services.audit import AuditFilter


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def test_measures_and_kinds_are_the_seed_texts():
    assert list(areas.MEASURES) == ["a", "b", "c", "d", "e", "f"]
    assert "门禁" in areas.MEASURES["b"] and "外网" in areas.MEASURES["e"]
    assert [k.value for k in areas.KIND_LABELS] == ["a", "b", "c", "d"]
    assert "未公开的样品" in areas.KIND_LABELS[AreaKind.SAMPLES]


def test_checklist_is_stored_with_notes(world):
    with world.uow() as uow:
        area_id = areas.add_area(
            uow,
            AreaInput(
                name="服务器机房",
                kind=AreaKind.RND,
                grade_id=world.grade1,
                location="行政楼 3 楼",
                responsible_id=world.bob,
                measures={
                    "a": Measure(True, "门口设涉密区域标识"),
                    "b": Measure(True, "指纹门禁"),
                    "e": Measure(False, "计划 2026 年第三季度完成内外网隔离"),
                },
            ),
        )
    with world.read() as s:
        view = areas.view(s, area_id)
    assert view.number == "QY-003"  # the fixture made two before
    assert view.measures_done == 2 and set(view.measures) == set(areas.MEASURES)
    assert view.measures["e"] == Measure(False, "计划 2026 年第三季度完成内外网隔离")
    assert view.measures["f"] == Measure(False, "")
    assert view.responsible == "李娜" and view.grade == "一级商密"
    with world.uow() as uow:
        areas.update_area(
            uow,
            area_id,
            AreaInput(
                name="服务器机房",
                kind=AreaKind.RND,
                grade_id=world.grade1,
                measures={**view.measures, "e": Measure(True, "已隔离")},
            ),
        )
    with world.read() as s:
        assert areas.view(s, area_id).measures_done == 3
    (event,) = read(world.vault, audit_service.page, AuditFilter(action="area.update"), 0, 5)
    assert event.entity_id == str(area_id)


def test_bad_area_input_changes_nothing(world):
    for inp, message in (
        (AreaInput(name="", kind=AreaKind.RND, grade_id=world.grade1), "区域名称不能为空"),
        (AreaInput(name="X", kind=AreaKind.RND, grade_id=0), "保密等级无效"),
        (AreaInput(name="样品间", kind=AreaKind.SAMPLES, grade_id=world.grade1), "同名"),
        (
            AreaInput(
                name="X", kind=AreaKind.RND, grade_id=world.grade1, measures={"z": Measure()}
            ),
            "未知的保护措施",
        ),
    ):
        with pytest.raises(ValidationError, match=message), world.uow() as uow:
            areas.add_area(uow, inp)
    with world.read() as s:
        assert len(areas.list_areas(s)) == 2


def test_access_grants_expire_and_revoke(world):
    with world.uow() as uow:
        areas.grant_access(
            uow,
            world.archive,
            world.alice,
            date.today() - timedelta(days=30),
            date.today() - timedelta(days=1),
        )
        bob = areas.grant_access(uow, world.archive, world.bob, date.today(), None)
    with world.read() as s:
        current = areas.access_list(s, world.archive)
        everyone = areas.access_list(s, world.archive, include_past=True)
        assert areas.may_enter(s, world.archive, world.bob)
        assert not areas.may_enter(s, world.archive, world.alice)
        # Yesterday alice could still enter.
        assert areas.may_enter(s, world.archive, world.alice, date.today() - timedelta(days=1))
        assert areas.view(s, world.archive).people == 1
    assert [a.person_name for a in current] == ["李娜"]
    assert [a.person_name for a in everyone] == ["张伟", "李娜"]
    # A new grant may follow an expired one, but not overlap a current one.
    with world.uow() as uow:
        areas.grant_access(
            uow, world.archive, world.alice, date.today(), date.today() + timedelta(days=10)
        )
    with pytest.raises(ValidationError, match="已有进入授权"), world.uow() as uow:
        areas.grant_access(uow, world.archive, world.bob, date.today() + timedelta(days=5))
    with pytest.raises(ValidationError, match="截止日期不能早于起始日期"), world.uow() as uow:
        areas.grant_access(
            uow, world.lab, world.bob, date.today(), date.today() - timedelta(days=1)
        )
    with world.uow() as uow:
        areas.revoke_access(uow, bob)
    with world.read() as s:
        assert [a.person_name for a in areas.access_list(s, world.archive)] == ["张伟"]
    with pytest.raises(ValidationError, match="已撤销"), world.uow() as uow:
        areas.revoke_access(uow, bob)
    actions = [
        e.action
        for e in read(
            world.vault,
            audit_service.page,
            AuditFilter(entity_type="area", entity_id=str(world.archive)),
            0,
            50,
        )
    ]
    assert actions.count("area.access_grant") == 3 and actions[0] == "area.access_revoke"


def test_people_who_left_get_no_access(world):
    from tsdesk.models import Person

    with world.uow() as uow:
        uow.session.get(Person, world.alice).status = PersonStatus.LEFT
    with pytest.raises(ValidationError, match="已离职"), world.uow() as uow:
        areas.grant_access(uow, world.archive, world.alice)


def test_area_with_carriers_cannot_be_retired(world):
    world.carrier(area=world.lab)
    with pytest.raises(ValidationError, match="仍登记有载体"), world.uow() as uow:
        areas.set_active(uow, world.lab, False)
    with world.uow() as uow:
        areas.set_active(uow, world.archive, False)
    with world.read() as s:
        assert [a.name for a in areas.list_areas(s, active_only=True)] == ["样品间"]
        assert areas.view(s, world.lab).carriers == 1
