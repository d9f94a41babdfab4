"""The employee directory and knowers (issue 3 §3, 003 §8.2): nobody is deleted, grants
carry tier, reason, who granted and from–until, and temporary grants end by themselves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from register_testing import OFFICER, approve, build_team, confirmed, propose
from sqlalchemy import select
from tsdesk_testing import read

from tsdesk.errors import NotFoundError, PermissionDenied, ValidationError
from tsdesk.models import AccessTier, AreaKind, DeclassifyReason, Person, PersonStatus
from tsdesk.services import areas, people, register
from tsdesk.services import audit as audit_service
from tsdesk.services.audit import AuditFilter

TODAY = date.today()


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def grant(team, secret_id, name, **kw):
    values = {"tier": AccessTier.FULL, "reason": "负责该机型的工艺调试", **kw}
    with team.vault.unit_of_work(team.officer) as uow:
        return people.grant(
            uow, secret_id, team.people[name], values.pop("tier"), values.pop("reason"), **values
        )


def knower_names(team, secret_id, **kw):
    with team.vault.reader() as session:
        return [k.person_name for k in people.knowers_of(session, secret_id, **kw)]


def test_directory_add_edit_and_duplicate_numbers(team):
    with team.vault.unit_of_work(team.officer) as uow:
        person_id = people.add_person(uow, " E010 ", " 周强 ", team.departments["销售部"], "业务员")
        with pytest.raises(ValidationError, match="E001 已存在"):
            people.add_person(uow, "E001", "重名")
        with pytest.raises(ValidationError, match="不能为空"):
            people.add_person(uow, "E011", "  ")
    with team.vault.unit_of_work(team.officer) as uow:
        people.update_person(
            uow,
            person_id,
            number="E010",
            name="周强",
            department_id=team.departments["技术研发中心"],
            post="调试工程师",
            phone="13905751234",
        )
        with pytest.raises(ValidationError, match="已存在"):
            people.update_person(uow, person_id, number="E001", name="周强")
        with pytest.raises(NotFoundError):
            people.update_person(uow, person_id, number="E010", name="周强", department_id=999)
    with team.vault.reader() as session:
        person = people.get_person(session, person_id)
        assert (person.number, person.name, person.post) == ("E010", "周强", "调试工程师")
        rows = people.list_people(session, search="周")
    assert [(r.name, r.department) for r in rows] == [("周强", "技术研发中心")]
    actions = [
        e.action
        for e in read(
            team.vault,
            audit_service.page,
            AuditFilter(entity_type="person", entity_id=str(person_id)),
            0,
            10,
        )
    ]
    assert actions == ["person.update", "person.add"]


def test_leaving_keeps_the_person_and_ends_grants_and_area_access_as_of_that_day(team):
    secret_id = confirmed(team)
    grant(team, secret_id, "李娜")
    later = confirmed(team)
    grant(team, later, "李娜", valid_from=TODAY + timedelta(days=5))  # not yet begun
    with team.vault.unit_of_work(team.officer) as uow:
        grades = {g.name: g.id for g in register.grades(uow.session)}
        area = areas.add_area(
            uow, areas.AreaInput(name="样品间", kind=AreaKind.SAMPLES, grade_id=grades["二级商密"])
        )
        areas.grant_access(uow, area, team.people["李娜"], valid_from=TODAY - timedelta(days=30))
    left_on = TODAY - timedelta(days=2)
    with team.vault.unit_of_work(team.officer) as uow:
        people.set_status(uow, team.people["李娜"], PersonStatus.LEFT, left_on)
    with team.vault.reader() as session:
        person = people.get_person(session, team.people["李娜"])
        assert person.status == PersonStatus.LEFT and person.left_on == left_on
        (row,) = people.list_people(session, status=PersonStatus.LEFT)
        assert session.scalar(select(Person.id).where(Person.name == "李娜")) is not None
        # Every grant ended on the leaving day, by this operator; the area too.
        ended = people.secrets_of(session, team.people["李娜"], include_past=True)
        assert [(k.revoked_on, k.revoked_by) for k in ended] == [(left_on, OFFICER)] * 2
        assert not areas.may_enter(session, area, team.people["李娜"])
        assert areas.may_enter(session, area, team.people["李娜"], on=left_on - timedelta(days=1))
        assert areas.areas_of_person(session, team.people["李娜"]) == []
    assert knower_names(team, secret_id) == []
    assert row.current_grants == 0 and row.current_areas == 0 and not row.left_with_grants
    # Each end is in the audit chain, on the secret and on the area.
    events = read(team.vault, audit_service.page, AuditFilter(), 0, 10)
    actions = [e.action for e in events]
    assert actions[:4] == [
        "area.access_revoke",
        "knower.revoke",
        "knower.revoke",
        "person.status",
    ]
    # A person who left cannot be granted anything new.
    other = propose(team)
    with pytest.raises(ValidationError, match="已离职"):
        grant(team, other, "李娜")
    # Back to 在职 restores nothing: only a new grant does.
    with team.vault.unit_of_work(team.officer) as uow:
        people.set_status(uow, team.people["李娜"], PersonStatus.ACTIVE)
    with team.vault.reader() as session:
        person = people.get_person(session, team.people["李娜"])
        assert person.status == PersonStatus.ACTIVE and person.left_on is None
        assert not areas.may_enter(session, area, team.people["李娜"])
    assert knower_names(team, secret_id) == []
    grant(team, secret_id, "李娜")
    assert knower_names(team, secret_id) == ["李娜"]


def test_a_leaving_date_in_the_future_is_refused_and_changes_nothing(team):
    secret_id = confirmed(team)
    grant(team, secret_id, "李娜")
    with (
        pytest.raises(ValidationError, match="不能晚于今天"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        people.set_status(uow, team.people["李娜"], PersonStatus.LEFT, TODAY + timedelta(days=1))
    with team.vault.reader() as session:
        assert people.get_person(session, team.people["李娜"]).status == PersonStatus.ACTIVE
    assert knower_names(team, secret_id) == ["李娜"]


def test_grant_records_tier_reason_granter_and_dates(team):
    secret_id = confirmed(team)
    knower_id = grant(
        team, secret_id, "张伟", tier=AccessTier.PARTIAL, valid_until=TODAY + timedelta(days=30)
    )
    with team.vault.reader() as session:
        (row,) = people.knowers_of(session, secret_id)
        (mine,) = people.secrets_of(session, team.people["张伟"])
    assert row.id == knower_id == mine.id
    assert row.tier == AccessTier.PARTIAL and row.granted_by == "officer1"
    assert row.valid_from == TODAY and row.valid_until == TODAY + timedelta(days=30)
    assert row.reason == "负责该机型的工艺调试" and row.department == "技术研发中心"
    assert mine.secret_number.startswith("TS-") and mine.grade == "二级商密"
    (event,) = read(team.vault, audit_service.page, AuditFilter(action="knower.grant"), 0, 10)
    assert (event.entity_type, event.entity_id) == ("secret", str(secret_id))


def test_temporary_grants_expire_by_themselves(team):
    secret_id = confirmed(team)
    grant(team, secret_id, "张伟")  # until revoked
    grant(team, secret_id, "李娜", valid_until=TODAY + timedelta(days=7))  # temporary
    grant(team, secret_id, "陈静", valid_from=TODAY + timedelta(days=3))  # starts later
    assert knower_names(team, secret_id) == ["张伟", "李娜"]
    later = TODAY + timedelta(days=8)
    assert knower_names(team, secret_id, today=later) == ["张伟", "陈静"]
    with team.vault.reader() as session:
        states = {
            k.person_name: people.grant_state(k, later)
            for k in people.knowers_of(session, secret_id, include_past=True)
        }
        assert states == {"张伟": "current", "李娜": "expired", "陈静": "current"}
        counts = {r.name: r.current_grants for r in people.list_people(session, today=later)}
    assert counts == {"张伟": 1, "李娜": 0, "陈静": 1}


def test_revoke_ends_a_grant_and_keeps_it_on_record(team):
    secret_id = confirmed(team)
    knower_id = grant(team, secret_id, "张伟")
    with team.vault.unit_of_work(team.officer) as uow:
        people.revoke(uow, knower_id)
    assert knower_names(team, secret_id) == []
    with team.vault.reader() as session:
        (row,) = people.knowers_of(session, secret_id, include_past=True)
    assert row.revoked_on == TODAY and row.revoked_by == "officer1"
    assert people.grant_state(row) == "revoked"
    with (
        pytest.raises(ValidationError, match="已撤销"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        people.revoke(uow, knower_id)
    # A new grant after the revocation is fine.
    grant(team, secret_id, "张伟", tier=AccessTier.CONSULT)
    assert knower_names(team, secret_id) == ["张伟"]


def test_an_expired_grant_needs_no_revoking(team):
    secret_id = confirmed(team)
    knower_id = grant(
        team,
        secret_id,
        "张伟",
        valid_from=TODAY - timedelta(days=30),
        valid_until=TODAY - timedelta(days=1),
    )
    with (
        pytest.raises(ValidationError, match="已到期"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        people.revoke(uow, knower_id)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"reason": " "}, "授权理由"),
        ({"valid_from": TODAY, "valid_until": TODAY - timedelta(days=1)}, "早于起始日"),
        ({"tier": "full"}, "知悉程度"),
    ],
)
def test_grant_refused(team, kw, message):
    secret_id = confirmed(team)
    with pytest.raises(ValidationError, match=message):
        grant(team, secret_id, "张伟", **kw)
    assert knower_names(team, secret_id, include_past=True) == []


def test_one_open_grant_per_person_and_secret(team):
    secret_id = confirmed(team)
    grant(team, secret_id, "张伟", valid_until=TODAY + timedelta(days=10))
    with pytest.raises(ValidationError, match="已是该商业秘密的知悉人"):
        grant(team, secret_id, "张伟", valid_from=TODAY + timedelta(days=5))
    # After the temporary grant ends, a new one may follow.
    grant(team, secret_id, "张伟", valid_from=TODAY + timedelta(days=11))


def test_no_grants_on_an_ended_secret(team):
    secret_id = confirmed(team)
    with team.vault.unit_of_work(team.officer) as uow:
        register.declassify(
            uow, secret_id, approve(uow), DeclassifyReason.COMPANY_DECISION, "产品停产"
        )
    with pytest.raises(ValidationError, match="已结束"):
        grant(team, secret_id, "张伟")


def test_auditor_cannot_grant(team):
    secret_id = confirmed(team)
    with pytest.raises(PermissionDenied), team.vault.unit_of_work(team.auditor) as uow:
        people.grant(uow, secret_id, team.people["张伟"], AccessTier.FULL, "x")
