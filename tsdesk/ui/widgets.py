"""The UI kit: the small widgets, colours and styles every feature uses, defined once here.

Dialog bases, list actions and the row models are in `common.py`; this module imports nothing
from the rest of the UI, so any module may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from tsdesk.levels import BAD, INFO, LEVELS, OK, WARN  # noqa: F401  (re-exported)

E = TypeVar("E")
V = TypeVar("V", bound=QTableView)
Index = QModelIndex | QPersistentModelIndex  # what Qt passes to a model's methods

# Text styles: an error, a success, secondary text; a field the last check complained about.
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b7f2a;"
MUTED_STYLE = "color: #666;"
NOTE_STYLE = "color: #8a6d00;"  # a standing caveat: read-only, admins only
EXPIRED_STYLE = "color: #b3261e;"  # a value that has run out, as EXPIRED_COLOR in the lists
INVALID_STYLE = "border: 1px solid #b3261e; background: #fff6f5;"

PICK_LIMIT = 50  # hits a search-as-you-type picker lists (the register's index answers fast)

# Row colours in the lists: ended, due soon, ended a while ago / no longer in force.
EXPIRED_COLOR = QColor("#b3261e")
DUE_COLOR = QColor("#a15c00")
ENDED_COLOR = QColor("#777777")

# Banner levels, mildest first, with (background, text, border) colours.
LEVEL_COLOURS: dict[str, tuple[str, str, str]] = {
    OK: ("#e6f4ea", "#14532d", "#9fd3ad"),
    INFO: ("#e8f0fe", "#1a3f8a", "#aac4f4"),
    WARN: ("#fff4e0", "#7a4a00", "#f2c77f"),
    BAD: ("#fdecea", "#a0181b", "#f1b0ac"),
}


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or date.today()))
    return edit


def day(edit: QDateEdit) -> date:
    return edit.date().toPython()


def enum_data(combo: QComboBox, enum_cls: type[E]) -> E | None:
    """A combo's item data as the enum it was stored as (Qt hands str enums back as str)."""
    value = combo.currentData()
    return None if value is None else enum_cls(value)


def text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text in a form; Tab moves on rather than typing a tab."""
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame on a field the last check complained about (on the field itself, not on
    the children of a group such as radio buttons)."""
    if not widget.objectName():
        widget.setObjectName(f"field{id(widget)}")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    widget.setStyleSheet(f"#{widget.objectName()} {{ {INVALID_STYLE} }}" if invalid else "")


def list_view(
    view: V,
    *,
    multi: bool = False,
    wrap: bool = True,
    compact: bool = False,
    resize: QHeaderView.ResizeMode | None = None,
    widths: Sequence[int] = (),
    stretch: int | None = None,
    stretch_last: bool = True,
) -> V:
    """A read-only list of rows, as every table in the app is set up: whole rows selected (one,
    or several with `multi`), no editing, no row numbers. `wrap=False` elides long cells on one
    line; `compact` fits a line of text per row; `resize` is every column's resize mode,
    `widths` the starting widths (0: leave), `stretch` a column that takes the spare room."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    if compact:
        compact_rows(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    if resize is not None:
        header.setSectionResizeMode(resize)
    for column, width in enumerate(widths):
        if width:
            view.setColumnWidth(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def compact_rows(view: QTableView) -> None:
    """One text line per row, with a little air: more of a list fits on a laptop screen."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def add_labelled(combo: QComboBox, labels: Mapping[Any, str], words: Callable[[str], str]) -> None:
    """Fill a combo from a service's {value: label} table, each label in the UI language."""
    for value, text in labels.items():
        combo.addItem(words(text), value)
