"""企业信息: the profile the base application forms ask for (004 附表1–3), the departments,
and the people 004 第十条（一） requires (领导小组, 专/兼职保密员)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import Department, Designation, DesignationKind, OrgKind
from tsdesk.services import company as company_service
from tsdesk.services.permissions import Permission
from tsdesk.services.training import people_choices
from tsdesk.ui.common import InlineDialog, RowsModel, close_dialogs, list_actions
from tsdesk.ui.messages import confirm, error_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, NOTE_STYLE, OK_STYLE, add_labelled, list_view
from tsdesk.vault import UnitOfWork

ORG_KIND_LABELS: dict[OrgKind, str] = {
    OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "企业（附表3 示范点）"),
    OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "协会等组织（附表2 示范指导站）"),
    OrgKind.PARK: QT_TRANSLATE_NOOP("company", "园区（附表1 示范区）"),
}
DESIGNATION_LABELS: dict[DesignationKind, str] = {
    DesignationKind.LEADING_GROUP: QT_TRANSLATE_NOOP("company", "领导小组成员"),
    DesignationKind.SECRECY_OFFICER: QT_TRANSLATE_NOOP("company", "保密员"),
}
# 004 第十条（一）: a leading group headed by the principal, and full- or part-time officers.
POSTS: dict[DesignationKind, list[str]] = {
    DesignationKind.LEADING_GROUP: [
        QT_TRANSLATE_NOOP("company", "组长"),
        QT_TRANSLATE_NOOP("company", "副组长"),
        QT_TRANSLATE_NOOP("company", "成员"),
    ],
    DesignationKind.SECRECY_OFFICER: [
        QT_TRANSLATE_NOOP("company", "专职"),
        QT_TRANSLATE_NOOP("company", "兼职"),
    ],
}
SUMMARY_FIELD = "protection_work_summary"


def _tr(text: str) -> str:
    return QCoreApplication.translate("company", text)


class DepartmentDialog(InlineDialog):
    """New department, or a department's name and its 重点部门 mark."""

    entity_type = "department"

    def __init__(
        self, session: UiSession, department: Department | None = None, parent=None
    ) -> None:
        title = self.tr("新增部门") if department is None else self.tr("编辑部门")
        super().__init__(session, title, parent)
        self.department = department
        self.name = QLineEdit(department.name if department else "")
        # 004 第十条（四）: 确定重点部门; the self-assessment asks each to have its own 保密员.
        self.is_key = QCheckBox(self.tr("重点部门（须配备本部门保密员）"))
        self.is_key.setChecked(bool(department and department.is_key))
        self.form.addRow(self.tr("部门名称"), self.name)
        self.form.addRow("", self.is_key)

    def change(self, uow: UnitOfWork) -> Any:
        if self.department is None:
            department_id = company_service.add_department(uow, self.name.text())
        else:
            department_id = self.department.id
            if self.name.text().strip() != self.department.name:
                company_service.rename_department(uow, department_id, self.name.text())
        company_service.set_department_key(uow, department_id, self.is_key.isChecked())
        return department_id

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.name


class DesignationDialog(InlineDialog):
    """Appoint a leading-group member or a secrecy officer (004 第十条（一）)."""

    entity_type = "designation"

    def __init__(self, session: UiSession, departments: list[Department], parent=None) -> None:
        super().__init__(session, self.tr("新增人员指定"), parent)
        self.kind = QComboBox()
        add_labelled(self.kind, DESIGNATION_LABELS, _tr)
        self.name = QLineEdit()
        self.post = QComboBox()
        self.department = QComboBox()
        self.department.addItem(self.tr("（不指定）"), None)
        for row in departments:
            self.department.addItem(row.name, row.id)
        self.phone = QLineEdit()
        # Who in the directory holds it: the self-assessment then knows the group's head for
        # certain rather than by name (004 第十条（一）).
        self.person = QComboBox()
        self.person.addItem(self.tr("（不关联）"), None)
        people = session.read(people_choices, "", 10_000)
        self._names = {p.person_id: p.name for p in people}
        for person in people:
            self.person.addItem(f"{person.number}　{person.name}", person.person_id)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("人员名录"), self.person)
        self.form.addRow(self.tr("姓名"), self.name)
        self.form.addRow(self.tr("职务"), self.post)
        self.form.addRow(self.tr("部门"), self.department)
        self.form.addRow(self.tr("联系电话"), self.phone)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _person_changed(self) -> None:
        if self.person.currentData() is not None:
            self.name.setText(self._names[self.person.currentData()])

    def _kind_changed(self) -> None:
        self.post.clear()
        for post in POSTS[self.kind.currentData()]:
            self.post.addItem(_tr(post), post)

    def change(self, uow: UnitOfWork) -> Any:
        return company_service.add_designation(
            uow,
            self.kind.currentData(),
            self.name.text(),
            post=self.post.currentData() or "",
            department_id=self.department.currentData(),
            phone=self.phone.text(),
            person_id=self.person.currentData(),
        )

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.name


class CompanyPage(QWidget):
    PAGE_KEYS = ("company",)  # the self-assessment's gaps in the organisation open it

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded: dict[str, Any] = {}
        self.departments: list[Department] = []

        # --- the profile form, one row per field of the chosen 附表 --------------------------
        self.kind_combo = QComboBox()
        add_labelled(self.kind_combo, ORG_KIND_LABELS, _tr)
        self.kind_combo.currentIndexChanged.connect(self._apply_kind)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("组织类别"), self.kind_combo)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.marks: dict[str, QAction] = {}  # fields marked invalid by the last save
        for name in company_service.FIELD_NAMES:
            if name == SUMMARY_FIELD:
                continue
            label, field = QLabel(), QLineEdit()
            self.fields[name], self.labels[name] = field, label
            self.form.addRow(label, field)
        self.management_combo = QComboBox()
        self.form.addRow(self.tr("商业秘密保护部门"), self.management_combo)
        # 000 §7.5.2: where an administrative complaint goes (the pack's cover letter).
        self.regulator_form = QFormLayout()
        self.regulator_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, text in (
            ("regulator_name", self.tr("市场监管部门")),
            ("regulator_contact", self.tr("地址、电话、受理窗口")),
        ):
            self.fields[name] = QLineEdit()
            self.regulator_form.addRow(text, self.fields[name])
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.fields[SUMMARY_FIELD] = self.summary
        self.labels[SUMMARY_FIELD] = QLabel()

        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setToolTip(self.tr("保存企业信息（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        profile_box = QGroupBox(self.tr("基本信息（基地申报表）"))
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addLayout(self.form)
        profile_layout.addWidget(self.labels[SUMMARY_FIELD])
        profile_layout.addWidget(self.summary, 1)
        regulator_box = QGroupBox(self.tr("所在地市场监管部门（维权投诉材料的致函对象）"))
        regulator_box.setLayout(self.regulator_form)
        profile_layout.addWidget(regulator_box)
        profile_layout.addLayout(save_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(profile_box)

        # --- departments ----------------------------------------------------------------------
        self.department_model: RowsModel[Department] = RowsModel(
            [
                (self.tr("部门名称"), lambda d: d.name),
                (self.tr("重点部门"), lambda d: self.tr("是") if d.is_key else ""),
            ],
            self,
        )
        self.department_view = self._table(self.department_model)
        self.add_department_button = QPushButton(self.tr("新增…"))
        self.add_department_button.clicked.connect(self.add_department)
        self.rename_department_button = QPushButton(self.tr("编辑…"))
        self.rename_department_button.clicked.connect(self.rename_department)
        list_actions(
            self.department_view,
            [self.add_department_button, self.rename_department_button],
            open_row=self.rename_department_button.click,
        )
        department_box = QGroupBox(self.tr("部门"))
        department_layout = QVBoxLayout(department_box)
        department_layout.addWidget(self.department_view)
        department_layout.addLayout(
            self._buttons(self.add_department_button, self.rename_department_button)
        )

        # --- designations (004 第十条（一）) ---------------------------------------------------
        self.designation_model: RowsModel[Designation] = RowsModel(
            [
                (self.tr("类别"), lambda d: _tr(DESIGNATION_LABELS[d.kind])),
                (self.tr("姓名"), lambda d: d.name),
                (self.tr("职务"), lambda d: _tr(d.post) if d.post else ""),
                (self.tr("部门"), self._department_name),
                (self.tr("联系电话"), lambda d: d.phone),
            ],
            self,
        )
        self.designation_view = self._table(self.designation_model)
        self.add_designation_button = QPushButton(self.tr("新增…"))
        self.add_designation_button.clicked.connect(self.add_designation)
        self.remove_designation_button = QPushButton(self.tr("撤销…"))
        self.remove_designation_button.clicked.connect(self.remove_designation)
        list_actions(
            self.designation_view, [self.add_designation_button, self.remove_designation_button]
        )
        designation_box = QGroupBox(self.tr("保护工作领导小组与保密员"))
        designation_layout = QVBoxLayout(designation_box)
        designation_layout.addWidget(self.designation_view)
        designation_layout.addLayout(
            self._buttons(self.add_designation_button, self.remove_designation_button)
        )

        self.read_only_note = QLabel(self.tr("只读：当前操作员无权修改企业信息。"))
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        right = QVBoxLayout()
        right.addWidget(department_box, 2)
        right.addWidget(designation_box, 3)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(columns, 1)

        self._apply_kind()
        session.actor_changed.connect(self.refresh)

    @staticmethod
    def _table(model: RowsModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        return list_view(view, resize=QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CompanyPage", "企业信息")

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.departments = self.session.read(company_service.list_departments)
        self.department_model.set_rows(self.departments)
        self.designation_model.set_rows(self.session.read(company_service.list_designations))
        self.load_profile()
        self._apply_permissions()

    def clear(self) -> None:
        close_dialogs(self)
        for field in self.fields.values():
            field.clear()
        self.management_combo.clear()
        self.department_model.set_rows([])
        self.designation_model.set_rows([])
        self.loaded = {}
        self._show_status("")

    # --- profile --------------------------------------------------------------------------------
    def load_profile(self) -> None:
        self.loaded = self.session.read(company_service.get_profile)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(OrgKind(self.loaded["org_kind"])))
        for name, field in self.fields.items():
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(self.loaded[name] or "")
            else:
                field.setText(self.loaded[name] or "")
        self._unmark()
        self.management_combo.clear()
        self.management_combo.addItem(self.tr("（未指定）"), None)
        for row in self.departments:
            self.management_combo.addItem(row.name, row.id)
        found = self.management_combo.findData(self.loaded["management_department_id"])
        self.management_combo.setCurrentIndex(max(found, 0))
        self._apply_kind()
        self._show_status("")

    def kind(self) -> OrgKind:
        return OrgKind(self.kind_combo.currentData())

    def _apply_kind(self) -> None:
        """Labels and rows follow the chosen form: 附表3 enterprise, 附表2, 附表1."""
        asked = dict(company_service.fields_for(self.kind()))
        for name, label in self.labels.items():
            if name in asked:
                label.setText(_tr(asked[name]))
            if name != SUMMARY_FIELD:
                self.form.setRowVisible(self.fields[name], name in asked)
        self.labels[SUMMARY_FIELD].setVisible(SUMMARY_FIELD in asked)
        self.summary.setVisible(SUMMARY_FIELD in asked)

    def label_for(self, name: str) -> str:
        return self.labels[name].text() if name in self.labels else name

    def value_of(self, name: str) -> str:
        field = self.fields[name]
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def changes(self) -> dict[str, Any]:
        """Only what differs from what was loaded (the audit event lists just these)."""
        if not self.loaded:
            return {}
        changed: dict[str, Any] = {
            name: self.value_of(name)
            for name in self.fields
            if self.value_of(name).strip() != (self.loaded[name] or "").strip()
        }
        if self.kind() != self.loaded["org_kind"]:
            changed["org_kind"] = self.kind()
        department = self.management_combo.currentData()
        if department != self.loaded["management_department_id"]:
            changed["management_department_id"] = department
        return changed

    def save(self) -> bool:
        if not self.session.can(Permission.EDIT_COMPANY) or not self.loaded:
            return False
        self._unmark()
        changes = self.changes()
        if not changes:
            self._show_status(self.tr("没有需要保存的更改。"))
            return False
        try:
            self.session.run(
                self,
                lambda uow: company_service.update_profile(uow, changes),
                "company_profile",
                show=False,
            )
        except TSDeskError as err:
            self._show_error(err)
            return False
        self.load_profile()
        self._show_status(self.tr("已保存。"))
        return True

    def _show_error(self, err: TSDeskError) -> None:
        """Name the field by its label (not its column) and mark it; keep what was typed."""
        field = err.params.get("field")
        if field in self.fields:
            params = {**err.params, "field": self.label_for(field)}
            text = QCoreApplication.translate("errors", err.template).format(**params)
            self._mark(field, text)
        else:
            text = error_text(err)
        self._show_status(text, error=True)

    def _mark(self, name: str, text: str) -> None:
        """A warning icon inside the field (a style sheet would change the field's frame)."""
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            action = widget.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            action.setToolTip(text)
            self.marks[name] = action
        widget.setFocus()

    def _unmark(self) -> None:
        for name, action in self.marks.items():
            self.fields[name].removeAction(action)
        self.marks.clear()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # --- departments and designations -------------------------------------------------------------
    def _department_name(self, designation: Designation) -> str:
        names = {d.id: d.name for d in self.departments}
        return names.get(designation.department_id, "")

    def _selected(self, view: QTableView, model: RowsModel) -> Any | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def add_department(self) -> None:
        if DepartmentDialog(self.session, None, self).exec():
            self.refresh()

    def rename_department(self) -> None:
        department = self._selected(self.department_view, self.department_model)
        if department is None:
            self._show_status(self.tr("请先选择一个部门。"), error=True)
            return
        if DepartmentDialog(self.session, department, self).exec():
            self.refresh()

    def add_designation(self) -> None:
        if DesignationDialog(self.session, self.departments, self).exec():
            self.refresh()

    def remove_designation(self) -> None:
        designation = self._selected(self.designation_view, self.designation_model)
        if designation is None:
            self._show_status(self.tr("请先选择要撤销的人员。"), error=True)
            return
        question = self.tr("撤销 {name} 的“{kind}”指定？此操作会记入审计日志。").format(
            name=designation.name, kind=_tr(DESIGNATION_LABELS[designation.kind])
        )
        if not confirm(self, self.tr("撤销人员指定"), question):
            return
        ok, _ = self.session.run(
            self,
            lambda uow: company_service.remove_designation(uow, designation.id),
            "designation",
        )
        if ok:
            self.refresh()

    # --- permissions ----------------------------------------------------------------------------
    def _apply_permissions(self) -> None:
        editable = self.session.can(Permission.EDIT_COMPANY)
        self.read_only_note.setVisible(not editable)
        for field in self.fields.values():
            field.setReadOnly(not editable)
        for widget in (
            self.kind_combo,
            self.management_combo,
            self.save_button,
            self.add_department_button,
            self.rename_department_button,
            self.add_designation_button,
            self.remove_designation_button,
        ):
            widget.setEnabled(editable)
