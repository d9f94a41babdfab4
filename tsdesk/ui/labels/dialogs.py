"""The labels page's dialogs: a custom label size, a secret-area sign, marking a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tsdesk.documents.label_templates import ROLL, LabelTemplate, custom
from tsdesk.errors import TSDeskError
from tsdesk.services import areas as area_service
from tsdesk.services import carriers as carrier_service
from tsdesk.services import labels
from tsdesk.ui.common import InlineDialog
from tsdesk.ui.messages import error_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import PICK_LIMIT
from tsdesk.vault import UnitOfWork


class CustomTemplateDialog(InlineDialog):
    """A template from the stock's dimensions: a roll (page = label) or an A4 sheet."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("自定义标签尺寸"), parent)
        self.set_intro(
            self.tr(
                "按标签纸包装上的尺寸填写（毫米）。卷标每页一枚；A4 标签纸需填写行列、边距和间距。"
            )
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("热敏卷标（页面即标签）"), ROLL)
        self.kind.addItem(self.tr("A4 标签纸"), "sheet")
        self.width = self._mm(50, 5, 210)
        self.height = self._mm(30, 5, 297)
        self.cols, self.rows = QSpinBox(), QSpinBox()
        for spin, value in ((self.cols, 3), (self.rows, 8)):
            spin.setRange(1, 20)
            spin.setValue(value)
        self.left, self.top = self._mm(0, 0, 100), self._mm(0, 0, 100)
        self.pitch_x, self.pitch_y = self._mm(0, 0, 210), self._mm(0, 0, 297)
        self.pitch_x.setSpecialValueText(self.tr("同标签宽"))
        self.pitch_y.setSpecialValueText(self.tr("同标签高"))
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("标签宽"), self.width)
        self.form.addRow(self.tr("标签高"), self.height)
        self.form.addRow(self.tr("列数"), self.cols)
        self.form.addRow(self.tr("行数"), self.rows)
        self.form.addRow(self.tr("左边距"), self.left)
        self.form.addRow(self.tr("上边距"), self.top)
        self.form.addRow(self.tr("横向间距（标签左缘到下一枚左缘）"), self.pitch_x)
        self.form.addRow(self.tr("纵向间距（标签上缘到下一枚上缘）"), self.pitch_y)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.template: LabelTemplate | None = None

    @staticmethod
    def _mm(value: float, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def _kind_changed(self) -> None:
        sheet = self.kind.currentData() != ROLL
        for widget in (self.cols, self.rows, self.left, self.top, self.pitch_x, self.pitch_y):
            widget.setEnabled(sheet)

    def build(self) -> LabelTemplate:
        w, h = self.width.value(), self.height.value()
        if self.kind.currentData() == ROLL:
            return custom(w, h)
        pitch = (self.pitch_x.value() or w, self.pitch_y.value() or h)
        return custom(
            w,
            h,
            self.cols.value(),
            self.rows.value(),
            (self.left.value(), self.top.value()),
            pitch,
            page=(210.0, 297.0),
        )

    def accept(self) -> None:
        try:
            self.template = self.build()
        except TSDeskError as err:
            self.show_error(error_text(err))
            return
        super(InlineDialog, self).accept()  # nothing to store: no transaction


class AreaSignDialog(InlineDialog):
    """涉密区域标识牌: choose the area and the paper (003 §9.2.2 d)."""

    entity_type = "area"

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("涉密区域标识牌"), parent)
        self.area = QComboBox()
        with session.vault.reader() as s:
            for view in area_service.list_areas(s):
                if view.active:
                    self.area.addItem(f"{view.number}  {view.name}（{view.grade}）", view.id)
        self.size = QComboBox()
        self.size.addItems(["A4", "A3"])
        self.form.addRow(self.tr("涉密区域"), self.area)
        self.form.addRow(self.tr("纸张"), self.size)
        self.pdf: bytes = b""

    def check(self) -> str:
        return "" if self.area.currentData() is not None else self.tr("请先登记涉密区域")

    def change(self, uow: UnitOfWork) -> bytes:
        self.pdf = labels.area_sign(uow, self.area.currentData(), self.size.currentText())
        return self.pdf


class StampDialog(InlineDialog):
    """文档加注标记: a marked copy of a PDF (003 §9.2.2 b); the original stays as it is."""

    entity_type = "secret"

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("文档加注标记"), parent)
        self.setMinimumWidth(620)
        self.set_intro(
            self.tr(
                "为电子文档逐页加注页眉、页脚和斜向水印：商业秘密、密级、编号、保密期限和警示语。"
                "原文件不作任何改动，加注后的副本保存到您指定的位置。"
            )
        )
        self.source = QLineEdit()
        self.output = QLineEdit()
        browse_in = QPushButton(self.tr("选择…"))
        browse_in.clicked.connect(self._choose_source)
        browse_out = QPushButton(self.tr("选择…"))
        browse_out.clicked.connect(self._choose_output)
        # The first hits of a search, not every live secret (100,000s of them).
        self.secret_search = QLineEdit()
        self.secret_search.setPlaceholderText(self.tr("按编号、主题或等级检索…"))
        self.secret_search.setClearButtonEnabled(True)
        self.secret_search.textChanged.connect(self._find_secrets)
        self.secret = QComboBox()
        self._find_secrets("")
        row_in, row_out = QHBoxLayout(), QHBoxLayout()
        row_in.addWidget(self.source, 1)
        row_in.addWidget(browse_in)
        row_out.addWidget(self.output, 1)
        row_out.addWidget(browse_out)
        self.form.addRow(self.tr("原 PDF 文件"), row_in)
        self.form.addRow(self.tr("商业秘密"), self.secret_search)
        self.form.addRow("", self.secret)
        self.form.addRow(self.tr("保存为"), row_out)
        self.pages = 0

    def _find_secrets(self, text: str) -> None:

        with self.session.vault.reader() as s:
            hits = carrier_service.linkable_secrets(s, search=text, limit=PICK_LIMIT)
        self.secret.clear()
        for choice in hits:
            self.secret.addItem(f"{choice.number}  {choice.subject}（{choice.grade}）", choice.id)

    def _choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择 PDF 文件"), "", "PDF (*.pdf)")
        if path:
            self.source.setText(path)
            if not self.output.text():
                p = Path(path)
                self.output.setText(str(p.with_name(f"{p.stem}-商业秘密标记.pdf")))

    def _choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存加注标记后的文件"), self.output.text(), "PDF (*.pdf)"
        )
        if path:
            self.output.setText(path)

    def check(self) -> str:
        if not self.source.text().strip() or not self.output.text().strip():
            return self.tr("请选择原文件和保存位置")
        if self.secret.currentData() is None:
            return self.tr("请选择商业秘密")
        return ""

    def change(self, uow: UnitOfWork) -> int:
        self.pages = labels.stamp_pdf(
            uow, self.source.text().strip(), self.output.text().strip(), self.secret.currentData()
        )
        return self.pages
