"""The playbook editor: the case templates (003 §13.3) with their steps — add, edit, reorder,
mandatory or optional, owner, deadline, one-click action; deactivate; reset the shipped ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.models import IncidentTemplate
from tsdesk.services.incidents import cases, playbook
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import InlineDialog, RowsModel, fit_to_screen, list_actions
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE, list_view
from tsdesk.vault import UnitOfWork

TITLE, MANDATORY, OWNER, HOURS, ACTION, DESCRIPTION = range(6)


def _i(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


class TemplateDialog(InlineDialog):
    """One template: its name, the levels it is chosen for, and its steps."""

    entity_type = "incident_template"

    def __init__(
        self, session: UiSession, template_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, self.tr("处置预案"), parent)
        fit_to_screen(self, 1000, 620)
        self.template_id = template_id
        with session.vault.reader() as s:
            names = cases.level_names(s)
            inp = (
                playbook.template_input(s, template_id)
                if template_id
                else playbook.TemplateInput("", 1, 4, False, [playbook.StepInput("")])
            )
        self.name = QLineEdit(inp.name)
        self.name.setMaxLength(100)
        self.level_min, self.level_max = QComboBox(), QComboBox()
        for combo, value in ((self.level_min, inp.level_min), (self.level_max, inp.level_max)):
            for n, level_name in enumerate(names, 1):
                combo.addItem(f"{n} {level_name}", n)
            combo.setCurrentIndex(combo.findData(value))
        levels = QHBoxLayout()
        levels.addWidget(self.level_min)
        levels.addWidget(QLabel(self.tr("至")))
        levels.addWidget(self.level_max)
        levels.addStretch(1)
        self.for_drill = QCheckBox(self.tr("用于演练"))
        self.for_drill.setChecked(inp.for_drill)
        self.steps = QTableWidget(0, 6)
        self.steps.setHorizontalHeaderLabels(
            [
                self.tr("步骤"),
                self.tr("必办"),
                self.tr("负责人"),
                self.tr("期限（小时）"),
                self.tr("一键操作"),
                self.tr("说明"),
            ]
        )
        for column, width in enumerate((240, 50, 110, 90, 190)):
            self.steps.setColumnWidth(column, width)
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.steps.setMinimumHeight(300)
        self.steps.verticalHeader().setVisible(True)
        list_actions(self.steps, [])
        self.add_button = QPushButton(self.tr("添加步骤"))
        self.remove_button = QPushButton(self.tr("删除步骤"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        row = QHBoxLayout()
        for button, slot in (
            (self.add_button, self.add_step),
            (self.remove_button, self.remove_step),
            (self.up_button, lambda: self.move(-1)),
            (self.down_button, lambda: self.move(1)),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(self.tr("期限从定级时起算，留空为不设期限。必办步骤未完成时不能结案。"))
        hint.setStyleSheet(MUTED_STYLE)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("适用级别"), levels)
        self.form.addRow("", self.for_drill)
        self.form.addRow(self.steps)
        self.form.addRow(row)
        self.form.addRow(hint)
        self._fill(inp.steps)

    def _fill(self, steps: list[playbook.StepInput]) -> None:
        self.steps.setRowCount(0)
        for step in steps:
            r = self.steps.rowCount()
            self.steps.insertRow(r)
            self.steps.setItem(r, TITLE, QTableWidgetItem(step.title))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(
                Qt.CheckState.Checked if step.mandatory else Qt.CheckState.Unchecked
            )
            self.steps.setItem(r, MANDATORY, check)
            self.steps.setItem(r, OWNER, QTableWidgetItem(step.owner))
            hours = QSpinBox()
            hours.setRange(0, playbook.DUE_HOURS_MAX)
            hours.setSpecialValueText(self.tr("不设"))
            hours.setValue(step.due_hours or 0)
            self.steps.setCellWidget(r, HOURS, hours)
            action = QComboBox()
            action.addItem(self.tr("（无）"), "")
            for key, label in playbook.ACTIONS.items():
                action.addItem(_i(label), key)
            action.setCurrentIndex(max(0, action.findData(step.action)))
            self.steps.setCellWidget(r, ACTION, action)
            self.steps.setItem(r, DESCRIPTION, QTableWidgetItem(step.description))

    def _text(self, r: int, column: int) -> str:
        item = self.steps.item(r, column)
        return item.text() if item else ""

    def step_inputs(self) -> list[playbook.StepInput]:
        out = []
        for r in range(self.steps.rowCount()):
            hours = self.steps.cellWidget(r, HOURS).value()
            mandatory = self.steps.item(r, MANDATORY).checkState() == Qt.CheckState.Checked
            out.append(
                playbook.StepInput(
                    self._text(r, TITLE),
                    self._text(r, DESCRIPTION),
                    mandatory,
                    self._text(r, OWNER),
                    hours or None,
                    self.steps.cellWidget(r, ACTION).currentData(),
                )
            )
        return out

    def add_step(self) -> None:
        steps = self.step_inputs()
        steps.append(playbook.StepInput(self.tr("新步骤")))
        self._fill(steps)
        self.steps.setCurrentCell(len(steps) - 1, TITLE)
        self.steps.editItem(self.steps.item(len(steps) - 1, TITLE))

    def remove_step(self) -> None:
        r = self.steps.currentRow()
        if r < 0:
            return
        steps = self.step_inputs()
        del steps[r]
        self._fill(steps)

    def move(self, by: int) -> None:
        r = self.steps.currentRow()
        steps = self.step_inputs()
        if r < 0 or not 0 <= r + by < len(steps):
            return
        steps[r], steps[r + by] = steps[r + by], steps[r]
        self._fill(steps)
        self.steps.setCurrentCell(r + by, TITLE)

    def change(self, uow: UnitOfWork) -> int:
        inp = playbook.TemplateInput(
            self.name.text(),
            int(self.level_min.currentData()),
            int(self.level_max.currentData()),
            self.for_drill.isChecked(),
            self.step_inputs(),
        )
        return playbook.save_template(uow, self.template_id, inp)


class TemplatesDialog(QDialog):
    """The playbook: every template, which levels it serves, whether it is in use."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("处置预案"))
        fit_to_screen(self, 760, 460)
        with session.vault.reader() as s:
            self.names = cases.level_names(s)
        self.model: RowsModel[IncidentTemplate] = RowsModel(
            [
                (self.tr("名称"), lambda t: t.name),
                (self.tr("适用级别"), self._levels),
                (self.tr("用于演练"), lambda t: self.tr("是") if t.for_drill else ""),
                (self.tr("状态"), lambda t: self.tr("启用") if t.active else self.tr("停用")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True, widths=(260, 160, 70))
        self.new_button = QPushButton(self.tr("新建…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.active_button = QPushButton(self.tr("停用"))
        self.reset_button = QPushButton(self.tr("恢复默认…"))
        self.close_button = QPushButton(self.tr("关闭"))
        for button, slot in (
            (self.new_button, lambda: self.edit(None)),
            (self.edit_button, self.edit_selected),
            (self.active_button, self.toggle_active),
            (self.reset_button, self.reset),
            (self.close_button, self.accept),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        list_actions(
            self.table, [self.edit_button, self.active_button], open_row=self.edit_selected
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        note = QLabel(
            self.tr("定级时按级别选用启用的预案，步骤复制到事件中；修改预案不影响已定级的事件。")
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _levels(self, t: IncidentTemplate) -> str:
        low, high = self.names[t.level_min - 1], self.names[t.level_max - 1]
        return low if t.level_min == t.level_max else f"{low}–{high}"

    def refresh(self) -> None:
        can = self.session.can(Permission.EDIT_DATA)
        if can:
            self.session.run(self, playbook.ensure_default_templates, "incident_template")
        self.model.set_rows(self.session.read(playbook.list_templates))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def selected(self) -> IncidentTemplate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        can = self.session.can(Permission.EDIT_DATA)
        chosen = self.selected()
        self.new_button.setEnabled(can)
        self.reset_button.setEnabled(can)
        self.edit_button.setEnabled(can and chosen is not None)
        self.active_button.setEnabled(can and chosen is not None)
        self.active_button.setText(
            self.tr("启用") if chosen is not None and not chosen.active else self.tr("停用")
        )

    def edit(self, template_id: int | None) -> None:
        if TemplateDialog(self.session, template_id, self).exec():
            self.refresh()

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.edit(chosen.id)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        template_id, active = chosen.id, not chosen.active
        self.session.run(
            self,
            lambda uow: playbook.set_template_active(uow, template_id, active),
            "incident_template",
        )
        self.refresh()

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("恢复默认预案"),
            self.tr("将 TSDesk 自带的预案恢复为出厂内容并启用；企业自建的预案不变。继续吗？"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.run(self, playbook.reset_defaults, "incident_template")
            self.refresh()
