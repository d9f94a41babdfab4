"""输出: the buttons that make something of the batch (preview, print, PDF, covers) and the
ones that need no batch (alignment page, area signs, marking a PDF)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from tsdesk.ui.words import translate


class OutputPanel(QGroupBox):
    """The buttons only; the labels page connects them to its printing. Its words are the
    labels page's (context "LabelsPage")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("LabelsPage", "输出"), parent)
        self.preview_button = QPushButton(translate("LabelsPage", "预览…"))
        self.print_button = QPushButton(translate("LabelsPage", "打印…"))
        self.save_button = QPushButton(translate("LabelsPage", "保存为 PDF…"))
        self.outline_button = QPushButton(translate("LabelsPage", "对位测试页…"))
        self.cover_button = QPushButton(translate("LabelsPage", "纸质文件封面…"))
        self.cover_button.setToolTip(
            translate(
                "LabelsPage",
                "为批次中的纸质载体各打印一张 A4 封面（依据《海淀区互联网企业商业秘密保护指引》第9.1.2.1条）",
            )
        )
        self.area_button = QPushButton(translate("LabelsPage", "涉密区域标识牌…"))
        self.stamp_button = QPushButton(translate("LabelsPage", "文档加注标记…"))
        self.stamp_button.setToolTip(
            translate(
                "LabelsPage",
                "为 PDF 文件逐页加注页眉、页脚和水印（依据《海淀区互联网企业商业秘密保护指引》第9.2.2条）",
            )
        )
        grid = QGridLayout(self)
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

    def needs_batch(self) -> tuple[QPushButton, ...]:
        return (self.preview_button, self.print_button, self.save_button, self.cover_button)

    def needs_none(self) -> tuple[QPushButton, ...]:
        return (self.area_button, self.stamp_button)
