"""人员: the employee directory (nobody is deleted; leaving is a status with its date) and,
for the person selected, the secrets they may know (003 §8.2). A person who left while
still holding current grants is flagged, so that someone ends them deliberately."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.models import PersonStatus
from tsdesk.services import company, people
from tsdesk.services.people import KnowerRow, PersonRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.pages.common import InlineDialog, RowsModel, close_dialogs, list_actions
from tsdesk.ui.secret_actions import (
    ENDED_COLOR,
    EXPIRED_COLOR,
    MUTED_STYLE,
    date_edit,
    day,
    enum_data,
    grant_state_text,
)
from tsdesk.ui.session import UiSession
from tsdesk.vault import UnitOfWork

FLAG_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f1b8b4;"
    " border-radius: 4px; padding: 6px 8px;"
)


def _p(text: str) -> str:
    return QCoreApplication.translate("people", text)


class PersonDialog(InlineDialog):
    """New person, or a person's details."""

    entity_type = "person"

    def __init__(self, session: UiSession, person: PersonRow | None = None, parent=None) -> None:
        super().__init__(
            session, self.tr("新增人员") if person is None else self.tr("编辑人员"), parent
        )
        self.person = person
        self.number = QLineEdit(person.number if person else "")
        self.number.setPlaceholderText(self.tr("工号，如 YF041"))
        self.name = QLineEdit(person.name if person else "")
        self.department = QComboBox()
        self.department.addItem(self.tr("（未指定）"), None)
        for d in company.list_departments(session.vault):
            self.department.addItem(d.name, d.id)
        if person is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(person.department_id)))
        self.post = QLineEdit(person.post if person else "")
        self.phone = QLineEdit(person.phone if person else "")
        self.form.addRow(self.tr("工号"), self.number)
        self.form.addRow(self.tr("姓名"), self.name)
        self.form.addRow(self.tr("部门"), self.department)
        self.form.addRow(self.tr("岗位"), self.post)
        self.form.addRow(self.tr("电话"), self.phone)

    def change(self, uow: UnitOfWork):
        values = {
            "number": self.number.text(),
            "name": self.name.text(),
            "department_id": self.department.currentData(),
            "post": self.post.text(),
            "phone": self.phone.text(),
        }
        if self.person is None:
            return people.add_person(uow, **values)
        return people.update_person(uow, self.person.id, **values)

    def field_for(self, err):
        return self.number if "number" in err.params else self.name


class LeaveDialog(InlineDialog):
    """离职 with its date. Grants are left as they are: revoke them deliberately."""

    entity_type = "person"

    def __init__(self, session: UiSession, person: PersonRow, parent=None) -> None:
        super().__init__(session, self.tr("登记离职"), parent)
        self.person = person
        self.set_intro(
            self.tr(
                "{name}（{number}）离职。离职不会自动撤销其知悉权限：请在交接后逐项撤销，"
                "并收回涉密资料与载体（003 §8.2.4）。"
            ).format(name=person.name, number=person.number)
        )
        self.left_on = date_edit()
        self.form.addRow(self.tr("离职日期"), self.left_on)

    def change(self, uow: UnitOfWork):
        return people.set_status(uow, self.person.id, PersonStatus.LEFT, day(self.left_on))


class PeoplePage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model: RowsModel[PersonRow] = RowsModel(
            [
                (self.tr("工号"), lambda p: p.number),
                (self.tr("姓名"), lambda p: p.name),
                (self.tr("部门"), lambda p: p.department),
                (self.tr("岗位"), lambda p: p.post),
                (self.tr("状态"), self._status_text),
                (self.tr("当前知悉"), lambda p: str(p.current_grants) if p.current_grants else ""),
            ],
            self,
        )

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索姓名、工号、岗位"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh_list)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部人员"), None)
        for status, label in people.PERSON_STATUS_LABELS.items():
            self.status_combo.addItem(_p(label), status)
        self.status_combo.activated.connect(self.refresh_list)
        self.department_combo = QComboBox()
        self.department_combo.activated.connect(self.refresh_list)
        self.add_button = QPushButton(self.tr("新增人员…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.edit_person)
        self.leave_button = QPushButton(self.tr("登记离职…"))
        self.leave_button.clicked.connect(self.toggle_left)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.status_combo, 1)
        top.addWidget(self.department_combo, 1)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.leave_button):
            top.addWidget(button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate((60, 60, 92, 112, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        # --- the person on the right --------------------------------------------------------
        self.name_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        self.facts = QLabel()
        self.facts.setStyleSheet(MUTED_STYLE)
        self.facts.setWordWrap(True)
        self.flag = QLabel()
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet(FLAG_STYLE)
        self.flag.hide()
        self.include_past = QCheckBox(self.tr("含已到期、已撤销的授权"))
        self.include_past.toggled.connect(self._show_person)
        self.revoke_button = QPushButton(self.tr("撤销所选授权"))
        self.revoke_button.clicked.connect(self.revoke)
        grants_head = QHBoxLayout()
        grants_title = QLabel(self.tr("可知悉的商业秘密"))
        bold = QFont(self.font())
        bold.setBold(True)
        grants_title.setFont(bold)
        grants_head.addWidget(grants_title)
        grants_head.addStretch(1)
        grants_head.addWidget(self.include_past)
        grants_head.addWidget(self.revoke_button)
        list_actions(self.table, [self.edit_button, self.leave_button], open_row=self.edit_person)
        self.grants = QTableWidget(0, 7)
        self.grants.setHorizontalHeaderLabels(
            [
                self.tr("编号"),
                self.tr("秘密主题"),
                self.tr("等级"),
                self.tr("知悉范围"),
                self.tr("生效"),
                self.tr("有效至"),
                self.tr("状态"),
            ]
        )
        self.grants.verticalHeader().hide()
        list_actions(self.grants, [self.revoke_button])
        self.grants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grants.setWordWrap(False)
        grants_header = self.grants.horizontalHeader()
        grants_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grants_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grants.itemSelectionChanged.connect(self._update_buttons)
        self.grant_rows: list[KnowerRow] = []
        person_box = QWidget()
        person_layout = QVBoxLayout(person_box)
        person_layout.setContentsMargins(8, 0, 0, 0)
        info = QFormLayout()
        info.addRow(self.name_label)
        info.addRow(self.facts)
        person_layout.addLayout(info)
        person_layout.addWidget(self.flag)
        person_layout.addLayout(grants_head)
        person_layout.addWidget(self.grants, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(person_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 620])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        session.actor_changed.connect(self._actor_changed)
        self._clear_person()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PeoplePage", "人员")

    def _status_text(self, p: PersonRow) -> str:
        if p.status == PersonStatus.LEFT:
            text = _p("离职") + (f" {p.left_on.isoformat()}" if p.left_on else "")
            return text + (" ⚠" if p.left_with_grants else "")
        return _p("在职")

    # --- page contract ------------------------------------------------------------------------
    def refresh(self) -> None:
        department = self.department_combo.currentData()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), None)
        for d in company.list_departments(self.session.vault):
            self.department_combo.addItem(d.name, d.id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(department)))
        self.refresh_list()

    def clear(self) -> None:
        close_dialogs(self)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.set_rows([])
        self._clear_person()

    def refresh_list(self, *_args, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id if select_id is not None else (current.id if current else None)
        with self.session.vault.reader() as s:
            rows = people.list_people(
                s,
                search=self.search_edit.text(),
                status=enum_data(self.status_combo, PersonStatus),
                department_id=self.department_combo.currentData(),
            )
        self.model.set_rows(rows)
        for i, row in enumerate(rows):
            if row.id == select_id:
                self.table.selectRow(i)
                break
        else:
            if rows:
                self.table.selectRow(0)  # someone is always shown when the list has people
            else:
                self._clear_person()
        self._update_buttons()

    # --- selection ----------------------------------------------------------------------------
    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._show_person()
        self._update_buttons()

    def _clear_person(self) -> None:
        self.name_label.setText(self.tr("（未选择人员）"))
        self.facts.clear()
        self.flag.hide()
        self.grants.setRowCount(0)
        self.grant_rows = []

    def _show_person(self) -> None:
        person = self.selected()
        if person is None:
            self._clear_person()
            return
        today = date.today()
        self.name_label.setText(f"{person.name}　{person.number}")
        facts = [person.department or self.tr("未指定部门"), person.post, person.phone]
        facts.append(self._status_text(person).removesuffix(" ⚠"))
        self.facts.setText("　·　".join(f for f in facts if f))
        self.flag.setVisible(person.left_with_grants)
        self.flag.setText(
            self.tr(
                "⚠ 已于 {day} 离职，仍有 {n} 项有效的知悉权限。请在离职交接后逐项撤销（003 §8.2.4）。"
            ).format(day=person.left_on, n=person.current_grants)
        )
        with self.session.vault.reader() as s:
            self.grant_rows = people.secrets_of(
                s, person.id, include_past=self.include_past.isChecked()
            )
        self.grants.setRowCount(len(self.grant_rows))
        for r, k in enumerate(self.grant_rows):
            state = people.grant_state(k, today)
            values = (
                k.secret_number,
                k.secret_subject,
                k.grade,
                _p(people.TIER_LABELS[k.tier]),
                k.valid_from.isoformat(),
                k.valid_until.isoformat() if k.valid_until else self.tr("撤销为止"),
                grant_state_text(k, today),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if state != "current":
                    item.setForeground(ENDED_COLOR)
                elif person.status == PersonStatus.LEFT:
                    item.setForeground(EXPIRED_COLOR)
                self.grants.setItem(r, c, item)

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        person = self.selected()
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and person is not None)
        self.leave_button.setEnabled(can_edit and person is not None)
        left = person is not None and person.status == PersonStatus.LEFT
        self.leave_button.setText(self.tr("恢复在职") if left else self.tr("登记离职…"))
        row = self.grants.currentRow()
        grant = self.grant_rows[row] if 0 <= row < len(self.grant_rows) else None
        self.revoke_button.setEnabled(
            can_edit and grant is not None and people.grant_state(grant) in ("current", "pending")
        )

    def _actor_changed(self) -> None:
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    # --- changes ------------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N."""
        if self.add_button.isEnabled():
            self.add_person()

    def add_person(self) -> None:
        dialog = PersonDialog(self.session, None, self)
        if dialog.exec():
            self.refresh_list(select_id=dialog.result_value)

    def edit_person(self) -> None:
        person = self.selected()
        if person is None or not self.session.can(Permission.EDIT_DATA):
            return
        if PersonDialog(self.session, person, self).exec():
            self.refresh_list(select_id=person.id)

    def toggle_left(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.status == PersonStatus.LEFT:
            ok, _ = self.session.run(
                self,
                lambda uow: people.set_status(uow, person.id, PersonStatus.ACTIVE),
                "person",
            )
        else:
            ok = bool(LeaveDialog(self.session, person, self).exec())
        if ok:
            self.refresh_list(select_id=person.id)

    def revoke(self) -> None:
        row = self.grants.currentRow()
        if not 0 <= row < len(self.grant_rows):
            return
        knower_id = self.grant_rows[row].id
        ok, _ = self.session.run(self, lambda uow: people.revoke(uow, knower_id), "secret")
        if ok:
            self.refresh_list()
