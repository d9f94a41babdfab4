"""Previewing and printing the PDFs TSDesk makes (QtPdf).

A ledger or a detail sheet is secret: the dialog holds the PDF as bytes in memory (a QBuffer)
so no plaintext copy lands on disk unless the user saves one — and then is told that the
file leaves the encrypted vault. `print_pdf` renders each page at the printer's resolution
and draws it at true size (no scaling), so labels and forms come out as designed; the
labels module prints through it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk.ui.common import fit_to_screen
from tsdesk.vault.atomic import write_atomic

MAX_RENDER_DPI = 600  # an A4 page at 600 dpi is 140 MB as an image; finer adds nothing visible
ZOOM_STEP = 1.25


class PrintError(RuntimeError):
    """The printer could not be opened (QPainter.begin failed)."""


def prepare_printer(document: QPdfDocument, printer: QPrinter) -> None:
    """Paper size and orientation of the document's first page; coordinates from the paper's
    corner (full page), so a page drawn at its own size lands at true size."""
    if document.pageCount() == 0:
        return
    size = document.pagePointSize(0)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    # Fuzzy: 595 × 842 points is A4, so the print dialog shows a paper the printer knows.
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(page_size, orientation, printer.pageLayout().margins()))
    printer.setFullPage(True)


def _on_white(image: QImage) -> QImage:
    """QtPdf renders onto transparency; paper (and a PDF printer) wants white."""
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def _target_rect(points: QSizeF, dpi: int) -> QRectF:
    """A page of `points` at true size on a device of `dpi`, from the paper's corner."""
    return QRectF(QPointF(0, 0), QSizeF(points.width() / 72 * dpi, points.height() / 72 * dpi))


def load_pdf(pdf: bytes | str | Path, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over PDF bytes (kept in memory: a QBuffer owned by the document) or a
    file."""
    document = QPdfDocument(parent)
    if isinstance(pdf, bytes | bytearray):
        buffer = QBuffer(document)  # must live as long as the document reads from it
        buffer.setData(QByteArray(bytes(pdf)))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
    else:
        document.load(str(pdf))
    return document


def print_pdf(document: QPdfDocument | bytes | str | Path, printer: QPrinter) -> str:
    """Print every page of `document` (a QPdfDocument, PDF bytes or a file) on `printer` at
    true size; returns the printer's name (the output file for a PDF printer). Raises
    PrintError when the printer cannot be opened."""
    if not isinstance(document, QPdfDocument):
        document = load_pdf(document)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.printerName() or printer.outputFileName())
    try:
        device_dpi = printer.resolution()
        dpi = min(device_dpi, MAX_RENDER_DPI)
        for index in range(document.pageCount()):
            if index and not printer.newPage():
                raise PrintError(printer.printerName() or printer.outputFileName())
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            if image.isNull():
                continue
            painter.drawImage(_target_rect(points, device_dpi), _on_white(image))
    finally:
        painter.end()
    return printer.printerName() or printer.outputFileName()


class PdfPreviewDialog(QDialog):
    """Shows a PDF (bytes or a path) with page navigation and zoom; prints and saves it."""

    printed = Signal(str)  # the printer's name
    saved = Signal(str)  # where a copy was saved

    def __init__(self, pdf: bytes | str | Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 900, 760)
        self._title = title
        self._data = bytes(pdf) if isinstance(pdf, bytes | bytearray) else None
        self._path = None if self._data is not None else Path(pdf)
        self.document = load_pdf(self._data if self._data is not None else self._path, self)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._update_page)

        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_label = QLabel()
        self.zoom_out_button = QPushButton(self.tr("缩小"))
        self.zoom_in_button = QPushButton(self.tr("放大"))
        self.fit_width_button = QPushButton(self.tr("适合宽度"))
        self.fit_page_button = QPushButton(self.tr("整页"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.print_button.setDefault(True)
        self.previous_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)

        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.accept)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_page()

    # --- navigation and zoom -------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_page()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(current * factor, 8.0)))

    def _update_page(self, *_args) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_label.setText(
            self.tr("第 {page} / {count} 页").format(page=page + 1, count=count)
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # --- print and save ------------------------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.document, printer)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            name = print_pdf(self.document, printer)
        except PrintError:
            QMessageBox.warning(
                self, self.tr("无法打印"), self.tr("无法打开打印机，请检查打印机是否可用。")
            )
            return
        self.printed.emit(name)

    def pdf_bytes(self) -> bytes:
        return self._data if self._data is not None else self._path.read_bytes()

    def save_copy(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("另存为"),
            self.tr(
                "保存的 PDF 文件不再受数据库加密保护，任何能打开该文件的人都能看到其内容。"
                "请妥善保管，用后及时删除。\n\n确定要保存吗？"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), f"{self._title}.pdf", self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_atomic(Path(path), self.pdf_bytes())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("无法保存"),
                self.tr("无法写入文件：{reason}").format(reason=exc.strerror or exc),
            )
            return
        self.saved.emit(path)
