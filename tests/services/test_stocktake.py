"""Stock-take: a planted mix of found, missing, unexpected, destroyed, void, forged and unknown
codes lands in the right groups; the result is stored, audited and printable."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest
from carriers_testing import World, build_world
from tsdesk_testing import read

from tsdesk.errors import ValidationError
from tsdesk.models import MovementKind, Secret, SecretStatus
from tsdesk.services import audit as audit_service
from tsdesk.services import carriers, labels, stocktake
from tsdesk.services.audit import AuditFilter
from tsdesk.services.carriers import MovementInput
from tsdesk.services.stocktake import FOUND, INVALID, MISSING, UNEXPECTED


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def payloads(world: World, *carrier_ids: int, compact: bool = False) -> list[str]:
    """Print the carriers' labels (logged as a PDF print) and return their QR payloads."""
    with world.uow() as uow:
        labels.record_print(uow, list(carrier_ids), "A4-3x8-70x37", "PDF")
    with world.read() as s:
        return [labels.payload_for(s, cid, compact) for cid in carrier_ids]


def forge(payload: str) -> str:
    """One character of the readable part changed (三级 → 一级), the code left as it was."""
    assert "三级商密" in payload
    return payload.replace("三级商密", "一级商密")


@pytest.fixture
def planted(world):
    """The archive's shelf A holds a, b, c (in store), d (sealed) and e (lent out) by the
    register; f belongs to the lab; g is destroyed; h's only secret is void."""
    w = world
    ids = {
        name: w.carrier(title=f"图纸 {name}", area=w.archive, location="A 柜")
        for name in ("a", "b", "c", "d", "e")
    }
    ids["f"] = w.carrier(title="样品 f", area=w.lab)
    ids["g"] = w.carrier(title="旧图纸 g", area=w.archive, location="A 柜")
    ids["h"] = w.carrier(
        title="作废图纸 h", area=w.archive, location="A 柜", secrets=[w.low_secret]
    )
    codes = dict(zip(ids, payloads(w, *ids.values()), strict=True))
    with w.uow() as uow:
        carriers.seal(uow, ids["d"], carriers.SealInput(carriers.SealReason.STABLE, "F-1", "A 柜"))
        carriers.record_movement(
            uow,
            ids["e"],
            MovementInput(
                MovementKind.BORROW, person_id=w.bob, purpose="评审", due_on=date.today()
            ),
        )
        carriers.mark_destroyed(uow, ids["g"], "XH-2026-003")
    return ids, codes


def test_classification_of_a_planted_mix(world, planted):
    ids, codes = planted
    # h's secret is shared with the others: give h a secret of its own, then void that one.
    with world.uow() as uow:
        from tsdesk.services import register

        own = register.propose(
            uow,
            register.SecretInput(
                subject="已作废的旧方案",
                category=register.Category.DESIGN,
                grade_id=world.grade3,
                term_kind=register.TermKind.LONG_TERM,
            ),
        )
        carriers.link_secret(uow, ids["h"], own)
        carriers.unlink_secret(uow, ids["h"], world.low_secret)
        uow.session.get(Secret, own).status = SecretStatus.VOID
    with world.uow() as uow:
        st = stocktake.start(uow, world.archive, "A 柜")
    with world.read() as s:
        assert [c.id for c in stocktake.expected(s, st)] == [ids[n] for n in "abcdh"]
        one = stocktake.scan(s, st, codes["a"])
        typed = stocktake.scan(s, st, carriers.get(s, ids["b"]).number)
    assert (one.group, one.label, one.carrier_id) == (FOUND, "genuine", ids["a"])
    assert (typed.group, typed.label) == (FOUND, "unverified")
    scanned = [
        codes["a"],
        codes["a"],  # scanned twice: counted once
        carriers_number(world, ids["b"]),  # typed by hand
        codes["d"],  # sealed, at its place
        codes["e"],  # lent out by the register, yet here
        codes["f"],  # belongs to the lab
        codes["g"],  # destroyed
        codes["h"],  # its secrets are void
        forge(codes["c"]),  # c's label altered: c itself stays missing
        "TSL1/ZT-9999-0001/一级商密/长期/研发部/1/ABCDEFGHIJ",  # made up: its code is wrong
        "随便什么",  # not a label, not a number
    ]
    with world.uow() as uow:
        result = stocktake.finish(uow, st, scanned, note="季度盘点")

    def numbers(group):
        return [e.number for e in result.entries[group]]

    def number(name):
        return carriers_number(world, ids[name])

    assert numbers(FOUND) == [number("a"), number("b"), number("d")]
    assert numbers(MISSING) == [number("c")]
    assert {e.number: e.reason for e in result.entries[UNEXPECTED]} == {
        number("e"): stocktake.WHY_LENT,
        number("f"): stocktake.WHY_ELSEWHERE,
    }
    invalid = [(e.number, e.reason) for e in result.entries[INVALID]]
    assert invalid == [
        (number("g"), stocktake.WHY_DESTROYED),
        (number("h"), stocktake.WHY_VOID),
        (number("c"), stocktake.WHY_FORGED),
        ("", stocktake.WHY_FORGED),
        ("", stocktake.WHY_UNKNOWN),
    ]
    assert [e.label for e in result.entries[INVALID]] == [
        "genuine",
        "genuine",
        "forged",
        "forged",
        "unknown",
    ]

    # Stored, audited, and not finished twice.
    with world.read() as s:
        again = stocktake.saved(s, st)
        (listed,) = stocktake.list_stocktakes(s)
    assert again.as_json() == result.as_json() and again.note == "季度盘点"
    assert listed.counts == {FOUND: 3, MISSING: 1, UNEXPECTED: 2, INVALID: 5}
    (event,) = read(world.vault, audit_service.page, AuditFilter(action="stocktake.finish"), 0, 5)
    after = json.loads(event.after)
    assert after["missing_numbers"] == [number("c")] and after["invalid"] == 5
    with pytest.raises(ValidationError, match="已完成"), world.uow() as uow:
        stocktake.finish(uow, st, [])


def carriers_number(world, carrier_id):
    with world.read() as s:
        return carriers.get(s, carrier_id).number


def test_compact_payloads_and_superseded_labels(world):
    cid = world.carrier(area=world.archive)
    (old,) = payloads(world, cid, compact=True)
    with world.uow() as uow:  # a reprint replaces the first label
        labels.record_print(uow, [cid], "A4-3x8-70x37", "PDF", reprint_reason="污损")
    with world.uow() as uow:
        st = stocktake.start(uow, world.archive)
    with world.read() as s:
        entry = stocktake.scan(s, st, old)
    assert (entry.group, entry.label, entry.reason) == (
        FOUND,
        "genuine",
        stocktake.WHY_FOUND_OLD_LABEL,
    )


def test_location_only_and_bad_input(world):
    a = world.carrier(title="a", area=world.archive, location="B 柜 1 层")
    b = world.carrier(title="b", area=world.lab, location="B 柜 2 层")
    world.carrier(title="c", area=world.lab, location="C 柜")
    with pytest.raises(ValidationError, match="请选择盘点的区域或填写位置"), world.uow() as uow:
        stocktake.start(uow, None, "  ")
    with world.uow() as uow:
        st = stocktake.start(uow, None, "B 柜")
    with world.read() as s:
        assert [c.id for c in stocktake.expected(s, st)] == [a, b]
        with pytest.raises(ValidationError, match="扫描内容为空"):
            stocktake.scan(s, st, " ")


def test_report_pdf(world, planted, tmp_path):
    ids, codes = planted
    with world.uow() as uow:
        st = stocktake.start(uow, world.archive, "A 柜")
        stocktake.finish(uow, st, [codes["a"], codes["f"], forge(codes["b"])])
    with world.uow() as uow:
        pdf = stocktake.report_pdf(uow, st)
    out = tmp_path / "report.pdf"
    out.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    assert "涉密载体盘点报告" in text and "研发中心图纸档案室" in text
    for heading in ("已找到（1）", "缺失（4）", "位置不符（1）", "不应存在（1）"):
        assert heading in text.replace(" ", "")
    assert carriers_number(world, ids["f"]) in text and "伪造" in text
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, encoding="utf-8"
    ).stdout
    assert "Helvetica" not in fonts and " yes " in fonts
    # The print is audited before the footer takes the chain head: the paper names it.
    (printed,) = read(world.vault, audit_service.page, AuditFilter(action="print.stocktake"), 0, 5)
    assert f"审计链 #{printed.seq}" in text


def test_unfinished_stocktake_has_no_report(world):
    with world.uow() as uow:
        st = stocktake.start(uow, world.archive)
    with pytest.raises(ValidationError, match="尚未完成"), world.uow() as uow:
        stocktake.report_pdf(uow, st)
    assert read(world.vault, audit_service.page, AuditFilter(action="print.stocktake"), 0, 5) == []
