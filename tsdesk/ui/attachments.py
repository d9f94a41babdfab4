"""The attachments of one record (issue 13 §1): signed scans, sign-in sheets, photos, evidence.

A kit panel any page embeds beside a record: `AttachmentsPanel(session, owner_kind)` and
`show_owner(id)` when the selected record changes. Files are added with 添加… or dropped onto
the panel; the size is checked from the file system before a byte is read (a 500 MB file is
refused unread), and everything dropped at once is stored in one transaction or not at all.
Preview shows images and PDFs from memory (QImageReader / QtPdf over a QBuffer): no plaintext
temporary file. Saving a copy warns that it leaves the encrypted vault and is an audited
export. Storing a 20 MB scan takes about 0.1 s (benchmarks/bench_attachments.py), so the work
runs behind a wait cursor rather than in a worker thread.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError
from tsdesk.services import attachments
from tsdesk.services.attachments import AttachmentRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import RowsModel, busy, fit_to_screen, list_actions
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ENDED_COLOR, MUTED_STYLE, Index, list_view

# Decoded, a 600 dpi A4 scan is ~5000 × 7000 px (140 MB); shown at most this big on a side.
MAX_IMAGE_SIDE = 4000
PATTERNS = " ".join(f"*{e}" for e in attachments.EXTENSIONS)
SHA_SHOWN = 12  # hex digits of the SHA-256 in the list; the whole hash is in the tooltip

TYPE_LABELS = {
    "application/pdf": QT_TRANSLATE_NOOP("AttachmentsPanel", "PDF"),
    "image/png": QT_TRANSLATE_NOOP("AttachmentsPanel", "图片"),
    "image/jpeg": QT_TRANSLATE_NOOP("AttachmentsPanel", "图片"),
    "image/tiff": QT_TRANSLATE_NOOP("AttachmentsPanel", "图片"),
    "image/gif": QT_TRANSLATE_NOOP("AttachmentsPanel", "图片"),
    "image/bmp": QT_TRANSLATE_NOOP("AttachmentsPanel", "图片"),
    "application/vnd.openxmlformats-officedocument": QT_TRANSLATE_NOOP(
        "AttachmentsPanel", "Office 文档"
    ),
    "application/x-ole-storage": QT_TRANSLATE_NOOP("AttachmentsPanel", "Office 文档"),
    "text/plain": QT_TRANSLATE_NOOP("AttachmentsPanel", "文本"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsPanel", text)


def local_time(moment: datetime) -> str:
    """Stored naive in UTC (models.base.utcnow); shown in the computer's time zone."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class _AttachmentsModel(RowsModel[AttachmentRow]):
    """Superseded files stay listed (never deleted), greyed and marked."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and row.superseded_by_id is not None:
            return ENDED_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\nSHA-256 {row.sha256}" + (f"\n{row.note}" if row.note else "")
        return super().data(index, role)


class AttachmentsPanel(QWidget):
    """The attachments of the record `show_owner` names, of kind `owner_kind`."""

    changed = Signal()  # a file was added or superseded (the list is already refreshed)

    def __init__(self, session: UiSession, owner_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.owner_kind = owner_kind
        self.owner_id: int | None = None
        self.preview_dialog: QDialog | None = None  # the open preview; None once closed
        self.setAcceptDrops(True)

        self.model = _AttachmentsModel(
            [
                (self.tr("文件名"), lambda r: r.name),
                (self.tr("类型"), lambda r: _tr(TYPE_LABELS.get(r.media_type, r.media_type))),
                (self.tr("大小"), lambda r: size_text(r.size)),
                (self.tr("添加人"), lambda r: r.added_by),
                (self.tr("添加时间"), lambda r: local_time(r.added_at)),
                (self.tr("SHA-256"), lambda r: r.sha256[:SHA_SHOWN]),
                (self.tr("状态"), lambda r: self.tr("已替换") if r.superseded_by_id else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)  # before list_view: the stretched column must exist
        list_view(
            self.table,
            compact=True,
            wrap=False,
            resize=QHeaderView.ResizeMode.ResizeToContents,  # a record has a few files
            stretch=0,
            stretch_last=False,
        )
        self.table.setMinimumHeight(90)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("添加…"))
        self.preview_button = QPushButton(self.tr("预览"))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.replace_button = QPushButton(self.tr("替换…"))
        self.add_button.clicked.connect(self.choose_files)
        self.preview_button.clicked.connect(self.preview_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.replace_button.clicked.connect(self.replace_selected)
        self.hint = QLabel(self.tr("可将文件拖放到此处添加"))
        self.hint.setStyleSheet(MUTED_STYLE)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A side pane may be narrow: the hint gives way (clipped), the buttons do not.
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        list_actions(
            self.table,
            [self.preview_button, self.save_button, self.replace_button],
            self.preview_selected,
        )

        buttons = QHBoxLayout()
        for button in (self.add_button, self.preview_button, self.save_button, self.replace_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        session.actor_changed.connect(self._update_buttons)
        self.show_owner(None)

    # --- what is shown ------------------------------------------------------------------------
    def show_owner(self, owner_id: int | None) -> None:
        """List the attachments of record `owner_id`; None: an empty, disabled panel."""
        self.owner_id = owner_id
        self.refresh()

    def refresh(self) -> None:
        rows = (
            []
            if self.owner_id is None
            else self.session.read(attachments.attachments_of, self.owner_kind, self.owner_id)
        )
        self.model.set_rows(rows)
        self.setEnabled(self.owner_id is not None)
        self._update_buttons()

    def selected(self) -> AttachmentRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_at(index.row())

    def select(self, attachment_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == attachment_id:
                self.table.selectRow(row)
                return

    def can_add(self) -> bool:
        return (
            self.owner_id is not None
            and self.session.can(Permission.EDIT_DATA)
            and not self.session.vault.read_only
        )

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        self.add_button.setEnabled(self.can_add())
        self.hint.setVisible(self.can_add())
        self.preview_button.setEnabled(row is not None)
        self.save_button.setEnabled(row is not None and not self.session.vault.read_only)
        self.replace_button.setEnabled(
            row is not None and row.superseded_by_id is None and self.can_add()
        )

    # --- adding --------------------------------------------------------------------------------
    def choose_files(self) -> bool:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("添加附件"),
            "",
            self.tr("附件 ({patterns});;所有文件 (*)").format(patterns=PATTERNS),
        )
        return self.add_files(paths) if paths else False

    def add_files(self, paths: Iterable[str | Path]) -> bool:
        """Store the files at `paths` as attachments of the shown record, all in one
        transaction: one bad file and none is stored (its problem is shown)."""
        if not self.can_add():
            return False
        files = self._read_files(paths)
        if not files:
            return False
        owner_kind, owner_id = self.owner_kind, self.owner_id
        assert owner_id is not None

        def store(uow) -> list[int]:
            return [attachments.add(uow, owner_kind, owner_id, name, data) for name, data in files]

        with busy():
            ok, ids = self.session.run(self, store, "attachment")
        if ok and ids:
            self.refresh()
            self.select(ids[-1])
            self.changed.emit()
        return ok

    def _read_files(self, paths: Iterable[str | Path]) -> list[tuple[str, bytes]]:
        """(name, bytes) of each file, or [] once a problem was shown. Name and size are
        checked before the file is read."""
        found: list[tuple[str, bytes]] = []
        for path in (Path(p) for p in paths):
            try:
                attachments.check_name(path.name)
                info = os.stat(path)
                if not stat.S_ISREG(info.st_mode):
                    self._cannot_read(path, self.tr("不是文件"))
                    return []
                attachments.check_size(info.st_size)
                with busy(), path.open("rb") as file:
                    data = file.read(attachments.MAX_BYTES + 1)  # it may have grown since
                attachments.check_size(len(data))
                attachments.media_type_of(path.name, data)
            except TSDeskError as err:
                show_error(self, err)
                return []
            except OSError as exc:
                self._cannot_read(path, exc.strerror or str(exc))
                return []
            found.append((path.name, data))
        return found

    def _cannot_read(self, path: Path, reason: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("无法添加"),
            self.tr("无法读取“{name}”：{reason}").format(name=path.name, reason=reason),
        )

    # drag and drop: local files onto the panel
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_paths(event) and self.can_add():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._dropped_paths(event) and self.can_add():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_paths(event)
        if not paths or not self.can_add():
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    @staticmethod
    def _dropped_paths(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        if not all(url.isLocalFile() for url in urls):
            return []
        return [url.toLocalFile() for url in urls]

    # --- replacing -----------------------------------------------------------------------------
    def replace_selected(self) -> bool:
        """A newer file for the selected attachment; the old one stays, marked 已替换."""
        row = self.selected()
        if row is None or row.superseded_by_id is not None or not self.can_add():
            return False
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("替换附件“{name}”").format(name=row.name), "", ""
        )
        if not path:
            return False
        files = self._read_files([path])
        if not files:
            return False
        [(name, data)] = files
        with busy():
            ok, new_id = self.session.run(
                self, lambda uow: attachments.supersede(uow, row.id, name, data), "attachment"
            )
        if ok and new_id is not None:
            self.refresh()
            self.select(new_id)
            self.changed.emit()
        return ok

    # --- preview -------------------------------------------------------------------------------
    def preview_selected(self) -> QDialog | None:
        row = self.selected()
        if row is None:
            return None
        try:
            with busy():
                row, data = self.session.read(attachments.view, row.id)
                self.session.vault.record_read(self.session.actor, *attachments.read_event(row))
        except TSDeskError as err:
            show_error(self, err)
            return None
        self.session.data_changed.emit("audit")
        dialog: QDialog
        if row.media_type == "application/pdf":
            pdf = PdfPreviewDialog(data, row.name, self)
            # Printing or saving from here must be on record: only the panel's save, audited.
            pdf.print_button.hide()
            pdf.save_button.clicked.disconnect()
            pdf.save_button.clicked.connect(lambda: self.save_attachment(row, pdf))
            pdf.save_button.setEnabled(not self.session.vault.read_only)
            dialog = pdf
        elif row.media_type.startswith("image/") or row.media_type == "text/plain":
            preview = AttachmentPreviewDialog(row, data, self)
            preview.save_button.clicked.connect(lambda: self.save_attachment(row, preview))
            preview.save_button.setEnabled(not self.session.vault.read_only)
            dialog = preview
        else:
            QMessageBox.information(
                self,
                self.tr("预览"),
                self.tr("“{name}”无法在程序内预览。可另存为后用其他程序打开。").format(
                    name=row.name
                ),
            )
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Closed (by the user or the idle lock), the plaintext is let go at once.
        dialog.finished.connect(self._preview_closed)
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    def _preview_closed(self) -> None:
        self.preview_dialog = None

    # --- save as -------------------------------------------------------------------------------
    def save_selected(self) -> Path | None:
        row = self.selected()
        return self.save_attachment(row, self) if row is not None else None

    def save_attachment(self, row: AttachmentRow, parent: QWidget) -> Path | None:
        """A plaintext copy where the user chooses, after the export warning; audited."""
        answer = QMessageBox.warning(
            parent,
            self.tr("另存为"),
            self.tr(
                "另存的文件不再受数据库加密保护，任何能打开该文件的人都能看到其内容。"
                "本次另存将记入审计日志。\n\n请妥善保管，用后及时删除。确定要另存吗？"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return None
        suffix = Path(row.name).suffix
        chosen, _ = QFileDialog.getSaveFileName(
            parent, self.tr("另存为"), row.name, f"*{suffix}" if suffix else ""
        )
        if not chosen:
            return None
        target = Path(chosen)
        if suffix and target.suffix.lower() != suffix.lower():
            target = target.with_name(target.name + suffix)
        try:
            with busy():
                ok, _ = self.session.run(
                    parent, lambda uow: attachments.save_as(uow, row.id, target), "audit"
                )
        except OSError as exc:
            QMessageBox.warning(
                parent,
                self.tr("无法保存"),
                self.tr("无法写入文件：{reason}").format(reason=exc.strerror or exc),
            )
            return None
        return target if ok else None


class AttachmentPreviewDialog(QDialog):
    """An image (decoded from memory, shrunk when huge) or a text file, read-only."""

    def __init__(self, row: AttachmentRow, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(row.name)
        fit_to_screen(self, 900, 700)
        self.image = QImage()
        self.text: QPlainTextEdit | None = None
        self.fit_button = QPushButton(self.tr("适合窗口"))
        self.actual_button = QPushButton(self.tr("原始大小"))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.close_button.clicked.connect(self.accept)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.clicked.connect(lambda: self._show_image(fit=True))
        self.actual_button.clicked.connect(lambda: self._show_image(fit=False))

        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel()
        self.note.setStyleSheet(MUTED_STYLE)
        bar = QHBoxLayout()
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        bar.addWidget(self.note, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if row.media_type.startswith("image/"):
            self.image, full = decode_image(data)
            if self.image.isNull():
                self.picture.setText(self.tr("无法显示此图片"))
            elif full != self.image.size():
                self.note.setText(
                    self.tr("原图 {width} × {height} 像素，已缩小显示").format(
                        width=full.width(), height=full.height()
                    )
                )
            self.scroll.setWidget(self.picture)
            layout.addWidget(self.scroll, 1)
        else:
            self.fit_button.hide()
            self.actual_button.hide()
            self.text = QPlainTextEdit(decode_text(data))
            self.text.setReadOnly(True)
            layout.addWidget(self.text, 1)
        self.close_button.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._show_image(fit=self.fit_button.isChecked())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.fit_button.isChecked():
            self._show_image(fit=True)

    def _show_image(self, fit: bool) -> None:
        if self.image.isNull():
            return
        self.fit_button.setChecked(fit)
        self.scroll.setWidgetResizable(fit)
        pixmap = QPixmap.fromImage(self.image)
        if fit:
            room = self.scroll.viewport().size() - QSize(4, 4)
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        self.picture.setPixmap(pixmap)
        if not fit:
            self.picture.adjustSize()


def decode_image(data: bytes) -> tuple[QImage, QSize]:
    """The image in `data`, decoded in memory and shrunk to MAX_IMAGE_SIDE when larger (the
    JPEG decoder scales while decoding); with the full size."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo's EXIF orientation
    full = reader.size()
    if full.isValid() and max(full.width(), full.height()) > MAX_IMAGE_SIDE:
        reader.setScaledSize(
            full.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    return image, full if full.isValid() else image.size()


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")
