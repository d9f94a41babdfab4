"""标签与打印机: the label template and where on the sheet to start, and the printer with its
x/y calibration (kept per printer on this PC)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tsdesk.documents.label_templates import COVER, TEMPLATES, LabelTemplate
from tsdesk.services import labels
from tsdesk.services.permissions import Permission
from tsdesk.settings import machine_get, machine_set
from tsdesk.ui.labels.dialogs import CustomTemplateDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE
from tsdesk.ui.words import translate

NO_CALIBRATION = ""  # the printer entry whose offsets are always 0, 0
MAX_OFFSET_MM = 10.0


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


def _offset_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
    spin.setDecimals(1)
    spin.setSingleStep(0.1)
    spin.setSuffix(" mm")
    return spin


class LabelSetupPanel(QGroupBox):
    """Template, start position, compact codes, printer and calibration. Its words are the
    labels page's (context "LabelsPage")."""

    said = Signal(str, bool)  # a message for the page's status line, and whether an error

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(translate("LabelsPage", "标签与打印机"), parent)
        self.session = session
        self.custom_templates: list[LabelTemplate] = []
        self.template_combo = QComboBox()
        self.template_combo.setMinimumWidth(260)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.custom_button = QPushButton(translate("LabelsPage", "自定义尺寸…"))
        self.custom_button.clicked.connect(self.add_custom_template)
        self.default_button = QPushButton(translate("LabelsPage", "设为默认"))
        self.default_button.clicked.connect(self.make_default)
        self.start_spin = QSpinBox()
        self.start_spin.setMaximumWidth(140)
        self.start_spin.setToolTip(
            translate("LabelsPage", "用过一部分的标签纸：从第几枚开始打印（按行计数）")
        )
        self.compact_check = QCheckBox(
            translate("LabelsPage", "二维码只含编号和校验码（小标签自动采用）")
        )
        self.printer_combo = QComboBox()
        self.printer_combo.currentIndexChanged.connect(self._printer_changed)
        self.x_spin, self.y_spin = _offset_spin(), _offset_spin()
        self.x_spin.valueChanged.connect(self._offsets_edited)
        self.y_spin.valueChanged.connect(self._offsets_edited)
        calibration_help = QLabel(
            translate(
                "LabelsPage",
                "先打印对位测试页，对着标签纸透光比对；向右、向下为正，按打印机分别保存在本机。",
            )
        )
        calibration_help.setWordWrap(True)
        calibration_help.setStyleSheet(MUTED_STYLE)

        form = QFormLayout(self)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.custom_button)
        template_row.addWidget(self.default_button)
        form.addRow(translate("LabelsPage", "模板"), template_row)
        form.addRow(translate("LabelsPage", "起始位置"), self.start_spin)
        form.addRow("", self.compact_check)
        form.addRow(translate("LabelsPage", "打印机"), self.printer_combo)
        offset_row = QHBoxLayout()
        offset_row.addWidget(QLabel(translate("LabelsPage", "向右")))
        offset_row.addWidget(self.x_spin)
        offset_row.addWidget(QLabel(translate("LabelsPage", "向下")))
        offset_row.addWidget(self.y_spin)
        offset_row.addStretch(1)
        form.addRow(translate("LabelsPage", "偏移校准"), offset_row)
        form.addRow("", calibration_help)

    def load(self, select: str | None = None) -> None:
        self.load_templates(select)
        self.load_printers()

    def load_templates(self, select: str | None = None) -> None:
        current = select or (self.template().name if self.template_combo.count() else "")
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in (*TEMPLATES, *self.custom_templates):
            self.template_combo.addItem(f"{t.title}", t)
        if not current:
            current = self.session.read(labels.default_template).name
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

    def load_printers(self) -> None:
        self.printer_combo.blockSignals(True)
        self.printer_combo.clear()
        self.printer_combo.addItem(translate("LabelsPage", "（不校准）"), NO_CALIBRATION)
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

    def show_permissions(self) -> None:
        self.default_button.setVisible(self.session.can(Permission.EDIT_SETTINGS))

    def _template_changed(self, *_: Any) -> None:
        t = self.template()
        if t is None:
            return
        self.start_spin.setRange(1, t.per_page)
        self.start_spin.setEnabled(t.per_page > 1)
        self.start_spin.setSuffix(translate("LabelsPage", " / {n}").format(n=t.per_page))
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

    def add_custom_template(self) -> None:
        dialog = CustomTemplateDialog(self.session, self)
        if dialog.exec() and dialog.template is not None:
            self.custom_templates.append(dialog.template)
            self.load_templates(select=dialog.template.name)

    def make_default(self) -> None:
        name = self.template().name
        ok, _ = self.session.run(
            self, lambda uow: labels.set_default_template(uow, name), "setting"
        )
        if ok:
            self.said.emit(
                translate("LabelsPage", "默认模板：{t}").format(t=self.template().title), False
            )
