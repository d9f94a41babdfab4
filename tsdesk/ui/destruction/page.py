"""销毁: destruction requests by status, each with its items and their hold check, the
supervisors, annotations and photos; the moves request → 提交审批 → 审批 (four eyes, one
approval for the batch) → 执行销毁 (supervised) and the three documents (003 §7.4, §8.2.4,
§9.6.5). A finished record is never edited, only annotated.

Other pages ask for a request through `UiSession.destruction_requested` ("carrier" /
"secret", id) and for a carrier's legal holds through `UiSession.holds_requested`; the main
window shows this page and calls `show_filtered`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import DestructionItemKind, DestructionResult, DestructionStatus
from tsdesk.services import carriers, destruction
from tsdesk.services.carriers import CarrierRow
from tsdesk.services.destruction import BatchRow, BatchView
from tsdesk.services.permissions import Permission
from tsdesk.ui.attachments import AttachmentsPanel
from tsdesk.ui.common import RowsModel, busy, close_dialogs, list_actions, more_button, reselect
from tsdesk.ui.destruction.dialogs import (
    ExecuteDialog,
    HoldsDialog,
    MethodDialog,
    RequestDialog,
    TextDialog,
    _cell,
    _table,
    word,
)
from tsdesk.ui.four_eyes import approve_and_run
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import DUE_COLOR, EXPIRED_COLOR, MUTED_STYLE, list_view

OWNER_KIND = "destruction"  # attachments: photos, video stills, the signed list's scan

# Which document Ctrl+P prints at each status: the form to approve, the list the
# supervisors sign at the execution, the certificate once done.
DOCUMENT_FOR = {
    DestructionStatus.DRAFT: "approval",
    DestructionStatus.PENDING: "approval",
    DestructionStatus.APPROVED: "list",
    DestructionStatus.DONE: "certificate",
}


OVERDUE, CANDIDATES = "overdue", "candidates"  # views of the status combo


def carrier_word(text: str) -> str:
    return QCoreApplication.translate("carriers", text)


def _time(value) -> str:
    return str(value)[:16] if value else ""


class DestructionPage(QWidget):
    PAGE_KEYS = ("destruction",)  # what a 工作台 reminder may open here

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部"), "")
        for status, label in destruction.STATUS_LABELS.items():
            self.status_combo.addItem(word(label), status.value)
        # The 工作台's two views: approved too long ago, and carriers due for destruction.
        self.status_combo.addItem(self.tr("逾期未执行"), OVERDUE)
        self.status_combo.addItem(self.tr("待销毁的载体"), CANDIDATES)
        self.status_combo.activated.connect(lambda _i: self.refresh())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索申请编号、载体编号或名称"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())

        def button(text: str, slot, tip: str = "") -> QPushButton:
            b = QPushButton(text)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            if tip:
                b.setToolTip(tip)
            return b

        self.new_button = button(
            self.tr("新建申请…"), lambda: self.new_request(), self.tr("Ctrl+N")
        )
        self.submit_button = button(self.tr("提交审批"), self.submit)
        self.approve_button = button(
            self.tr("审批…"), self.approve, self.tr("另一名审批人当面输入本人密码批准整批销毁")
        )
        self.return_button = button(self.tr("退回…"), self.return_to_draft)
        self.execute_button = button(self.tr("执行销毁…"), self.execute)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("打印"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        self.print_actions: dict[str, QAction] = {}
        for which, text in (
            ("approval", self.tr("销毁审批表…")),
            ("list", self.tr("销毁清册…")),
            ("certificate", self.tr("销毁证明…")),
            ("data_log", self.tr("数据销毁记录…")),
        ):
            action = self.print_menu.addAction(text)
            action.triggered.connect(lambda _=False, w=which: self.print_document(w))
            self.print_actions[which] = action
        self.print_button.setMenu(self.print_menu)
        self.print_shortcut = QAction(self.tr("打印"), self)
        self.print_shortcut.setShortcut(QKeySequence.StandardKey.Print)
        self.print_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_shortcut.triggered.connect(self.print_fitting)
        self.addAction(self.print_shortcut)
        self.cancel_action = QAction(self.tr("撤销…"), self)
        self.cancel_action.triggered.connect(self.cancel)
        self.note_action = QAction(self.tr("批注…"), self)
        self.note_action.triggered.connect(self.annotate)
        self.methods_action = QAction(self.tr("销毁方法…"), self)
        self.methods_action.triggered.connect(self.edit_methods)
        self.hold_action = QAction(self.tr("法律保全…"), self)
        self.hold_action.setToolTip(self.tr("所选项目的载体或秘密的法律保全"))
        self.hold_action.triggered.connect(self.holds)
        self.more_button = more_button(
            [self.cancel_action, self.note_action, None, self.methods_action, self.hold_action],
            self,
        )
        top = QHBoxLayout()
        top.addWidget(self.status_combo)
        top.addWidget(self.search_edit, 1)
        for widget in (
            self.new_button,
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.execute_button,
            self.print_button,
            self.more_button,
        ):
            top.addWidget(widget)

        self.model: RowsModel[BatchRow] = RowsModel(
            [
                (self.tr("编号"), lambda r: r.number),
                (self.tr("状态"), lambda r: word(destruction.STATUS_LABELS[r.status])),
                (self.tr("项数"), lambda r: str(r.items)),
                (self.tr("申请人"), lambda r: r.requested_by),
                (self.tr("申请时间"), lambda r: _time(r.requested_at)),
                (self.tr("审批人"), lambda r: r.approved_by),
                (self.tr("销毁日期"), lambda r: r.executed_on.isoformat() if r.executed_on else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True, widths=(100, 56, 40, 64, 110, 64))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        list_actions(
            self.table,
            [self.submit_button, self.approve_button, self.execute_button],
            open_row=self.execute,
        )

        # The selected request: what, how it was checked, who watched, what was said after.
        self.detail_title = QLabel()
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail_info = QLabel()
        self.detail_info.setWordWrap(True)
        self.detail_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items = _table(
            [
                self.tr("序号"),
                self.tr("类型"),
                self.tr("编号"),
                self.tr("名称"),
                self.tr("密级"),
                self.tr("原因"),
                self.tr("保全检查"),
                self.tr("方法"),
                self.tr("结果"),
            ]
        )
        for column, width in enumerate((36, 50, 120, 150, 50, 80, 150, 90)):
            self.items.setColumnWidth(column, width)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        list_actions(self.items, [])
        self.supervisors = _table([self.tr("监销人"), self.tr("工号"), self.tr("确认")])
        self.supervisors.setColumnWidth(0, 120)
        list_actions(self.supervisors, [])
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(MUTED_STYLE)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attachments = AttachmentsPanel(session, OWNER_KIND)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_info)
        detail_layout.addWidget(self.items, 3)
        lower = QHBoxLayout()
        people = QVBoxLayout()
        people.addWidget(QLabel(self.tr("监销人")))
        people.addWidget(self.supervisors)
        people.addWidget(self.notes)
        lower.addLayout(people, 2)
        photos = QVBoxLayout()
        photos.addWidget(QLabel(self.tr("照片、录像截图与签字清册扫描件")))
        photos.addWidget(self.attachments)
        lower.addLayout(photos, 3)
        detail_layout.addLayout(lower, 2)
        # Carriers whose secret is declassified or past its term, still in store.
        self.candidates: RowsModel[CarrierRow] = RowsModel(
            [
                (self.tr("编号"), lambda r: r.number),
                (self.tr("名称"), lambda r: r.title),
                (self.tr("密级"), lambda r: r.grade),
                (self.tr("状态"), lambda r: carrier_word(carriers.STATUS_LABELS[r.status])),
                (self.tr("存放位置"), lambda r: " ".join(x for x in (r.area, r.location) if x)),
            ],
            self,
        )
        self.candidate_table = QTableView()
        self.candidate_table.setModel(self.candidates)
        list_view(self.candidate_table, multi=True, wrap=False, widths=(120, 300, 80, 70))
        self.candidate_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        list_actions(self.candidate_table, [self.new_button], open_row=lambda: self.new_request())
        candidate_note = QLabel(
            self.tr(
                "所载商业秘密已解密或保密期限届满、仍在库的载体。选择后点“新建申请…”，或决定保留。"
            )
        )
        candidate_note.setWordWrap(True)
        candidate_note.setStyleSheet(MUTED_STYLE)
        candidate_box = QWidget()
        candidate_layout = QVBoxLayout(candidate_box)
        candidate_layout.setContentsMargins(0, 0, 0, 0)
        candidate_layout.addWidget(candidate_note)
        candidate_layout.addWidget(self.candidate_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 700])  # the list's columns readable on a laptop screen
        splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(candidate_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.view: BatchView | None = None
        session.actor_changed.connect(self._actor_changed)
        self._show_detail()
        self._update_buttons()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DestructionPage", "销毁")

    # --- list ---------------------------------------------------------------------------------
    def status(self) -> DestructionStatus | None:
        value = self.status_combo.currentData()
        return DestructionStatus(value) if value in set(DestructionStatus) else None

    def refresh(self, select_id: int | None = None) -> None:
        view = self.status_combo.currentData()
        search = self.search_edit.text().strip()
        self.stack.setCurrentIndex(1 if view == CANDIDATES else 0)
        if view == CANDIDATES:
            ids = self.session.read(destruction.candidate_carriers)
            rows = self.session.read(carriers.rows_for, ids)
            self.candidates.set_rows(
                [r for r in rows if not search or search in r.number or search in r.title]
            )
            self._selected()
            return
        current = self.selected()
        select_id = select_id if select_id is not None else (current.id if current else None)
        if view == OVERDUE:
            rows = [
                r
                for r in self.session.read(destruction.overdue_batches)
                if not search or search in r.number
            ]
        else:
            rows = self.session.read(destruction.list_batches, self.status(), search)
        self.model.set_rows(rows)
        reselect(self.table, self.model, select_id)
        self._selected()

    def clear(self) -> None:
        close_dialogs(self)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.set_rows([])
        self.candidates.set_rows([])
        self._selected()

    def handle_search(self, text: str) -> bool:
        """A 销毁证明's QR code from the search box (or a wedge scanner), checked offline
        against this database's record and key: a genuine one opens its destruction."""
        payload = text.strip()
        if not payload.startswith(destruction.CERT_PREFIX + "/"):
            return False
        check = self.session.read(destruction.verify_certificate, payload)
        if not check.ok:
            QMessageBox.warning(self, self.tr("销毁证明"), check.message)
            return True
        self.status_combo.setCurrentIndex(0)
        self.search_edit.blockSignals(True)
        self.search_edit.setText(check.number)
        self.search_edit.blockSignals(False)
        self.refresh()
        QMessageBox.information(self, self.tr("销毁证明"), check.message)
        return True

    def selected(self) -> BatchRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, batch_id: int) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == batch_id:
                self.table.selectRow(i)
                return True
        return False

    def _selected(self) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        row = self.selected() if self.stack.currentIndex() == 0 else None
        self.view = self.session.read(destruction.get_batch, row.id) if row else None
        view = self.view
        if view is None:
            self.detail_title.setText(self.tr("（未选择销毁申请）"))
            self.detail_info.clear()
            self.items.setRowCount(0)
            self.supervisors.setRowCount(0)
            self.notes.clear()
            self.attachments.show_owner(None)
            return
        self.detail_title.setText(
            f"{view.row.number}　{word(destruction.STATUS_LABELS[view.row.status])}"
        )
        facts = [
            self.tr("申请人：{who} {when}").format(
                who=view.row.requested_by, when=_time(view.row.requested_at)
            )
        ]
        if view.row.approved_by:
            facts.append(self.tr("审批人：{who}").format(who=view.row.approved_by))
        if view.row.executed_on:
            facts.append(
                self.tr("销毁：{day} {place}，执行人 {who}").format(
                    day=view.row.executed_on.isoformat(), place=view.place, who=view.executor
                )
            )
        if view.video_reference:
            facts.append(self.tr("录像：{where}").format(where=view.video_reference))
        if view.certificate_code:
            facts.append(self.tr("证明校验码：{code}").format(code=view.certificate_code))
        if view.note:
            facts.append(self.tr("说明：{text}").format(text=view.note))
        self.detail_info.setText("\n".join(facts))
        self.items.setRowCount(len(view.items))
        for r, item in enumerate(view.items):
            failed = item.result == DestructionResult.FAILED
            colour = EXPIRED_COLOR if failed else None
            result = (
                ""
                if item.result == DestructionResult.PENDING
                else word(destruction.RESULT_LABELS[item.result])
            )
            if failed and item.failure:
                result = f"{result}：{item.failure}"
            values = (
                str(item.position),
                word(destruction.KIND_LABELS[item.kind]),
                item.carrier_number or item.secret_number or "",
                item.title,
                item.grade or "",
                word(destruction.REASON_LABELS[item.reason]),
                item.hold_note or self.tr("通过"),
                item.method_label or "",
                result,
            )
            for c, value in enumerate(values):
                cell = _cell(value, DUE_COLOR if c == 6 and item.hold_note else colour)
                self.items.setItem(r, c, cell)
        self.supervisors.setRowCount(len(view.supervisors))
        for r, s in enumerate(view.supervisors):
            confirmed = (
                self.tr("{operator} 密码确认 {when}").format(
                    operator=s.operator, when=_time(s.confirmed_at)
                )
                if s.confirmed_at
                else self.tr("在清册上签字")
            )
            for c, value in enumerate((s.name, s.number, confirmed)):
                self.supervisors.setItem(r, c, _cell(value))
        self.notes.setText(
            "\n".join(
                self.tr("批注（{who} {when}）：{text}").format(
                    who=n.written_by, when=_time(n.written_at), text=n.text
                )
                for n in view.notes
            )
        )
        self.attachments.show_owner(view.row.id)

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        view = self.view
        status = view.row.status if view else None
        S = DestructionStatus
        self.new_button.setEnabled(can_edit)
        self.submit_button.setEnabled(can_edit and status == S.DRAFT)
        self.approve_button.setEnabled(can_edit and status == S.PENDING)
        self.return_button.setEnabled(can_edit and status == S.PENDING)
        self.execute_button.setEnabled(can_edit and status == S.APPROVED)
        self.cancel_action.setEnabled(can_edit and status in (S.DRAFT, S.PENDING, S.APPROVED))
        self.note_action.setEnabled(can_edit and view is not None)
        self.methods_action.setEnabled(self.session.can(Permission.EDIT_SETTINGS))
        self.hold_action.setEnabled(can_edit and self._hold_target() is not None)
        can_print = view is not None and self.session.can(Permission.EXPORT)
        has_data = view is not None and any(i.kind == DestructionItemKind.DATA for i in view.items)
        live = status is not None and status != S.CANCELLED
        self.print_actions["approval"].setEnabled(can_print and live)
        self.print_actions["list"].setEnabled(can_print and status in (S.APPROVED, S.DONE))
        self.print_actions["certificate"].setEnabled(can_print and status == S.DONE)
        self.print_actions["data_log"].setEnabled(can_print and status == S.DONE and has_data)
        self.print_button.setEnabled(can_print and live)
        self.print_shortcut.setEnabled(can_print and live)

    # --- the moves ----------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N."""
        self.new_request()

    def selected_candidates(self) -> list[tuple[str, int]]:
        if self.status_combo.currentData() != CANDIDATES:
            return []
        rows = self.candidate_table.selectionModel().selectedRows()
        return [("carrier", self.candidates.row_at(i.row()).id) for i in sorted(rows)]

    def new_request(self, preset: list[tuple[str, int]] | None = None) -> int | None:
        """新建申请…: with the carriers chosen in the 待销毁 view, or those another page
        asked for (`preset`)."""
        if not self.new_button.isEnabled():
            return None
        dialog = RequestDialog(self.session, preset or self.selected_candidates(), self)
        if not dialog.exec():
            return None
        self.status_combo.setCurrentIndex(0)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.refresh(select_id=dialog.result_value)
        return dialog.result_value

    def submit(self) -> None:
        row = self.selected()
        if row is None or not self.submit_button.isEnabled():
            return
        ok, _ = self.session.run(self, lambda uow: destruction.submit(uow, row.id), "destruction")
        if ok:
            self.refresh(select_id=row.id)

    def approve(self) -> None:
        row = self.selected()
        if row is None or not self.approve_button.isEnabled():
            return
        subject = self.tr("销毁审批：{number}，共 {n} 项").format(number=row.number, n=row.items)
        done = approve_and_run(
            self.session,
            self,
            subject,
            lambda uow, approver: destruction.approve(uow, row.id, approver) or True,
            "destruction",
        )
        if done:
            self.refresh(select_id=row.id)

    def _with_text(self, title: str, label: str, change) -> bool:
        row = self.selected()
        if row is None:
            return False
        dialog = TextDialog(
            self.session, title, label, lambda uow, text: change(uow, row.id, text), self
        )
        if dialog.exec():
            self.refresh(select_id=row.id)
            return True
        return False

    def return_to_draft(self) -> None:
        if self.return_button.isEnabled():
            self._with_text(
                self.tr("退回销毁申请"), self.tr("退回原因"), destruction.return_to_draft
            )

    def cancel(self) -> None:
        if self.cancel_action.isEnabled():
            self._with_text(self.tr("撤销销毁申请"), self.tr("撤销原因"), destruction.cancel)

    def annotate(self) -> None:
        if self.note_action.isEnabled():
            self._with_text(self.tr("批注"), self.tr("批注"), destruction.annotate)

    def execute(self) -> None:
        row = self.selected()
        if row is None or not self.execute_button.isEnabled():
            return
        dialog = ExecuteDialog(self.session, row.id, self)
        if dialog.exec():
            self.refresh(select_id=row.id)

    def edit_methods(self) -> None:
        if self.methods_action.isEnabled():
            MethodDialog(self.session, self).exec()

    def _hold_target(self) -> tuple[str, int, str] | None:
        """The carrier (or else the secret) of the selected item, for 法律保全."""
        if self.view is None:
            return None
        rows = {i.row() for i in self.items.selectedIndexes()}
        if not rows:
            return None
        item = self.view.items[min(rows)]
        if item.carrier_id is not None:
            return "carrier", item.carrier_id, item.carrier_number
        if item.secret_id is not None:
            return "secret", item.secret_id, item.secret_number
        return None

    def holds(self) -> None:
        target = self._hold_target()
        if target is not None:
            self.show_holds(*target)

    def show_holds(self, entity_type: str, entity_id: int, label: str) -> None:
        HoldsDialog(self.session, entity_type, entity_id, label, self).exec()
        self.refresh()

    # --- documents ----------------------------------------------------------------------------
    def print_document(self, which: str) -> None:
        row = self.selected()
        action = self.print_actions[which]
        if row is None or not action.isEnabled():
            return
        make = {
            "approval": destruction.approval_form_pdf,
            "list": destruction.destruction_list_pdf,
            "certificate": destruction.certificate_pdf,
            "data_log": destruction.data_log_pdf,
        }[which]
        try:
            with busy():
                _, pdf = self.session.run(
                    self, lambda uow: make(uow, row.id), "destruction", show=False
                )
        except TSDeskError as err:
            show_error(self, err)
            return
        PdfPreviewDialog(pdf, action.text().rstrip("…"), self).exec()

    def print_fitting(self) -> None:
        """Ctrl+P: the document the request's status calls for."""
        row = self.selected()
        if row is not None and row.status in DOCUMENT_FOR:
            self.print_document(DOCUMENT_FOR[row.status])

    # --- asked by other pages and the 工作台 --------------------------------------------------------
    def show_filtered(self, _page_key: str, filters: dict[str, Any]) -> None:
        """{"status": a DestructionStatus value} lists those requests; {"request": "carrier" |
        "secret", "id": …} opens a new request for it; {"holds": "carrier", "id": …, "label":
        …} its legal holds. The dialogs open once the page is on screen."""
        if "request" in filters:
            preset = [(str(filters["request"]), int(filters["id"]))]
            QTimer.singleShot(0, lambda: self.new_request(preset))
            return
        if "holds" in filters:
            target = (str(filters["holds"]), int(filters["id"]), str(filters.get("label", "")))
            QTimer.singleShot(0, lambda: self.show_holds(*target))
            return
        if filters.get("view") == CANDIDATES:
            status = CANDIDATES
        elif filters.get("overdue"):
            status = OVERDUE
        else:
            status = filters.get("status") or ""
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        self.search_edit.blockSignals(True)
        self.search_edit.setText(filters.get("search", ""))
        self.search_edit.blockSignals(False)
        self.refresh()

    def _actor_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._update_buttons()
