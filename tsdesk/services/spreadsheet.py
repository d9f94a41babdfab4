"""Rows of cell values from an .xlsx or .csv file, fast enough for a 10,000-row register.

openpyxl's read-only reader costs about 20 µs a cell (2–3 s for a 10,000-row ledger, most of
the 5 s an import may take), so the first worksheet is read here with the C XML parser
(`iterparse`, constant memory) and openpyxl's own tables decide which number formats are
dates. Values come back as openpyxl gives them: str, int, float, bool, datetime or None.
CSV is UTF-8 (with or without BOM) or GB18030 — what Chinese Excel writes as "CSV".
"""

from __future__ import annotations

import csv
import functools
import io
import posixpath
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError, iterparse

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError

RawRow = tuple[int, tuple[Any, ...]]  # (row number as the file shows it, cell values)

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Built-in date formats beyond openpyxl's table: the CJK locale ones Chinese Excel uses
# (27–36 and 50–58, e.g. 31 = "yyyy年m月d日").
_CJK_DATE_FORMATS = frozenset({*range(27, 37), *range(50, 59)})


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "无法读取 Excel 文件 {name}：文件已损坏或不是 .xlsx 格式"),
        name=path.name,
    )


def _parse(book: zipfile.ZipFile, name: str):
    with book.open(name) as fh:
        for _, elem in iterparse(fh):
            yield elem


def _first_sheet(book: zipfile.ZipFile) -> tuple[str, bool]:
    """The first worksheet's path in the archive and whether dates count from 1904."""
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in _parse(book, "xl/_rels/workbook.xml.rels")
        if rel.tag == f"{_PKG_REL}Relationship"
    }
    sheet_id, date1904 = None, False
    for elem in _parse(book, "xl/workbook.xml"):
        if elem.tag == f"{_MAIN}workbookPr":
            date1904 = elem.get("date1904", "0").lower() in ("1", "true")
        elif elem.tag == f"{_MAIN}sheet" and sheet_id is None:
            sheet_id = elem.get(f"{_REL}id")
    target = targets.get(sheet_id, "")
    if not target:
        raise KeyError("no worksheet")
    path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    return posixpath.normpath(path), date1904


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    strings: list[str] = []
    for elem in _parse(book, "xl/sharedStrings.xml"):
        if elem.tag == f"{_MAIN}si":
            strings.append(_text_of(elem))
            elem.clear()
    return strings


def _text_of(elem) -> str:
    """The text of a shared or inline string: its runs, without phonetic hints (rPh)."""
    direct = elem.find(f"{_MAIN}t")
    if direct is not None:
        return direct.text or ""
    return "".join(t.text or "" for r in elem.iter(f"{_MAIN}r") for t in r.iter(f"{_MAIN}t"))


def _date_styles(book: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles whose number format shows a date."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if "xl/styles.xml" not in book.namelist():
        return set()
    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    in_cell_xfs = False
    with book.open("xl/styles.xml") as fh:
        for event, elem in iterparse(fh, events=("start", "end")):
            if elem.tag == f"{_MAIN}cellXfs":
                in_cell_xfs = event == "start"
            elif event == "start":
                continue
            elif elem.tag == f"{_MAIN}numFmt":
                custom[int(elem.get("numFmtId", "0"))] = elem.get("formatCode", "")
            elif elem.tag == f"{_MAIN}xf" and in_cell_xfs:
                xf_formats.append(int(elem.get("numFmtId", "0")))
    dates = set()
    for index, fmt in enumerate(xf_formats):
        code = custom.get(fmt, BUILTIN_FORMATS.get(fmt, ""))
        if fmt in _CJK_DATE_FORMATS or (code and is_date_format(code)):
            dates.add(index)
    return dates


@functools.cache
def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _column(ref: str) -> int:
    """0-based column of a cell reference such as "AB12"."""
    return _column_index(ref.rstrip("0123456789"))


def _number(text: str) -> int | float:
    """As openpyxl casts: float when written with a point or an exponent, else int."""
    return float(text) if "." in text or "E" in text or "e" in text else int(text)


def _sheet_rows(
    book: zipfile.ZipFile, path: str, strings: list[str], dates: set[int], date1904: bool
) -> Iterator[RawRow]:
    from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

    epoch = MAC_EPOCH if date1904 else WINDOWS_EPOCH
    row_tag, v_tag, is_tag = f"{_MAIN}row", f"{_MAIN}v", f"{_MAIN}is"
    row_number = 0
    # Only "end" events, and a whole row at a time: a Python step per XML event is what
    # makes a reader slow.
    for elem in _parse(book, path):
        if elem.tag != row_tag:
            continue
        row_number = int(elem.get("r") or row_number + 1)
        cells: dict[int, Any] = {}
        column = 0
        for cell in elem:
            ref = cell.get("r")
            column = _column(ref) if ref else column
            kind = cell.get("t", "n")
            if kind == "inlineStr":
                inline = cell.find(is_tag)
                value: Any = _text_of(inline) if inline is not None else None
            else:
                v = cell.find(v_tag)
                raw = v.text if v is not None else None
                if raw is None:
                    value = None
                elif kind == "s":
                    value = strings[int(raw)]
                elif kind == "b":
                    value = raw == "1"
                elif kind in ("str", "e"):
                    value = raw
                elif kind == "d":
                    value = datetime.fromisoformat(raw.rstrip("Z"))
                else:
                    value = _number(raw)
                    if cell.get("s") and int(cell.get("s")) in dates:
                        value = from_excel(value, epoch)
            if value is not None:
                cells[column] = value
            column += 1
        elem.clear()
        width = max(cells) + 1 if cells else 0
        yield row_number, tuple(cells.get(i) for i in range(width))


def read_xlsx(path: Path) -> list[RawRow]:
    """Every row of the first worksheet (the template's second sheet is its explanation)."""
    try:
        with zipfile.ZipFile(path) as book:
            sheet, date1904 = _first_sheet(book)
            strings = _shared_strings(book)
            return list(_sheet_rows(book, sheet, strings, _date_styles(book), date1904))
    except (zipfile.BadZipFile, KeyError, ParseError, OSError, ValueError, IndexError):
        raise _unreadable(path) from None


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "无法识别文件 {name} 的字符编码（应为 UTF-8 或 GBK）"),
        name=name,
    )


def read_csv(path: Path) -> list[RawRow]:
    """Every record of a CSV file (comma, or tab when the first line has tabs and no comma)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "无法读取文件 {name}：{reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from None
    content = _decode(data, path.name)
    first = content.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        return [(n, tuple(values)) for n, values in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "CSV 文件 {name} 格式有误：{reason}"),
            name=path.name,
            reason=str(exc),
        ) from None
