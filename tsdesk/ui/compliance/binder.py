"""The 证据汇编 tab: the evidence binder for the inspection visit (004 第十一条（四）) made on
a worker, its progress shown, 取消 stopping it with nothing recorded; the finished PDF is
previewed (kept in memory until the user saves or prints it)."""

from __future__ import annotations

import threading
from datetime import date

import shiboken6
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.services.compliance import applications, binder
from tsdesk.services.permissions import Permission
from tsdesk.services.register_print import PrintCancelled
from tsdesk.ui.common import list_actions
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import Task, describe, run_in_thread


class BinderTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self._stop = threading.Event()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setPrefix(self.tr("申报年度 "))
        self.year.valueChanged.connect(lambda _v: self._show_plan())
        self.with_agreements = QCheckBox(self.tr("附上每份协议的文本（默认只附汇总表）"))
        self.with_agreements.toggled.connect(lambda _on: self._show_plan())
        self.make_button = QPushButton(self.tr("生成资料汇编…"))
        self.make_button.clicked.connect(self.make)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.sections = QTableWidget(0, 2)
        self.sections.setHorizontalHeaderLabels([self.tr("部分"), self.tr("份数")])
        self.sections.verticalHeader().hide()
        self.sections.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sections.horizontalHeader().setStretchLastSection(True)
        self.sections.setColumnWidth(0, 320)
        list_actions(self.sections, [self.make_button])

        intro = QLabel(
            self.tr(
                "实地考察时提交的资料汇编：申报表、自评报告、制度目录、台账、协议汇总、"
                "培训记录及签到表、检查报告、销毁清册、涉密区域登记表、演练记录，"
                "附目录和各部分的哈希索引。生成时每一份打印都记入审计。"
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.with_agreements)
        top.addStretch(1)
        top.addWidget(self.make_button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("将包含的部分")))
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self._year_set = False

    def refresh(self) -> None:
        if not self._year_set:
            self._year_set = True
            self.year.blockSignals(True)
            self.year.setValue(self.session.read(applications.planned_year))
            self.year.blockSignals(False)
        self.make_button.setEnabled(self.task is None and self.session.can(Permission.EXPORT))
        self._show_plan()

    def clear(self) -> None:
        self.cancel()
        self.sections.setRowCount(0)
        self.status.clear()

    def _show_plan(self) -> None:
        plan = self.session.read(
            binder.plan, self.year.value(), with_agreements=self.with_agreements.isChecked()
        )
        self.sections.setRowCount(len(plan))
        for row, section in enumerate(plan):
            count = len(section.pieces)
            self.sections.setItem(row, 0, QTableWidgetItem(section.title))
            self.sections.setItem(
                row, 1, QTableWidgetItem(str(count) if count else self.tr("无记录，略去"))
            )

    def make(self) -> None:
        if self.task is not None:
            return
        year, with_agreements = self.year.value(), self.with_agreements.isChecked()
        vault, actor = self.session.vault, self.session.actor
        self._stop = threading.Event()

        def job(progress, cancelled):
            with vault.unit_of_work(actor) as uow:  # in the worker: every print audited
                return binder.binder_pdf(
                    uow,
                    year,
                    with_agreements=with_agreements,
                    progress=progress,
                    cancelled=cancelled,
                )

        self.make_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("正在生成…"))
        self.task = run_in_thread(
            job,
            cancelled=self._stop.is_set,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self._stop.set()
            self.status.setText(self.tr("正在取消…"))

    def _alive(self) -> bool:
        """A report may arrive after the window (and this tab) was closed."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.progress)

    def _progressed(self, done: int, total: int, text: str) -> None:
        if not self._alive():
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text:
            self.status.setText(text)

    def _finish(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.make_button.setEnabled(self.session.can(Permission.EXPORT))

    def _done(self, pdf: bytes) -> None:
        if not self._alive():
            return
        self._finish()
        self.status.setText(self.tr("已生成资料汇编"))
        self.session.data_changed.emit("audit")  # the prints were recorded
        self.preview = PdfPreviewDialog(pdf, self.tr("实地考察资料汇编"), self)
        self.preview.exec()

    def _failed(self, error: BaseException) -> None:
        if not self._alive():
            return
        self._finish()
        if isinstance(error, PrintCancelled):
            self.status.setText(self.tr("已取消，未生成任何文件，也未记录打印"))
            return
        if isinstance(error, TSDeskError):
            show_error(self, error)
        self.status.setText(describe(error))
