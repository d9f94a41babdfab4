"""打印记录: every label print, newest first, with its template, printer and reprint reason."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QVBoxLayout, QWidget

from tsdesk.services import labels
from tsdesk.ui.common import RowsModel, list_actions
from tsdesk.ui.labels.batch import rows_table
from tsdesk.ui.session import UiSession
from tsdesk.ui.words import translate


class PrintLogPanel(QGroupBox):
    """The print log. Its words are the labels page's (context "LabelsPage")."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(translate("LabelsPage", "打印记录"), parent)
        self.session = session
        self.log_model: RowsModel[labels.PrintLogRow] = RowsModel(
            [
                (translate("LabelsPage", "时间"), lambda r: f"{r.printed_at:%Y-%m-%d %H:%M}"),
                (translate("LabelsPage", "操作员"), lambda r: r.operator),
                (translate("LabelsPage", "模板"), lambda r: r.template),
                (translate("LabelsPage", "打印机"), lambda r: r.printer),
                (translate("LabelsPage", "起始"), lambda r: r.start_position),
                (translate("LabelsPage", "标识"), lambda r: r.numbers),
                (translate("LabelsPage", "补打原因"), lambda r: r.reprint_reason),
            ]
        )
        self.log = rows_table(self.log_model)
        list_actions(self.log, [])
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        QVBoxLayout(self).addWidget(self.log)

    def reload(self) -> None:
        with self.session.vault.reader() as s:
            self.log_model.set_rows(labels.print_log(s))
        self.log.resizeColumnsToContents()

    def clear(self) -> None:
        self.log_model.set_rows([])
