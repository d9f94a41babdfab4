"""Importing a register from Excel or CSV (issue 3 §5): choose the file → map its columns →
preview every row's check → import with a progress bar (cancel leaves nothing) → result.

The rules are the service's (tsdesk.services.register_io): the wizard only shows what
`read_table`, `auto_mapping`, `preview` and `run_import` say. Reading, checking and importing
run in workers; nothing touches a widget from there.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tsdesk.services import register, register_io
from tsdesk.services.permissions import Permission
from tsdesk.ui.messages import error_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, MUTED_STYLE, OK_STYLE
from tsdesk.ui.workers import Task, describe, run_in_thread

FILE, MAPPING, PREVIEW, RUN = range(4)
PREVIEW_ROWS = 50  # rows shown on the preview page; every row is checked


def _label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class _Page(QWizardPage):
    """A page of the ImportWizard. Pages reach the wizard through `wizard()` and keep no
    reference to it: a Python cycle between widget wrappers may be collected on a worker
    thread, and shiboken then deletes the widgets twice."""

    def wizard(self) -> ImportWizard:
        return super().wizard()


class FilePage(_Page):
    """Choose the file (read in a worker as soon as it is chosen) or download the template."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)  # owned by the wizard (Qt), not by this Python wrapper
        self.setTitle(self.tr("选择要导入的文件"))
        self.setSubTitle(
            self.tr(
                "支持 Excel 工作簿（.xlsx）和 CSV 文件（UTF-8 或 GBK 编码）。读取第一张工作表。"
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("尚未选择文件"))
        self.browse_button = QPushButton(self.tr("浏览…"))
        self.template_button = QPushButton(self.tr("下载导入模板…"))
        self.status = _label()
        self.browse_button.clicked.connect(self.browse)
        self.template_button.clicked.connect(self.save_template)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addWidget(
            _label(
                self.tr(
                    "没有现成的表格？下载模板，照示例填写后再导入。常见列名（如 名称、密级、"
                    "责任部门、知悉范围）会被自动识别，其他列可在下一步手动对应。"
                    "任何一行有问题时整个文件都不会导入，并逐行列出问题。"
                ),
                MUTED_STYLE,
            )
        )
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._task: Task | None = None

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择文件"),
            "",
            self.tr("表格文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read `path` in a worker; Next is enabled once its rows are in."""
        self.path_edit.setText(str(path))
        self.wizard().table = None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("正在读取…"))
        self.browse_button.setEnabled(False)
        self.completeChanged.emit()
        self._task = run_in_thread(
            register_io.read_table, path, on_done=self._loaded, on_error=self._failed
        )

    def _loaded(self, table: register_io.Table) -> None:
        self.browse_button.setEnabled(True)
        self.wizard().table = table
        self.wizard().mapping = register_io.auto_mapping(table.headers)
        recognised = sum(1 for key in self.wizard().mapping.values() if key)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(
            self.tr("已读取 {rows} 行、{cols} 列，自动识别 {known} 列。").format(
                rows=len(table.rows), cols=len(table.headers), known=recognised
            )
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.browse_button.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.wizard().table is not None

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存导入模板"), self.tr("商业秘密清单导入模板.xlsx"), "Excel (*.xlsx)"
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        names = self.wizard().session.read(_grade_names)  # the company's own grade names
        try:
            register_io.write_template(Path(path), names)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc.strerror or exc))
            return
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("模板已保存到 {path}").format(path=path))


def _grade_names(session) -> list[str]:
    return [g.name for g in register.grades(session)]


class MappingPage(_Page):
    """Each column of the file against the field it fills; recognised ones preselected."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)  # owned by the wizard (Qt), not by this Python wrapper
        self.setTitle(self.tr("对应列"))
        self.setSubTitle(self.tr("为文件中的每一列选择对应的字段；不需要的列选“不导入”。"))
        self.table = _table([self.tr("文件中的列"), self.tr("示例内容"), self.tr("对应字段")])
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.problems = _label(style=ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        table, mapping = self.wizard().table, self.wizard().mapping
        self.table.setRowCount(len(table.headers))
        self.combos = {}
        for r, header in enumerate(table.headers):
            sample = next(
                (
                    register_io.cell_text(row.cells[r])
                    for row in table.rows
                    if register_io.cell_text(row.cells[r])
                ),
                "",
            )
            self.table.setItem(r, 0, QTableWidgetItem(header))
            self.table.setItem(r, 1, QTableWidgetItem(sample.replace("\n", " ⏎ ")))
            combo = QComboBox(self.table)  # parented: the table owns it (Qt), not Python
            combo.addItem(self.tr("（不导入）"), register_io.IGNORE)
            for column in register_io.COLUMNS:
                suffix = "" if column.imported else self.tr("（仅查看，不导入）")
                header_text = QCoreApplication.translate("register_io", column.header)
                combo.addItem(header_text + suffix, column.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, ""))))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(r, 2, combo)
            self.combos[header] = combo
        self._changed()

    def mapping(self) -> dict[str, str]:
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def _changed(self, *_args) -> None:
        self.wizard().mapping = self.mapping()
        problems = register_io.mapping_problems(self.wizard().mapping)
        self.problems.setText("\n".join(error_text(p) for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not register_io.mapping_problems(self.mapping())


class PreviewPage(_Page):
    """Every row checked (in a worker); the first rows, what will be created, the problems."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)  # owned by the wizard (Qt), not by this Python wrapper
        self.setTitle(self.tr("预览与检查"))
        self.setSubTitle(self.tr("已逐行检查。只有全部行都没有问题时才能导入。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.summary = _label()
        self.tabs = QTabWidget()
        self.rows_table = _table([])
        self.problems_table = _table([self.tr("行"), self.tr("列"), self.tr("问题")])
        self.created = _label()
        created_page = QWidget()
        created_layout = QVBoxLayout(created_page)
        created_layout.addWidget(self.created)
        created_layout.addStretch(1)
        self.tabs.addTab(self.problems_table, self.tr("问题"))
        self.tabs.addTab(self.rows_table, self.tr("前 {n} 行").format(n=PREVIEW_ROWS))
        self.tabs.addTab(created_page, self.tr("将新建的部门和人员"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._task: Task | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.wizard().plan = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("正在检查每一行…"))
        self.problems_table.setRowCount(0)
        self.rows_table.setRowCount(0)
        self.created.setText("")
        vault, table, mapping = (
            self.wizard().session.vault,
            self.wizard().table,
            self.wizard().mapping,
        )

        def check() -> register_io.ImportPlan:
            with vault.reader() as session:
                return register_io.preview(session, table, mapping)

        self._task = run_in_thread(check, on_done=self._checked, on_error=self._failed)
        self.completeChanged.emit()

    def _checked(self, plan: register_io.ImportPlan) -> None:
        self.wizard().plan = plan
        self._fill_rows(plan)
        self.problems_table.setRowCount(len(plan.problems))
        for r, problem in enumerate(plan.problems):
            for c, value in enumerate(
                (str(problem.row) if problem.row else "", problem.column, error_text(problem.error))
            ):
                self.problems_table.setItem(r, c, QTableWidgetItem(value))
        self.problems_table.resizeColumnsToContents()
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        lines = []
        if plan.new_departments:
            lines.append(self.tr("新建部门：") + "、".join(plan.new_departments))
        if plan.new_people:
            lines.append(
                self.tr("新建人员：")
                + "、".join(f"{name}（{dept}）" if dept else name for name, dept in plan.new_people)
            )
        self.created.setText("\n".join(lines) or self.tr("文件中的部门和人员均已存在。"))
        blocked = self.blocked_reason(plan)
        if plan.problems:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr("发现 {n} 处问题，请修改文件后重新选择。整个文件都不会导入。").format(
                    n=len(plan.problems)
                )
            )
            self.tabs.setCurrentIndex(0)
        elif blocked:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(blocked)
            self.tabs.setCurrentIndex(2)
        else:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                self.tr(
                    "{rows} 行全部可以导入（沿用编号 {kept} 项，其余自动编号）；"
                    "将新建部门 {d} 个、人员 {p} 名。导入的记录状态为“拟定”。"
                ).format(
                    rows=len(plan.rows),
                    kept=plan.numbers_kept,
                    d=len(plan.new_departments),
                    p=len(plan.new_people),
                )
            )
            self.tabs.setCurrentIndex(1)
        self.completeChanged.emit()

    def blocked_reason(self, plan: register_io.ImportPlan) -> str:
        if plan.new_departments and not self.wizard().session.can(Permission.EDIT_COMPANY):
            return self.tr(
                "文件中有系统尚无的部门，新建部门需要管理员权限：请由管理员导入，"
                "或先请管理员添加这些部门。"
            )
        return ""

    def _fill_rows(self, plan: register_io.ImportPlan) -> None:
        table = plan.table
        mapped = [(i, h) for i, h in enumerate(table.headers) if plan.mapping.get(h)]
        self.rows_table.setColumnCount(len(mapped) + 1)
        self.rows_table.setHorizontalHeaderLabels([self.tr("行")] + [h for _, h in mapped])
        shown = table.rows[:PREVIEW_ROWS]
        self.rows_table.setRowCount(len(shown))
        bad_rows = {p.row for p in plan.problems}
        for r, row in enumerate(shown):
            number = QTableWidgetItem(str(row.number))
            if row.number in bad_rows:
                number.setForeground(Qt.GlobalColor.red)
            self.rows_table.setItem(r, 0, number)
            for c, (i, _) in enumerate(mapped, start=1):
                text = register_io.cell_text(row.cells[i]).replace("\n", " ⏎ ")
                self.rows_table.setItem(r, c, QTableWidgetItem(text))
        self.rows_table.resizeColumnsToContents()

    def _failed(self, error: BaseException) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        plan = self.wizard().plan
        return plan is not None and plan.ok and not self.blocked_reason(plan)


class RunPage(_Page):
    """The import itself, in a worker: a progress bar, a cancel button, then the report."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)  # owned by the wizard (Qt), not by this Python wrapper
        self.setTitle(self.tr("导入"))
        self.setSubTitle(
            self.tr(
                "全部行在一个事务中导入：要么全部成功，要么一行也不导入。取消不会留下任何记录。"
            )
        )
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v / %m 行"))
        self.cancel_button = QPushButton(self.tr("取消导入"))
        self.cancel_button.clicked.connect(wizard.request_cancel)
        self.result = _label()
        self.result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)
        self.finished = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.finished = False
        plan = self.wizard().plan
        self.progress.setRange(0, len(plan.rows))
        self.progress.setValue(0)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("正在导入，请稍候…"))
        self.cancel_button.setEnabled(True)
        self.wizard().start_import(self)

    def progressed(self, done: int, total: int, _text: str = "") -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def done(self, report: register_io.ImportReport) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(report.text(QCoreApplication.translate))
        self.completeChanged.emit()

    def failed(self, error: BaseException) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.result.setStyleSheet(ERROR_STYLE)
        if isinstance(error, register_io.ImportRefused):
            self.result.setText(error.report.text(QCoreApplication.translate))
        else:
            self.result.setText(describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.finished


class ImportWizard(QWizard):
    """The whole import. `report` holds the result of a finished import."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: register_io.Table | None = None
        self.mapping: dict[str, str] = {}
        self.plan: register_io.ImportPlan | None = None
        self.report: register_io.ImportReport | None = None
        self._cancel = threading.Event()
        self._task: Task | None = None
        self.setWindowTitle(self.tr("导入商业秘密清单"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(860, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page_id, page in (
            (FILE, self.file_page),
            (MAPPING, self.mapping_page),
            (PREVIEW, self.preview_page),
            (RUN, self.run_page),
        ):
            self.setPage(page_id, page)

    def running(self) -> bool:
        return self._task is not None and not self._task.done

    def start_import(self, page: RunPage) -> None:
        self._cancel.clear()
        vault, actor, plan = self.session.vault, self.session.actor, self.plan
        cancelled = self._cancel.is_set

        def work(progress) -> register_io.ImportReport:
            with vault.unit_of_work(actor) as uow:
                return register_io.run_import(uow, plan, progress=progress, cancelled=cancelled)

        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self._task = run_in_thread(
            work, on_done=self._imported, on_error=page.failed, on_progress=page.progressed
        )

    def _imported(self, report: register_io.ImportReport) -> None:
        self.report = report
        for entity in ("secret", "department", "person"):
            self.session.data_changed.emit(entity)
        self.run_page.done(report)

    def request_cancel(self) -> None:
        """Ask the running import to stop; it rolls back and reports ImportCancelled."""
        if self.running():
            self._cancel.set()
            self.run_page.cancel_button.setEnabled(False)
            self.run_page.result.setText(self.tr("正在取消…"))

    def reject(self) -> None:
        # Closing while the import runs cancels it first; the window closes once it has
        # rolled back, so no worker outlives the wizard's widgets.
        if self.running():
            self.request_cancel()
            self._task.finished.connect(super().reject)
            return
        super().reject()
