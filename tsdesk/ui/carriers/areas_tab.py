"""涉密区域 tab: the areas (003 §9.1.1), their protection measures checklist (§9.1.1.2 a–f)
and who may enter; the area's record sheet and its warning sign print from here."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import AreaKind
from tsdesk.services import areas as area_service
from tsdesk.services import company as company_service
from tsdesk.services import register as register_service
from tsdesk.services.areas import (
    KIND_LABELS,
    KIND_SHORT,
    MEASURES,
    AccessView,
    AreaInput,
    AreaView,
    Measure,
)
from tsdesk.services.permissions import Permission
from tsdesk.ui.carriers.carrier_dialogs import combo_value, enum_choice, people_combo
from tsdesk.ui.common import InlineDialog, RowsModel, busy, close_dialogs, list_actions
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import date_edit, day, list_view
from tsdesk.vault import UnitOfWork


def area_label(text: str) -> str:
    return QCoreApplication.translate("areas", text)


def show_pdf(parent: QWidget, pdf: bytes, title: str) -> None:
    """The shared preview, with print and save."""
    PdfPreviewDialog(pdf, title, parent).exec()


class AreaDialog(InlineDialog):
    """新增/修改涉密区域 with the a–f measures as a checklist, a note beside each."""

    entity_type = "area"

    def __init__(
        self, session: UiSession, area_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session, self.tr("修改涉密区域") if area_id else self.tr("新增涉密区域"), parent
        )
        self.area_id = area_id
        self.setMinimumWidth(720)
        with session.vault.reader() as s:
            current = area_service.view(s, area_id) if area_id else None
            area_row = area_service.get(s, area_id) if area_id else None
            grades = register_service.grades(s)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in AreaKind:
            self.kind.addItem(area_label(KIND_LABELS[kind]), kind.value)
        self.grade = QComboBox()
        for grade in grades:
            self.grade.addItem(grade.name, grade.id)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("楼栋、楼层、房间号"))
        self.department = QComboBox()
        self.department.addItem(self.tr("（未指定）"), None)
        for department in session.read(company_service.list_departments):
            self.department.addItem(department.name, department.id)
        self.responsible = people_combo(
            session, area_row.responsible_id if area_row else None, none=self.tr("（未指定）")
        )
        self.form.addRow(self.tr("区域名称"), self.name)
        self.form.addRow(self.tr("区域类别"), self.kind)
        self.form.addRow(self.tr("保密等级"), self.grade)
        self.form.addRow(self.tr("位置"), self.location)
        self.form.addRow(self.tr("主责部门"), self.department)
        self.form.addRow(self.tr("责任人"), self.responsible)

        box = QGroupBox(self.tr("保护措施"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.measure_boxes: dict[str, QCheckBox] = {}
        self.measure_notes: dict[str, QLineEdit] = {}
        for row, (key, text) in enumerate(MEASURES.items()):
            check = QCheckBox(f"{key})")
            words = QLabel(area_label(text))
            words.setWordWrap(True)
            words.setBuddy(check)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("落实情况或计划"))
            grid.addWidget(check, row, 0)
            grid.addWidget(words, row, 1)
            grid.addWidget(note, row, 2)
            self.measure_boxes[key] = check
            self.measure_notes[key] = note
        self.layout().insertWidget(2, box)

        if current is not None and area_row is not None:
            self.set_intro(self.tr("编号 {number}").format(number=current.number))
            self.name.setText(current.name)
            self.kind.setCurrentIndex(self.kind.findData(current.kind.value))
            self.grade.setCurrentIndex(max(0, self.grade.findData(area_row.grade_id)))
            self.location.setText(current.location)
            self.department.setCurrentIndex(
                max(0, self.department.findData(area_row.department_id))
            )
            for key, measure in current.measures.items():
                self.measure_boxes[key].setChecked(measure.done)
                self.measure_notes[key].setText(measure.note)

    def input(self) -> AreaInput:
        return AreaInput(
            name=self.name.text(),
            kind=enum_choice(self.kind, AreaKind),
            grade_id=self.grade.currentData(),
            location=self.location.text(),
            department_id=self.department.currentData(),
            responsible_id=combo_value(self.responsible),
            measures={
                key: Measure(self.measure_boxes[key].isChecked(), self.measure_notes[key].text())
                for key in MEASURES
            },
        )

    def change(self, uow: UnitOfWork) -> Any:
        if self.area_id is None:
            return area_service.add_area(uow, self.input())
        area_service.update_area(uow, self.area_id, self.input())
        return self.area_id

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.name if "名称" in err.template else None


class AccessDialog(InlineDialog):
    """授权进入: a person from the directory, from–until (or until revoked)."""

    entity_type = "area"

    def __init__(self, session: UiSession, area: AreaView, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("授权进入涉密区域"), parent)
        self.area = area
        self.set_intro(f"{area.number}　{area.name}")
        self.person = people_combo(session)
        self.valid_from = date_edit()
        self.valid_until = date_edit()
        self.valid_until.setDate(QDate(date.today()).addYears(1))
        self.open_ended = QCheckBox(self.tr("长期有效（至撤销）"))
        self.open_ended.toggled.connect(lambda on: self.valid_until.setEnabled(not on))
        until = QWidget()
        row = QHBoxLayout(until)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.valid_until)
        row.addWidget(self.open_ended)
        row.addStretch(1)
        self.form.addRow(self.tr("人员"), self.person)
        self.form.addRow(self.tr("起始日期"), self.valid_from)
        self.form.addRow(self.tr("截止日期"), until)

    def check(self) -> str:
        return self.tr("请选择人员") if combo_value(self.person) is None else ""

    def change(self, uow: UnitOfWork) -> Any:
        return area_service.grant_access(
            uow,
            self.area.id,
            combo_value(self.person),
            day(self.valid_from),
            None if self.open_ended.isChecked() else day(self.valid_until),
        )


class AreasTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model: RowsModel[AreaView] = RowsModel(
            [
                (self.tr("编号"), lambda a: a.number),
                (self.tr("名称"), lambda a: a.name),
                (self.tr("类别"), lambda a: f"{a.kind.value}) {area_label(KIND_SHORT[a.kind])}"),
                (self.tr("等级"), lambda a: a.grade),
                (self.tr("位置"), lambda a: a.location),
                (self.tr("主责部门"), lambda a: a.department),
                (self.tr("责任人"), lambda a: a.responsible),
                (self.tr("保护措施"), lambda a: f"{a.measures_done}/{len(MEASURES)}"),
                (self.tr("准入人数"), lambda a: a.people),
                (self.tr("载体"), lambda a: a.carriers),
                (self.tr("状态"), lambda a: self.tr("在用") if a.active else self.tr("停用")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, compact=True, widths=(64, 150, 150, 72, 140, 96, 64, 64, 64, 44))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.tr("新增区域…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("修改…"))
        self.edit_button.clicked.connect(self.edit)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(self.toggle_active)
        self.record_button = QPushButton(self.tr("打印登记表…"))
        self.record_button.setToolTip(self.tr("区域信息、保护措施落实情况和当日准入人员名单"))
        self.record_button.clicked.connect(self.print_record)
        self.sign_button = QPushButton(self.tr("打印区域标识牌…"))
        self.sign_button.setToolTip(
            self.tr(
                "张贴于出入口的保密警示标识（依据《海淀区互联网企业商业秘密保护指引》第9.2.2条）"
            )
        )
        self.sign_button.clicked.connect(self.print_sign)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.record_button,
            self.sign_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.stocktake_due = QCheckBox(self.tr("超过 6 个月未盘点"))
        self.stocktake_due.setToolTip(self.tr("存放载体的在用区域，6 个月内没有完成的盘点"))
        self.stocktake_due.toggled.connect(self.refresh)
        buttons.addWidget(self.stocktake_due)

        # who may enter the selected area
        self.access_model: RowsModel[AccessView] = RowsModel(
            [
                (self.tr("工号"), lambda a: a.person_number),
                (self.tr("姓名"), lambda a: a.person_name),
                (self.tr("部门"), lambda a: a.department),
                (self.tr("起始"), lambda a: a.valid_from),
                (self.tr("截止"), lambda a: a.valid_until or self.tr("长期")),
                (self.tr("状态"), self._access_state),
                (self.tr("授权人"), lambda a: a.granted_by),
            ],
            self,
        )
        self.access_table = QTableView()
        self.access_table.setModel(self.access_model)
        list_view(self.access_table, compact=True)
        self.access_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_past = QCheckBox(self.tr("含已过期、已撤销"))
        self.show_past.toggled.connect(self._load_access)
        self.grant_button = QPushButton(self.tr("授权进入…"))
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button = QPushButton(self.tr("撤销授权"))
        self.revoke_button.clicked.connect(self.revoke)
        list_actions(
            self.table,
            [self.edit_button, self.active_button, None, self.record_button, self.sign_button],
            open_row=self.edit,
        )
        list_actions(self.access_table, [self.grant_button, self.revoke_button])
        access_buttons = QHBoxLayout()
        access_buttons.addWidget(self.grant_button)
        access_buttons.addWidget(self.revoke_button)
        access_buttons.addStretch(1)
        access_buttons.addWidget(self.show_past)
        self.access_box = QGroupBox(self.tr("准入人员"))
        access_layout = QVBoxLayout(self.access_box)
        access_layout.addLayout(access_buttons)
        access_layout.addWidget(self.access_table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.access_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _access_state(self, a: AccessView) -> str:
        today = date.today()
        if a.revoked_on is not None and a.revoked_on <= today:
            return self.tr("已撤销")
        if a.valid_from > today:
            return self.tr("未生效")
        if a.valid_until is not None and a.valid_until < today:
            return self.tr("已过期")
        return self.tr("有效")

    # --- page contract --------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected()
        with self.session.vault.reader() as s:
            rows = area_service.list_areas(s, stocktake_due=self.stocktake_due.isChecked())
        self.model.set_rows(rows)
        if keep is not None:
            for row, area in enumerate(self.model.rows()):
                if area.id == keep.id:
                    self.table.selectRow(row)
        self._selection_changed()

    def show_filtered(self, filters: dict) -> None:
        """Narrowed as a 工作台 reminder asks."""
        self.stocktake_due.blockSignals(True)
        self.stocktake_due.setChecked(bool(filters.get("stocktake_due")))
        self.stocktake_due.blockSignals(False)
        self.refresh()

    def new_record(self) -> None:
        if self.add_button.isEnabled():
            self.add()

    def clear(self) -> None:
        close_dialogs(self)
        self.model.set_rows([])
        self.access_model.set_rows([])
        self._update_buttons()

    # --- selection ------------------------------------------------------------------------
    def selected(self) -> AreaView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_access(self) -> AccessView | None:
        rows = self.access_table.selectionModel().selectedRows()
        return self.access_model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_: Any) -> None:
        self._load_access()

    def _load_access(self, *_: Any) -> None:
        area = self.selected()
        if area is None:
            self.access_model.set_rows([])
            self.access_box.setTitle(self.tr("准入人员"))
        else:
            with self.session.vault.reader() as s:
                rows = area_service.access_list(s, area.id, include_past=self.show_past.isChecked())
            self.access_model.set_rows(rows)
            self.access_box.setTitle(self.tr("准入人员：{name}").format(name=area.name))
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        area = self.selected()
        self.add_button.setEnabled(can_edit)
        for button in (self.edit_button, self.active_button):
            button.setEnabled(can_edit and area is not None)
        self.active_button.setText(
            self.tr("启用") if area is not None and not area.active else self.tr("停用")
        )
        self.record_button.setEnabled(area is not None and self.session.can(Permission.EXPORT))
        self.sign_button.setEnabled(can_edit and area is not None and area.active)
        self.grant_button.setEnabled(can_edit and area is not None and area.active)
        access = self.selected_access()
        self.revoke_button.setEnabled(can_edit and access is not None and access.revoked_on is None)

    # --- actions --------------------------------------------------------------------------
    def add(self) -> None:
        if AreaDialog(self.session, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        area = self.selected()
        if area is not None and AreaDialog(self.session, area.id, self).exec():
            self.refresh()

    def toggle_active(self) -> None:
        area = self.selected()
        if area is None:
            return
        self.session.run(
            self, lambda uow: area_service.set_active(uow, area.id, not area.active), "area"
        )
        self.refresh()

    def grant(self) -> None:
        area = self.selected()
        if area is not None and AccessDialog(self.session, area, self).exec():
            self.refresh()

    def revoke(self) -> None:
        access = self.selected_access()
        if access is None:
            return
        self.session.run(self, lambda uow: area_service.revoke_access(uow, access.id), "area")
        self.refresh()

    def print_record(self) -> None:
        area = self.selected()
        if area is None:
            return
        try:
            with busy():
                _, pdf = self.session.run(
                    self, lambda uow: area_service.record_pdf(uow, area.id), "area", show=False
                )
        except TSDeskError as err:
            show_error(self, err)
            return
        show_pdf(
            self,
            pdf,
            self.tr("涉密区域登记表 {number}").format(number=area.number),
            f"{area.number}.pdf",
        )

    def print_sign(self) -> None:
        from tsdesk.services import labels

        area = self.selected()
        if area is None:
            return
        ok, pdf = self.session.run(self, lambda uow: labels.area_sign(uow, area.id), "area")
        if ok:
            show_pdf(
                self,
                pdf,
                self.tr("区域标识牌 {number}").format(number=area.number),
                f"{area.number}-标识牌.pdf",
            )
