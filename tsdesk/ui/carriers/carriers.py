"""载体与区域: the carrier list with its actions and detail, and the secret areas.

The carrier tab is a lazily fetched list (filters on kind, status, area, overdue, seal checks
due, text) beside the selected carrier's detail: its facts, movements, seals and its whole
history from the audit chain. A scanned label (the global search box) opens its carrier with
a coloured banner saying at once whether the label is genuine and whether the carrier is
current, lent, sealed, destroyed or past its term.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import CarrierKind, CarrierStatus, IncidentSource, MovementKind
from tsdesk.services import audit as audit_service
from tsdesk.services import carriers, labels
from tsdesk.services.audit import AuditFilter
from tsdesk.services.carriers import (
    KIND_LABELS,
    MOVEMENT_LABELS,
    SEAL_REASON_LABELS,
    STATUS_LABELS,
    CarrierFilter,
    CarrierRow,
    MovementView,
)
from tsdesk.services.labels import LabelCheck, Verdict
from tsdesk.services.permissions import Permission
from tsdesk.ui.carriers.areas_tab import AreasTab
from tsdesk.ui.carriers.carrier_dialogs import (
    CarrierDialog,
    MovementDialog,
    NoteDialog,
    SealCheckDialog,
    SealDialog,
    enum_choice,
    label,
)
from tsdesk.ui.common import (
    RowsModel,
    action_button,
    close_dialogs,
    list_actions,
    more_button,
)
from tsdesk.ui.messages import show_error
from tsdesk.ui.paged import BATCH, PagedModel
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import (
    EXPIRED_COLOR,
    LEVEL_COLOURS,
    MUTED_STYLE,
    Index,
    list_view,
)
from tsdesk.ui.words import described

STATUS_COLOURS: dict[CarrierStatus, str] = {
    CarrierStatus.LENT: "#8a5300",
    CarrierStatus.OUT_FOR_REPAIR: "#8a5300",
    CarrierStatus.SEALED: "#1a4f9c",
    CarrierStatus.LOST: "#b3261e",
    CarrierStatus.DESTROYED: "#777777",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarriersPage", text)


# --- the banner -----------------------------------------------------------------------------


class Banner(QLabel):
    """A coloured strip: green when all is well, blue for information, amber, red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.level = ""
        self.hide()

    def show_verdict(self, v: Verdict) -> None:
        """The service's verdict on a scan, in the UI language."""
        background, text, border = LEVEL_COLOURS[v.level]
        self.level = v.level
        self.setStyleSheet(
            f"background: {background}; color: {text}; border: 1px solid {border};"
            " border-radius: 4px; padding: 8px 10px; font-weight: bold;"
        )
        self.setText("\n".join(v.texts(QCoreApplication.translate)))
        self.show()

    def clear_verdict(self) -> None:
        self.level = ""
        self.clear()
        self.hide()


# --- the list -------------------------------------------------------------------------------


class CarrierListModel(PagedModel[CarrierRow, CarrierFilter]):
    """The filtered carriers by number, fetched 200 rows at a time as the view scrolls."""

    CONTEXT = "CarriersPage"
    HEADERS = (
        QT_TRANSLATE_NOOP("CarriersPage", "编号"),
        QT_TRANSLATE_NOOP("CarriersPage", "名称"),
        QT_TRANSLATE_NOOP("CarriersPage", "类型"),
        QT_TRANSLATE_NOOP("CarriersPage", "保密等级"),
        QT_TRANSLATE_NOOP("CarriersPage", "保密期限"),
        QT_TRANSLATE_NOOP("CarriersPage", "保管人"),
        QT_TRANSLATE_NOOP("CarriersPage", "位置"),
        QT_TRANSLATE_NOOP("CarriersPage", "状态"),
    )

    def __init__(self, session: UiSession, parent: Any = None) -> None:
        super().__init__(session, CarrierFilter(), parent)

    def load(self) -> tuple[int, list[CarrierRow]]:
        with self.session.vault.reader() as s:
            return carriers.count_carriers(s, self.filter), []

    def fetch(self, offset: int) -> list[CarrierRow]:
        with self.session.vault.reader() as s:
            return carriers.carrier_rows(s, self.filter, offset, BATCH)

    def row_of(self, carrier_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == carrier_id), None)

    def text(self, r: CarrierRow, column: int) -> str:
        if column == 0:
            return r.number
        if column == 1:
            return r.title
        if column == 2:
            return label(KIND_LABELS[r.kind])
        if column == 3:
            return r.grade
        if column == 4:
            return QCoreApplication.translate("register", r.term.text)
        if column == 5:
            return r.custodian
        if column == 6:
            return " ".join(p for p in (r.area, r.location) if p)
        status = label(STATUS_LABELS[r.status])
        return (
            status + QCoreApplication.translate("CarriersPage", "（逾期）") if r.overdue else status
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(r, column)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 7 and r.overdue:
                return QBrush(EXPIRED_COLOR)
            if column == 7 and r.status in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[r.status]))
            if column == 4 and r.term.expired():
                return QBrush(EXPIRED_COLOR)
            if r.status == CarrierStatus.DESTROYED:
                return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and column == 3 and r.grade_rank == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None


# --- the detail -----------------------------------------------------------------------------


def fit_columns(view: QTableView, widest: int = 260) -> None:
    """Every column but the last as wide as its contents (within reason); the last stretches."""
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), widest))


class CarrierDetail(QWidget):
    """One carrier: banner, facts, and tabs with movements, seals and the audit history."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.carrier_id: int | None = None
        self.banner = Banner()
        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Three columns of facts, then the secrets across: the tables below keep the room.
        self.facts_grid = QGridLayout()
        self.facts_grid.setHorizontalSpacing(10)
        self.facts_grid.setVerticalSpacing(3)
        self.values: dict[str, QLabel] = {}
        cells = (
            ("kind", self.tr("类型"), 0, 0),
            ("grade", self.tr("保密等级"), 1, 0),
            ("term", self.tr("保密期限"), 2, 0),
            ("status", self.tr("状态"), 0, 1),
            ("custodian", self.tr("保管人"), 1, 1),
            ("unit", self.tr("责任单位"), 2, 1),
            ("place", self.tr("位置"), 0, 2),
            ("device", self.tr("设备信息"), 1, 2),
            ("copies", self.tr("原件/复制件"), 2, 2),
            ("secrets", self.tr("商业秘密"), 3, 0),
        )
        for key, text, row, column in cells:
            caption = QLabel(text)
            caption.setStyleSheet(MUTED_STYLE)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.facts_grid.addWidget(caption, row, 2 * column, Qt.AlignmentFlag.AlignTop)
            span = 5 if key == "secrets" else 1
            self.facts_grid.addWidget(value, row, 2 * column + 1, 1, span)
        for column in (1, 3, 5):
            self.facts_grid.setColumnStretch(column, 1)
        self.movements: RowsModel[MovementView] = RowsModel(
            [
                (self.tr("日期"), lambda m: m.started_on),
                (self.tr("类型"), lambda m: label(MOVEMENT_LABELS[m.kind])),
                (self.tr("人员"), lambda m: m.person),
                (self.tr("事项"), lambda m: "；".join(p for p in (m.purpose, m.content) if p)),
                (self.tr("应还"), lambda m: m.due_on or ""),
                (self.tr("完成"), self._closed_text),
                (self.tr("审批人"), lambda m: m.approved_by),
                (self.tr("设备"), lambda m: m.device),
            ],
            self,
        )
        self.seals: RowsModel[tuple[str, str, str]] = RowsModel(
            [
                (self.tr("日期"), lambda r: r[0]),
                (self.tr("事项"), lambda r: r[1]),
                (self.tr("说明"), lambda r: r[2]),
            ],
            self,
        )
        self.history: RowsModel[tuple[str, str, str, str]] = RowsModel(
            [
                (self.tr("时间"), lambda r: r[0]),
                (self.tr("操作员"), lambda r: r[1]),
                (self.tr("操作"), lambda r: r[2]),
                (self.tr("内容"), lambda r: r[3]),
            ],
            self,
        )
        self.tabs = QTabWidget()
        for model, title in (
            (self.movements, self.tr("流转记录")),
            (self.seals, self.tr("封存与检查")),
            (self.history, self.tr("审计历史")),
        ):
            view = QTableView()
            view.setModel(model)
            list_view(view, multi=True, wrap=False, compact=True)
            model.modelReset.connect(lambda v=view: fit_columns(v))
            list_actions(view, [])
            self.tabs.addTab(view, title)
        self.placeholder = QLabel(self.tr("选择一个载体查看详情，或在搜索框扫描标签。"))
        self.placeholder.setStyleSheet("color: #777;")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(self.facts_grid)
        body.addWidget(self.tabs, 1)
        # 003 §13.3.1: a forged label is reported as an incident, from wherever it was scanned.
        self.report_button = QPushButton(self.tr("立案…"))
        self.report_button.setToolTip(self.tr("伪造的保密标识：在应急处置中立案"))
        self.report_button.clicked.connect(self.report_forged)
        self.report_button.hide()
        self.report_button.setProperty("contextual", True)  # only beside a forged label's banner
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(banner_row)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.placeholder, 1)
        self.body.setProperty("contextual", True)  # shown once a carrier is selected
        self.body.hide()

    def _closed_text(self, m: MovementView) -> str:
        if m.closed_on is not None:
            return str(m.closed_on)
        return self.tr("逾期未还") if m.overdue() else self.tr("未还")

    def _show_scan(self, check: LabelCheck | None) -> None:
        """The report button follows the scan: only a forged label is a case to open."""
        forged = check is not None and check.status == labels.FORGED
        self.report_button.setVisible(forged and self.session.can(Permission.EDIT_DATA))

    def report_forged(self) -> None:
        self.session.incident_requested.emit(
            IncidentSource.LABEL_FORGED.value, self.carrier_id or 0
        )

    def clear(self) -> None:
        self.carrier_id = None
        self.banner.clear_verdict()
        self._show_scan(None)
        self.heading.clear()
        for value in self.values.values():
            value.clear()
        for model in (self.movements, self.seals, self.history):
            model.set_rows([])
        self.body.hide()
        self.placeholder.show()

    def show_carrier(self, carrier_id: int | None, check: LabelCheck | None = None) -> None:
        """Show a carrier; with `check` (a scan) the banner judges label and carrier."""
        if carrier_id is None:
            self.clear()
            if check is not None:
                self.banner.show_verdict(labels.judge(check, None))
                self._show_scan(check)
            return
        with self.session.vault.reader() as s:
            facts = carriers.facts(s, carrier_id)
            carrier = carriers.get(s, carrier_id)
            (row,) = carriers.rows_for(s, [carrier_id])
            movements = carriers.movements_of(s, carrier_id)
            seals = carriers.seals_of(s, carrier_id)
            secrets = carriers.secrets_of(s, carrier_id)
            original = carriers.get(s, carrier.original_id) if carrier.original_id else None
            copies = carriers.copy_numbers(s, carrier_id)
            scanned = labels.scan_verdict(s, check) if check is not None else None
        self.carrier_id = carrier_id
        self.placeholder.hide()
        self.body.show()
        self.heading.setText(f"{facts.number}　{facts.title}")
        status = label(STATUS_LABELS[facts.status])
        if row.overdue:
            status += self.tr("（逾期未还）")
        term = QCoreApplication.translate("register", facts.term.text)
        if facts.term.expired():
            term += self.tr("（已届满）")
        self.values["kind"].setText(label(KIND_LABELS[facts.kind]))
        self.values["grade"].setText(facts.grade)
        self.values["term"].setText(term)
        self.values["status"].setText(status)
        self.values["custodian"].setText(facts.responsible_person or "—")
        self.values["unit"].setText(facts.responsible_unit or "—")
        self.values["place"].setText(" ".join(p for p in (row.area, row.location) if p) or "—")
        self.values["device"].setText(carrier.device_detail or "—")
        self.values["secrets"].setText("\n".join(f"{x.number}　{x.subject}" for x in secrets))
        if original is not None:
            copies_text = self.tr("复制件，原件 {number}").format(number=original.number)
        elif copies:
            copies_text = self.tr("原件；复制件 {numbers}").format(numbers="、".join(copies))
        else:
            copies_text = "—"
        self.values["copies"].setText(copies_text)
        self.movements.set_rows(movements)
        seal_rows: list[tuple[str, str, str]] = []
        for v in seals:
            seal_rows.append(
                (
                    str(v.sealed_on),
                    self.tr("封存"),
                    self.tr("封条 {number}，{place}；{reason}{note}；每 {days} 天检查").format(
                        number=v.seal_number,
                        place=v.place,
                        reason=label(SEAL_REASON_LABELS[v.reason])[:2],
                        note=f"（{v.reason_note}）" if v.reason_note else "",
                        days=v.check_interval_days,
                    ),
                )
            )
            for c in reversed(v.checks):
                seal_rows.append(
                    (
                        str(c.checked_on),
                        self.tr("检查：完好") if c.intact else self.tr("检查：发现问题"),
                        f"{c.checked_by}　{c.note}".strip(),
                    )
                )
            if v.unsealed_on:
                seal_rows.append((str(v.unsealed_on), self.tr("启封"), ""))
            else:
                seal_rows.append((str(v.next_check), self.tr("下次检查"), ""))
        self.seals.set_rows(list(reversed(seal_rows)))
        events = self.session.read(
            audit_service.page,
            AuditFilter(entity_type="carrier", entity_id=str(carrier_id)),
            0,
            500,
        )
        self.history.set_rows(
            [
                (audit_service.when_local(e.ts), w.operator, w.action, w.changes)
                for e, w in zip(events, described(self.session, events), strict=True)
            ]
        )
        if scanned is None:
            self.banner.clear_verdict()
        else:
            self.banner.show_verdict(scanned)
        self._show_scan(check)


# --- the carriers tab -----------------------------------------------------------------------


class CarriersTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CarrierListModel(session, self)

        # filters
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("编号、名称、位置、保管人…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.apply_filter)
        self.search.textChanged.connect(lambda text: text or self.apply_filter())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类型"), None)
        for kind in CarrierKind:
            self.kind.addItem(label(KIND_LABELS[kind]), kind.value)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for status in CarrierStatus:
            self.status.addItem(label(STATUS_LABELS[status]), status.value)
        self.area = QComboBox()
        self.overdue = QCheckBox(self.tr("逾期未还"))
        self.check_due = QCheckBox(self.tr("封存检查到期"))
        self.unlabelled = QCheckBox(self.tr("未打印标识"))
        for combo in (self.kind, self.status, self.area):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.overdue, self.check_due, self.unlabelled):
            box.toggled.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.status)
        filters.addWidget(self.area, 1)
        filters.addWidget(self.overdue)
        filters.addWidget(self.check_due)
        filters.addWidget(self.unlabelled)
        filters.addWidget(self.count_label)

        # actions: the everyday ones as buttons, the rarer ones under “更多” — fourteen
        # buttons in a row made the window wider than a 1366-pixel screen. All of them are
        # also on the list's right-click menu.
        def act(text: str, slot) -> QAction:
            action = QAction(text, self)
            action.triggered.connect(slot)
            return action

        self.add_action = act(self.tr("登记载体…"), self.register)
        self.edit_action = act(self.tr("修改…"), self.edit)
        self.move_actions: dict[MovementKind, QAction] = {}
        for kind, text in (
            (MovementKind.BORROW, self.tr("借出…")),
            (MovementKind.CONSULT, self.tr("查阅…")),
            (MovementKind.COPY, self.tr("复制…")),
            (MovementKind.REPAIR, self.tr("送修…")),
            (MovementKind.TRANSFER, self.tr("移交…")),
            (MovementKind.RETURN, self.tr("归还…")),
        ):
            self.move_actions[kind] = act(text, lambda _=False, k=kind: self.move(k))
        self.seal_action = act(self.tr("封存…"), self.seal)
        self.check_action = act(self.tr("检查…"), self.check_seal)
        self.unseal_action = act(self.tr("启封…"), self.unseal)
        self.lost_action = act(self.tr("遗失…"), self.lost)
        self.found_action = act(self.tr("找回…"), self.found)
        self.superseded_action = act(self.tr("标记为已被替代…"), self.superseded)
        # Destruction and legal holds are the 销毁 page's: asked for through the session.
        self.destroy_action = act(self.tr("申请销毁…"), self.request_destruction)
        self.hold_action = act(self.tr("法律保全…"), self.show_holds)
        m = self.move_actions
        primary = (
            (self.add_action, self.edit_action),
            (m[MovementKind.BORROW], m[MovementKind.CONSULT], m[MovementKind.RETURN]),
        )
        rare = [
            m[MovementKind.COPY],
            m[MovementKind.REPAIR],
            m[MovementKind.TRANSFER],
            None,
            self.seal_action,
            self.check_action,
            self.unseal_action,
            None,
            self.lost_action,
            self.found_action,
            None,
            self.superseded_action,
            self.destroy_action,
            self.hold_action,
        ]
        actions = QHBoxLayout()
        actions.setSpacing(4)
        for n, group in enumerate(primary):
            if n:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                actions.addWidget(line)
            for action in group:
                actions.addWidget(action_button(action))
        self.more_button = more_button(rare, self)
        actions.addWidget(self.more_button)
        actions.addStretch(1)

        # list and detail
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(
            self.table,
            wrap=False,
            compact=True,
            resize=QHeaderView.ResizeMode.Interactive,
            widths=(142, 190, 84, 72, 84, 62, 170, 86),
            stretch=1,
            stretch_last=False,
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._tell_selected)
        self.model.modelReset.connect(self._tell_selected)  # a reset drops the selection silently
        list_actions(
            self.table,
            [
                self.edit_action,
                None,
                *(m[k] for k in (MovementKind.BORROW, MovementKind.CONSULT, MovementKind.RETURN)),
                None,
                *rare,
            ],
            open_row=self.edit,
        )
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.detail = CarrierDetail(session)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 380])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.detail.carrier_id
        self._load_areas()
        self.apply_filter()
        if keep is not None:
            self.select(keep)

    def _load_areas(self) -> None:
        from tsdesk.services import areas as area_service

        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("全部区域"), None)
        with self.session.vault.reader() as s:
            for a in area_service.list_areas(s):
                self.area.addItem(a.name, a.id)
        self.area.setCurrentIndex(max(0, self.area.findData(current)))
        self.area.blockSignals(False)

    def current_filter(self) -> CarrierFilter:
        return CarrierFilter(
            kind=enum_choice(self.kind, CarrierKind),
            status=enum_choice(self.status, CarrierStatus),
            area_id=self.area.currentData(),
            overdue=self.overdue.isChecked(),
            check_due=self.check_due.isChecked(),
            unlabelled=self.unlabelled.isChecked(),
            search=self.search.text(),
        )

    def apply_filter(self, *_: Any) -> None:
        self.model.set_filter(self.current_filter())
        self._selection_changed()

    def clear(self) -> None:
        close_dialogs(self)
        self.search.clear()
        self.model.clear()
        self.detail.clear()
        self._update_buttons()

    def _update_count(self, *_: Any) -> None:
        self.count_label.setText(self.tr("共 {n} 件").format(n=self.model.total))

    def select(self, carrier_id: int) -> bool:
        """Select the carrier in the list (fetching on as needed); False if it is filtered out."""
        while (row := self.model.row_of(carrier_id)) is None and self.model.canFetchMore():
            self.model.fetchMore()
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- selection ------------------------------------------------------------------------
    def selected(self) -> CarrierRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _tell_selected(self, *_: Any) -> None:
        """Other pages (labels) learn the selected carrier from the session."""
        chosen = self.selected()
        self.session.carrier_selected.emit(chosen.id if chosen is not None else None)

    def _selection_changed(self, *_: Any) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.id != self.detail.carrier_id:
            self.detail.show_carrier(chosen.id)
        elif chosen is None and self.detail.carrier_id is not None and not self.detail.banner.level:
            self.detail.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        chosen = self.selected()
        status = chosen.status if chosen else None
        self.add_action.setEnabled(can_edit)
        self.edit_action.setEnabled(
            can_edit and chosen is not None and status != CarrierStatus.DESTROYED
        )
        for kind, action in self.move_actions.items():
            action.setEnabled(
                can_edit and status is not None and carriers.movement_allowed(status, kind)
            )
        self.seal_action.setEnabled(
            can_edit and status is not None and carriers.can_go(status, CarrierStatus.SEALED)
        )
        self.check_action.setEnabled(can_edit and status == CarrierStatus.SEALED)
        self.unseal_action.setEnabled(can_edit and status == CarrierStatus.SEALED)
        self.lost_action.setEnabled(
            can_edit and status is not None and carriers.can_go(status, CarrierStatus.LOST)
        )
        self.found_action.setEnabled(can_edit and status == CarrierStatus.LOST)
        self.destroy_action.setEnabled(
            can_edit and status is not None and carriers.can_go(status, CarrierStatus.DESTROYED)
        )
        self.hold_action.setEnabled(can_edit and chosen is not None)
        self.superseded_action.setEnabled(
            can_edit and status not in (None, CarrierStatus.DESTROYED, CarrierStatus.LOST)
        )

    # --- actions --------------------------------------------------------------------------
    def _after(self, carrier_id: int | None) -> None:
        self.refresh()
        if carrier_id is not None and not self.select(carrier_id):
            self.detail.show_carrier(carrier_id)

    def register(self) -> int | None:
        dialog = CarrierDialog(self.session, None, self)
        if dialog.exec():
            self._after(dialog.result_value)
            return dialog.result_value
        return None

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status == CarrierStatus.DESTROYED:
            return
        if CarrierDialog(self.session, chosen.id, self).exec():
            self._after(chosen.id)

    def move(self, kind: MovementKind) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = MovementDialog(self.session, chosen.id, kind, self)
        if dialog.exec():
            moved = dialog.result_value
            self._after(moved.copy_id if moved and moved.copy_id else chosen.id)

    def request_destruction(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.destroy_action.isEnabled():
            self.session.destruction_requested.emit("carrier", chosen.id)

    def show_holds(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.hold_action.isEnabled():
            self.session.holds_requested.emit("carrier", chosen.id, chosen.number)

    def seal(self) -> None:
        chosen = self.selected()
        if chosen is not None and SealDialog(self.session, chosen.id, self).exec():
            self._after(chosen.id)

    def check_seal(self) -> None:
        chosen = self.selected()
        if chosen is not None and SealCheckDialog(self.session, chosen.id, self).exec():
            self._after(chosen.id)

    def _note_action(self, title: str, intro: str, field: str, action) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = NoteDialog(
            self.session,
            title,
            intro.format(number=chosen.number, title=chosen.title),
            field,
            lambda uow, note: action(uow, chosen.id, note),
            self,
        )
        if dialog.exec():
            self._after(chosen.id)

    def unseal(self) -> None:
        self._note_action(
            self.tr("启封"),
            self.tr("启封 {number} {title}：载体回到在库状态，封存及检查记录保留。"),
            self.tr("启封原因"),
            carriers.unseal,
        )

    def lost(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._note_action(
            self.tr("登记遗失"),
            self.tr(
                "将 {number} {title} 登记为遗失，找回后可登记找回。"
                "如涉嫌泄密，请立即报告保密负责人，并写明遗失经过。"
            ),
            self.tr("遗失情况"),
            carriers.mark_lost,
        )
        if self.session.read(carriers.get, chosen.id).status != CarrierStatus.LOST:
            return
        # 003 §13.3.1: a loss is reported at once; the case opens with the carrier linked.
        answer = QMessageBox.question(
            self,
            self.tr("登记遗失"),
            self.tr("{number} 已登记为遗失。现在为此立案，启动应急处置吗？").format(
                number=chosen.number
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.incident_requested.emit("carrier_lost", chosen.id)

    def superseded(self) -> None:
        self._note_action(
            self.tr("标记为已被替代"),
            self.tr(
                "{number} {title} 已被新的版本或副本替代：标记后列入销毁页的待销毁载体，"
                "并在工作台提醒，直至销毁。"
            ),
            self.tr("被哪一份替代"),
            carriers.mark_superseded,
        )

    def found(self) -> None:
        self._note_action(
            self.tr("登记找回"),
            self.tr("{number} {title} 已找回，回到在库状态。"),
            self.tr("找回情况"),
            carriers.mark_found,
        )

    # --- a scanned code -------------------------------------------------------------------
    def _set_filters(self, values: dict[str, Any], search: str = "") -> None:
        """Every filter to "all" but `values` (CarrierFilter field names), without reloading."""
        for name, combo in (("kind", self.kind), ("status", self.status), ("area_id", self.area)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(values.get(name))))
            combo.blockSignals(False)
        for name, box in (
            ("overdue", self.overdue),
            ("check_due", self.check_due),
            ("unlabelled", self.unlabelled),
        ):
            box.blockSignals(True)
            box.setChecked(bool(values.get(name)))
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(search)
        self.search.blockSignals(False)

    def show_filtered(self, filters: dict[str, Any]) -> None:
        """The list narrowed as a 工作台 reminder asks (status as its value, flags as bools)."""
        self._set_filters(filters)
        self.apply_filter()

    def show_scan(self, check: LabelCheck) -> None:
        """Open a scanned carrier: the list shows just it, the detail the banner."""
        carrier_id = check.carrier_id
        if carrier_id is not None:
            with self.session.vault.reader() as s:
                number = carriers.get(s, carrier_id).number
            self._set_filters({}, number)
            self.apply_filter()
            self.select(carrier_id)
        self.detail.show_carrier(carrier_id, check)


# --- the page -------------------------------------------------------------------------------


class CarriersPage(QWidget):
    """载体与区域: two tabs, carriers and secret areas."""

    PAGE_KEYS = ("carriers", "areas")  # what a 工作台 reminder may open here

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.carriers_tab = CarriersTab(session)
        self.areas_tab = AreasTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.carriers_tab, self.tr("涉密载体"))
        self.tabs.addTab(self.areas_tab, self.tr("涉密区域"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 8)
        layout.addWidget(self.tabs)
        session.actor_changed.connect(self._actor_changed)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CarriersPage", "载体与区域")

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.areas_tab:
            self.areas_tab.refresh()
        else:
            self.carriers_tab.refresh()

    def clear(self) -> None:
        self.carriers_tab.clear()
        self.areas_tab.clear()

    def show_filtered(self, page_key: str, filters: dict[str, Any]) -> None:
        """Open the carriers or the areas tab narrowed as a 工作台 reminder asks."""
        tab = self.areas_tab if page_key == "areas" else self.carriers_tab
        self.tabs.setCurrentWidget(tab)
        tab.show_filtered(filters)

    def new_record(self) -> None:
        """Ctrl+N: a new carrier, or a new area on the areas tab."""
        if self.tabs.currentWidget() is self.areas_tab:
            self.areas_tab.new_record()
        elif self.carriers_tab.add_action.isEnabled():
            self.carriers_tab.register()

    def _actor_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def handle_search(self, text: str) -> bool:
        """A label payload or a carrier number from the search box (or a wedge scanner):
        open the carrier and judge label and carrier at once. Other text is not ours."""
        code = text.strip()
        if not code:
            return False
        try:
            check = self.session.read(labels.verify_payload, code)
        except TSDeskError as err:
            show_error(self, err)
            return True
        is_label = code.startswith((labels.FULL + labels.SEP, labels.COMPACT + labels.SEP))
        if check.status == labels.UNKNOWN and not is_label:
            return False
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(type(self))
        self.tabs.setCurrentWidget(self.carriers_tab)
        self.carriers_tab.show_scan(check)
        return True
