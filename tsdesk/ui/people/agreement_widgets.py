"""Agreement widgets other screens may embed (the person page shows a person's agreements),
and what the agreements page and its dialogs share: printing to a preview, status words."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from tsdesk.services import agreements
from tsdesk.services.agreements import AgreementFilter, AgreementRow
from tsdesk.ui.common import RowsModel, list_actions
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import list_view
from tsdesk.vault import UnitOfWork


def _a(text: str) -> str:
    return QCoreApplication.translate("agreements", text)


def preview(
    session: UiSession, parent: QWidget, title: str, make: Callable[[UnitOfWork, Any], None]
) -> PdfPreviewDialog | None:
    """Print into memory (no plaintext PDF on disk unless the user saves it), the print event
    recorded, then preview: 打印 and 另存为 are there."""
    out = io.BytesIO()
    ok, _ = session.run(parent, lambda uow: make(uow, out), "audit")
    if not ok:
        return None
    dialog = PdfPreviewDialog(out.getvalue(), title, parent)
    dialog.exec()
    return dialog


def status_text(row: AgreementRow, today: date | None = None) -> str:
    text = _a(agreements.STATUS_LABELS[row.status])
    if row.expired(today):
        text += QCoreApplication.translate("agreements", "（已过终止日期）")
    return text


class PersonAgreementsTab(QWidget):
    """One person's agreements (for the person page): kind, number, status, dates."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.model: RowsModel[AgreementRow] = RowsModel(
            [
                (self.tr("种类"), lambda r: _a(agreements.KIND_LABELS[r.kind])),
                (self.tr("编号"), lambda r: r.number),
                (self.tr("状态"), status_text),
                (self.tr("生效"), lambda r: str(r.effective_on or "")),
                (self.tr("终止"), lambda r: str(r.end_on or "")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True)
        list_actions(self.table, [])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        if person_id is None:
            self.model.set_rows([])
            self.summary.clear()
            return
        today = date.today()
        with self.session.vault.reader() as s:
            rows = agreements.list_agreements(s, AgreementFilter(person_id=person_id))
            bound = agreements.nda_in_force(s, person_id, today)
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("员工保密协议：生效中") if bound else self.tr("⚠ 没有生效中的员工保密协议")
        )
