"""培训与检查: training sessions and who is due for one (004 第十条), leak-response drills,
and secrecy inspections with their corrective actions (003 §12, §13.1, §5.3 b).

Three tabs. 培训 lists the sessions (or, by its view, the people due for training: the
工作台 reminders open those views); the selected session shows its attendees, prints its
sign-in sheet (Ctrl+P) and keeps the signed scan. 演练 lists drills and their participants.
检查 lists inspections (or those with overdue actions); the selected one shows its plan,
findings and actions, which are added and closed (with evidence) here; the report prints.
`PersonTrainingTab` (training_widgets.py) shows one person's trainings and drills.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.services import training
from tsdesk.services.permissions import Permission
from tsdesk.services.training import (
    ActionFlag,
    ActionRow,
    AttendeeRow,
    DrillRow,
    DueRow,
    InspectionRow,
    SessionRow,
    TrainingFlag,
)
from tsdesk.ui.attachments import AttachmentsPanel
from tsdesk.ui.common import RowsModel, busy, close_dialogs, list_actions, reselect
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.people.training_dialogs import (
    ActionDialog,
    CloseActionDialog,
    DrillDialog,
    InspectionDialog,
    ResultDialog,
    ScoresDialog,
    SessionDialog,
)
from tsdesk.ui.people.training_widgets import (
    bold_label,
    day_text,
    fill_table,
    plain_table,
    training_word,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import DUE_COLOR, ENDED_COLOR, EXPIRED_COLOR, MUTED_STYLE, list_view


def _print_action(widget: QWidget, text: str, slot) -> QAction:
    """Ctrl+P while the focus is in `widget` (a tab), like the register's ledger."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence.StandardKey.Print)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


def _preview(parent: QWidget, session: UiSession, make, entity: str, title: str) -> None:
    """Make a PDF (its print recorded) and show it with print and save-as."""
    try:
        with busy():
            _, pdf = session.run(parent, make, entity, show=False)
    except TSDeskError as err:
        show_error(parent, err)
        return
    PdfPreviewDialog(pdf, title, parent).exec()


# --- 培训 ------------------------------------------------------------------------------------


class SessionsTab(QWidget):
    SESSIONS = "sessions"

    def __init__(self, session: UiSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.view_combo = QComboBox()
        self.view_combo.addItem(self.tr("培训记录"), self.SESSIONS)
        for flag, label in training.FLAG_LABELS.items():
            self.view_combo.addItem(training_word(label), flag.value)
        self.view_combo.activated.connect(self.refresh)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索主题、讲师或人员"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("新增培训…"))
        self.add_button.setToolTip(self.tr("在待培训人员列表中点击时，参训人员即为列出的人员"))
        self.add_button.clicked.connect(self.add_session)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.edit_session)
        self.scores_button = QPushButton(self.tr("登记成绩…"))
        self.scores_button.clicked.connect(self.edit_scores)
        self.print_button = QPushButton(self.tr("打印签到表…"))
        self.print_button.setToolTip(self.tr("打印所选培训的签到表（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_sheet)
        self.print_action = _print_action(self, self.tr("打印签到表…"), self.print_sheet)
        top = QHBoxLayout()
        top.addWidget(self.view_combo)
        top.addWidget(self.search_edit, 1)
        for button in (self.add_button, self.edit_button, self.scores_button, self.print_button):
            top.addWidget(button)

        self.model: RowsModel[SessionRow] = RowsModel(
            [
                (self.tr("日期"), lambda r: day_text(r.held_on)),
                (self.tr("培训主题"), lambda r: r.topic),
                (
                    self.tr("培训对象"),
                    lambda r: training_word(training.AUDIENCE_LABELS[r.audience]),
                ),
                (self.tr("讲师"), lambda r: r.trainer),
                (self.tr("人数"), lambda r: str(r.attendees)),
                (self.tr("签到扫描件"), lambda r: str(r.scans) if r.scans else self.tr("未上传")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, widths=(90, 260, 100, 80, 50))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        list_actions(
            self.table,
            [self.edit_button, self.scores_button, self.print_button],
            open_row=self.edit_session,
        )
        self.due_model: RowsModel[DueRow] = RowsModel(
            [
                (self.tr("工号"), lambda r: r.number),
                (self.tr("姓名"), lambda r: r.name),
                (self.tr("部门"), lambda r: r.department),
                (self.tr("入职日期"), lambda r: day_text(r.hire_date)),
                (
                    self.tr("最近一次培训"),
                    lambda r: day_text(r.last_trained) or self.tr("从未培训"),
                ),
            ],
            self,
        )
        self.due_table = QTableView()
        self.due_table.setModel(self.due_model)
        list_view(self.due_table, wrap=False, widths=(90, 100, 140, 100))
        list_actions(self.due_table, [])
        self.due_note = QLabel()
        self.due_note.setWordWrap(True)
        self.due_note.setStyleSheet(MUTED_STYLE)
        due_box = QWidget()
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_note)
        due_layout.addWidget(self.due_table, 1)

        # The selected session: its attendees and the signed sign-in sheet's scan.
        self.detail_title = bold_label("")
        self.scans = AttachmentsPanel(session, training.OWNER_KIND)
        self.scans.changed.connect(lambda: self.refresh(select_id=self.scans.owner_id))
        self.attendees = plain_table(
            [self.tr("工号"), self.tr("姓名"), self.tr("部门"), self.tr("成绩")]
        )
        list_actions(self.attendees, [self.scores_button])
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.attendees, 2)
        detail_layout.addWidget(QLabel(self.tr("签到表扫描件")))
        detail_layout.addWidget(self.scans, 1)
        self.detail = detail
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(due_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._show_detail()

    # --- lists --------------------------------------------------------------------------------
    def view(self) -> str:
        return self.view_combo.currentData()

    def set_view(self, value: str) -> None:
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(value)))
        self.refresh()

    def refresh(self, *_args, select_id: int | None = None) -> None:
        view = self.view()
        sessions = view == self.SESSIONS
        self.stack.setCurrentIndex(0 if sessions else 1)
        search = self.search_edit.text()
        if not sessions:
            flag = TrainingFlag(view)
            rows = self.session.read(training.due_for_training, flag, None, search)
            self.due_model.set_rows(rows)
            self.due_note.setText(
                (
                    self.tr("在职人员中，超过培训周期（见设置）未参加培训的 {n} 人：")
                    if flag == TrainingFlag.UNTRAINED
                    else self.tr("入职后超过规定天数（见设置）仍未参加培训的新员工 {n} 人：")
                ).format(n=len(rows))
            )
            self._update_buttons()
            return
        current = self.selected()
        row_id = select_id if select_id is not None else (current.id if current else None)
        rows = self.session.read(training.list_sessions, search=search)
        self.model.set_rows(rows)
        reselect(self.table, self.model, row_id)
        self._show_detail()
        self._update_buttons()

    def selected(self) -> SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        row = self.selected()
        if row is None:
            self.detail_title.setText(self.tr("（未选择培训）"))
            self.scans.show_owner(None)
            self.attendees.setRowCount(0)
            return
        self.detail_title.setText(f"{day_text(row.held_on)}　{row.topic}")
        self.scans.show_owner(row.id)
        people = self.session.read(training.attendees_of, row.id)
        fill_table(
            self.attendees,
            [
                (p.number, p.name, p.department, "" if p.score is None else str(p.score))
                for p in people
            ],
        )

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        sessions = self.view() == self.SESSIONS
        row = self.selected() if sessions else None
        self.add_button.setEnabled(can_edit)
        for button in (self.edit_button, self.scores_button):
            button.setEnabled(can_edit and row is not None)
        can_print = row is not None and self.session.can(Permission.EXPORT)
        self.print_button.setEnabled(can_print)
        self.print_action.setEnabled(can_print)

    # --- changes ------------------------------------------------------------------------------
    def add_session(self) -> None:
        if not self.add_button.isEnabled():
            return
        # From a list of people due for training: a session for exactly them.
        due = [] if self.view() == self.SESSIONS else self.due_model.rows()
        preset = [AttendeeRow(r.person_id, r.number, r.name, r.department) for r in due]
        dialog = SessionDialog(self.session, None, self, preset)
        if dialog.exec():
            self.view_combo.setCurrentIndex(0)
            self.refresh(select_id=dialog.result_value)

    def edit_session(self) -> None:
        row = self.selected()
        if row is None or not self.edit_button.isEnabled():
            return
        if SessionDialog(self.session, row.id, self).exec():
            self.refresh(select_id=row.id)

    def edit_scores(self) -> None:
        row = self.selected()
        if row is None:
            return
        if ScoresDialog(self.session, row.id, self).exec():
            self.refresh(select_id=row.id)

    def print_sheet(self) -> None:
        row = self.selected()
        if row is None or not self.print_button.isEnabled():
            return
        _preview(
            self,
            self.session,
            lambda uow: training.signin_sheet_pdf(uow, row.id),
            "training_session",
            self.tr("培训签到表"),
        )


# --- 演练 ------------------------------------------------------------------------------------


class DrillsTab(QWidget):
    def __init__(self, session: UiSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索场景或发现的问题"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("登记演练…"))
        self.add_button.clicked.connect(self.add_drill)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.edit_drill)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        self.model: RowsModel[DrillRow] = RowsModel(
            [
                (self.tr("日期"), lambda r: day_text(r.held_on)),
                (self.tr("演练场景"), lambda r: r.scenario),
                (self.tr("参加人数"), lambda r: str(r.participants)),
                (self.tr("发现的问题"), lambda r: r.findings),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, widths=(90, 240, 70))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        list_actions(self.table, [self.edit_button], open_row=self.edit_drill)
        self.detail_title = bold_label("")
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.participants = plain_table([self.tr("工号"), self.tr("姓名"), self.tr("部门")])
        list_actions(self.participants, [])
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.participants, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._show_detail()

    def refresh(self, *_args, select_id: int | None = None) -> None:
        current = self.selected()
        row_id = select_id if select_id is not None else (current.id if current else None)
        rows = self.session.read(training.list_drills, self.search_edit.text())
        self.model.set_rows(rows)
        reselect(self.table, self.model, row_id)
        self._show_detail()
        self._update_buttons()

    def selected(self) -> DrillRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        row = self.selected()
        if row is None:
            self.detail_title.setText(self.tr("（未选择演练）"))
            self.detail_text.clear()
            self.participants.setRowCount(0)
            return
        self.detail_title.setText(f"{day_text(row.held_on)}　{row.scenario}")
        self.detail_text.setText(
            self.tr("过程：\n{timeline}\n发现的问题：{findings}").format(
                timeline=row.timeline or "—", findings=row.findings or "—"
            )
        )
        people = self.session.read(training.participants_of, row.id)
        fill_table(self.participants, [(p.number, p.name, p.department) for p in people])

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and self.selected() is not None)

    def add_drill(self) -> None:
        if not self.add_button.isEnabled():
            return
        dialog = DrillDialog(self.session, None, self)
        if dialog.exec():
            self.refresh(select_id=dialog.result_value)

    def edit_drill(self) -> None:
        row = self.selected()
        if row is None or not self.edit_button.isEnabled():
            return
        if DrillDialog(self.session, row.id, self).exec():
            self.refresh(select_id=row.id)


# --- 检查 ------------------------------------------------------------------------------------


class InspectionsTab(QWidget):
    def __init__(self, session: UiSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.flag_combo = QComboBox()
        self.flag_combo.addItem(self.tr("全部检查"), None)
        for flag, label in training.ACTION_FLAG_LABELS.items():
            self.flag_combo.addItem(training_word(label), flag.value)
        self.flag_combo.activated.connect(self.refresh)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索检查名称、检查人、问题"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("新增检查…"))
        self.add_button.clicked.connect(self.add_inspection)
        self.edit_button = QPushButton(self.tr("编辑计划…"))
        self.edit_button.clicked.connect(self.edit_plan)
        self.result_button = QPushButton(self.tr("登记结果…"))
        self.result_button.clicked.connect(self.record_result)
        self.close_button = QPushButton(self.tr("关闭检查"))
        self.close_button.clicked.connect(self.close_inspection)
        self.print_button = QPushButton(self.tr("打印检查报告…"))
        self.print_button.setToolTip(self.tr("打印所选检查的报告（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_report)
        self.print_action = _print_action(self, self.tr("打印检查报告…"), self.print_report)
        top = QHBoxLayout()
        top.addWidget(self.flag_combo)
        top.addWidget(self.search_edit, 1)
        for button in (
            self.add_button,
            self.edit_button,
            self.result_button,
            self.close_button,
            self.print_button,
        ):
            top.addWidget(button)
        self.model: RowsModel[InspectionRow] = RowsModel(
            [
                (self.tr("计划日期"), lambda r: day_text(r.planned_on)),
                (self.tr("检查名称"), lambda r: r.title),
                (self.tr("检查人"), lambda r: r.inspector),
                (self.tr("状态"), lambda r: training_word(training.STATE_LABELS[r.state])),
                (self.tr("整改"), self._actions_text),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, widths=(90, 220, 70, 100))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        list_actions(
            self.table,
            [self.edit_button, self.result_button, self.close_button, self.print_button],
            open_row=self.edit_plan,
        )

        self.detail_title = bold_label("")
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_action_button = QPushButton(self.tr("新增整改措施…"))
        self.add_action_button.clicked.connect(self.add_action)
        self.close_action_button = QPushButton(self.tr("关闭整改措施…"))
        self.close_action_button.clicked.connect(self.close_action)
        actions_head = QHBoxLayout()
        actions_head.addWidget(bold_label(self.tr("整改措施")))
        actions_head.addStretch(1)
        actions_head.addWidget(self.add_action_button)
        actions_head.addWidget(self.close_action_button)
        # Each action's evidence files: the AttachmentsPanel for owner_kind
        # "inspection_action" belongs under this table, showing the selected action.
        self.actions = plain_table(
            [
                self.tr("整改措施"),
                self.tr("责任人"),
                self.tr("期限"),
                self.tr("状态"),
                self.tr("整改佐证"),
            ]
        )
        self.actions.itemSelectionChanged.connect(self._update_buttons)
        list_actions(self.actions, [self.close_action_button], open_row=self.close_action)
        self.action_rows: list[ActionRow] = []
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addLayout(actions_head)
        detail_layout.addWidget(self.actions, 1)
        # Files: the selected action's evidence, and the inspection's own (photos, the signed
        # report, checklists).
        self.evidence = AttachmentsPanel(session, training.ACTION_OWNER_KIND)
        self.evidence.changed.connect(lambda: self.refresh())
        self.files = AttachmentsPanel(session, training.INSPECTION_OWNER_KIND)
        self.file_tabs = QTabWidget()
        self.file_tabs.addTab(self.evidence, self.tr("整改佐证"))
        self.file_tabs.addTab(self.files, self.tr("检查附件"))
        detail_layout.addWidget(self.file_tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._show_detail()

    def _actions_text(self, r: InspectionRow) -> str:
        if not r.actions:
            return ""
        text = self.tr("{open}/{n} 未完成").format(open=r.actions_open, n=r.actions)
        if r.actions_overdue:
            text += " · " + self.tr("{n} 项逾期").format(n=r.actions_overdue)
        return text

    def set_flag(self, value: str | None) -> None:
        self.flag_combo.setCurrentIndex(max(0, self.flag_combo.findData(value)))
        self.refresh()

    def refresh(self, *_args, select_id: int | None = None) -> None:
        current = self.selected()
        row_id = select_id if select_id is not None else (current.id if current else None)
        flag = self.flag_combo.currentData()
        rows = self.session.read(
            training.list_inspections,
            search=self.search_edit.text(),
            flag=ActionFlag(flag) if flag else None,
        )
        self.model.set_rows(rows)
        reselect(self.table, self.model, row_id)
        self._show_detail()
        self._update_buttons()

    def selected(self) -> InspectionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_action(self) -> ActionRow | None:
        row = self.actions.currentRow()
        return self.action_rows[row] if 0 <= row < len(self.action_rows) else None

    def _selected(self) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        row = self.selected()
        if row is None:
            self.detail_title.setText(self.tr("（未选择检查）"))
            self.detail_text.clear()
            self.actions.setRowCount(0)
            self.action_rows = []
            self.files.show_owner(None)
            self.evidence.show_owner(None)
            return
        self.files.show_owner(row.id)
        plan = self.session.read(training.get_inspection, row.id)
        self.detail_title.setText(row.title)
        lines = [
            self.tr("范围：区域 {areas}；载体 {carriers}；人员 {people}").format(
                areas=plan.scope_areas or "—",
                carriers=plan.scope_carriers or "—",
                people=plan.scope_people or "—",
            ),
            self.tr("检查依据：{rules}").format(rules=plan.rules or "—"),
            self.tr("发现的问题：{findings}").format(findings=plan.findings or "—"),
            self.tr("结论：{conclusion}").format(conclusion=plan.conclusion or "—"),
        ]
        if plan.stocktake_id:
            lines.append(self.tr("已关联第 {n} 次盘点").format(n=plan.stocktake_id))
        self.detail_text.setText("\n".join(lines))
        self.action_rows = self.session.read(training.actions_of, row.id)
        values, colours = [], []
        for a in self.action_rows:
            if a.closed_on:
                state, colour = (
                    self.tr("已关闭 {day}").format(day=day_text(a.closed_on)),
                    ENDED_COLOR,
                )
            elif a.overdue():
                state, colour = self.tr("逾期"), EXPIRED_COLOR
            else:
                state, colour = self.tr("整改中"), DUE_COLOR
            evidence = a.evidence + (
                ("；" if a.evidence else "") + self.tr("附件 {n} 份").format(n=a.files)
                if a.files
                else ""
            )
            values.append((a.description, a.owner, day_text(a.due_on), state, evidence))
            colours.append(colour)
        fill_table(self.actions, values, colours)

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        row = self.selected()
        open_ = row is not None and row.closed_on is None
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and open_)
        self.result_button.setEnabled(can_edit and open_)
        self.close_button.setEnabled(
            can_edit and open_ and row.done_on is not None and not row.actions_open
        )
        can_print = row is not None and self.session.can(Permission.EXPORT)
        self.print_button.setEnabled(can_print)
        self.print_action.setEnabled(can_print)
        self.add_action_button.setEnabled(can_edit and open_)
        action = self.selected_action()
        if self.evidence.owner_id != (action.id if action else None):
            self.evidence.show_owner(action.id if action else None)
        self.close_action_button.setEnabled(
            can_edit and open_ and action is not None and action.closed_on is None
        )

    def add_inspection(self) -> None:
        if not self.add_button.isEnabled():
            return
        dialog = InspectionDialog(self.session, None, self)
        if dialog.exec():
            self.flag_combo.setCurrentIndex(0)
            self.refresh(select_id=dialog.result_value)

    def edit_plan(self) -> None:
        row = self.selected()
        if row is None or not self.edit_button.isEnabled():
            return
        if InspectionDialog(self.session, row.id, self).exec():
            self.refresh(select_id=row.id)

    def record_result(self) -> None:
        row = self.selected()
        if row is None or not self.result_button.isEnabled():
            return
        if ResultDialog(self.session, row.id, self).exec():
            self.refresh(select_id=row.id)

    def add_action(self) -> None:
        row = self.selected()
        if row is None or not self.add_action_button.isEnabled():
            return
        if ActionDialog(self.session, row.id, self).exec():
            self.refresh(select_id=row.id)

    def close_action(self) -> None:
        row, action = self.selected(), self.selected_action()
        if row is None or action is None or not self.close_action_button.isEnabled():
            return
        if CloseActionDialog(self.session, action.id, self).exec():
            self.refresh(select_id=row.id)

    def close_inspection(self) -> None:
        row = self.selected()
        if row is None or not self.close_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("关闭检查"),
            self.tr("关闭“{title}”？关闭后不能再修改计划、结果或整改措施。").format(
                title=row.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = self.session.run(
            self, lambda uow: training.close_inspection(uow, row.id), "inspection"
        )
        if ok:
            self.refresh(select_id=row.id)

    def print_report(self) -> None:
        row = self.selected()
        if row is None or not self.print_button.isEnabled():
            return
        _preview(
            self,
            self.session,
            lambda uow: training.inspection_report_pdf(uow, row.id),
            "inspection",
            self.tr("保密检查报告"),
        )


# --- the page --------------------------------------------------------------------------------


class TrainingPage(QWidget):
    PAGE_KEYS = ("training",)  # what a 工作台 reminder may open here

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sessions_tab = SessionsTab(session)
        self.drills_tab = DrillsTab(session)
        self.inspections_tab = InspectionsTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions_tab, self.tr("培训"))
        self.tabs.addTab(self.drills_tab, self.tr("演练"))
        self.tabs.addTab(self.inspections_tab, self.tr("检查"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.actor_changed.connect(self._actor_changed)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TrainingPage", "培训与检查")

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def clear(self) -> None:
        close_dialogs(self)
        for tab in (self.sessions_tab, self.drills_tab, self.inspections_tab):
            tab.search_edit.blockSignals(True)
            tab.search_edit.clear()
            tab.search_edit.blockSignals(False)
        self.sessions_tab.model.set_rows([])
        self.sessions_tab.due_model.set_rows([])
        self.drills_tab.model.set_rows([])
        self.inspections_tab.model.set_rows([])

    def new_record(self) -> None:
        """Ctrl+N: a new record of the tab on screen."""
        tab = self.tabs.currentWidget()
        if tab is self.sessions_tab:
            self.sessions_tab.add_session()
        elif tab is self.drills_tab:
            self.drills_tab.add_drill()
        else:
            self.inspections_tab.add_inspection()

    def show_filtered(self, _page_key: str, filters: dict[str, Any]) -> None:
        """What a 工作台 reminder asks for: {"tab": "training", "flag": a TrainingFlag} lists
        the people due for training; {"tab": "inspections", "flag": an ActionFlag} the
        inspections with such actions."""
        if filters.get("tab") == "inspections":
            self.tabs.blockSignals(True)
            self.tabs.setCurrentWidget(self.inspections_tab)
            self.tabs.blockSignals(False)
            self.inspections_tab.search_edit.clear()
            self.inspections_tab.set_flag(filters.get("flag"))
            return
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.sessions_tab)
        self.tabs.blockSignals(False)
        self.sessions_tab.search_edit.blockSignals(True)
        self.sessions_tab.search_edit.clear()
        self.sessions_tab.search_edit.blockSignals(False)
        self.sessions_tab.set_view(filters.get("flag") or SessionsTab.SESSIONS)

    def _actor_changed(self) -> None:
        if self.isVisible():
            self.refresh()


# --- on the person page ----------------------------------------------------------------------
