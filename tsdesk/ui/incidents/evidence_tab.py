"""The case view's 证据 tab (issue 15 §2; 003 §10.2): the case's evidence with its SHA-256,
intake with a file (picked or dropped), hand-over and return of originals, checking a file or
the stored bytes against the recorded hash, the printed evidence list with a QR per item, and
the QR code scanned into the search box."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import EvidenceCategory
from tsdesk.services import attachments
from tsdesk.services.incidents import evidence, prints
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import InlineDialog, RowsModel, busy, list_actions, reselect
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE, list_view
from tsdesk.vault import UnitOfWork


def _tr(text: str) -> str:
    """A label the services mark in context "incidents"."""
    return QCoreApplication.translate("incidents", text)


def _to_datetime(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)


class FileField(QWidget):
    """A file chosen with 选择… or dropped on the field; its bytes are read only at OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("选择或拖入证据文件（可不附文件）"))
        self.choose = QPushButton(self.tr("选择…"))
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.setAcceptDrops(True)

    def _choose(self) -> None:
        pattern = " ".join(f"*{e}" for e in attachments.EXTENSIONS)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择证据文件"),
            "",
            self.tr("证据文件 ({pattern})").format(pattern=pattern),
        )
        if path:
            self.path.setText(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.path.setText(urls[0].toLocalFile())
            event.acceptProposedAction()

    def file(self) -> tuple[str, bytes | None]:
        text = self.path.text().strip()
        if not text:
            return "", None
        p = Path(text)
        attachments.check_size(p.stat().st_size)
        return p.name, p.read_bytes()


class AddEvidenceDialog(InlineDialog):
    entity_type = "evidence_item"

    def __init__(self, session: UiSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("登记证据"), parent)
        self.case_id = case_id
        self.category = QComboBox()
        for category, label in evidence.CATEGORY_LABELS.items():
            self.category.addItem(_tr(label), category)
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("从何处取得：网址、设备、当事人…"))
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems([_tr(m) for m in evidence.METHODS])
        self.method.setCurrentIndex(-1)
        self.collected_by = QLineEdit(session.actor.name)
        self.collected_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.collected_at.setCalendarPopup(True)
        self.collected_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.keeper = QLineEdit()
        self.location = QLineEdit()
        self.file = FileField()
        self.form.addRow(self.tr("证据类别"), self.category)
        self.form.addRow(self.tr("证据名称"), self.title)
        self.form.addRow(self.tr("说明"), self.description)
        self.form.addRow(self.tr("来源"), self.source)
        self.form.addRow(self.tr("取证方式"), self.method)
        self.form.addRow(self.tr("收集人"), self.collected_by)
        self.form.addRow(self.tr("收集时间"), self.collected_at)
        self.form.addRow(self.tr("原件保管人"), self.keeper)
        self.form.addRow(self.tr("原件存放位置"), self.location)
        self.form.addRow(self.tr("文件"), self.file)
        self.set_intro(self.tr("文件的 SHA-256 在收取时计算并记录，之后可随时核对文件是否被改动。"))

    def change(self, uow: UnitOfWork) -> int:
        name, data = self.file.file()
        return evidence.add_evidence(
            uow,
            self.case_id,
            evidence.EvidenceInput(
                category=EvidenceCategory(self.category.currentData()),
                title=self.title.text(),
                collected_by=self.collected_by.text(),
                collected_at=_to_datetime(self.collected_at),
                description=self.description.toPlainText(),
                source=self.source.text(),
                method=self.method.currentText(),
                keeper=self.keeper.text(),
                location=self.location.text(),
                file_name=name,
                data=data,
            ),
        )

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.title if not self.title.text().strip() else None


class CustodyDialog(InlineDialog):
    """Hand the original over (to whom, for what) or, when it is out, record its return."""

    entity_type = "evidence_item"

    def __init__(self, session: UiSession, row: evidence.EvidenceRow, parent=None) -> None:
        self.returning = bool(row.out_with)
        title = self.tr("证据归还") if self.returning else self.tr("证据移交")
        super().__init__(session, f"{title} {row.label}", parent)
        self.row = row
        self.to = QLineEdit()
        self.purpose = QLineEdit()
        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QLineEdit()
        keeper = row.keeper or row.collected_by
        if self.returning:
            self.set_intro(
                self.tr("{label} 由 {holder} 归还 {keeper}。").format(
                    label=row.label, holder=row.out_with, keeper=keeper
                )
            )
        else:
            self.set_intro(self.tr("原件现由 {keeper} 保管。").format(keeper=keeper))
            self.form.addRow(self.tr("接收人"), self.to)
            self.form.addRow(self.tr("用途"), self.purpose)
        self.form.addRow(self.tr("时间"), self.at)
        self.form.addRow(self.tr("备注"), self.note)

    def change(self, uow: UnitOfWork) -> None:
        when = _to_datetime(self.at)
        if self.returning:
            evidence.return_item(uow, self.row.id, when, self.note.text())
        else:
            evidence.hand_over(
                uow, self.row.id, self.to.text(), self.purpose.text(), when, self.note.text()
            )


class EvidenceTab(QWidget):
    """Embedded in the case view (`show_case`); `changed` after every write, so the view
    refreshes its timeline."""

    changed = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: evidence.CaseState | None = None
        self.model: RowsModel[evidence.EvidenceRow] = RowsModel(
            [
                (self.tr("编号"), lambda r: r.label),
                (self.tr("类别"), lambda r: _tr(evidence.CATEGORY_LABELS[r.category])),
                (self.tr("名称"), lambda r: r.title),
                (self.tr("SHA-256"), lambda r: r.sha256[:16] + "…" if r.sha256 else "—"),
                (self.tr("保管"), self._keeper_text),
            ],
            self,
        )
        self.table = list_view(QTableView())
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet(MUTED_STYLE)

        self.add_button = QPushButton(self.tr("登记证据…"))
        self.add_button.setShortcut(QKeySequence("Ctrl+E"))
        self.add_button.setToolTip(self.tr("登记证据（Ctrl+E）"))
        self.add_button.clicked.connect(self.add)
        self.custody_button = QPushButton(self.tr("移交／归还…"))
        self.custody_button.clicked.connect(self.custody)
        self.recheck_button = QPushButton(self.tr("复核存储"))
        self.recheck_button.setToolTip(self.tr("重新计算已存文件的 SHA-256，与收取时记录的比对"))
        self.recheck_button.clicked.connect(self.recheck)
        self.verify_button = QPushButton(self.tr("核对文件…"))
        self.verify_button.setToolTip(self.tr("选择一个文件，查找 SHA-256 与之相同的证据"))
        self.verify_button.clicked.connect(self.verify)
        self.print_button = QPushButton(self.tr("打印证据清单…"))
        self.print_button.clicked.connect(self.print_list)
        list_actions(
            self.table,
            [self.custody_button, self.recheck_button, None, self.add_button],
            open_row=self.custody_button.click,
        )
        buttons = QHBoxLayout()
        for b in (self.add_button, self.custody_button, self.recheck_button, self.verify_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.show_case(None)

    def _keeper_text(self, r: evidence.EvidenceRow) -> str:
        if r.out_with:
            return self.tr("移交中：{holder}").format(holder=r.out_with)
        return r.keeper or r.collected_by

    # --- the case ---------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        self.case = self.session.read(evidence.case_state, case_id) if case_id else None
        selected = self.selected()
        rows = self.session.read(evidence.evidence_of, case_id) if case_id else []
        self.model.set_rows(rows)
        reselect(self.table, self.model, selected.id if selected else None)
        self._selection_changed()

    def refresh(self) -> None:
        self.show_case(self.case.id if self.case else None)

    def selected(self) -> evidence.EvidenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_) -> None:
        row = self.selected()
        writable = (
            self.case is not None
            and not self.case.closed
            and self.session.can(Permission.EDIT_DATA)
        )
        self.add_button.setEnabled(writable)
        self.custody_button.setEnabled(writable and row is not None)
        self.recheck_button.setEnabled(row is not None and row.attachment_id is not None)
        self.print_button.setEnabled(self.case is not None and self.session.can(Permission.EXPORT))
        if row is None:
            self.detail.setText("")
            return
        lines = [f"{row.label} {row.title}"]
        if row.sha256:
            lines.append(
                self.tr("文件 {name}，SHA-256：{sha}").format(name=row.file_name, sha=row.sha256)
            )
        else:
            lines.append(self.tr("无文件"))
        self.detail.setText("\n".join(lines))

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # --- actions ----------------------------------------------------------------------------
    def add(self) -> None:
        if self.case is None or not self.add_button.isEnabled():
            return
        dialog = AddEvidenceDialog(self.session, self.case.id, self)
        if not dialog.exec():
            return
        self._changed()
        reselect(self.table, self.model, dialog.result_value)
        row = self.selected()
        if row is not None and row.sha256:
            QMessageBox.information(
                self,
                self.tr("证据已登记"),
                self.tr("{label} 已登记。\n文件 SHA-256：\n{sha}").format(
                    label=row.label, sha=row.sha256
                ),
            )

    def custody(self) -> None:
        row = self.selected()
        if row is None or not self.custody_button.isEnabled():
            return
        if CustodyDialog(self.session, row, self).exec():
            self._changed()

    def recheck(self) -> None:
        row = self.selected()
        if row is None:
            return
        check = self.session.read(evidence.recheck, row.id)
        if check.ok:
            QMessageBox.information(
                self,
                self.tr("复核存储"),
                self.tr("{label} 的已存文件与收取时记录的 SHA-256 一致：\n{sha}").format(
                    label=row.label, sha=check.recorded
                ),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("复核存储"),
                self.tr("{label} 的已存文件与记录不符！\n记录：{recorded}\n现为：{actual}").format(
                    label=row.label, recorded=check.recorded, actual=check.actual or "—"
                ),
            )

    def verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择要核对的文件"))
        if path:
            self.verify_path(Path(path))

    def verify_path(self, path: Path) -> None:
        data = path.read_bytes()
        rows = self.session.read(evidence.verify_file, data)
        sha = evidence.sha256_of(data)
        if rows:
            found = "\n".join(f"{r.case_number} {r.label} {r.title}" for r in rows)
            QMessageBox.information(
                self,
                self.tr("核对文件"),
                self.tr("相符：该文件是以下证据\n{found}\nSHA-256：{sha}").format(
                    found=found, sha=sha
                ),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("核对文件"),
                self.tr("不符：没有证据记录的 SHA-256 为\n{sha}").format(sha=sha),
            )

    def print_list(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        pdf = io.BytesIO()
        try:
            with busy():
                self.session.run(
                    self,
                    lambda uow: prints.print_evidence_list(uow, case_id, pdf),
                    "incident_case",
                    show=False,
                )
        except TSDeskError as err:
            show_error(self, err)
            return
        self.changed.emit()
        PdfPreviewDialog(pdf.getvalue(), self.tr("证据清单"), self).exec()

    # --- the search box -----------------------------------------------------------------------
    def handle_search(self, text: str) -> bool:
        """An evidence list's QR code (TSDE/…) checked offline against this database: a
        genuine one shows its case, item and hash. The case page asks this first."""
        if not evidence.looks_like_payload(text):
            return False
        check = self.session.read(evidence.verify_payload, text)
        row = check.row
        if check.ok and row is not None:
            QMessageBox.information(
                self,
                self.tr("证据二维码"),
                self.tr("真实：{case} {label}「{title}」\nSHA-256：{sha}").format(
                    case=row.case_number, label=row.label, title=row.title, sha=row.sha256 or "—"
                ),
            )
        else:
            QMessageBox.warning(
                self, self.tr("证据二维码"), QCoreApplication.translate("errors", check.message)
            )
        return True
