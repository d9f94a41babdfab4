"""人员与协议: the employee directory (nobody is deleted; leaving is a status with its date),
read a batch at a time with each person's NDA, non-compete, last training and status
(在职 / 调岗中 / 离职中 / 离职), and the selected person on the right (`person.PersonPanel`).
Joining, a job change and leaving are procedures started here (003 §8.2.3–8.2.4,
`procedures.py`). A person who left still holding access (older data) is flagged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import PersonStatus, ProcedureKind
from tsdesk.services import company, people, procedures
from tsdesk.services.people import PeopleFilter, PersonFlag, PersonRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import InlineDialog, close_dialogs, list_actions
from tsdesk.ui.paged import BATCH, PagedModel
from tsdesk.ui.people.agreement_widgets import PersonAgreementsTab
from tsdesk.ui.people.person import PersonPanel, nda_text, noncompete_text, stage_text
from tsdesk.ui.people.procedures import ExitDialog, JoinDialog, ProcedureDialog, TransferDialog
from tsdesk.ui.people.training_widgets import PersonTrainingTab
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import EXPIRED_COLOR, Index, add_labelled, date_edit, day, list_view
from tsdesk.vault import UnitOfWork


def _p(text: str) -> str:
    return QCoreApplication.translate("people", text)


class PersonDialog(InlineDialog):
    """New person, or a person's details. A new department or post opens the job change."""

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
        self.has_hire_date = QCheckBox(self.tr("已入职"))
        self.hire_date = date_edit(person.hire_date if person and person.hire_date else None)
        self.has_hire_date.setChecked(person is None or person.hire_date is not None)
        self.hire_date.setEnabled(self.has_hire_date.isChecked())
        self.has_hire_date.toggled.connect(self.hire_date.setEnabled)
        hire_row = QHBoxLayout()
        hire_row.addWidget(self.has_hire_date)
        hire_row.addWidget(self.hire_date, 1)
        self.key_post = QCheckBox(self.tr("重点岗位 / 涉密人员"))
        self.key_post.setChecked(bool(person and person.key_post))
        self.form.addRow(self.tr("工号"), self.number)
        self.form.addRow(self.tr("姓名"), self.name)
        self.form.addRow(self.tr("部门"), self.department)
        self.form.addRow(self.tr("岗位"), self.post)
        self.form.addRow(self.tr("电话"), self.phone)
        self.form.addRow(self.tr("入职日期"), hire_row)
        self.form.addRow("", self.key_post)
        if person is not None and person.status == PersonStatus.ACTIVE:
            self.set_intro(
                self.tr("改动部门或岗位即开始调岗手续：其知悉授权、区域准入和载体须逐项复核。")
            )

    def change(self, uow: UnitOfWork):
        values: dict[str, Any] = {
            "number": self.number.text(),
            "name": self.name.text(),
            "department_id": self.department.currentData(),
            "post": self.post.text(),
            "phone": self.phone.text(),
            "hire_date": day(self.hire_date) if self.has_hire_date.isChecked() else None,
            "key_post": self.key_post.isChecked(),
        }
        if self.person is None:
            return people.add_person(uow, **values)
        procedures.update_person(uow, self.person.id, **values)
        return self.person.id

    def field_for(self, err):
        return self.number if "number" in err.params else self.name


STAGE_COLUMN = 5


class PeopleModel(PagedModel[PersonRow, PeopleFilter]):
    HEADERS = (
        QT_TRANSLATE_NOOP("PeoplePage", "工号"),
        QT_TRANSLATE_NOOP("PeoplePage", "姓名"),
        QT_TRANSLATE_NOOP("PeoplePage", "部门"),
        QT_TRANSLATE_NOOP("PeoplePage", "岗位"),
        QT_TRANSLATE_NOOP("PeoplePage", "重点岗位"),
        QT_TRANSLATE_NOOP("PeoplePage", "状态"),
        QT_TRANSLATE_NOOP("PeoplePage", "保密协议"),
        QT_TRANSLATE_NOOP("PeoplePage", "竞业限制"),
        QT_TRANSLATE_NOOP("PeoplePage", "最近培训"),
    )
    CONTEXT = "PeoplePage"

    def load(self) -> tuple[int, list[PersonRow]]:
        with self.session.vault.reader() as s:
            total = people.count_people(s, self.filter)
            first = people.people_page(s, self.filter, 0, BATCH) if total else []
        return total, first

    def fetch(self, offset: int) -> list[PersonRow]:
        return self.session.read(people.people_page, self.filter, offset, BATCH)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                p.number,
                p.name,
                p.department,
                p.post,
                _p(QT_TRANSLATE_NOOP("people", "是")) if p.key_post else "",
                stage_text(p),
                nda_text(p),
                noncompete_text(p),
                str(p.last_trained or ""),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STAGE_COLUMN and p.left_with_grants:
                return EXPIRED_COLOR
            if column == 6 and not p.nda and p.status == PersonStatus.ACTIVE:
                return EXPIRED_COLOR
        return None


class PeoplePage(QWidget):
    PAGE_KEYS = ("people",)  # what a 工作台 reminder may open here

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PeopleModel(session, PeopleFilter(), self)

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
        self.join_button = QPushButton(self.tr("入职登记(&J)…"))
        self.join_button.clicked.connect(lambda: self.start(ProcedureKind.JOIN))
        self.transfer_button = QPushButton(self.tr("调岗(&T)…"))
        self.transfer_button.clicked.connect(lambda: self.start(ProcedureKind.TRANSFER))
        self.leave_button = QPushButton(self.tr("离职(&L)…"))
        self.leave_button.clicked.connect(self.leave_or_return)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.status_combo, 1)
        top.addWidget(self.department_combo, 1)
        top.addStretch(1)
        for button in (
            self.add_button,
            self.edit_button,
            self.join_button,
            self.transfer_button,
            self.leave_button,
        ):
            top.addWidget(button)

        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate((52, 52, 84, 96, 60, 64, 60, 60, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.person = PersonPanel(session)
        self.add_person_tab(PersonAgreementsTab(session), self.tr("协议"))
        self.add_person_tab(PersonTrainingTab(session), self.tr("培训"))
        self.person.changed.connect(lambda: self.refresh_list())
        self.person.open_procedure.connect(self.open_procedure)
        list_actions(
            self.table,
            [
                self.edit_button,
                None,
                self.join_button,
                self.transfer_button,
                self.leave_button,
                self.person.procedure_button,
            ],
            open_row=self.edit_person,
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.person)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 540])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        session.actor_changed.connect(self._actor_changed)
        self.person.show_row(None)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PeoplePage", "人员与协议")

    # The selected person's parts, as the page's own (tests and older callers use these).
    @property
    def flag(self):
        return self.person.flag

    @property
    def name_label(self):
        return self.person.name_label

    def add_person_tab(self, widget: QWidget, title: str) -> None:
        """A tab of another module on the person (协议, 培训): see PersonPanel.add_person_tab."""
        self.person.add_person_tab(widget, title)

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
        self.model.clear()
        self.person.show_row(None)

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

    def _filter(self) -> PeopleFilter:
        value = self.status_combo.currentData()  # Qt hands str enums back as str
        status, flag = None, None
        if value in PersonFlag._value2member_map_:
            flag = PersonFlag(value)
        elif value is not None:
            status = PersonStatus(value)
        return PeopleFilter(
            search=self.search_edit.text(),
            status=status,
            department_id=self.department_combo.currentData(),
            flag=flag,
        )

    def refresh_list(self, *_args, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.model.set_filter(self._filter())
        if select_id is not None and self._select(select_id):
            pass  # still there: shown again
        elif self.model.rowCount():
            self.table.selectRow(0)  # someone is always shown when the list has people
        else:
            self.person.show_row(None)
        self._update_buttons()

    def _select(self, person_id: int) -> bool:
        for row, p in self.model.loaded_rows():
            if p.id == person_id:
                self.table.selectRow(row)
                self._show_person()  # the same row again: refresh what is shown
                return True
        return False

    # --- selection ----------------------------------------------------------------------------
    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._show_person()
        self._update_buttons()

    def _show_person(self) -> None:
        self.person.show_row(self.selected())

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        person = self.selected()
        active = person is not None and person.status == PersonStatus.ACTIVE
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and person is not None)
        self.join_button.setEnabled(can_edit and active)
        self.transfer_button.setEnabled(can_edit and active)
        self.leave_button.setEnabled(can_edit and person is not None)
        left = person is not None and person.status == PersonStatus.LEFT
        self.leave_button.setText(self.tr("恢复在职") if left else self.tr("离职(&L)…"))
        self.person.procedure_button.setEnabled(self.person.procedure_id is not None)

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

    def start(self, kind: ProcedureKind) -> None:
        """入职登记 / 调岗 / 离职: open the person's procedure of this kind, or start one."""
        person = self.selected()
        if person is None:
            return
        current = self.session.read(procedures.open_procedure, person.id)
        if current is not None and current.kind == kind:
            self.open_procedure()
            return
        dialogs = {
            ProcedureKind.JOIN: JoinDialog,
            ProcedureKind.TRANSFER: TransferDialog,
            ProcedureKind.EXIT: ExitDialog,
        }
        dialog = dialogs[kind](self.session, person, self)
        if dialog.exec():
            self.refresh_list(select_id=person.id)
            self.open_procedure(dialog.result_value)

    def leave_or_return(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.status == PersonStatus.LEFT:
            ok, _ = self.session.run(
                self,
                lambda uow: people.set_status(uow, person.id, PersonStatus.ACTIVE),
                "person",
            )
            if ok:
                self.refresh_list(select_id=person.id)
            return
        self.start(ProcedureKind.EXIT)

    def open_procedure(self, procedure_id: int | None = None) -> None:
        person = self.selected()
        procedure_id = procedure_id or self.person.procedure_id
        if procedure_id is None:
            return
        if ProcedureDialog(self.session, procedure_id, self).exec() and person is not None:
            self.refresh_list(select_id=person.id)
