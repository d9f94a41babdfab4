"""The case's papers: the case report, the evidence list (a QR code per item), the measures
bundle and the complaint materials pack (000 §7.5.2).

Each print is recorded as `print.incident_*` and as a DOCUMENT entry on the case's timeline
before the PDF is made, so the footer's audit-chain head names the print itself (footer_in);
`out` (a path or a stream) gets the PDF only once that has committed. A closed case still
prints: printing changes nothing but the log.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    Agreement,
    Area,
    Carrier,
    EntryKind,
    IncidentCase,
    IncidentKind,
    IncidentLink,
    IncidentLinkRole,
    IncidentStatus,
    IncidentStep,
    Party,
    Person,
    RemedyRoute,
    Secret,
    StepStatus,
)
from tsdesk.services import company, register, settings
from tsdesk.services.agreements import KIND_LABELS as AGREEMENT_KIND_LABELS
from tsdesk.services.agreements import STATUS_LABELS as AGREEMENT_STATUS_LABELS
from tsdesk.services.audit_text import Labels
from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.incidents import bundle as bundles
from tsdesk.services.incidents import evidence, remedies, timeline
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

AUDIT_LABELS = Labels(
    actions={
        "print.incident_report": QT_TRANSLATE_NOOP("audit", "打印事件处置报告"),
        "print.evidence_list": QT_TRANSLATE_NOOP("audit", "打印证据清单"),
        "print.measures_bundle": QT_TRANSLATE_NOOP("audit", "打印合理保密措施证据汇编"),
        "print.complaint_pack": QT_TRANSLATE_NOOP("audit", "打印维权材料"),
    },
    fields={
        "number": QT_TRANSLATE_NOOP("audit", "编号"),
        "items": QT_TRANSLATE_NOOP("audit", "项数"),
        "parts": QT_TRANSLATE_NOOP("audit", "部分"),
        "digest": QT_TRANSLATE_NOOP("audit", "索引摘要"),
        "route": QT_TRANSLATE_NOOP("audit", "维权途径"),
    },
    values={"route": ("incidents", {k.value: v for k, v in remedies.ROUTE_LABELS.items()})},
)

# How the papers name a case's kind and status (the case page has its own, translated).
KIND_TEXT = {
    IncidentKind.LOSS: "载体遗失、失窃",
    IncidentKind.IMPROPER_MEANS: "以不正当手段获取",
    IncidentKind.USE_OF_OBTAINED: "披露、使用不正当获取的秘密",
    IncidentKind.BREACH_OF_DUTY: "违反保密义务披露、使用",
    IncidentKind.INDUCEMENT: "教唆、引诱、帮助他人违反保密义务",
    IncidentKind.THIRD_PARTY: "第三人明知或应知仍获取、使用",
    IncidentKind.OTHER: "其他",
}
STATUS_TEXT = {
    IncidentStatus.NEW: "待定级",
    IncidentStatus.ACTIVE: "处置中",
    IncidentStatus.CLOSED: "已结案",
}
ROLE_TEXT = {
    IncidentLinkRole.INVOLVED: "涉及",
    IncidentLinkRole.SUSPECT: "嫌疑人",
    IncidentLinkRole.WITNESS: "知情人",
}
STEP_TEXT = {StepStatus.OPEN: "未完成", StepStatus.DONE: "已完成", StepStatus.SKIPPED: "已跳过"}
ENTITY_TEXT = {"secret": "商业秘密", "carrier": "载体", "area": "区域", "person": "人员"}
ENTITY_TEXT["party"] = "外部单位"
GRADING_FACTORS = {
    "a": "a) 涉及商业秘密的等级",
    "b": "b) 泄露方式",
    "c": "c) 泄露范围",
    "d": "d) 造成的影响",
    "e": "e) 嫌疑人情况",
}


def _local(moment: datetime | None) -> str:
    """A stored (naive UTC) time as the PC's local time."""
    if moment is None:
        return ""
    return f"{moment.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"


def _case(session: Session, case_id: int) -> IncidentCase:
    case = session.get(IncidentCase, case_id)
    if case is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该事件"))
    return case


def level_name(session: Session, level: int | None) -> str:
    if not level:
        return ""
    names = [n.strip() for n in str(settings.get(session, "incident_level_names")).split(",")]
    return names[level - 1] if 0 < level <= len(names) else str(level)


def case_head(session: Session, case: IncidentCase):
    from tsdesk.documents.incident import CaseHead

    return CaseHead(
        number=case.number,
        title=case.title,
        is_drill=case.is_drill,
        kind=KIND_TEXT[case.kind],
        status=STATUS_TEXT[case.status],
        level=level_name(session, case.level),
        discovered=f"{case.discovered_at:%Y-%m-%d %H:%M} {case.discovered_by}",
        opened=f"{_local(case.opened_at)} {case.opened_by}",
        closed=f"{_local(case.closed_at)} {case.closed_by}" if case.closed_at else "",
    )


def _entity_text(session: Session, entity_type: str, entity_id: int) -> str:
    row: object | None
    if entity_type == "secret" and (row := session.get(Secret, entity_id)):
        return f"{row.number} {row.subject}"
    if entity_type == "carrier" and (row := session.get(Carrier, entity_id)):
        return f"{row.number} {row.title}"
    if entity_type == "area" and (row := session.get(Area, entity_id)):
        return f"{row.number} {row.name}"
    if entity_type == "person" and (row := session.get(Person, entity_id)):
        return f"{row.number} {row.name}"
    if entity_type == "party" and (row := session.get(Party, entity_id)):
        return row.name
    return f"{entity_type} #{entity_id}"


def links_of(session: Session, case_id: int) -> list[tuple[str, str, str]]:
    rows = session.scalars(
        select(IncidentLink)
        .where(IncidentLink.case_id == case_id)
        .order_by(IncidentLink.role, IncidentLink.entity_type, IncidentLink.entity_id)
    )
    return [
        (
            ROLE_TEXT[r.role],
            ENTITY_TEXT.get(r.entity_type, r.entity_type),
            _entity_text(session, r.entity_type, r.entity_id) + (f"（{r.note}）" if r.note else ""),
        )
        for r in rows
    ]


def _grading(case: IncidentCase) -> list[tuple[str, str, str]]:
    """The case's grading record: {"scores": {"a": {"score": 4, "reason": "…"}, …}, …}."""
    try:
        value = json.loads(case.grading or "{}")
    except ValueError:
        return []
    scores = value.get("scores") if isinstance(value, dict) else None
    if not isinstance(scores, dict):
        return []
    out: list[tuple[str, str, str]] = []
    for key, item in sorted(scores.items()):
        item = item if isinstance(item, dict) else {"score": item}
        label = GRADING_FACTORS.get(str(key), str(key))
        out.append((label, str(item.get("score", "")), str(item.get("reason", ""))))
    return out


def _grading_summary(session: Session, case: IncidentCase) -> str:
    if case.level is None:
        return ""
    text = f"规则建议：{level_name(session, case.suggested_level) or '—'}；"
    text += f"确定等级：{level_name(session, case.level)}"
    if case.level_reason:
        text += f"（理由：{case.level_reason}）"
    if case.graded_by:
        text += f"；定级人 {case.graded_by} {_local(case.graded_at)}"
    return text


def _evidence_lines(session: Session, case_id: int, payloads: dict[int, str] | None = None):
    from tsdesk.documents.incident import EvidenceLine

    out = []
    for row in evidence.evidence_of(session, case_id):
        keeper = "，".join(x for x in (row.keeper, row.location) if x)
        if row.out_with:
            keeper += f"（现由 {row.out_with} 持有）"
        custody = [
            f"{c.at:%Y-%m-%d} {c.from_holder}→{c.to_holder}（{c.purpose}）"
            + (f"，{c.returned_at:%Y-%m-%d} 归还" if c.returned_at else "，未归还")
            for c in evidence.custody_of(session, row.id)
        ]
        out.append(
            EvidenceLine(
                label=row.label,
                category=evidence.CATEGORY_LABELS[row.category],
                title=row.title,
                description=row.description,
                source=row.source,
                method=row.method,
                collected=f"{row.collected_by} {row.collected_at:%Y-%m-%d %H:%M}",
                file_name=row.file_name,
                sha256=row.sha256,
                keeper=keeper,
                custody=custody,
                payload=(payloads or {}).get(row.id, ""),
            )
        )
    return out


def report_data(session: Session, case_id: int):
    from tsdesk.documents.incident import CaseReportDoc

    case = _case(session, case_id)
    steps = session.scalars(
        select(IncidentStep).where(IncidentStep.case_id == case_id).order_by(IncidentStep.position)
    )
    kind_names = {k: v for k, v in timeline.ENTRY_KIND_LABELS.items()}
    return CaseReportDoc(
        case=case_head(session, case),
        facts=case.facts,
        links=links_of(session, case_id),
        grading=_grading(case),
        grading_summary=_grading_summary(session, case),
        steps=[
            (
                str(s.position),
                s.title + ("" if s.mandatory else "（可选）"),
                "，".join(x for x in (s.owner, f"{_local(s.due_at)} 前" if s.due_at else "") if x),
                STEP_TEXT[s.status],
                "；".join(x for x in (s.result, f"{s.done_by} {_local(s.done_at)}".strip()) if x),
            )
            for s in steps
        ],
        timeline=[
            (_local(e.at), e.by, kind_names[e.kind], e.text)
            for e in timeline.entries(session, case_id)
        ],
        evidence=_evidence_lines(session, case_id),
        remedies=[remedies.describe(r) for r in remedies.remedies_of(session, case_id)],
        conclusion=case.conclusion,
        lessons=case.lessons,
    )


CASE_ENTITY = "incident_case"


def _record(uow: UnitOfWork, action: str, case: IncidentCase, what: str, **after) -> None:
    uow.record(action, CASE_ENTITY, case.id, after={"number": case.number, **after})
    timeline.append(uow, case.id, EntryKind.DOCUMENT, f"打印{what}")


def print_report(uow: UnitOfWork, case_id: int, out: str | Path | IO[bytes]) -> None:
    from tsdesk.documents.incident import REPORT_TITLE, render_case_report

    require(uow.actor, Permission.EXPORT)
    case = _case(uow.session, case_id)
    _record(uow, "print.incident_report", case, REPORT_TITLE)
    doc = report_data(uow.session, case_id)  # after the entry: the report lists its own print
    pdf = io.BytesIO()
    render_case_report(pdf, doc, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())


def evidence_list_data(uow: UnitOfWork, case_id: int):
    from tsdesk.documents.incident import EvidenceListDoc

    case = _case(uow.session, case_id)
    rows = evidence.evidence_of(uow.session, case_id)
    payloads = {r.id: evidence.qr_payload(uow, r.id) for r in rows}
    return EvidenceListDoc(
        case_head(uow.session, case), _evidence_lines(uow.session, case_id, payloads)
    )


def print_evidence_list(uow: UnitOfWork, case_id: int, out: str | Path | IO[bytes]) -> None:
    from tsdesk.documents.incident import EVIDENCE_TITLE, render_evidence_list

    require(uow.actor, Permission.EXPORT)
    case = _case(uow.session, case_id)
    doc = evidence_list_data(uow, case_id)
    _record(uow, "print.evidence_list", case, EVIDENCE_TITLE, items=len(doc.items))
    pdf = io.BytesIO()
    render_evidence_list(pdf, doc, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())


def bundle_data(session: Session, case_id: int, progress: Callable[[int, int], None] | None = None):
    from tsdesk.documents.incident import BundleDoc, BundleSection

    case = _case(session, case_id)
    assembled = bundles.assemble(session, case_id, progress)
    sections = [
        BundleSection(f"{s.number} {s.subject}（{s.grade}）", p.title, list(p.lines), p.sha256)
        for s in assembled.secrets
        for p in s.parts
    ]
    return BundleDoc(case_head(session, case), sections, bundles.digest_of(assembled))


def print_bundle(
    uow: UnitOfWork,
    case_id: int,
    out: str | Path | IO[bytes],
    progress: Callable[[int, int], None] | None = None,
    doc=None,
) -> str:
    """The measures bundle; returns its index digest. `progress(done, total)` per secret.
    `doc`: the bundle already assembled by `bundle_data` in a read session (the GUI does that
    on a worker, reads only; the print is recorded here, on the thread that writes)."""
    from tsdesk.documents.incident import BUNDLE_TITLE, render_bundle

    require(uow.actor, Permission.EXPORT)
    case = _case(uow.session, case_id)
    doc = doc if doc is not None else bundle_data(uow.session, case_id, progress)
    _record(
        uow, "print.measures_bundle", case, BUNDLE_TITLE,
        parts=len(doc.sections), digest=doc.digest,
    )  # fmt: skip
    pdf = io.BytesIO()
    render_bundle(pdf, doc, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())
    return doc.digest


_PART_OF = {
    remedies.COMPANY: "本材料第一部分",
    remedies.SECRETS: "本材料第二部分",
    remedies.AGREEMENTS: "本材料第三部分",
    remedies.EVIDENCE: "本材料第四部分",
    remedies.MEASURES: "本材料第五部分",
}


def _suspects(session: Session, case_id: int) -> list[tuple[str, int]]:
    return list(
        session.execute(
            select(IncidentLink.entity_type, IncidentLink.entity_id).where(
                IncidentLink.case_id == case_id, IncidentLink.role == IncidentLinkRole.SUSPECT
            )
        ).all()
    )


def _agreement_lines(session: Session, case_id: int) -> list[str]:
    suspects = _suspects(session, case_id)
    people = [i for t, i in suspects if t == "person"]
    parties = [i for t, i in suspects if t == "party"]
    if not people and not parties:
        return []
    rows = session.scalars(
        select(Agreement)
        .where(or_(Agreement.person_id.in_(people), Agreement.party_id.in_(parties)))
        .order_by(Agreement.number)
    )
    out = []
    for a in rows:
        who = _entity_text(session, "person", a.person_id) if a.person_id else ""
        who = who or (_entity_text(session, "party", a.party_id) if a.party_id else "")
        term = f"{a.effective_on or '—'} 至 {a.end_on or '长期'}"
        out.append(
            f"{who}：{AGREEMENT_KIND_LABELS[a.kind]} {a.number}，签订 {a.signed_on or '—'}，"
            f"有效期 {term}，{AGREEMENT_STATUS_LABELS[a.status]}"
            + (f"，违约金 {a.damages_fen / 100:,.2f} 元" if a.damages_fen else "")
        )
    return out


def _secret_blocks(session: Session, case_id: int) -> list[list[str]]:
    from tsdesk.services.incidents.bundle import _carriers

    blocks = []
    for secret_id in bundles.case_secret_ids(session, case_id):
        s = register.get(session, secret_id)
        carriers = _carriers(session, secret_id)
        block = [
            f"{s.number} {s.subject}",
            f"类别：{register.CATEGORY_LABELS[s.category]}；保密期限："
            f"{register.term_text(s.term_kind, s.term_until, s.term_event)}",
            f"内容概要：{s.description or '—'}",
            f"保密范围：{s.scope or '—'}",
            "载体：" + ("、".join(f"{c.number} {c.title}" for c in carriers) or "无"),
        ]
        blocks.append(block)
    return blocks


def pack_data(
    uow: UnitOfWork,
    case_id: int,
    route: RemedyRoute,
    progress: Callable[[int, int], None] | None = None,
    bundle=None,
):
    from tsdesk.documents.incident import PackDoc, PackIndexRow

    session = uow.session
    case = _case(session, case_id)
    route = RemedyRoute(route)
    profile = company.get_profile(session)
    fields = company.fields_for(profile["org_kind"])
    company_rows = [(label, str(profile.get(name) or "—")) for name, label in fields]
    remedy = next(
        (r for r in reversed(remedies.remedies_of(session, case_id)) if r.route == route), None
    )
    if route == RemedyRoute.ADMINISTRATIVE:
        authority = (profile_row := _regulator(session))[0] or (remedy.authority if remedy else "")
        contact = profile_row[1]
    else:
        authority = remedy.authority if remedy and remedy.authority else ""
        contact = ""
    authority = authority or remedies.DEFAULT_AUTHORITY.get(route, "")
    index = [
        PackIndexRow(
            row.title,
            row.ready,
            _PART_OF[row.key]
            if row.produced
            else (row.note or ("已备" if row.provided else "待补充")),
        )
        for row in remedies.checklist(session, case_id, route)
    ]
    missing = sum(not r.ready for r in index)
    org = profile.get("org_name") or "我单位"
    letter = [
        f"{org}系下列商业秘密的权利人。{case.discovered_at:%Y年%m月%d日}，我单位发现"
        f"“{case.title}”（内部事件编号 {case.number}），涉嫌{KIND_TEXT[case.kind]}，"
        "侵犯我单位商业秘密。",
        f"依据《中华人民共和国反不正当竞争法》等规定，现就上述情况向贵单位"
        f"{remedies.ROUTE_LABELS[route].split('（')[0]}，恳请依法受理并查处。",
        f"随函附送材料 {len(index)} 项（见材料索引）"
        + (f"，其中 {missing} 项待补充后另行提交。" if missing else "。"),
    ]
    contact_line = "，".join(
        x
        for x in (
            profile.get("contact_person") or "",
            profile.get("contact_title") or "",
            f"电话 {profile['contact_phone']}" if profile.get("contact_phone") else "",
        )
        if x
    )
    if contact_line:
        letter.append(f"联系人：{contact_line}。")
    payloads = {
        r.id: evidence.qr_payload(uow, r.id) for r in evidence.evidence_of(session, case_id)
    }
    return PackDoc(
        case=case_head(session, case),
        route=remedies.ROUTE_LABELS[route],
        authority=authority,
        authority_contact=contact,
        company=company_rows,
        letter=letter,
        index=index,
        secrets=_secret_blocks(session, case_id),
        agreements=_agreement_lines(session, case_id),
        evidence=evidence_list_data_from(session, case, payloads),
        bundle=bundle if bundle is not None else bundle_data(session, case_id, progress),
    )


def evidence_list_data_from(session: Session, case: IncidentCase, payloads: dict[int, str]):
    from tsdesk.documents.incident import EvidenceListDoc

    return EvidenceListDoc(case_head(session, case), _evidence_lines(session, case.id, payloads))


def _regulator(session: Session) -> tuple[str, str]:
    from tsdesk.models import CompanyProfile

    row = session.get(CompanyProfile, 1)
    return (row.regulator_name.strip(), row.regulator_contact.strip()) if row else ("", "")


def print_pack(
    uow: UnitOfWork,
    case_id: int,
    route: RemedyRoute,
    out: str | Path | IO[bytes],
    progress: Callable[[int, int], None] | None = None,
    bundle=None,
) -> None:
    """The complaint pack; `bundle` as for print_bundle's `doc`."""
    from tsdesk.documents.incident import render_pack

    require(uow.actor, Permission.EXPORT)
    case = _case(uow.session, case_id)
    if RemedyRoute(route) not in remedies.CHECKLISTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "未知的维权途径"))
    doc = pack_data(uow, case_id, route, progress, bundle)
    _record(
        uow, "print.complaint_pack", case, f"维权材料（{doc.route}）",
        route=RemedyRoute(route).value,
    )  # fmt: skip
    pdf = io.BytesIO()
    render_pack(pdf, doc, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())
