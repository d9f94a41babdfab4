"""Label stock as data: A4 label sheets in common use, thermal rolls, the document cover.

All dimensions are millimetres. A sheet's labels sit in a grid: the first label's top-left
corner is `left`/`top` from the page's top-left corner and the next one is `pitch_x` to the
right or `pitch_y` down (label size plus gap). On a roll the page is the label.
"""

from __future__ import annotations

from dataclasses import dataclass

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError

A4 = (210.0, 297.0)
SHEET, ROLL, COVER = "sheet", "roll", "cover"
CUSTOM_PREFIX = "custom:"
MIN_LABEL = 20.0  # mm: below this no QR code with its quiet zone and a warning line fits


@dataclass(frozen=True)
class LabelTemplate:
    name: str
    title: str
    kind: str  # SHEET, ROLL or COVER
    page_w: float
    page_h: float
    label_w: float
    label_h: float
    cols: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    pitch_x: float = 0.0  # 0: the label width (no gap)
    pitch_y: float = 0.0

    @property
    def min_text(self) -> float:
        """The smallest legible body text (pt): 6 pt on a 203-dpi thermal roll (glyphs of
        about 2 mm, 16 dots), 5 pt on sheets printed by an office laser or inkjet."""
        return 6.0 if self.kind == ROLL else 5.0

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    def cell(self, position: int) -> tuple[float, float]:
        """Top-left corner (mm from the page's top-left) of label `position` (1-based,
        row by row, as a sheet is counted)."""
        row, col = divmod(position - 1, self.cols)
        return (
            self.left + col * (self.pitch_x or self.label_w),
            self.top + row * (self.pitch_y or self.label_h),
        )


def _sheet(
    name: str,
    title: str,
    w: float,
    h: float,
    cols: int,
    rows: int,
    left: float,
    top: float,
    pitch_x: float = 0.0,
    pitch_y: float = 0.0,
) -> LabelTemplate:
    return LabelTemplate(name, title, SHEET, *A4, w, h, cols, rows, left, top, pitch_x, pitch_y)


def _roll(w: float, h: float) -> LabelTemplate:
    return LabelTemplate(f"roll-{w:g}x{h:g}", f"热敏卷标 {w:g}×{h:g} mm", ROLL, w, h, w, h)


# Margins and pitches as printed on the manufacturers' sheet layouts.
TEMPLATES: tuple[LabelTemplate, ...] = (
    # Avery Zweckform 3474 and equivalents: edge to edge across, 0.5 mm top margin.
    _sheet("A4-3x8-70x37", "A4 3×8 标签纸（70×37 mm，24 枚）", 70, 37, 3, 8, 0, 0.5),
    # Avery L7163: 4.65 mm side margin, 2.5 mm gap between the columns.
    _sheet(
        "A4-2x7-99x38",
        "A4 2×7 标签纸（99.1×38.1 mm，14 枚）",
        99.1,
        38.1,
        2,
        7,
        4.65,
        15.15,
        101.6,
        38.1,
    ),
    # Avery Zweckform 3657: 8 mm side margins, 21.5 mm top margin.
    _sheet("A4-4x10-48x25", "A4 4×10 标签纸（48.5×25.4 mm，40 枚）", 48.5, 25.4, 4, 10, 8, 21.5),
    # Avery Zweckform 3425: edge to edge across, 6 mm top margin.
    _sheet("A4-2x5-105x57", "A4 2×5 标签纸（105×57 mm，10 枚）", 105, 57, 2, 5, 0, 6),
    _roll(40, 30),
    _roll(50, 30),
    _roll(60, 40),
    _roll(70, 50),
    LabelTemplate("A4-cover", "A4 纸质文件封面", COVER, *A4, *A4),
)
BY_NAME: dict[str, LabelTemplate] = {t.name: t for t in TEMPLATES}


def custom(
    width: float,
    height: float,
    cols: int = 1,
    rows: int = 1,
    margins: tuple[float, float] = (0.0, 0.0),
    pitch: tuple[float, float] | None = None,
    page: tuple[float, float] | None = None,
) -> LabelTemplate:
    """A template from dimensions (mm). One label per page is a roll whose page is the
    label; more make a sheet on A4 unless `page` says otherwise. `margins` is (left, top)
    and `pitch` (across, down) defaults to the label size (no gaps)."""
    pitch_x, pitch_y = pitch or (width, height)
    left, top = margins
    roll = cols == 1 and rows == 1 and page is None
    page_w, page_h = (width, height) if roll else (page or A4)
    if roll:
        left = top = 0.0  # the page is the label
    if min(width, height) < MIN_LABEL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "标签至少 {min} mm 见方，二维码和警示语才能清晰可读"),
            min=f"{MIN_LABEL:g}",
        )
    if cols < 1 or rows < 1 or min(left, top) < 0 or pitch_x < width or pitch_y < height:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "行数、列数须至少为 1，边距不能为负，间距不能小于标签尺寸")
        )
    if left + (cols - 1) * pitch_x + width > page_w + 0.01 or (
        top + (rows - 1) * pitch_y + height > page_h + 0.01
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "标签超出纸张范围，请检查尺寸、边距和间距")
        )
    spec = f"{width:g},{height:g}"
    if not roll:
        spec += f",{cols},{rows},{left:g},{top:g},{pitch_x:g},{pitch_y:g}"
    title = f"自定义 {width:g}×{height:g} mm" + ("" if roll else f"，{cols}×{rows}")
    return LabelTemplate(
        CUSTOM_PREFIX + spec,
        title,
        ROLL if roll else SHEET,
        page_w,
        page_h,
        width,
        height,
        cols,
        rows,
        left,
        top,
        pitch_x,
        pitch_y,
    )


def by_name(name: str) -> LabelTemplate:
    """A built-in template by name, or a custom one written `custom:W,H` (a roll) or
    `custom:W,H,COLS,ROWS,LEFT,TOP[,PITCH_X,PITCH_Y]` (an A4 sheet), all in mm."""
    name = name.strip()
    if name in BY_NAME:
        return BY_NAME[name]
    if name.startswith(CUSTOM_PREFIX):
        try:
            numbers = [float(v) for v in name[len(CUSTOM_PREFIX) :].split(",")]
        except ValueError:
            numbers = []
        if len(numbers) == 2:
            return custom(numbers[0], numbers[1])
        if len(numbers) in (6, 8) and all(n.is_integer() for n in numbers[2:4]):
            w, h, cols, rows, left, top = numbers[:6]
            pitch = (numbers[6], numbers[7]) if len(numbers) == 8 else None
            return custom(w, h, int(cols), int(rows), (left, top), pitch)
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "没有名为 {name} 的标签模板；可用模板：{names}"),
        name=name,
        names="、".join(BY_NAME),
    )


def check_start(template: LabelTemplate, start_position: int) -> None:
    """The first label's position on a partly used sheet: 1 … labels per sheet."""
    if not 1 <= start_position <= template.per_page:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "起始位置应在 1 到 {n} 之间（模板 {name} 每页 {n} 枚）"),
            n=template.per_page,
            name=template.name,
        )
