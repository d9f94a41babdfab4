"""The destruction papers: what is printed is what was recorded; the certificate's QR code,
read back from the rendered page, verifies against the record (and a changed one does not)."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from destruction_testing import (
    SUPERVISOR_OP,
    SUPERVISOR_PASSWORD,
    approved,
    build_place,
    carrier_item,
    end_term,
    execution,
    outcomes,
)
from tsdesk_testing import pdf_text

from tsdesk.errors import ValidationError
from tsdesk.models import (
    CarrierKind,
    DestructionItemKind,
    DestructionReason,
    DestructionResult,
)
from tsdesk.services import destruction

OUT = None  # set to a pathlib.Path to keep the PDFs for a look


@pytest.fixture
def done(opened):
    """A finished batch: two paper carriers (one failed), a disk, a data set."""
    place = build_place(opened)
    end_term(place, place.low_secret)
    a = place.carrier("2025 年度供应商报价汇总（纸质）")
    b = place.carrier("报价汇总复印件")
    disk = place.carrier("报价备份移动硬盘", kind=CarrierKind.STORAGE)
    data = destruction.ItemInput(
        DestructionItemKind.DATA,
        DestructionReason.TERM_ENDED,
        secret_id=place.low_secret,
        description="ERP 服务器 /data/quotes/2025：供应商报价明细",
    )
    batch = approved(
        place,
        [
            carrier_item(a, pages=12),
            carrier_item(b, quantity=2, pages=24),
            carrier_item(disk),
            data,
        ],
    )
    with place.read() as s:
        ids = [i.id for i in destruction.get_batch(s, batch).items]
    per = {
        "2": destruction.ItemOutcome(
            ids[1], DestructionResult.FAILED, failure="碎纸机卡纸，留存待下次"
        ),
        "3": destruction.ItemOutcome(
            ids[2],
            DestructionResult.DESTROYED,
            method_key="physical",
            media_type="移动硬盘",
            media_serial="WX51A",
        ),
        "4": destruction.ItemOutcome(
            ids[3],
            DestructionResult.DESTROYED,
            method_key="overwrite",
            tool="DiskWipe 3.2，3 遍",
            verification="抽查 10 个扇区为零",
        ),
    }
    with place.uow() as uow:
        destruction.confirm_supervisor(uow, SUPERVISOR_OP, SUPERVISOR_PASSWORD)
        destruction.execute(
            uow,
            batch,
            execution(place, batch, outcomes=outcomes(place, batch, **per)),
            {place.carol: SUPERVISOR_OP},
        )
    return place, batch


def _write(place, batch, which, tmp_path):
    out = (OUT or tmp_path) / f"{which}.pdf"
    with place.uow() as uow:
        destruction.write_document(uow, batch, which, out)
    return out


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _cells(path) -> str:
    """The text in drawing order (a table cell's wrapped lines together), spaces removed."""
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    return _flat(raw)


def test_the_list_prints_every_item_and_every_signature(done, tmp_path):
    place, batch = done
    path = _write(place, batch, "list", tmp_path)
    text, cells = _flat(pdf_text(path)), _cells(path)
    with place.read() as s:
        view = destruction.get_batch(s, batch)
    assert "销毁清册" in text and view.row.number in text
    for item in view.items:
        assert _flat(f"{item.title}{item.grade}") in cells
        assert (item.carrier_number or item.secret_number) in text
    assert "未能销毁：碎纸机卡纸，留存待下次" in cells and "物理破坏存储介质" in cells
    assert "共4项，5件，36页" in text
    assert "执行人：张伟" in text
    assert "监销人：李娜（E002）（签字）" in text
    assert f"监销人：王芳（E003）操作员{SUPERVISOR_OP}于" in text
    assert "审计链#" in text


def test_the_approval_form_and_data_log(done, tmp_path):
    place, batch = done
    text = _flat(pdf_text(_write(place, batch, "approval", tmp_path)))
    assert "销毁审批表" in text and "approver1" in text and "年度清理" in text
    assert "保密期限尚未届满" not in text  # the term was over: nothing to warn about
    log = _cells(_write(place, batch, "data_log", tmp_path))
    assert "数据销毁记录" in log
    assert _flat("ERP 服务器 /data/quotes/2025：供应商报价明细") in log
    assert "DiskWipe3.2，3遍" in log and "抽查10个扇区为零" in log
    assert "报价汇总复印件" not in log  # carriers are not data


def test_the_certificate_qr_verifies_offline(done, tmp_path):
    place, batch = done
    path = _write(place, batch, "certificate", tmp_path)
    text = _cells(path)
    with place.read() as s:
        view = destruction.get_batch(s, batch)
    assert "销毁证明" in text and f"校验码：{view.certificate_code}" in _flat(pdf_text(path))
    assert "销毁下列3项" in text and "另有1项未能销毁" in text
    page = pypdfium2.PdfDocument(str(path))[0]
    codes = zxingcpp.read_barcodes(page.render(scale=200 / 72).to_pil())
    # Besides the footer's chain head (vault/anchors.py), the certificate's own code.
    (code,) = [c for c in codes if not c.text.startswith("TSDESK:")]
    payload = code.text
    assert payload.endswith(view.certificate_code)
    with place.read() as s:
        check = destruction.verify_certificate(s, payload)
        assert check.ok and check.number == view.row.number
        assert f"{date.today().isoformat()} 销毁 3 项" in check.message
        tampered = payload.replace("/3/1/", "/4/0/")
        assert not destruction.verify_certificate(s, tampered).ok
        assert not destruction.verify_certificate(s, "hello").ok


def test_papers_wait_for_their_moment(opened, tmp_path):
    place = build_place(opened)
    end_term(place, place.low_secret)
    with place.uow() as uow:
        batch = destruction.create_request(uow, [carrier_item(place.carrier("甲"))])
    for which, message in (
        ("list", "批准后"),
        ("certificate", "销毁完成后"),
        ("data_log", "电子数据"),
    ):
        with place.uow() as uow, pytest.raises(ValidationError, match=message):
            destruction.write_document(uow, batch, which, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    text = _flat(pdf_text(_write(place, batch, "approval", tmp_path)))
    assert "草稿" in text
