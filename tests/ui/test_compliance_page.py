"""基地申报 through the real main window (issue 16 §2–3): the 自评 tab shows the score and the
gaps, a gap opens the page that fixes it, a hand item is answered, the declaration registered,
the report previewed; rules are registered, revised and repealed with their file; the
programme is ticked by a training session and by hand."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from register_testing import build_team
from tsdesk_testing import pdf_text, read

from tsdesk.models import DesignationKind, ProgrammeKind, RuleKind, TrainingAudience
from tsdesk.services import company, training
from tsdesk.services.compliance import programme, rules
from tsdesk.services.training import SessionInput
from tsdesk.ui.compliance.dialogs import (
    AnswerDialog,
    DeclarationDialog,
    DoneDialog,
    ProgrammeItemDialog,
    RepealDialog,
    RuleDialog,
)
from tsdesk.ui.compliance.page import CompliancePage
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all

TODAY = date.today()


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


@pytest.fixture
def window(team, qtbot):
    made = MainWindow(UiSession(team.vault, team.officer))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    wait_for_all()
    yield made
    wait_for_all()
    made.close()


def open_page(window) -> CompliancePage:
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    window.nav.setCurrentRow(next(r for r, t in enumerate(titles) if t.startswith("基地申报")))
    page = window.current_page()
    assert isinstance(page, CompliancePage)
    return page


def when_shown(dialog_class, act) -> None:
    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def accepted(fill):
    def act(dialog) -> None:
        fill(dialog)
        # As a click on OK does: the focus leaves the fields first (accepting with the focus
        # still in a date field crashed Qt under load).
        dialog.ok_button.setFocus()
        dialog.ok_button.click()
        assert dialog.result() == 1, dialog.error.text()

    return act


def gap_keys(tab) -> list[str]:
    return [tab.gaps.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.gaps.count())]


def test_score_gaps_and_a_gap_opens_the_page_that_fixes_it(window, team, qtbot):
    page = open_page(window)
    tab = page.assessment_tab
    assert "项达到" in tab.score.text()
    assert "10.1.officer" in gap_keys(tab)
    # The gap in the organisation opens 企业信息.
    row = gap_keys(tab).index("10.1.officer")
    tab.gaps.setCurrentRow(row)
    tab.gaps.itemActivated.emit(tab.gaps.item(row))
    assert type(window.current_page()).__name__ == "CompanyPage"
    with team.vault.unit_of_work(team.admin) as uow:
        company.add_designation(uow, DesignationKind.SECRECY_OFFICER, "陈静", "兼职")
    page = open_page(window)
    assert "10.1.officer" not in gap_keys(page.assessment_tab)
    # The reward rule's gap opens the 制度 tab on that kind; Ctrl+N registers one.
    tab = page.assessment_tab
    tab.select_item("10.3.reward")
    tab.fix_button.click()
    assert page.tabs.currentWidget() is page.rules_tab
    assert page.rules_tab.kind.currentData() == RuleKind.REWARD_PENALTY.value

    def fill(d: RuleDialog) -> None:
        assert d.kind.currentData() == RuleKind.REWARD_PENALTY.value
        d.title_edit.setText("商业秘密保护奖惩办法")
        d.number.setText("〔2026〕5号")

    when_shown(RuleDialog, accepted(fill))
    page.rules_tab.table.setFocus()
    qtbot.keyClick(page.rules_tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [r.title for r in page.rules_tab.model.rows()] == ["商业秘密保护奖惩办法"]
    assert page.rules_tab.files.isEnabled()  # its text is attached below
    page.tabs.setCurrentWidget(page.assessment_tab)
    assert "10.3.reward" not in gap_keys(page.assessment_tab)


def test_hand_items_declaration_and_the_report(window, team, qtbot, tmp_path):
    page = open_page(window)
    tab = page.assessment_tab
    tab.select_item("10.2.funds")
    assert tab.answer_button.isEnabled()

    def answer(d: AnswerDialog) -> None:
        d.value.setText("年度经费 10 万元")
        d.note.setText("预算批复")

    when_shown(AnswerDialog, accepted(answer))
    tab.answer_button.click()
    assert "10.2.funds" not in gap_keys(tab)
    assert "年度经费 10 万元" in tab.detail.text()

    def declare(d: DeclarationDialog) -> None:
        assert "近2年来" in d.text.toPlainText()
        d.signer.setText("张伟")
        d.signer_title.setText("法定代表人")

    when_shown(DeclarationDialog, accepted(declare))
    tab.declaration_button.click()
    assert "10.5.declaration" not in gap_keys(tab)

    pdfs: list[bytes] = []

    def keep(d: PdfPreviewDialog) -> None:
        pdfs.append(d.pdf_bytes())
        d.accept()

    when_shown(PdfPreviewDialog, keep)
    tab.print_button.click()
    assert pdfs
    if shutil.which("pdftotext"):
        (tmp_path / "r.pdf").write_bytes(pdfs[0])
        text = "".join(pdf_text(tmp_path / "r.pdf").split())
        assert "基地申报自评报告" in text and "年度经费10万元" in text


def test_rules_repealed_and_the_programme_ticked(window, team, qtbot):
    with team.vault.unit_of_work(team.officer) as uow:
        rules.add_rule(uow, rules.RuleInput(RuleKind.EMERGENCY, "应急预案", date(2024, 1, 1)))
    page = open_page(window)
    page.tabs.setCurrentWidget(page.rules_tab)
    rules_tab = page.rules_tab
    rules_tab.table.selectRow(0)
    when_shown(RepealDialog, accepted(lambda d: None))
    rules_tab.repeal_button.click()
    assert read(team.vault, rules.in_force, RuleKind.EMERGENCY, TODAY) == []
    assert not rules_tab.repeal_button.isEnabled()

    page.tabs.setCurrentWidget(page.programme_tab)
    tab = page.programme_tab

    def plan(kind: ProgrammeKind, title: str):
        def fill(d: ProgrammeItemDialog) -> None:
            d.kind.setCurrentIndex(d.kind.findData(kind.value))
            d.title_edit.setText(title)

        return fill

    when_shown(ProgrammeItemDialog, accepted(plan(ProgrammeKind.TRAINING, "全员轮训")))
    tab.add_button.click()
    when_shown(ProgrammeItemDialog, accepted(plan(ProgrammeKind.PUBLICITY, "宣传月")))
    tab.add_button.click()
    assert tab.model.rowCount() == 2
    with team.vault.unit_of_work(team.officer) as uow:
        training.add_session(uow, SessionInput("宣讲", TrainingAudience.ALL, TODAY,
                                               attendee_ids=(team.people["张伟"],)))  # fmt: skip
    page.tabs.setCurrentWidget(page.assessment_tab)
    page.tabs.setCurrentWidget(page.programme_tab)  # shown again: the session ticks its item
    rows = {r.title: r for r in tab.model.rows()}
    assert rows["全员轮训"].fulfilled_type == "training_session"
    tab.table.selectRow([r.title for r in tab.model.rows()].index("宣传月"))
    assert tab.done_button.isEnabled()
    when_shown(DoneDialog, accepted(lambda d: d.note.setText("内刊专栏")))
    tab.done_button.click()
    assert all(r.done_on for r in read(team.vault, programme.list_items, TODAY.year))


def test_the_programme_reminder_opens_the_tab(window, team):
    with team.vault.unit_of_work(team.officer) as uow:
        programme.add_item(uow, TODAY.year, ProgrammeKind.EXCHANGE, "考察", date(TODAY.year, 1, 1))
    window.open_target("compliance", {"tab": "programme"})
    page = window.current_page()
    assert isinstance(page, CompliancePage) and page.tabs.currentWidget() is page.programme_tab
    assert [r.title for r in page.programme_tab.model.rows()] == ["考察"]
