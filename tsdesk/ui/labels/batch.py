"""Choosing the carriers to label: find them (or scan a label), add them to the print batch,
or take the one selected on the carriers page (told through the session)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
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
from tsdesk.services import carriers as carrier_service
from tsdesk.services import labels
from tsdesk.services.carriers import STATUS_LABELS, CarrierFilter, CarrierRow
from tsdesk.ui.common import RowsModel, list_actions
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import list_view
from tsdesk.ui.words import translate


@dataclass(frozen=True)
class BatchRow:
    id: int
    number: str
    title: str
    grade: str
    term: str
    status: str
    printed: int  # issues so far


def _tr_status(status) -> str:
    return QCoreApplication.translate("carriers", STATUS_LABELS[status])


def rows_table(model: RowsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    return list_view(table, multi=True)


class BatchPanel(QGroupBox):
    """选择载体 with the print batch below. Its words are the labels page's (context
    "LabelsPage"), as when it was part of the page."""

    changed = Signal()  # the batch gained or lost carriers
    said = Signal(str, bool)  # a message for the page's status line, and whether an error

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(translate("LabelsPage", "选择载体"), parent)
        self.session = session
        self._on_carriers_page: int | None = None  # told by the carriers page via the session
        session.carrier_selected.connect(self._carriers_page_selected)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            translate("LabelsPage", "编号、名称、保管人…，或扫描标识")
        )
        self.search_edit.returnPressed.connect(self.search)
        search_button = QPushButton(translate("LabelsPage", "查找"))
        search_button.clicked.connect(self.search)
        self.results_model: RowsModel[CarrierRow] = RowsModel(
            [
                (translate("LabelsPage", "编号"), lambda r: r.number),
                (translate("LabelsPage", "名称"), lambda r: r.title),
                (translate("LabelsPage", "密级"), lambda r: r.grade),
                (translate("LabelsPage", "状态"), lambda r: _tr_status(r.status)),
            ]
        )
        self.results = rows_table(self.results_model)
        self.add_button = QPushButton(translate("LabelsPage", "加入打印批次"))
        self.add_button.clicked.connect(self.add_selected)
        self.from_carriers_button = QPushButton(translate("LabelsPage", "加入载体页选中的载体"))
        self.from_carriers_button.clicked.connect(self.add_from_carriers_page)
        self.batch_model: RowsModel[BatchRow] = RowsModel(
            [
                (translate("LabelsPage", "编号"), lambda r: r.number),
                (translate("LabelsPage", "名称"), lambda r: r.title),
                (translate("LabelsPage", "密级"), lambda r: r.grade),
                (translate("LabelsPage", "保密期限"), lambda r: r.term),
                (translate("LabelsPage", "状态"), lambda r: r.status),
                (
                    translate("LabelsPage", "已打印"),
                    lambda r: (
                        translate("LabelsPage", "{n} 次").format(n=r.printed) if r.printed else ""
                    ),
                ),
            ]
        )
        self.batch = rows_table(self.batch_model)
        self.remove_button = QPushButton(translate("LabelsPage", "移出"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(translate("LabelsPage", "清空"))
        self.clear_button.clicked.connect(self.clear_batch)
        self.batch_label = QLabel()
        list_actions(self.results, [self.add_button], open_row=self.add_button.click)
        list_actions(self.batch, [self.remove_button, self.clear_button])

        pick_layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(search_button)
        pick_layout.addLayout(search_row)
        pick_layout.addWidget(self.results, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.from_carriers_button)
        add_row.addStretch(1)
        pick_layout.addLayout(add_row)
        batch_title = QHBoxLayout()
        batch_title.addWidget(QLabel(translate("LabelsPage", "打印批次")))
        batch_title.addWidget(self.batch_label, 1)
        batch_title.addWidget(self.remove_button)
        batch_title.addWidget(self.clear_button)
        pick_layout.addLayout(batch_title)
        pick_layout.addWidget(self.batch, 1)

    def ids(self) -> list[int]:
        return [r.id for r in self.batch_model.rows()]

    def show_count(self) -> None:
        n = len(self.batch_model.rows())
        self.batch_label.setText(translate("LabelsPage", "共 {n} 个载体").format(n=n) if n else "")

    def clear(self) -> None:
        self.search_edit.clear()
        self.results_model.set_rows([])
        self.batch_model.set_rows([])

    def _say(self, text: str, error: bool = False) -> None:
        self.said.emit(text, error)

    def add_scanned(self, text: str) -> bool:
        """Add the carrier of a label payload or carrier number; False when there is none."""
        code = text.strip()
        if not code:
            return False
        check = self.session.read(labels.verify_payload, code)
        if check.carrier_id is None or check.status == labels.FORGED:
            return False
        self.add_carriers([check.carrier_id])
        return True

    def search(self) -> None:
        text = self.search_edit.text().strip()
        if text.startswith((labels.FULL + labels.SEP, labels.COMPACT + labels.SEP)):
            if not self.add_scanned(text):
                self._say(
                    translate("LabelsPage", "标识无效或不属于本库：{text}").format(text=text),
                    error=True,
                )
            self.search_edit.clear()
            return
        with self.session.vault.reader() as s:
            rows = carrier_service.carrier_rows(s, CarrierFilter(search=text))
        self.results_model.set_rows(rows)
        self.results.resizeColumnsToContents()
        self._say(
            translate("LabelsPage", "找到 {n} 个载体").format(n=len(rows))
            if rows
            else translate("LabelsPage", "没有找到载体")
        )

    def add_selected(self) -> None:
        picked = sorted({i.row() for i in self.results.selectionModel().selectedRows()})
        self.add_carriers([self.results_model.row_at(r).id for r in picked])

    def _carriers_page_selected(self, carrier_id: int | None) -> None:
        self._on_carriers_page = carrier_id

    def add_from_carriers_page(self) -> None:
        if self._on_carriers_page is None:
            self._say(translate("LabelsPage", "载体页没有选中的载体"), error=True)
            return
        self.add_carriers([self._on_carriers_page])

    def add_carriers(self, carrier_ids: list[int]) -> None:
        """Add carriers to the batch (kept in order, each once)."""
        ids = self.ids()
        ids += [i for i in dict.fromkeys(carrier_ids) if i not in ids]
        self.reload(ids)
        self.changed.emit()

    def reload(self, ids: list[int]) -> None:
        rows = []
        with self.session.vault.reader() as s:
            for carrier_id in ids:
                try:
                    f = carrier_service.facts(s, carrier_id)
                except TSDeskError:
                    continue  # gone: drop it
                rows.append(
                    BatchRow(
                        f.id,
                        f.number,
                        f.title,
                        f.grade,
                        f.term.text,
                        _tr_status(f.status),
                        labels.current_issue(s, carrier_id),
                    )
                )
        self.batch_model.set_rows(rows)
        self.batch.resizeColumnsToContents()

    def remove_selected(self) -> None:
        gone = {
            self.batch_model.row_at(i.row()).id for i in self.batch.selectionModel().selectedRows()
        }
        self.reload([i for i in self.ids() if i not in gone])
        self.changed.emit()

    def clear_batch(self) -> None:
        self.batch_model.set_rows([])
        self.changed.emit()
