"""The register read a chunk at a time (issue 12): the same records as `register_io.records`,
in the same order, for the export and the ledger of 100,000 secrets; and the export's fast
cell writer, which must write exactly what the per-cell writer wrote."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from register_testing import build_team, propose, secret_input

from tsdesk.models import StorageKind, TermKind
from tsdesk.services import register_io, spreadsheet


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def test_streamed_records_equal_the_records_in_every_order(team, monkeypatch):
    ids = [
        propose(
            team,
            secret_input(
                team,
                f"第{n}项",
                storages=[(StorageKind.CLOUD, f"网盘{n}"), (StorageKind.PAPER, "")],
                points=[f"要点{n}-{i}" for i in range(n % 4)],
                owner_id=None if n == 3 else team.people["李娜"],
                term_kind=TermKind.LONG_TERM if n % 2 else TermKind.UNTIL_DATE,
                term_until=None if n % 2 else date(2035, 12, 31),
            ),
        )
        for n in range(7)
    ]
    monkeypatch.setattr(register_io, "STREAM_CHUNK", 3)  # several chunks
    with team.vault.reader() as session:
        assert list(register_io.iter_records(session)) == register_io.records(session)
        order = [ids[5], ids[1], 999_999, ids[5], ids[0], ids[6], ids[2]]
        streamed = list(register_io.iter_records(session, order))
        assert streamed == register_io.records(session, order)
        assert [r.id for r in streamed] == [ids[5], ids[1], ids[0], ids[6], ids[2]]
        assert all(r.points == [] for r in register_io.iter_records(session, points=False))


def test_the_fast_row_writer_writes_what_the_cell_writer_wrote(tmp_path):
    rows = [
        [1, "TS-1", "=HYPERLINK(1)", "两行\n文字", " 前后空格 ", "a&b<c>", "控制\x01字", ""],
        [2.5, None, "-5", "'=已有引号", True, date(2035, 12, 31), datetime(2024, 1, 2, 3, 4), "\t"],
    ]
    data = spreadsheet.write_xlsx("清单", [f"列{i}" for i in range(8)], rows, widths=[8] * 8)
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    for r, values in enumerate(rows, start=2):
        expected = "".join(
            spreadsheet._cell_xml(
                f"{spreadsheet._letter(i)}{r}",
                spreadsheet.neutralise(v),
                spreadsheet.STYLE_WRAP if isinstance(v, str) and "\n" in v else 0,
            )
            for i, v in enumerate(values)
        )
        assert f'<row r="{r}">{expected}</row>' in sheet
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    back = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert back[1][:6] == (1, "TS-1", "'=HYPERLINK(1)", "两行\n文字", " 前后空格 ", "a&b<c>")
    assert back[2][2:4] == ("'-5", "''=已有引号") and back[2][5] == datetime(2035, 12, 31)
    assert [r for _, r in spreadsheet.read_xlsx(path)][1][6] == "控制\ufffd字"
