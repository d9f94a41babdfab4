"""The case papers (issue 15 §2, §3, §5): the measures bundle assembled from TSDesk's records
(each part's SHA-256 over its printed text, the chain head in the footer), the evidence list
whose QR codes — read back from the rendered pages — verify against the record,
the case report, the complaint pack with its cover letter to the regulator, and 演练 on a
drill's papers. Each print is an audit event and a DOCUMENT timeline entry."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

import pytest
from incidents_testing import build_case
from sqlalchemy import select
from tsdesk_testing import pdf_qr_codes, pdf_text

from tsdesk.models import (
    AccessTier,
    AgreementKind,
    AgreementStatus,
    AuditEvent,
    EntryKind,
    EvidenceCategory,
    RemedyRoute,
)
from tsdesk.services import agreements, areas, company, people
from tsdesk.services.incidents import bundle, evidence, prints, remedies, timeline
from tsdesk.vault import audit

PNG = b"\x89PNG\r\n\x1a\n" + b"photo of the lab bench" * 20


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _evidence_codes(pdf) -> list[str]:
    """The evidence items' codes; each page's footer also carries the chain head
    (`TSDESK:SEQ:HASH`, vault/anchors.py), one and the same on every page."""
    codes = pdf_qr_codes(pdf)
    anchors = {c for c in codes if c.startswith("TSDESK:")}
    assert len(anchors) == 1, codes
    return [c for c in codes if not c.startswith("TSDESK:")]


@pytest.fixture
def cw(opened):
    cw = build_case(opened)
    w = cw.world
    with w.uow() as uow:
        nda = agreements.add_agreement(
            uow, agreements.AgreementInput(kind=AgreementKind.NDA, person_id=w.bob)
        )
        agreements.set_status(uow, nda, AgreementStatus.SIGNED)
    with w.uow() as uow:
        people.grant(uow, w.top_secret, w.bob, AccessTier.FULL, "档案管理")
        areas.update_area(
            uow,
            w.archive,
            areas.AreaInput(
                name="研发中心图纸档案室",
                kind=areas.AreaKind.ARCHIVE,
                grade_id=w.grade1,
                measures={"a": areas.Measure(True, "门口有标识"), "b": areas.Measure(True, "")},
            ),
        )
        company.update_profile(
            uow,
            {
                "regulator_name": "柯桥区市场监督管理局",
                "regulator_contact": "柯桥区笛扬路 1 号，0575-8888 1234",
                "contact_person": "王敏",
                "contact_phone": "0575-8123 4567",
            },
        )
        evidence.add_evidence(
            uow,
            cw.case_id,
            evidence.EvidenceInput(
                EvidenceCategory.ACCESS,
                "档案室借阅登记照片",
                "张伟",
                datetime(2026, 3, 3, 9),
                method="原件复制",
                keeper="法务部 王敏",
                file_name="bench.png",
                data=PNG,
            ),
        )
        evidence.add_evidence(
            uow,
            cw.case_id,
            evidence.EvidenceInput(
                EvidenceCategory.OTHER,
                "出差审批单原件",
                "张伟",
                datetime(2026, 3, 3, 10),
                keeper="行政部",
            ),
        )
    return cw


def test_the_bundle_has_every_part_of_every_secret_with_its_hash(cw):
    w = cw.world
    seen = []
    with w.read() as s:
        b = bundle.assemble(s, cw.case_id, progress=lambda d, t: seen.append((d, t)))
    # the secret linked directly and the other one the linked carrier holds
    assert [x.secret_id for x in b.secrets] == sorted(
        [w.top_secret, w.low_secret], key=lambda i: [x.number for x in b.secrets]
    )
    assert seen == [(1, 2), (2, 2)]
    top = next(x for x in b.secrets if x.secret_id == w.top_secret)
    assert [p.title for p in top.parts] == list(bundle.PART_TITLES)
    knowers = top.parts[2].text
    assert "E002 李娜" in knowers and "全部知悉" in knowers and "员工保密协议" in knowers
    assert "引纬机构图纸 U 盘" in top.parts[3].text
    assert all(p.sha256 == hashlib.sha256(p.text.encode()).hexdigest() for p in top.parts)


def test_the_bundle_pdf_prints_each_part_with_its_hash_and_the_chain_head(cw, tmp_path):
    w = cw.world
    out = tmp_path / "bundle.pdf"
    with w.uow() as uow:
        digest = prints.print_bundle(uow, cw.case_id, out)
    text = _flat(pdf_text(out))
    with w.read() as s:
        b = bundle.assemble(s, cw.case_id)
        head = audit.head(s)
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "print.measures_bundle"))
    assert event is not None and digest == bundle.digest_of(b)
    assert "合理保密措施证据汇编" in text and digest in text
    for part in b.parts:  # the same text the hash is over, and the hash
        assert part.sha256 in text
        for line in part.lines:
            assert _flat(line) in text
    assert f"审计链#{head.seq}{head.hash[:12]}" in text


def test_the_evidence_list_qr_codes_verify_against_the_record(cw, tmp_path):
    w = cw.world
    out = tmp_path / "evidence.pdf"
    with w.uow() as uow:
        prints.print_evidence_list(uow, cw.case_id, out)
    text = _flat(pdf_text(out))
    sha = evidence.sha256_of(PNG)
    assert "证据清单" in text and sha in text and "出差审批单原件" in text
    codes = _evidence_codes(out)
    assert len(codes) == 2
    with w.read() as s:
        checks = [evidence.verify_payload(s, c) for c in codes]
        assert [c.ok for c in checks] == [True, True]
        assert [c.row.label for c in checks] == ["E-01", "E-02"]
        assert sha in codes[0]
        entries = [e.text for e in timeline.entries(s, cw.case_id) if e.kind == EntryKind.DOCUMENT]
        assert entries == ["打印证据清单"]


def test_the_case_report(cw, tmp_path):
    w = cw.world
    with w.uow() as uow:
        remedies.add_remedy(
            uow,
            cw.case_id,
            remedies.RemedyInput(RemedyRoute.ADMINISTRATIVE, authority="柯桥区市场监督管理局"),
        )
        timeline.append(uow, cw.case_id, EntryKind.NOTE, "已通知总经理")
    out = tmp_path / "report.pdf"
    with w.uow() as uow:
        prints.print_report(uow, cw.case_id, out)
    text = _flat(pdf_text(out))
    for expected in (
        "泄密事件处置报告",
        "SJ-2026-001",
        "研发图纸U盘遗失",
        "已通知总经理",
        "档案室借阅登记照片",
        evidence.sha256_of(PNG),
        "行政投诉（市场监管），柯桥区市场监督管理局",
        "嫌疑人",
        "E002李娜",
        "较大",
        "打印泄密事件处置报告",
    ):
        assert _flat(expected) in text, expected
    assert "演练" not in text


def test_a_drill_says_so_on_its_papers(opened, tmp_path):
    cw = build_case(opened, drill=True)
    out = tmp_path / "drill.pdf"
    with cw.world.uow() as uow:
        prints.print_report(uow, cw.case_id, out)
    text = _flat(pdf_text(out))
    assert "泄密事件处置报告（演练）" in text and "【演练】" in text


def test_the_complaint_pack_is_addressed_to_the_regulator(cw, tmp_path):
    w = cw.world
    route = RemedyRoute.ADMINISTRATIVE
    with w.uow() as uow:
        remedies.tick(uow, cw.case_id, route, "loss", "财务部损失测算报告")
    out = tmp_path / "pack.pdf"
    with w.uow() as uow:
        prints.print_pack(uow, cw.case_id, route, out)
    text = _flat(pdf_text(out))
    for expected in (
        "维权材料（行政投诉（市场监管））",
        "柯桥区市场监督管理局：",
        "0575-88881234",
        "材料索引",
        "■已备",
        "□待补",
        "财务部损失测算报告",
        "本材料第五部分",
        "第一部分权利人主体信息",
        "王敏",
        "织机主轴热处理工艺",
        "证据清单",
        "合理保密措施证据汇编",
        COMPANY_FLAT,
    ):
        assert expected in text, expected
    assert len(_evidence_codes(out)) == 2
    with w.read() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "print.complaint_pack"))


COMPANY_FLAT = _flat("绍兴越丰精密机械有限公司")
