"""The 年度方案 tab: the year's programme; items a record fulfils are ticked when the tab is
shown (the pairing is stored and audited), the others are ticked by hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.services.compliance import programme
from tsdesk.services.compliance.programme import ItemRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import RowsModel, list_actions, reselect
from tsdesk.ui.compliance.dialogs import (
    DoneDialog,
    ProgrammeItemDialog,
    compliance_word,
    run_dialog,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import EXPIRED_COLOR, MUTED_STYLE, list_view


class _ItemsModel(RowsModel[ItemRow]):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return (
                QBrush(QColor(EXPIRED_COLOR))
                if self.row_at(index.row()).overdue(date.today())
                else None
            )
        return super().data(index, role)


class ProgrammeTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.summary = QLabel()
        self.summary.setStyleSheet(MUTED_STYLE)
        self.add_button = QPushButton(self.tr("新增事项…"))
        self.add_button.setToolTip(self.tr("在方案中新增一个计划事项（Ctrl+N）"))
        self.add_button.clicked.connect(self.add_item)
        self.done_button = QPushButton(self.tr("确认完成…"))
        self.done_button.setToolTip(self.tr("宣传、交流等没有对应记录的事项，手工确认完成"))
        self.done_button.clicked.connect(self.mark_done)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.done_button)
        self.model = _ItemsModel(
            [
                (self.tr("计划日期"), lambda r: r.due_on.isoformat()),
                (self.tr("类别"), lambda r: compliance_word(programme.KIND_LABELS[r.kind])),
                (self.tr("事项"), lambda r: r.title),
                (self.tr("状态"), self._state),
                (
                    self.tr("完成依据"),
                    lambda r: (
                        compliance_word(programme.FULFILLED_LABELS.get(r.fulfilled_type, ""))
                        if r.done_on
                        else ""
                    ),
                ),
                (self.tr("备注"), lambda r: r.note),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True, widths=(90, 120, 0, 130, 100), stretch=2)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        list_actions(self.table, [], self.mark_done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _state(self, r: ItemRow) -> str:
        if r.done_on:
            return self.tr("已完成 {date}").format(date=r.done_on.isoformat())
        return self.tr("逾期") if r.overdue(date.today()) else self.tr("未完成")

    def refresh(self, select_id: int | None = None) -> None:
        year = self.year.value()
        current = self.selected()
        can = self.session.can(Permission.EDIT_DATA) and not self.session.vault.read_only
        if can and self.session.read(programme.find_matches, year):
            self.session.run(self, lambda uow: programme.apply_matches(uow, year), "programme_item")
        rows = self.session.read(programme.list_items, year)
        self.model.set_rows(rows)
        done = sum(1 for r in rows if r.done_on)
        overdue = sum(1 for r in rows if r.overdue(date.today()))
        self.summary.setText(
            self.tr("共 {n} 项，已完成 {done} 项，逾期 {overdue} 项").format(
                n=len(rows), done=done, overdue=overdue
            )
            if rows
            else self.tr("本年度尚未制定工作方案")
        )
        reselect(self.table, self.model, select_id or (current.id if current else None))
        self._selected_changed()

    def clear(self) -> None:
        self.model.set_rows([])
        self.summary.clear()

    def selected(self) -> ItemRow | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _selected_changed(self) -> None:
        row = self.selected()
        can = self.session.can(Permission.EDIT_DATA) and not self.session.vault.read_only
        self.add_button.setEnabled(can)
        self.done_button.setEnabled(
            can and row is not None and row.done_on is None and row.kind in programme.BY_HAND
        )

    def add_item(self) -> None:
        if not self.add_button.isEnabled():
            return
        dialog = ProgrammeItemDialog(self.session, self.year.value(), self)
        if run_dialog(dialog):
            self.refresh(select_id=dialog.result_value)

    def mark_done(self) -> None:
        row = self.selected()
        if (
            row is not None
            and self.done_button.isEnabled()
            and run_dialog(DoneDialog(self.session, row.id, row.title, self))
        ):
            self.refresh(select_id=row.id)
