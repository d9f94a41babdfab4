"""Incident cases (issue 15 §1, §4): opening from a source with its links, grading by the
rule, the playbook's steps and their deadlines, regrading, the one-click containment (holds
that then refuse a destruction request, revocations, seals), closing only when every
mandatory step is done, drills kept apart and recorded as training drills, reminders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from carriers_testing import build_world
from sqlalchemy import select, update
from sqlalchemy.exc import DatabaseError

from tsdesk.errors import TSDeskError, ValidationError
from tsdesk.models import (
    AccessTier,
    AuditEvent,
    CarrierStatus,
    DestructionItemKind,
    DestructionReason,
    Drill,
    EntryKind,
    IncidentEntry,
    IncidentKind,
    IncidentLinkRole,
    IncidentSource,
    IncidentStatus,
    Knower,
    MovementKind,
    StepStatus,
)
from tsdesk.services import areas, carriers, destruction, people, reminders
from tsdesk.services.incidents import cases, playbook, timeline

SCORES_LOW = {k: (1, "轻微") for k in cases.FACTOR_KEYS}
SCORES_MID = {
    "a": (3, "三级"),
    "b": (3, "复制"),
    "c": (2, "小"),
    "d": (2, "一般"),
    "e": (2, "在职"),
}


@pytest.fixture
def world(opened):
    return build_world(opened)


def _lost_case(world, **kw) -> tuple[int, int]:
    carrier = world.carrier("主轴图纸", secrets=[world.top_secret])
    with world.uow() as uow:
        carriers.mark_lost(uow, carrier, "出差途中遗失")
    with world.read() as s:
        inp = cases.prefill(s, IncidentSource.CARRIER_LOST, carrier)
    inp.discovered_by = "张伟"
    for key, value in kw.items():
        setattr(inp, key, value)
    with world.uow() as uow:
        return cases.open_case(uow, inp), carrier


def _grade(world, case_id, scores=SCORES_MID, level=None, reason=""):
    suggested, _ = cases.suggest({k: s for k, (s, _) in scores.items()})
    with world.uow() as uow:
        return cases.grade(uow, case_id, cases.GradingInput(scores, level or suggested, reason))


def _steps(world, case_id):
    with world.read() as s:
        return playbook.steps_of(s, case_id)


def _finish_mandatory(world, case_id):
    with world.uow() as uow:
        for step in playbook.steps_of(uow.session, case_id):
            if step.mandatory and step.status == StepStatus.OPEN:
                playbook.complete_step(uow, step.id, "已办")


def test_a_case_opened_from_a_lost_carrier_links_it_and_its_secrets(world):
    case_id, carrier = _lost_case(world)
    with world.read() as s:
        case = cases.get_case(s, case_id)
        assert case.number == f"SJ-{date.today().year}-001" and not case.is_drill
        assert case.status == IncidentStatus.NEW and case.source == IncidentSource.CARRIER_LOST
        assert (case.source_type, case.source_id) == ("carrier", carrier)
        links = {(r.entity_type, r.entity_id, r.role) for r in cases.links_of(s, case_id)}
        assert links == {
            ("carrier", carrier, IncidentLinkRole.INVOLVED),
            ("secret", world.top_secret, IncidentLinkRole.INVOLVED),
            ("person", world.alice, IncidentLinkRole.WITNESS),  # the custodian
        }
        (opened,) = timeline.entries(s, case_id)
        assert opened.kind == EntryKind.OPENED and "主轴图纸" in opened.text
        # Factor a is prefilled from the highest grade linked (一级: the top one).
        assert cases.grade_score(s, case_id) == (5, "所涉最高等级：一级商密")


def test_opening_refuses_bad_input(world):
    good = cases.CaseInput("员工报告 U 盘丢失", IncidentKind.LOSS, datetime.now(), "李娜")
    for change in (
        {"title": " "},
        {"discovered_by": ""},
        {"discovered_at": datetime.now() + timedelta(days=1)},
        {"links": [cases.LinkInput("carrier", 999)]},
        {"links": [cases.LinkInput("secret", world.top_secret, IncidentLinkRole.SUSPECT)]},
    ):
        bad = cases.CaseInput(**(good.__dict__ | change))
        with pytest.raises(TSDeskError), world.uow() as uow:
            cases.open_case(uow, bad)
    with world.read() as s:
        assert cases.list_cases(s) == []


def test_the_grading_rule():
    assert cases.suggest({k: 1 for k in "abcde"}) == (1, 1.0)
    assert cases.suggest({"a": 3, "b": 3, "c": 2, "d": 2, "e": 2})[0] == 2  # S = 2.5
    assert cases.suggest({"a": 4, "b": 4, "c": 3, "d": 3, "e": 3})[0] == 3  # S = 3.5
    assert cases.suggest({k: 5 for k in "abcde"})[0] == 4
    # The highest grade published or disclosed to a third party: at least level 3.
    assert cases.suggest({"a": 5, "b": 5, "c": 1, "d": 1, "e": 1}) == (3, 3.0)  # S alone: level 2


def test_grading_selects_the_template_and_copies_its_steps_with_deadlines(world):
    case_id, _ = _lost_case(world)
    before = datetime.now().replace(microsecond=0)
    added = _grade(world, case_id)  # level 2
    with world.read() as s:
        case = cases.get_case(s, case_id)
        assert (case.status, case.level, case.suggested_level) == (IncidentStatus.ACTIVE, 2, 2)
        assert cases.level_name(s, case.level) == "较大"
        template = playbook.get_template(s, case.template_id)
        assert template.name == "较大及以上事件处置预案"
        steps = playbook.steps_of(s, case_id)
        assert added == len(steps) == len(playbook.template_steps(s, template.id))
        report = next(st for st in steps if st.title == "向管理层报告")
        assert report.mandatory and report.owner == "保密负责人"
        assert before + timedelta(hours=4) <= report.due_at <= datetime.now() + timedelta(hours=4)
        kinds = [e.kind for e in timeline.entries(s, case_id)]
        assert kinds == [EntryKind.OPENED, EntryKind.GRADING, EntryKind.STATUS]


def test_another_level_than_suggested_needs_a_reason(world):
    case_id, _ = _lost_case(world)
    with pytest.raises(ValidationError, match="理由"):
        _grade(world, case_id, SCORES_LOW, level=3)
    with pytest.raises(ValidationError, match="理由"):
        _grade(world, case_id, SCORES_LOW | {"c": (2, " ")})
    _grade(world, case_id, SCORES_LOW, level=3, reason="客户已知情，影响重大")
    with world.read() as s:
        case = cases.get_case(s, case_id)
        assert (case.level, case.suggested_level, case.level_reason) == (
            3,
            1,
            "客户已知情，影响重大",
        )


def test_regrading_adds_missing_steps_and_never_removes_done_ones(world):
    case_id, _ = _lost_case(world)
    with world.uow() as uow:
        playbook.ensure_default_templates(uow)
        # The enterprise adds a step of its own to the level-2+ playbook.
        grave = playbook.template_for(uow.session, 2, False)
        inp = playbook.template_input(uow.session, grave.id)
        inp.steps.append(playbook.StepInput("通知主要客户", "", True, "销售部", 48))
        playbook.save_template(uow, grave.id, inp)
    _grade(world, case_id, SCORES_LOW)  # level 1
    first = _steps(world, case_id)
    done = first[0]
    with world.uow() as uow:
        playbook.complete_step(uow, done.id, "已电话报告总经理")
    added = _grade(world, case_id, SCORES_MID)  # level 2: only the new step is added
    after = _steps(world, case_id)
    assert added == 1 and [s.title for s in after][-1] == "通知主要客户"
    assert [s.id for s in after[: len(first)]] == [s.id for s in first]
    assert after[0].status == StepStatus.DONE and after[0].result == "已电话报告总经理"


def test_no_close_while_a_mandatory_step_is_open(world):
    case_id, _ = _lost_case(world)
    with pytest.raises(ValidationError, match="先定级"), world.uow() as uow:
        cases.close_case(uow, case_id, "结论", "教训")
    _grade(world, case_id)
    with pytest.raises(ValidationError, match="必办步骤未完成") as err, world.uow() as uow:
        cases.close_case(uow, case_id, "结论", "教训")
    assert "向管理层报告" in err.value.message
    optional = next(s for s in _steps(world, case_id) if not s.mandatory)
    mandatory = next(s for s in _steps(world, case_id) if s.mandatory)
    with pytest.raises(ValidationError, match="不能跳过"), world.uow() as uow:
        playbook.skip_step(uow, mandatory.id, "不需要")
    with pytest.raises(ValidationError, match="理由"), world.uow() as uow:
        playbook.skip_step(uow, optional.id, " ")
    with world.uow() as uow:
        playbook.skip_step(uow, optional.id, "未上传网络")
    _finish_mandatory(world, case_id)
    with pytest.raises(ValidationError, match="处理结论和经验教训"), world.uow() as uow:
        cases.close_case(uow, case_id, "找到了", " ")
    with world.uow() as uow:
        cases.close_case(uow, case_id, "图纸在客户处找回，未扩散", "出差携带涉密图纸须审批")
    with world.read() as s:
        case = cases.get_case(s, case_id)
        assert case.status == IncidentStatus.CLOSED and case.drill_id is None
        assert [e.kind for e in timeline.entries(s, case_id)][-3:] == [
            EntryKind.DECISION,
            EntryKind.DECISION,
            EntryKind.STATUS,
        ]
    # Closed: no more steps or grading, but notes still go on the timeline.
    with pytest.raises(ValidationError, match="已结案"), world.uow() as uow:
        playbook.add_step(uow, case_id, "补充步骤")
    with world.uow() as uow:
        cases.add_note(uow, case_id, "客户书面确认已删除副本")


def test_holds_placed_by_the_step_refuse_a_destruction_request(world):
    case_id, lost = _lost_case(world)
    kept = world.carrier("主轴图纸副本", secrets=[world.top_secret])
    with world.uow() as uow:
        cases.add_link(uow, case_id, cases.LinkInput("carrier", kept))
    _grade(world, case_id)
    step = next(s for s in _steps(world, case_id) if s.action == "holds")
    with world.uow() as uow:
        done, result = playbook.run_action(uow, step.id)
    assert done and "已保全" in result
    with world.read() as s:
        held = {(h.entity_type, h.entity_id) for h in destruction.holds_on(s, "carrier", kept)}
        assert held == {("carrier", kept)}
        assert destruction.holds_on(s, "secret", world.top_secret)
        assert destruction.holds_on(s, "carrier", lost)
        step = s.get(type(step), step.id)
        assert step.status == StepStatus.DONE and step.result == result
        holds = [e for e in timeline.entries(s, case_id) if e.kind == EntryKind.HOLD]
        assert len(holds) == 3
    item = destruction.ItemInput(
        DestructionItemKind.CARRIER, DestructionReason.SUPERSEDED, carrier_id=kept
    )
    with pytest.raises(ValidationError, match="法律保全"), world.uow() as uow:
        destruction.create_request(uow, [item])


def test_revoke_and_seal_contain_the_suspect_and_the_carriers(world):
    with world.uow() as uow:
        knower = people.grant(uow, world.low_secret, world.bob, AccessTier.FULL, "档案管理")
        areas.grant_access(uow, world.archive, world.bob)
    in_store = world.carrier("报价汇总", location="A 柜 2 层")
    lent = world.carrier("报价汇总（借出）")
    with world.uow() as uow:
        carriers.record_movement(
            uow,
            lent,
            carriers.MovementInput(
                MovementKind.BORROW, person_id=world.bob, purpose="核对", due_on=date.today()
            ),
        )
    inp = cases.CaseInput(
        "离职员工带走报价",
        IncidentKind.BREACH_OF_DUTY,
        datetime.now(),
        "王丽娟",
        links=[
            cases.LinkInput("person", world.bob, IncidentLinkRole.SUSPECT),
            cases.LinkInput("carrier", in_store),
            cases.LinkInput("carrier", lent),
        ],
    )
    with world.uow() as uow:
        case_id = cases.open_case(uow, inp)
    _grade(world, case_id)
    steps = {s.action: s for s in _steps(world, case_id) if s.action}
    with world.uow() as uow:
        assert playbook.run_action(uow, steps["revoke"].id)[0]
        done, result = playbook.run_action(uow, steps["seal"].id)
    assert not done and "须先收回" in result and "已封存" in result
    with world.read() as s:
        assert s.get(type(steps["seal"]), steps["seal"].id).status == StepStatus.OPEN
        assert carriers.get(s, in_store).status == CarrierStatus.SEALED
        assert people.grant_state(s.get(Knower, knower)) == "revoked"
        assert not areas.may_enter(s, world.archive, world.bob)
        texts = [e.text for e in timeline.entries(s, case_id) if e.kind == EntryKind.CONTAINMENT]
        assert any("撤销知悉权限 1 项、区域准入 1 项" in t for t in texts)


def test_drills_are_apart_and_closing_one_records_a_training_drill(world):
    with world.uow() as uow:
        drill_id = cases.open_case(
            uow,
            cases.CaseInput(
                "演练：研发图纸被拷贝外发",
                IncidentKind.IMPROPER_MEANS,
                datetime.now(),
                "王丽娟",
                is_drill=True,
                links=[cases.LinkInput("secret", world.top_secret)],
            ),
        )
    real_id, _ = _lost_case(world)
    with world.read() as s:
        assert cases.get_case(s, drill_id).number == f"YL-{date.today().year}-001"
        assert cases.count_open(s) == 1
        assert cases.drill_due(s)
    _grade(world, drill_id, {k: (5, "演练设定") for k in cases.FACTOR_KEYS})
    _grade(world, real_id)
    with world.read() as s:
        template = playbook.get_template(s, cases.get_case(s, drill_id).template_id)
        assert template.for_drill
    # A drill rehearses: a one-click action never touches real records.
    holds = next(s for s in _steps(world, drill_id) if s.action == "holds")
    with pytest.raises(ValidationError, match="演练"), world.uow() as uow:
        playbook.run_action(uow, holds.id)
    with world.uow() as uow:
        uow.session.execute(
            update(playbook.IncidentStep)
            .where(playbook.IncidentStep.case_id.in_((drill_id, real_id)))
            .values(due_at=datetime.now() - timedelta(hours=1))
        )
    with world.read() as s:
        real_steps = len(playbook.steps_of(s, real_id))
        assert cases.count_overdue_steps(s) == real_steps  # the drill's are not counted
    _finish_mandatory(world, drill_id)
    with pytest.raises(ValidationError, match="参加演练"), world.uow() as uow:
        cases.close_case(uow, drill_id, "响应及时", "加强外发审批")
    with world.uow() as uow:
        cases.close_case(uow, drill_id, "响应及时", "加强外发审批", (world.alice, world.bob))
    with world.read() as s:
        case = cases.get_case(s, drill_id)
        drill = s.get(Drill, case.drill_id)
        assert drill.scenario.startswith(case.number) and "加强外发审批" in drill.findings
        assert "定级" in drill.timeline
        assert not cases.drill_due(s) and cases.last_drill(s) == date.today()
        assert cases.count_open(s) == 1  # the real one
        counts = {c.reminder.key: c.n for c in reminders.evaluate(s)}
        assert counts["incidents.open"] == 1 and counts["incidents.drill_due"] == 0
        assert counts["incidents.overdue_steps"] == real_steps


def test_the_timeline_is_append_only_and_corrections_name_the_entry(world):
    case_id, _ = _lost_case(world)
    with world.uow() as uow:
        note = cases.add_note(uow, case_id, "保安调取了门禁记录")
        cases.correct_entry(uow, case_id, note, "应为监控录像，不是门禁记录")
    with pytest.raises(DatabaseError, match="append-only"), world.uow() as uow:
        uow.session.execute(
            update(IncidentEntry).where(IncidentEntry.id == note).values(text="改写")
        )
    with world.read() as s:
        rows = timeline.entries(s, case_id)
        assert rows[1].text == "保安调取了门禁记录" and rows[2].corrects_id == note
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "incident_case")
        ).all()
        assert actions.count("incident.entry") == 3 and "incident.open" in actions


def test_links_are_added_and_removed_with_timeline_entries(world):
    case_id, _ = _lost_case(world)
    link = cases.LinkInput("person", world.bob, IncidentLinkRole.SUSPECT, "最后借阅人")
    with world.uow() as uow:
        cases.add_link(uow, case_id, link)
    with pytest.raises(ValidationError, match="已关联"), world.uow() as uow:
        cases.add_link(uow, case_id, link)
    with pytest.raises(ValidationError, match="理由"), world.uow() as uow:
        cases.remove_link(uow, case_id, link, "")
    with world.uow() as uow:
        cases.remove_link(uow, case_id, link, "已排除嫌疑")
    with world.read() as s:
        texts = [e.text for e in timeline.entries(s, case_id) if e.kind == EntryKind.LINK]
        assert texts == [
            "关联嫌疑人人员：E002 李娜（最后借阅人）",
            "取消关联嫌疑人人员：E002 李娜。理由：已排除嫌疑",
        ]


def test_the_template_editor_rules_and_reset(world):
    with world.uow() as uow:
        playbook.ensure_default_templates(uow)
        first = playbook.list_templates(uow.session)[0]
        inp = playbook.template_input(uow.session, first.id)
    bad = [
        playbook.TemplateInput("", 1, 1, steps=inp.steps),
        playbook.TemplateInput("新预案", 3, 2, steps=inp.steps),
        playbook.TemplateInput("新预案", 1, 1, steps=[]),
        playbook.TemplateInput("新预案", 1, 1, steps=[playbook.StepInput("x", action="bogus")]),
        playbook.TemplateInput("新预案", 1, 1, steps=[playbook.StepInput("x")] * 2),
    ]
    for template in bad:
        with pytest.raises(ValidationError), world.uow() as uow:
            playbook.save_template(uow, None, template)
    inp.steps = inp.steps[:2]
    with world.uow() as uow:
        playbook.save_template(uow, first.id, inp)
        playbook.set_template_active(uow, first.id, False)
        assert playbook.template_for(uow.session, 1, False) is None
        playbook.reset_defaults(uow)
        again = playbook.get_template(uow.session, first.id)
        assert again.active and len(playbook.template_steps(uow.session, first.id)) > 2
