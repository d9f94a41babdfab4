"""QR codes for every TSDesk document: one encoder, drawn as vectors with a 4-module quiet zone.

The matrix comes from zxing-cpp's encoder (C++): it picks the smallest version for the data at
the requested error-correction level and the best mask, in well under a millisecond, which is
what lets a batch of 1,000 labels render in about half a second (reportlab's pure-Python encoder
needs ~14 ms per code). The dark modules are drawn as one filled path of row runs, so the code
stays sharp at any printer resolution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import zxingcpp
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from tsdesk.documents.fonts import register_fonts

if TYPE_CHECKING:  # reportlab.graphics (it loads platypus) only for qr_drawing: not on labels
    from reportlab.graphics.shapes import Drawing

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
LEVELS = ("L", "M", "Q", "H")
# Bytes that versions 1–10 hold at level M in byte mode (ISO/IEC 18004 table 7).
_BYTES_AT_M = (14, 26, 42, 62, 84, 106, 122, 152, 180, 213)
_DARK_RUN = re.compile(rb"\x00+")


@dataclass(frozen=True)
class QrMatrix:
    value: str
    level: str
    size: int  # modules per side, quiet zone excluded
    # The modules row after row, each row followed by one light byte; 0 = dark.
    rows: bytes

    @property
    def total(self) -> int:
        """Modules per side including the quiet zone on both sides."""
        return self.size + 2 * QUIET_ZONE

    @property
    def runs(self) -> tuple[tuple[int, int, int], ...]:
        """(row, first column, length) of each run of dark modules."""
        w = self.size + 1
        return tuple((a // w, a % w, b - a) for a, b in _dark_runs(self.rows))

    @property
    def rectangles(self) -> str:
        """The dark runs as PDF rectangles in module units, the top row at y = size - 1: one
        pass from the modules to the operators (a batch of labels draws a thousand codes)."""
        w, top = self.size + 1, self.size - 1
        return " ".join([f"{a % w} {top - a // w} {b - a} 1 re" for a, b in _dark_runs(self.rows)])


def _dark_runs(rows: bytes) -> Iterator[tuple[int, int]]:
    return map(re.Match.span, _DARK_RUN.finditer(rows))


def qr_matrix(value: str, level: str = "M") -> QrMatrix:
    """The smallest QR symbol (model 2) holding `value` at error-correction `level`."""
    if level not in LEVELS:
        raise ValueError(f"QR level must be one of {LEVELS}")
    code = zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
    image = code.to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    raw = bytes(image)  # type: ignore[call-overload]  # one byte per module, 0 = dark (a buffer; its stub says not)
    # The rows joined by a light byte: one scan finds every row's dark runs.
    rows = b"\xff".join([raw[i : i + size] for i in range(0, size * size, size)]) + b"\xff"
    return QrMatrix(value, level, size, rows)


def modules_at_most(value: str) -> int | None:
    """An upper bound of the modules per side (quiet zone excluded) that `value` needs at
    level M, from its UTF-8 length (byte mode, the densest case for text with CJK); None
    beyond version 10. Lets a caller skip encoding a payload that cannot fit."""
    n = len(value.encode("utf-8"))
    version = next((v for v, cap in enumerate(_BYTES_AT_M, start=1) if n <= cap), None)
    return None if version is None else 17 + 4 * version


def module_size(matrix: QrMatrix, side: float) -> float:
    """The width of one module when the symbol and its quiet zone fill `side`."""
    return side / matrix.total


@lru_cache(maxsize=64)
def _frame(x: float, y: float, side: float, total: int) -> str:
    """The code's white square (with its quiet zone), then one module to a unit, black."""
    module = side / total
    origin = fp_str(x + QUIET_ZONE * module, y + QUIET_ZONE * module)
    scale = fp_str(module, 0, 0, module)
    return f"1 1 1 rg {fp_str(x, y, side, side)} re f {scale} {origin} cm 0 0 0 rg"


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, side: float) -> None:
    """Draw `matrix` with its quiet zone as a `side`-point square whose lower left is (x, y).

    The quiet zone is painted white, so a coloured background or a neighbour cannot eat it.
    """
    # Whole-module coordinates: short operators, and edges that meet exactly (no seams).
    canvas.addLiteral(f"q {_frame(x, y, side, matrix.total)} {matrix.rectangles} f Q")


@cache
def _qr_group() -> type:
    """The QR code inside a Drawing, naming its value, level and quiet zone for inspection."""
    from reportlab.graphics.shapes import Group
    from reportlab.lib.attrmap import AttrMap, AttrMapValue
    from reportlab.lib.validators import isInt, isString

    class QrGroup(Group):
        _attrMap = AttrMap(
            BASE=Group,
            value=AttrMapValue(isString, desc="the encoded text"),
            barLevel=AttrMapValue(isString, desc="error-correction level"),
            barBorder=AttrMapValue(isInt, desc="quiet zone in modules"),
        )

    return QrGroup


def qr_drawing(value: str, size: float, level: str = "M") -> Drawing:
    """A vector QR code of `value` as a Drawing (for flowables), `size` points square
    including the 4-module quiet zone."""
    from reportlab.graphics.shapes import Drawing, Path

    matrix = qr_matrix(value, level)
    module = size / matrix.total
    path = Path(fillColor=colors.black, strokeColor=None, strokeWidth=0)
    offset = QUIET_ZONE * module
    for r, c, n in matrix.runs:
        x0 = offset + c * module
        y0 = size - offset - (r + 1) * module
        path.moveTo(x0, y0)
        path.lineTo(x0 + n * module, y0)
        path.lineTo(x0 + n * module, y0 + module)
        path.lineTo(x0, y0 + module)
        path.closePath()
    group = _qr_group()()
    group.value, group.barLevel, group.barBorder = value, level, QUIET_ZONE
    group.add(path)
    # A Drawing otherwise starts in Helvetica, which would then be referenced (not embedded).
    drawing = Drawing(size, size, initialFontName=register_fonts())
    drawing.add(group)
    drawing.hAlign = "CENTER"
    return drawing
