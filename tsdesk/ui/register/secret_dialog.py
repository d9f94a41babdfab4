"""The secret editor: every field of a register record (issue 3 §1).

Input is checked by register.check_input — the same rules the import uses — before anything
is written: each field with a problem gets a red frame, the messages are listed, the tab of
the first problem is shown and the input stays as typed. A grading done with the assistant
is stored with the record in the same transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import Problem, TSDeskError
from tsdesk.models import Category, PersonStatus, SecretStatus, StorageKind, TermKind
from tsdesk.services import company, grading, people, register
from tsdesk.services.grading import GradingSheet
from tsdesk.services.register import SecretInput
from tsdesk.ui.common import GuardedDialog, busy, fit_to_screen
from tsdesk.ui.messages import error_text
from tsdesk.ui.register.secret_actions import category_label, error_message, reg
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import (
    ERROR_STYLE,
    MUTED_STYLE,
    add_labelled,
    date_edit,
    day,
    enum_data,
    mark_invalid,
)
from tsdesk.vault import UnitOfWork

# Which tab holds the field a Problem names.
TAB_OF_FIELD = {
    "subject": 0,
    "category": 0,
    "grade_id": 0,
    "term_kind": 0,
    "term_until": 0,
    "term_event": 0,
    "department_id": 0,
    "owner_id": 0,
    "number": 0,
    "points": 1,
    "storages": 1,
}


UNKNOWN_PERSON = -1


def _scrolled(page: QWidget) -> QScrollArea:
    """A tab that scrolls rather than squeezes its fields on a 768-pixel-high screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class PointsEditor(QWidget):
    """秘密点 (003 §3.3): an ordered list, each a short precise statement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_button = QPushButton(self.tr("添加"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "每条写一个区别于公知信息的具体技术方案或经营信息，"
                "如“引纬凸轮的非对称廓线数据”。双击可修改。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(row)

    def set_points(self, points: list[str]) -> None:
        self.list.clear()
        for text in points:
            self._append(text)

    def points(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        item = self._append("")
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)


class StoragesEditor(QWidget):
    """存储方式 (003 §7.1) with where exactly; several are allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("存储方式"), self.tr("位置")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 150)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("添加"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.add_button.clicked.connect(lambda: self.add(StorageKind.LOCAL_SYSTEM, ""))
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add(self, kind: StorageKind, location: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        add_labelled(combo, register.STORAGE_LABELS, reg)
        combo.setCurrentIndex(combo.findData(kind))
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(location))

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_storages(self, storages: list[tuple[StorageKind, str]]) -> None:
        self.table.setRowCount(0)
        for kind, location in storages:
            self.add(kind, location)

    def storages(self) -> list[tuple[StorageKind, str]]:
        result = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            result.append(
                (enum_data(self.table.cellWidget(row, 0), StorageKind), item.text() if item else "")
            )
        return result


class SecretDialog(GuardedDialog):
    """New secret (secret_id None) or edit one. `result_value` is the secret's id."""

    def __init__(
        self, session: UiSession, secret_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.secret_id = secret_id
        self.result_value: int | None = None
        self.sheet: GradingSheet | None = None  # a grading done in this dialog
        self.setWindowTitle(
            self.tr("新增商业秘密") if secret_id is None else self.tr("编辑商业秘密")
        )
        fit_to_screen(self, 880, 680)

        with session.vault.reader() as s:
            self.grades = register.grades(s)
            staff = people.list_people(s, status=PersonStatus.ACTIVE)
            if secret_id is None:
                inp, status, number, stored = None, SecretStatus.PROPOSED, "", None
            else:
                secret = register.get(s, secret_id)
                inp, status, number = register.input_of(secret), secret.status, secret.number
                stored = grading.stored(secret)
                owner = secret.owner_id
                if owner is not None and all(p.id != owner for p in staff):
                    staff += [p for p in people.list_people(s) if p.id == owner]
            departments = company.list_departments(s)
        self.status = status

        # --- 基本信息 ------------------------------------------------------------------------
        self.number = QLabel(number or self.tr("保存时按编号规则自动生成"))
        self.number.setStyleSheet("" if number else MUTED_STYLE)
        self.subject = QLineEdit()
        self.subject.setMaxLength(register.SUBJECT_MAX)
        self.subject.setPlaceholderText(self.tr("如：GA798 型剑杆织机整机设计图纸"))
        self.category = QComboBox()
        for c in Category:
            self.category.addItem(category_label(c), c)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.grade = QComboBox()
        for g in self.grades:
            self.grade.addItem(g.name, g.id)
        self.grade_button = QPushButton(self.tr("定级助手…"))
        self.grade_button.clicked.connect(self.open_grading)
        self.grading_note = QLabel()
        self.grading_note.setStyleSheet(MUTED_STYLE)
        grade_line = QHBoxLayout()
        grade_line.addWidget(self.grade, 1)
        grade_line.addWidget(self.grade_button)
        grade_row = QVBoxLayout()
        grade_row.setSpacing(2)
        grade_row.addLayout(grade_line)
        grade_row.addWidget(self.grading_note)
        self.grading_note.hide()
        self.term_kind = QComboBox()
        add_labelled(self.term_kind, register.TERM_KIND_LABELS, reg)
        self.term_until = date_edit()
        self.term_event = QLineEdit()
        self.term_event.setPlaceholderText(self.tr("如：产品正式发布"))
        self.term_kind.currentIndexChanged.connect(self._term_kind_changed)
        self.grade.currentIndexChanged.connect(self._grade_changed)
        # The grade's default term fills in until the officer sets a term by hand.
        self._term_touched = self._setting_term = False
        self.term_kind.currentIndexChanged.connect(self._term_edited)
        self.term_until.dateChanged.connect(self._term_edited)
        self.term_event.textEdited.connect(self._term_edited)
        term_line = QHBoxLayout()
        term_line.addWidget(self.term_kind)
        term_line.addWidget(self.term_until)
        term_line.addWidget(self.term_event, 1)
        self.locked_note = QLabel(
            self.tr("已确定的商业秘密，保密等级和期限须通过“变更等级/期限”审批修改。")
        )
        self.locked_note.setStyleSheet(MUTED_STYLE)
        self.locked_note.setWordWrap(True)
        term_row = QVBoxLayout()
        term_row.setSpacing(2)
        term_row.addLayout(term_line)
        term_row.addWidget(self.locked_note)
        self.department = QComboBox()
        self.department.addItem(self.tr("（未指定）"), None)
        for d in departments:
            self.department.addItem(d.name, d.id)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("（未指定）"), None)
        for p in staff:
            self.owner.addItem(f"{p.name}（{p.number}，{p.department or '—'}）", p.id)
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("保密范围，如：技术研发中心结构设计组"))
        self.concealed = QCheckBox(self.tr("隐密：该商业秘密的存在本身也须保密"))
        self.concealed.setToolTip(self.tr("仅在确有必要时勾选；自评中作为“开展隐密工作”的依据"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(72)
        self.note = QLineEdit()

        basic = QFormLayout()
        basic.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        basic.addRow(self.tr("编号"), self.number)
        basic.addRow(self.tr("秘密主题 *"), self.subject)
        basic.addRow(self.tr("类别 *"), self.category)
        basic.addRow(self.tr("保密等级 *"), grade_row)
        basic.addRow(self.tr("保密期限 *"), term_row)
        basic.addRow(self.tr("主责部门"), self.department)
        basic.addRow(self.tr("责任人"), self.owner)
        basic.addRow(self.tr("保密范围"), self.scope)
        basic.addRow("", self.concealed)
        basic.addRow(self.tr("描述"), self.description)
        basic.addRow(self.tr("备注"), self.note)
        basic_tab = QWidget()
        basic_layout = QVBoxLayout(basic_tab)
        basic_layout.addLayout(basic)
        basic_layout.addStretch(1)

        # --- 秘密点与存储 ---------------------------------------------------------------------
        self.points = PointsEditor()
        self.storages = StoragesEditor()
        points_box = QGroupBox(self.tr("秘密点"))
        QVBoxLayout(points_box).addWidget(self.points)
        storages_box = QGroupBox(self.tr("存储方式"))
        QVBoxLayout(storages_box).addWidget(self.storages)
        points_tab = QWidget()
        points_layout = QVBoxLayout(points_tab)
        points_layout.addWidget(points_box, 3)
        points_layout.addWidget(storages_box, 2)

        # --- 构成要件与排除情形 ----------------------------------------------------------------
        self.not_public_basis = QPlainTextEdit()
        self.not_public_basis.setPlaceholderText(
            self.tr("为何不为公众所知悉：未公开发表、未申请专利、同行无公开资料……")
        )
        self.value_description = QPlainTextEdit()
        self.value_description.setPlaceholderText(self.tr("能带来的经济利益或竞争优势"))
        for box in (self.not_public_basis, self.value_description):
            box.setFixedHeight(64)
        self.value_estimate = QLineEdit()
        self.value_estimate.setPlaceholderText(self.tr("选填，如：约 500 万元"))
        self.rd_cost = QLineEdit()
        self.rd_cost.setPlaceholderText(self.tr("选填，如：研发投入 120 万元"))
        measures = QLabel(
            self.tr(
                "保密措施即本系统中为它登记的知悉人员授权、载体及其所在涉密区域和保密标识，"
                "无需在此填写。"
            )
        )
        measures.setWordWrap(True)
        measures.setStyleSheet(MUTED_STYLE)
        conditions = QFormLayout()
        conditions.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        conditions.addRow(self.tr("不为公众所知悉"), self.not_public_basis)
        conditions.addRow(self.tr("商业价值"), self.value_description)
        conditions.addRow(self.tr("价值估算"), self.value_estimate)
        conditions.addRow(self.tr("研发成本"), self.rd_cost)
        conditions.addRow(self.tr("保密措施"), measures)
        conditions_box = QGroupBox(self.tr("构成要件"))
        conditions_box.setLayout(conditions)

        self.exclusions: dict[str, QCheckBox] = {}
        exclusions_box = QGroupBox(self.tr("排除情形确认：经核实，该信息"))
        exclusions_layout = QVBoxLayout(exclusions_box)
        for key, label in register.EXCLUSION_LABELS.items():
            self.exclusions[key] = QCheckBox(reg(label))
            exclusions_layout.addWidget(self.exclusions[key])
        self.exclusions_box = exclusions_box

        self.data_conditions: dict[str, QCheckBox] = {}
        data_box = QGroupBox(self.tr("数据、算法及代码的确定条件"))
        data_layout = QVBoxLayout(data_box)
        for key, label in register.DATA_CONDITION_LABELS.items():
            self.data_conditions[key] = QCheckBox(reg(label))
            data_layout.addWidget(self.data_conditions[key])
        self.data_box = data_box
        confirm_note = QLabel(self.tr("拟定时可暂不勾选；定密审批前须全部确认。"))
        confirm_note.setStyleSheet(MUTED_STYLE)

        conditions_tab = QWidget()
        conditions_layout = QVBoxLayout(conditions_tab)
        conditions_layout.addWidget(conditions_box)
        conditions_layout.addWidget(exclusions_box)
        conditions_layout.addWidget(data_box)
        conditions_layout.addWidget(confirm_note)
        conditions_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(basic_tab), self.tr("基本信息"))
        self.tabs.addTab(points_tab, self.tr("秘密点与存储"))
        self.tabs.addTab(_scrolled(conditions_tab), self.tr("构成要件与排除情形"))

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.fields: dict[str, QWidget] = {
            "subject": self.subject,
            "category": self.category,
            "grade_id": self.grade,
            "term_kind": self.term_kind,
            "term_until": self.term_until,
            "term_event": self.term_event,
            "department_id": self.department,
            "owner_id": self.owner,
            "points": self.points.list,
            "storages": self.storages.table,
        }
        if inp is None:
            self._grade_changed()
        else:
            self._load(inp)
        if stored is not None:
            self._show_grading(stored["suggested_grade"], stored["decided_grade"])
        locked = status == SecretStatus.CONFIRMED
        for widget in (
            self.grade,
            self.grade_button,
            self.term_kind,
            self.term_until,
            self.term_event,
        ):
            widget.setEnabled(not locked)
        self.locked_note.setVisible(locked)
        self._category_changed()
        self._term_kind_changed()
        self.subject.setFocus()

    # --- loading and reading --------------------------------------------------------------------
    def _load(self, inp: SecretInput) -> None:
        self.subject.setText(inp.subject)
        self.category.setCurrentIndex(self.category.findData(inp.category))
        self.grade.blockSignals(True)
        self.grade.setCurrentIndex(max(0, self.grade.findData(inp.grade_id)))
        self.grade.blockSignals(False)
        self.term_kind.setCurrentIndex(self.term_kind.findData(inp.term_kind))
        if inp.term_until is not None:
            self.term_until.setDate(inp.term_until)
        self.term_event.setText(inp.term_event)
        self.department.setCurrentIndex(max(0, self.department.findData(inp.department_id)))
        self.owner.setCurrentIndex(max(0, self.owner.findData(inp.owner_id)))
        self.scope.setText(inp.scope)
        self.concealed.setChecked(inp.concealed)
        self.description.setPlainText(inp.description)
        self.note.setText(inp.note)
        self.points.set_points(inp.points)
        self.storages.set_storages(inp.storages)
        self.not_public_basis.setPlainText(inp.not_public_basis)
        self.value_description.setPlainText(inp.value_description)
        self.value_estimate.setText(inp.value_estimate)
        self.rd_cost.setText(inp.rd_cost)
        for box in self.exclusions.values():
            box.setChecked(inp.exclusions_confirmed)
        for key, box in self.data_conditions.items():
            box.setChecked(bool(inp.data_conditions.get(key)))

    def _owner_id(self) -> int | None:
        # An editable combo: typed text must be one of the entries; anything else is an id
        # no one has, which check_input reports as "责任人不存在".
        index = self.owner.findText(self.owner.currentText())
        return self.owner.itemData(index) if index >= 0 else UNKNOWN_PERSON

    def input(self) -> SecretInput:
        owner_id = self._owner_id()
        return SecretInput(
            subject=self.subject.text(),
            category=enum_data(self.category, Category),
            grade_id=self.grade.currentData(),
            term_kind=enum_data(self.term_kind, TermKind),
            term_until=day(self.term_until),
            term_event=self.term_event.text(),
            description=self.description.toPlainText(),
            points=self.points.points(),
            department_id=self.department.currentData(),
            owner_id=owner_id,
            scope=self.scope.text(),
            concealed=self.concealed.isChecked(),
            storages=self.storages.storages(),
            note=self.note.text(),
            not_public_basis=self.not_public_basis.toPlainText(),
            value_description=self.value_description.toPlainText(),
            value_estimate=self.value_estimate.text(),
            rd_cost=self.rd_cost.text(),
            exclusions_confirmed=all(box.isChecked() for box in self.exclusions.values()),
            data_conditions={k: box.isChecked() for k, box in self.data_conditions.items()}
            if self.category.currentData() == Category.SOFTWARE
            else {},
        )

    # --- reactions ------------------------------------------------------------------------------
    def _category_changed(self) -> None:
        self.data_box.setVisible(self.category.currentData() == Category.SOFTWARE)

    def _term_kind_changed(self) -> None:
        kind = self.term_kind.currentData()
        self.term_until.setVisible(kind == TermKind.UNTIL_DATE)
        self.term_event.setVisible(kind == TermKind.UNTIL_EVENT)

    def _grade_changed(self) -> None:
        """A new secret starts with the grade's default term (003 §8.1.2 grade table). A grade
        picked by hand after the assistant decided another drops that assessment: storing it
        would put its decision back."""
        if self.sheet is not None and self.grade.currentData() != self.sheet.decided_grade_id:
            self.sheet = None
            self.grading_note.setText(self.tr("已手动选择等级，定级助手的评估不予保存"))
        if self.secret_id is not None or self.status != SecretStatus.PROPOSED:
            return
        grade = next((g for g in self.grades if g.id == self.grade.currentData()), None)
        if grade is None or self._term_touched:
            return
        kind, until = register.default_term(grade, date.today())
        self._setting_term = True
        self.term_kind.setCurrentIndex(self.term_kind.findData(kind))
        if until is not None:
            self.term_until.setDate(until)
        self._setting_term = False

    def _term_edited(self) -> None:
        if not self._setting_term:
            self._term_touched = True

    def _show_grading(self, suggested: str, decided: str) -> None:
        self.grading_note.show()
        if suggested == decided:
            self.grading_note.setText(self.tr("定级助手建议：{g}").format(g=suggested))
        else:
            self.grading_note.setText(
                self.tr("定级助手建议：{s}；另定为：{d}").format(s=suggested, d=decided)
            )

    def open_grading(self) -> None:
        from tsdesk.ui.register.grading_dialog import GradingDialog

        start = self.sheet
        if start is None and self.secret_id is not None:
            with self.session.vault.reader() as s:
                start = grading.sheet_of(register.get(s, self.secret_id))
        dialog = GradingDialog(
            self.session,
            category=enum_data(self.category, Category),
            start=start,
            current_grade_id=self.grade.currentData(),
            parent=self,
        )
        if not dialog.exec():
            return
        self.sheet = dialog.sheet()
        self.grade.setCurrentIndex(self.grade.findData(self.sheet.decided_grade_id))
        self._show_grading(dialog.suggested_grade().name, self.grade.currentText())

    # --- saving ---------------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        for name, widget in self.fields.items():
            mark_invalid(widget, any(p.field == name for p in problems))
        self.error.setText("\n".join(dict.fromkeys(error_message(p) for p in problems)))
        self.error.setVisible(bool(problems))
        if problems:
            first = problems[0].field
            self.tabs.setCurrentIndex(TAB_OF_FIELD.get(first, 0))
            if first in self.fields:
                self.fields[first].setFocus()

    def _check(self, inp: SecretInput) -> list[Problem]:
        """The service's own rules, all of them at once (saving reports only the first)."""
        with self.session.vault.reader() as s:
            if self.secret_id is not None:
                inp = replace(inp, number=register.get(s, self.secret_id).number)
            return register.check_input(s, inp, secret_id=self.secret_id)

    def change(self, uow: UnitOfWork) -> Any:
        inp = self.input()
        if self.secret_id is None:
            secret_id = register.propose(uow, inp)
        else:
            secret_id = self.secret_id
            register.update(uow, secret_id, inp)
        if self.sheet is not None:
            grading.record(uow, secret_id, self.sheet)
        return secret_id

    def accept(self) -> None:
        inp = self.input()
        problems = self._check(inp)
        self.show_problems(problems)
        if problems:
            return
        try:
            with busy():
                _, self.result_value = self.session.run(self, self.change, "secret", show=False)
        except TSDeskError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        super().accept()
