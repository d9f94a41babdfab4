"""Evidence of a case (issue 15 §2; 003 §10.2): the file's SHA-256 taken at intake and shown,
the chain of custody, verification of a file, of the stored bytes and of a printed QR code
(signed with the vault's key), and the timeline entries every act appends."""

from __future__ import annotations

from datetime import datetime

import pytest
from incidents_testing import build_case, make_case
from sqlalchemy import select, update

from tsdesk.errors import ValidationError
from tsdesk.models import (
    AttachmentContent,
    EntryKind,
    EvidenceCategory,
    IncidentStatus,
)
from tsdesk.services.incidents import evidence, timeline

SCREENSHOT = b"\x89PNG\r\n\x1a\n" + b"screenshot of the competitor's brochure" * 10
SHA = evidence.sha256_of(SCREENSHOT)


def _input(**changes) -> evidence.EvidenceInput:
    values = dict(
        category=EvidenceCategory.ACT,
        title="竞争对手宣传册截图",
        collected_by="张伟",
        collected_at=datetime(2026, 3, 3, 10, 0),
        source="对方官网产品页",
        method="截图（注明时间来源）",
        keeper="法务部 王敏",
        location="法务部保险柜",
        file_name="brochure.png",
        data=SCREENSHOT,
    )
    values.update(changes)
    return evidence.EvidenceInput(**values)


@pytest.fixture
def cw(opened):
    return build_case(opened)


def test_intake_hashes_the_file_and_appends_an_entry(cw):
    w = cw.world
    with w.uow() as uow:
        first = evidence.add_evidence(uow, cw.case_id, _input())
        second = evidence.add_evidence(
            uow, cw.case_id, _input(title="原件：出差登记表", file_name="", data=None)
        )
    with w.read() as s:
        rows = evidence.evidence_of(s, cw.case_id)
        assert [(r.label, r.sha256, r.size, r.file_name) for r in rows] == [
            ("E-01", SHA, len(SCREENSHOT), "brochure.png"),
            ("E-02", "", None, ""),
        ]
        entries = [e for e in timeline.entries(s, cw.case_id) if e.kind == EntryKind.EVIDENCE]
        assert [e.ref_id for e in entries] == [first, second]
        assert SHA in entries[0].text and "E-01" in entries[0].text
    # the file of the second comes later; a first file is never replaced
    scan = b"%PDF-1.4 scanned travel sheet"
    with w.uow() as uow:
        assert evidence.attach_file(uow, second, "travel.pdf", scan) == evidence.sha256_of(scan)
    with pytest.raises(ValidationError), w.uow() as uow:
        evidence.attach_file(uow, first, "other.png", SCREENSHOT + b"x")
    with w.read() as s:
        assert evidence.get(s, first).sha256 == SHA


def test_bad_evidence_is_refused_and_nothing_is_stored(cw):
    w = cw.world
    for bad in (
        _input(title="  "),
        _input(collected_by=""),
        _input(collected_at=datetime(2099, 1, 1)),
        _input(file_name="brochure.pdf"),  # PNG bytes under a PDF name
    ):
        with pytest.raises(ValidationError), w.uow() as uow:
            evidence.add_evidence(uow, cw.case_id, bad)
    with w.read() as s:
        assert evidence.evidence_of(s, cw.case_id) == []
        assert timeline.entries(s, cw.case_id) == []


def test_a_closed_case_takes_no_evidence(cw):
    w = cw.world
    closed = make_case(w, number="SJ-2026-002", status=IncidentStatus.CLOSED)
    with pytest.raises(ValidationError, match="已结案"), w.uow() as uow:
        evidence.add_evidence(uow, closed, _input())


def test_custody_hand_over_and_return(cw):
    w = cw.world
    with w.uow() as uow:
        item = evidence.add_evidence(uow, cw.case_id, _input())
        evidence.hand_over(uow, item, "律师 陈刚", "提交法院证据交换", at=datetime(2026, 3, 5, 9))
    with w.read() as s:
        assert evidence.get(s, item).out_with == "律师 陈刚"
    # out once at a time
    with pytest.raises(ValidationError, match="尚未归还"), w.uow() as uow:
        evidence.hand_over(uow, item, "公证处", "公证")
    # back before it left
    with pytest.raises(ValidationError), w.uow() as uow:
        evidence.return_item(uow, item, at=datetime(2026, 3, 4))
    with w.uow() as uow:
        evidence.return_item(uow, item, at=datetime(2026, 3, 9, 17))
    with pytest.raises(ValidationError), w.uow() as uow:
        evidence.return_item(uow, item)
    with w.read() as s:
        chain = evidence.custody_of(s, item)
        assert [(c.from_holder, c.to_holder, c.returned_at) for c in chain] == [
            ("法务部 王敏", "律师 陈刚", datetime(2026, 3, 9, 17))
        ]
        assert evidence.get(s, item).out_with == ""
        custody = [e.text for e in timeline.entries(s, cw.case_id) if e.kind == EntryKind.CUSTODY]
        assert custody == [
            "证据 E-01 由 法务部 王敏 移交 律师 陈刚，用途：提交法院证据交换",
            "证据 E-01 由 律师 陈刚 归还 法务部 王敏",
        ]


def test_verify_a_file_and_recheck_the_stored_bytes(cw):
    w = cw.world
    with w.uow() as uow:
        item = evidence.add_evidence(uow, cw.case_id, _input())
    with w.read() as s:
        [match] = evidence.verify_file(s, SCREENSHOT)
        assert (match.case_number, match.label) == ("SJ-2026-001", "E-01")
        assert evidence.verify_file(s, SCREENSHOT + b"\x00") == []
        assert evidence.recheck(s, item).ok
    # the stored bytes changed behind TSDesk's back: the recheck says so
    with w.uow() as uow:
        uow.session.execute(update(AttachmentContent).values(data=SCREENSHOT + b"tampered"))
    with w.read() as s:
        check = evidence.recheck(s, item)
        assert not check.ok and check.recorded == SHA and check.actual != SHA


def test_the_qr_payload_verifies_offline_and_a_changed_one_does_not(cw):
    w = cw.world
    with w.uow() as uow:
        item = evidence.add_evidence(uow, cw.case_id, _input())
        payload = evidence.qr_payload(uow, item)
    assert payload.startswith(f"TSDE/SJ-2026-001/E-01/{SHA}/")
    with w.read() as s:
        good = evidence.verify_payload(s, payload)
        assert good.ok and good.row is not None and good.row.id == item
        forged = payload.replace(SHA, "0" * 64)
        assert not evidence.verify_payload(s, forged).ok
        assert "校验码不符" in evidence.verify_payload(s, forged).message
        assert not evidence.verify_payload(s, "TSDX/whatever").ok


def test_every_evidence_event_is_audited(cw):
    from tsdesk.models import AuditEvent

    w = cw.world
    with w.uow() as uow:
        item = evidence.add_evidence(uow, cw.case_id, _input())
        evidence.hand_over(uow, item, "律师 陈刚", "证据交换")
        evidence.return_item(uow, item)
    with w.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "evidence_item")
        ).all()
        assert actions == ["evidence.add", "evidence.handover", "evidence.return"]
