"""The company page: the profile form per kind of organisation, departments, designations."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tsdesk_testing import read

from tsdesk.errors import PermissionDenied
from tsdesk.models import DesignationKind, OrgKind, Role
from tsdesk.services import audit as audit_service
from tsdesk.services import company, operators
from tsdesk.services.audit import AuditFilter
from tsdesk.ui.admin.company import CompanyPage, DepartmentDialog, DesignationDialog
from tsdesk.ui.session import UiSession
from tsdesk.vault import Actor


@pytest.fixture
def company_name(opened) -> str:
    """The name the vault was created with (conftest's COMPANY), as the login banner has it."""
    return opened.vault.keyfile.banner["company"]


@pytest.fixture
def session(opened) -> UiSession:
    return UiSession(opened.vault, opened.admin)


@pytest.fixture
def page(session, qtbot) -> CompanyPage:
    widget = CompanyPage(session)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def events(vault, action: str):
    return list(reversed(read(vault, audit_service.page, AuditFilter(action=action), 0, 100)))


def test_form_shows_the_stored_profile(page, company_name):
    assert page.fields["org_name"].text() == company_name
    assert page.kind() == OrgKind.ENTERPRISE
    assert page.labels["org_name"].text() == "企业名称"


def test_save_sends_only_the_changed_fields(page, opened, qtbot, company_name):
    page.fields["address"].clear()
    qtbot.keyClicks(page.fields["address"], "No. 8 Jiefang Road")  # QTest types Latin-1 only
    qtbot.keyClicks(page.fields["contact_phone"], "0575-88000000")
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    field = page.fields["contact_phone"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert page.status.text() == "已保存。"
    (update,) = events(opened.vault, "company.update")
    assert json.loads(update.after) == {
        "address": "No. 8 Jiefang Road",
        "contact_phone": "0575-88000000",
    }
    profile = read(opened.vault, company.get_profile)
    assert profile["address"] == "No. 8 Jiefang Road" and profile["org_name"] == company_name
    assert page.save() is False  # nothing left to save
    assert page.status.text() == "没有需要保存的更改。"
    assert len(events(opened.vault, "company.update")) == 1


def test_too_long_name_is_refused_inline_and_keeps_the_input(page, opened, company_name):
    page.fields["contact_person"].setText("赵六")
    page.fields["org_name"].setText("长" * 201)
    assert page.save() is False
    assert page.status.text() == "企业名称 过长（最多 200 个字符）"
    assert list(page.marks) == ["org_name"]  # the field is marked
    assert page.marks["org_name"].toolTip() == "企业名称 过长（最多 200 个字符）"
    assert page.fields["org_name"].text() == "长" * 201
    assert page.fields["contact_person"].text() == "赵六"
    profile = read(opened.vault, company.get_profile)
    assert profile["org_name"] == company_name and profile["contact_person"] == ""
    assert events(opened.vault, "company.update") == []


def test_empty_name_is_refused_inline(page, opened, company_name):
    page.fields["org_name"].setText("   ")
    assert page.save() is False
    assert page.status.text() == "请填写企业名称"
    assert read(opened.vault, company.get_profile)["org_name"] == company_name
    page.fields["org_name"].setText("绍兴越丰精密机械股份有限公司")
    assert page.save()
    assert page.marks == {}


def test_labels_and_rows_follow_the_kind_of_organisation(page, opened):
    form = page.form
    assert form.isRowVisible(page.fields["industry"])
    assert not form.isRowVisible(page.fields["provincial_bases_built"])
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(OrgKind.PARK))
    assert page.labels["org_name"].text() == "园区名称"
    assert page.labels["headcount"].text() == "入园企业数量"
    assert page.labels["provincial_bases_built"].text() == "省级示范站(点)已建数"
    assert not form.isRowVisible(page.fields["industry"])  # 附表1 does not ask for it
    assert form.isRowVisible(page.fields["provincial_bases_built"])
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(OrgKind.ASSOCIATION))
    assert page.labels["org_name"].text() == "组织名称"
    assert page.labels["address"].text() == "注册地址"
    assert page.changes() == {"org_kind": OrgKind.ASSOCIATION}
    assert page.save()
    assert read(opened.vault, company.get_profile)["org_kind"] == OrgKind.ASSOCIATION
    assert page.labels["org_name"].text() == "组织名称"  # after the reload too


def test_errors_name_the_field_by_the_kind_specific_label(page):
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(OrgKind.PARK))
    page.fields["postal_code"].setText("3" * 17)
    assert page.save() is False
    assert page.status.text() == "邮政编码 过长（最多 16 个字符）"


def test_summary_and_management_department(page, opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        department_id = company.add_department(uow, "法务部")
    page.refresh()
    page.summary.setPlainText("已建立制度。\n每年培训一次。")
    page.management_combo.setCurrentIndex(page.management_combo.findData(department_id))
    assert page.save()
    profile = read(opened.vault, company.get_profile)
    assert profile["protection_work_summary"] == "已建立制度。\n每年培训一次。"
    assert profile["management_department_id"] == department_id


def fill_and_ok(monkeypatch, dialog_class, steps):
    """Replace exec: run `steps(dialog)` (typing, clicking OK) and return the result code."""

    def fake_exec(self):
        steps(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def test_add_and_rename_department_through_the_dialog(page, opened, monkeypatch, qtbot):
    seen = {}

    def add(dialog):
        dialog.name.setText("研发部")
        dialog.ok_button.click()

    fill_and_ok(monkeypatch, DepartmentDialog, add)
    page.add_department()
    assert [d.name for d in read(opened.vault, company.list_departments)] == ["研发部"]
    assert page.department_model.rowCount() == 1

    def duplicate(dialog):
        dialog.name.setText("研发部")
        dialog.ok_button.click()
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.result() == 0
        seen["kept"] = dialog.name.text()

    fill_and_ok(monkeypatch, DepartmentDialog, duplicate)
    page.add_department()
    assert seen == {"error": "部门 研发部 已存在", "open": True, "kept": "研发部"}
    assert len(read(opened.vault, company.list_departments)) == 1

    def rename(dialog):
        assert dialog.name.text() == "研发部"
        dialog.name.setText("技术研发部")
        dialog.ok_button.click()

    fill_and_ok(monkeypatch, DepartmentDialog, rename)
    page.department_view.selectRow(0)
    page.rename_department()
    assert [d.name for d in read(opened.vault, company.list_departments)] == ["技术研发部"]
    assert page.management_combo.findText("技术研发部") > 0


def test_add_and_remove_designations(page, opened, monkeypatch):
    with opened.vault.unit_of_work(opened.admin) as uow:
        department_id = company.add_department(uow, "保密办")
    page.refresh()

    def appoint(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(DesignationKind.SECRECY_OFFICER))
        assert [dialog.post.itemText(i) for i in range(dialog.post.count())] == ["专职", "兼职"]
        dialog.post.setCurrentIndex(1)
        dialog.department.setCurrentIndex(dialog.department.findData(department_id))
        dialog.ok_button.click()  # no name yet: refused inline
        assert dialog.error.text() == "请填写姓名" and dialog.result() == 0
        dialog.name.setText("钱七")
        dialog.ok_button.click()

    fill_and_ok(monkeypatch, DesignationDialog, appoint)
    page.add_designation()
    (row,) = read(opened.vault, company.list_designations)
    assert (row.kind, row.name, row.post, row.department_id) == (
        DesignationKind.SECRECY_OFFICER,
        "钱七",
        "兼职",
        department_id,
    )
    shown = [page.designation_model.index(0, c).data() for c in range(5)]
    assert shown == ["保密员", "钱七", "兼职", "保密办", ""]

    page.designation_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    page.remove_designation()
    assert len(read(opened.vault, company.list_designations)) == 1  # declined: still there
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page.remove_designation()
    assert read(opened.vault, company.list_designations) == []
    assert page.designation_model.rowCount() == 0
    assert len(events(opened.vault, "designation.remove")) == 1


def test_read_only_without_edit_company(opened, qtbot):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operator_id = operators.add(uow, "officer1", Role.OFFICER, "password-4")
    session = UiSession(opened.vault, Actor("officer1", Role.OFFICER, operator_id))
    page = CompanyPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.read_only_note.isHidden()
    assert page.fields["org_name"].isReadOnly()
    assert page.summary.isReadOnly()
    for button in (page.save_button, page.add_department_button, page.add_designation_button):
        assert not button.isEnabled()
    assert page.save() is False
    with pytest.raises(PermissionDenied):  # and the service refuses in any case
        session.run(None, lambda uow: company.update_profile(uow, {"address": "x"}), show=False)


def test_clear_empties_the_form(page, company_name):
    page.clear()
    assert page.fields["org_name"].text() == ""
    assert page.department_model.rowCount() == 0
    assert page.save() is False  # nothing loaded: nothing to overwrite
    page.refresh()
    assert page.fields["org_name"].text() == company_name


def test_the_regulator_is_entered_for_the_complaint_pack(page, opened):
    """Issue 15 §3: the district's market regulator, on no base form, saved like the rest."""
    page.fields["regulator_name"].setText("柯桥区市场监督管理局")
    page.fields["regulator_contact"].setText("笛扬路 1 号，0575-8888 1234")
    page.save_button.click()
    assert page.status.text() == "已保存。"
    profile = read(opened.vault, company.get_profile)
    assert profile["regulator_name"] == "柯桥区市场监督管理局"
    assert profile["regulator_contact"] == "笛扬路 1 号，0575-8888 1234"
    (update,) = events(opened.vault, "company.update")
    assert set(json.loads(update.after)) == {"regulator_name", "regulator_contact"}


def test_key_department_and_the_heads_person_through_the_main_window(opened, monkeypatch, qtbot):
    """The two facts the self-assessment asks of 企业信息 (004 第十条（一）（四）): a 重点部门
    with its own 保密员, and the leading group's head as a person of the directory."""
    from tsdesk.services import people
    from tsdesk.services.compliance import assessment
    from tsdesk.ui.main_window import MainWindow

    with opened.vault.unit_of_work(opened.admin) as uow:
        department_id = company.add_department(uow, "研发部")
        company.update_profile(uow, {"legal_representative": "陈建国"})
        company.add_designation(
            uow, DesignationKind.SECRECY_OFFICER, "钱七", department_id=department_id
        )
        person_id = people.add_person(uow, "E001", "陈建国", department_id)

    def item(key: str):
        found = read(opened.vault, assessment.assess).items
        return next(a.result for a in found if a.item.key == key)

    assert item("10.4.key_departments").met is False
    window = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("企业信息"))
    page = window.current_page()
    assert isinstance(page, CompanyPage)

    def mark_key(dialog):
        assert not dialog.is_key.isChecked()
        dialog.is_key.setChecked(True)
        dialog.ok_button.click()

    fill_and_ok(monkeypatch, DepartmentDialog, mark_key)
    page.department_view.selectRow(0)
    qtbot.mouseClick(page.rename_department_button, Qt.MouseButton.LeftButton)
    assert page.department_model.index(0, 1).data() == "是"
    assert item("10.4.key_departments").met is True
    assert len(events(opened.vault, "department.key")) == 1

    def appoint_head(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(DesignationKind.LEADING_GROUP))
        dialog.person.setCurrentIndex(dialog.person.findData(person_id))
        assert dialog.name.text() == "陈建国"  # taken from the directory
        dialog.post.setCurrentIndex(dialog.post.findData("组长"))
        dialog.ok_button.click()

    fill_and_ok(monkeypatch, DesignationDialog, appoint_head)
    qtbot.mouseClick(page.add_designation_button, Qt.MouseButton.LeftButton)
    head = next(
        d for d in read(opened.vault, company.list_designations) if d.kind.name == "LEADING_GROUP"
    )
    assert head.person_id == person_id
    result = item("10.1.group")
    assert result.met is True
    assert "组长尚未关联到人员名录（按姓名认定）" not in [e.template for e in result.evidence]
    window.close()
