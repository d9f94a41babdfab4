"""The one embedded font every TSDesk PDF uses for all its text (DESIGN.md, Documents).

Only this TrueType font is ever drawn, so every PDF embeds its own glyphs and looks the
same on every PC; reportlab's base-14 fonts (Helvetica …) are never referenced.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tsdesk import paths

FONT_NAME = "TSDeskCJK"

_lock = threading.Lock()  # bulk printing runs in a worker thread
_registered = False


def register_fonts() -> str:
    """Register the embedded font with reportlab once and return its name. Every PDF we make
    starts here, so the house-wide reportlab settings are made here too."""
    global _registered
    with _lock:
        if not _registered:
            # Page streams Flate-compressed only: ASCII85 on top makes them 25 % larger and,
            # without reportlab's optional C accelerator, costs a fifth of a label batch's time.
            rl_config.useA85 = 0
            # subfontIndex picks the regular face when the file is a .ttc collection.
            font = TTFont(FONT_NAME, str(paths.font_path()), subfontIndex=0)
            pdfmetrics.registerFont(font)
            # Bold/italic map to the same face, so no markup can fall back to Helvetica.
            pdfmetrics.registerFontFamily(
                FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
            )
            _registered = True
    return FONT_NAME


def missing_glyphs(text: str, font_name: str = FONT_NAME) -> str:
    """The distinct characters of `text` (whitespace aside) that the font cannot draw."""
    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    missing = dict.fromkeys(ch for ch in text if not ch.isspace() and ord(ch) not in cmap)
    return "".join(missing)
