"""The register page (issue 3 §4–5): the lazily fetched list, filters and search, the editor
with inline validation, four-eyes approval, the detail view and the grading assistant."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from register_testing import (
    APPROVER,
    APPROVER_PASSWORD,
    build_team,
    confirmed,
    propose,
    secret_input,
)
from tsdesk_testing import read

from tsdesk.models import Category, SecretStatus, TermKind
from tsdesk.services import audit as audit_service
from tsdesk.services import people, register
from tsdesk.services.audit import AuditFilter
from tsdesk.ui.four_eyes import FourEyesDialog
from tsdesk.ui.register.grading_dialog import GradingDialog
from tsdesk.ui.register.register import BATCH, SEARCH_PAUSE_MS, RegisterPage, RegisterTableModel
from tsdesk.ui.register.secret_actions import ChangeDialog, DeclassifyDialog
from tsdesk.ui.register.secret_detail import GrantDialog, SecretDetailDialog
from tsdesk.ui.register.secret_dialog import SecretDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import EXPIRED_COLOR


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


@pytest.fixture
def session(team) -> UiSession:
    return UiSession(team.vault, team.officer)


@pytest.fixture
def page(session, qtbot) -> RegisterPage:
    widget = RegisterPage(session)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def scripted(monkeypatch, cls, steps):
    """Run `steps(dialog)` instead of the dialog's event loop."""

    def fake_exec(self):
        self.show()
        steps(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def numbers(page: RegisterPage) -> list[str]:
    return [page.model.row_at(i).number for i in range(page.model.rowCount())]


def status_of(team, secret_id) -> SecretStatus:
    with team.vault.reader() as s:
        return register.get(s, secret_id).status


# --- the model ---------------------------------------------------------------------------------


def test_model_fetches_lazily_and_sorts_in_the_query(team, session):
    with team.vault.unit_of_work(team.officer) as uow:
        for i in range(BATCH + 30):
            register.propose(uow, secret_input(team, f"客户档案 {i:03}", points=["联系人"]))
    model = RegisterTableModel(session)
    assert model.rowCount() == 0  # nothing is read before the page is shown
    model.reload()
    assert (model.rowCount(), model.total) == (BATCH, BATCH + 30)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == BATCH + 30 and not model.canFetchMore()
    model.sort(1, Qt.SortOrder.DescendingOrder)  # by subject, newest number last
    assert model.row_at(0).subject == f"客户档案 {BATCH + 29:03}"
    assert model.rowCount() == BATCH  # sorting starts over from the first batch
    assert model.row_of(model_secret_id(team, "客户档案 000")) == BATCH + 29


def test_an_edited_secret_is_selected_where_the_list_shows_it(team, page, monkeypatch):
    """After an edit the page selects the secret at its place in the current sort and
    filter, reading only the batch it is in (issue 12: not every batch up to it)."""
    monkeypatch.setattr("tsdesk.ui.paged.BATCH", 5)
    monkeypatch.setattr("tsdesk.ui.register.register.BATCH", 5)
    with team.vault.unit_of_work(team.officer) as uow:
        for i in range(40):
            owner = team.people[("张伟", "李娜", "陈静")[i % 3]]
            register.propose(uow, secret_input(team, f"方案{(i * 7) % 40:02}", owner_id=owner))
    edited = confirmed(team, secret_input(team, "方案99"))  # the newest number: last
    page.status_combo.setCurrentIndex(page.status_combo.findData(SecretStatus.CONFIRMED))
    page.status_combo.activated.emit(page.status_combo.currentIndex())
    assert page.model.total == 1  # a filter keeps it; now all of them
    page.status_combo.setCurrentIndex(0)
    page.status_combo.activated.emit(0)
    fetched: list[int] = []
    fetch = page.model.fetch
    monkeypatch.setattr(page.model, "fetch", lambda offset: fetched.append(offset) or fetch(offset))
    for column in range(len(register.SORT_KEYS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.table.sortByColumn(column, order)
            fetched.clear()
            page.actions.changed.emit(edited)  # what saving an edit signals
            with team.vault.reader() as s:
                listed = register.list_secrets(
                    s,
                    page.current_filter(),
                    sort=register.SORT_KEYS[column],
                    descending=order == Qt.SortOrder.DescendingOrder,
                )
            position = [r.id for r in listed].index(edited)
            selected = page.table.selectionModel().selectedRows()
            assert [i.row() for i in selected] == [position], (column, order)
            assert page.selected_row().id == edited
            assert len(fetched) <= 1, fetched  # its own batch at most: no walk down to it
    page.search_edit.setText("方案9")
    page.apply_filter()
    page.actions.changed.emit(edited)
    assert page.selected_row().id == edited


def model_secret_id(team, subject: str) -> int:
    with team.vault.reader() as s:
        (row,) = register.list_secrets(s, register.RegisterFilter(search=subject))
        return row.id


def test_model_shows_time_left_and_flags_ended_terms(team, session):
    ended = date.today() - timedelta(days=3)
    propose(team, secret_input(team, "质量索赔案例库", term_until=ended))
    propose(team, secret_input(team, "报价策略", term_kind=TermKind.LONG_TERM, term_until=None))
    model = RegisterTableModel(session)
    model.reload()
    rows = {model.row_at(i).subject: i for i in range(model.rowCount())}
    expired = model.index(rows["质量索赔案例库"], 4)
    assert model.data(expired) == f"{ended.isoformat()}（已过期 3 天）"
    assert model.data(expired, Qt.ItemDataRole.ForegroundRole) == EXPIRED_COLOR
    long_term = model.index(rows["报价策略"], 4)
    assert model.data(long_term) == "长期"
    assert model.data(long_term, Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(4, Qt.Orientation.Horizontal) == "保密期限"


# --- filters and search -------------------------------------------------------------------------


@pytest.fixture
def filled(team):
    return {
        "loom": confirmed(team, secret_input(team, "剑杆织机引纬机构设计图纸")),
        "clients": propose(
            team,
            secret_input(
                team,
                "华东地区重点客户名单",
                category=Category.PARTNERS,
                grade_id=team.grades["三级商密"],
                description="含交易习惯",
                points=["客户采购周期与价格承受能力"],
                department_id=team.departments["销售部"],
            ),
        ),
    }


def test_filters_and_search(page, team, filled):
    page.refresh()
    assert page.count_label.text() == "共 2 项"
    page.category_combo.setCurrentIndex(page.category_combo.findData(Category.PARTNERS))
    page.apply_filter()
    assert numbers(page) == [register_number(team, filled["clients"])]
    page.category_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData(SecretStatus.CONFIRMED))
    page.apply_filter()
    assert numbers(page) == [register_number(team, filled["loom"])]
    page.status_combo.setCurrentIndex(0)
    for query, expected in (("纬", ["loom"]), ("客户", ["clients"]), ("价格承受能力", ["clients"])):
        page.search_edit.setText(query)
        page.apply_filter()
        assert numbers(page) == [register_number(team, filled[k]) for k in expected], query
    page.search_edit.clear()  # clearing the box lists everything again
    assert page.count_label.text() == "共 2 项"


def test_the_list_follows_typing_after_a_pause(page, team, filled, qtbot):
    page.refresh()
    for ch in "客户":  # as an input method commits them (QTest types ASCII only)
        page.search_edit.insert(ch)
    assert page.count_label.text() == "共 2 项"  # not between keystrokes
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 项", timeout=2000)
    assert numbers(page) == [register_number(team, filled["clients"])]
    page.search_edit.setText("织")
    page.clear()  # the lock comes before the pause ends: nothing is read afterwards
    qtbot.wait(SEARCH_PAUSE_MS * 2)
    assert page.model.rowCount() == 0 and page.count_label.text() == ""


def register_number(team, secret_id: int) -> str:
    with team.vault.reader() as s:
        return register.get(s, secret_id).number


def test_global_search_by_number_and_by_text(page, team, filled):
    number = register_number(team, filled["clients"])
    assert page.handle_search(number)
    assert page.selected_row().id == filled["clients"]
    assert page.handle_search("织机")
    assert numbers(page) == [register_number(team, filled["loom"])]
    assert page.search_edit.text() == "织机"
    assert not page.handle_search("不存在的主题")


# --- the editor ---------------------------------------------------------------------------------


def test_create_through_the_dialog(page, team, monkeypatch):
    def steps(dialog: SecretDialog):
        dialog.subject.setText("染整废水回用膜处理工艺")
        dialog.category.setCurrentIndex(dialog.category.findData(Category.TECH_OTHER))
        dialog.grade.setCurrentIndex(dialog.grade.findData(team.grades["二级商密"]))
        dialog.department.setCurrentIndex(
            dialog.department.findData(team.departments["技术研发中心"])
        )
        dialog.points.set_points(["膜清洗周期与药剂配比", "回用水电导率控制点"])
        dialog.points.list.setCurrentRow(1)
        dialog.points.move(-1)  # reorder
        dialog.storages.add(register.StorageKind.PAPER, "环保台账柜")
        for box in dialog.exclusions.values():
            box.setChecked(True)
        dialog.accept()

    scripted(monkeypatch, SecretDialog, steps)
    page.new_secret()
    assert page.count_label.text() == "共 1 项"
    row = page.selected_row()
    assert row.subject == "染整废水回用膜处理工艺" and row.status == SecretStatus.PROPOSED
    with team.vault.reader() as s:
        secret = register.get(s, row.id)
        assert [p.text for p in secret.points] == ["回用水电导率控制点", "膜清洗周期与药剂配比"]
        assert [(x.kind, x.location) for x in secret.storages] == [
            (register.StorageKind.PAPER, "环保台账柜")
        ]
        assert secret.exclusions_confirmed
        # 二级商密's default term: ten years from today.
        assert secret.term_kind == TermKind.UNTIL_DATE
        assert secret.term_until == date.today().replace(year=date.today().year + 10)


def test_invalid_input_shows_messages_keeps_input_and_changes_nothing(session, team, qtbot):
    dialog = SecretDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("只写了描述")
    dialog.points.set_points(["剑头曲线", "  "])
    dialog.term_kind.setCurrentIndex(dialog.term_kind.findData(TermKind.UNTIL_EVENT))
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    messages = dialog.error.text().splitlines()
    assert messages == ["秘密主题不能为空", "保密期限为事件时须写明事件", "秘密点不能为空行"]
    assert "b3261e" in dialog.subject.styleSheet()  # the field is framed
    assert "b3261e" in dialog.term_event.styleSheet()
    assert dialog.tabs.currentIndex() == 0 and dialog.focusWidget() is dialog.subject
    assert dialog.description.toPlainText() == "只写了描述"  # the input stays
    with team.vault.reader() as s:
        assert register.count_secrets(s, register.RegisterFilter()) == 0
    assert read(team.vault, audit_service.page, AuditFilter(action="secret"), 0, 10) == []
    # Fixed, it saves; the frames go.
    dialog.subject.setText("织机电控系统源代码")
    dialog.term_event.setText("产品停产")
    dialog.points.set_points(["剑头曲线"])
    dialog.accept()
    assert dialog.result() == 1 and dialog.result_value is not None
    assert "b3261e" not in dialog.subject.styleSheet()


def test_editing_a_confirmed_secret_keeps_grade_and_term_locked(session, team, qtbot):
    secret_id = confirmed(team)
    dialog = SecretDialog(session, secret_id)
    qtbot.addWidget(dialog)
    assert not dialog.grade.isEnabled() and not dialog.term_kind.isEnabled()
    assert dialog.locked_note.isVisibleTo(dialog)
    dialog.scope.setText("结构设计组")
    dialog.accept()
    assert dialog.result() == 1
    with team.vault.reader() as s:
        secret = register.get(s, secret_id)
        assert secret.scope == "结构设计组" and secret.status == SecretStatus.CONFIRMED


def test_software_conditions_show_only_for_software(session, qtbot):
    dialog = SecretDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.data_box.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData(Category.SOFTWARE))
    dialog.tabs.setCurrentIndex(2)
    assert dialog.data_box.isVisible()
    assert len(dialog.exclusions) == 4 and len(dialog.data_conditions) == 3


# --- lifecycle through the page ----------------------------------------------------------------


def test_confirm_through_four_eyes(page, team, monkeypatch):
    secret_id = propose(team)
    page.refresh()
    page.select(secret_id)
    assert page.move_buttons[register.Move.CONFIRM].isEnabled()
    assert not page.move_buttons[register.Move.DECLASSIFY].isEnabled()
    seen = {}

    def steps(dialog: FourEyesDialog):
        seen["subject"] = dialog.subject
        dialog.approver.setCurrentIndex(dialog.approver.findData(APPROVER))
        dialog.password.setText(APPROVER_PASSWORD)
        dialog.ok_button.click()

    scripted(monkeypatch, FourEyesDialog, steps)
    page.move_buttons[register.Move.CONFIRM].click()
    assert seen["subject"].startswith("定密审批：TS-")
    assert status_of(team, secret_id) == SecretStatus.CONFIRMED
    assert page.selected_row().status == SecretStatus.CONFIRMED
    assert page.move_buttons[register.Move.DECLASSIFY].isEnabled()
    assert not page.move_buttons[register.Move.CONFIRM].isEnabled()


def test_confirm_refused_before_asking_an_approver(page, team, monkeypatch):
    secret_id = propose(team, secret_input(team, exclusions_confirmed=False))
    page.refresh()
    page.select(secret_id)
    warned = []
    monkeypatch.setattr(
        "tsdesk.ui.register.secret_actions.QMessageBox.warning",
        lambda parent, title, text: warned.append(text),
    )
    monkeypatch.setattr(FourEyesDialog, "exec", lambda self: pytest.fail("approver asked"))
    page.move_buttons[register.Move.CONFIRM].click()
    assert "不应作为商业秘密的情形" in warned[0]
    assert status_of(team, secret_id) == SecretStatus.PROPOSED


def test_declassify_dialog_checks_before_the_approver_is_asked(session, team, qtbot):
    secret_id = confirmed(team)
    dialog = DeclassifyDialog(session, secret_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "请选择解密情形" in dialog.error.text()
    dialog.reason_group.buttons()[1].setChecked(True)
    dialog.words.setPlainText("已在公开专利中披露")
    dialog.accept()
    assert dialog.result() == 1
    assert status_of(team, secret_id) == SecretStatus.CONFIRMED  # the approval comes next


def test_change_through_four_eyes(page, team, monkeypatch):
    secret_id = confirmed(team)
    page.refresh()
    page.select(secret_id)

    def change_steps(dialog: ChangeDialog):
        dialog.grade.setCurrentIndex(dialog.grade.findData(team.grades["一级商密"]))
        dialog.accept()  # no reason yet: stays open
        assert dialog.isVisible() and "变更理由" in dialog.error.text()
        dialog.reason.setPlainText("纳入核心产品技术方案")
        dialog.accept()

    def approve_steps(dialog: FourEyesDialog):
        dialog.approver.setCurrentIndex(dialog.approver.findData(APPROVER))
        dialog.password.setText(APPROVER_PASSWORD)
        dialog.ok_button.click()

    scripted(monkeypatch, ChangeDialog, change_steps)
    scripted(monkeypatch, FourEyesDialog, approve_steps)
    page.move_buttons[register.Move.CHANGE].click()
    assert page.selected_row().grade == "一级商密"


# --- detail view and grading -------------------------------------------------------------------


def test_detail_view_grants_and_shows_history(session, team, qtbot):
    secret_id = confirmed(team)
    detail = SecretDetailDialog(session, secret_id)
    qtbot.addWidget(detail)
    assert detail.knowers.rowCount() == 0
    grant = GrantDialog(session, secret_id, detail)
    grant.person.setCurrentIndex(grant.person.findData(team.people["张伟"]))
    grant.reason.setText("负责装配调试")
    grant.temporary.setChecked(True)
    grant.accept()
    assert grant.result() == 1
    detail.refresh()
    assert detail.knowers.item(0, 1).text() == "张伟"
    assert detail.knowers.item(0, 7).text() == "有效"
    history = [detail.history.item(r, 3).text() for r in range(detail.history.rowCount())]
    assert history == ["授予知悉权限", "定密", "拟定商业秘密"]
    # who by name, and only what changed, in words (no raw keys, ids or unchanged fields)
    confirm = [detail.history.item(1, c).text() for c in range(5)][2:]
    assert confirm == [
        "王保密（officer1）",
        "定密",
        "审批人：沈审批（approver1）；状态：拟定 → 已确定",
    ]
    granted = detail.history.item(0, 4).text()
    assert granted.startswith("人员：E001 张伟；事由：负责装配调试；知悉程度：全部知悉；")
    assert "knower_id" not in granted and "tier" not in granted
    with team.vault.reader() as s:
        (k,) = people.knowers_of(s, secret_id)
    assert k.valid_until == date.today() + timedelta(days=30)
    detail.knowers.selectRow(0)
    assert detail.revoke_button.isEnabled()
    detail.revoke()
    assert detail.knowers.rowCount() == 0


def test_grading_dialog_follows_the_rule_and_asks_why_when_overridden(session, team, qtbot):
    dialog = GradingDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.decision.currentText() == "二级商密"  # all 3s
    dialog.core["materials"].setChecked(True)
    dialog.scores["b"].setValue(5)
    assert dialog.decision.currentText() == "一级商密"  # core item and harm 5
    assert "上调" in dialog.result_label.text()
    for edit in dialog.reasons.values():
        edit.setText("理由")
    dialog.decision.setCurrentIndex(dialog.decision.findData(team.grades["三级商密"]))
    dialog._decision_chosen()
    assert dialog.override.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and "须说明理由" in dialog.error.text()
    dialog.override.setText("仅供内部试用")
    dialog.accept()
    sheet = dialog.sheet()
    assert dialog.result() == 1 and sheet.decided_grade_id == team.grades["三级商密"]
    assert sheet.core == ["materials"] and sheet.override_reason == "仅供内部试用"


def test_lock_clears_the_page(page, filled):
    page.search_edit.setText("织机")
    page.apply_filter()
    page.clear()
    assert page.model.rowCount() == 0 and page.search_edit.text() == ""


def test_auditor_sees_but_cannot_change(team, qtbot, filled):
    page = RegisterPage(UiSession(team.vault, team.auditor))
    qtbot.addWidget(page)
    page.refresh()
    page.select(filled["clients"])
    assert page.model.rowCount() == 2
    assert not page.new_button.isEnabled()
    assert not any(b.isEnabled() for b in page.move_buttons.values())


def test_main_window_search_box_finds_a_secret(team, qtbot, filled):
    from tsdesk.ui.main_window import MainWindow, declared_pages
    from tsdesk.ui.people.people import PeoplePage

    pages = declared_pages()
    assert pages.index(RegisterPage) == 1 and PeoplePage in pages  # after 工作台
    window = MainWindow(
        UiSession(team.vault, team.officer), pages=[PeoplePage, RegisterPage], idle_ms=3_600_000
    )
    qtbot.addWidget(window)
    window.search_edit.setText(register_number(team, filled["clients"]))
    window.search_edit.returnPressed.emit()
    page = window.current_page()
    assert isinstance(page, RegisterPage)
    assert page.selected_row().id == filled["clients"]


def test_editor_stores_the_assistants_grading(session, team, qtbot, monkeypatch):
    from tsdesk.services import grading

    def steps(dialog: GradingDialog):
        for key, spin in dialog.scores.items():
            spin.setValue(5 if key in "ab" else 4)
            dialog.reasons[key].setText("核心机型")
        dialog.accept()

    scripted(monkeypatch, GradingDialog, steps)
    editor = SecretDialog(session, None)
    qtbot.addWidget(editor)
    editor.subject.setText("GA798 型剑杆织机整机设计图纸")
    editor.grade.setCurrentIndex(editor.grade.findData(team.grades["三级商密"]))
    editor.open_grading()
    assert editor.grade.currentText() == "一级商密"
    assert editor.grading_note.text() == "定级助手建议：一级商密"
    editor.accept()
    assert editor.result() == 1
    with team.vault.reader() as s:
        secret = register.get(s, editor.result_value)
        stored = grading.stored(secret)
    assert secret.grade_id == team.grades["一级商密"] and stored["decided_grade"] == "一级商密"
    # Picking another grade by hand afterwards drops the assessment instead of undoing it.
    editor2 = SecretDialog(session, None)
    qtbot.addWidget(editor2)
    editor2.open_grading()
    editor2.grade.setCurrentIndex(editor2.grade.findData(team.grades["三级商密"]))
    assert editor2.sheet is None and "不予保存" in editor2.grading_note.text()


def test_a_concealed_secret_through_ctrl_n_in_the_main_window(team, qtbot, monkeypatch):
    """隐密 (004 第十条（四）): ticked in the editor reached by Ctrl+N, audited, shown in the
    detail and counted by the self-assessment."""
    from tsdesk.services.compliance import assessment
    from tsdesk.ui.main_window import MainWindow

    def steps(dialog: SecretDialog):
        dialog.subject.setText("新产品立项计划")
        dialog.category.setCurrentIndex(dialog.category.findData(Category.MANAGEMENT))
        dialog.grade.setCurrentIndex(dialog.grade.findData(team.grades["一级商密"]))
        dialog.points.set_points(["立项时间表"])
        dialog.concealed.setChecked(True)
        dialog.accept()
        seen.append(dialog.result())

    seen: list[int] = []
    scripted(monkeypatch, SecretDialog, steps)
    window = MainWindow(UiSession(team.vault, team.officer), pages=[RegisterPage])
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.show_page(RegisterPage)
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [1]  # the editor opened and was accepted
    row = page.selected_row()
    assert row.subject == "新产品立项计划"
    with team.vault.reader() as s:
        assert register.get(s, row.id).concealed is True
    (event,) = read(team.vault, audit_service.page, AuditFilter(action="secret.propose"), 0, 1)
    assert json.loads(event.after)["concealed"] is True
    detail = SecretDetailDialog(page.session, row.id, page)
    qtbot.addWidget(detail)
    labels = [
        detail.info.itemAt(i, detail.info.ItemRole.LabelRole).widget().text()
        for i in range(detail.info.rowCount())
        if detail.info.itemAt(i, detail.info.ItemRole.LabelRole) is not None
    ]
    assert "隐密" in labels
    # Counted only once confirmed: the assessment reads the register in force.
    (item,) = [
        a for a in read(team.vault, assessment.assess).items if a.item.key == "10.4.concealed"
    ]
    assert item.result.evidence[0].params == {"n": 0}
    window.close()
