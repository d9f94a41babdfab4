"""The audit page: lazy fetching, filters, chain verification, CSV export, permissions."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest
import register_testing
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from register_testing import build_team
from tsdesk_testing import read

from tsdesk.models import Role
from tsdesk.services import audit as audit_service
from tsdesk.services import company, operators, register
from tsdesk.services.audit import AuditFilter
from tsdesk.ui.admin.audit import (
    AuditDetailDialog,
    AuditPage,
    AuditTableModel,
    local_day_bounds,
)
from tsdesk.ui.session import UiSession
from tsdesk.vault import Actor

DEPARTMENTS = 260


@pytest.fixture
def session(opened, qtbot) -> UiSession:
    return UiSession(opened.vault, opened.admin)


@pytest.fixture
def busy_vault(opened) -> int:
    """Many events: a department per event. Returns the number of events in the chain."""
    with opened.vault.unit_of_work(opened.admin) as uow:
        for i in range(DEPARTMENTS):
            company.add_department(uow, f"部门{i:03d}")
    return read(opened.vault, audit_service.count, AuditFilter())


@pytest.fixture
def page(session, qtbot) -> AuditPage:
    widget = AuditPage(session)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_model_fetches_lazily_in_batches_newest_first(session, busy_vault):
    model = AuditTableModel(session)
    model.set_filter(AuditFilter())
    assert model.total == busy_vault > 250
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200
    assert model.event_at(0).seq == busy_vault  # newest first
    model.fetchMore()
    assert model.rowCount() == busy_vault
    assert not model.canFetchMore()
    seqs = [model.event_at(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs)


def test_events_recorded_while_browsing_are_neither_repeated_nor_skipped(
    session, opened, busy_vault
):
    model = AuditTableModel(session)
    model.set_filter(AuditFilter())
    model.fetchMore()
    with opened.vault.unit_of_work(opened.admin) as uow:
        for i in range(5):
            company.add_department(uow, f"新部门{i}")
    while model.canFetchMore():
        model.fetchMore()
    seqs = [model.event_at(r).seq for r in range(model.rowCount())]
    assert seqs == list(range(busy_vault, 0, -1))


def test_model_filters_by_action_prefix_operator_and_entity(session, busy_vault):
    model = AuditTableModel(session)
    model.set_filter(AuditFilter(action="department"))
    assert model.total == DEPARTMENTS
    model.set_filter(AuditFilter(action="operator"))
    assert model.total == 1  # the first admin, added by Vault.create
    model.set_filter(AuditFilter(entity_type="vault"))
    model.fetchMore()
    assert [model.event_at(r).action for r in range(model.rowCount())] == ["vault.create"]
    model.set_filter(AuditFilter(operator="nobody"))
    assert model.total == 0 and not model.canFetchMore()


def test_model_columns_show_local_time_and_the_change_in_words(session, opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        dept = company.add_department(uow, "总经办")
        company.update_profile(uow, {"address": "绍兴市越城区", "management_department_id": dept})
    model = AuditTableModel(session)
    model.set_filter(AuditFilter(action="company.update"))
    model.fetchMore()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    event = model.event_at(0)
    assert row[0] == audit_service.when_local(event.ts)
    assert row[1] == "admin"
    assert row[2] == "修改企业信息"
    assert row[3] == ""  # the one company profile has no number
    # only the changed fields, named in words, the department by its name
    assert row[4] == "地址：— → 绍兴市越城区；商业秘密管理部门：— → 总经办"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "变更内容"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "company.update"


def test_page_filters_through_its_combos(page, busy_vault):
    page.refresh()
    assert page.model.total == busy_vault
    page.action_combo.setCurrentIndex(page.action_combo.findData("department.add"))
    assert page.model.total == DEPARTMENTS
    assert page.count_label.text() == f"共 {DEPARTMENTS} 条"
    assert page.model.rowCount() == 200  # the first batch, fetched on filtering
    page.operator_combo.setCurrentIndex(page.operator_combo.findData("admin"))
    assert page.model.total == DEPARTMENTS
    page.action_combo.setCurrentIndex(0)
    page.entity_combo.setCurrentIndex(page.entity_combo.findData("operator"))
    assert page.model.total == 1
    page.reset_filters()
    assert page.model.total == busy_vault


def test_action_combo_offers_groups_that_match_by_prefix(page, opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "li.si", Role.OFFICER, "password-2")
        operators.set_role(uow, "li.si", Role.AUDITOR)
    page.refresh()
    index = page.action_combo.findData("operator")
    assert page.action_combo.itemText(index) == "操作员（全部）"
    page.action_combo.setCurrentIndex(index)
    assert page.model.total == 3  # two operator.add and one operator.role


def test_date_range_uses_local_days(page, busy_vault):
    page.date_check.setChecked(True)  # default range: the last 30 days, today included
    assert page.model.total == busy_vault
    past = date.today() - timedelta(days=400)
    page.until_edit.setDate(past)
    page.since_edit.setDate(past - timedelta(days=1))
    assert page.model.total == 0
    page.date_check.setChecked(False)
    assert page.model.total == busy_vault


def test_local_day_bounds_are_utc_moments_of_local_midnight():
    since, until = local_day_bounds(date(2024, 5, 5), None)
    assert until is None
    assert since.utcoffset().total_seconds() == 0
    assert since.astimezone().hour == 0 and since.astimezone().date() == date(2024, 5, 5)


def test_verify_shows_intact_then_the_broken_link(page, opened, qtbot):
    with opened.vault.unit_of_work(opened.admin) as uow:
        for name in ("研发部", "生产部", "销售部"):
            company.add_department(uow, name)
    page.verify()
    qtbot.waitUntil(lambda: "✔" in page.verify_label.text())
    count = read(opened.vault, audit_service.count, AuditFilter())
    assert page.verify_label.text().startswith(f"✔ 审计链完整，共 {count} 条事件")
    with opened.vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET after='{}' WHERE seq=3")
    page.verify()
    qtbot.waitUntil(lambda: "✘" in page.verify_label.text())
    assert page.verify_label.text().startswith("✘ 第 3 号事件：")
    assert "哈希不符" in page.verify_label.text()


def test_export_csv_warns_writes_the_file_and_is_audited(page, opened, tmp_path, monkeypatch):
    target = tmp_path / "out" / "audit.csv"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    page.action_combo.setCurrentIndex(page.action_combo.findData("operator.add"))
    assert page.export_csv() == target
    assert "不加密" in asked[0]
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    # the language-neutral codes and JSON, then the same event in words
    assert rows[0] == audit_service.CSV_HEADER + [
        "object_number",
        "operator_name",
        "action_text",
        "changes_text",
    ]
    assert [r[3] for r in rows[1:]] == ["operator.add"]
    assert rows[1][5] == "1" and json.loads(rows[1][7]) == {"name": "admin", "role": "admin"}
    assert rows[1][10:] == ["admin", "admin", "新增操作员", "名称：admin；角色：管理员"]
    last = read(opened.vault, audit_service.page, AuditFilter(), 0, 1)[0]
    assert last.action == "audit.export"
    assert json.loads(last.after)["rows"] == 1
    assert page.model.filter.action == "operator.add"  # the filter survives the reload


def test_export_declined_writes_nothing(page, opened, tmp_path, monkeypatch):
    before = read(opened.vault, audit_service.count, AuditFilter())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    chosen = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: chosen.append(1) or ("", "")
    )
    assert page.export_csv() is None
    assert chosen == []
    assert read(opened.vault, audit_service.count, AuditFilter()) == before


def test_double_click_opens_the_event_in_full(page, opened, qtbot):
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.update_profile(uow, {"contact_person": "王五"})
    page.refresh()
    index = page.model.index(0, 2)
    page.table.doubleClicked.emit(index)
    dialogs = page.findChildren(AuditDetailDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    event = page.model.event_at(0)
    assert json.loads(dialog.after.toPlainText()) == {"contact_person": "王五"}
    assert '\n  "contact_person"' in dialog.after.toPlainText()  # pretty-printed
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert event.hash in labels and event.prev_hash in labels
    page.clear()
    assert not dialog.isVisible()


def test_operator_without_read_audit_sees_a_message_only(opened, qtbot):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operator_id = operators.add(uow, "wang", Role.APPROVER, "password-3")
    session = UiSession(opened.vault, Actor("wang", Role.APPROVER, operator_id))
    page = AuditPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentWidget() is page.denied
    assert page.model.rowCount() == 0 and page.model.total == 0
    session.set_actor(opened.admin)  # an admin unlocks the window: the page follows
    assert page.stack.currentIndex() == 0
    assert page.model.total > 0


def test_clear_empties_the_list(page):
    assert page.model.rowCount() > 0
    page.clear()
    assert page.model.rowCount() == 0
    assert page.operator_combo.count() == 0
    page.refresh()
    assert page.model.rowCount() > 0


def test_search_box_finds_by_number_person_and_words(page, opened, qtbot):
    team = build_team(opened.vault, opened.admin)
    first = register_testing.propose(team)
    second = register_testing.propose(team, register_testing.secret_input(team, "染整配方"))
    with opened.vault.unit_of_work(opened.admin) as uow:
        number = register.get(uow.session, second).number
        register.void(uow, first, "重复录入")
    page.refresh()
    all_rows = page.model.total

    qtbot.keyClicks(page.search_edit, number)  # a secret's number: its events, by its id
    qtbot.waitUntil(lambda: page.model.total < all_rows)
    shown = {page.model.index(r, 3).data() for r in range(page.model.rowCount())}
    assert shown == {number}
    assert page.count_label.text() == f"共 {page.model.total} 条"

    page.search_edit.setText("作废")  # words: the action's label and the status's
    qtbot.waitUntil(lambda: page.model.filter.text == "作废")
    assert [page.model.event_at(r).action for r in range(page.model.rowCount())] == ["secret.void"]
    page.search_edit.setText("张伟")  # a person: events about them, found by their id
    qtbot.waitUntil(lambda: page.model.filter.text == "张伟")
    assert [page.model.index(r, 3).data() for r in range(page.model.rowCount())] == ["张伟（E001）"]
    page.search_edit.setText("沈审批")  # an operator by display name
    qtbot.waitUntil(lambda: page.model.filter.text == "沈审批")
    assert page.model.index(0, 3).data() == "沈审批（approver1）"  # operator.add

    page.reset_button.click()
    assert page.search_edit.text() == "" and page.model.total == all_rows


def test_raw_record_is_one_click_away(page, opened, qtbot):
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.update_profile(uow, {"contact_person": "王五"})
    page.refresh()
    page.show()
    assert not page.raw_view.isVisible()
    page.table.selectRow(0)
    qtbot.mouseClick(page.raw_button, Qt.MouseButton.LeftButton)
    assert page.raw_view.isVisible()
    text = page.raw_view.toPlainText()
    assert "action: company.update" in text and '"contact_person": "王五"' in text
    assert page.model.event_at(0).hash in text
    qtbot.mouseClick(page.raw_button, Qt.MouseButton.LeftButton)
    assert not page.raw_view.isVisible()


def test_a_text_search_pages_on_from_the_oldest_row_shown(session, busy_vault, monkeypatch):
    model = AuditTableModel(session)
    model.set_filter(AuditFilter(**audit_service.search("部门")))
    assert model.rowCount() == 200  # the first page comes with the search
    assert model.total == DEPARTMENTS  # more than a page: counted
    while model.canFetchMore():
        model.fetchMore()
    seqs = [model.event_at(r).seq for r in range(model.rowCount())]
    assert len(seqs) == DEPARTMENTS == len(set(seqs)) and seqs == sorted(seqs, reverse=True)
    monkeypatch.setattr(audit_service, "COUNT_CAP", 230)
    model.reload()
    assert model.total == 230  # a common word is not counted to the end
