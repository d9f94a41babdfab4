"""The secret lifecycle (issue 3 §1–2): 拟定 → 已确定 → 已解密 / 已销毁 / 作废, four eyes on
every change of what is protected, and reviews (003 §5.3, §6.2.4, §6.3)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from register_testing import (
    APPROVER2,
    APPROVER2_PASSWORD,
    AUDITOR,
    AUDITOR_PASSWORD,
    approve,
    build_team,
    confirmed,
    propose,
    secret_input,
)
from sqlalchemy import select
from tsdesk_testing import read

from tsdesk.errors import PermissionDenied, ValidationError, WrongPassword
from tsdesk.models import (
    Approval,
    ApprovalKind,
    Category,
    DeclassifyReason,
    ReviewOutcome,
    SecretStatus,
    TermKind,
)
from tsdesk.services import audit as audit_service
from tsdesk.services import register
from tsdesk.services.audit import AuditFilter
from tsdesk.services.register import Move


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def secret(team, secret_id):
    with team.vault.reader() as session:
        s = register.get(session, secret_id)
        s.points, s.storages  # noqa: B018 - load before the session closes
        return s


def approvals(team, secret_id):
    with team.vault.reader() as session:
        return register.approvals_of(session, secret_id)


def history(team, secret_id):
    return [
        e.action
        for e in read(
            team.vault,
            audit_service.page,
            AuditFilter(entity_type="secret", entity_id=str(secret_id)),
            0,
            100,
        )
    ]


def test_the_transition_table_is_the_one_rule():
    P, C, D, X, V = (
        SecretStatus.PROPOSED,
        SecretStatus.CONFIRMED,
        SecretStatus.DECLASSIFIED,
        SecretStatus.DESTROYED,
        SecretStatus.VOID,
    )
    assert register.allowed_moves(P) == {Move.EDIT, Move.CONFIRM, Move.VOID}
    assert register.allowed_moves(C) == {
        Move.EDIT,
        Move.CHANGE,
        Move.REVIEW,
        Move.DECLASSIFY,
        Move.VOID,
        Move.DESTROY,
    }
    assert register.allowed_moves(D) == {Move.DESTROY}  # once its last carrier is gone
    for final in (X, V):
        assert register.allowed_moves(final) == set()


def test_confirm_by_another_approver(team):
    secret_id = propose(team)
    assert secret(team, secret_id).status == SecretStatus.PROPOSED
    with team.vault.unit_of_work(team.officer) as uow:
        approval_id = register.confirm(uow, secret_id, approve(uow), note="技术委员会评审通过")
    s = secret(team, secret_id)
    assert s.status == SecretStatus.CONFIRMED
    assert s.confirmed_by == "approver1" and s.confirmed_at is not None
    # 二级商密 reviews every 12 months (003 §5.3).
    assert s.next_review == register.add_months(date.today(), 12)
    (approval,) = approvals(team, secret_id)
    assert approval.id == approval_id and approval.kind == ApprovalKind.CONFIRM
    assert (approval.requested_by, approval.approved_by) == ("officer1", "approver1")
    details = json.loads(approval.details)
    assert details["grade"] == "二级商密" and details["term"] == "2035-12-31"
    assert details["note"] == "技术委员会评审通过"
    assert history(team, secret_id)[:2] == ["secret.confirm", "secret.propose"]


def test_the_proposer_cannot_approve_their_own_secret(team):
    # admin proposes; the officer asks; admin (an approver by role) may not be the one.
    secret_id = propose(team, actor=team.admin)
    with (
        pytest.raises(ValidationError, match="拟定人以外"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.confirm(uow, secret_id, team.admin)
    # …and the requester may never approve, whatever their role.
    with (
        pytest.raises(ValidationError, match="申请人本人"),
        team.vault.unit_of_work(team.admin) as uow,
    ):
        register.confirm(uow, secret_id, team.admin)
    assert secret(team, secret_id).status == SecretStatus.PROPOSED
    assert approvals(team, secret_id) == []


def test_four_eyes_needs_an_approving_operator_with_their_password(team):
    secret_id = propose(team)
    with pytest.raises(WrongPassword), team.vault.unit_of_work(team.officer) as uow:
        register.confirm(uow, secret_id, approve(uow, "approver1", "wrong-password"))
    with pytest.raises(PermissionDenied), team.vault.unit_of_work(team.officer) as uow:
        register.confirm(uow, secret_id, approve(uow, AUDITOR, AUDITOR_PASSWORD))
    # An actor that was not checked by second_operator is refused by role too.
    with pytest.raises(PermissionDenied), team.vault.unit_of_work(team.officer) as uow:
        register.confirm(uow, secret_id, team.auditor)
    assert secret(team, secret_id).status == SecretStatus.PROPOSED
    assert read(team.vault, audit_service.page, AuditFilter(action="approval"), 0, 10) == []


def test_an_approver_alone_cannot_ask(team):
    secret_id = propose(team)
    with pytest.raises(PermissionDenied), team.vault.unit_of_work(team.approver) as uow:
        register.confirm(
            uow, secret_id, approve(uow, APPROVER2, APPROVER2_PASSWORD)
        )  # approvers approve; officers ask


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"exclusions_confirmed": False}, "不应作为商业秘密"),  # 003 §6.1.3
        ({"points": []}, "秘密点"),  # 003 §3.3
        ({"not_public_basis": "  "}, "不为公众所知悉"),  # 003 §6.2.1 a
        ({"value_description": ""}, "商业价值"),  # 003 §6.2.1 b
        ({"category": Category.SOFTWARE}, "a–c"),  # 003 §6.4
        (
            {"category": Category.SOFTWARE, "data_conditions": {"a": True, "b": True}},
            "a–c",
        ),
    ],
)
def test_confirm_requires_exclusions_points_and_data_conditions(team, changes, message):
    secret_id = propose(team, secret_input(team, **changes))
    with team.vault.reader() as session:
        assert register.confirm_problems(register.get(session, secret_id))
    with (
        pytest.raises(ValidationError, match=message),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.confirm(uow, secret_id, approve(uow))
    assert secret(team, secret_id).status == SecretStatus.PROPOSED
    assert approvals(team, secret_id) == []


def test_software_secret_with_all_three_conditions_is_confirmed(team):
    inp = secret_input(
        team,
        "织机电控系统嵌入式源代码",
        category=Category.SOFTWARE,
        data_conditions={"a": True, "b": True, "c": True},
    )
    secret_id = confirmed(team, inp)
    assert secret(team, secret_id).status == SecretStatus.CONFIRMED


def test_confirm_twice_is_refused(team):
    secret_id = confirmed(team)
    with (
        pytest.raises(ValidationError, match="只有拟定状态"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.confirm(uow, secret_id, approve(uow))


def test_grade_and_term_of_a_confirmed_secret_change_only_by_approval(team):
    secret_id = confirmed(team)
    inp = secret_input(team, grade_id=team.grades["一级商密"])
    with (
        pytest.raises(ValidationError, match="须经审批"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.update(uow, secret_id, inp)
    with team.vault.unit_of_work(team.officer) as uow:
        register.change_grade_term(
            uow,
            secret_id,
            approve(uow),
            grade_id=team.grades["一级商密"],
            term_kind=TermKind.LONG_TERM,
            reason="纳入核心产品技术方案",
        )
    s = secret(team, secret_id)
    assert s.grade_id == team.grades["一级商密"] and s.term_kind == TermKind.LONG_TERM
    assert s.term_until is None
    assert s.next_review == register.add_months(date.today(), 6)  # 一级: every 6 months
    change = approvals(team, secret_id)[-1]
    assert change.kind == ApprovalKind.CHANGE
    details = json.loads(change.details)
    assert details["before"]["grade"] == "二级商密" and details["before"]["term"] == "2035-12-31"
    assert details["after"]["grade"] == "一级商密" and details["after"]["term"] == "长期"
    assert details["reason"] == "纳入核心产品技术方案"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"grade_id": None, "term_kind": TermKind.LONG_TERM, "reason": "x"}, "保密等级无效"),
        ({"term_kind": TermKind.UNTIL_DATE, "term_until": None, "reason": "x"}, "截止日期"),
        ({"term_kind": TermKind.UNTIL_EVENT, "term_event": " ", "reason": "x"}, "写明事件"),
        ({"term_until": date(2035, 12, 31), "reason": "x"}, "均未改变"),
        ({"term_until": date(2040, 1, 1), "reason": " "}, "变更理由"),
    ],
)
def test_change_refused_with_a_clear_message(team, kwargs, message):
    secret_id = confirmed(team)
    values = {"grade_id": team.grades["二级商密"], "term_kind": TermKind.UNTIL_DATE, **kwargs}
    with (
        pytest.raises(ValidationError, match=message),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.change_grade_term(uow, secret_id, approve(uow), **values)
    assert [a.kind for a in approvals(team, secret_id)] == [ApprovalKind.CONFIRM]


def test_change_of_a_proposed_secret_is_an_edit(team):
    secret_id = propose(team)
    with (
        pytest.raises(ValidationError, match="拟定的可直接编辑"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.change_grade_term(
            uow,
            secret_id,
            approve(uow),
            grade_id=team.grades["一级商密"],
            term_kind=TermKind.LONG_TERM,
            reason="x",
        )
    with team.vault.unit_of_work(team.officer) as uow:
        register.update(uow, secret_id, secret_input(team, grade_id=team.grades["一级商密"]))
    assert secret(team, secret_id).grade_id == team.grades["一级商密"]


def test_declassify_with_reason_words_and_approval(team):
    secret_id = confirmed(team)
    with team.vault.unit_of_work(team.officer) as uow:
        register.declassify(
            uow,
            secret_id,
            approve(uow),
            DeclassifyReason.LAWFULLY_PUBLIC,
            "已在 2026 年专利公开文本中公开",
        )
    s = secret(team, secret_id)
    assert s.status == SecretStatus.DECLASSIFIED
    assert s.ended_on == date.today() and s.ended_by == "officer1"
    assert "已被合法公开" in s.ended_reason and "专利公开" in s.ended_reason
    assert s.next_review is None
    approval = approvals(team, secret_id)[-1]
    assert approval.kind == ApprovalKind.DECLASSIFY
    assert json.loads(approval.details)["reason"] == "b"
    # The end is final: nothing more happens to it, and nothing is deleted (only the
    # destruction module may record that its last carrier was destroyed: 已销毁).
    for attempt in (
        lambda uow: register.update(uow, secret_id, secret_input(team)),
        lambda uow: register.void(uow, secret_id, "录入错误", approve(uow)),
        lambda uow: register.record_review(uow, secret_id, ReviewOutcome.UNCHANGED),
    ):
        with pytest.raises(ValidationError), team.vault.unit_of_work(team.officer) as uow:
            attempt(uow)
    assert secret(team, secret_id).status == SecretStatus.DECLASSIFIED
    with team.vault.unit_of_work(team.officer) as uow:
        register.mark_destroyed(uow, secret_id, "XH-2026-001")
    assert secret(team, secret_id).status == SecretStatus.DESTROYED


@pytest.mark.parametrize(
    ("reason", "words", "on", "message"),
    [
        (None, "理由", None, "解密情形"),
        (DeclassifyReason.COMPANY_DECISION, "  ", None, "具体理由"),
        (DeclassifyReason.COMPANY_DECISION, "理由", date.today() + timedelta(days=1), "晚于今天"),
        (DeclassifyReason.COMPANY_DECISION, "理由", date(2000, 1, 1), "早于定密日期"),
    ],
)
def test_declassify_refused(team, reason, words, on, message):
    secret_id = confirmed(team)
    with (
        pytest.raises(ValidationError, match=message),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.declassify(uow, secret_id, approve(uow), reason, words, on)
    assert secret(team, secret_id).status == SecretStatus.CONFIRMED


def test_a_proposed_secret_cannot_be_declassified(team):
    secret_id = propose(team)
    with (
        pytest.raises(ValidationError, match="只有已确定"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.declassify(uow, secret_id, approve(uow), DeclassifyReason.COMPANY_DECISION, "x")


def test_void_and_numbers_are_never_reused(team):
    first = propose(team)
    number = secret(team, first).number
    with (
        pytest.raises(ValidationError, match="作废原因"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.void(uow, first, "  ")
    with team.vault.unit_of_work(team.officer) as uow:
        register.void(uow, first, "与 TS 台账重复录入")
    voided = secret(team, first)
    assert voided.status == SecretStatus.VOID and voided.ended_reason == "与 TS 台账重复录入"
    second = propose(team)
    assert secret(team, second).number != number
    assert secret(team, second).number.endswith("0002")
    with team.vault.reader() as session:
        assert register.by_number(session, number).id == first  # still there, readable
    with (
        pytest.raises(ValidationError, match="只有拟定或已确定"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.void(uow, first, "再次作废")


def test_voiding_a_confirmed_secret_takes_four_eyes(team):
    secret_id = confirmed(team)
    with (
        pytest.raises(ValidationError, match="须经审批"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.void(uow, secret_id, "录入错误")
    assert secret(team, secret_id).status == SecretStatus.CONFIRMED
    with team.vault.unit_of_work(team.officer) as uow:
        register.void(uow, secret_id, "录入错误", approve(uow))
    assert secret(team, secret_id).status == SecretStatus.VOID


def test_mark_destroyed_for_the_destruction_module(team):
    proposed = propose(team)
    with (
        pytest.raises(ValidationError, match="只有已确定"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.mark_destroyed(uow, proposed, "XH-2026-001")
    secret_id = confirmed(team)
    with (
        pytest.raises(ValidationError, match="销毁记录"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.mark_destroyed(uow, secret_id, "")
    with team.vault.unit_of_work(team.officer) as uow:
        register.mark_destroyed(uow, secret_id, "销毁记录 XH-2026-001")
    s = secret(team, secret_id)
    assert s.status == SecretStatus.DESTROYED and s.ended_reason == "销毁记录 XH-2026-001"
    assert history(team, secret_id)[0] == "secret.destroy"


def test_auditor_cannot_change_the_register(team):
    with pytest.raises(PermissionDenied), team.vault.unit_of_work(team.auditor) as uow:
        register.propose(uow, secret_input(team))


# --- reviews ----------------------------------------------------------------------------------


def test_review_moves_the_next_review_on(team):
    secret_id = confirmed(team)
    reviewed_on = date.today() - timedelta(days=3)
    with team.vault.unit_of_work(team.officer) as uow:
        register.record_review(
            uow, secret_id, ReviewOutcome.UNCHANGED, "年度审查：仍具价值", reviewed_on
        )
    assert secret(team, secret_id).next_review == register.add_months(reviewed_on, 12)
    with team.vault.reader() as session:
        (review,) = register.reviews_of(session, secret_id)
    assert review.reviewer == "officer1" and review.outcome == ReviewOutcome.UNCHANGED
    assert history(team, secret_id)[0] == "secret.review"


def test_review_refused(team):
    proposed = propose(team)
    with (
        pytest.raises(ValidationError, match="定期审查"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.record_review(uow, proposed, ReviewOutcome.UNCHANGED)
    secret_id = confirmed(team)
    with (
        pytest.raises(ValidationError, match="须说明理由"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.record_review(uow, secret_id, ReviewOutcome.DECLASSIFY, "")
    with (
        pytest.raises(ValidationError, match="晚于今天"),
        team.vault.unit_of_work(team.officer) as uow,
    ):
        register.record_review(
            uow, secret_id, ReviewOutcome.UNCHANGED, "", date.today() + timedelta(days=1)
        )


def test_review_due_and_terms_expiring(team):
    soon = date.today() + timedelta(days=20)
    due = confirmed(
        team, secret_input(team, "客户名单", grade_id=team.grades["一级商密"], term_until=soon)
    )  # 一级: reviewed every 6 months
    later = confirmed(team, secret_input(team, "报价策略", term_until=date(2040, 1, 1)))
    ended = date.today() - timedelta(days=1)
    proposed = propose(team, secret_input(team, "供应商底价", term_until=ended))
    with team.vault.reader() as session:
        # Nothing is due today: reviews were scheduled at confirmation.
        assert register.review_due(session) == []
        in_7_months = date.today() + timedelta(days=215)
        in_13_months = date.today() + timedelta(days=400)
        assert [s.id for s in register.review_due(session, today=in_7_months)] == [due]
        assert [s.id for s in register.review_due(session, today=in_13_months)] == [due, later]
        assert [s.id for s in register.review_due(session, within_days=400)] == [due, later]
        # Ended terms count as expiring: they need attention most.
        assert [s.id for s in register.terms_expiring(session, 30)] == [proposed, due]
        assert [s.id for s in register.terms_expiring(session, 0)] == [proposed]


def test_time_left_and_expired():
    today = date(2026, 6, 1)
    assert register.time_left(TermKind.UNTIL_DATE, date(2026, 6, 11), today) == 10
    assert register.time_left(TermKind.LONG_TERM, None, today) is None
    assert register.is_expired(TermKind.UNTIL_DATE, date(2026, 5, 31), today)
    assert not register.is_expired(TermKind.UNTIL_DATE, date(2026, 6, 1), today)
    assert not register.is_expired(TermKind.UNTIL_EVENT, None, today)
    assert register.term_text(TermKind.UNTIL_EVENT, None, "产品上市") == "产品上市"
    assert register.term_text(TermKind.LONG_TERM, None, "") == "长期"


def test_refused_lifecycle_changes_leave_no_trace(team):
    secret_id = propose(team)
    before = history(team, secret_id)
    with pytest.raises(ValidationError), team.vault.unit_of_work(team.officer) as uow:
        register.declassify(uow, secret_id, approve(uow), DeclassifyReason.COMPANY_DECISION, "x")
    assert history(team, secret_id) == before
    with team.vault.reader() as session:
        assert session.scalars(select(Approval)).all() == []
