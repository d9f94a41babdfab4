"""Hand-made .xlsx files for the import tests (imported as `from xlsx_testing import …`)."""

from __future__ import annotations

import zipfile

SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"


def xlsx_with_sheet(
    path, sheet_xml: str, *, styles: str | None = None, method=zipfile.ZIP_DEFLATED
):
    """A minimal workbook whose first sheet is `sheet_xml` (rows only)."""
    with zipfile.ZipFile(path, "w", method) as book:
        book.writestr(
            "xl/workbook.xml",
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>',
        )
        if styles is not None:
            book.writestr("xl/styles.xml", styles)
        book.writestr("xl/worksheets/sheet1.xml", SHEET_HEAD + sheet_xml + SHEET_TAIL)
    return path


DATE_STYLES = (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'
)
