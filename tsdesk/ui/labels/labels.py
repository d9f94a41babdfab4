"""标识打印: confidentiality labels for carriers (003 §9.2.1), document covers, secret-area
signs and marking existing PDFs (003 §9.2.2 b), with the print log.

Labels are rendered off the GUI thread. A print through the Qt dialog renders the labels with
the issue numbers the print will give them, prints, then records the print; saving a PDF
records and renders in one transaction. Per-printer x/y calibration is kept on this PC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.documents.label_templates import COVER, ROLL, TEMPLATES, LabelTemplate, custom
from tsdesk.errors import TSDeskError
from tsdesk.services import areas as area_service
from tsdesk.services import carriers as carrier_service
from tsdesk.services import labels
from tsdesk.services.carriers import STATUS_LABELS, CarrierFilter, CarrierRow
from tsdesk.services.permissions import Permission
from tsdesk.settings import machine_get, machine_set
from tsdesk.ui.common import InlineDialog, RowsModel, close_dialogs, list_actions
from tsdesk.ui.messages import error_text
from tsdesk.ui.pdf_preview import (
    PdfPreviewDialog,
    PrintError,
    load_pdf,
    prepare_printer,
    print_pdf,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, OK_STYLE, list_view
from tsdesk.ui.workers import Task, describe, run_in_thread
from tsdesk.vault import UnitOfWork

NO_CALIBRATION = ""  # the printer entry whose offsets are always 0, 0
MAX_OFFSET_MM = 10.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabelsPage", text)


@dataclass(frozen=True)
class BatchRow:
    id: int
    number: str
    title: str
    grade: str
    term: str
    status: str
    printed: int  # issues so far


def load_offsets() -> dict[str, list[float]]:
    """{printer name: [right mm, down mm]} saved on this PC."""
    return {k: [float(v[0]), float(v[1])] for k, v in dict(machine_get("printer_offsets")).items()}


def offsets_for(printer: str) -> tuple[float, float]:
    x, y = load_offsets().get(printer, [0.0, 0.0])
    return x, y


def save_offsets(printer: str, x: float, y: float) -> None:
    if printer == NO_CALIBRATION:
        return
    offsets = load_offsets()
    offsets[printer] = [round(x, 2), round(y, 2)]
    machine_set("printer_offsets", offsets)


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
        self.secret = QComboBox()
        with session.vault.reader() as s:
            for choice in carrier_service.linkable_secrets(s):
                if choice.live:
                    self.secret.addItem(
                        f"{choice.number}  {choice.subject}（{choice.grade}）", choice.id
                    )
        row_in, row_out = QHBoxLayout(), QHBoxLayout()
        row_in.addWidget(self.source, 1)
        row_in.addWidget(browse_in)
        row_out.addWidget(self.output, 1)
        row_out.addWidget(browse_out)
        self.form.addRow(self.tr("原 PDF 文件"), row_in)
        self.form.addRow(self.tr("商业秘密"), self.secret)
        self.form.addRow(self.tr("保存为"), row_out)
        self.pages = 0

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


class LabelsPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.custom_templates: list[LabelTemplate] = []
        self._on_carriers_page: int | None = None  # told by the carriers page via the session
        session.carrier_selected.connect(self._carriers_page_selected)

        # --- choosing carriers ---
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("编号、名称、保管人…，或扫描标识"))
        self.search_edit.returnPressed.connect(self.search)
        search_button = QPushButton(self.tr("查找"))
        search_button.clicked.connect(self.search)
        self.results_model: RowsModel[CarrierRow] = RowsModel(
            [
                (self.tr("编号"), lambda r: r.number),
                (self.tr("名称"), lambda r: r.title),
                (self.tr("密级"), lambda r: r.grade),
                (self.tr("状态"), lambda r: _tr_status(r.status)),
            ]
        )
        self.results = self._table(self.results_model)
        self.add_button = QPushButton(self.tr("加入打印批次"))
        self.add_button.clicked.connect(self.add_selected)
        self.from_carriers_button = QPushButton(self.tr("加入载体页选中的载体"))
        self.from_carriers_button.clicked.connect(self.add_from_carriers_page)
        self.batch_model: RowsModel[BatchRow] = RowsModel(
            [
                (self.tr("编号"), lambda r: r.number),
                (self.tr("名称"), lambda r: r.title),
                (self.tr("密级"), lambda r: r.grade),
                (self.tr("保密期限"), lambda r: r.term),
                (self.tr("状态"), lambda r: r.status),
                (
                    self.tr("已打印"),
                    lambda r: self.tr("{n} 次").format(n=r.printed) if r.printed else "",
                ),
            ]
        )
        self.batch = self._table(self.batch_model)
        self.remove_button = QPushButton(self.tr("移出"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("清空"))
        self.clear_button.clicked.connect(self.clear_batch)
        self.batch_label = QLabel()
        list_actions(self.results, [self.add_button], open_row=self.add_button.click)
        list_actions(self.batch, [self.remove_button, self.clear_button])

        pick = QGroupBox(self.tr("选择载体"))
        pick_layout = QVBoxLayout(pick)
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
        batch_title.addWidget(QLabel(self.tr("打印批次")))
        batch_title.addWidget(self.batch_label, 1)
        batch_title.addWidget(self.remove_button)
        batch_title.addWidget(self.clear_button)
        pick_layout.addLayout(batch_title)
        pick_layout.addWidget(self.batch, 1)

        # --- template, position, calibration ---
        self.template_combo = QComboBox()
        self.template_combo.setMinimumWidth(260)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.custom_button = QPushButton(self.tr("自定义尺寸…"))
        self.custom_button.clicked.connect(self.add_custom_template)
        self.default_button = QPushButton(self.tr("设为默认"))
        self.default_button.clicked.connect(self.make_default)
        self.start_spin = QSpinBox()
        self.start_spin.setMaximumWidth(140)
        self.start_spin.setToolTip(self.tr("用过一部分的标签纸：从第几枚开始打印（按行计数）"))
        self.compact_check = QCheckBox(self.tr("二维码只含编号和校验码（小标签自动采用）"))
        self.printer_combo = QComboBox()
        self.printer_combo.currentIndexChanged.connect(self._printer_changed)
        self.x_spin, self.y_spin = self._offset_spin(), self._offset_spin()
        self.x_spin.valueChanged.connect(self._offsets_edited)
        self.y_spin.valueChanged.connect(self._offsets_edited)
        calibration_help = QLabel(
            self.tr(
                "先打印对位测试页，对着标签纸透光比对；向右、向下为正，按打印机分别保存在本机。"
            )
        )
        calibration_help.setWordWrap(True)
        calibration_help.setStyleSheet("color: #666;")

        settings_box = QGroupBox(self.tr("标签与打印机"))
        form = QFormLayout(settings_box)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.custom_button)
        template_row.addWidget(self.default_button)
        form.addRow(self.tr("模板"), template_row)
        form.addRow(self.tr("起始位置"), self.start_spin)
        form.addRow("", self.compact_check)
        form.addRow(self.tr("打印机"), self.printer_combo)
        offset_row = QHBoxLayout()
        offset_row.addWidget(QLabel(self.tr("向右")))
        offset_row.addWidget(self.x_spin)
        offset_row.addWidget(QLabel(self.tr("向下")))
        offset_row.addWidget(self.y_spin)
        offset_row.addStretch(1)
        form.addRow(self.tr("偏移校准"), offset_row)
        form.addRow("", calibration_help)

        # --- actions ---
        self.preview_button = QPushButton(self.tr("预览…"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_labels)
        self.save_button = QPushButton(self.tr("保存为 PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.outline_button = QPushButton(self.tr("对位测试页…"))
        self.outline_button.clicked.connect(self.outline)
        self.cover_button = QPushButton(self.tr("纸质文件封面…"))
        self.cover_button.setToolTip(
            self.tr(
                "为批次中的纸质载体各打印一张 A4 封面（依据《海淀区互联网企业商业秘密保护指引》第9.1.2.1条）"
            )
        )
        self.cover_button.clicked.connect(self.covers)
        self.area_button = QPushButton(self.tr("涉密区域标识牌…"))
        self.area_button.clicked.connect(self.area_sign)
        self.stamp_button = QPushButton(self.tr("文档加注标记…"))
        self.stamp_button.setToolTip(
            self.tr(
                "为 PDF 文件逐页加注页眉、页脚和水印（依据《海淀区互联网企业商业秘密保护指引》第9.2.2条）"
            )
        )
        self.stamp_button.clicked.connect(self.stamp)
        actions = QGroupBox(self.tr("输出"))
        grid = QGridLayout(actions)
        for i, button in enumerate(
            (
                self.preview_button,
                self.print_button,
                self.save_button,
                self.outline_button,
                self.cover_button,
                self.area_button,
                self.stamp_button,
            )
        ):
            grid.addWidget(button, i // 4, i % 4)
        self.status = QLabel()
        self.status.setWordWrap(True)

        # --- the print log ---
        self.log_model: RowsModel[labels.PrintLogRow] = RowsModel(
            [
                (self.tr("时间"), lambda r: f"{r.printed_at:%Y-%m-%d %H:%M}"),
                (self.tr("操作员"), lambda r: r.operator),
                (self.tr("模板"), lambda r: r.template),
                (self.tr("打印机"), lambda r: r.printer),
                (self.tr("起始"), lambda r: r.start_position),
                (self.tr("标识"), lambda r: r.numbers),
                (self.tr("补打原因"), lambda r: r.reprint_reason),
            ]
        )
        self.log = self._table(self.log_model)
        list_actions(self.log, [])
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        log_box = QGroupBox(self.tr("打印记录"))
        QVBoxLayout(log_box).addWidget(self.log)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(settings_box)
        right_layout.addWidget(actions)
        right_layout.addWidget(self.status)
        right_layout.addWidget(log_box, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(pick)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        session.actor_changed.connect(self.refresh)
        self._load_templates()
        self._load_printers()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LabelsPage", "标识打印")

    # --- widgets --------------------------------------------------------------------------------
    @staticmethod
    def _table(model: RowsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        return list_view(table, multi=True)

    @staticmethod
    def _offset_spin() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.1)
        spin.setSuffix(" mm")
        return spin

    def _load_templates(self, select: str | None = None) -> None:
        current = select or (self.template().name if self.template_combo.count() else "")
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in (*TEMPLATES, *self.custom_templates):
            self.template_combo.addItem(f"{t.title}", t)
        if not current:
            current = labels.default_template(self.session.vault).name
        index = next(
            (
                i
                for i in range(self.template_combo.count())
                if self.template_combo.itemData(i).name == current
            ),
            0,
        )
        self.template_combo.setCurrentIndex(index)
        self.template_combo.blockSignals(False)
        self._template_changed()

    def _load_printers(self) -> None:
        self.printer_combo.blockSignals(True)
        self.printer_combo.clear()
        self.printer_combo.addItem(self.tr("（不校准）"), NO_CALIBRATION)
        names = list(QPrinterInfo.availablePrinterNames())
        names += [n for n in load_offsets() if n not in names]  # calibrated earlier, now absent
        for name in names:
            self.printer_combo.addItem(name, name)
        default = QPrinterInfo.defaultPrinterName()
        index = self.printer_combo.findData(default) if default else -1
        self.printer_combo.setCurrentIndex(max(index, 0))
        self.printer_combo.blockSignals(False)
        self._printer_changed()

    def template(self) -> LabelTemplate:
        return self.template_combo.currentData()

    def printer(self) -> str:
        return self.printer_combo.currentData() or NO_CALIBRATION

    def _template_changed(self, *_: Any) -> None:
        t = self.template()
        if t is None:
            return
        self.start_spin.setRange(1, t.per_page)
        self.start_spin.setEnabled(t.per_page > 1)
        self.start_spin.setSuffix(self.tr(" / {n}").format(n=t.per_page))
        self.compact_check.setEnabled(t.kind != COVER)

    def _printer_changed(self, *_: Any) -> None:
        x, y = offsets_for(self.printer())
        for spin, value in ((self.x_spin, x), (self.y_spin, y)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.setEnabled(self.printer() != NO_CALIBRATION)
            spin.blockSignals(False)

    def _offsets_edited(self, *_: Any) -> None:
        save_offsets(self.printer(), self.x_spin.value(), self.y_spin.value())

    def _update_buttons(self) -> None:
        can_print = self.session.can(Permission.EDIT_DATA)
        has_batch = bool(self.batch_model.rows())
        for button in (self.preview_button, self.print_button, self.save_button, self.cover_button):
            button.setEnabled(can_print and has_batch and self.task is None)
        for button in (self.area_button, self.stamp_button):
            button.setEnabled(can_print and self.task is None)
        self.default_button.setVisible(self.session.can(Permission.EDIT_SETTINGS))
        n = len(self.batch_model.rows())
        self.batch_label.setText(self.tr("共 {n} 个载体").format(n=n) if n else "")

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_templates()
        self._load_printers()
        self._reload_batch([r.id for r in self.batch_model.rows()])
        self._reload_log()
        self._update_buttons()

    def clear(self) -> None:
        close_dialogs(self)
        self.search_edit.clear()
        self.results_model.set_rows([])
        self.batch_model.set_rows([])
        self.log_model.set_rows([])
        self._say("")
        self._update_buttons()

    def handle_search(self, text: str) -> bool:
        """The global search box: while this page is shown, a scanned label or a carrier
        number adds that carrier to the batch; elsewhere the carriers page answers."""
        return self.isVisible() and self.add_scanned(text)

    def add_scanned(self, text: str) -> bool:
        """Add the carrier of a label payload or carrier number; False when there is none."""
        code = text.strip()
        if not code:
            return False
        check = labels.verify_payload(self.session.vault, code)
        if check.carrier_id is None or check.status == labels.FORGED:
            return False
        self.add_carriers([check.carrier_id])
        return True

    # --- the batch ------------------------------------------------------------------------------
    def search(self) -> None:
        text = self.search_edit.text().strip()
        if text.startswith((labels.FULL + labels.SEP, labels.COMPACT + labels.SEP)):
            if not self.add_scanned(text):
                self._say(self.tr("标识无效或不属于本库：{text}").format(text=text), error=True)
            self.search_edit.clear()
            return
        with self.session.vault.reader() as s:
            rows = carrier_service.carrier_rows(s, CarrierFilter(search=text))
        self.results_model.set_rows(rows)
        self.results.resizeColumnsToContents()
        self._say(
            self.tr("找到 {n} 个载体").format(n=len(rows)) if rows else self.tr("没有找到载体")
        )

    def add_selected(self) -> None:
        picked = sorted({i.row() for i in self.results.selectionModel().selectedRows()})
        self.add_carriers([self.results_model.row_at(r).id for r in picked])

    def _carriers_page_selected(self, carrier_id: int | None) -> None:
        self._on_carriers_page = carrier_id

    def add_from_carriers_page(self) -> None:
        if self._on_carriers_page is None:
            self._say(self.tr("载体页没有选中的载体"), error=True)
            return
        self.add_carriers([self._on_carriers_page])

    def add_carriers(self, carrier_ids: list[int]) -> None:
        """Add carriers to the batch (kept in order, each once). Other pages may call this."""
        ids = [r.id for r in self.batch_model.rows()]
        ids += [i for i in dict.fromkeys(carrier_ids) if i not in ids]
        self._reload_batch(ids)
        self._update_buttons()

    def _reload_batch(self, ids: list[int]) -> None:
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
        self._reload_batch([r.id for r in self.batch_model.rows() if r.id not in gone])
        self._update_buttons()

    def clear_batch(self) -> None:
        self.batch_model.set_rows([])
        self._update_buttons()

    def _reload_log(self) -> None:
        with self.session.vault.reader() as s:
            self.log_model.set_rows(labels.print_log(s))
        self.log.resizeColumnsToContents()

    # --- printing -------------------------------------------------------------------------------
    def _reprint_reason(self, ids: list[int]) -> str | None:
        """'' for a first print; the reason for a reprint; None when the user cancels."""
        with self.session.vault.reader() as s:
            again = labels.already_printed(s, ids)
        if not again:
            return ""
        reason, ok = QInputDialog.getText(
            self,
            self.tr("补打标识"),
            self.tr(
                "以下载体的标识已打印过：{numbers}\n补打的标识将标注“补 N”，旧标识应收回。请填写补打原因："
            ).format(numbers="、".join(again)),
        )
        if not ok:
            return None
        if not reason.strip():
            self._say(self.tr("补打须填写原因"), error=True)
            return None
        return reason.strip()

    def _request(self, template: LabelTemplate, printer: str, reason: str) -> labels.PrintRequest:
        return labels.PrintRequest(
            carrier_ids=[r.id for r in self.batch_model.rows()],
            template=template,
            start_position=self.start_spin.value() if template.per_page > 1 else 1,
            compact=self.compact_check.isChecked(),
            offset_mm=offsets_for(printer),
            reprint_reason=reason,
            printer=printer or labels.PDF_PRINTER,
        )

    def _in_background(
        self, job: Callable[[], Any], done: Callable[[Any], None], busy: str
    ) -> None:
        self._say(busy)
        self.task = run_in_thread(job, on_done=done, on_error=self._failed)
        self.task.finished.connect(self._task_finished)
        self._update_buttons()

    def _task_finished(self) -> None:
        self.task = None
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._say(describe(exc), error=True)

    def _render_pending(self, req: labels.PrintRequest) -> Callable[[], bytes]:
        vault, actor = self.session.vault, self.session.actor

        def job() -> bytes:
            with vault.unit_of_work(actor) as uow:
                return labels.preview_labels(uow, req)

        return job

    def preview(self, template: LabelTemplate | None = None) -> None:
        """Show the labels as they will print; printing from the preview is logged."""
        template = template or self.template()
        reason = self._reprint_reason([r.id for r in self.batch_model.rows()])
        if reason is None:
            return
        req = self._request(template, self.printer(), reason)

        def show(pdf: bytes) -> None:
            self._say("")
            dialog = PdfPreviewDialog(pdf, self.tr("标识预览 — {t}").format(t=template.title), self)

            def done(printer: str) -> None:
                # Logged once: the labels carry this print's issue numbers, so the preview
                # closes rather than print a second, unlogged set.
                self._record(req, printer)
                dialog.accept()

            dialog.printed.connect(done)
            dialog.saved.connect(lambda _path: done(labels.PDF_PRINTER))
            dialog.exec()

        self._in_background(self._render_pending(req), show, self.tr("正在生成标识…"))

    def print_labels(self) -> None:
        """Through the Qt print dialog at true size: render with the printer's calibration,
        print, then log the print."""
        reason = self._reprint_reason([r.id for r in self.batch_model.rows()])
        if reason is None:
            return
        req = self._request(self.template(), self.printer(), reason)

        def ask_and_print(pdf: bytes) -> None:
            self._say("")
            document = load_pdf(pdf, self)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if self.printer() != NO_CALIBRATION:
                printer.setPrinterName(self.printer())
            prepare_printer(document, printer)  # paper = the template's page
            printer.setDocName(self.tr("商业秘密标识"))
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
            chosen = printer.printerName()
            final = replace(req, printer=chosen or req.printer)
            if chosen and offsets_for(chosen) != req.offset_mm:  # its own calibration
                final = replace(final, offset_mm=offsets_for(chosen))
                ok, pdf = self.session.run(self, lambda uow: labels.preview_labels(uow, final))
                if not ok:
                    return
                document = load_pdf(pdf, self)
            try:
                used = print_pdf(document, printer)
            except PrintError:
                self._say(self.tr("无法打开打印机，请检查打印机是否可用。"), error=True)
                return
            self._record(final, used or final.printer)

        self._in_background(self._render_pending(req), ask_and_print, self.tr("正在生成标识…"))

    def _record(self, req: labels.PrintRequest, printer: str) -> None:
        ok, print_id = self.session.run(
            self,
            lambda uow: labels.record_print(
                uow, req.carrier_ids, req.template, printer, req.start_position, req.reprint_reason
            ),
            "label_print",
        )
        if ok:
            self._say(
                self.tr("已打印 {n} 枚标识，记入打印记录 #{id}").format(
                    n=len(req.carrier_ids), id=print_id
                )
            )
            self._reload_batch(req.carrier_ids)
            self._reload_log()

    def save_pdf(self, template: LabelTemplate | None = None) -> None:
        template = template or self.template()
        reason = self._reprint_reason([r.id for r in self.batch_model.rows()])
        if reason is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存标识 PDF"), "商业秘密标识.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        req = replace(self._request(template, self.printer(), reason), printer=labels.PDF_PRINTER)
        vault, actor = self.session.vault, self.session.actor

        def job() -> int:
            with vault.unit_of_work(actor) as uow:
                return labels.save_labels(uow, req, Path(path))

        def done(print_id: int) -> None:
            self.session.data_changed.emit("label_print")
            self._say(self.tr("已保存 {path}（打印记录 #{id}）").format(path=path, id=print_id))
            self._reload_batch(req.carrier_ids)
            self._reload_log()

        self._in_background(job, done, self.tr("正在生成标识…"))

    def covers(self) -> None:
        cover = next(t for t in TEMPLATES if t.kind == COVER)
        self.preview(cover)

    def outline(self) -> None:
        """The alignment page for the current template and printer calibration (not logged)."""
        pdf = labels.outline_pdf(self.template(), offsets_for(self.printer()))
        PdfPreviewDialog(
            pdf, self.tr("对位测试页 — {t}").format(t=self.template().title), self
        ).exec()

    def add_custom_template(self) -> None:
        dialog = CustomTemplateDialog(self.session, self)
        if dialog.exec() and dialog.template is not None:
            self.custom_templates.append(dialog.template)
            self._load_templates(select=dialog.template.name)

    def make_default(self) -> None:
        name = self.template().name
        ok, _ = self.session.run(
            self, lambda uow: labels.set_default_template(uow, name), "setting"
        )
        if ok:
            self._say(self.tr("默认模板：{t}").format(t=self.template().title))

    def area_sign(self) -> None:
        dialog = AreaSignDialog(self.session, self)
        if dialog.exec() and dialog.pdf:
            PdfPreviewDialog(dialog.pdf, self.tr("涉密区域标识牌"), self).exec()

    def stamp(self) -> None:
        dialog = StampDialog(self.session, self)
        if dialog.exec():
            self._say(
                self.tr("已加注标记（{n} 页）：{path}").format(
                    n=dialog.pages, path=dialog.output.text()
                )
            )


def _tr_status(status) -> str:
    return QCoreApplication.translate("carriers", STATUS_LABELS[status])
