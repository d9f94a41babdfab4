"""The grading assistant (003 §8.1.1) and the grade table (003 §8.1.2)."""

from __future__ import annotations

import json

import pytest
from register_testing import approve, build_team, confirmed, propose
from sqlalchemy import select
from tsdesk_testing import read

from tsdesk.errors import PermissionDenied, ValidationError
from tsdesk.models import ApprovalKind, Grade
from tsdesk.services import audit as audit_service
from tsdesk.services import grading, register
from tsdesk.services.audit import AuditFilter
from tsdesk.services.grading import GradingSheet


def scores(a=3, b=3, c=3, d=3, e=3, f=3) -> dict[str, int]:
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


@pytest.mark.parametrize(
    ("given", "core", "weighted", "rank", "pushed"),
    [
        (scores(5, 5, 5, 5, 5, 5), [], 5.0, 1, False),
        (scores(3, 3, 3, 3, 3, 3), [], 3.0, 2, False),
        (scores(1, 1, 1, 1, 1, 1), [], 1.0, 3, False),
        # Boundaries: S = 44/11 = 4.0 → rank 1; S = 27.5/11 = 2.5 is the lowest rank 2.
        (scores(4, 4, 4, 4, 4, 4), [], 4.0, 1, False),
        (scores(2, 2, 2, 3, 3, 4), [], 2.36, 3, False),
        (scores(3, 2, 2, 3, 3, 3), [], 2.55, 2, False),
        # Core competitiveness pushes to at least the second grade…
        (scores(1, 1, 1, 1, 1, 1), ["materials"], 1.0, 2, True),
        (scores(4, 4, 2, 2, 2, 2), ["product"], 3.09, 2, False),
        # …and to the first when value or harm is 5.
        (scores(5, 2, 1, 1, 1, 1), ["plan"], 2.36, 1, True),
        (scores(2, 5, 1, 1, 1, 1), ["rd_cost"], 2.36, 1, True),
        # Without a core item, a 5 alone does not push.
        (scores(5, 2, 1, 1, 1, 1), [], 2.36, 3, False),
        (scores(1, 1, 1, 1, 1, 1), ["data_code"], 1.0, 2, True),  # 003 §6.4 b
    ],
)
def test_the_rule(given, core, weighted, rank, pushed):
    suggestion = grading.suggest(given, core)
    assert (suggestion.weighted, suggestion.rank, suggestion.pushed) == (weighted, rank, pushed)


@pytest.mark.parametrize("bad", [scores(a=0), scores(f=6), {"a": 3}, scores(b="5")])
def test_scores_must_be_1_to_5_for_every_factor(bad):
    with pytest.raises(ValidationError, match="1–5"):
        grading.suggest(bad, [])


def test_factors_are_the_six_of_003_8_1_1():
    assert grading.FACTOR_KEYS == ("a", "b", "c", "d", "e", "f")
    assert all(f.label and f.help and f.weight > 0 for f in grading.FACTORS)
    assert set(grading.CORE_ITEMS.values()) >= {
        "企业发展规划",
        "产品技术方案",
        "原材料资源",
        "研发成本",
    }


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def sheet(team, grade="一级商密", core=(), override="", **given) -> GradingSheet:
    values = scores(**given) if given else scores(5, 5, 4, 4, 3, 4)
    return GradingSheet(
        scores={k: (v, f"理由 {k}") for k, v in values.items()},
        core=list(core),
        decided_grade_id=team.grades[grade],
        override_reason=override,
    )


def stored(team, secret_id):
    with team.vault.reader() as session:
        s = register.get(session, secret_id)
        return s.grade_id, grading.stored(s)


def test_record_on_a_proposed_secret_sets_the_grade(team):
    secret_id = propose(team)  # 二级商密
    with team.vault.unit_of_work(team.officer) as uow:
        grading.record(uow, secret_id, sheet(team, core=["product"]))
    grade_id, value = stored(team, secret_id)
    assert grade_id == team.grades["一级商密"]
    assert value["suggested_grade"] == value["decided_grade"] == "一级商密"
    assert value["scores"]["a"] == {"score": 5, "reason": "理由 a"}
    assert value["core"] == ["product"] and value["weighted"] == 4.45
    assert value["override_reason"] == "" and value["by"] == "officer1"
    actions = [
        e.action
        for e in read(
            team.vault,
            audit_service.page,
            AuditFilter(entity_type="secret", entity_id=str(secret_id)),
            0,
            10,
        )
    ]
    assert actions[:2] == ["secret.grading", "secret.update"]
    with team.vault.reader() as session:
        again = grading.sheet_of(register.get(session, secret_id))
    assert again.scores["a"] == (5, "理由 a") and again.core == ["product"]


def test_override_needs_a_reason(team):
    secret_id = propose(team)
    with (
        pytest.raises(ValidationError, match="须说明理由"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        grading.record(uow, secret_id, sheet(team, grade="三级商密"))
    assert stored(team, secret_id) == (team.grades["二级商密"], None)
    with team.vault.unit_of_work(team.officer) as uow:
        grading.record(uow, secret_id, sheet(team, grade="三级商密", override="仅限内部试用阶段"))
    grade_id, value = stored(team, secret_id)
    assert grade_id == team.grades["三级商密"]
    assert value["suggested_grade"] == "一级商密" and value["override_reason"] == "仅限内部试用阶段"


def test_every_score_needs_a_reason(team):
    secret_id = propose(team)
    bad = sheet(team)
    bad.scores["c"] = (4, "  ")
    with team.vault.reader() as session:
        fields = [p.field for p in grading.sheet_problems(session, bad)]
    assert fields == ["reason.c"]
    with pytest.raises(ValidationError, match="理由"), team.vault.unit_of_work(team.officer) as uow:
        grading.record(uow, secret_id, bad)


def test_confirmed_secret_changes_grade_only_with_approval(team):
    secret_id = confirmed(team)  # 二级商密
    with (
        pytest.raises(ValidationError, match="须经审批"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        grading.record(uow, secret_id, sheet(team))
    assert stored(team, secret_id) == (team.grades["二级商密"], None)
    with team.vault.unit_of_work(team.officer) as uow:
        grading.record(uow, secret_id, sheet(team), approver=approve(uow))
    grade_id, value = stored(team, secret_id)
    assert grade_id == team.grades["一级商密"] and value["decided_grade"] == "一级商密"
    with team.vault.reader() as session:
        change = register.approvals_of(session, secret_id)[-1]
    assert change.kind == ApprovalKind.CHANGE
    assert json.loads(change.details)["after"]["grade"] == "一级商密"


def test_confirmed_secret_same_grade_needs_no_approval(team):
    secret_id = confirmed(team)
    with team.vault.unit_of_work(team.officer) as uow:
        grading.record(uow, secret_id, sheet(team, grade="二级商密", a=3, b=3, c=3, d=3, e=3, f=3))
    assert stored(team, secret_id)[1]["decided_grade"] == "二级商密"


# --- the grade table -------------------------------------------------------------------------


def grade_names(team):
    with team.vault.reader() as session:
        return [g.name for g in register.grades(session)]


def test_admin_renames_and_adds_grades_and_the_rule_follows(team):
    with team.vault.unit_of_work(team.admin) as uow:
        grading.update_grade(
            uow,
            team.grades["一级商密"],
            name="核心商密",
            review_interval_months=3,
            default_term_years=None,
            movement_needs_approval=True,
        )
        new_id = grading.add_grade(uow, "绝密商密", review_interval_months=1, rank=1)
        low_id = grading.add_grade(uow, "内部", default_term_years=2)
    assert grade_names(team) == ["绝密商密", "核心商密", "二级商密", "三级商密", "内部"]
    with team.vault.reader() as session:
        top = session.get(Grade, team.grades["一级商密"])
        assert (top.review_interval_months, top.rank) == (3, 2)
        assert session.get(Grade, low_id).default_term_years == 2
        # Rank 1 now means the new top grade.
        assert grading.suggested_grade(session, sheet(team)).id == new_id
    actions = [
        e.action
        for e in read(team.vault, audit_service.page, AuditFilter(entity_type="grade"), 0, 10)
    ]
    assert actions == ["grade.add", "grade.add", "grade.update"]


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"name": "二级商密"}, "已有名为"),
        ({"name": " "}, "不能为空"),
        ({"name": "x", "review_interval_months": 0}, "1 到 60"),
        ({"name": "x", "default_term_years": 0}, "1 到 100"),
        ({"name": "x", "rank": 9}, "次序"),
    ],
)
def test_grade_rules(team, kw, message):
    with pytest.raises(ValidationError, match=message), team.vault.unit_of_work(team.admin) as uow:
        grading.add_grade(uow, **kw)
    assert grade_names(team) == ["一级商密", "二级商密", "三级商密"]


def test_only_admin_edits_grades(team):
    with pytest.raises(PermissionDenied), team.vault.unit_of_work(team.officer) as uow:
        grading.add_grade(uow, "四级商密")
    with team.vault.reader() as session:
        assert session.scalar(select(Grade.id).where(Grade.name == "四级商密")) is None
