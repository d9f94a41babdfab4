"""Evidence of a case (003 §10.2.1–10.2.10): what it is, where and how it was collected, the
file with its SHA-256 taken at intake, who keeps the original, and its chain of custody.

The file is an attachment (owner_kind "evidence", owner_id = the item's id), stored in the
encrypted vault; its hash is copied onto the item so that a later check — of the stored bytes,
of a copy a court received, or of a printed list's QR code — compares against what was
received, not against whatever is stored now. The QR payload is signed with the vault's label
key (labels.sign), like the destruction certificate, so it verifies offline.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    AttachmentContent,
    EntryKind,
    EvidenceCategory,
    EvidenceCustody,
    EvidenceItem,
    IncidentCase,
)
from tsdesk.services import attachments, labels
from tsdesk.services.audit_text import Labels
from tsdesk.services.incidents import timeline
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

OWNER_KIND = "evidence"  # attachments.owner_kind of an evidence file
QR_PREFIX = "TSDE"  # TSDesk evidence, format as below (labels.SEP between fields)

CATEGORY_LABELS = {
    EvidenceCategory.OWNERSHIP: QT_TRANSLATE_NOOP("incidents", "权利归属证据"),
    EvidenceCategory.SECRECY: QT_TRANSLATE_NOOP("incidents", "秘密性证据"),
    EvidenceCategory.MEASURES: QT_TRANSLATE_NOOP("incidents", "保密措施证据"),
    EvidenceCategory.VALUE: QT_TRANSLATE_NOOP("incidents", "价值性证据"),
    EvidenceCategory.ACCESS: QT_TRANSLATE_NOOP("incidents", "接触行为证据"),
    EvidenceCategory.ACT: QT_TRANSLATE_NOOP("incidents", "侵权行为证据"),
    EvidenceCategory.LOSS: QT_TRANSLATE_NOOP("incidents", "实际损失证据"),
    EvidenceCategory.PROFIT: QT_TRANSLATE_NOOP("incidents", "侵权获利证据"),
    EvidenceCategory.APPRAISAL: QT_TRANSLATE_NOOP("incidents", "司法鉴定意见"),
    EvidenceCategory.OTHER: QT_TRANSLATE_NOOP("incidents", "其他证据"),
}

# 003 §10.2: how evidence is usually fixed; offered in the form, the field stays free text.
METHODS = (
    QT_TRANSLATE_NOOP("incidents", "公证保全"),
    QT_TRANSLATE_NOOP("incidents", "截图（注明时间来源）"),
    QT_TRANSLATE_NOOP("incidents", "设备镜像"),
    QT_TRANSLATE_NOOP("incidents", "原件复制"),
    QT_TRANSLATE_NOOP("incidents", "从 TSDesk 导出"),
    QT_TRANSLATE_NOOP("incidents", "书面证言"),
)

TEXT_MAX = 200

AUDIT_LABELS = Labels(
    actions={
        "evidence": QT_TRANSLATE_NOOP("audit", "证据"),
        "evidence.add": QT_TRANSLATE_NOOP("audit", "登记证据"),
        "evidence.attach": QT_TRANSLATE_NOOP("audit", "证据附加文件"),
        "evidence.handover": QT_TRANSLATE_NOOP("audit", "证据移交"),
        "evidence.return": QT_TRANSLATE_NOOP("audit", "证据归还"),
        "read.evidence": QT_TRANSLATE_NOOP("audit", "查看证据清单"),
        "read.evidence_verify": QT_TRANSLATE_NOOP("audit", "核对证据文件"),
    },
    entities={"evidence_item": QT_TRANSLATE_NOOP("audit", "证据")},
    fields={
        "case": QT_TRANSLATE_NOOP("audit", "事件"),
        "label": QT_TRANSLATE_NOOP("audit", "证据编号"),
        "category": QT_TRANSLATE_NOOP("audit", "证据类别"),
        "title": QT_TRANSLATE_NOOP("audit", "名称"),
        "method": QT_TRANSLATE_NOOP("audit", "取证方式"),
        "collected_by": QT_TRANSLATE_NOOP("audit", "收集人"),
        "keeper": QT_TRANSLATE_NOOP("audit", "保管人"),
        "location": QT_TRANSLATE_NOOP("audit", "原件存放"),
        "sha256": QT_TRANSLATE_NOOP("audit", "SHA-256"),
        "from": QT_TRANSLATE_NOOP("audit", "移交人"),
        "to": QT_TRANSLATE_NOOP("audit", "接收人"),
        "purpose": QT_TRANSLATE_NOOP("audit", "用途"),
    },
    values={"category": ("incidents", {k.value: v for k, v in CATEGORY_LABELS.items()})},
)


@dataclass
class EvidenceInput:
    category: EvidenceCategory
    title: str
    collected_by: str
    collected_at: datetime
    description: str = ""
    source: str = ""  # from where
    method: str = ""  # how
    keeper: str = ""  # who holds the original
    location: str = ""  # where the original is
    file_name: str = ""
    data: bytes | None = None


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    case_id: int
    case_number: str
    label: str  # E-01
    category: EvidenceCategory
    title: str
    description: str
    source: str
    method: str
    collected_by: str
    collected_at: datetime
    attachment_id: int | None
    file_name: str
    sha256: str
    size: int | None
    keeper: str
    location: str
    recorded_by: str
    recorded_at: datetime
    out_with: str  # who has it on an open hand-over, "" when it is with its keeper


@dataclass(frozen=True)
class CustodyRow:
    id: int
    evidence_id: int
    at: datetime
    from_holder: str
    to_holder: str
    purpose: str
    returned_at: datetime | None
    note: str
    recorded_by: str


def label_of(position: int) -> str:
    return f"E-{position:02d}"


def _clean(value: str, field: str, required: bool = False, limit: int = TEXT_MAX) -> str:
    value = " ".join(value.split()) if limit == TEXT_MAX else value.strip()
    if required and not value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写{field}"), field=field)
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field}不能超过 {n} 个字"), field=field, n=limit
        )
    return value


def _snapshot(item: EvidenceItem, case: IncidentCase) -> dict:
    return {
        "case": case.number,
        "label": label_of(item.position),
        "category": item.category.value,
        "title": item.title,
        "method": item.method,
        "collected_by": item.collected_by,
        "keeper": item.keeper,
        "location": item.location,
        "sha256": item.sha256,
    }


def add_evidence(uow: UnitOfWork, case_id: int, inp: EvidenceInput) -> int:
    """Register one item (with its file when given); its SHA-256 is taken from the bytes
    received, before they are stored. Appends an EVIDENCE entry to the timeline."""
    require(uow.actor, Permission.EDIT_DATA)
    case = timeline.case_for_update(uow, case_id)
    title = _clean(inp.title, QT_TRANSLATE_NOOP("errors", "证据名称"), required=True)
    collected_by = _clean(inp.collected_by, QT_TRANSLATE_NOOP("errors", "收集人"), required=True)[
        :64
    ]
    if inp.collected_at > datetime.now().replace(microsecond=0) + _SLACK:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "收集时间不能晚于现在"))
    session = uow.session
    position = (
        session.scalar(
            select(func.max(EvidenceItem.position)).where(EvidenceItem.case_id == case_id)
        )
        or 0
    ) + 1
    item = EvidenceItem(
        case_id=case_id,
        position=position,
        category=EvidenceCategory(inp.category),
        title=title,
        description=_clean(inp.description, QT_TRANSLATE_NOOP("errors", "说明"), limit=4000),
        source=_clean(inp.source, QT_TRANSLATE_NOOP("errors", "来源"), limit=1000),
        method=_clean(inp.method, QT_TRANSLATE_NOOP("errors", "取证方式")),
        collected_by=collected_by,
        collected_at=inp.collected_at,
        keeper=_clean(inp.keeper, QT_TRANSLATE_NOOP("errors", "保管人"))[:64],
        location=_clean(inp.location, QT_TRANSLATE_NOOP("errors", "原件存放位置")),
        recorded_by=uow.actor.name,
    )
    session.add(item)
    session.flush()
    if inp.data is not None:
        _attach(uow, item, inp.file_name, inp.data)
    uow.record("evidence.add", "evidence_item", item.id, after=_snapshot(item, case))
    text = f"登记证据 {label_of(position)}「{title}」（{CATEGORY_LABELS[item.category]}）"
    if item.sha256:
        text += f"，文件 SHA-256 {item.sha256}"
    timeline.append(uow, case_id, EntryKind.EVIDENCE, text, ref_type="evidence", ref_id=item.id)
    return item.id


_SLACK = datetime(2000, 1, 1, 0, 5) - datetime(2000, 1, 1)  # a PC clock a little behind


def _attach(uow: UnitOfWork, item: EvidenceItem, name: str, data: bytes) -> None:
    attachment_id = attachments.add(uow, OWNER_KIND, item.id, name, data)
    item.attachment_id = attachment_id
    item.sha256 = hashlib.sha256(data).hexdigest()
    item.size = len(data)


def attach_file(uow: UnitOfWork, evidence_id: int, name: str, data: bytes) -> str:
    """The file of an item registered without one (an original seen first, scanned later).
    An item's file is never replaced: a different file is a new item. Returns its SHA-256."""
    require(uow.actor, Permission.EDIT_DATA)
    item = _item(uow.session, evidence_id)
    case = timeline.case_for_update(uow, item.case_id)
    if item.attachment_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "证据 {label} 已有文件；另一份文件请登记为新证据"),
            label=label_of(item.position),
        )
    _attach(uow, item, name, data)
    uow.record("evidence.attach", "evidence_item", item.id, after=_snapshot(item, case))
    timeline.append(
        uow,
        item.case_id,
        EntryKind.EVIDENCE,
        f"证据 {label_of(item.position)} 附加文件「{name.strip()}」，SHA-256 {item.sha256}",
        ref_type="evidence",
        ref_id=item.id,
    )
    return item.sha256


def _item(session: Session, evidence_id: int) -> EvidenceItem:
    item = session.get(EvidenceItem, evidence_id)
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该证据"))
    return item


def _open_custody(session: Session, evidence_id: int) -> EvidenceCustody | None:
    return session.scalar(
        select(EvidenceCustody)
        .where(EvidenceCustody.evidence_id == evidence_id, EvidenceCustody.returned_at.is_(None))
        .order_by(EvidenceCustody.id.desc())
    )


def hand_over(
    uow: UnitOfWork,
    evidence_id: int,
    to_holder: str,
    purpose: str,
    at: datetime | None = None,
    note: str = "",
) -> int:
    """The original goes from its keeper to `to_holder` (a lawyer, the notary, the police)
    for `purpose`; it stays out until returned. Appends a CUSTODY entry."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    item = _item(session, evidence_id)
    case = timeline.case_for_update(uow, item.case_id)
    to_holder = _clean(to_holder, QT_TRANSLATE_NOOP("errors", "接收人"), required=True)[:64]
    purpose = _clean(purpose, QT_TRANSLATE_NOOP("errors", "用途"), required=True, limit=1000)
    out = _open_custody(session, evidence_id)
    if out is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "证据 {label} 已移交给 {holder}，尚未归还"),
            label=label_of(item.position),
            holder=out.to_holder,
        )
    from_holder = item.keeper or item.collected_by
    if to_holder == from_holder:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "接收人就是现在的保管人"))
    row = EvidenceCustody(
        evidence_id=evidence_id,
        at=at or datetime.now().replace(microsecond=0),
        from_holder=from_holder,
        to_holder=to_holder,
        purpose=purpose,
        note=_clean(note, QT_TRANSLATE_NOOP("errors", "备注"), limit=1000),
        recorded_by=uow.actor.name,
    )
    session.add(row)
    session.flush()
    uow.record(
        "evidence.handover",
        "evidence_item",
        evidence_id,
        after={"case": case.number, "from": from_holder, "to": to_holder, "purpose": purpose},
    )
    timeline.append(
        uow,
        item.case_id,
        EntryKind.CUSTODY,
        f"证据 {label_of(item.position)} 由 {from_holder} 移交 {to_holder}，用途：{purpose}",
        ref_type="evidence",
        ref_id=evidence_id,
    )
    return row.id


def return_item(
    uow: UnitOfWork, evidence_id: int, at: datetime | None = None, note: str = ""
) -> None:
    """The original is back with its keeper: closes the open hand-over."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    item = _item(session, evidence_id)
    case = timeline.case_for_update(uow, item.case_id)
    out = _open_custody(session, evidence_id)
    if out is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "证据 {label} 没有未归还的移交"),
            label=label_of(item.position),
        )
    when = at or datetime.now().replace(microsecond=0)
    if when < out.at:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "归还时间不能早于移交时间"))
    out.returned_at = when
    if note.strip():
        out.note = "；".join(x for x in (out.note, note.strip()) if x)
    uow.record(
        "evidence.return",
        "evidence_item",
        evidence_id,
        after={"case": case.number, "from": out.to_holder, "to": out.from_holder},
    )
    timeline.append(
        uow,
        item.case_id,
        EntryKind.CUSTODY,
        f"证据 {label_of(item.position)} 由 {out.to_holder} 归还 {out.from_holder}",
        ref_type="evidence",
        ref_id=evidence_id,
    )


# --- reading -----------------------------------------------------------------------------------


def _rows(session: Session, where) -> list[EvidenceRow]:
    from tsdesk.models import Attachment

    q = (
        select(EvidenceItem, IncidentCase.number, Attachment.name)
        .join(IncidentCase, IncidentCase.id == EvidenceItem.case_id)
        .outerjoin(Attachment, Attachment.id == EvidenceItem.attachment_id)
        .where(where)
        .order_by(EvidenceItem.case_id, EvidenceItem.position)
    )
    found = session.execute(q).all()
    ids = [item.id for item, *_ in found]
    out_with = dict(
        session.execute(
            select(EvidenceCustody.evidence_id, EvidenceCustody.to_holder).where(
                EvidenceCustody.evidence_id.in_(ids), EvidenceCustody.returned_at.is_(None)
            )
        ).all()
    )
    return [
        EvidenceRow(
            id=i.id,
            case_id=i.case_id,
            case_number=number,
            label=label_of(i.position),
            category=i.category,
            title=i.title,
            description=i.description,
            source=i.source,
            method=i.method,
            collected_by=i.collected_by,
            collected_at=i.collected_at,
            attachment_id=i.attachment_id,
            file_name=name or "",
            sha256=i.sha256,
            size=i.size,
            keeper=i.keeper,
            location=i.location,
            recorded_by=i.recorded_by,
            recorded_at=i.recorded_at,
            out_with=out_with.get(i.id, ""),
        )
        for i, number, name in found
    ]


def evidence_of(session: Session, case_id: int) -> list[EvidenceRow]:
    return _rows(session, EvidenceItem.case_id == case_id)


def get(session: Session, evidence_id: int) -> EvidenceRow:
    rows = _rows(session, EvidenceItem.id == evidence_id)
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该证据"))
    return rows[0]


def by_label(session: Session, case_id: int, label: str) -> EvidenceRow:
    """E-01, e-1 or 1."""
    text = label.strip().upper().removeprefix("E").removeprefix("-")
    if text.isdigit():
        for row in evidence_of(session, case_id):
            if row.label == label_of(int(text)):
                return row
    raise NotFoundError(QT_TRANSLATE_NOOP("errors", "该事件没有证据 {label}"), label=label)


def custody_of(session: Session, evidence_id: int) -> list[CustodyRow]:
    return [
        CustodyRow(
            c.id,
            c.evidence_id,
            c.at,
            c.from_holder,
            c.to_holder,
            c.purpose,
            c.returned_at,
            c.note,
            c.recorded_by,
        )  # fmt: skip
        for c in session.scalars(
            select(EvidenceCustody)
            .where(EvidenceCustody.evidence_id == evidence_id)
            .order_by(EvidenceCustody.at, EvidenceCustody.id)
        )
    ]


# --- verification ------------------------------------------------------------------------------


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify_file(session: Session, data: bytes) -> list[EvidenceRow]:
    """The items (of any case) recorded with this file's SHA-256: empty when none."""
    digest = sha256_of(data)
    return _rows(session, EvidenceItem.sha256 == digest)


@dataclass(frozen=True)
class Recheck:
    ok: bool
    recorded: str
    actual: str  # "" when the item has no stored file


def recheck(session: Session, evidence_id: int) -> Recheck:
    """The stored bytes hashed again and compared with the hash recorded at intake."""
    item = _item(session, evidence_id)
    if item.attachment_id is None:
        return Recheck(False, item.sha256, "")
    data = session.scalar(
        select(AttachmentContent.data).where(AttachmentContent.attachment_id == item.attachment_id)
    )
    actual = sha256_of(data) if data is not None else ""
    return Recheck(bool(item.sha256) and actual == item.sha256, item.sha256, actual)


def _qr_fields(case_number: str, label: str, sha256: str) -> list[str]:
    return [QR_PREFIX, case_number, label, sha256 or "-"]


def qr_payload(uow: UnitOfWork, evidence_id: int) -> str:
    """What the item's QR code on the printed list holds: case, item, hash and a check code
    under this vault's key (made on first use, so it needs a unit of work)."""
    row = get(uow.session, evidence_id)
    body = labels.SEP.join(_qr_fields(row.case_number, row.label, row.sha256))
    return labels.SEP.join([body, labels.sign(uow, body)])


def looks_like_payload(text: str) -> bool:
    return text.strip().startswith(QR_PREFIX + labels.SEP)


@dataclass(frozen=True)
class EvidenceCheck:
    ok: bool
    message: str
    row: EvidenceRow | None = None


def verify_payload(session: Session, payload: str) -> EvidenceCheck:
    """A printed item's QR payload checked against this database and its key (offline)."""
    parts = payload.strip().split(labels.SEP)
    if len(parts) != 5 or parts[0] != QR_PREFIX:
        return EvidenceCheck(False, QT_TRANSLATE_NOOP("errors", "不是本系统打印的证据二维码"))
    _, number, label, digest, code = parts
    if not labels.code_matches(session, labels.SEP.join(parts[:4]), code):
        return EvidenceCheck(
            False, QT_TRANSLATE_NOOP("errors", "校验码不符：二维码内容被改动或不是本单位出具")
        )
    case_id = session.scalar(select(IncidentCase.id).where(IncidentCase.number == number))
    row = None
    if case_id is not None:
        try:
            row = by_label(session, case_id, label)
        except NotFoundError:
            row = None
    if row is None or (row.sha256 or "-") != digest:
        return EvidenceCheck(
            False, QT_TRANSLATE_NOOP("errors", "本数据库中没有与二维码相符的证据记录"), row
        )
    return EvidenceCheck(True, QT_TRANSLATE_NOOP("errors", "证据记录相符"), row)


def case_id_by_number(session: Session, number: str) -> int:
    """The case numbered `number` (SJ-2026-001, YL-2026-001)."""
    case_id = session.scalar(select(IncidentCase.id).where(IncidentCase.number == number.strip()))
    if case_id is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到事件 {number}"), number=number)
    return case_id


@dataclass(frozen=True)
class CaseState:
    id: int
    number: str
    is_drill: bool
    closed: bool


def case_state(session: Session, case_id: int) -> CaseState:
    """What the case's tabs need to know: its number, whether a drill, whether closed."""
    from tsdesk.models import IncidentStatus

    case = session.get(IncidentCase, case_id)
    if case is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该事件"))
    return CaseState(case.id, case.number, case.is_drill, case.status == IncidentStatus.CLOSED)
