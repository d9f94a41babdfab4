"""The self-assessment against 004 第十条 (示范点), 第八条 and 第六条, item by item: each is
shown not met, then met, from the data it reads (issue 16 §2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from register_testing import build_team, confirmed
from sqlalchemy import update
from tsdesk_testing import read

from tsdesk.errors import ValidationError
from tsdesk.models import (
    Area,
    AreaKind,
    Carrier,
    CarrierKind,
    DesignationKind,
    DestructionBatch,
    DestructionStatus,
    IncidentCase,
    IncidentKind,
    IncidentSource,
    IncidentStatus,
    LabelIssue,
    OrgKind,
    Person,
    ProgrammeKind,
    RuleKind,
    Secret,
    StockTake,
    TrainingAudience,
)
from tsdesk.services import company, training
from tsdesk.services.compliance import assessment, declarations, programme, rules
from tsdesk.services.compliance.rules import RuleInput
from tsdesk.services.training import SessionInput

TODAY = date.today()


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def ev(team, key: str, today: date = TODAY) -> assessment.ItemResult:
    with team.vault.reader() as s:
        return assessment.item(key).evaluate(s, today)


def words(result: assessment.ItemResult) -> str:
    return "；".join(e.text() for e in result.evidence)


def admin(team):
    return team.vault.unit_of_work(team.admin)


def add_rule(team, kind: RuleKind, adopted: date = date(2024, 1, 1), title: str = "制度") -> int:
    with team.vault.unit_of_work(team.officer) as uow:
        return rules.add_rule(uow, RuleInput(kind, title, adopted, "〔2024〕1号"))


# --- 第十条（一） ----------------------------------------------------------------------------


def test_leading_group_headed_by_the_legal_representative(team):
    assert ev(team, "10.1.group").met is False
    with admin(team) as uow:
        company.update_profile(uow, {"legal_representative": "张伟"})
        member = company.add_designation(uow, DesignationKind.LEADING_GROUP, "李娜", "组长")
    result = ev(team, "10.1.group")
    assert result.met is False and "不是法定代表人" in words(result)
    assert (result.page, result.filters) == ("company", {})
    with admin(team) as uow:
        company.remove_designation(uow, member)
        company.add_designation(uow, DesignationKind.LEADING_GROUP, "张伟", "副组长")
    assert "没有指定组长" in words(ev(team, "10.1.group"))
    with admin(team) as uow:
        head = company.add_designation(uow, DesignationKind.LEADING_GROUP, "张总", "组长")
        company.link_designation(uow, head, team.people["张伟"])  # the person behind the name
    result = ev(team, "10.1.group")
    assert result.met is True and "组长由法定代表人 张伟 担任" in words(result)


def test_a_management_department_is_named(team):
    assert ev(team, "10.1.department").met is False
    with admin(team) as uow:
        company.update_profile(uow, {"management_department_id": team.departments["财务部"]})
    result = ev(team, "10.1.department")
    assert result.met is True and "财务部" in words(result)


def test_at_least_one_secrecy_officer(team):
    assert ev(team, "10.1.officer").met is False
    with admin(team) as uow:
        company.add_designation(uow, DesignationKind.SECRECY_OFFICER, "陈静", "兼职")
    assert ev(team, "10.1.officer").met is True
    assert ev(team, "6.2.staff").met is True  # a park's staff item reads the same


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("10.1.duties", RuleKind.DUTIES),
        ("10.3.rules", RuleKind.MANAGEMENT),
        ("10.3.emergency", RuleKind.EMERGENCY),
        ("10.3.reward", RuleKind.REWARD_PENALTY),
        ("10.4.grading_rule", RuleKind.GRADING),
        ("8.3.reward", RuleKind.REWARD_PENALTY),
    ],
)
def test_a_rule_of_the_kind_in_force(team, key, kind):
    result = ev(team, key)
    assert result.met is False
    assert (result.page, result.filters) == ("compliance", {"tab": "rules", "kind": kind.value})
    other = RuleKind.OTHER
    add_rule(team, other)
    assert ev(team, key).met is False  # another kind does not count
    rule_id = add_rule(team, kind, TODAY + timedelta(days=3), "尚未生效的制度")
    assert ev(team, key).met is False  # adopted only later
    assert ev(team, key, TODAY + timedelta(days=3)).met is True
    with team.vault.unit_of_work(team.officer) as uow:
        rules.repeal_rule(uow, rule_id, TODAY + timedelta(days=10))
    assert ev(team, key, TODAY + timedelta(days=10)).met is False  # repealed that day


# --- 第十条（二）, hand items --------------------------------------------------------------------


def test_hand_items_are_gaps_until_answered_for_the_year(team):
    result = ev(team, "10.2.office")
    assert result.met is False and "尚未填写" in words(result)
    assert result.filters == {"tab": "assessment", "action": "answer", "item": "10.2.office"}
    with team.vault.unit_of_work(team.officer) as uow:
        assessment.answer(uow, "10.2.office", True, "保密办公室 30 平方米", "固定资产台账")
    result = ev(team, "10.2.office")
    assert result.met is True and "保密办公室 30 平方米" in words(result)
    assert ev(team, "10.2.office", date(TODAY.year + 1, 1, 2)).met is False  # a new year
    with team.vault.unit_of_work(team.officer) as uow:
        assessment.answer(uow, "10.2.office", False, "", "尚在装修")
    assert ev(team, "10.2.office").met is False
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        assessment.answer(uow, "10.1.group", True)  # read from the data, not answered


# --- 第十条（三） ----------------------------------------------------------------------------


def test_this_years_programme_exists(team):
    assert ev(team, "10.3.programme").met is False
    with team.vault.unit_of_work(team.officer) as uow:
        programme.add_item(
            uow, TODAY.year - 1, ProgrammeKind.PUBLICITY, "去年的宣传", date(TODAY.year - 1, 5, 1)
        )
    assert ev(team, "10.3.programme").met is False  # last year's does not count
    with team.vault.unit_of_work(team.officer) as uow:
        programme.add_item(
            uow, TODAY.year, ProgrammeKind.PUBLICITY, "宣传月", date(TODAY.year, 12, 31)
        )
    result = ev(team, "10.3.programme")
    assert result.met is True and "1 项，已完成 0 项" in words(result)


def test_all_staff_trained_this_calendar_year(team):
    def train(*names, held_on=TODAY):
        with team.vault.unit_of_work(team.officer) as uow:
            training.add_session(
                uow,
                SessionInput("宣讲", TrainingAudience.ALL, held_on,
                             attendee_ids=tuple(team.people[n] for n in names)),
            )  # fmt: skip

    train("张伟", "李娜", "陈静", held_on=date(TODAY.year - 1, 12, 31))  # last year
    result = ev(team, "10.3.training")
    assert result.met is False and "张伟、李娜、陈静" in words(result)
    assert result.page == "training"
    train("张伟", "李娜")
    result = ev(team, "10.3.training")
    assert result.met is False and "已参加培训 2 人" in words(result) and "陈静" in words(result)
    with team.vault.unit_of_work(team.officer) as uow:  # someone who left is not counted
        uow.session.execute(
            update(Person).where(Person.id == team.people["陈静"]).values(status="left")
        )
    assert ev(team, "10.3.training").met is True


# --- 第十条（四） ----------------------------------------------------------------------------


def test_key_departments_each_with_a_secrecy_officer(team):
    assert ev(team, "10.4.key_departments").met is False
    with admin(team) as uow:
        company.set_department_key(uow, team.departments["技术研发中心"], True)
        company.set_department_key(uow, team.departments["财务部"], True)
        company.add_designation(
            uow, DesignationKind.SECRECY_OFFICER, "张伟", "兼职", team.departments["技术研发中心"]
        )
    result = ev(team, "10.4.key_departments")
    assert result.met is False and "没有保密员：财务部" in words(result)
    with admin(team) as uow:
        company.set_department_key(uow, team.departments["财务部"], False)
    assert ev(team, "10.4.key_departments").met is True


def test_key_posts_and_people(team):
    assert ev(team, "10.4.key_people").met is False
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.execute(
            update(Person).where(Person.id == team.people["张伟"]).values(key_post=True)
        )
    result = ev(team, "10.4.key_people")
    assert result.met is True and "张伟" in words(result)


def test_grading_and_confirmation_in_use(team):
    assert ev(team, "10.4.grading").met is False
    assert ev(team, "10.4.confirm").met is False
    secret_id = confirmed(team)
    result = ev(team, "10.4.grading")
    assert result.met is True and "二级商密 1" in words(result)
    assert "其中经定级评估 0 项" in words(result)
    assert ev(team, "10.4.confirm").met is True
    with team.vault.unit_of_work(team.officer) as uow:  # graded with the assistant
        uow.session.execute(
            update(Secret).where(Secret.id == secret_id).values(grading='{"scores": {}}')
        )
    assert "其中经定级评估 1 项" in words(ev(team, "10.4.grading"))


def test_declassification_or_reviews(team):
    assert ev(team, "10.4.declassify").met is False
    from tsdesk.models import Review, ReviewOutcome

    secret_id = confirmed(team)
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.add(Review(secret_id=secret_id, reviewed_on=TODAY, reviewer="officer1",
                               outcome=ReviewOutcome.UNCHANGED))  # fmt: skip
    result = ev(team, "10.4.declassify")
    assert result.met is True and "定期复核 1 次" in words(result)


def test_destruction_done(team):
    assert ev(team, "10.4.destroy").met is False
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.add(
            DestructionBatch(number="XH-1", status=DestructionStatus.APPROVED, requested_by="x")
        )
    assert ev(team, "10.4.destroy").met is False  # approved, not carried out
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.add(DestructionBatch(number="XH-2", status=DestructionStatus.DONE,
                                         requested_by="x", executed_on=TODAY))  # fmt: skip
    result = ev(team, "10.4.destroy")
    assert result.met is True and "XH-2" in words(result)


def test_concealed_secrets_only_inform(team):
    assert ev(team, "10.4.concealed").met is None
    secret_id = confirmed(team)
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.execute(update(Secret).where(Secret.id == secret_id).values(concealed=True))
    result = ev(team, "10.4.concealed")
    assert result.met is None and "1 项" in words(result)


def _area(team) -> int:
    with team.vault.unit_of_work(team.officer) as uow:
        area = Area(
            number="QY-01",
            name="档案室",
            kind=next(iter(AreaKind)),
            grade_id=team.grades["二级商密"],
        )
        uow.session.add(area)
        uow.session.flush()
        return area.id


def test_areas_carriers_and_stocktake(team):
    for key in ("10.4.areas", "10.4.carriers", "10.4.stocktake"):
        assert ev(team, key).met is False, key
    area_id = _area(team)
    assert ev(team, "10.4.areas").met is True
    with team.vault.unit_of_work(team.officer) as uow:
        carrier = Carrier(
            number="ZT-1", kind=CarrierKind.PAPER, title="图纸", created_by="x", area_id=area_id
        )
        uow.session.add(carrier)
        uow.session.flush()
        carrier_id = carrier.id
    result = ev(team, "10.4.carriers")
    assert result.met is False and result.filters == {"unlabelled": True}
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.add(LabelIssue(carrier_id=carrier_id, issued=1))
    assert ev(team, "10.4.carriers").met is True
    with team.vault.unit_of_work(team.officer) as uow:
        last_year = datetime(TODAY.year - 1, 12, 30, tzinfo=UTC)
        uow.session.add(
            StockTake(area_id=area_id, operator="x", started_at=last_year, finished_at=last_year)
        )
        uow.session.add(StockTake(area_id=area_id, operator="x"))  # not finished
    assert ev(team, "10.4.stocktake").met is False
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.add(StockTake(area_id=area_id, operator="x", finished_at=datetime.now(UTC)))
    assert ev(team, "10.4.stocktake").met is True


# --- 第十条（五） ----------------------------------------------------------------------------


def test_no_infringement_declaration_within_twelve_months(team):
    result = ev(team, "10.5.declaration")
    assert result.met is False and result.filters["action"] == "declaration"
    with team.vault.unit_of_work(team.officer) as uow:
        declarations.add_declaration(
            uow, TODAY - timedelta(days=400), "张伟", "声明……", "法定代表人"
        )
    assert "超过 12 个月" in words(ev(team, "10.5.declaration"))
    with team.vault.unit_of_work(team.officer) as uow:
        declarations.add_declaration(
            uow, TODAY - timedelta(days=10), "张伟", "声明……", "法定代表人"
        )
    result = ev(team, "10.5.declaration")
    assert result.met is True and "张伟（法定代表人）" in words(result)
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        declarations.add_declaration(uow, TODAY, " ", "声明")


def test_incidents_inform_and_drills_never_count(team):
    def case(number, is_drill, status):
        return IncidentCase(number=number, is_drill=is_drill, title="t", kind=next(iter(IncidentKind)),
                            source=next(iter(IncidentSource)), status=status,
                            discovered_at=datetime.now(UTC), discovered_by="x", opened_by="x")  # fmt: skip

    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.add_all([case("SJ-1", False, IncidentStatus.CLOSED),
                             case("SJ-2", True, IncidentStatus.CLOSED),
                             case("SJ-3", False, IncidentStatus.ACTIVE)])  # fmt: skip
    result = ev(team, "10.5.incidents")
    assert result.met is None and "已结案的泄密事件 1 起，处置中 1 起" in words(result)


# --- 第八条, 第六条: bases built from the profile ----------------------------------------------


def test_bases_built_from_the_profile(team):
    assert ev(team, "8.5.bases").met is False
    with admin(team) as uow:
        company.update_profile(uow, {"municipal_bases_built": "2 家"})
    assert ev(team, "8.5.bases").met is True
    assert ev(team, "6.1.bases").met is False  # a park needs 3 municipal
    with admin(team) as uow:
        company.update_profile(uow, {"provincial_bases_built": "1"})
    assert ev(team, "6.1.bases").met is True


# --- the whole ----------------------------------------------------------------------------------


def test_score_gaps_and_kinds(team):
    with team.vault.reader() as s:
        point = assessment.assess(s, TODAY)
        station = assessment.assess(s, TODAY, "station")
        zone = assessment.assess(s, TODAY, OrgKind.PARK)
    assert point.kind == OrgKind.ENTERPRISE and point.items[0].item.key == "10.1.group"
    assert {a.item.key.split(".")[0] for a in station.items} == {"8"}
    assert {a.item.key.split(".")[0] for a in zone.items} == {"6"}
    informational = [a for a in point.items if not a.counted]
    assert [a.item.key for a in informational] == ["10.4.concealed", "10.5.incidents"]
    assert point.total == len(point.items) - 2
    assert point.met + len(point.gaps) == point.total
    assert all(g.result.page for g in point.gaps)  # every gap says where it is fixed
    keys = [i.key for items in assessment.ITEMS.values() for i in items]
    assert len(keys) == len(set(keys))
    add_rule(team, RuleKind.MANAGEMENT)
    with team.vault.reader() as s:
        assert assessment.assess(s, TODAY).met == point.met + 1
    data = read(team.vault, assessment.assess, TODAY)
    as_json = assessment.as_json(data)
    assert as_json["score"] == {"met": data.met, "total": data.total, "percent": data.percent}
    assert len(as_json["gaps"]) == len(data.gaps)


def test_days_to_the_deadline():
    assert assessment.days_to_deadline(2026, date(2026, 9, 1)) == 29
    assert assessment.days_to_deadline(2026, date(2026, 10, 1)) == -1


def test_the_dashboard_counts_only_while_an_application_is_planned(opened):
    from tsdesk.services import reminders
    from tsdesk.services.compliance import applications

    def counted(today: date) -> tuple[int, int]:
        return read(
            opened.vault,
            lambda s: (applications.count_gaps(s, today), applications.count_days_left(s, today)),
        )

    na = reminders.NOT_APPLICABLE
    assert counted(date(2026, 9, 1)) == (na, na)  # nothing planned
    with opened.vault.unit_of_work(opened.admin) as uow:
        applications.set_planned(uow, 2026)
    gaps, days = counted(date(2026, 9, 1))
    assert days == 29
    assert gaps == len(read(opened.vault, assessment.assess, date(2026, 9, 1)).gaps) > 0
    assert counted(date(2026, 10, 1))[1] == na  # the deadline has passed: no countdown
    with opened.vault.unit_of_work(opened.admin) as uow:
        applications.set_planned(uow, 0)
    assert counted(date(2026, 9, 1)) == (na, na)
