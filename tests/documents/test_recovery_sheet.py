"""The recovery sheet: key readable as text and as QR code, fonts embedded, footer present."""

from __future__ import annotations

import io
import secrets
import string
from datetime import datetime

import pypdfium2
import pytest
import zxingcpp

from tsdesk.documents import recovery_sheet
from tsdesk.documents.fonts import missing_glyphs, register_fonts
from tsdesk.documents.recovery_sheet import render_recovery_sheet
from tsdesk.errors import TSDeskError


def new_key() -> str:
    raw = secrets.token_hex(32).upper()
    return "-".join(raw[i : i + 8] for i in range(0, 64, 8))


@pytest.fixture(scope="module")
def key() -> str:
    return new_key()


@pytest.fixture(scope="module")
def sheet(key) -> bytes:
    from tsdesk.documents.page import FooterInfo

    footer = FooterInfo(
        7, "ab12cd34ef56" + "9" * 52, datetime(2024, 5, 6, 7, 8), "绍兴示例纺织有限公司"
    )
    out = io.BytesIO()
    render_recovery_sheet(
        out,
        company="绍兴示例纺织有限公司",
        recovery_key=key,
        created_at=datetime(2024, 5, 6, 7, 5),
        db_name="tsdesk.db",
        footer=footer,
    )
    return out.getvalue()


def decode_qr(data: bytes, dpi: int) -> list[str]:
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=dpi / 72).to_pil()
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_font_can_draw_everything_a_sheet_prints():
    # Keys, dates, hashes and the PRAGMA line are Latin: a CJK-only font prints them blank.
    register_fonts()
    assert missing_glyphs(string.ascii_letters + string.digits + string.punctuation) == ""
    assert missing_glyphs("恢复密钥，。：；（）“”") == ""


def test_key_and_instructions_extract_as_text(sheet, key, pdf):
    text = pdf.text(sheet)
    groups = key.split("-")
    assert "-".join(groups[:4]) in text
    assert "-".join(groups[4:]) in text
    assert key in pdf.flat(text)  # the dash at the line break is printed too
    assert f"PRAGMA key = \"x'{key.replace('-', '')}'\";" in text
    flat = pdf.flat(text)
    for phrase in (
        "TSDesk恢复密钥/Recoverykey",
        "绍兴示例纺织有限公司",
        "tsdesk.db",
        "2024-05-0607:05",
        "保险柜",
        "无需任何密码即可打开数据库",
        "密钥槽文件（*.keys）丢失或损坏，凭本恢复密钥仍可打开数据库",
        "任何支持SQLCipher4的工具均可打开该数据库",
        "rekey",
        "本页即告作废",
        "粉碎销毁",
    ):
        assert phrase in flat, phrase


@pytest.mark.parametrize("dpi", [150, 300])
def test_qr_code_carries_exactly_the_key(sheet, key, dpi):
    codes = decode_qr(sheet, dpi)
    # Besides the key, only the footer's chain head (vault/anchors.py) is a code on the page.
    assert [c for c in codes if not c.startswith("TSDESK:")] == [key]
    assert len(codes) == 2


def test_qr_code_is_vector_and_large_enough(key):
    drawing = recovery_sheet.qr_drawing(key)
    assert drawing.width >= 50 * 72 / 25.4
    widget = drawing.contents[0]
    assert widget.barLevel in {"M", "Q", "H"}
    assert widget.barBorder >= 4


def test_every_font_is_embedded(sheet, pdf):
    assert pdf.font_problems(sheet) == []


def test_footer_and_print_scaling(sheet, pdf):
    text = pdf.text(sheet)
    assert "审计链 #7 ab12cd34ef56" in text
    assert "打印时间 2024-05-06 07:08" in text
    assert "第 1/1 页" in text
    assert pdf.print_scaling(sheet) == "/None"


def test_metadata(sheet):
    import pypdf

    info = pypdf.PdfReader(io.BytesIO(sheet)).metadata
    assert info.title == f"{recovery_sheet.TITLE}　绍兴示例纺织有限公司　tsdesk.db"
    assert info.creator.startswith("TSDesk ")
    assert info.author == "绍兴示例纺织有限公司" and info.subject == recovery_sheet.SUBJECT


@pytest.mark.parametrize(
    "bad",
    ["", "0123ABCD", new_key().lower(), new_key().replace("-", ""), new_key() + "-0"],
    ids=[
        "empty",
        "short",
        "lower-case",
        "no-dashes",
        "a-ninth-group",
    ],  # the same on every xdist worker
)
def test_malformed_key_is_refused(bad, footer):
    with pytest.raises(ValueError):
        render_recovery_sheet(
            io.BytesIO(),
            company="X",
            recovery_key=bad,
            created_at=datetime.now(),
            db_name="x.db",
            footer=footer,
        )


def test_refuses_to_print_a_key_the_font_cannot_draw(monkeypatch, footer):
    monkeypatch.setattr(recovery_sheet, "missing_glyphs", lambda text, font: "A")
    with pytest.raises(TSDeskError, match="恢复密钥"):
        render_recovery_sheet(
            io.BytesIO(),
            company="X",
            recovery_key=new_key(),
            created_at=datetime.now(),
            db_name="x.db",
            footer=footer,
        )
