"""培训与检查 (issue 13 §4) through the real main window: a session is added with Ctrl+N and
its attendees picked, scores entered, the sign-in sheet printed with Ctrl+P; a drill is
recorded; an inspection goes from plan to closed, its report printed; the 工作台 tiles open
the people due for training and the overdue actions; a person's trainings are listed."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from register_testing import build_team
from tsdesk_testing import pdf_text, read

from tsdesk.models import TrainingAudience
from tsdesk.services import training
from tsdesk.ui.dashboard.dashboard import DashboardPage
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.people.training import TrainingPage
from tsdesk.ui.people.training_dialogs import (
    ActionDialog,
    CloseActionDialog,
    DrillDialog,
    InspectionDialog,
    ResultDialog,
    ScoresDialog,
    SessionDialog,
)
from tsdesk.ui.people.training_widgets import PersonTrainingTab
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all

TODAY = date.today()
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext")


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


@pytest.fixture
def window(team, qtbot):
    made = MainWindow(UiSession(team.vault, team.officer))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    wait_for_all()  # the 工作台's counts, started with the window, are done before we move on
    yield made
    wait_for_all()
    made.close()


def open_page(window) -> TrainingPage:
    """Through the navigation, by the page's title."""
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    window.nav.setCurrentRow(next(r for r, t in enumerate(titles) if t.startswith("培训与检查")))
    page = window.current_page()
    assert isinstance(page, TrainingPage)
    return page


def when_shown(dialog_class, act) -> None:
    """Act on the modal dialog of this class once the click that opens it has run."""

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
        dialog.accept()
        assert dialog.result() == 1, dialog.error.text()

    return act


def printed(into: list[bytes]):
    def act(dialog: PdfPreviewDialog) -> None:
        into.append(dialog.pdf_bytes())
        dialog.accept()

    return act


def test_a_session_from_ctrl_n_to_the_sign_in_sheet(window, team, qtbot, tmp_path):
    page = open_page(window)
    tab = page.sessions_tab

    def fill(d: SessionDialog) -> None:
        d.topic.setText("商业秘密保护制度宣讲")
        d.trainer.setText("王丽娟")
        d.picker.search.setText("张")
        d.picker.found.selectAll()
        d.picker.add_button.click()
        d.picker.search.clear()
        d.picker.found.item(1).setSelected(True)  # 李娜
        d.picker.add_button.click()
        assert d.picker.count.text() == "已选 2 人"

    when_shown(SessionDialog, accepted(fill))
    tab.search_edit.setFocus()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == 1
    assert tab.selected().topic == "商业秘密保护制度宣讲"
    assert [tab.attendees.item(r, 1).text() for r in range(2)] == ["张伟", "李娜"]

    def scores(d: ScoresDialog) -> None:
        d.table.item(0, 2).setText("95")

    when_shown(ScoresDialog, accepted(scores))
    tab.scores_button.click()
    assert tab.attendees.item(0, 3).text() == "95"

    sheets: list[bytes] = []
    when_shown(PdfPreviewDialog, printed(sheets))
    window.activateWindow()  # back from the scores form
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert sheets, "Ctrl+P printed nothing"
    if shutil.which("pdftotext"):
        (tmp_path / "s.pdf").write_bytes(sheets[0])
        text = pdf_text(tmp_path / "s.pdf")
        assert "培训签到表" in text and "张伟" in text and "E002" in text


def test_the_signed_scan_is_kept_with_the_session(window, team, monkeypatch, tmp_path):
    with team.vault.unit_of_work(team.officer) as uow:
        training.add_session(
            uow,
            training.SessionInput(
                "保密制度宣讲", TrainingAudience.ALL, TODAY, attendee_ids=(team.people["张伟"],)
            ),
        )
    scan = tmp_path / "签到表.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    tab = open_page(window).sessions_tab
    assert tab.scans.model.rows() == [] and tab.scans.add_button.isEnabled()
    tab.scans.add_button.click()
    assert [r.name for r in tab.scans.model.rows()] == ["签到表.pdf"]
    assert tab.model.data(tab.model.index(0, 5)) == "1"


def test_a_drill_is_recorded(window, team):
    page = open_page(window)
    page.tabs.setCurrentWidget(page.drills_tab)

    def fill(d: DrillDialog) -> None:
        d.scenario.setPlainText("研发人员通过个人网盘外传图纸")
        d.findings.setPlainText("上报用时偏长")
        d.picker.found.item(0).setSelected(True)
        d.picker.add_button.click()

    when_shown(DrillDialog, accepted(fill))
    window.new_action.trigger()
    tab = page.drills_tab
    assert tab.model.rowCount() == 1 and tab.selected().participants == 1
    assert tab.participants.item(0, 1).text() == "张伟"


def test_an_inspection_from_plan_to_report(window, team, monkeypatch, tmp_path):
    page = open_page(window)
    page.tabs.setCurrentWidget(page.inspections_tab)
    tab = page.inspections_tab

    def plan(d: InspectionDialog) -> None:
        d.title_edit.setText("第二季度保密检查")
        d.areas.setPlainText("研发中心图纸档案室")
        d.rules.setPlainText("003 §9.1 涉密区域管理")

    when_shown(InspectionDialog, accepted(plan))
    window.new_action.trigger()
    assert tab.selected().title == "第二季度保密检查"
    assert not tab.close_button.isEnabled()  # not carried out yet

    def result(d: ResultDialog) -> None:
        d.findings.setPlainText("门禁记录不全")
        d.conclusion.setPlainText("基本符合要求")
        d.done_box.setChecked(True)

    when_shown(ResultDialog, accepted(result))
    tab.result_button.click()

    def action(d: ActionDialog) -> None:
        d.description.setPlainText("补齐门禁记录")
        d.owner.setCurrentIndex(d.owner.findText("张伟（E001）"))
        d.due_on.setDate(TODAY - timedelta(days=1))

    when_shown(ActionDialog, accepted(action))
    tab.add_action_button.click()
    assert tab.actions.item(0, 1).text() == "张伟" and tab.actions.item(0, 3).text() == "逾期"
    assert "1 项逾期" in tab.model.data(tab.model.index(0, 4))

    # Closing needs evidence: refused without, accepted with.
    def close(d: CloseActionDialog) -> None:
        d.accept()
        assert d.result() == 0 and "佐证" in d.error.text()
        d.evidence.setPlainText("已补录并签字确认")
        d.accept()
        assert d.result() == 1

    tab.actions.selectRow(0)
    when_shown(CloseActionDialog, close)
    tab.close_action_button.click()
    assert tab.actions.item(0, 3).text().startswith("已关闭")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.close_button.click()
    assert tab.selected().closed_on == TODAY
    assert not tab.add_action_button.isEnabled() and not tab.edit_button.isEnabled()

    reports: list[bytes] = []
    when_shown(PdfPreviewDialog, printed(reports))
    tab.print_button.click()
    if shutil.which("pdftotext"):
        (tmp_path / "r.pdf").write_bytes(reports[0])
        text = pdf_text(tmp_path / "r.pdf")
        assert "保密检查报告" in text and "补齐门禁记录" in text and "已补录并签字确认" in text


def test_tiles_open_who_is_due_and_the_overdue_actions(window, team, qtbot):
    with team.vault.unit_of_work(team.officer) as uow:
        training.add_session(
            uow,
            training.SessionInput(
                "保密制度宣讲",
                TrainingAudience.ALL,
                TODAY - timedelta(days=30),
                attendee_ids=(team.people["张伟"],),
            ),
        )
        inspection = training.plan_inspection(
            uow, training.InspectionInput("档案室检查", TODAY - timedelta(days=9))
        )
        training.add_action(uow, inspection, "换锁", TODAY - timedelta(days=2), owner="赵师傅")
    window.nav.setCurrentRow(0)
    dashboard = window.current_page()
    assert isinstance(dashboard, DashboardPage)
    window.refresh_action.trigger()  # F5: counted again with the data added above
    qtbot.waitUntil(lambda: dashboard.tiles["training.untrained"].n == 2, timeout=10_000)
    qtbot.mouseClick(dashboard.tiles["training.untrained"], Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, TrainingPage)
    tab = page.sessions_tab
    assert tab.stack.currentIndex() == 1
    assert [tab.due_model.row_at(r).name for r in range(tab.due_model.rowCount())] == [
        "李娜",
        "陈静",
    ]
    # A session for exactly the people listed.
    when_shown(SessionDialog, accepted(lambda d: d.topic.setText("补训")))
    tab.add_button.click()
    assert tab.stack.currentIndex() == 0 and tab.selected().attendees == 2
    assert read(team.vault, training.due_for_training, training.TrainingFlag.UNTRAINED) == []
    window.nav.setCurrentRow(0)
    qtbot.mouseClick(dashboard.tiles["inspection.actions_overdue"], Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.inspections_tab
    assert page.inspections_tab.model.rowCount() == 1
    assert page.inspections_tab.flag_combo.currentData() == "overdue"


def test_a_persons_trainings_and_drills(team, qtbot):
    with team.vault.unit_of_work(team.officer) as uow:
        session_id = training.add_session(
            uow,
            training.SessionInput(
                "新员工保密教育",
                TrainingAudience.NEW,
                TODAY - timedelta(days=3),
                attendee_ids=(team.people["李娜"],),
            ),
        )
        training.record_scores(uow, session_id, {team.people["李娜"]: 88})
        training.add_drill(
            uow, training.DrillInput("图纸外传", TODAY, participant_ids=(team.people["李娜"],))
        )
    tab = PersonTrainingTab(UiSession(team.vault, team.officer))
    qtbot.addWidget(tab)
    tab.show_person(team.people["李娜"])
    assert [tab.trainings.item(0, c).text() for c in range(4)] == [
        (TODAY - timedelta(days=3)).isoformat(),
        "新员工保密教育",
        "新员工",
        "88",
    ]
    assert tab.drills.item(0, 1).text() == "图纸外传"
    tab.show_person(team.people["陈静"])
    assert tab.trainings.rowCount() == 0 and tab.summary.text() == "尚无培训记录"
    assert read(team.vault, training.trainings_of, team.people["陈静"]) == []
