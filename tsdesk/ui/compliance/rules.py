"""The 制度 tab: the enterprise's rules with their dates, each rule's text as attachments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.models import RuleKind
from tsdesk.services.compliance import rules
from tsdesk.services.compliance.rules import RuleRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.attachments import AttachmentsPanel
from tsdesk.ui.common import RowsModel, list_actions, reselect
from tsdesk.ui.compliance.dialogs import (
    RepealDialog,
    ReviseDialog,
    RuleDialog,
    compliance_word,
    run_dialog,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import add_labelled, list_view


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class RulesTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类别"), None)
        add_labelled(self.kind, rules.KIND_LABELS, compliance_word)
        self.kind.activated.connect(lambda _i: self.refresh())
        self.add_button = QPushButton(self.tr("登记制度…"))
        self.add_button.setToolTip(self.tr("登记一份已发布的制度（Ctrl+N），再在下方添加其文本"))
        self.add_button.clicked.connect(self.add_rule)
        self.revise_button = QPushButton(self.tr("修订…"))
        self.revise_button.clicked.connect(self.revise)
        self.repeal_button = QPushButton(self.tr("废止…"))
        self.repeal_button.clicked.connect(self.repeal)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.revise_button)
        top.addWidget(self.repeal_button)

        today = date.today
        self.model: RowsModel[RuleRow] = RowsModel(
            [
                (self.tr("类别"), lambda r: compliance_word(rules.KIND_LABELS[r.kind])),
                (self.tr("制度名称"), lambda r: r.title),
                (self.tr("文号"), lambda r: r.number),
                (self.tr("发布日期"), lambda r: _day(r.adopted_on)),
                (self.tr("修订日期"), lambda r: _day(r.revised_on)),
                (
                    self.tr("状态"),
                    lambda r: (
                        self.tr("现行有效")
                        if r.in_force(today())
                        else self.tr("已废止 {date}").format(date=_day(r.repealed_on))
                        if r.repealed_on
                        else self.tr("尚未生效")
                    ),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True, widths=(150, 0, 130, 90, 90), stretch=1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        list_actions(self.table, [], self.revise)
        self.files_title = QLabel(self.tr("制度文本（附件）"))
        self.files = AttachmentsPanel(session, rules.OWNER_KIND)
        files_box = QWidget()
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.files_title)
        files_layout.addWidget(self.files, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(files_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        kind = self.kind.currentData()
        rows = self.session.read(rules.list_rules, kind=RuleKind(kind) if kind else None)
        self.model.set_rows(rows)
        reselect(self.table, self.model, select_id or (current.id if current else None))
        self._selected_changed()

    def clear(self) -> None:
        self.model.set_rows([])
        self.files.show_owner(None)

    def set_kind(self, kind: str | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.refresh()

    def selected(self) -> RuleRow | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _selected_changed(self) -> None:
        row = self.selected()
        can = self.session.can(Permission.EDIT_DATA) and not self.session.vault.read_only
        self.add_button.setEnabled(can)
        open_ = row is not None and row.repealed_on is None
        self.revise_button.setEnabled(can and open_)
        self.repeal_button.setEnabled(can and open_)
        self.files.show_owner(row.id if row else None)

    def add_rule(self) -> None:
        if not self.add_button.isEnabled():
            return
        kind = self.kind.currentData()
        dialog = RuleDialog(self.session, RuleKind(kind) if kind else None, self)
        if run_dialog(dialog):
            self.refresh(select_id=dialog.result_value)

    def revise(self) -> None:
        row = self.selected()
        if (
            row is not None
            and self.revise_button.isEnabled()
            and run_dialog(ReviseDialog(self.session, row, self))
        ):
            self.refresh(select_id=row.id)

    def repeal(self) -> None:
        row = self.selected()
        if (
            row is not None
            and self.repeal_button.isEnabled()
            and run_dialog(RepealDialog(self.session, row, self))
        ):
            self.refresh(select_id=row.id)
