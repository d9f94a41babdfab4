"""Label payloads, verification, the print log and reprints; area signs; stamping (003 §9.2)."""

from __future__ import annotations

import io
import json

import pypdf
import pytest
from carriers_testing import World, build_world
from sqlalchemy import select
from tsdesk_testing import read

from tsdesk.documents.label_templates import by_name
from tsdesk.errors import NotFoundError, PermissionDenied, ValidationError
from tsdesk.models import LabelIssue, LabelPrint, Role, Secret, Setting
from tsdesk.services import audit as audit_service
from tsdesk.services import carriers, labels, operators
from tsdesk.services.audit import AuditFilter
from tsdesk.vault import Vault


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def printed(world: World, ids: list[int], template: str = "A4-3x8-70x37", reason: str = ""):
    with world.uow() as uow:
        return labels.record_print(uow, ids, template, "PDF", 1, reason)


def payloads(world: World, carrier_id: int) -> tuple[str, str]:
    with world.read() as s:
        return (
            labels.payload_for(s, carrier_id, compact=False),
            labels.payload_for(s, carrier_id, compact=True),
        )


def actions(world: World, action: str) -> list:
    return read(world.vault, audit_service.page, AuditFilter(action=action), 0, 100)


# --- payloads -----------------------------------------------------------------------------------


def test_payload_is_readable_and_verifies(world):
    cid = world.carrier(secrets=[world.top_secret])
    printed(world, [cid])
    full, compact = payloads(world, cid)
    with world.read() as s:
        facts = carriers.facts(s, cid)
    # Readable by any phone: number, grade, term and unit in plain text (003 §9.2.1).
    assert full.split("/")[:6] == ["TSL1", facts.number, "一级商密", "长期", "技术研发中心", "1"]
    assert compact.split("/")[:3] == ["TSC1", facts.number, "1"]
    for payload in (full, compact):
        check = read(world.vault, labels.verify_payload, payload)
        assert check.status == labels.GENUINE, check
        assert check.carrier_id == cid and check.facts.number == facts.number
        assert check.issue == check.current_issue == 1 and not check.superseded
    # The compact form is QR-alphanumeric, so small labels get the smallest symbol.
    assert all(ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for ch in compact)
    assert len(compact) <= 34


@pytest.mark.parametrize("compact", [False, True])
def test_any_single_changed_character_is_refused(world, compact):
    cid = world.carrier()
    other = world.carrier()
    printed(world, [cid, other])
    payload = payloads(world, cid)[compact]
    for i, ch in enumerate(payload):
        for replacement in {"0", "A", "7", "一"} - {ch}:
            altered = payload[:i] + replacement + payload[i + 1 :]
            check = read(world.vault, labels.verify_payload, altered)
            assert check.status != labels.GENUINE, altered
            if i >= 5:  # past the prefix it still claims to be a TSDesk label: forged
                assert check.status == labels.FORGED, altered


def test_scanner_noise_is_tolerated(world):
    cid = world.carrier()
    printed(world, [cid])
    full, compact = payloads(world, cid)
    body, _, code = compact.rpartition("/")
    # Keyboard-wedge scanners add a newline; some send the code in lower case.
    assert read(world.vault, labels.verify_payload, f"  {compact}\r\n").genuine
    assert read(world.vault, labels.verify_payload, f"{body}/{code.lower()}").genuine


def test_a_label_from_another_vault_is_not_genuine(world, tmp_path):
    cid = world.carrier()
    printed(world, [cid])
    full, _ = payloads(world, cid)
    other, admin, _ = Vault.create(
        tmp_path / "other.tsdesk", company="别家公司", admin_name="admin", admin_password="x" * 12
    )
    try:
        assert read(other, labels.verify_payload, full).status == labels.UNKNOWN  # no key there yet
        with other.unit_of_work(admin) as uow:
            labels.ensure_key(uow)
        assert read(other, labels.verify_payload, full).status == labels.FORGED  # another key
    finally:
        other.close()


def test_bare_number_and_foreign_text(world):
    cid = world.carrier()
    with world.read() as s:
        number = carriers.get(s, cid).number
    check = read(world.vault, labels.verify_payload, number)
    assert check.status == labels.UNVERIFIED and check.carrier_id == cid
    assert (
        read(world.vault, labels.verify_payload, "https://example.com/x").status == labels.UNKNOWN
    )
    assert read(world.vault, labels.verify_payload, "").status == labels.UNKNOWN


def test_key_is_random_hidden_and_never_logged(world):
    cid = world.carrier()
    printed(world, [cid])
    with world.read() as s:
        row = s.get(Setting, labels.KEY_ROW)
        key = json.loads(row.value)
    with world.read() as s:
        assert len(labels._key(s)) == 32
    events = read(world.vault, audit_service.page, AuditFilter(), 0, 1000)
    assert not any(key in (e.before + e.after) for e in events)
    assert [e.action for e in actions(world, "label.key_create")] == ["label.key_create"]
    assert key not in payloads(world, cid)[0]


# --- the print log and reprints ----------------------------------------------------------------


def test_print_is_logged_and_audited(world):
    a, b = world.carrier(), world.carrier()
    print_id = printed(world, [a, b], "roll-50x30")
    with world.read() as s:
        log = labels.print_log(s)
        numbers = [carriers.get(s, i).number for i in (a, b)]
    assert [r.id for r in log] == [print_id]
    row = log[0]
    assert (row.operator, row.template, row.printer) == ("admin", "roll-50x30", "PDF")
    assert row.items == [(numbers[0], 1), (numbers[1], 1)]
    event = actions(world, "print.labels")[0]
    assert json.loads(event.after)["items"] == [
        {"carrier": numbers[0], "issue": 1},
        {"carrier": numbers[1], "issue": 1},
    ]


def test_reprint_needs_a_reason_and_supersedes_the_old_label(world):
    cid = world.carrier()
    printed(world, [cid])
    first, _ = payloads(world, cid)
    with pytest.raises(ValidationError, match="补打须填写原因"):
        printed(world, [cid])
    with pytest.raises(ValidationError):
        printed(world, [cid], reason="   ")
    with world.read() as s:
        assert s.get(LabelIssue, cid).issued == 1  # nothing changed
        assert len(list(s.scalars(select(LabelPrint)))) == 1
    printed(world, [cid], reason="标签磨损")
    old = read(world.vault, labels.verify_payload, first)
    assert old.genuine and old.superseded and (old.issue, old.current_issue) == (1, 2)
    assert any("已被第 2 次补打取代" in n for n in old.notes)
    new, _ = payloads(world, cid)
    assert (
        new.split("/")[-2] == "2" and not read(world.vault, labels.verify_payload, new).superseded
    )
    with world.read() as s:
        (data,) = labels.label_data(s, [cid])
    assert data.issue == 2
    with world.read() as s:
        assert labels.print_log(s)[0].reprint_reason == "标签磨损"


def test_reprint_is_marked_on_the_label(world):
    cid = world.carrier()
    printed(world, [cid])
    request = labels.PrintRequest([cid], by_name("roll-60x40"), reprint_reason="遗失后找回")
    with world.uow() as uow:
        _, pdf = labels.print_labels(uow, request)
    text = "".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "补2" in text


def test_preview_records_nothing_but_shows_the_coming_issue(world):
    cid = world.carrier()
    printed(world, [cid])
    with world.uow() as uow:
        pdf = labels.preview_labels(uow, labels.PrintRequest([cid], by_name("roll-70x50")))
    assert "补2" in "".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    with world.read() as s:
        assert labels.current_issue(s, cid) == 1
        assert len(labels.print_log(s)) == 1


def test_stale_label_after_the_grade_changes(world):
    cid = world.carrier(secrets=[world.low_secret])
    printed(world, [cid])
    full, compact = payloads(world, cid)
    with world.uow() as uow:
        carriers.link_secret(uow, cid, world.top_secret)  # now 一级商密, 长期
    check = read(world.vault, labels.verify_payload, full)
    assert check.genuine and check.stale
    assert not read(world.vault, labels.verify_payload, compact).stale  # carries no grade


@pytest.mark.parametrize(
    ("ids", "start", "message"),
    [
        (lambda a, b: [], 1, "请选择"),
        (lambda a, b: [a, a], 1, "重复"),
        (lambda a, b: [a], 25, "起始位置"),
        (lambda a, b: [a], 0, "起始位置"),
    ],
)
def test_bad_batches_change_nothing(world, ids, start, message):
    a, b = world.carrier(), world.carrier()
    with pytest.raises(ValidationError, match=message), world.uow() as uow:
        labels.record_print(uow, ids(a, b), "A4-3x8-70x37", "PDF", start)
    with world.read() as s:
        assert labels.print_log(s) == [] and s.get(LabelIssue, a) is None


def test_destroyed_carrier_gets_no_label(world):
    cid = world.carrier()
    with world.uow() as uow:
        carriers.mark_destroyed(uow, cid, "XH-2026-001")
    with pytest.raises(ValidationError, match="已销毁"):
        printed(world, [cid])


def test_auditor_may_verify_but_not_print(world):
    cid = world.carrier()
    printed(world, [cid])
    with world.uow() as uow:
        operators.add(uow, "shenji", Role.AUDITOR, "auditor-pass-1")
    auditor = world.vault.verify_password("shenji", "auditor-pass-1")
    with pytest.raises(PermissionDenied), world.vault.unit_of_work(auditor) as uow:
        labels.record_print(uow, [cid], "A4-3x8-70x37", "PDF", 1, "再来一张")
    assert read(world.vault, labels.verify_payload, payloads(world, cid)[1]).genuine


def test_payload_of_a_never_printed_carrier(world):
    cid = world.carrier()
    with world.read() as s, pytest.raises(NotFoundError):
        labels.payload_for(s, cid, compact=True)


def test_default_template_setting(world):
    assert read(world.vault, labels.default_template).name == "A4-3x8-70x37"
    with world.uow() as uow:
        labels.set_default_template(uow, "roll-50x30")
    assert read(world.vault, labels.default_template).name == "roll-50x30"
    with pytest.raises(ValidationError), world.uow() as uow:
        labels.set_default_template(uow, "no-such")


# --- area signs and stamping --------------------------------------------------------------------


def test_area_sign_is_audited(world, pdf_text):
    with world.uow() as uow:
        data = labels.area_sign(uow, world.archive, "A3")
    text = pdf_text(data)
    assert "涉密区域" in text and "非授权人员禁止入内" in text and "研发中心图纸档案室" in text
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)  # A3
    assert actions(world, "print.area_sign")


@pytest.fixture
def pdf_text():
    def text(data: bytes) -> str:
        return "".join(
            "".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages
        )

    return text


def _source_pdf(path) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    canv = Canvas(str(path))
    for i in range(3):
        canv.drawString(72, 720, f"page {i + 1}")
        canv.showPage()
    canv.save()
    return path.read_bytes()


def test_stamp_pdf_writes_a_marked_copy_and_audits(world, tmp_path, pdf_text):
    source = tmp_path / "工艺文件.pdf"
    original = _source_pdf(source)
    out = tmp_path / "out" / "工艺文件-标记.pdf"
    out.parent.mkdir()
    with world.uow() as uow:
        pages = labels.stamp_pdf(uow, source, out, world.top_secret)
    assert pages == 3 and source.read_bytes() == original
    with world.read() as s:
        number = s.get(Secret, world.top_secret).number
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 3
    for page in reader.pages:
        text = "".join(page.extract_text().split())
        assert "商业秘密" in text and number in text and "一级商密" in text
    (event,) = actions(world, "document.stamp")
    after = json.loads(event.after)
    assert after["pages"] == 3 and after["output"] == str(out)


def test_stamp_refuses_bad_input_and_changes_nothing(world, tmp_path):
    source = tmp_path / "a.pdf"
    _source_pdf(source)
    with pytest.raises(ValidationError, match="不能覆盖原文件"), world.uow() as uow:
        labels.stamp_pdf(uow, source, source, world.top_secret)
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(ValidationError, match="已损坏"), world.uow() as uow:
        labels.stamp_pdf(uow, damaged, tmp_path / "x.pdf", world.top_secret)
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(NotFoundError), world.uow() as uow:
        labels.stamp_pdf(uow, tmp_path / "missing.pdf", tmp_path / "y.pdf", world.top_secret)
    assert actions(world, "document.stamp") == []
