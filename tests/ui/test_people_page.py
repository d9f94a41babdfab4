"""人员与协议 in the real main window (issues 3 §3, 13 §3/§5): the directory with its status,
NDA, non-compete and training columns; the person's tabs; joining, a job change and leaving
started with the page's buttons and settled in the procedure dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from register_testing import build_team, confirmed
from sqlalchemy import update

from tsdesk.models import (
    AccessTier,
    Agreement,
    AgreementKind,
    AgreementStatus,
    AreaKind,
    Person,
    PersonStatus,
    ProcedureKind,
)
from tsdesk.services import areas, people, procedures
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.people.people import PeoplePage, PersonDialog
from tsdesk.ui.people.procedures import (
    ExitDialog,
    ItemDialog,
    JoinDialog,
    ProcedureDialog,
    TransferDialog,
)
from tsdesk.ui.session import UiSession

TODAY = date.today()


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


@pytest.fixture
def window(team, qtbot):
    win = MainWindow(UiSession(team.vault, team.officer))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def page(window) -> PeoplePage:
    page = window.show_page(PeoplePage)
    page.refresh()
    return page


def names(page: PeoplePage) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


def pick(page: PeoplePage, name: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).name == name:
            page.table.selectRow(row)
            return
    raise AssertionError(name)


def cell(page: PeoplePage, name: str, column: int) -> str:
    row = names(page).index(name)
    return page.model.data(page.model.index(row, column))


def grant(team, secret_id, name, **kw):
    with team.vault.unit_of_work(team.officer) as uow:
        return people.grant(
            uow, secret_id, team.people[name], AccessTier.PARTIAL, "岗位工作需要", **kw
        )


def sign(team, name: str, kind: AgreementKind, number: str) -> None:
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.add(
            Agreement(
                number=number,
                kind=kind,
                status=AgreementStatus.IN_FORCE,
                person_id=team.people[name],
                signed_on=TODAY,
                created_by="test",
            )
        )


def area_for(team, name: str) -> int:
    with team.vault.unit_of_work(team.officer) as uow:
        area = areas.add_area(
            uow,
            areas.AreaInput(name="样品间", kind=AreaKind.SAMPLES, grade_id=team.grades["二级商密"]),
        )
        areas.grant_access(
            uow, area, team.people[name], valid_from=date.today() - timedelta(days=9)
        )
    return area


def when_shown(dialog_class, act) -> None:
    """Act on the modal dialog of this class once the click below has opened it."""

    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def answer_yes() -> None:
    """Say yes to the confirmation the next click asks."""

    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.button(QMessageBox.StandardButton.Yes).click()
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_item(dialog: ProcedureDialog, kind: str) -> None:
    row = next(r for r, i in enumerate(dialog.view.items) if i.kind == kind)
    dialog.table.selectRow(row)


def test_directory_columns_and_a_persons_tabs(page, team, window):
    secret_id = confirmed(team)
    grant(team, secret_id, "张伟")
    grant(
        team,
        confirmed(team),
        "张伟",
        valid_from=TODAY - timedelta(days=20),
        valid_until=TODAY - timedelta(days=1),
    )
    sign(team, "张伟", AgreementKind.NDA, "XY-1")
    page.refresh()
    assert names(page) == ["张伟", "李娜", "陈静"]
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == [
        "工号",
        "姓名",
        "部门",
        "岗位",
        "重点岗位",
        "状态",
        "保密协议",
        "竞业限制",
        "最近培训",
    ]
    assert (cell(page, "张伟", 5), cell(page, "张伟", 6)) == ("在职", "有效")
    assert cell(page, "李娜", 6) == "缺失"
    pick(page, "张伟")
    panel = page.person
    assert page.name_label.text() == "张伟　E001"
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "基本信息",
        "知悉与准入",
        "协议",
        "培训",
        "载体",
        "历史",
    ]
    assert panel.basic.values["nda"].text() == "有效"
    panel.tabs.setCurrentWidget(panel.access)
    assert panel.access.grants.rowCount() == 1  # the expired temporary grant is not current
    assert panel.access.grants.item(0, 6).text() == "有效"
    panel.access.include_past.setChecked(True)
    assert panel.access.grants.rowCount() == 2
    panel.tabs.setCurrentWidget(panel.history)
    assert panel.history.model.rowCount() >= 1  # person.add at least
    assert not page.flag.isVisibleTo(page)

    # Another module's tab (协议, 培训) goes before 载体 and 历史 and hears of the person.
    class Tab(QLabel):
        def show_person(self, person_id):
            self.setText(str(person_id))

    extra = Tab()
    page.add_person_tab(extra, "协议")
    assert panel.tabs.indexOf(extra) == panel.tabs.indexOf(panel.carriers) - 1
    panel.tabs.setCurrentWidget(extra)
    assert extra.text() == str(team.people["张伟"])
    pick(page, "李娜")
    assert extra.text() == str(team.people["李娜"])


def test_add_and_edit_a_person(page, team, qtbot):
    def fill(dialog: PersonDialog) -> None:
        dialog.number.setText("E001")  # taken
        dialog.name.setText("周强")
        dialog.accept()
        assert "E001 已存在" in dialog.error.text()
        dialog.number.setText("E009")
        dialog.key_post.setChecked(True)
        dialog.accept()

    when_shown(PersonDialog, fill)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.selected().name == "周强" and page.selected().key_post
    assert cell(page, "周强", 4) == "是"


def test_editing_the_department_starts_a_job_change_settled_in_its_dialog(page, team, qtbot):
    secret_id = confirmed(team)
    grant(team, secret_id, "张伟")
    area_for(team, "张伟")
    page.refresh()
    pick(page, "张伟")
    assert not page.person.procedure_box.isVisibleTo(page)

    def move(edit: PersonDialog) -> None:
        edit.department.setCurrentIndex(edit.department.findData(team.departments["销售部"]))
        edit.accept()

    when_shown(PersonDialog, move)
    click(qtbot, page.edit_button)
    assert cell(page, "张伟", 5) == "调岗中"
    assert page.person.procedure_box.isVisibleTo(page)
    assert "还有 3 项未办结" in page.person.procedure_label.text()
    page.show_filtered("people", {"flag": "transfer_open"})  # the reminder's tile
    assert names(page) == ["张伟"]
    sign(team, "张伟", AgreementKind.TRANSFER, "XY-T")
    seen: list[str] = []

    def settle(dialog: ProcedureDialog) -> None:
        assert not dialog.complete_button.isEnabled()
        assert "知悉授权" in dialog.complete_button.toolTip()
        select_item(dialog, "grant")
        assert dialog.buttons["kept"].isVisible() and not dialog.buttons["wiped"].isVisible()
        dialog.note.setText("仍负责该机型")
        click(qtbot, dialog.buttons["kept"])
        select_item(dialog, "area")
        answer_yes()
        click(qtbot, dialog.buttons["revoked"])
        select_item(dialog, "transfer_agreement")
        click(qtbot, dialog.buttons["signed"])
        seen.append(dialog.status.text())
        click(qtbot, dialog.complete_button)
        seen.append(dialog.status.text())
        dialog.reject()

    when_shown(ProcedureDialog, settle)
    click(qtbot, page.person.procedure_button)
    assert seen == ["各项均已办结，可以完成。", "手续已完成。"]
    assert page.model.rowCount() == 0  # no job change open any more
    with team.vault.reader() as s:
        assert areas.areas_of_person(s, team.people["张伟"]) == []
        assert people.secrets_of(s, team.people["张伟"])  # kept


def test_leaving_through_the_exit_procedure(page, team, qtbot):
    secret_id = confirmed(team)
    grant(team, secret_id, "李娜")
    area = area_for(team, "李娜")
    page.refresh()
    pick(page, "李娜")

    def start(dialog: ExitDialog) -> None:
        assert "1 项知悉授权" in dialog.intro.text()
        dialog.leave_on.setDate(TODAY - timedelta(days=1))
        dialog.accept()

    papers: list[str] = []

    def work(dialog: ProcedureDialog) -> None:
        def device(item: ItemDialog) -> None:
            item.label.setText("笔记本电脑 SN123")
            item.accept()

        when_shown(ItemDialog, device)
        click(qtbot, dialog.add_button)
        assert dialog.selected_item().kind == "device"
        click(qtbot, dialog.buttons["wiped"])
        select_item(dialog, "grant")
        assert not dialog.buttons["kept"].isVisible()  # leaving keeps nothing
        answer_yes()
        click(qtbot, dialog.buttons["revoked"])
        select_item(dialog, "area")
        answer_yes()
        click(qtbot, dialog.buttons["revoked"])
        select_item(dialog, "noncompete")
        click(qtbot, dialog.buttons["not_needed"])
        assert "离职保密承诺书" in dialog.complete_button.toolTip()
        sign(team, "李娜", AgreementKind.EXIT, "XY-E")
        select_item(dialog, "exit_pledge")
        click(qtbot, dialog.buttons["signed"])
        assert dialog.complete_button.isEnabled()
        answer_yes()
        click(qtbot, dialog.complete_button)
        for button in (dialog.sheet_button, dialog.letter_button):
            when_shown(
                PdfPreviewDialog,
                lambda preview: papers.append(preview.windowTitle()) or preview.reject(),
            )
            click(qtbot, button)
        dialog.reject()

    when_shown(ExitDialog, start)
    when_shown(ProcedureDialog, work)
    click(qtbot, page.leave_button)
    assert papers == ["离职交接单 E002", "离职提醒函 E002"]
    person = page.selected()
    assert person.status == PersonStatus.LEFT and person.left_on == TODAY - timedelta(days=1)
    assert cell(page, "李娜", 5).startswith("离职")
    assert page.leave_button.text() == "恢复在职"
    assert not page.join_button.isEnabled()
    with team.vault.reader() as s:
        assert people.knowers_of(s, secret_id) == []
        assert not areas.may_enter(s, area, team.people["李娜"])
        (proc,) = procedures.procedures_of(s, team.people["李娜"])
        assert proc.kind == ProcedureKind.EXIT and proc.noncompete_decision == "not_needed"
    page.person.tabs.setCurrentWidget(page.person.history)
    texts = [
        page.person.history.model.data(page.person.history.model.index(r, 2))
        for r in range(page.person.history.model.rowCount())
    ]
    assert "打印离职提醒函" in texts and "人事保密手续完成" in texts


def test_joining_from_the_button_lists_the_checklist_with_due_dates(page, team, qtbot):
    pick(page, "陈静")

    def start(dialog: JoinDialog) -> None:
        dialog.hire_date.setDate(TODAY - timedelta(days=2))
        dialog.key_post.setChecked(True)
        dialog.tasks.setPlainText("授予总账查阅权限\n")
        dialog.accept()

    seen: list[tuple[str, str]] = []

    def look(dialog: ProcedureDialog) -> None:
        seen.extend(
            (dialog.table.item(r, 0).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())
        )
        select_item(dialog, "training")
        assert dialog.buttons["done"].isVisible() and not dialog.buttons["revoked"].isVisible()
        dialog.reject()

    when_shown(JoinDialog, start)
    when_shown(ProcedureDialog, look)
    click(qtbot, page.join_button)
    hire = TODAY - timedelta(days=2)
    assert seen == [
        ("签订保密协议", str(hire)),
        ("参加入职保密培训", str(hire + timedelta(days=30))),
        ("事项", str(hire)),
    ]
    assert cell(page, "陈静", 4) == "是"
    assert "入职手续办理中" in page.person.procedure_label.text()


def test_an_explicit_transfer_from_the_button(page, team, qtbot):
    pick(page, "陈静")

    def start(dialog: TransferDialog) -> None:
        dialog.post.setText("财务主管")
        dialog.accept()

    opened: list[int] = []

    def look(dialog: ProcedureDialog) -> None:
        opened.append(len(dialog.view.items))
        dialog.reject()

    when_shown(TransferDialog, start)
    when_shown(ProcedureDialog, look)
    click(qtbot, page.transfer_button)
    assert opened == [1]  # only the 岗位变动协议: 陈静 holds nothing
    assert cell(page, "陈静", 3) == "财务主管" and cell(page, "陈静", 5) == "调岗中"


def test_a_person_who_left_still_holding_access_is_flagged_until_revoked(page, team):
    """Data from before leaving ended access: the page still flags it."""
    secret_id = confirmed(team)
    grant(team, secret_id, "李娜")
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.execute(
            update(Person)
            .where(Person.id == team.people["李娜"])
            .values(status=PersonStatus.LEFT, left_on=TODAY - timedelta(days=3))
        )
    page.refresh()
    pick(page, "李娜")
    assert page.selected().left_with_grants
    assert page.flag.isVisibleTo(page) and "仍有 1 项有效的知悉权限" in page.flag.text()
    assert "⚠" in cell(page, "李娜", 5)
    access = page.person.access
    page.person.tabs.setCurrentWidget(access)
    access.grants.selectRow(0)
    assert access.revoke_button.isEnabled()
    access.revoke()
    assert not page.selected().left_with_grants and not page.flag.isVisibleTo(page)


def test_filters_and_clear(page, team):
    with team.vault.unit_of_work(team.officer) as uow:
        people.set_status(uow, team.people["陈静"], PersonStatus.LEFT)
    page.status_combo.setCurrentIndex(page.status_combo.findData(PersonStatus.LEFT))
    page.refresh_list()
    assert names(page) == ["陈静"]
    assert cell(page, "陈静", 6) == "—"  # no NDA asked of someone who left
    page.status_combo.setCurrentIndex(page.status_combo.findData("nda_missing"))
    page.refresh_list()
    assert names(page) == ["张伟", "李娜"]
    page.status_combo.setCurrentIndex(0)
    page.search_edit.setText("李")
    assert names(page) == ["李娜"]
    page.clear()
    assert page.model.rowCount() == 0 and page.search_edit.text() == ""


def test_auditor_reads_only(team, qtbot):
    win = MainWindow(UiSession(team.vault, team.auditor))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_page(PeoplePage)
    page.refresh()
    pick(page, "张伟")
    buttons: list[QWidget] = [
        page.add_button,
        page.leave_button,
        page.join_button,
        page.transfer_button,
    ]
    assert not any(b.isEnabled() for b in buttons)
    win.close()
