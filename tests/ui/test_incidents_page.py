"""应急处置 in the real main window (issue 15): a case opened from the lost carrier on the
carriers page, graded, its steps run (the one-click holds then refuse a destruction request),
a note corrected, closed only when the mandatory steps are done; drills and the playbook
editor; the 工作台 reminders open the page filtered."""

from __future__ import annotations

import pytest
from carriers_testing import World, build_world
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tsdesk.errors import ValidationError
from tsdesk.models import (
    DestructionItemKind,
    DestructionReason,
    EntryKind,
    IncidentSource,
    IncidentStatus,
    StepStatus,
)
from tsdesk.services import destruction
from tsdesk.services.incidents import cases, playbook, timeline
from tsdesk.ui.carriers.carrier_dialogs import NoteDialog
from tsdesk.ui.carriers.carriers import CarriersPage
from tsdesk.ui.incidents.dialogs import (
    CaseDialog,
    CaseNoteDialog,
    CloseCaseDialog,
    IncidentGradingDialog,
    StepDialog,
)
from tsdesk.ui.incidents.page import IncidentsPage
from tsdesk.ui.incidents.templates import TemplateDialog, TemplatesDialog
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.session import UiSession


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


@pytest.fixture
def window(world, qtbot):
    win = MainWindow(UiSession(world.vault, world.admin))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def when_shown(dialog_class, act) -> None:
    """Act on the modal dialog of this class once the click below has opened it."""

    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def yes(monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    return told


def steps(world, case_id):
    with world.read() as s:
        return playbook.steps_of(s, case_id)


def select_step(page: IncidentsPage, title: str) -> None:
    rows = page.view.steps.rows()
    page.view.steps_table.selectRow(next(n for n, s in enumerate(rows) if s.title == title))


def test_a_case_from_the_lost_carrier_runs_to_its_close(world, window, qtbot, monkeypatch):
    told = yes(monkeypatch)
    carrier = world.carrier("主轴热处理工艺图纸", secrets=[world.top_secret])
    copy = world.carrier("主轴热处理工艺图纸（副本）", secrets=[world.top_secret])
    carriers_page = window.show_page(CarriersPage)
    tab = carriers_page.carriers_tab
    tab.refresh()
    assert tab.select(carrier)

    def lost(dialog: NoteDialog) -> None:
        dialog.note.setPlainText("出差途中遗失于高铁站")
        ok(dialog)

    def open_case(dialog: CaseDialog) -> None:
        dialog.discovered_by.setText("张伟")
        dialog.facts.setPlainText("公文包内有图纸一份")
        dialog.carriers.setText(_carrier_number(world, copy))  # the copy kept in store
        ok(dialog)

    when_shown(NoteDialog, lost)
    when_shown(CaseDialog, open_case)
    tab.lost_action.trigger()
    qtbot.waitUntil(lambda: bool(world.vault and _cases(world)))
    page = window.current_page()
    assert isinstance(page, IncidentsPage)
    (case_id,) = _cases(world)
    qtbot.waitUntil(lambda: page.view.case_id == case_id)
    with world.read() as s:
        case = cases.get_case(s, case_id)
        assert case.source == IncidentSource.CARRIER_LOST and case.title.startswith("载体遗失")
        assert {r.entity_type for r in cases.links_of(s, case_id)} == {
            "carrier",
            "secret",
            "person",
        }

    # Grade: a is prefilled from the 一级 secret; the others get scores and reasons.
    def grade(dialog: IncidentGradingDialog) -> None:
        assert dialog.scores["a"].value() == 5
        for key, box in dialog.scores.items():
            if key != "a":
                box.setValue(3)
            dialog.reasons[key].setText(dialog.reasons[key].text() or "评估")
        ok(dialog)

    when_shown(IncidentGradingDialog, grade)
    page.view.grade_button.click()
    qtbot.waitUntil(lambda: bool(page.view.steps.rows()))
    assert page.view.tabs.currentIndex() == 1  # the steps, now there are some

    # The one-click holds: the carrier and its secret held; a destruction request refused.
    select_step(page, "对所涉秘密和载体实施法律保全")
    assert page.view.action_button.isEnabled()
    page.view.action_button.click()
    assert told and "已保全" in told[-1]
    item = destruction.ItemInput(
        DestructionItemKind.CARRIER, DestructionReason.SUPERSEDED, carrier_id=copy
    )
    with pytest.raises(ValidationError, match="法律保全"), world.uow() as uow:
        destruction.create_request(uow, [item])

    # Closing while mandatory steps are open is refused with their names.
    def close_refused(dialog: CloseCaseDialog) -> None:
        assert "向管理层报告" in dialog.intro.text()
        dialog.conclusion.setPlainText("结论")
        dialog.lessons.setPlainText("教训")
        ok(dialog)
        assert "必办步骤未完成" in dialog.error.text()
        dialog.reject()

    when_shown(CloseCaseDialog, close_refused)
    page.view.close_button.click()
    assert cases_status(world, case_id) == IncidentStatus.ACTIVE

    # Run every other mandatory step through the 完成 button.
    for step in steps(world, case_id):
        if not step.mandatory or step.status != StepStatus.OPEN:
            continue
        select_step(page, step.title)

        def done(dialog: StepDialog) -> None:
            dialog.note.setPlainText("已办理")
            ok(dialog)

        when_shown(StepDialog, done)
        page.view.done_button.click()
    with world.read() as s:
        assert not playbook.open_mandatory(s, case_id)

    # A note, then corrected by a new entry.
    def note(dialog: CaseNoteDialog) -> None:
        dialog.text.setPlainText("监控显示 9:30 离开候车室")
        ok(dialog)

    when_shown(CaseNoteDialog, note)
    page.view.note_button.click()
    rows = page.view.entries.rows()
    page.view.entries_table.selectRow(
        next(n for n, e in enumerate(rows) if e.kind == EntryKind.NOTE)
    )

    def correct(dialog: CaseNoteDialog) -> None:
        dialog.text.setPlainText("应为 9:40")
        ok(dialog)

    when_shown(CaseNoteDialog, correct)
    page.view.correct_button.click()

    def close(dialog: CloseCaseDialog) -> None:
        dialog.conclusion.setPlainText("图纸由铁路公安找回，未扩散")
        dialog.lessons.setPlainText("涉密图纸出差携带须审批并专人保管")
        ok(dialog)

    when_shown(CloseCaseDialog, close)
    page.view.close_button.click()
    assert cases_status(world, case_id) == IncidentStatus.CLOSED
    assert not page.view.close_button.isEnabled() and not page.view.grade_button.isEnabled()
    with world.read() as s:
        kinds = [e.kind for e in timeline.entries(s, case_id)]
        assert EntryKind.CORRECTION in kinds and kinds[-1] == EntryKind.STATUS


def _carrier_number(world, carrier_id) -> str:
    from tsdesk.services import carriers

    with world.read() as s:
        return carriers.get(s, carrier_id).number


def _cases(world) -> list[int]:
    with world.read() as s:
        return [r.id for r in cases.list_cases(s)]


def cases_status(world, case_id):
    with world.read() as s:
        return cases.get_case(s, case_id).status


def test_a_drill_is_marked_and_kept_apart(world, window, qtbot, monkeypatch):
    page = window.show_page(IncidentsPage)
    page.drills.click()  # the 演练 toggle
    assert page.new_button.text() == "新建演练…"

    def open_drill(dialog: CaseDialog) -> None:
        assert "演练" in dialog.windowTitle()
        dialog.title_edit.setText("演练：图纸被拷贝外发")
        dialog.discovered_by.setText("王丽娟")
        dialog.secrets.setText(_secret_number(world))
        ok(dialog)

    when_shown(CaseDialog, open_drill)
    window.new_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: bool(_cases(world)))
    (case_id,) = _cases(world)
    with world.read() as s:
        case = cases.get_case(s, case_id)
        assert case.is_drill and case.number.startswith("YL-")
        assert cases.count_open(s) == 0
    assert page.view.drill_mark.isVisible()
    assert [r.id for r in page.model.rows()] == [case_id]
    page.drills.click()  # back to the real cases: the drill is not among them
    assert page.model.rows() == []


def _secret_number(world) -> str:
    from tsdesk.services import register

    with world.read() as s:
        return register.get(s, world.top_secret).number


def test_the_playbook_editor(world, window, qtbot):
    page = window.show_page(IncidentsPage)

    def in_templates(dialog: TemplatesDialog) -> None:
        assert dialog.model.rowCount() == 3
        dialog.table.selectRow(0)

        def edit(editor: TemplateDialog) -> None:
            editor.add_step()
            last = editor.steps.rowCount() - 1
            editor.steps.item(last, 0).setText("通知保险公司")
            editor.steps.setCurrentCell(last, 0)
            editor.move(-1)
            ok(editor)

        when_shown(TemplateDialog, edit)
        dialog.edit_button.click()
        dialog.active_button.click()  # deactivate
        dialog.close_button.click()

    when_shown(TemplatesDialog, in_templates)
    page.templates_button.click()
    with world.read() as s:
        first = playbook.list_templates(s)[0]
        titles = [t.title for t in playbook.template_steps(s, first.id)]
        assert titles[-2] == "通知保险公司" and not first.active


def test_reminders_open_the_page_filtered(world, window):
    page = window.open_target("incidents", {"overdue": True})
    assert isinstance(page, IncidentsPage)
    assert page.status.currentData() == "overdue" and not page.drills.isChecked()
    window.open_target("incidents", {"drills": True})
    assert page.drills.isChecked()


def test_a_leaver_opens_a_case_with_them_as_suspect(world, window, qtbot):
    seen: list[str] = []

    def check(dialog: CaseDialog) -> None:
        seen.extend(dialog.links.item(i).text() for i in range(dialog.links.count()))
        dialog.reject()

    when_shown(CaseDialog, check)
    window.session.incident_requested.emit("person_exit", world.alice)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(window.current_page(), IncidentsPage)
    assert seen[0] == "嫌疑人人员：E001 张伟"


def test_a_forged_label_scanned_in_the_search_box_opens_a_case(world, window, qtbot):
    """003 §13.3.1 from anywhere: a label whose code does not match, scanned into the window's
    search box, shows the carrier with a red banner and a 立案… button that opens the case
    form on 应急处置, with the carrier linked."""
    from PySide6.QtCore import Qt

    from tsdesk.services import labels

    carrier = world.carrier("模具图纸", secrets=[world.top_secret])
    with world.uow() as uow:
        labels.record_print(uow, [carrier], "A4-3x8-70x37", "PDF")
    with world.read() as s:
        genuine = labels.payload_for(s, carrier, False)
    window.search_edit.setText(genuine)
    window.search_edit.returnPressed.emit()
    detail = window.show_page(CarriersPage).carriers_tab.detail
    assert detail.report_button.isHidden()  # a genuine label is no case

    opened: list[CaseDialog] = []

    def seen(dialog: CaseDialog) -> None:
        opened.append(dialog)
        dialog.reject()

    window.search_edit.setText(genuine.replace("一级商密", "三级商密"))
    window.search_edit.returnPressed.emit()
    assert "伪造" in detail.banner.text() and not detail.report_button.isHidden()
    when_shown(CaseDialog, seen)
    qtbot.mouseClick(detail.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    assert isinstance(window.current_page(), IncidentsPage)
    dialog = opened[0]
    assert dialog.preset.source == IncidentSource.LABEL_FORGED
    linked = [dialog.links.item(i).text() for i in range(dialog.links.count())]
    assert any(_carrier_number(world, carrier) in text for text in linked), linked
