"""人员: the employee directory (nobody is deleted; leaving is a status with its date) and,
for the person selected, the secrets they may know and the areas they may enter (003 §8.2).
Leaving ends both (the service does it); a department change opens a review that the
officer marks done here. A person who left still holding access (older data) is flagged."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
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
from tsdesk.services import areas, company, people
from tsdesk.services.people import KnowerRow, PersonFlag, PersonRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import InlineDialog, RowsModel, close_dialogs, list_actions
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import (
    ENDED_COLOR,
    EXPIRED_COLOR,
    MUTED_STYLE,
    add_labelled,
    date_edit,
    day,
    list_view,
)
from tsdesk.ui.words import grant_state_text
from tsdesk.vault import UnitOfWork

FLAG_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f1b8b4;"
    " border-radius: 4px; padding: 6px 8px;"
)
REVIEW_STYLE = (
    "background: #fff6e0; color: #6b4500; border: 1px solid #e8c77a;"
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
        for d in session.read(company.list_departments):
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
    """离职 with its date: the service ends every grant and area access as of that day."""

    entity_type = "person"

    def __init__(self, session: UiSession, person: PersonRow, parent=None) -> None:
        super().__init__(session, self.tr("登记离职"), parent)
        self.person = person
        self.set_intro(
            self.tr(
                "{name}（{number}）离职。自离职日期起，其 {grants} 项知悉授权和 {areas} 个"
                "涉密区域的进入授权随即终止，并记入审计；恢复在职不会恢复这些授权，须重新授权。"
                "请同时收回其保管的涉密资料与载体。"
            ).format(
                name=person.name,
                number=person.number,
                grants=person.current_grants,
                areas=person.current_areas,
            )
        )
        self.left_on = date_edit()
        self.left_on.setMaximumDate(QDate.currentDate())  # a leave is recorded, not planned
        self.form.addRow(self.tr("离职日期"), self.left_on)

    def change(self, uow: UnitOfWork):
        return people.set_status(uow, self.person.id, PersonStatus.LEFT, day(self.left_on))


class ReviewDialog(InlineDialog):
    """Mark a department change's review done, after looking at what the person holds."""

    entity_type = "person"

    def __init__(self, session: UiSession, person: PersonRow, review_id: int, parent=None):
        super().__init__(session, self.tr("复核权限"), parent)
        self.review_id = review_id
        with session.vault.reader() as s:
            grants = people.secrets_of(s, person.id)
            entries = areas.areas_of_person(s, person.id)
        lines = [
            f"{k.secret_number} {k.secret_subject}（{_p(people.TIER_LABELS[k.tier])}）"
            for k in grants
        ]
        lines += [
            self.tr("进入 {number} {name}").format(number=a.number, name=a.name) for a in entries
        ]
        self.set_intro(
            self.tr(
                "{name} 的部门已变动。请确认以下授权仍为新岗位所需，不需要的先撤销，"
                "再标记复核完成：\n{items}"
            ).format(name=person.name, items="\n".join(lines) or self.tr("（无有效授权）"))
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("复核结论，如“仍需知悉，保留”"))
        self.form.addRow(self.tr("复核说明"), self.note)

    def change(self, uow: UnitOfWork):
        return people.complete_review(uow, self.review_id, self.note.text())


class PeoplePage(QWidget):
    PAGE_KEYS = ("people",)  # what a 工作台 reminder may open here

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
        add_labelled(self.status_combo, people.PERSON_STATUS_LABELS, _p)
        # The people a 工作台 reminder counts, so that its tile opens exactly them.
        add_labelled(self.status_combo, people.PERSON_FLAG_LABELS, _p)
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
        list_view(self.table, wrap=False)
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
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setStyleSheet(REVIEW_STYLE)
        self.review_button = QPushButton(self.tr("复核完成…"))
        self.review_button.clicked.connect(self.complete_review)
        self.review_box = QWidget()
        review_row = QHBoxLayout(self.review_box)
        review_row.setContentsMargins(0, 0, 0, 0)
        review_row.addWidget(self.review_label, 1)
        review_row.addWidget(self.review_button)
        self.review_box.setProperty("contextual", True)  # shown only while a review is pending
        self.review_box.hide()
        self.review_id: int | None = None
        self.areas_label = QLabel()
        self.areas_label.setWordWrap(True)
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
                self.tr("知悉程度"),
                self.tr("生效"),
                self.tr("有效至"),
                self.tr("状态"),
            ]
        )
        list_actions(self.grants, [self.revoke_button])
        list_view(
            self.grants,
            wrap=False,
            resize=QHeaderView.ResizeMode.ResizeToContents,
            stretch=1,
            stretch_last=False,
        )
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
        person_layout.addWidget(self.review_box)
        person_layout.addWidget(self.areas_label)
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
        return _p("在职") + (" · " + _p("调岗待复核") if p.review_open else "")

    # --- page contract ------------------------------------------------------------------------
    def refresh(self) -> None:
        department = self.department_combo.currentData()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), None)
        for d in self.session.read(company.list_departments):
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

    def show_filtered(self, _page_key: str, filters: dict[str, Any]) -> None:
        """The directory narrowed as a 工作台 reminder asks ({"flag": PersonFlag value})."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.department_combo.setCurrentIndex(0)
        wanted = filters.get("flag")
        found = [
            i for i in range(self.status_combo.count()) if self.status_combo.itemData(i) == wanted
        ]
        self.status_combo.setCurrentIndex(found[0] if found else 0)
        self.refresh_list()

    def _status_choice(self) -> tuple[PersonStatus | None, PersonFlag | None]:
        value = self.status_combo.currentData()  # Qt hands str enums back as str
        if value in PersonFlag._value2member_map_:
            return None, PersonFlag(value)
        return (PersonStatus(value) if value is not None else None), None

    def refresh_list(self, *_args, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id if select_id is not None else (current.id if current else None)
        status, flag = self._status_choice()
        with self.session.vault.reader() as s:
            rows = people.list_people(
                s,
                search=self.search_edit.text(),
                status=status,
                flag=flag,
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
        self.review_box.hide()
        self.review_id = None
        self.areas_label.clear()
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
                "⚠ 已于 {day} 离职，仍有 {n} 项有效的知悉权限、{m} 个区域的进入授权。请逐项撤销。"
            ).format(day=person.left_on, n=person.current_grants, m=person.current_areas)
        )
        with self.session.vault.reader() as s:
            self.grant_rows = people.secrets_of(
                s, person.id, include_past=self.include_past.isChecked()
            )
            review = people.open_review(s, person.id)
            entries = areas.areas_of_person(s, person.id)
            departments = {d.id: d.name for d in company.list_departments(s)}
        self.review_id = review.id if review is not None else None
        self.review_box.setVisible(review is not None)
        if review is not None:
            self.review_label.setText(
                self.tr("{day} 部门由“{old}”变为“{new}”：请复核其知悉权限和区域进入授权。").format(
                    day=review.raised_on,
                    old=departments.get(review.from_department_id, self.tr("未指定部门")),
                    new=departments.get(review.to_department_id, self.tr("未指定部门")),
                )
            )
        self.areas_label.setText(
            self.tr("可进入的涉密区域：{areas}").format(
                areas="、".join(f"{a.number} {a.name}" for a in entries)
            )
            if entries
            else self.tr("可进入的涉密区域：无")
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
        self.review_button.setEnabled(can_edit and self.review_id is not None)
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

    def complete_review(self) -> None:
        person = self.selected()
        if person is None or self.review_id is None:
            return
        if ReviewDialog(self.session, person, self.review_id, self).exec():
            self.refresh_list(select_id=person.id)

    def revoke(self) -> None:
        row = self.grants.currentRow()
        if not 0 <= row < len(self.grant_rows):
            return
        knower_id = self.grant_rows[row].id
        ok, _ = self.session.run(self, lambda uow: people.revoke(uow, knower_id), "secret")
        if ok:
            self.refresh_list()
