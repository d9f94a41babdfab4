"""应急处置: leak-response cases by status and level, each in its case view; new cases by
hand or asked for by other pages (`UiSession.incident_requested`: a lost carrier, a stock-take's
missing item, a forged label, a leaver), drills apart (the 演练 toggle), and the playbook's
templates (003 §12.2, §13)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import IncidentSource, IncidentStatus
from tsdesk.services import settings
from tsdesk.services.incidents import cases
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import RowsModel, close_dialogs, list_actions, reselect
from tsdesk.ui.incidents.case_view import CaseView, when
from tsdesk.ui.incidents.dialogs import CaseDialog
from tsdesk.ui.incidents.evidence_tab import EvidenceTab
from tsdesk.ui.incidents.remedies_tab import RemediesTab
from tsdesk.ui.incidents.templates import TemplatesDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, EXPIRED_COLOR, MUTED_STYLE, list_view

OPEN, OVERDUE = "open", "overdue"  # views of the status combo besides the statuses


def _i(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


class CasesModel(RowsModel[cases.CaseRow]):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            live = row.status == IncidentStatus.ACTIVE
            return QColor(EXPIRED_COLOR) if live and row.overdue() else None
        return super().data(index, role)


class IncidentsPage(QWidget):
    PAGE_KEYS = ("incidents",)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.names: list[str] = []
        self.status = QComboBox()
        self.status.addItem(self.tr("未结案"), OPEN)
        self.status.addItem(self.tr("全部"), "")
        for status, label in cases.STATUS_LABELS.items():
            self.status.addItem(_i(label), status.value)
        self.status.addItem(self.tr("步骤超期"), OVERDUE)
        self.status.activated.connect(lambda _i: self.refresh())
        self.level = QComboBox()
        self.level.activated.connect(lambda _i: self.refresh())
        self.drills = QPushButton(self.tr("演练"))
        self.drills.setCheckable(True)
        self.drills.setToolTip(self.tr("切换到演练：列出演练，新建的事件为演练"))
        self.drills.toggled.connect(lambda _on: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("检索编号或标题"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.new_button = QPushButton(self.tr("新建事件…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(lambda: self.new_case())
        self.templates_button = QPushButton(self.tr("处置预案…"))
        self.templates_button.clicked.connect(self.edit_templates)
        for b in (self.new_button, self.templates_button):
            b.setAutoDefault(False)
        self.drill_state = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addWidget(self.level)
        top.addWidget(self.drills)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.templates_button)

        self.model = CasesModel(
            [
                (self.tr("编号"), lambda r: r.number),
                (self.tr("标题"), lambda r: r.title),
                (self.tr("级别"), self._level_name),
                (self.tr("状态"), lambda r: _i(cases.STATUS_LABELS[r.status])),
                (self.tr("立案时间"), lambda r: when(cases.local(r.opened_at))),
                (
                    self.tr("下一期限"),
                    lambda r: when(r.next_due) if r.status == IncidentStatus.ACTIVE else "",
                ),
                (self.tr("演练"), lambda r: _i(cases.DRILL_MARK) if r.is_drill else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True, widths=(100, 170, 60, 60, 110, 110))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.view = CaseView(session)
        self.view.case_changed.connect(lambda case_id: self.refresh(case_id))
        # 证据 and 维权与文书 (issue 15 §2, §3): their changes refresh the timeline and list.
        self.evidence_tab = EvidenceTab(session)
        self.remedies_tab = RemediesTab(session)
        self.view.add_case_tab(self.evidence_tab, self.tr("证据"))
        self.view.add_case_tab(self.remedies_tab, self.tr("维权与文书"))
        for tab in (self.evidence_tab, self.remedies_tab):
            tab.changed.connect(lambda: self.refresh(self.view.case_id))
        list_actions(
            self.table,
            [self.view.grade_button, self.view.note_button, self.view.close_button],
            open_row=lambda: self.view.tabs.setFocus(),
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.drill_state)
        layout.addWidget(splitter, 1)
        session.actor_changed.connect(self._update_buttons)
        self._update_buttons()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("IncidentsPage", "应急处置")

    def _level_name(self, row: cases.CaseRow) -> str:
        return self.names[row.level - 1] if row.level and row.level <= len(self.names) else ""

    # --- the list -------------------------------------------------------------------------------
    def case_filter(self) -> cases.CaseFilter:
        view = self.status.currentData()
        return cases.CaseFilter(
            status=IncidentStatus(view) if view in set(IncidentStatus) else None,
            open_only=view == OPEN,
            overdue=view == OVERDUE,
            level=self.level.currentData(),
            drills=self.drills.isChecked(),
            search=self.search.text(),
        )

    def refresh(self, select_id: int | None = None) -> None:
        if select_id is None and self.view.case_id is not None:
            select_id = self.view.case_id
        with self.session.vault.reader() as s:
            self.names = cases.level_names(s)
            rows = cases.list_cases(s, self.case_filter())
            last = cases.last_drill(s)
            due = cases.drill_due(s)
            interval = int(settings.get(s, "drill_interval_days"))
        current = self.level.currentData()
        self.level.clear()
        self.level.addItem(self.tr("全部级别"), None)
        for n, name in enumerate(self.names, 1):
            self.level.addItem(name, n)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        if last is None:
            text = self.tr("尚无应急演练记录：请组织一次演练。")
        elif due:
            text = self.tr("上次演练：{last}，已超过 {days} 天：请组织演练。").format(
                last=last.isoformat(), days=interval
            )
        else:
            text = self.tr("上次演练：{last}，下次应在 {next} 前。").format(
                last=last.isoformat(), next=(last + timedelta(days=interval)).isoformat()
            )
        self.drill_state.setText(text)
        self.drill_state.setStyleSheet(ERROR_STYLE if due else MUTED_STYLE)
        self.model.set_rows(rows)
        reselect(self.table, self.model, select_id)
        if not rows:
            self.view.show_case(None)
        self._update_buttons()

    def clear(self) -> None:
        close_dialogs(self)
        self.model.set_rows([])
        self.view.show_case(None)

    def selected(self) -> cases.CaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        row = self.selected()
        self.view.show_case(row.id if row else None)

    def _update_buttons(self) -> None:
        can = self.session.can(Permission.EDIT_DATA)
        self.new_button.setEnabled(can)
        self.new_button.setText(
            self.tr("新建演练…") if self.drills.isChecked() else self.tr("新建事件…")
        )
        self.view._update()

    def select(self, case_id: int) -> bool:
        ids = [r.id for r in self.model.rows()]
        if case_id not in ids:
            self.status.setCurrentIndex(self.status.findData(""))
            self.level.setCurrentIndex(0)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            with self.session.vault.reader() as s:
                drill = cases.get_case(s, case_id).is_drill
            self.drills.blockSignals(True)
            self.drills.setChecked(drill)
            self.drills.blockSignals(False)
            self.refresh(case_id)
            ids = [r.id for r in self.model.rows()]
        if case_id in ids:
            self.table.selectRow(ids.index(case_id))
            return True
        return False

    # --- new cases ------------------------------------------------------------------------------
    def new_record(self) -> None:
        self.new_case()

    def new_case(self, source: str = "", record_id: int = 0) -> int | None:
        if not self.session.can(Permission.EDIT_DATA):
            return None
        preset = None
        if source and source != IncidentSource.REPORT.value:
            preset = self.session.read(cases.prefill, IncidentSource(source), record_id)
            self.drills.blockSignals(True)
            self.drills.setChecked(False)  # a real record: never a drill
            self.drills.blockSignals(False)
        dialog = CaseDialog(self.session, preset, self.drills.isChecked(), self)
        if not dialog.exec():
            return None
        case_id = dialog.result_value
        self.status.setCurrentIndex(self.status.findData(OPEN))
        self.refresh(case_id)
        self.select(case_id)
        return case_id

    def edit_templates(self) -> None:
        TemplatesDialog(self.session, self).exec()

    # --- asked by other pages and the 工作台 ------------------------------------------------------
    def show_filtered(self, _page_key: str, filters: dict[str, Any]) -> None:
        """{"source": IncidentSource value, "id": record} opens a new case from it; {"open":
        True} / {"overdue": True} / {"drills": True} narrow the list."""
        if "source" in filters:
            source, record_id = str(filters["source"]), int(filters.get("id") or 0)
            QTimer.singleShot(0, lambda: self.new_case(source, record_id))
            return
        view = OVERDUE if filters.get("overdue") else OPEN if filters.get("open") else ""
        if filters.get("drills"):
            view = ""
        self.status.setCurrentIndex(max(0, self.status.findData(view)))
        self.level.setCurrentIndex(0)
        self.drills.blockSignals(True)
        self.drills.setChecked(bool(filters.get("drills")))
        self.drills.blockSignals(False)
        self.refresh()

    def handle_search(self, text: str) -> bool:
        """A case number typed or scanned into the window's search box shows that case; an
        evidence list's QR code is checked by the 证据 tab."""
        if self.evidence_tab.handle_search(text):
            return True
        try:
            case = self.session.read(cases.by_number, text)
        except TSDeskError:  # not a case number: other pages may know it
            return False
        return self.select(case.id)
