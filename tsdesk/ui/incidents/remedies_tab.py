"""The case view's 维权与文书 tab (issue 15 §3; 003 §11, 000 §7.5): the remedy routes taken
with their authority, reference, dates and outcome; the complaint pack's checklist for a
route (what TSDesk produces is ticked already, the user ticks the rest); and the case's
papers — the case report, the measures bundle (assembled on a worker with a progress bar)
and the pack — each shown in the PDF preview."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import RemedyRoute
from tsdesk.services.agreements import parse_yuan, yuan
from tsdesk.services.incidents import evidence, prints, remedies
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import InlineDialog, RowsModel, busy, list_actions, reselect
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE, list_view
from tsdesk.vault import UnitOfWork


def _tr(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


class _OptionalDate(QWidget):
    """A date that may be left empty (not filed yet, not decided yet)."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = QCheckBox()
        self.edit = QDateEdit(QDate.currentDate() if value is None else QDate(value))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.on.toggled.connect(self.edit.setEnabled)
        self.on.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.on.isChecked() else None


class RemedyDialog(InlineDialog):
    entity_type = "incident_remedy"

    def __init__(
        self,
        session: UiSession,
        case_id: int,
        row: remedies.RemedyRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session, self.tr("维权途径") if row is None else self.tr("维权进展"), parent
        )
        self.case_id, self.row = case_id, row
        self.route = QComboBox()
        for route, label in remedies.ROUTE_LABELS.items():
            self.route.addItem(_tr(label), route)
        self.authority = QLineEdit()
        self.reference = QLineEdit()
        self.filed = _OptionalDate(row.filed_on if row else None)
        self.decided = _OptionalDate(row.decided_on if row else None)
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(60)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("刑事报案：记录的损失或获利金额（元）"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("途径"), self.route)
        self.form.addRow(self.tr("受理机关"), self.authority)
        self.form.addRow(self.tr("受理号／案号"), self.reference)
        self.form.addRow(self.tr("提交日期"), self.filed)
        self.form.addRow(self.tr("结果日期"), self.decided)
        self.form.addRow(self.tr("进展／结果"), self.outcome)
        self.form.addRow(self.tr("金额（元）"), self.amount)
        self.form.addRow(self.tr("备注"), self.note)
        if row is not None:
            self.route.setCurrentIndex(self.route.findData(row.route))
            self.authority.setText(row.authority)
            self.reference.setText(row.reference)
            self.outcome.setPlainText(row.outcome)
            self.amount.setText(yuan(row.loss_fen) if row.loss_fen is not None else "")
            self.note.setText(row.note)
        else:
            self.route.currentIndexChanged.connect(self._default_authority)
            self._default_authority()

    def _default_authority(self) -> None:
        route = RemedyRoute(self.route.currentData())
        self.authority.setText(remedies.DEFAULT_AUTHORITY.get(route, ""))

    def change(self, uow: UnitOfWork) -> int | None:
        inp = remedies.RemedyInput(
            route=RemedyRoute(self.route.currentData()),
            authority=self.authority.text(),
            reference=self.reference.text(),
            filed_on=self.filed.value(),
            decided_on=self.decided.value(),
            outcome=self.outcome.toPlainText(),
            loss_fen=parse_yuan(self.amount.text()),
            note=self.note.text(),
        )
        if self.row is None:
            return remedies.add_remedy(uow, self.case_id, inp)
        remedies.update_remedy(uow, self.row.id, inp)
        return self.row.id


def run_with_progress(parent: QWidget, text: str, fn: Callable, *args):
    """`fn(*args, progress=…)` behind a modal progress bar, on this thread: a modal
    QProgressDialog repaints (and keeps the window alive) at each step. Not on a worker: a
    worker beside the main window's own background reads crashed Qt under load."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RemediesTab", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int, _text: str = "") -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    try:
        return fn(*args, progress=progress)
    finally:
        dialog.close()


class RemediesTab(QWidget):
    """Embedded in the case view (`show_case`); `changed` after every write."""

    changed = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: evidence.CaseState | None = None
        self.model: RowsModel[remedies.RemedyRow] = RowsModel(
            [
                (self.tr("途径"), lambda r: _tr(remedies.ROUTE_LABELS[r.route])),
                (self.tr("受理机关"), lambda r: r.authority),
                (self.tr("受理号／案号"), lambda r: r.reference),
                (self.tr("提交"), lambda r: _day(r.filed_on)),
                (
                    self.tr("结果"),
                    lambda r: " ".join(x for x in (_day(r.decided_on), r.outcome) if x),
                ),
            ],
            self,
        )
        self.table = list_view(QTableView())
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("登记途径…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("记录进展…"))
        self.edit_button.clicked.connect(self.edit)
        list_actions(
            self.table, [self.edit_button, self.add_button], open_row=self.edit_button.click
        )
        remedy_box = QGroupBox(self.tr("维权途径"))
        remedy_layout = QVBoxLayout(remedy_box)
        remedy_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        remedy_layout.addLayout(row)

        # --- the pack checklist ---
        self.route_combo = QComboBox()
        for route in remedies.CHECKLISTS:
            self.route_combo.addItem(_tr(remedies.ROUTE_LABELS[route]), route)
        self.route_combo.setCurrentIndex(self.route_combo.findData(RemedyRoute.ADMINISTRATIVE))
        self.route_combo.currentIndexChanged.connect(self._load_checklist)
        self.checklist = QListWidget()
        self.checklist.setWordWrap(True)  # the materials are long sentences of 000 §7.5.2
        self.checklist.itemChanged.connect(self._item_changed)
        self.pack_note = QLabel()
        self.pack_note.setStyleSheet(MUTED_STYLE)
        self.pack_note.setWordWrap(True)
        self.pack_button = QPushButton(self.tr("打印维权材料…"))
        self.pack_button.clicked.connect(self.print_pack)
        pack_box = QGroupBox(self.tr("维权材料清单"))
        pack_layout = QVBoxLayout(pack_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("途径")))
        top.addWidget(self.route_combo, 1)
        pack_layout.addLayout(top)
        pack_layout.addWidget(self.checklist, 1)
        list_actions(self.checklist, [self.pack_button])
        pack_layout.addWidget(self.pack_note)
        pack_row = QHBoxLayout()
        pack_row.addStretch(1)
        pack_row.addWidget(self.pack_button)
        pack_layout.addLayout(pack_row)

        # --- the papers ---
        self.report_button = QPushButton(self.tr("打印处置报告…"))
        self.report_button.setShortcut(QKeySequence("Ctrl+P"))
        self.report_button.setToolTip(self.tr("打印处置报告（Ctrl+P）"))
        self.report_button.clicked.connect(self.print_report)
        self.bundle_button = QPushButton(self.tr("打印保密措施证据汇编…"))
        self.bundle_button.clicked.connect(self.print_bundle)
        papers = QHBoxLayout()
        papers.addWidget(QLabel(self.tr("文书：")))
        papers.addWidget(self.report_button)
        papers.addWidget(self.bundle_button)
        papers.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(remedy_box, 1)
        columns.addWidget(pack_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(papers)
        self.show_case(None)

    # --- the case ---------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        self.case = self.session.read(evidence.case_state, case_id) if case_id else None
        selected = self.selected()
        self.model.set_rows(self.session.read(remedies.remedies_of, case_id) if case_id else [])
        reselect(self.table, self.model, selected.id if selected else None)
        self._load_checklist()
        self._update_buttons()

    def refresh(self) -> None:
        self.show_case(self.case.id if self.case else None)

    def selected(self) -> remedies.RemedyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def route(self) -> RemedyRoute:
        return RemedyRoute(self.route_combo.currentData())

    def _writable(self) -> bool:
        return (
            self.case is not None
            and not self.case.closed
            and self.session.can(Permission.EDIT_DATA)
        )

    def _update_buttons(self, *_) -> None:
        self.add_button.setEnabled(self._writable())
        self.edit_button.setEnabled(self._writable() and self.selected() is not None)
        printable = self.case is not None and self.session.can(Permission.EXPORT)
        for b in (self.report_button, self.bundle_button, self.pack_button):
            b.setEnabled(printable)

    def _load_checklist(self) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        rows = (
            self.session.read(remedies.checklist, self.case.id, self.route()) if self.case else []
        )
        for r in rows:
            text = _tr(r.title)
            if r.produced:
                text += self.tr("（TSDesk 生成）")
            elif r.note:
                text += f"（{r.note}）"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.key)
            flags = Qt.ItemFlag.ItemIsEnabled
            if not r.produced and self._writable():
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if r.ready else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        missing = sum(not r.ready for r in rows)
        self.pack_note.setText(
            self.tr("还需补充 {n} 项；勾选时可注明材料所在。").format(n=missing) if missing else ""
        )
        self.checklist.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self.case is None:
            return
        key, route, case_id = item.data(Qt.ItemDataRole.UserRole), self.route(), self.case.id
        if item.checkState() == Qt.CheckState.Checked:
            note, ok = QInputDialog.getText(
                self, self.tr("材料已备"), self.tr("材料所在或说明（可空）：")
            )
            if ok:
                self.session.run(
                    self, lambda uow: remedies.tick(uow, case_id, route, key, note), "incident_pack"
                )
        else:
            self.session.run(
                self, lambda uow: remedies.untick(uow, case_id, route, key), "incident_pack"
            )
        self._load_checklist()
        self.changed.emit()

    def tick(self, key: str, checked: bool = True) -> None:
        """Tick (or untick) the material `key` as a click on its box does."""
        for i in range(self.checklist.count()):
            item = self.checklist.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return

    # --- remedies ---------------------------------------------------------------------------
    def add(self) -> None:
        if self.case is None or not self.add_button.isEnabled():
            return
        dialog = RemedyDialog(self.session, self.case.id, None, self)
        if dialog.exec():
            self.refresh()
            reselect(self.table, self.model, dialog.result_value)
            self.changed.emit()

    def edit(self) -> None:
        row = self.selected()
        if self.case is None or row is None or not self.edit_button.isEnabled():
            return
        if RemedyDialog(self.session, self.case.id, row, self).exec():
            self.refresh()
            self.changed.emit()

    # --- papers -----------------------------------------------------------------------------
    def _preview(self, title: str, write: Callable[[UnitOfWork, io.BytesIO], object]) -> None:
        pdf = io.BytesIO()
        try:
            with busy():
                self.session.run(self, lambda uow: write(uow, pdf), "incident_case", show=False)
        except TSDeskError as err:
            show_error(self, err)
            return
        self.changed.emit()
        PdfPreviewDialog(pdf.getvalue(), title, self).exec()

    def print_report(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        self._preview(self.tr("处置报告"), lambda uow, pdf: prints.print_report(uow, case_id, pdf))

    def print_pack(self) -> None:
        if self.case is None:
            return
        case_id, route = self.case.id, self.route()
        self._long_print(
            self.tr("维权材料"),
            lambda uow, pdf, bundle: prints.print_pack(uow, case_id, route, pdf, bundle=bundle),
        )

    def print_bundle(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        self._long_print(
            self.tr("保密措施证据汇编"),
            lambda uow, pdf, bundle: prints.print_bundle(uow, case_id, pdf, doc=bundle),
        )

    def _long_print(self, title: str, write) -> None:
        """The bundle is assembled first in a read session behind a progress bar (a secret
        with years of records takes a while); the print is then recorded and drawn."""
        assert self.case is not None
        vault, case_id = self.session.vault, self.case.id

        def assemble(progress):
            with vault.reader() as session:
                return prints.bundle_data(
                    session, case_id, lambda done, total: progress(done, total, "")
                )

        try:
            bundle = run_with_progress(
                self, self.tr("正在汇编 {title}…").format(title=title), assemble
            )
        except TSDeskError as err:
            show_error(self, err)
            return
        pdf = io.BytesIO()
        try:
            with busy():
                self.session.run(
                    self, lambda uow: write(uow, pdf, bundle), "incident_case", show=False
                )
        except TSDeskError as err:
            show_error(self, err)
            return
        data = pdf.getvalue()
        self.changed.emit()
        PdfPreviewDialog(data, title, self).exec()
