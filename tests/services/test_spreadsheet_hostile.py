"""Hostile import files get a clear message in bounded time and memory; exports write no
temp files and no live formulas (issue 9 §6, §7)."""

from __future__ import annotations

import csv
import io
import os
import resource
import tempfile
import time
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsx_testing import DATE_STYLES, xlsx_with_sheet

from tsdesk.errors import ValidationError
from tsdesk.services import register_io, spreadsheet


def refused(path) -> str:
    with pytest.raises(ValidationError) as caught:
        register_io.read_table(path)
    return caught.value.message


# --- limits ----------------------------------------------------------------------------------


@pytest.mark.parametrize("column", ["ZZZZZ", "ZZZZZZZ", "XFD"])
def test_one_cell_far_to_the_right_is_refused_at_once(tmp_path, column):
    path = xlsx_with_sheet(
        tmp_path / "far.xlsx",
        f'<row r="1"><c r="A1" t="inlineStr"><is><t>秘密主题</t></is></c>'
        f'<c r="{column}1" t="inlineStr"><is><t>x</t></is></c></row>',
    )
    started = time.monotonic()
    assert "列数" in refused(path)
    assert time.monotonic() - started < 2  # ZZZZZ took minutes, ZZZZZZZ 2.9 GB


def test_a_row_of_countless_cells_without_references_is_refused(tmp_path):
    cells = "<c><v>1</v></c>" * (spreadsheet.MAX_COLUMNS + 1)
    path = xlsx_with_sheet(tmp_path / "wide.xlsx", f"<row>{cells}</row>")
    assert "列数" in refused(path)


def test_too_many_rows_are_refused_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 50)
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 52))
    assert "行数" in refused(xlsx_with_sheet(tmp_path / "long.xlsx", rows))
    out = io.StringIO()
    csv.writer(out).writerows([[i, "x"] for i in range(51)])
    (tmp_path / "long.csv").write_text(out.getvalue(), "utf-8")
    assert "行数" in refused(tmp_path / "long.csv")


def test_a_small_xlsx_of_two_million_rows_is_refused_quickly(tmp_path):
    """10 MB of 2M rows hung the old reader; deflate makes the file small, the limit stops it."""
    path = tmp_path / "rows.xlsx"
    rows = spreadsheet.MAX_ROWS + 10
    xlsx_with_sheet(path, "<row><c><v>1</v></c></row>" * rows)
    started = time.monotonic()
    assert "行数" in refused(path)
    assert time.monotonic() - started < 10


def test_declared_uncompressed_size_is_checked_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_UNCOMPRESSED_BYTES", 10_000)
    path = xlsx_with_sheet(tmp_path / "bomb.xlsx", "<row><c><v>1</v></c></row>" * 2_000)
    assert os.path.getsize(path) < 10_000  # small on disk, large inflated
    assert "解压后大小" in refused(path)


def test_file_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_FILE_BYTES", 1_000)
    (tmp_path / "big.csv").write_text("秘密主题,类别\n" + "x,y\n" * 1_000, "utf-8")
    assert "文件大小" in refused(tmp_path / "big.csv")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cell_size_limit(tmp_path, suffix):
    text = "长" * (spreadsheet.MAX_CELL_CHARS + 1)
    path = tmp_path / f"cell{suffix}"
    if suffix == ".csv":
        path.write_text(f"秘密主题,类别\n{text},y\n", "utf-8")
    else:
        xlsx_with_sheet(
            path, f'<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>'
        )
    assert "个字符" in refused(path)


def test_many_equal_headers_take_linear_time(tmp_path):
    """Header de-duplication was quadratic (16k columns 50 s)."""
    path = tmp_path / "headers.csv"
    n = spreadsheet.MAX_COLUMNS
    path.write_text(",".join(["备注"] * n) + "\n" + ",".join(["x"] * n) + "\n", "utf-8")
    started = time.monotonic()
    table = register_io.read_table(path)
    assert time.monotonic() - started < 1.0
    assert len(set(table.headers)) == n and table.headers[1] == "备注 (2)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_special_files_are_refused_without_opening_them(tmp_path, suffix):
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)  # opening it for reading would block forever
    assert "不是普通文件" in refused(fifo)
    zero = tmp_path / f"zero{suffix}"
    zero.symlink_to("/dev/zero")  # reading it never ends
    assert "不是普通文件" in refused(zero)


def test_corrupt_deflate_data_is_unreadable_not_an_internal_error(tmp_path):
    path = xlsx_with_sheet(tmp_path / "good.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>' * 50)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as book:
        info = book.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 2, start + 12):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    assert "文件已损坏" in refused(path)


@pytest.mark.parametrize("serial", ["2958466", "1e10", "1e308", "0", "-5", "-1e308"])
def test_excel_date_serials_outside_excels_range_are_refused(tmp_path, serial):
    path = xlsx_with_sheet(
        tmp_path / "dates.xlsx",
        '<row r="1"><c r="A1" t="inlineStr"><is><t>保密期限</t></is></c></row>'
        f'<row r="2"><c r="A2" s="1"><v>{serial}</v></c></row>',
        styles=DATE_STYLES,
    )
    message = refused(path)
    assert "A2" in message and "不是有效日期" in message


def test_excel_date_serials_inside_the_range_still_read(tmp_path):
    path = xlsx_with_sheet(
        tmp_path / "dates.xlsx",
        '<row r="1"><c r="A1" t="inlineStr"><is><t>保密期限</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>备注</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>2958465</v></c></row>',
        styles=DATE_STYLES,
    )
    (row,) = register_io.read_table(path).rows
    assert [c.date().isoformat() for c in row.cells] == ["1900-01-01", "9999-12-31"]


# --- fuzzing: any bytes give rows or a ValidationError, quickly and in bounded memory ----------

FUZZ = settings(
    max_examples=100,
    deadline=2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _read_or_refuse(path) -> None:
    try:
        register_io.read_table(path)
    except ValidationError:
        pass


_cell = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["秘密主题", "类别", "保密等级", "保密期限", "=1+1", "'=x", "-", "\t"]),
)
_ref = st.one_of(
    st.none(),
    st.from_regex(r"[A-Z]{1,8}[0-9]{1,8}", fullmatch=True),
    st.text(max_size=6),
)


@st.composite
def _sheet(draw) -> str:
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        cells = []
        for _ in range(draw(st.integers(0, 6))):
            ref = draw(_ref)
            ref_attr = f' r="{_escape(ref)}"' if ref is not None else ""
            kind = draw(st.sampled_from(["n", "s", "b", "str", "e", "d", "inlineStr", "?"]))
            style = draw(st.sampled_from(["", ' s="1"', ' s="9"', ' s="x"']))
            value = _escape(draw(st.one_of(_cell, st.floats().map(repr), st.integers().map(str))))
            body = f"<is><t>{value}</t></is>" if kind == "inlineStr" else f"<v>{value}</v>"
            cells.append(f'<c{ref_attr} t="{kind}"{style}>{body}</c>')
        rows.append(f'<row r="{draw(st.integers(-2, 10**7))}">' + "".join(cells) + "</row>")
    return "".join(rows)


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape("".join(c for c in text if c.isprintable()), {'"': "&quot;"})


@FUZZ
@given(sheet=_sheet(), flip=st.one_of(st.none(), st.integers(0, 10_000)))
def test_fuzzed_xlsx(tmp_path, sheet, flip):
    path = xlsx_with_sheet(tmp_path / "fuzz.xlsx", sheet, styles=DATE_STYLES)
    if flip is not None:
        data = bytearray(path.read_bytes())
        data[flip % len(data)] ^= 0x5A
        path.write_bytes(bytes(data))
    before = _peak_mb()
    _read_or_refuse(path)
    assert _peak_mb() - before < 200


@FUZZ
@given(data=st.one_of(st.binary(max_size=2_000), st.text(max_size=2_000).map(str.encode)))
def test_fuzzed_csv(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    before = _peak_mb()
    _read_or_refuse(path)
    assert _peak_mb() - before < 200


# --- export --------------------------------------------------------------------------------


def test_xlsx_export_writes_no_temp_file(tmp_path, monkeypatch):
    """openpyxl spooled every sheet through /tmp: plaintext subjects left by a killed export."""
    made: list[str] = []

    def no_temp_files(*args, **kwargs):
        made.append("temp")
        raise AssertionError("a temp file was made")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", no_temp_files)
    monkeypatch.setattr(tempfile, "mkstemp", no_temp_files)
    data = spreadsheet.write_xlsx("清单", ["秘密主题"], [["主轴热处理工艺"]], widths=[30])
    assert not made
    path = tmp_path / "out.xlsx"
    path.write_bytes(data)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == "主轴热处理工艺" and sheet.column_dimensions["A"].width == 30


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=x"]
)
def test_formula_starts_are_neutralised_and_read_back(text):
    assert spreadsheet.neutralise(text) == "'" + text
    assert spreadsheet.unneutralise(spreadsheet.neutralise(text)) == text
    assert spreadsheet.neutralise("普通文字") == "普通文字" and spreadsheet.neutralise(-5) == -5


def test_xlsx_cells_are_never_formulas_and_illegal_xml_characters_do_not_break_it(tmp_path):
    path = tmp_path / "f.xlsx"
    path.write_bytes(
        spreadsheet.write_xlsx("s", ["h"], [["=1+1"], ["控制\x1b[31m字符\x00"], [" 前后空格 "]])
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == "'=1+1" and sheet["A2"].data_type == "s"
    assert sheet["A3"].value == "控制\ufffd[31m字符\ufffd"
    assert sheet["A4"].value == " 前后空格 "
