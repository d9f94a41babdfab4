"""Chinese line breaking and the paragraph flowable every TSDesk document uses.

reportlab's own CJK wrapping lets closing punctuation start a line. Here the usual
kinsoku rules hold: closing marks never start a line, opening marks never end one, and a
run of Latin letters or digits stays whole when it fits. Text is plain (no markup), so
user data containing `<` or `&` prints as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

# Marks that must not start a line.
NO_LINE_START = frozenset("，。、：；！？）》」』】〕〉］｝”’…,.:;!?)]}")
# Marks that must not end a line.
NO_LINE_END = frozenset("（《「『【〔〈［｛“‘([{")

# Whitespace runs, runs of non-CJK characters (words, numbers), or one CJK character:
# CJK scripts and full-width forms (U+2E80 on) may break between any two characters.
_TOKEN = re.compile(r"\s+|[^\s\u2e80-\U0010ffff]+|.")

_EPSILON = 1e-6  # float slack so text exactly as wide as the box still fits


def _tokens(line: str) -> list[str]:
    """Split one line into unbreakable pieces, gluing kinsoku marks to their neighbours."""
    out: list[str] = []
    for tok in _TOKEN.findall(line):
        if out and tok[0] in NO_LINE_START:
            if out[-1].isspace() and len(out) > 1:
                space = out.pop()  # `out[-2] += out.pop()` would index after the pop
                out[-1] += space
            out[-1] += tok
        elif out and out[-1].rstrip()[-1:] in NO_LINE_END:
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _can_break(tok: str, i: int) -> bool:
    """Whether kinsoku allows a line break before `tok[i]` (spaces at a break vanish)."""
    before, rest = tok[:i].rstrip(), tok[i:].lstrip()
    return bool(before and rest) and rest[0] not in NO_LINE_START and before[-1] not in NO_LINE_END


def _inside_word(tok: str, i: int) -> bool:
    """A break before `tok[i]` would cut a Latin word or a number in two."""
    return tok[i - 1].isascii() and tok[i - 1].isalnum() and tok[i].isascii() and tok[i].isalnum()


def _break_long(tok: str, width: Callable[[str], float], max_width: float) -> list[str]:
    """Cut a piece wider than the box into lines: at the last place that fits where kinsoku
    allows a break and no word is cut (after a hyphen, a slash, a mark), else where kinsoku
    allows one, else where the box ends."""
    pieces = []
    while tok:
        n, used = 1, width(tok[0])
        while n < len(tok) and used + width(tok[n]) <= max_width + _EPSILON:
            used += width(tok[n])
            n += 1
        if n < len(tok):
            allowed = [i for i in range(n, 0, -1) if _can_break(tok, i)]
            whole = [i for i in allowed if not _inside_word(tok, i)]
            n = (whole or allowed or [n])[0]
        pieces.append(tok[:n].rstrip())
        tok = tok[n:].lstrip()
    return pieces


def _wrap_line(line: str, width: Callable[[str], float], max_width: float) -> list[str]:
    lines: list[str] = []
    cur, cur_w = "", 0.0
    for tok in _tokens(line):
        if tok.isspace() and not cur and lines:
            continue  # a wrapped line never starts with the space it broke at
        w = width(tok)
        if cur_w + w <= max_width + _EPSILON:
            cur, cur_w = cur + tok, cur_w + w
            continue
        if tok.isspace():  # a break at a space: the space itself disappears
            if cur.strip():
                lines.append(cur.rstrip())
            cur, cur_w = "", 0.0
            continue
        if cur.strip():
            lines.append(cur.rstrip())
        tok = tok.lstrip()
        pieces = [tok] if width(tok) <= max_width + _EPSILON else _break_long(tok, width, max_width)
        lines.extend(pieces[:-1])
        cur = pieces[-1]
        cur_w = width(cur)
    if cur.rstrip() or not lines:
        lines.append(cur.rstrip())
    return lines


def wrap_text(text: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """Break `text` into lines no wider than `max_width` points; explicit newlines are kept."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    widths: dict[str, float] = {}

    def width(s: str) -> float:
        w = widths.get(s)
        if w is None:
            w = widths[s] = stringWidth(s, font_name, font_size)
        return w

    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(_wrap_line(line, width, max_width))
    return lines


def wrap_balanced(text: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """`wrap_text`, but a paragraph of several lines never ends with a lone character or
    two: the measure is narrowed (by at most a fifth) until its last line carries at least
    a quarter of a line."""
    lines = wrap_text(text, font_name, font_size, max_width)
    width = max_width
    while len(lines) > 1 and stringWidth(lines[-1], font_name, font_size) < max_width / 4:
        width -= font_size
        if width < 0.8 * max_width:
            break
        narrower = wrap_text(text, font_name, font_size, width)
        if len(narrower) > len(lines):
            break
        lines = narrower
    return lines


class CJKParagraph(Flowable):
    """Plain text set in one style with `wrap_text`; splits between lines across pages.

    Honours the style's fontName, fontSize, leading, alignment (left, centre, right),
    textColor, leftIndent, rightIndent, spaceBefore and spaceAfter.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines: list[str] = []
        self._wrapped_for: float | None = None
        # Set on the parts of a paragraph split by a page break: no gap at the break.
        self._space_before: float | None = None
        self._space_after: float | None = None

    def __repr__(self) -> str:
        return f"CJKParagraph({self.text[:30]!r})"

    def _inner_width(self, avail_width: float) -> float:
        return avail_width - self.style.leftIndent - self.style.rightIndent

    def lines(self, avail_width: float) -> list[str]:
        if self._wrapped_for != avail_width:
            st = self.style
            self._lines = wrap_text(
                self.text, st.fontName, st.fontSize, self._inner_width(avail_width)
            )
            self._wrapped_for = avail_width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        n = int((availHeight + _EPSILON) // self.style.leading)
        if n <= 0 or n >= len(lines):
            return []
        head = CJKParagraph("\n".join(lines[:n]), self.style)
        tail = CJKParagraph("\n".join(lines[n:]), self.style)
        head._space_before, head._space_after = self._space_before, 0.0
        tail._space_before, tail._space_after = 0.0, self._space_after
        return [head, tail]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceBefore if self._space_before is None else self._space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.spaceAfter if self._space_after is None else self._space_after

    def draw(self) -> None:
        st = self.style
        canv = self.canv
        ascent, descent = getAscentDescent(st.fontName, st.fontSize)
        # Centre the glyphs' ascent..descent band inside each line's leading.
        baseline = self.height - (st.leading - (ascent - descent)) / 2 - ascent
        left = st.leftIndent
        right = self.width - st.rightIndent
        canv.setFont(st.fontName, st.fontSize, st.leading)
        canv.setFillColor(st.textColor)
        for line in self.lines(self.width):
            if st.alignment == TA_CENTER:
                canv.drawCentredString((left + right) / 2, baseline, line)
            elif st.alignment == TA_RIGHT:
                canv.drawRightString(right, baseline, line)
            else:
                canv.drawString(left, baseline, line)
            baseline -= st.leading


TABLE_HEADER_FILL = colors.HexColor("#F2F2F2")


def ruled_table(data, widths, header_rows: int = 0, shade_keys: bool = False) -> Table:
    """A ruled form table in the CJK font: header rows shaded and repeated on each page; with
    `shade_keys`, columns 0 and 2 are the field names of a key / value / key / value grid."""
    from tsdesk.documents.fonts import register_fonts

    commands = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), TABLE_HEADER_FILL))
    if shade_keys:
        commands.append(("BACKGROUND", (0, 0), (0, -1), TABLE_HEADER_FILL))
        commands.append(("BACKGROUND", (2, 0), (2, -1), TABLE_HEADER_FILL))
    return Table(data, colWidths=widths, repeatRows=header_rows, style=TableStyle(commands))
