"""标识打印: confidentiality labels for carriers (003 §9.2.1), document covers, secret-area
signs and marking existing PDFs (003 §9.2.2 b), with the print log.

The page composes its panels (choosing carriers, label and printer setup, output buttons, the
print log) and does the printing. Labels are rendered off the GUI thread. A print through the
Qt dialog renders the labels with the issue numbers the print will give them, prints, then
records the print; saving a PDF records and renders in one transaction. Per-printer x/y
calibration is kept on this PC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tsdesk.documents.label_templates import COVER, TEMPLATES, LabelTemplate
from tsdesk.services import labels
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import close_dialogs
from tsdesk.ui.labels.batch import BatchPanel
from tsdesk.ui.labels.dialogs import AreaSignDialog, StampDialog
from tsdesk.ui.labels.output import OutputPanel
from tsdesk.ui.labels.print_log import PrintLogPanel
from tsdesk.ui.labels.setup import NO_CALIBRATION, LabelSetupPanel, offsets_for
from tsdesk.ui.pdf_preview import (
    PdfPreviewDialog,
    PrintError,
    load_pdf,
    prepare_printer,
    print_pdf,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, OK_STYLE
from tsdesk.ui.workers import Task, describe, run_in_thread


class LabelsPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None

        self.batch_panel = BatchPanel(session)
        self.batch_panel.changed.connect(self._update_buttons)
        self.batch_panel.said.connect(self._say)
        self.setup_panel = LabelSetupPanel(session)
        self.setup_panel.said.connect(self._say)
        self.output_panel = OutputPanel()
        out = self.output_panel
        out.preview_button.clicked.connect(self.preview)
        out.print_button.clicked.connect(self.print_labels)
        out.save_button.clicked.connect(self.save_pdf)
        out.outline_button.clicked.connect(self.outline)
        out.cover_button.clicked.connect(self.covers)
        out.area_button.clicked.connect(self.area_sign)
        out.stamp_button.clicked.connect(self.stamp)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.log_panel = PrintLogPanel(session)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.setup_panel)
        right_layout.addWidget(self.output_panel)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.log_panel, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.batch_panel)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        session.actor_changed.connect(self.refresh)
        self.setup_panel.load()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LabelsPage", "标识打印")

    def _update_buttons(self) -> None:
        can_print = self.session.can(Permission.EDIT_DATA)
        has_batch = bool(self.batch_panel.ids())
        for button in self.output_panel.needs_batch():
            button.setEnabled(can_print and has_batch and self.task is None)
        for button in self.output_panel.needs_none():
            button.setEnabled(can_print and self.task is None)
        self.setup_panel.show_permissions()
        self.batch_panel.show_count()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.setup_panel.load()
        self.batch_panel.reload(self.batch_panel.ids())
        self.log_panel.reload()
        self._update_buttons()

    def clear(self) -> None:
        close_dialogs(self)
        self.batch_panel.clear()
        self.log_panel.clear()
        self._say("")
        self._update_buttons()

    def handle_search(self, text: str) -> bool:
        """The global search box: while this page is shown, a scanned label or a carrier
        number adds that carrier to the batch; elsewhere the carriers page answers."""
        return self.isVisible() and self.batch_panel.add_scanned(text)

    # --- printing -------------------------------------------------------------------------------
    def _reprint_reason(self, ids: list[int]) -> str | None:
        """'' for a first print; the reason for a reprint; None when the user cancels."""
        with self.session.vault.reader() as s:
            again = labels.already_printed(s, ids)
        if not again:
            return ""
        reason, ok = QInputDialog.getText(
            self,
            self.tr("补打标识"),
            self.tr(
                "以下载体的标识已打印过：{numbers}\n补打的标识将标注“补 N”，旧标识应收回。请填写补打原因："
            ).format(numbers="、".join(again)),
        )
        if not ok:
            return None
        if not reason.strip():
            self._say(self.tr("补打须填写原因"), error=True)
            return None
        return reason.strip()

    def _request(self, template: LabelTemplate, printer: str, reason: str) -> labels.PrintRequest:
        return labels.PrintRequest(
            carrier_ids=self.batch_panel.ids(),
            template=template,
            start_position=self.setup_panel.start_spin.value() if template.per_page > 1 else 1,
            compact=self.setup_panel.compact_check.isChecked(),
            offset_mm=offsets_for(printer),
            reprint_reason=reason,
            printer=printer or labels.PDF_PRINTER,
        )

    def _in_background(
        self, job: Callable[[], Any], done: Callable[[Any], None], busy: str
    ) -> None:
        self._say(busy)
        self.task = run_in_thread(job, on_done=done, on_error=self._failed)
        self.task.finished.connect(self._task_finished)
        self._update_buttons()

    def _task_finished(self) -> None:
        self.task = None
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._say(describe(exc), error=True)

    def _render_pending(self, req: labels.PrintRequest) -> Callable[[], bytes]:
        vault, actor = self.session.vault, self.session.actor

        def job() -> bytes:
            with vault.unit_of_work(actor) as uow:
                return labels.preview_labels(uow, req)

        return job

    def preview(self, template: LabelTemplate | None = None) -> None:
        """Show the labels as they will print; printing from the preview is logged."""
        template = template or self.setup_panel.template()
        reason = self._reprint_reason(self.batch_panel.ids())
        if reason is None:
            return
        req = self._request(template, self.setup_panel.printer(), reason)

        def show(pdf: bytes) -> None:
            self._say("")
            dialog = PdfPreviewDialog(pdf, self.tr("标识预览 — {t}").format(t=template.title), self)

            def done(printer: str) -> None:
                # Logged once: the labels carry this print's issue numbers, so the preview
                # closes rather than print a second, unlogged set.
                self._record(req, printer)
                dialog.accept()

            dialog.printed.connect(done)
            dialog.saved.connect(lambda _path: done(labels.PDF_PRINTER))
            dialog.exec()

        self._in_background(self._render_pending(req), show, self.tr("正在生成标识…"))

    def print_labels(self) -> None:
        """Through the Qt print dialog at true size: render with the printer's calibration,
        print, then log the print."""
        reason = self._reprint_reason(self.batch_panel.ids())
        if reason is None:
            return
        req = self._request(self.setup_panel.template(), self.setup_panel.printer(), reason)

        def ask_and_print(pdf: bytes) -> None:
            self._say("")
            document = load_pdf(pdf, self)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if self.setup_panel.printer() != NO_CALIBRATION:
                printer.setPrinterName(self.setup_panel.printer())
            prepare_printer(document, printer)  # paper = the template's page
            printer.setDocName(self.tr("商业秘密标识"))
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
            chosen = printer.printerName()
            final = replace(req, printer=chosen or req.printer)
            if chosen and offsets_for(chosen) != req.offset_mm:  # its own calibration
                final = replace(final, offset_mm=offsets_for(chosen))
                ok, pdf = self.session.run(self, lambda uow: labels.preview_labels(uow, final))
                if not ok:
                    return
                document = load_pdf(pdf, self)
            try:
                used = print_pdf(document, printer)
            except PrintError:
                self._say(self.tr("无法打开打印机，请检查打印机是否可用。"), error=True)
                return
            self._record(final, used or final.printer)

        self._in_background(self._render_pending(req), ask_and_print, self.tr("正在生成标识…"))

    def _record(self, req: labels.PrintRequest, printer: str) -> None:
        ok, print_id = self.session.run(
            self,
            lambda uow: labels.record_print(
                uow, req.carrier_ids, req.template, printer, req.start_position, req.reprint_reason
            ),
            "label_print",
        )
        if ok:
            self._say(
                self.tr("已打印 {n} 枚标识，记入打印记录 #{id}").format(
                    n=len(req.carrier_ids), id=print_id
                )
            )
            self.batch_panel.reload(req.carrier_ids)
            self.log_panel.reload()

    def save_pdf(self, template: LabelTemplate | None = None) -> None:
        template = template or self.setup_panel.template()
        reason = self._reprint_reason(self.batch_panel.ids())
        if reason is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存标识 PDF"), "商业秘密标识.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        req = replace(
            self._request(template, self.setup_panel.printer(), reason), printer=labels.PDF_PRINTER
        )
        vault, actor = self.session.vault, self.session.actor

        def job() -> int:
            with vault.unit_of_work(actor) as uow:
                return labels.save_labels(uow, req, Path(path))

        def done(print_id: int) -> None:
            self.session.data_changed.emit("label_print")
            self._say(self.tr("已保存 {path}（打印记录 #{id}）").format(path=path, id=print_id))
            self.batch_panel.reload(req.carrier_ids)
            self.log_panel.reload()

        self._in_background(job, done, self.tr("正在生成标识…"))

    def covers(self) -> None:
        cover = next(t for t in TEMPLATES if t.kind == COVER)
        self.preview(cover)

    def outline(self) -> None:
        """The alignment page for the current template and printer calibration (not logged)."""
        pdf = labels.outline_pdf(
            self.setup_panel.template(), offsets_for(self.setup_panel.printer())
        )
        PdfPreviewDialog(
            pdf, self.tr("对位测试页 — {t}").format(t=self.setup_panel.template().title), self
        ).exec()

    def area_sign(self) -> None:
        dialog = AreaSignDialog(self.session, self)
        if dialog.exec() and dialog.pdf:
            PdfPreviewDialog(dialog.pdf, self.tr("涉密区域标识牌"), self).exec()

    def stamp(self) -> None:
        dialog = StampDialog(self.session, self)
        if dialog.exec():
            self._say(
                self.tr("已加注标记（{n} 页）：{path}").format(
                    n=dialog.pages, path=dialog.output.text()
                )
            )
