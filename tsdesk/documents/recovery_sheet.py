"""The recovery sheet: the database's data key on paper, as text and QR code, for the safe.

With this key alone the SQLCipher 4 database opens even if the key-slot file is lost
(DESIGN.md, The encrypted vault).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import IO

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from tsdesk.documents import qr
from tsdesk.documents.fonts import missing_glyphs, register_fonts
from tsdesk.documents.page import FooterInfo, build_pdf, styles
from tsdesk.documents.text import CJKParagraph
from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError

TITLE = "TSDesk 恢复密钥 / Recovery key"
SUBJECT = "数据库恢复密钥：持有即可打开数据库，须放入保险柜保管"
KEY_PATTERN = re.compile(r"[0-9A-F]{8}(-[0-9A-F]{8}){7}")
KEY_FONT_SIZE = 20
QR_SIZE = 60 * mm
QR_LEVEL = "Q"  # 25 % of the code may be damaged and it still reads
CELL_AIR = 1.15  # a character cell is this many times the widest hex digit
DASH_CELL = 0.6  # a dash's cell, relative to a digit's


class KeyBlock(Flowable):
    """The key in two boxed lines of four groups, each character centred in a fixed cell.

    Fixed cells line the columns up like a monospace font would. Each glyph's advance is
    stretched with character spacing (not moved), so the text extracts as one string.
    """

    def __init__(self, key: str, font_name: str, max_font_size: float = KEY_FONT_SIZE) -> None:
        super().__init__()
        groups = key.split("-")
        # The first line ends with the dash it breaks at: typed back, the key is whole.
        self.lines = ["-".join(groups[:4]) + "-", "-".join(groups[4:])]
        self.font_name = font_name
        self.max_font_size = max_font_size
        self.padding = 4 * mm

    def _cell(self, ch: str) -> float:
        # Dashes get a narrower cell; both lines share one pattern, so columns still align.
        return self.cell * (DASH_CELL if ch == "-" else 1.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Largest size up to max_font_size at which a line of cells fits inside the box.
        widest = max(stringWidth(ch, self.font_name, 1) for ch in "0123456789ABCDEF")
        line = self.lines[0]
        cells = len(line) - (1 - DASH_CELL) * line.count("-")
        width_per_point = widest * CELL_AIR * cells  # line width per point of font size
        self.font_size = min(self.max_font_size, (availWidth - 2 * self.padding) / width_per_point)
        self.cell = widest * CELL_AIR * self.font_size
        self.leading = self.font_size * 1.7
        self.width = availWidth
        self.height = len(self.lines) * self.leading + 2 * self.padding
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(1)
        canv.roundRect(0, 0, self.width, self.height, 3 * mm)
        ascent, descent = getAscentDescent(self.font_name, self.font_size)
        x0 = (self.width - sum(self._cell(ch) for ch in self.lines[0])) / 2
        baseline = self.height - self.padding - (self.leading - (ascent - descent)) / 2 - ascent
        for line in self.lines:
            text = canv.beginText()
            text.setFont(self.font_name, self.font_size)
            widths = [stringWidth(ch, self.font_name, self.font_size) for ch in line]
            cells = [self._cell(ch) for ch in line]
            text.setTextOrigin(x0 + (cells[0] - widths[0]) / 2, baseline)
            for i, ch in enumerate(line):
                # Space after this glyph so that the next lands centred in its own cell.
                nxt = (cells[i + 1] - widths[i + 1]) / 2 if i + 1 < len(line) else 0.0
                text.setCharSpace((cells[i] - widths[i]) / 2 + nxt)
                text.textOut(ch)
            canv.drawText(text)
            baseline -= self.leading


def qr_drawing(value: str, size: float = QR_SIZE) -> Drawing:
    """A vector QR code of `value`, `size` points square including the 4-module quiet zone."""
    return qr.qr_drawing(value, size, QR_LEVEL)


def _instructions(key: str, db_name: str) -> list[tuple[str, str]]:
    """(text, command) pairs; the command, if any, is set smaller on a line of its own."""
    raw = key.replace("-", "")
    return [
        ("请将本页放入保险柜等安全处所保管，不要拍照、扫描、复印，也不要以电子形式保存。", ""),
        (
            "持有本页的人无需任何密码即可打开数据库、读取其中全部商业秘密信息，务必按最高密级保管。",
            "",
        ),
        (
            f"即使与数据库同目录的密钥槽文件（*.keys）丢失或损坏，凭本恢复密钥仍可打开数据库“{db_name}”："
            "在 TSDesk 中选择用恢复密钥打开，输入上方密钥或扫描二维码。",
            "",
        ),
        (
            "不使用 TSDesk 时，任何支持 SQLCipher 4 的工具均可打开该数据库，打开后首先执行：",
            f"PRAGMA key = \"x'{raw}'\";",
        ),
        (
            "数据库一旦重新加密（更换数据密钥，rekey），本页即告作废："
            "请妥善保管新的恢复密钥单，并将本页粉碎销毁。",
            "",
        ),
    ]


def render_recovery_sheet(
    out: str | IO[bytes],
    *,
    company: str,
    recovery_key: str,
    created_at: datetime,
    db_name: str,
    footer: FooterInfo,
) -> None:
    """Write the A4 recovery sheet for `recovery_key` (8 groups of 8 uppercase hex digits)."""
    if not KEY_PATTERN.fullmatch(recovery_key):
        raise ValueError("recovery_key must be 8 groups of 8 uppercase hex digits joined by '-'")
    font = register_fonts()
    lost = missing_glyphs(recovery_key + "PRAGMA key = \"x'';", font)
    if lost:
        # A sheet whose key prints as blanks would be trusted and fail on the day it is needed.
        raise TSDeskError(
            QT_TRANSLATE_NOOP("errors", "嵌入字体缺少以下字符的字形，无法打印恢复密钥：{chars}"),
            chars=lost,
        )

    st = styles()
    warning = ParagraphStyle(
        "warning", parent=st.body, alignment=TA_CENTER, textColor=colors.HexColor("#B00020")
    )
    label = ParagraphStyle("label", parent=st.cell, alignment=TA_CENTER)
    local_created = created_at.astimezone() if created_at.tzinfo else created_at
    info = Table(
        [
            [CJKParagraph(text, label), CJKParagraph(value, st.cell)]
            for text, value in (
                ("单位名称", company),
                ("数据库文件", db_name),
                ("生成时间", f"{local_created:%Y-%m-%d %H:%M}"),
            )
        ],
        colWidths=[32 * mm, None],
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
            ]
        ),
    )
    code = ParagraphStyle("code", parent=st.body, fontSize=9, leading=14)
    # Numbers in their own column, so wrapped lines hang under the text.
    steps = Table(
        [
            [
                CJKParagraph(f"{n}.", st.body),
                [CJKParagraph(text, st.body)] + ([CJKParagraph(command, code)] if command else []),
            ]
            for n, (text, command) in enumerate(_instructions(recovery_key, db_name), start=1)
        ],
        colWidths=[7 * mm, None],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    story: list[Flowable] = [
        CJKParagraph(TITLE, st.title),
        CJKParagraph("持有本页即可打开数据库，请立即放入保险柜", warning),
        Spacer(1, 3 * mm),
        info,
        Spacer(1, 5 * mm),
        CJKParagraph("恢复密钥（共 8 组，每组 8 位，仅含数字 0–9 和字母 A–F）", st.heading),
        KeyBlock(recovery_key, font),
        Spacer(1, 5 * mm),
        qr_drawing(recovery_key),
        CJKParagraph(
            "二维码内容即上方恢复密钥（含连字符）",
            ParagraphStyle("cap", parent=st.small, alignment=TA_CENTER),
        ),
        CJKParagraph("保管与使用说明", st.heading),
        steps,
    ]
    build_pdf(out, story, footer, title=TITLE, subject=SUBJECT, scope=db_name)
