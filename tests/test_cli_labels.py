"""`tsdesk labels templates|print|outline|verify|log|area-sign` and `tsdesk stamp` (issue 4 §6)."""

from __future__ import annotations

import io
import json

import pypdf
import pytest
from carriers_testing import build_world
from tsdesk_testing import ADMIN_PASSWORD, invoke, pdf_qr_codes

from tsdesk.services import carriers, register


def tsdesk(*args: str, path=None, password: str | None = ADMIN_PASSWORD):
    db = ["--db", str(path)] if path else []
    return invoke(*db, *args, env={"TSDESK_PASSWORD": password})


@pytest.fixture
def db(opened):
    world = build_world(opened)
    ids = [world.carrier(title="主轴图纸"), world.carrier(title="工艺 U 盘")]
    with world.read() as s:
        numbers = [carriers.get(s, i).number for i in ids]
        secret = register.get(s, world.top_secret).number
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path, numbers, secret


def test_templates_need_no_database():
    result = tsdesk("labels", "templates", password=None)
    assert result.returncode == 0, result.stderr
    for name in (
        "A4-3x8-70x37",
        "A4-2x7-99x38",
        "A4-4x10-48x25",
        "A4-2x5-105x57",
        "roll-40x30",
        "roll-50x30",
        "roll-60x40",
        "roll-70x50",
    ):
        assert name in result.stdout
    listed = json.loads(tsdesk("labels", "templates", "--json", password=None).stdout)
    assert {t["name"] for t in listed} >= {"A4-cover", "roll-50x30"}


def test_print_verify_reprint_and_log(db, tmp_path):
    path, numbers, _ = db
    out = tmp_path / "labels.pdf"
    args = ["labels", "print", "--carriers", ",".join(numbers), "--template", "A4-2x7-99x38"]
    result = tsdesk(*args, "--start", "3", "--out", str(out), path=path)
    assert result.returncode == 0, result.stderr
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    payloads = pdf_qr_codes(out, 203)
    assert len(payloads) == 2

    verified = tsdesk("labels", "verify", payloads[0], path=path)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.splitlines()[0] == "genuine"
    assert "在库" in verified.stdout
    # the same verdict, in the same words, as the carriers page's banner
    assert verified.stdout.splitlines()[1] == "标签真实：防伪码校验通过"
    assert "· 在库，现行有效" in verified.stdout
    as_json = json.loads(tsdesk("labels", "verify", payloads[0], "--json", path=path).stdout)
    assert as_json["status"] == "genuine" and as_json["number"] in numbers

    forged = payloads[0][:-1] + ("A" if payloads[0][-1] != "A" else "B")
    result = tsdesk("labels", "verify", forged, path=path)
    assert result.returncode != 0 and result.stdout.splitlines()[0] == "forged"
    result = tsdesk("labels", "verify", "no such thing", path=path)
    assert result.returncode != 0 and result.stdout.splitlines()[0] == "unknown"

    # A reprint without a reason is refused and changes nothing; with one it is marked.
    again = tsdesk(*args, "--out", str(tmp_path / "again.pdf"), path=path)
    assert again.returncode != 0 and "补打须填写原因" in again.stderr
    assert not (tmp_path / "again.pdf").exists()
    again = tsdesk(
        *args[:3],
        numbers[0],
        "--template",
        "roll-50x30",
        "--reprint-reason",
        "标签破损",
        "--out",
        str(tmp_path / "again.pdf"),
        path=path,
    )
    assert again.returncode == 0, again.stderr
    old = json.loads(tsdesk("labels", "verify", payloads[0], "--json", path=path).stdout)
    assert old["status"] == "genuine" and old["superseded"] is True

    log = json.loads(tsdesk("labels", "log", "--json", path=path).stdout)
    assert [r["template"] for r in log] == ["roll-50x30", "A4-2x7-99x38"]
    assert log[0]["reprint_reason"] == "标签破损"
    assert log[1]["start_position"] == 3 and log[1]["printer"] == "PDF"


def test_print_rejects_unknown_template_and_carrier(db, tmp_path):
    path, numbers, _ = db
    out = tmp_path / "x.pdf"
    bad = tsdesk(
        "labels",
        "print",
        "--carriers",
        numbers[0],
        "--template",
        "A5-9x9",
        "--out",
        str(out),
        path=path,
    )
    assert bad.returncode == 2 and "没有名为 A5-9x9 的标签模板" in bad.stderr
    bad = tsdesk(
        "labels",
        "print",
        "--carriers",
        "ZT-1999-0001",
        "--template",
        "roll-40x30",
        "--out",
        str(out),
        path=path,
    )
    assert bad.returncode == 2 and "ZT-1999-0001" in bad.stderr
    assert not out.exists()


def test_outline_page(tmp_path):
    out = tmp_path / "outline.pdf"
    result = tsdesk(
        "labels",
        "outline",
        "--template",
        "custom:45,35",
        "--offset",
        "0.5,-1",
        "--out",
        str(out),
        password=None,
    )
    assert result.returncode == 0, result.stderr
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (45, 35)


def test_area_sign(db, tmp_path):
    path, _, _ = db
    out = tmp_path / "sign.pdf"
    result = tsdesk("labels", "area-sign", "QY-001", "--size", "A3", "--out", str(out), path=path)
    assert result.returncode == 0, result.stderr
    assert pdf_qr_codes(out, 203) == ["QY-001"]


def test_stamp(db, tmp_path):
    path, _, secret = db
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "报价单.pdf"
    canv = Canvas(str(source))
    for _ in range(2):
        canv.drawString(72, 720, "quotation")
        canv.showPage()
    canv.save()
    original = source.read_bytes()
    out = tmp_path / "报价单-标记.pdf"
    result = tsdesk("stamp", str(source), str(out), "--secret", secret, path=path)
    assert result.returncode == 0, result.stderr
    assert source.read_bytes() == original
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2
    assert all(secret in "".join(p.extract_text().split()) for p in reader.pages)
    bad = tsdesk("stamp", str(tmp_path / "missing.pdf"), str(out), "--secret", secret, path=path)
    assert bad.returncode == 2 and "找不到文件" in bad.stderr
