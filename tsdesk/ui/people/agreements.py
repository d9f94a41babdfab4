"""协议: employee NDAs, business NDAs with outside parties, non-competes, exit pledges and
job-change agreements (003 §9.4, §8.2.3–8.2.4, §8.3.4). The list pages through any number
of agreements; filters by kind, status, expiring, unsigned and unpaid compensation; the
pane on the right shows one agreement with the secrets it covers (a declassified one is
marked). The rules that need agreements — an NDA before a guarded grant, a business NDA before
a carrier goes to an outside party — are enforced by the services and explained here."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk.models import AgreementKind, AgreementStatus
from tsdesk.services import agreements
from tsdesk.services.agreements import AgreementFilter, AgreementRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.attachments import AttachmentsPanel
from tsdesk.ui.common import close_dialogs, list_actions
from tsdesk.ui.paged import BATCH, PagedModel
from tsdesk.ui.people.agreement_dialogs import (
    AgreementDialog,
    AgreementStatusDialog,
    AgreementTemplatesDialog,
    NoncompeteLedgerDialog,
    PartiesDialog,
)
from tsdesk.ui.people.agreement_widgets import preview, status_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import (
    ENDED_COLOR,
    EXPIRED_COLOR,
    MUTED_STYLE,
    Index,
    add_labelled,
    list_view,
)

WARN_STYLE = (
    "background: #fff6e0; color: #6b4500; border: 1px solid #e8c77a;"
    " border-radius: 4px; padding: 6px 8px;"
)


def _a(text: str) -> str:
    return QCoreApplication.translate("agreements", text)


class AgreementsModel(PagedModel[AgreementRow, AgreementFilter]):
    HEADERS = (
        QT_TRANSLATE_NOOP("AgreementsPage", "编号"),
        QT_TRANSLATE_NOOP("AgreementsPage", "种类"),
        QT_TRANSLATE_NOOP("AgreementsPage", "对方"),
        QT_TRANSLATE_NOOP("AgreementsPage", "状态"),
        QT_TRANSLATE_NOOP("AgreementsPage", "签署"),
        QT_TRANSLATE_NOOP("AgreementsPage", "终止日期"),
    )
    CONTEXT = "AgreementsPage"

    def load(self) -> tuple[int, list[AgreementRow]]:
        with self.session.vault.reader() as s:
            total = agreements.count_agreements(s, self.filter)
            rows = agreements.list_agreements(s, self.filter, limit=BATCH)
        return total, rows

    def fetch(self, offset: int) -> list[AgreementRow]:
        with self.session.vault.reader() as s:
            return agreements.list_agreements(s, self.filter, offset=offset, limit=BATCH)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.number,
                _a(agreements.KIND_LABELS[row.kind]),
                row.counterpart,
                status_text(row),
                str(row.signed_on or ""),
                str(row.end_on or ""),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.expired():
                return EXPIRED_COLOR
            if row.status in agreements.CLOSED:
                return ENDED_COLOR
        return None


class AgreementsPage(QWidget):
    PAGE_KEYS = ("agreements",)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AgreementsModel(session, AgreementFilter(), self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索编号、姓名、工号、相对方"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh_list)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("全部种类"), None)
        add_labelled(self.kind_combo, agreements.KIND_LABELS, _a)
        self.kind_combo.activated.connect(self.refresh_list)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), None)
        add_labelled(self.status_combo, agreements.STATUS_LABELS, _a)
        self.status_combo.addItem(self.tr("30 天内到期"), "expiring")
        self.status_combo.addItem(self.tr("未签署"), "unsigned")
        self.status_combo.addItem(self.tr("补偿 1 个月未付"), "unpaid1")
        self.status_combo.addItem(self.tr("补偿 2 个月未付"), "unpaid2")
        self.status_combo.addItem(self.tr("补偿 3 个月以上未付"), "unpaid3")
        self.status_combo.activated.connect(self.refresh_list)

        self.new_button = QPushButton(self.tr("新建…"))
        self.new_button.setToolTip(self.tr("新建协议（Ctrl+N）"))
        self.new_button.clicked.connect(self.new_agreement)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.edit_agreement)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("状态"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sign_action = QAction(self.tr("签署…"), self)
        self.sign_action.triggered.connect(lambda: self.change_status(AgreementStatus.SIGNED))
        self.in_force_action = QAction(self.tr("生效"), self)
        self.in_force_action.triggered.connect(lambda: self.change_status(AgreementStatus.IN_FORCE))
        self.end_action = QAction(self.tr("终止…"), self)
        self.end_action.triggered.connect(lambda: self.change_status(AgreementStatus.ENDED))
        self.terminate_action = QAction(self.tr("解除…"), self)
        self.terminate_action.triggered.connect(
            lambda: self.change_status(AgreementStatus.TERMINATED)
        )
        self.breach_action = QAction(self.tr("登记违约…"), self)
        self.breach_action.triggered.connect(lambda: self.change_status(AgreementStatus.BREACHED))
        self.status_actions = {
            AgreementStatus.SIGNED: self.sign_action,
            AgreementStatus.IN_FORCE: self.in_force_action,
            AgreementStatus.ENDED: self.end_action,
            AgreementStatus.TERMINATED: self.terminate_action,
            AgreementStatus.BREACHED: self.breach_action,
        }
        status_menu = QMenu(self)
        status_menu.addActions(list(self.status_actions.values()))
        self.status_button.setMenu(status_menu)
        self.print_action = QAction(self.tr("打印协议…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_agreement)
        self.addAction(self.print_action)  # Ctrl+P on the page
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setToolTip(self.tr("打印协议文本（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_agreement)
        self.ledger_button = QPushButton(self.tr("竞业限制补偿…"))
        self.ledger_button.clicked.connect(self.open_ledger)
        self.parties_button = QPushButton(self.tr("相对方…"))
        self.parties_button.clicked.connect(self.open_parties)
        self.templates_button = QPushButton(self.tr("模板…"))
        self.templates_button.clicked.connect(self.open_templates)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.status_combo, 1)
        actions = QHBoxLayout()
        for widget in (
            self.new_button,
            self.edit_button,
            self.status_button,
            self.print_button,
            self.ledger_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.parties_button)
        actions.addWidget(self.templates_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARN_STYLE)
        self.banner.hide()
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED_STYLE)

        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True, widths=(110, 110, 150, 90, 84))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        list_actions(
            self.table,
            [self.edit_button, self.print_button, self.ledger_button],
            open_row=self.edit_agreement,
        )

        # --- the agreement on the right -----------------------------------------------------
        self.head = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.head.setFont(font)
        self.head.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(WARN_STYLE)
        self.notice.hide()
        self.secrets = QTableWidget(0, 3)
        self.secrets.setHorizontalHeaderLabels([self.tr("编号"), self.tr("名称"), self.tr("等级")])
        list_view(
            self.secrets,
            wrap=False,
            resize=QHeaderView.ResizeMode.ResizeToContents,
            stretch=1,
            stretch_last=False,
        )
        list_actions(self.secrets, [])
        self.carriers_label = QLabel()
        self.carriers_label.setWordWrap(True)
        detail = QWidget()
        pane = QVBoxLayout(detail)
        pane.setContentsMargins(8, 0, 0, 0)
        pane.addWidget(self.head)
        pane.addWidget(self.facts)
        pane.addWidget(self.notice)
        pane.addWidget(QLabel(self.tr("所涉商业秘密")))
        pane.addWidget(self.secrets, 1)
        pane.addWidget(self.carriers_label)
        self.attachments = AttachmentsPanel(session, "agreement")  # the signed scan, its hash
        pane.addWidget(QLabel(self.tr("签署文本扫描件")))
        pane.addWidget(self.attachments, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        session.actor_changed.connect(self._actor_changed)
        self._clear_detail()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AgreementsPage", "协议")

    # --- page contract ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_list()

    def clear(self) -> None:
        close_dialogs(self)
        self.model.clear()
        self._clear_detail()
        self.banner.hide()

    def show_filtered(self, _page_key: str, filters: dict[str, Any]) -> None:
        """As a 工作台 reminder asks: {"expiring": True}, {"status": "signed"}, {"unpaid": n},
        {"view": "nda_missing"} (who knows secrets without an NDA: named in the banner)."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.kind_combo.setCurrentIndex(0)
        wanted: Any = None
        if filters.get("expiring"):
            wanted = "expiring"
        elif filters.get("unpaid"):
            wanted = f"unpaid{min(int(filters['unpaid']), 3)}"
        elif "status" in filters:
            wanted = filters["status"]
        elif filters.get("view") == "nda_missing":
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(AgreementKind.NDA)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(wanted)))
        self.refresh_list()

    def new_record(self) -> None:
        """Ctrl+N."""
        if self.new_button.isEnabled():
            self.new_agreement()

    def file_actions(self) -> list[QAction]:
        return [self.print_action]

    # --- the list -----------------------------------------------------------------------------
    def current_filter(self) -> AgreementFilter:
        f = AgreementFilter(search=self.search_edit.text())
        kind = self.kind_combo.currentData()
        f.kind = AgreementKind(kind) if kind else None
        choice = self.status_combo.currentData()
        if choice == "expiring":
            f.expiring = True
        elif choice == "unsigned":
            f.unsigned = True
        elif isinstance(choice, str) and choice.startswith("unpaid"):
            f.unpaid = int(choice.removeprefix("unpaid"))
        elif choice:
            f.status = AgreementStatus(choice)
        return f

    def refresh_list(self, *_args, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("共 {n} 份协议").format(n=self.model.total))
        missing = self.session.read(agreements.nda_missing)
        self.banner.setVisible(bool(missing))
        if missing:
            names = "、".join(f"{p.name}（{p.number}）" for p in missing[:12])
            more = self.tr(" 等 {n} 人").format(n=len(missing)) if len(missing) > 12 else ""
            self.banner.setText(
                self.tr(
                    "⚠ 以下在职人员可知悉商业秘密，但没有生效中的员工保密协议：{names}{more}。"
                    "请为其签订保密协议。"
                ).format(names=names, more=more)
            )
        for r, row in self.model.loaded_rows():
            if row.id == select_id:
                self.table.selectRow(r)
                break
        else:
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self._clear_detail()
        self._update_buttons()

    def selected(self) -> AgreementRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self._show_detail()
        self._update_buttons()

    def _clear_detail(self) -> None:
        self.head.setText(self.tr("（未选择协议）"))
        self.facts.clear()
        self.notice.hide()
        self.secrets.setRowCount(0)
        self.carriers_label.clear()
        self.attachments.show_owner(None)

    def _show_detail(self) -> None:
        row = self.selected()
        if row is None:
            self._clear_detail()
            return
        self.attachments.show_owner(row.id)
        today = date.today()
        with self.session.vault.reader() as s:
            a = agreements.get(s, row.id)
            secrets = agreements.covered_secrets(s, row.id)
            carriers = agreements.covered_carriers(s, row.id)
            unpaid = agreements.unpaid_months(s, row.id, today)
        self.head.setText(f"{row.number}　{_a(agreements.KIND_LABELS[row.kind])}")
        lines = [
            self.tr("对方：{who}").format(who=row.counterpart or "—"),
            self.tr("状态：{status}").format(status=status_text(row, today)),
            self.tr("签署：{signed}　生效：{effective}　终止：{end}").format(
                signed=a.signed_on or "—",
                effective=a.effective_on or "—",
                end=a.end_on or self.tr("长期"),
            ),
        ]
        if a.damages_fen is not None:
            lines.append(
                self.tr("违约金：{amount} 元").format(amount=agreements.yuan(a.damages_fen))
            )
        if a.kind == AgreementKind.NONCOMPETE:
            lines.append(
                self.tr("竞业限制：{months} 个月，每月补偿 {monthly} 元；{scope}").format(
                    months=a.nc_months,
                    monthly=agreements.yuan(a.nc_monthly_fen),
                    scope="；".join(x for x in (a.nc_area, a.nc_business, a.nc_competitors) if x),
                )
            )
        if a.ended_on:
            lines.append(
                self.tr("结束：{day} {reason}").format(day=a.ended_on, reason=a.end_reason)
            )
        if a.note:
            lines.append(self.tr("备注：{note}").format(note=a.note))
        self.facts.setText("\n".join(lines))
        notes = []
        if row.expired(today):
            notes.append(self.tr("已过终止日期，不再约束对方：请续签或标记终止。"))
        if row.status == AgreementStatus.DRAFT:
            notes.append(self.tr("尚未签署：打印后由双方签字，再点“状态 → 签署”。"))
        declassified = [x.number for x in secrets if x.declassified]
        if declassified:
            notes.append(
                self.tr("所涉商业秘密 {numbers} 已解密，不再受本协议保护。").format(
                    numbers="、".join(declassified)
                )
            )
        if unpaid:
            notes.append(self.tr("竞业限制补偿 {n} 个月逾期未付。").format(n=unpaid))
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        self.secrets.setRowCount(len(secrets))
        for r, x in enumerate(secrets):
            values = (
                x.number,
                x.subject,
                x.grade + (self.tr("（已解密）") if x.declassified else ""),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if x.declassified:
                    item.setForeground(ENDED_COLOR)
                self.secrets.setItem(r, c, item)
        self.carriers_label.setText(
            self.tr("交接载体：{items}").format(
                items="、".join(f"{c.number} {c.title}" for c in carriers) or self.tr("无")
            )
        )

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        row = self.selected()
        self.new_button.setEnabled(can_edit)
        editable = row is not None and row.status in (AgreementStatus.DRAFT, AgreementStatus.SIGNED)
        self.edit_button.setEnabled(can_edit and editable)
        for to, action in self.status_actions.items():
            action.setEnabled(can_edit and row is not None and agreements.can_go(row.status, to))
        self.status_button.setEnabled(can_edit and row is not None)
        can_print = self.session.can(Permission.EXPORT) and row is not None
        self.print_button.setEnabled(can_print)
        self.print_action.setEnabled(can_print)
        self.ledger_button.setEnabled(row is not None and row.kind == AgreementKind.NONCOMPETE)
        self.templates_button.setEnabled(True)

    def _actor_changed(self) -> None:
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    # --- changes ------------------------------------------------------------------------------
    def new_agreement(self) -> None:
        dialog = AgreementDialog(self.session, None, self)
        if dialog.exec():
            self.refresh_list(select_id=dialog.result_value)

    def edit_agreement(self) -> None:
        row = self.selected()
        if row is None or not self.edit_button.isEnabled():
            return
        if AgreementDialog(self.session, row.id, self).exec():
            self.refresh_list(select_id=row.id)

    def change_status(self, to: AgreementStatus) -> None:
        row = self.selected()
        if row is None or not agreements.can_go(row.status, to):
            return
        if to == AgreementStatus.IN_FORCE:
            ok, _ = self.session.run(
                self, lambda uow: agreements.set_status(uow, row.id, to), "agreement"
            )
        else:
            ok = bool(AgreementStatusDialog(self.session, row.id, to, self).exec())
        if ok:
            self.refresh_list(select_id=row.id)

    def print_agreement(self) -> None:
        row = self.selected()
        if row is None or not self.print_button.isEnabled():
            return
        preview(
            self.session,
            self,
            self.tr("协议 {number}").format(number=row.number),
            lambda uow, out: agreements.print_agreement(uow, row.id, out),
        )

    def open_ledger(self) -> None:
        row = self.selected()
        if row is None or row.kind != AgreementKind.NONCOMPETE:
            return
        NoncompeteLedgerDialog(self.session, row.id, self).exec()
        self.refresh_list(select_id=row.id)

    def open_parties(self) -> None:
        PartiesDialog(self.session, self).exec()
        self.refresh_list()

    def open_templates(self) -> None:
        AgreementTemplatesDialog(self.session, self).exec()
