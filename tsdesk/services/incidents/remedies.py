"""Remedies of a case (003 §11, 000 §7.5.1) and the complaint materials pack (000 §7.5.2).

A remedy is a route taken — negotiation, mediation, arbitration, labour arbitration, an
administrative complaint to the market regulator, a civil suit with its injunction or evidence
preservation, a criminal report, procuratorial supervision — with the authority, reference,
dates and outcome. The pack is the checklist of what that route's authority asks for: TSDesk
ticks what it produces from its own records (the company, the secrets, the measures bundle,
the suspects' agreements, the evidence list); the user ticks the rest (PackItem) with a note
of where it is, or attaches it (owner_kind "pack_item").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import EntryKind, IncidentRemedy, PackItem, RemedyRoute
from tsdesk.services.audit_text import Labels
from tsdesk.services.incidents import timeline
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

PACK_OWNER_KIND = "pack_item"  # attachments.owner_kind of a material the user attached

ROUTE_LABELS = {
    RemedyRoute.NEGOTIATION: QT_TRANSLATE_NOOP("incidents", "协商和解"),
    RemedyRoute.MEDIATION: QT_TRANSLATE_NOOP("incidents", "申请调解"),
    RemedyRoute.ARBITRATION: QT_TRANSLATE_NOOP("incidents", "申请仲裁"),
    RemedyRoute.LABOUR: QT_TRANSLATE_NOOP("incidents", "劳动仲裁"),
    RemedyRoute.ADMINISTRATIVE: QT_TRANSLATE_NOOP("incidents", "行政投诉（市场监管）"),
    RemedyRoute.CIVIL: QT_TRANSLATE_NOOP("incidents", "民事诉讼"),
    RemedyRoute.INJUNCTION: QT_TRANSLATE_NOOP("incidents", "诉前禁令"),
    RemedyRoute.PRESERVATION: QT_TRANSLATE_NOOP("incidents", "证据保全"),
    RemedyRoute.CRIMINAL: QT_TRANSLATE_NOOP("incidents", "刑事报案（公安）"),
    RemedyRoute.PROCURATORATE: QT_TRANSLATE_NOOP("incidents", "检察监督"),
}

# The authority a route goes to, offered in the form (003 §11, 000 §7.5.1).
DEFAULT_AUTHORITY = {
    RemedyRoute.MEDIATION: "人民调解委员会",
    RemedyRoute.ARBITRATION: "仲裁委员会",
    RemedyRoute.LABOUR: "劳动人事争议仲裁委员会",
    RemedyRoute.ADMINISTRATIVE: "市场监督管理局",
    RemedyRoute.CIVIL: "人民法院",
    RemedyRoute.INJUNCTION: "人民法院",
    RemedyRoute.PRESERVATION: "人民法院",
    RemedyRoute.CRIMINAL: "公安机关",
    RemedyRoute.PROCURATORATE: "人民检察院",
}


@dataclass(frozen=True)
class Material:
    key: str
    title: str  # marked for translation in context "incidents"
    produced: bool  # TSDesk produces it from its records (in the pack's parts)


# What TSDesk produces (the keys the pack print lays out as its parts).
COMPANY, SECRETS, MEASURES, AGREEMENTS, EVIDENCE = (
    "company",
    "secrets",
    "measures",
    "agreements",
    "evidence",
)
PRODUCED = (COMPANY, SECRETS, MEASURES, AGREEMENTS, EVIDENCE)

_M = {
    # 000 §7.5.2 (7.1.2 in the text), in its order.
    COMPANY: Material(COMPANY, QT_TRANSLATE_NOOP("incidents", "商业秘密权利人主体信息"), True),
    SECRETS: Material(SECRETS, QT_TRANSLATE_NOOP("incidents", "涉案商业秘密的内容和载体"), True),
    "development": Material(
        "development",
        QT_TRANSLATE_NOOP("incidents", "自主研发／开发的证明材料或转让授权材料"),
        False,
    ),
    "not_public": Material(
        "not_public", QT_TRANSLATE_NOOP("incidents", "不为公众所知悉的证据（如鉴定意见）"), False
    ),
    "value": Material("value", QT_TRANSLATE_NOOP("incidents", "现实或潜在商业价值的证据"), False),
    MEASURES: Material(
        MEASURES, QT_TRANSLATE_NOOP("incidents", "采取保密措施的证据（合理保密措施证据汇编）"), True
    ),
    "loss": Material("loss", QT_TRANSLATE_NOOP("incidents", "因侵权行为导致的损失"), False),
    "infringer": Material("infringer", QT_TRANSLATE_NOOP("incidents", "侵权人主体信息"), False),
    AGREEMENTS: Material(
        AGREEMENTS, QT_TRANSLATE_NOOP("incidents", "侵权人签订的保密、竞业限制协议"), True
    ),
    EVIDENCE: Material(
        EVIDENCE,
        QT_TRANSLATE_NOOP("incidents", "侵权人接触或实施侵权行为的证明材料（证据清单）"),
        True,
    ),
    "act_details": Material(
        "act_details",
        QT_TRANSLATE_NOOP("incidents", "侵权行为的时间、地点、手段、后果及其他情节说明"),
        False,
    ),
    "complaint": Material("complaint", QT_TRANSLATE_NOOP("incidents", "起诉状"), False),
    "guarantee": Material("guarantee", QT_TRANSLATE_NOOP("incidents", "申请书及担保材料"), False),
    "threshold": Material(
        "threshold",
        QT_TRANSLATE_NOOP("incidents", "损失或获利数额的证明（立案追诉标准）"),
        False,
    ),
    "arbitration_clause": Material(
        "arbitration_clause", QT_TRANSLATE_NOOP("incidents", "仲裁协议"), False
    ),
    "labour_contract": Material(
        "labour_contract", QT_TRANSLATE_NOOP("incidents", "劳动合同"), False
    ),
    "judgment": Material(
        "judgment", QT_TRANSLATE_NOOP("incidents", "生效裁判文书及申请监督的理由"), False
    ),
    "other": Material("other", QT_TRANSLATE_NOOP("incidents", "受理机关要求的其他材料"), False),
}

_FULL = [COMPANY, SECRETS, "development", "not_public", "value", MEASURES, "loss", "infringer"]
_FULL += [AGREEMENTS, EVIDENCE, "act_details"]
_SHORT = [COMPANY, SECRETS, MEASURES, AGREEMENTS, EVIDENCE, "loss"]

CHECKLISTS: dict[RemedyRoute, list[str]] = {
    # 000 §7.5.2: the market regulator's list; 7.1.3: the police ask for the same.
    RemedyRoute.ADMINISTRATIVE: [*_FULL, "other"],
    RemedyRoute.CRIMINAL: [*_FULL, "threshold", "other"],
    RemedyRoute.CIVIL: ["complaint", *_FULL, "other"],
    RemedyRoute.INJUNCTION: ["guarantee", *_FULL, "other"],
    RemedyRoute.PRESERVATION: ["guarantee", *_SHORT, "act_details", "other"],
    RemedyRoute.NEGOTIATION: [*_SHORT, "other"],
    RemedyRoute.MEDIATION: [*_SHORT, "infringer", "other"],
    RemedyRoute.ARBITRATION: ["arbitration_clause", *_SHORT, "infringer", "other"],
    RemedyRoute.LABOUR: ["labour_contract", *_SHORT, "other"],
    RemedyRoute.PROCURATORATE: ["judgment", COMPANY, EVIDENCE, "other"],
}

AUDIT_LABELS = Labels(
    actions={
        "remedy": QT_TRANSLATE_NOOP("audit", "维权"),
        "remedy.add": QT_TRANSLATE_NOOP("audit", "登记维权途径"),
        "remedy.update": QT_TRANSLATE_NOOP("audit", "修改维权途径"),
        "pack": QT_TRANSLATE_NOOP("audit", "投诉材料"),
        "pack.tick": QT_TRANSLATE_NOOP("audit", "勾选投诉材料"),
        "pack.untick": QT_TRANSLATE_NOOP("audit", "取消勾选投诉材料"),
    },
    entities={
        "incident_remedy": QT_TRANSLATE_NOOP("audit", "维权途径"),
        "incident_pack": QT_TRANSLATE_NOOP("audit", "投诉材料"),
    },
    fields={
        "case": QT_TRANSLATE_NOOP("audit", "事件"),
        "route": QT_TRANSLATE_NOOP("audit", "维权途径"),
        "authority": QT_TRANSLATE_NOOP("audit", "受理机关"),
        "reference": QT_TRANSLATE_NOOP("audit", "受理号／案号"),
        "filed_on": QT_TRANSLATE_NOOP("audit", "提交日期"),
        "decided_on": QT_TRANSLATE_NOOP("audit", "结果日期"),
        "outcome": QT_TRANSLATE_NOOP("audit", "结果"),
        "loss_fen": QT_TRANSLATE_NOOP("audit", "损失金额（分）"),
        "item": QT_TRANSLATE_NOOP("audit", "材料"),
        "note": QT_TRANSLATE_NOOP("audit", "说明"),
    },
    values={"route": ("incidents", {k.value: v for k, v in ROUTE_LABELS.items()})},
)


@dataclass
class RemedyInput:
    route: RemedyRoute
    authority: str = ""
    reference: str = ""
    filed_on: date | None = None
    decided_on: date | None = None
    outcome: str = ""
    loss_fen: int | None = None  # the criminal route: loss or gain recorded against thresholds
    note: str = ""


@dataclass(frozen=True)
class RemedyRow:
    id: int
    case_id: int
    route: RemedyRoute
    authority: str
    reference: str
    filed_on: date | None
    decided_on: date | None
    outcome: str
    loss_fen: int | None
    note: str
    recorded_by: str
    recorded_at: datetime


def _check(inp: RemedyInput) -> None:
    if len(inp.authority.strip()) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "受理机关不能超过 200 个字"))
    if len(inp.reference.strip()) > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "受理号／案号不能超过 100 个字"))
    if inp.filed_on and inp.decided_on and inp.decided_on < inp.filed_on:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "结果日期不能早于提交日期"))
    if inp.loss_fen is not None and inp.loss_fen < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "金额不能为负数"))
    if inp.decided_on and not inp.outcome.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "有结果日期时请填写结果"))


def _snapshot(r: IncidentRemedy, number: str) -> dict:
    return {
        "case": number,
        "route": r.route.value,
        "authority": r.authority,
        "reference": r.reference,
        "filed_on": r.filed_on.isoformat() if r.filed_on else None,
        "decided_on": r.decided_on.isoformat() if r.decided_on else None,
        "outcome": r.outcome,
        "loss_fen": r.loss_fen,
    }


def _apply(r: IncidentRemedy, inp: RemedyInput) -> None:
    r.route = RemedyRoute(inp.route)
    r.authority = inp.authority.strip()
    r.reference = inp.reference.strip()
    r.filed_on = inp.filed_on
    r.decided_on = inp.decided_on
    r.outcome = inp.outcome.strip()
    r.loss_fen = inp.loss_fen
    r.note = inp.note.strip()


def describe(r: IncidentRemedy | RemedyRow) -> str:
    """One line for the timeline and the report."""
    parts = [ROUTE_LABELS[r.route]]
    if r.authority:
        parts.append(r.authority)
    if r.reference:
        parts.append(f"编号 {r.reference}")
    if r.filed_on:
        parts.append(f"{r.filed_on.isoformat()} 提交")
    if r.decided_on:
        parts.append(f"{r.decided_on.isoformat()} 结果：{r.outcome}")
    elif r.outcome:
        parts.append(f"进展：{r.outcome}")
    if r.loss_fen is not None:
        parts.append(f"记录金额 {r.loss_fen / 100:,.2f} 元")
    return "，".join(parts)


def add_remedy(uow: UnitOfWork, case_id: int, inp: RemedyInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    case = timeline.case_for_update(uow, case_id)
    _check(inp)
    row = IncidentRemedy(case_id=case_id, recorded_by=uow.actor.name)
    _apply(row, inp)
    uow.session.add(row)
    uow.session.flush()
    uow.record("remedy.add", "incident_remedy", row.id, after=_snapshot(row, case.number))
    timeline.append(
        uow, case_id, EntryKind.REMEDY, f"选择维权途径：{describe(row)}",
        ref_type="remedy", ref_id=row.id,
    )  # fmt: skip
    return row.id


def update_remedy(uow: UnitOfWork, remedy_id: int, inp: RemedyInput) -> None:
    """Filed, decided, an outcome: the route's progress. Each change is a REMEDY entry."""
    require(uow.actor, Permission.EDIT_DATA)
    row = uow.session.get(IncidentRemedy, remedy_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该维权记录"))
    case = timeline.case_for_update(uow, row.case_id)
    _check(inp)
    before = _snapshot(row, case.number)
    _apply(row, inp)
    after = _snapshot(row, case.number)
    if before == after and row.note == inp.note.strip():
        return
    uow.record("remedy.update", "incident_remedy", row.id, before=before, after=after)
    timeline.append(
        uow, row.case_id, EntryKind.REMEDY, f"维权进展：{describe(row)}",
        ref_type="remedy", ref_id=row.id,
    )  # fmt: skip


def _remedy_row(r: IncidentRemedy) -> RemedyRow:
    return RemedyRow(
        r.id, r.case_id, r.route, r.authority, r.reference, r.filed_on, r.decided_on,
        r.outcome, r.loss_fen, r.note, r.recorded_by, r.recorded_at,
    )  # fmt: skip


def remedies_of(session: Session, case_id: int) -> list[RemedyRow]:
    return [
        _remedy_row(r)
        for r in session.scalars(
            select(IncidentRemedy)
            .where(IncidentRemedy.case_id == case_id)
            .order_by(IncidentRemedy.recorded_at, IncidentRemedy.id)
        )
    ]


def get_remedy(session: Session, remedy_id: int) -> RemedyRow:
    row = session.get(IncidentRemedy, remedy_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该维权记录"))
    return _remedy_row(row)


# --- the pack checklist -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistRow:
    key: str
    title: str
    produced: bool  # TSDesk makes it
    provided: bool  # the user ticked it (PackItem)
    note: str
    provided_by: str
    provided_at: datetime | None

    @property
    def ready(self) -> bool:
        return self.produced or self.provided


def checklist(session: Session, case_id: int, route: RemedyRoute) -> list[ChecklistRow]:
    """The materials the route's authority asks for, in order, with what is ready."""
    ticks = {
        p.item_key: p
        for p in session.scalars(
            select(PackItem).where(PackItem.case_id == case_id, PackItem.route == route)
        )
    }
    out = []
    for key in CHECKLISTS[RemedyRoute(route)]:
        m, tick = _M[key], ticks.get(key)
        out.append(
            ChecklistRow(
                key,
                m.title,
                m.produced,
                tick is not None,
                tick.note if tick else "",
                tick.provided_by if tick else "",
                tick.provided_at if tick else None,
            )  # fmt: skip
        )
    return out


def _material(route: RemedyRoute, key: str) -> Material:
    if key not in CHECKLISTS[RemedyRoute(route)]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该维权途径没有这项材料：{key}"), key=key)
    material = _M[key]
    if material.produced:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "这项材料由 TSDesk 生成，无需勾选"))
    return material


def tick(uow: UnitOfWork, case_id: int, route: RemedyRoute, key: str, note: str = "") -> int:
    """The user has the material (where it is in `note`); ticking again updates the note."""
    require(uow.actor, Permission.EDIT_DATA)
    case = timeline.case_for_update(uow, case_id)
    material = _material(route, key)
    if len(note.strip()) > 1000:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "说明不能超过 1000 个字"))
    row = uow.session.scalar(
        select(PackItem).where(
            PackItem.case_id == case_id, PackItem.route == route, PackItem.item_key == key
        )
    )
    if row is None:
        row = PackItem(case_id=case_id, route=route, item_key=key, provided_by=uow.actor.name)
        uow.session.add(row)
    row.note = note.strip()
    row.provided_by = uow.actor.name
    row.provided_at = datetime.now()
    uow.session.flush()
    uow.record(
        "pack.tick",
        "incident_pack",
        case_id,
        after={"case": case.number, "route": route.value, "item": key, "note": row.note},
    )
    timeline.append(
        uow, case_id, EntryKind.REMEDY,
        f"{ROUTE_LABELS[route]}材料已备：{material.title}" + (f"（{row.note}）" if row.note else ""),
        ref_type="pack_item", ref_id=row.id,
    )  # fmt: skip
    return row.id


def untick(uow: UnitOfWork, case_id: int, route: RemedyRoute, key: str) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    case = timeline.case_for_update(uow, case_id)
    material = _material(route, key)
    row = uow.session.scalar(
        select(PackItem).where(
            PackItem.case_id == case_id, PackItem.route == route, PackItem.item_key == key
        )
    )
    if row is None:
        return
    uow.session.delete(row)
    uow.session.flush()
    uow.record(
        "pack.untick",
        "incident_pack",
        case_id,
        after={"case": case.number, "route": route.value, "item": key},
    )
    timeline.append(
        uow, case_id, EntryKind.REMEDY, f"{ROUTE_LABELS[route]}材料取消勾选：{material.title}"
    )
