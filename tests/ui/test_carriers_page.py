"""载体与区域 page: registering through the dialog, inline errors that change nothing,
movements with four-eyes approval, the scan banner, and the areas tab."""

from __future__ import annotations

from datetime import date

import pytest
from carriers_testing import APPROVER, APPROVER_PASSWORD, World, build_world
from PySide6.QtCore import Qt

from tsdesk.models import AreaKind, CarrierKind, CarrierStatus, MovementKind
from tsdesk.services import areas, carriers, labels
from tsdesk.ui.carriers import carrier_dialogs
from tsdesk.ui.carriers.areas_tab import AccessDialog, AreaDialog
from tsdesk.ui.carriers.carrier_dialogs import CarrierDialog, MovementDialog
from tsdesk.ui.carriers.carriers import CarriersPage
from tsdesk.ui.four_eyes import FourEyesDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import BAD, INFO, OK


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


@pytest.fixture
def page(world, qtbot) -> CarriersPage:
    page = CarriersPage(UiSession(world.vault, world.admin))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def count(world) -> int:
    with world.read() as s:
        return carriers.count_carriers(s, carriers.CarrierFilter())


def test_register_through_the_dialog(world, page, qtbot):
    dialog = CarrierDialog(page.session, None, page)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(CarrierKind.STORAGE.value))
    dialog.title_edit.setText("主轴工艺 U 盘")
    dialog.picker.search.setText("热处理")
    visible = [i for i in dialog.picker.items() if not i.isHidden()]
    assert len(visible) == 1  # the filter found the one secret
    visible[0].setCheckState(Qt.CheckState.Checked)
    dialog.picker.set_checked(world.low_secret)
    assert dialog.derived.text() == "一级商密 · 保密期限 长期"  # highest grade, latest term
    dialog.area.setCurrentIndex(dialog.area.findData(world.archive))
    dialog.location.setText("保密柜 B-01")
    dialog.device.setText("金士顿 32 GB")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.read() as s:
        f = carriers.facts(s, dialog.result_value)
        c = carriers.get(s, dialog.result_value)
    assert (f.title, f.kind, f.grade, c.area_id, c.location, c.device_detail) == (
        "主轴工艺 U 盘",
        CarrierKind.STORAGE,
        "一级商密",
        world.archive,
        "保密柜 B-01",
        "金士顿 32 GB",
    )
    tab = page.carriers_tab
    tab.refresh()
    assert tab.model.total == 1 and tab.select(dialog.result_value)
    assert [tab.model.text(tab.selected(), c) for c in (2, 3, 4, 6, 7)] == [
        "存储设备",
        "一级商密",
        "长期",
        "研发中心图纸档案室 保密柜 B-01",
        "在库",
    ]


def test_bad_input_shows_a_message_and_changes_nothing(world, page, qtbot):
    dialog = CarrierDialog(page.session, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("   ")
    dialog.picker.set_checked(world.low_secret)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "载体名称不能为空"
    assert dialog.focusWidget() is dialog.title_edit
    dialog.title_edit.setText("图纸")
    dialog.picker.set_checked(world.low_secret, False)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "载体须关联至少一项商业秘密"
    assert dialog.title_edit.text() == "图纸"  # the input is kept
    assert count(world) == 0


def scripted_approval(monkeypatch, password: str | None):
    """Stand in for the approver at the keyboard; None cancels. Returns the calls seen."""
    calls: list[str] = []

    def fake_exec(self):
        calls.append(self.subject)
        self.show()
        if password is None:
            self.reject()
        else:
            self.approver.setCurrentIndex(self.approver.findData(APPROVER))
            self.password.setText(password)
            self.ok_button.click()
        return self.result()

    monkeypatch.setattr(FourEyesDialog, "exec", fake_exec)
    return calls


def test_borrow_needs_the_approver_and_records_them(world, page, qtbot, monkeypatch):
    cid = world.carrier(secrets=[world.top_secret])
    calls = scripted_approval(monkeypatch, None)
    dialog = MovementDialog(page.session, cid, MovementKind.BORROW, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.text() == "提交审批…"
    dialog.person.setCurrentIndex(dialog.person.findData(world.bob))
    dialog.purpose.setText("样机装配")
    dialog.accept()  # the approver walks away: nothing happens, the input stays
    assert calls and dialog.isVisible() and dialog.purpose.text() == "样机装配"
    with world.read() as s:
        assert carriers.get(s, cid).status == CarrierStatus.IN_STORE
    calls = scripted_approval(monkeypatch, APPROVER_PASSWORD)
    dialog.accept()
    assert calls == ["借阅载体 " + carriers_number(world, cid)]
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.read() as s:
        (m,) = carriers.movements_of(s, cid)
        assert carriers.get(s, cid).status == CarrierStatus.LENT
    assert (m.approved_by, m.person, m.purpose) == (APPROVER, "李娜", "样机装配")


def carriers_number(world, cid) -> str:
    with world.read() as s:
        return carriers.get(s, cid).number


def test_input_problems_show_before_anyone_is_asked(world, page, qtbot, monkeypatch):
    usb = world.carrier(kind=CarrierKind.STORAGE, secrets=[world.top_secret])
    calls = scripted_approval(monkeypatch, APPROVER_PASSWORD)
    dialog = MovementDialog(page.session, usb, MovementKind.REPAIR, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person.setCurrentIndex(dialog.person.findData(world.alice))
    dialog.purpose.setText("接口松动")
    dialog.accept()
    assert dialog.error.text() == "送外维修前须拆卸涉密存储介质并确认"
    assert dialog.focusWidget() is dialog.media and calls == []
    dialog.media.setChecked(True)
    dialog.accept()
    assert calls and dialog.result() == dialog.DialogCode.Accepted
    with world.read() as s:
        assert carriers.get(s, usb).status == CarrierStatus.OUT_FOR_REPAIR


def test_no_approval_for_a_grade_without_the_rule(world, page, qtbot, monkeypatch):
    cid = world.carrier(secrets=[world.low_secret])
    calls = scripted_approval(monkeypatch, APPROVER_PASSWORD)
    dialog = MovementDialog(page.session, cid, MovementKind.CONSULT, page)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(world.alice))
    dialog.purpose.setText("核对报价")
    dialog.accept()
    assert calls == [] and dialog.result() == dialog.DialogCode.Accepted
    with world.read() as s:
        (m,) = carriers.movements_of(s, cid)
    assert m.kind == MovementKind.CONSULT and m.approved_by == ""


def test_buttons_follow_the_status(world, page):
    cid = world.carrier()
    with world.uow() as uow:
        carriers.record_movement(
            uow,
            cid,
            carriers.MovementInput(
                MovementKind.BORROW, person_id=world.bob, purpose="x", due_on=date.today()
            ),
        )
    tab = page.carriers_tab
    tab.refresh()
    assert tab.select(cid)
    assert tab.move_actions[MovementKind.RETURN].isEnabled()
    assert not tab.move_actions[MovementKind.BORROW].isEnabled()
    assert not tab.seal_action.isEnabled() and tab.lost_action.isEnabled()
    assert tab.detail.values["status"].text() == "借出"
    # the history tab: the action and only what changed, in words, people by name
    (_, who, action, changes), _registered = tab.detail.history.rows()
    assert (who, action) == ("admin", "借阅")
    assert "经办/使用人：李娜（E002）" in changes and "状态：借出" in changes
    assert "person_id" not in changes and "movement" not in changes


def test_scan_banner(world, page, monkeypatch):
    ok = world.carrier(title="在库图纸")
    gone = world.carrier(title="已销毁图纸")
    with world.uow() as uow:
        labels.record_print(uow, [ok, gone], "A4-3x8-70x37", "PDF")
        carriers.mark_destroyed(uow, gone, "XH-1")
    with world.read() as s:
        genuine = labels.payload_for(s, ok, False)
        destroyed = labels.payload_for(s, gone, False)
    banner = page.carriers_tab.detail.banner

    assert page.handle_search(genuine)
    assert banner.level == OK and "标签真实" in banner.text() and "在库，现行有效" in banner.text()
    assert page.carriers_tab.detail.carrier_id == ok
    assert page.carriers_tab.selected().id == ok  # the list shows and selects it

    assert page.handle_search(genuine.replace("三级商密", "一级商密"))
    assert banner.level == BAD and "伪造" in banner.text()

    assert page.handle_search(destroyed)
    assert banner.level == BAD and "已登记销毁" in banner.text()

    assert page.handle_search(carriers_number(world, ok))
    assert banner.level == INFO and "手工输入的编号" in banner.text()

    assert not page.handle_search("主轴")  # ordinary search text is left to other pages
    assert page.handle_search("TSL1/ZT-X/一级商密/长期/部/1/AAAAAAAAAA")  # a label, refused
    assert banner.level == BAD


def test_areas_tab_checklist_and_access(world, page, qtbot):
    page.tabs.setCurrentWidget(page.areas_tab)
    dialog = AreaDialog(page.session, None, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("服务器机房")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AreaKind.RND.value))
    dialog.measure_boxes["b"].setChecked(True)
    dialog.measure_notes["b"].setText("指纹门禁")
    dialog.measure_notes["e"].setText("计划内外网隔离")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.read() as s:
        view = areas.view(s, dialog.result_value)
    assert view.kind == AreaKind.RND and view.measures_done == 1
    assert view.measures["b"].note == "指纹门禁" and not view.measures["e"].done

    page.areas_tab.refresh()
    row = next(i for i, a in enumerate(page.areas_tab.model.rows()) if a.id == view.id)
    page.areas_tab.table.selectRow(row)
    access = AccessDialog(page.session, page.areas_tab.selected(), page)
    qtbot.addWidget(access)
    access.person.setCurrentIndex(access.person.findData(world.bob))
    access.open_ended.setChecked(True)
    access.accept()
    assert access.result() == access.DialogCode.Accepted
    page.areas_tab.refresh()
    assert [a.person_name for a in page.areas_tab.access_model.rows()] == ["李娜"]
    assert page.areas_tab.revoke_button.isEnabled() is False  # no grant selected yet
    page.areas_tab.access_table.selectRow(0)
    assert page.areas_tab.revoke_button.isEnabled()


def test_enum_combos_give_members_back(qtbot):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("x", CarrierKind.SAMPLE.value)
    assert carrier_dialogs.enum_choice(combo, CarrierKind) is CarrierKind.SAMPLE


def type_into(edit, text: str) -> None:
    """One keystroke at a time, as an input method commits Chinese characters."""
    for ch in text:
        edit.insert(ch)


def test_the_secret_picker_searches_as_you_type(world, page, qtbot, monkeypatch):
    """The picker lists the first hits of the register's search, not every live secret;
    a ticked secret stays ticked (and listed) while the search changes."""
    monkeypatch.setattr("tsdesk.ui.carriers.carrier_dialogs.PICK_LIMIT", 1)
    dialog = CarrierDialog(page.session, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.picker
    assert len(picker.items()) == 1 and picker.more.isVisible()  # only the first hit
    type_into(picker.search, "热处理")
    (hit,) = picker.items()
    assert "热处理" in hit.text() and not picker.more.isVisible()
    text, secret_id = hit.text(), hit.data(Qt.ItemDataRole.UserRole)
    hit.setCheckState(Qt.CheckState.Checked)
    picker.search.clear()
    type_into(picker.search, "没有这样的秘密")
    assert [i.text() for i in picker.items()] == [text]  # the ticked one stays
    assert picker.items()[0].checkState() == Qt.CheckState.Checked
    assert picker.selected_ids() == [secret_id]
