"""盘点: choose an area or location, scan labels one after another (a keyboard-wedge scanner
types the payload and Enter), watch found / missing / unexpected / must-not-exist fill in,
then finish, save and print the report. The rules are in tsdesk.services.stocktake."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.services import areas as area_service
from tsdesk.services import audit as audit_service
from tsdesk.services import stocktake
from tsdesk.services.permissions import Permission
from tsdesk.services.stocktake import FOUND, GROUPS, INVALID, MISSING, UNEXPECTED, Entry, Result
from tsdesk.ui.carriers.areas_tab import show_pdf
from tsdesk.ui.common import RowsModel, busy, close_dialogs, list_actions
from tsdesk.ui.messages import error_text, show_error
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import LEVEL_COLOURS, list_view

# The lists whose rows may start an incident case, and as what (IncidentSource values).
INCIDENT_SOURCES = {MISSING: "stocktake_missing", INVALID: "label_forged"}

# How each group looks: the banner level of its last scan and its title colour.
GROUP_LEVELS = {FOUND: "ok", UNEXPECTED: "warn", INVALID: "bad", MISSING: "info"}


def _st(text: str) -> str:
    return QCoreApplication.translate("stocktake", text)


class StockTakePage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scans: stocktake.Scans | None = None  # the stock-take under way
        self.shown_id: int | None = None  # the finished one shown (printable)

        # --- choose and start ---
        self.area = QComboBox()
        self.area.setMinimumWidth(220)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("位置（可选，按开头匹配，如“A 柜”）"))
        self.start_button = QPushButton(self.tr("开始盘点"))
        self.start_button.clicked.connect(self.start)
        self.history = QComboBox()
        self.history.setMinimumWidth(260)
        self.open_button = QPushButton(self.tr("查看"))
        self.open_button.clicked.connect(self.open_saved)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("区域")))
        start_row.addWidget(self.area)
        start_row.addWidget(self.location, 1)
        start_row.addWidget(self.start_button)
        start_row.addSpacing(24)
        start_row.addWidget(QLabel(self.tr("历史盘点")))
        start_row.addWidget(self.history)
        start_row.addWidget(self.open_button)

        # --- scanning ---
        self.status = QLabel(self.tr("选择要盘点的区域或位置，然后开始盘点。"))
        self.status.setStyleSheet("color: #444;")
        self.scan_edit = QLineEdit()
        self.scan_edit.setPlaceholderText(self.tr("扫描标签（扫码枪）或输入载体编号后按回车"))
        scan_font = QFont(self.scan_edit.font())
        scan_font.setPointSizeF(scan_font.pointSizeF() * 1.3)
        self.scan_edit.setFont(scan_font)
        self.scan_edit.setMinimumHeight(34)
        self.scan_edit.returnPressed.connect(self.scan_entered)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(34)
        self.finish_button = QPushButton(self.tr("完成并保存"))
        self.finish_button.clicked.connect(self.finish)
        self.abandon_button = QPushButton(self.tr("放弃"))
        self.abandon_button.setToolTip(self.tr("不保存结果；本次盘点留作未完成记录"))
        self.abandon_button.clicked.connect(self.abandon)
        self.print_button = QPushButton(self.tr("打印报告…"))
        self.print_button.clicked.connect(self.print_report)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_edit, 1)
        scan_row.addWidget(self.finish_button)
        scan_row.addWidget(self.abandon_button)
        scan_row.addWidget(self.print_button)

        # --- the four lists ---
        self.models: dict[str, RowsModel[Entry]] = {}
        self.views: dict[str, QTableView] = {}
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for n, group in enumerate((FOUND, MISSING, UNEXPECTED, INVALID)):
            model: RowsModel[Entry] = RowsModel(
                [
                    (self.tr("编号"), lambda e: e.number or e.code),
                    (self.tr("名称"), lambda e: e.title),
                    (self.tr("登记位置"), lambda e: e.place),
                    (self.tr("说明"), lambda e: _st(e.reason)),
                ],
                self,
            )
            view = QTableView()
            view.setModel(model)
            list_view(view, multi=True, wrap=False, compact=True, widths=(132, 130, 130))
            if group in INCIDENT_SOURCES:
                # 003 §13.3.1: a missing carrier or a forged label is reported as an incident.
                report = QAction(self.tr("立案…"), view)
                report.triggered.connect(lambda _=False, g=group: self.request_incident(g))
                list_actions(view, [report])
            else:
                list_actions(view, [])
            self.views[group] = view
            box = QGroupBox()
            _, colour, _ = LEVEL_COLOURS[GROUP_LEVELS[group]]
            box.setStyleSheet(f"QGroupBox {{ font-weight: bold; color: {colour}; }}")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(6, 6, 6, 6)
            inner.addWidget(view)
            grid.addWidget(box, n // 2, n % 2)
            self.models[group] = model
            self.boxes[group] = box

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.addLayout(start_row)
        layout.addWidget(self.status)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback)
        layout.addLayout(grid, 1)
        self._show_result(None)
        session.actor_changed.connect(self._actor_changed)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("StockTakePage", "盘点")

    # --- page contract --------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.area.currentData()
        self.area.clear()
        self.area.addItem(self.tr("（不限区域，按位置）"), None)
        with self.session.vault.reader() as s:
            for a in area_service.list_areas(s, active_only=True):
                self.area.addItem(f"{a.number} {a.name}", a.id)
            finished = [v for v in stocktake.list_stocktakes(s) if v.finished_at]
        self.area.setCurrentIndex(max(0, self.area.findData(current)))
        self.history.clear()
        for v in finished:
            where = " ".join(p for p in (v.area, v.location) if p)
            self.history.addItem(
                self.tr("{when} {where}（缺失 {missing}）").format(
                    when=audit_service.when_local(v.finished_at.isoformat())[:16],
                    where=where,
                    missing=v.counts[MISSING],
                ),
                v.id,
            )
        self._update_buttons()
        if self.scans is not None:
            self.scan_edit.setFocus()

    def clear(self) -> None:
        """On lock: the scans so far are dropped with the rest of the screen."""
        close_dialogs(self)
        self.scans = None
        self.shown_id = None
        self.location.clear()
        self.scan_edit.clear()
        self._quiet()
        self.status.setText(self.tr("选择要盘点的区域或位置，然后开始盘点。"))
        self._show_result(None)

    def _actor_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    # --- showing --------------------------------------------------------------------------
    def _show_result(self, result: Result | None) -> None:
        for group in GROUPS:
            rows = result.entries[group] if result else []
            self.models[group].set_rows(rows)
            self.boxes[group].setTitle(f"{_st(stocktake.GROUP_LABELS[group])}（{len(rows)}）")
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.scans is not None
        can_edit = self.session.can(Permission.EDIT_DATA)
        for widget in (self.area, self.location, self.start_button, self.history, self.open_button):
            widget.setEnabled(not running)
        self.start_button.setEnabled(not running and can_edit)
        self.open_button.setEnabled(not running and self.history.count() > 0)
        self.scan_edit.setEnabled(running)
        self.finish_button.setEnabled(running)
        self.abandon_button.setEnabled(running)
        self.print_button.setEnabled(
            not running and self.shown_id is not None and self.session.can(Permission.EXPORT)
        )

    def _quiet(self) -> None:
        self.feedback.clear()
        self.feedback.setStyleSheet("")

    def _say(self, level: str, text: str) -> None:
        background, colour, border = LEVEL_COLOURS[level]
        self.feedback.setStyleSheet(
            f"background: {background}; color: {colour}; border: 1px solid {border};"
            " border-radius: 4px; padding: 6px 10px; font-weight: bold;"
        )
        self.feedback.setText(text)

    # --- actions --------------------------------------------------------------------------
    def start(self) -> bool:
        area_id, location = self.area.currentData(), self.location.text()
        ok, stocktake_id = self.session.run(
            self, lambda uow: stocktake.start(uow, area_id, location), "stocktake"
        )
        if not ok:
            return False
        with self.session.vault.reader() as s:
            self.scans = stocktake.Scans(s, stocktake_id)
        self.shown_id = None
        where = " ".join(p for p in (self.scans.result.area, self.scans.result.location) if p)
        self.status.setText(
            self.tr("正在盘点：{where}　应在此处的载体 {n} 件").format(
                where=where, n=len(self.scans.result.entries[MISSING])
            )
        )
        self._quiet()
        self._show_result(self.scans.result)
        self.scan_edit.setFocus()
        return True

    def scan_entered(self) -> None:
        code = self.scan_edit.text().strip()
        self.scan_edit.clear()  # ready for the next label at once
        if code:
            self.scan(code)

    def scan(self, code: str) -> Entry | None:
        """Classify one scanned code and add it to the lists; repeats are ignored."""
        if self.scans is None:
            return None
        if self.scans.seen(code):
            self._say("info", self.tr("已扫描过，忽略：{code}").format(code=code))
            return None
        try:
            with self.session.vault.reader() as s:
                entry = stocktake.scan(s, self.scans.result.stocktake_id, code)
        except TSDeskError as err:
            self._say("bad", error_text(err))
            return None
        if not self.scans.add(entry):
            self._say("info", self.tr("该载体已计入，忽略：{number}").format(number=entry.number))
            return None
        self._say(
            GROUP_LEVELS[entry.group],
            f"{_st(stocktake.GROUP_LABELS[entry.group])}：{entry.number or entry.code}"
            f"　{entry.title}　— {_st(entry.reason)}",
        )
        self._show_result(self.scans.result)
        return entry

    def request_incident(self, group: str) -> None:
        """Open a case from the selected missing carrier or invalid label (its carrier, if the
        label names one, is linked)."""
        rows = self.views[group].selectionModel().selectedRows()
        if not rows or not self.session.can(Permission.EDIT_DATA):
            return
        entry = self.models[group].row_at(rows[0].row())
        self.session.incident_requested.emit(INCIDENT_SOURCES[group], entry.carrier_id or 0)

    def finish(self) -> Result | None:
        if self.scans is None:
            return None
        stocktake_id, codes = self.scans.result.stocktake_id, list(self.scans.codes)
        ok, result = self.session.run(
            self, lambda uow: stocktake.finish(uow, stocktake_id, codes), "stocktake"
        )
        if not ok:
            return None
        self.scans = None
        self.shown_id = stocktake_id
        self._quiet()
        self.status.setText(
            self.tr(
                "盘点已保存：找到 {found}，缺失 {missing}，位置不符 {unexpected}，不应存在 {invalid}。"
            ).format(
                found=result.count(FOUND),
                missing=result.count(MISSING),
                unexpected=result.count(UNEXPECTED),
                invalid=result.count(INVALID),
            )
        )
        self.refresh()
        self._show_result(result)
        return result

    def abandon(self) -> None:
        self.scans = None
        self._quiet()
        self.status.setText(self.tr("已放弃本次盘点，结果未保存。"))
        self._show_result(None)

    def open_saved(self) -> None:
        stocktake_id = self.history.currentData()
        if stocktake_id is None:
            return
        try:
            with self.session.vault.reader() as s:
                result = stocktake.saved(s, stocktake_id)
        except TSDeskError as err:
            show_error(self, err)
            return
        self.shown_id = stocktake_id
        self.status.setText(self.tr("历史盘点：{text}").format(text=self.history.currentText()))
        self._quiet()
        self._show_result(result)

    def print_report(self) -> None:
        if self.shown_id is None:
            return
        shown = self.shown_id
        try:
            with busy():
                _, pdf = self.session.run(
                    self, lambda uow: stocktake.report_pdf(uow, shown), "stocktake", show=False
                )
        except TSDeskError as err:
            show_error(self, err)
            return
        show_pdf(self, pdf, self.tr("盘点报告"))
