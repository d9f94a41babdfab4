"""The people page (issue 3 §3): the directory, a person's secrets and current grants, and the
flag on a person who left while still holding grants."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from register_testing import build_team, confirmed

from tsdesk.models import AccessTier, PersonStatus
from tsdesk.services import people
from tsdesk.ui.pages.people import LeaveDialog, PeoplePage, PersonDialog
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


def test_leaving_flags_current_grants_until_revoked(page, team):
    secret_id = confirmed(team)
    grant(team, secret_id, "李娜")
    page.refresh()
    pick(page, "李娜")
    leave = LeaveDialog(page.session, page.selected(), page)
    leave.left_on.setDate(date.today() - timedelta(days=3))
    leave.accept()
    assert leave.result() == 1
    page.refresh_list()
    person = page.selected()
    assert person.status == PersonStatus.LEFT and person.left_with_grants
    assert page.flag.isVisibleTo(page) and "仍有 1 项有效的知悉权限" in page.flag.text()
    assert "⚠" in page.model.data(page.model.index(page.table.currentIndex().row(), 4))
    assert page.leave_button.text() == "恢复在职"
    page.grants.selectRow(0)
    assert page.revoke_button.isEnabled()
    page.revoke()
    assert not page.selected().left_with_grants and not page.flag.isVisibleTo(page)
    with team.vault.reader() as s:
        assert people.knowers_of(s, secret_id) == []


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
