"""The 自评 tab: the score, every item with its evidence, and the gaps as links that open the
page where each is fixed; the hand items answered here, the declaration registered here and
the report printed from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import OrgKind
from tsdesk.services.compliance import assessment, report
from tsdesk.services.compliance.assessment import Assessed, Assessment
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import RowsModel, busy, list_actions
from tsdesk.ui.compliance.dialogs import (
    AnswerDialog,
    DeclarationDialog,
    assessment_word,
    run_dialog,
)
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import EXPIRED_COLOR, MUTED_STYLE, list_view


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def evidence_text(a: Assessed) -> str:
    return "；".join(e.text(_tr) for e in a.result.evidence)


class _ItemsModel(RowsModel[Assessed]):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            a = self.row_at(index.row())
            return QBrush(QColor(EXPIRED_COLOR)) if a.gap else None
        return super().data(index, role)


class AssessmentTab(QWidget):
    """自评: evaluated when shown (a few dozen indexed counts)."""

    # (page key, filters): a gap asks the window to open the page that fixes it
    open_requested = Signal(str, dict)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: Assessment | None = None
        self.kind = QComboBox()
        for kind, title in assessment.KIND_TITLES.items():
            self.kind.addItem(assessment_word(title), kind.value)
        self.kind.activated.connect(self.refresh)
        self.score = QLabel()
        font = QFont(self.score.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.score.setFont(font)
        self.print_button = QPushButton(self.tr("打印自评报告…"))
        self.print_button.setToolTip(self.tr("预览、打印或保存自评报告（含证据索引）"))
        self.print_button.clicked.connect(self.print_report)
        self.declaration_button = QPushButton(self.tr("登记不侵权声明…"))
        self.declaration_button.clicked.connect(self.add_declaration)
        self.answer_button = QPushButton(self.tr("填写…"))
        self.answer_button.setToolTip(self.tr("填写所选的手工自评项"))
        self.answer_button.clicked.connect(self.answer_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("申报类别")))
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.score, 1)
        top.addWidget(self.answer_button)
        top.addWidget(self.declaration_button)
        top.addWidget(self.print_button)

        self.model = _ItemsModel(
            [
                (self.tr("条件"), lambda a: assessment_word(a.item.condition)),
                (self.tr("自评项"), lambda a: assessment_word(a.item.title)),
                (self.tr("结果"), self._result_word),
                (self.tr("依据"), evidence_text),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, wrap=False, compact=True, widths=(200, 200, 70), stretch=3)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        list_actions(self.table, [], self.open_selected)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_button = QPushButton(self.tr("去处理"))
        self.fix_button.setToolTip(self.tr("打开可以补齐这一项的页面"))
        self.fix_button.clicked.connect(self.open_selected)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.gaps_title = QLabel()
        self.gaps_title.setStyleSheet(MUTED_STYLE)
        self.gaps = QListWidget()
        self.gaps.setToolTip(self.tr("双击或回车打开补齐差距的页面"))
        self.gaps.itemActivated.connect(self._open_gap)
        list_actions(self.gaps, [self.fix_button])
        gaps_box = QWidget()
        gaps_layout = QVBoxLayout(gaps_box)
        gaps_layout.setContentsMargins(0, 0, 0, 0)
        gaps_layout.addWidget(self.gaps_title)
        gaps_layout.addWidget(self.gaps, 1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(gaps_box)
        bottom.addWidget(detail_box)
        bottom.setSizes([400, 600])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _result_word(self, a: Assessed) -> str:
        if a.result.met is None:
            return self.tr("参考")
        return self.tr("✓ 达到") if a.result.met else self.tr("✗ 未达到")

    # --- contract -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.result is None:  # the first time: the profile's kind of organisation
            profile_kind = self.session.read(assessment.kind_of)
            self.kind.setCurrentIndex(max(0, self.kind.findData(profile_kind.value)))
        key = self.selected_key()
        self.result = self.session.read(assessment.assess, None, OrgKind(self.kind.currentData()))
        r = self.result
        self.score.setText(
            self.tr("{met} / {total} 项达到（{percent}%）").format(
                met=r.met, total=r.total, percent=r.percent
            )
        )
        self.model.set_rows(r.items)
        keys = [a.item.key for a in r.items]
        self.table.selectRow(keys.index(key) if key in keys else 0)
        self.gaps.clear()
        self.gaps_title.setText(
            self.tr("差距 {n} 项（双击打开补齐的页面）").format(n=len(r.gaps))
            if r.gaps
            else self.tr("没有差距：各项均已达到")
        )
        for a in r.gaps:
            item = QListWidgetItem(f"{assessment_word(a.item.title)} — {evidence_text(a)}")
            item.setData(Qt.ItemDataRole.UserRole, a.item.key)
            item.setToolTip(assessment_word(a.item.rule))
            self.gaps.addItem(item)
        can_edit = self.session.can(Permission.EDIT_DATA) and not self.session.vault.read_only
        self.declaration_button.setEnabled(can_edit)
        self.print_button.setEnabled(self.session.can(Permission.EXPORT))
        self._show_detail()

    def clear(self) -> None:
        self.result = None
        self.model.set_rows([])
        self.gaps.clear()
        self.score.clear()
        self.detail.clear()

    # --- selection ------------------------------------------------------------------------
    def selected(self) -> Assessed | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def selected_key(self) -> str | None:
        a = self.selected()
        return a.item.key if a else None

    def select_item(self, key: str) -> None:
        keys = [a.item.key for a in self.model.rows()]
        if key in keys:
            self.table.selectRow(keys.index(key))

    def _show_detail(self) -> None:
        a = self.selected()
        can_edit = self.session.can(Permission.EDIT_DATA) and not self.session.vault.read_only
        self.answer_button.setEnabled(bool(a and a.item.by_hand and can_edit))
        self.fix_button.setEnabled(bool(a and a.result.page))
        if a is None:
            self.detail.clear()
            return
        lines = [
            f"<b>{assessment_word(a.item.condition)} · {assessment_word(a.item.title)}</b>"
            f" <span style='color:gray'>{a.item.key}</span>",
            self.tr("要求：{rule}").format(rule=assessment_word(a.item.rule)),
            self.tr("判定：{how}").format(how=assessment_word(a.item.how)),
            self.tr("结果：{result}").format(result=self._result_word(a)),
        ]
        lines += [f"• {e.text(_tr)}" for e in a.result.evidence]
        self.detail.setText("<br>".join(lines))

    # --- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        a = self.selected()
        if a is not None:
            self._open(a)

    def _open_gap(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        found = [a for a in self.model.rows() if a.item.key == key]
        if found:
            self.select_item(key)
            self._open(found[0])

    def _open(self, a: Assessed) -> None:
        if a.item.by_hand:
            self.answer(a.item.key)
        elif a.result.page:
            self.open_requested.emit(a.result.page, dict(a.result.filters))

    def answer_selected(self) -> None:
        a = self.selected()
        if a is not None and a.item.by_hand:
            self.answer(a.item.key)

    def answer(self, key: str) -> None:
        if run_dialog(AnswerDialog(self.session, key, self)):
            self.refresh()

    def add_declaration(self) -> None:
        if run_dialog(DeclarationDialog(self.session, self)):
            self.refresh()

    def print_report(self) -> None:
        kind = OrgKind(self.kind.currentData())
        try:
            with busy():
                _, pdf = self.session.run(
                    self, lambda uow: report.report_pdf(uow, None, kind), "assessment", show=False
                )
        except TSDeskError as err:
            show_error(self, err)
            return
        run_dialog(PdfPreviewDialog(pdf, self.tr("基地申报自评报告"), self))
