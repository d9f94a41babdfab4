"""The "reasonable measures" evidence bundle (003 §10.2.3; issue 15 §2), assembled from
TSDesk's own records for each secret a case involves.

Each secret gets the same parts, in order: the register entry and its 定密 approvals, the
grading sheet, the knowers with their NDAs and training, the carriers and their movements, the
areas' protection measures, the confidentiality marks printed, and the audit events of the
secret. A part is plain lines of text; its SHA-256 is taken over that text (UTF-8, lines
joined by "\\n") exactly as printed, so a page can be checked against a fresh assembly from the
database, and the bundle's audit-chain head against `tsdesk audit verify`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.models import (
    Agreement,
    AgreementKind,
    AuditEvent,
    Carrier,
    CarrierSecret,
    IncidentLink,
    IncidentLinkRole,
    LabelIssue,
    Person,
    Secret,
)
from tsdesk.services import areas, grading, people, register, register_print
from tsdesk.services.agreements import KIND_LABELS as AGREEMENT_KIND_LABELS
from tsdesk.services.agreements.core import is_binding
from tsdesk.services.audit_text import action_label
from tsdesk.services.carriers import KIND_LABELS as CARRIER_KIND_LABELS
from tsdesk.services.carriers import MOVEMENT_LABELS, STATUS_LABELS, movements_of
from tsdesk.services.training.sessions import last_trained

AUDIT_LIMIT = 500  # events listed per secret; beyond that the part says how many more

PART_TITLES = (
    "登记信息与定密审批",
    "定密评估表",
    "知悉人员及其保密协议、培训",
    "涉密载体及流转记录",
    "存放区域的防护措施",
    "保密标识打印记录",
    "审计记录",
)


@dataclass(frozen=True)
class BundlePart:
    secret_number: str
    title: str
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SecretBundle:
    secret_id: int
    number: str
    subject: str
    grade: str
    parts: tuple[BundlePart, ...]


@dataclass
class Bundle:
    case_number: str
    is_drill: bool
    secrets: list[SecretBundle] = field(default_factory=list)

    @property
    def parts(self) -> list[BundlePart]:
        return [p for s in self.secrets for p in s.parts]


def case_secret_ids(session: Session, case_id: int) -> list[int]:
    """The secrets the case involves: linked directly, or carried by a linked carrier."""
    links = session.execute(
        select(IncidentLink.entity_type, IncidentLink.entity_id).where(
            IncidentLink.case_id == case_id, IncidentLink.role == IncidentLinkRole.INVOLVED
        )
    ).all()
    ids = [i for t, i in links if t == "secret"]
    carriers = [i for t, i in links if t == "carrier"]
    if carriers:
        ids += session.scalars(
            select(CarrierSecret.secret_id)
            .where(CarrierSecret.carrier_id.in_(carriers))
            .order_by(CarrierSecret.secret_id)
        )
    seen: dict[int, None] = dict.fromkeys(ids)
    numbers = dict(
        session.execute(select(Secret.id, Secret.number).where(Secret.id.in_(seen))).all()
    )
    return sorted((i for i in seen if i in numbers), key=lambda i: numbers[i])


def _d(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _register_part(session: Session, secret: Secret) -> list[str]:
    names = register_print._names(session, secret)
    lines = [
        f"编号：{secret.number}",
        f"秘密主题：{secret.subject}",
        f"类别：{register.CATEGORY_LABELS[secret.category]}",
        f"保密等级：{names['grade']}",
        f"保密期限：{register.term_text(secret.term_kind, secret.term_until, secret.term_event)}",
        f"主责部门：{names['department'] or '—'}　责任人：{names['owner'] or '—'}",
        f"保密范围：{secret.scope or '—'}",
        f"存储方式：{'；'.join(f'{k} {loc}'.strip() for k, loc in register_print._storages(secret)) or '—'}",
        f"状态：{register.STATUS_LABELS[secret.status]}",
        f"提出：{secret.proposed_by} {register_print._local_date(secret.proposed_at)}",
        f"确认：{secret.confirmed_by or '—'} {register_print._local_date(secret.confirmed_at)}",
    ]
    for label, text in register_print._conditions(session, secret):
        lines.append(f"{label}：{text}")
    approvals = register.approvals_of(session, secret.id)
    lines.append(f"审批记录 {len(approvals)} 项：")
    for a in approvals:
        summary = register_print._approval_summary(a, register_print._details(a))
        lines.append(
            f"  {register.APPROVAL_KIND_LABELS[a.kind]}：申请 {a.requested_by}，"
            f"批准 {a.approved_by} {register_print._local_date(a.approved_at)}；{summary}"
        )
    return lines


def _grading_part(secret: Secret) -> list[str]:
    record = grading.stored(secret)
    if record is None:
        return ["未保存定密评估表（按登记的保密等级管理）"]
    labels = {f.key: f.label for f in grading.FACTORS}
    lines = [
        f"评估人：{record.get('by', '')}　日期：{record.get('on', '')}",
        f"建议等级：{record.get('suggested_grade', '')}　确定等级：{record.get('decided_grade', '')}",
    ]
    for key, value in record["scores"].items():
        lines.append(f"{labels.get(key, key)}：{value.get('score')} 分；{value.get('reason', '')}")
    if record.get("override_reason"):
        lines.append(f"与建议不同的理由：{record['override_reason']}")
    return lines


def _knowers_part(session: Session, secret_id: int, today: date) -> list[str]:
    knowers = people.knowers_of(session, secret_id, include_past=True)
    if not knowers:
        return ["未授权任何人员知悉"]
    lines = [f"知悉人员 {len(knowers)} 人（含已撤销的授权）："]
    for k in knowers:
        agreements = session.scalars(
            select(Agreement)
            .where(
                Agreement.person_id == k.person_id,
                Agreement.kind.in_([AgreementKind.NDA, AgreementKind.NONCOMPETE]),
            )
            .order_by(Agreement.number)
        ).all()
        signed = "、".join(
            f"{AGREEMENT_KIND_LABELS[a.kind]} {a.number}（签订 {_d(a.signed_on)}"
            f"{'，现行有效' if is_binding(a, today) else ''}）"
            for a in agreements
        )
        trained = session.scalar(select(last_trained(k.person_id)))
        lines.append(
            f"  {k.person_number} {k.person_name}（{k.department or '—'}）："
            f"{people.TIER_LABELS[k.tier]}，{_d(k.valid_from)} 至 {_d(k.valid_until)}，"
            f"{people.GRANT_STATE_LABELS[people.grant_state(k)]}；授权人 {k.granted_by}；"
            f"协议：{signed or '无'}；最近培训：{_d(trained)}"
        )
    return lines


def _carriers(session: Session, secret_id: int) -> list[Carrier]:
    return list(
        session.scalars(
            select(Carrier)
            .join(CarrierSecret, CarrierSecret.carrier_id == Carrier.id)
            .where(CarrierSecret.secret_id == secret_id)
            .order_by(Carrier.number)
        )
    )


def _carriers_part(session: Session, carriers: list[Carrier]) -> list[str]:
    if not carriers:
        return ["未登记涉密载体"]
    lines = []
    for c in carriers:
        custodian = session.get(Person, c.custodian_id) if c.custodian_id else None
        lines.append(
            f"{c.number} {c.title}（{CARRIER_KIND_LABELS[c.kind]}，{STATUS_LABELS[c.status]}，"
            f"保管人 {custodian.name if custodian else '—'}）"
        )
        moves = movements_of(session, c.id)
        for m in moves:
            lines.append(
                f"  {MOVEMENT_LABELS[m.kind]} {_d(m.started_on)}→{_d(m.closed_on)}："
                f"{m.person or '—'}，{m.purpose or '—'}"
                + (f"，批准 {m.approved_by}" if m.approved_by else "")
            )
        if not moves:
            lines.append("  无流转记录")
    return lines


def _areas_part(session: Session, carriers: list[Carrier]) -> list[str]:
    area_ids = sorted({c.area_id for c in carriers if c.area_id})
    if not area_ids:
        return ["载体未存放于登记的涉密区域"]
    lines = []
    for area_id in area_ids:
        view = areas.view(session, area_id)
        lines.append(f"{view.number} {view.name}（{view.grade}，{view.location or '—'}）：")
        for key, text in areas.MEASURES.items():
            m = view.measures.get(key)
            done = "已落实" if m and m.done else "未落实"
            lines.append(f"  {key}) {text}：{done}" + (f"（{m.note}）" if m and m.note else ""))
    return lines


def _labels_part(session: Session, carriers: list[Carrier]) -> list[str]:
    if not carriers:
        return ["无载体，无需标识"]
    issued = dict(
        session.execute(
            select(LabelIssue.carrier_id, LabelIssue.issued).where(
                LabelIssue.carrier_id.in_([c.id for c in carriers])
            )
        ).all()
    )
    return [
        f"{c.number}："
        + (f"已打印保密标识 {issued[c.id]} 次" if issued.get(c.id) else "未打印保密标识")
        for c in carriers
    ]


def _audit_part(session: Session, secret: Secret, carriers: list[Carrier]) -> list[str]:
    where = (AuditEvent.entity_type == "secret") & (AuditEvent.entity_id == str(secret.id))
    if carriers:
        where = where | (
            (AuditEvent.entity_type == "carrier")
            & AuditEvent.entity_id.in_([str(c.id) for c in carriers])
        )
    events = session.scalars(
        select(AuditEvent).where(where).order_by(AuditEvent.seq).limit(AUDIT_LIMIT + 1)
    ).all()
    lines = [
        f"#{e.seq} {e.ts[:19].replace('T', ' ')} {e.operator} {action_label(e.action)}"
        f"（{e.entity_type} {e.entity_id}）哈希 {e.hash[:16]}"
        for e in events[:AUDIT_LIMIT]
    ]
    if len(events) > AUDIT_LIMIT:
        lines.append("……另有更多记录，请以 tsdesk audit 查询完整审计链")
    return lines or ["无审计记录"]


def secret_bundle(session: Session, secret_id: int, today: date | None = None) -> SecretBundle:
    today = today or date.today()
    secret = register.get(session, secret_id)
    carriers = _carriers(session, secret_id)
    bodies = (
        _register_part(session, secret),
        _grading_part(secret),
        _knowers_part(session, secret_id, today),
        _carriers_part(session, carriers),
        _areas_part(session, carriers),
        _labels_part(session, carriers),
        _audit_part(session, secret, carriers),
    )
    grade = register_print._names(session, secret)["grade"]
    return SecretBundle(
        secret_id,
        secret.number,
        secret.subject,
        grade,
        tuple(
            # the first line names the secret and the part: equal records of two secrets
            # still hash differently
            BundlePart(secret.number, title, (f"{secret.number}：{title}", *lines))
            for title, lines in zip(PART_TITLES, bodies, strict=True)
        ),
    )


def assemble(
    session: Session,
    case_id: int,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> Bundle:
    """The bundle of every secret the case involves; `progress(done, total)` after each."""
    from tsdesk.models import IncidentCase

    case = session.get(IncidentCase, case_id)
    if case is None:
        from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError

        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该事件"))
    ids = case_secret_ids(session, case_id)
    bundle = Bundle(case.number, case.is_drill)
    for n, secret_id in enumerate(ids, 1):
        bundle.secrets.append(secret_bundle(session, secret_id, today))
        if progress is not None:
            progress(n, len(ids))
    return bundle


def digest_of(bundle: Bundle) -> str:
    """One hash over the index (each part's secret, title and hash), printed on the cover."""
    index = [[p.secret_number, p.title, p.sha256] for p in bundle.parts]
    return hashlib.sha256(json.dumps(index, ensure_ascii=False).encode("utf-8")).hexdigest()
