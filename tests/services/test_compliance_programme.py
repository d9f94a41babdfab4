"""The rules register, the year's programme ticked by its records, its reminder, and the
self-assessment report PDF (issue 16 §2–3)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from register_testing import build_team
from tsdesk_testing import pdf_text, read

from tsdesk.errors import ValidationError
from tsdesk.models import ProgrammeKind, RuleKind, TrainingAudience
from tsdesk.services import attachments, reminders, training
from tsdesk.services import audit as audit_service
from tsdesk.services.audit import AuditFilter
from tsdesk.services.compliance import programme, report, rules
from tsdesk.services.compliance.rules import RuleInput
from tsdesk.services.training import DrillInput, SessionInput

TODAY = date.today()
YEAR = TODAY.year


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def actions(team) -> list[str]:
    return [e.action for e in read(team.vault, audit_service.page, AuditFilter(), 0, 200)]


def test_a_rule_is_adopted_with_its_file_revised_and_repealed(team):
    with team.vault.unit_of_work(team.officer) as uow:
        rule_id = rules.add_rule(
            uow, RuleInput(RuleKind.EMERGENCY, "泄密应急处置预案", date(2024, 6, 1), "〔2024〕3号")
        )
        attachments.add(uow, rules.OWNER_KIND, rule_id, "预案.pdf", b"%PDF-1.4\n% text\n")
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        rules.revise_rule(uow, rule_id, date(2024, 1, 1))  # before it was adopted
    with team.vault.unit_of_work(team.officer) as uow:
        rules.revise_rule(uow, rule_id, date(2025, 3, 1), "泄密事件应急处置预案（修订）")
    row = read(team.vault, rules.get_rule, rule_id)
    assert (row.title, row.revised_on) == ("泄密事件应急处置预案（修订）", date(2025, 3, 1))
    assert read(team.vault, rules.in_force, RuleKind.EMERGENCY, TODAY) == [row]
    with team.vault.unit_of_work(team.officer) as uow:
        rules.repeal_rule(uow, rule_id, TODAY)
    assert read(team.vault, rules.in_force, RuleKind.EMERGENCY, TODAY) == []
    assert len(read(team.vault, rules.list_rules)) == 1  # never deleted
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        rules.repeal_rule(uow, rule_id, TODAY)
    assert read(team.vault, attachments.attachments_of, rules.OWNER_KIND, rule_id)
    assert {"rule.add", "rule.revise", "rule.repeal"} <= set(actions(team))
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        rules.add_rule(uow, RuleInput(RuleKind.OTHER, "  ", TODAY))
    with team.vault.unit_of_work(team.auditor) as uow, pytest.raises(Exception, match="权限|修改"):
        rules.add_rule(uow, RuleInput(RuleKind.OTHER, "审计员不能登记", TODAY))


def test_records_tick_the_programme_earliest_item_first(team):
    with team.vault.unit_of_work(team.officer) as uow:
        first = programme.add_item(uow, YEAR, ProgrammeKind.TRAINING, "全员轮训", date(YEAR, 3, 1))
        second = programme.add_item(uow, YEAR, ProgrammeKind.TRAINING, "专项培训", date(YEAR, 6, 1))
        drill = programme.add_item(uow, YEAR, ProgrammeKind.DRILL, "演练", date(YEAR, 12, 31))
        publicity = programme.add_item(
            uow, YEAR, ProgrammeKind.PUBLICITY, "宣传", date(YEAR, 12, 31)
        )
        with pytest.raises(ValidationError):
            programme.add_item(uow, YEAR, ProgrammeKind.OTHER, "跨年", date(YEAR + 1, 1, 1))
    assert read(team.vault, programme.find_matches, YEAR) == []
    with team.vault.unit_of_work(team.officer) as uow:
        training.add_session(
            uow,
            SessionInput(
                "去年",
                TrainingAudience.ALL,
                date(YEAR - 1, 12, 1),
                attendee_ids=(team.people["张伟"],),
            ),
        )
        session_id = training.add_session(
            uow,
            SessionInput(
                "宣讲", TrainingAudience.ALL, date(YEAR, 1, 1), attendee_ids=(team.people["张伟"],)
            ),
        )
    (match,) = read(team.vault, programme.find_matches, YEAR)
    assert (match.item_id, match.fulfilled_type, match.fulfilled_id) == (
        first,
        "training_session",
        session_id,
    )
    with team.vault.unit_of_work(team.officer) as uow:
        assert programme.apply_matches(uow, YEAR) == 1
        training.add_drill(
            uow,
            DrillInput("模拟外发图纸", date(YEAR, 1, 1), participant_ids=(team.people["张伟"],)),
        )
        assert programme.apply_matches(uow, YEAR) == 1
        assert programme.apply_matches(uow, YEAR) == 0  # a record fulfils one item only
    rows = {r.id: r for r in read(team.vault, programme.list_items, YEAR)}
    assert (
        rows[first].done_on == date(YEAR, 1, 1) and rows[first].fulfilled_type == "training_session"
    )
    assert rows[second].done_on is None
    assert rows[drill].fulfilled_type == "drill"
    with team.vault.unit_of_work(team.officer) as uow:
        programme.mark_done(uow, publicity, date(YEAR, 1, 1), "内刊专栏")
        with pytest.raises(ValidationError):
            programme.mark_done(uow, publicity, date(YEAR, 1, 1))
    assert read(team.vault, programme.list_items, YEAR)[-1].note == "内刊专栏"
    assert {"programme.add", "programme.fulfil", "programme.done"} <= set(actions(team))


def test_open_items_past_due_are_a_reminder(team):
    reminder = next(r for r in reminders.registered() if r.key == "compliance.programme_overdue")
    assert (reminder.page, dict(reminder.filter)) == ("compliance", {"tab": "programme"})
    day = date(YEAR, 6, 15)
    with team.vault.unit_of_work(team.officer) as uow:
        late = programme.add_item(uow, YEAR, ProgrammeKind.EXCHANGE, "考察学习", date(YEAR, 6, 1))
        programme.add_item(uow, YEAR, ProgrammeKind.PUBLICITY, "宣传", date(YEAR, 7, 1))
    with team.vault.reader() as s:
        assert reminder.count(s, day) == 1
    with team.vault.unit_of_work(team.officer) as uow:
        programme.mark_done(uow, late, min(TODAY, date(YEAR, 6, 10)))
    with team.vault.reader() as s:
        assert reminder.count(s, day) == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext")
def test_the_report_prints_every_item_and_gap_and_is_audited(team, tmp_path):
    with team.vault.unit_of_work(team.officer) as uow:
        rules.add_rule(
            uow, RuleInput(RuleKind.MANAGEMENT, "商业秘密保护管理制度", date(2024, 1, 1))
        )
    out = tmp_path / "report.pdf"
    with team.vault.unit_of_work(team.officer) as uow:
        report.print_report(uow, out, TODAY)
    with team.vault.reader() as s:
        from tsdesk.services.compliance import assessment

        result = assessment.assess(s, TODAY)
        data = report.report_data(s, result)
    text = pdf_text(out)
    flat = "".join(text.split())
    assert "商业秘密保护基地申报自评报告" in text
    assert f"{result.met}/{result.total}项达到" in flat
    for item in data.items:
        assert item.key in flat
    assert "《商业秘密保护管理制度》" in flat
    assert f"差距（{len(result.gaps)}项）" in flat
    assert "证据索引" in text and "审计链" in text
    assert "print.assessment" in actions(team)
