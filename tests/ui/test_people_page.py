"""The people page (issue 3 §3): the directory, a person's secrets and current grants, and the
flag on a person who left while still holding grants."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from register_testing import build_team, confirmed
from sqlalchemy import update

from tsdesk.models import AccessTier, AreaKind, Person, PersonStatus
from tsdesk.services import areas, people
from tsdesk.ui.people.people import LeaveDialog, PeoplePage, PersonDialog, ReviewDialog
from tsdesk.ui.session import UiSession


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


@pytest.fixture
def page(team, qtbot) -> PeoplePage:
    widget = PeoplePage(UiSession(team.vault, team.officer))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def pick(page: PeoplePage, name: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).name == name:
            page.table.selectRow(row)
            return
    raise AssertionError(name)


def grant(team, secret_id, name, **kw):
    with team.vault.unit_of_work(team.officer) as uow:
        return people.grant(
            uow, secret_id, team.people[name], AccessTier.PARTIAL, "岗位工作需要", **kw
        )


def test_directory_and_a_persons_secrets(page, team):
    secret_id = confirmed(team)
    grant(team, secret_id, "张伟")
    grant(
        team,
        confirmed(team),
        "张伟",
        valid_from=date.today() - timedelta(days=20),
        valid_until=date.today() - timedelta(days=1),
    )
    page.refresh()
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == [
        "张伟",
        "李娜",
        "陈静",
    ]
    pick(page, "张伟")
    assert page.name_label.text() == "张伟　E001"
    assert page.grants.rowCount() == 1  # the expired temporary grant is not current
    assert page.grants.item(0, 6).text() == "有效"
    page.include_past.setChecked(True)
    assert page.grants.rowCount() == 2
    assert {page.grants.item(r, 6).text() for r in range(2)} == {"有效", "已到期"}
    assert not page.flag.isVisibleTo(page)


def test_add_and_edit_a_person(page, team):
    dialog = PersonDialog(page.session, None, page)
    dialog.number.setText("E001")  # taken
    dialog.name.setText("周强")
    dialog.accept()
    assert dialog.result() == 0 and "E001 已存在" in dialog.error.text()
    dialog.number.setText("E009")
    dialog.accept()
    assert dialog.result() == 1
    page.refresh_list(select_id=dialog.result_value)
    assert page.selected().name == "周强"
    edit = PersonDialog(page.session, page.selected(), page)
    edit.post.setText("调试工程师")
    edit.accept()
    assert edit.result() == 1
    with team.vault.reader() as s:
        assert people.get_person(s, dialog.result_value).post == "调试工程师"


def when_shown(dialog_class, act) -> None:
    """Act on the modal dialog of this class once the click below has opened it."""

    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


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


def test_leaving_ends_grants_and_area_access(page, team, qtbot):
    secret_id = confirmed(team)
    grant(team, secret_id, "李娜")
    area = area_for(team, "李娜")
    page.refresh()
    pick(page, "李娜")
    assert "样品间" in page.areas_label.text()
    seen: list[str] = []

    def fill(leave: LeaveDialog) -> None:
        seen.append(leave.intro.text())
        assert leave.left_on.maximumDate() == QDate.currentDate()  # no leave in the future
        leave.left_on.setDate(date.today() - timedelta(days=3))
        leave.accept()

    when_shown(LeaveDialog, fill)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert "1 项知悉授权和 1 个" in seen[0]
    person = page.selected()
    assert person.status == PersonStatus.LEFT and not person.left_with_grants
    assert person.current_grants == 0 and person.current_areas == 0
    assert not page.flag.isVisibleTo(page)
    assert page.areas_label.text() == "可进入的涉密区域：无"
    assert page.leave_button.text() == "恢复在职"
    with team.vault.reader() as s:
        assert people.knowers_of(s, secret_id) == []
        assert not areas.may_enter(s, area, team.people["李娜"])


def test_a_person_who_left_still_holding_access_is_flagged_until_revoked(page, team):
    """Data from before leaving ended access: the page still flags it."""
    secret_id = confirmed(team)
    grant(team, secret_id, "李娜")
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.execute(
            update(Person)
            .where(Person.id == team.people["李娜"])
            .values(status=PersonStatus.LEFT, left_on=date.today() - timedelta(days=3))
        )
    page.refresh()
    pick(page, "李娜")
    person = page.selected()
    assert person.left_with_grants
    assert page.flag.isVisibleTo(page) and "仍有 1 项有效的知悉权限" in page.flag.text()
    assert "§" not in page.flag.text()
    assert "⚠" in page.model.data(page.model.index(page.table.currentIndex().row(), 4))
    page.grants.selectRow(0)
    assert page.revoke_button.isEnabled()
    page.revoke()
    assert not page.selected().left_with_grants and not page.flag.isVisibleTo(page)


def test_a_department_change_raises_a_review_marked_done_on_the_page(page, team, qtbot):
    secret_id = confirmed(team)
    grant(team, secret_id, "张伟")
    area_for(team, "张伟")
    page.refresh()
    pick(page, "张伟")
    assert not page.review_box.isVisibleTo(page)
    edit = PersonDialog(page.session, page.selected(), page)
    edit.department.setCurrentIndex(edit.department.findData(team.departments["销售部"]))
    edit.accept()
    assert edit.result() == 1
    page.refresh_list()
    pick(page, "张伟")
    assert page.review_box.isVisibleTo(page)
    assert "技术研发中心" in page.review_label.text() and "销售部" in page.review_label.text()
    assert page.review_button.isEnabled()
    # The reminder's filter lists him.
    page.show_filtered("people", {"flag": "review_open"})
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["张伟"]
    seen: list[str] = []

    def done(review: ReviewDialog) -> None:
        seen.append(review.intro.text())
        review.note.setText("仍需知悉")
        review.accept()

    when_shown(ReviewDialog, done)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert "样品间" in seen[0] and "剑杆织机" in seen[0]
    assert page.model.rowCount() == 0  # nobody left to review
    page.status_combo.setCurrentIndex(0)
    page.refresh_list()
    pick(page, "张伟")
    assert not page.review_box.isVisibleTo(page)
    with team.vault.reader() as s:
        assert people.count_flagged(s, people.PersonFlag.REVIEW_OPEN) == 0


def test_filters_and_clear(page, team):
    with team.vault.unit_of_work(team.officer) as uow:
        people.set_status(uow, team.people["陈静"], PersonStatus.LEFT)
    page.status_combo.setCurrentIndex(page.status_combo.findData(PersonStatus.LEFT))
    page.refresh_list()
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["陈静"]
    page.status_combo.setCurrentIndex(0)
    page.search_edit.setText("李")
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["李娜"]
    page.clear()
    assert page.model.rowCount() == 0 and page.search_edit.text() == ""
    assert page.grants.rowCount() == 0


def test_auditor_reads_only(team, qtbot):
    page = PeoplePage(UiSession(team.vault, team.auditor))
    qtbot.addWidget(page)
    page.refresh()
    pick(page, "张伟")
    assert not page.add_button.isEnabled() and not page.leave_button.isEnabled()
