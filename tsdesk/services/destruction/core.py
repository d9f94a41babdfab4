"""销毁: a request lists items, a hold check explains each, four eyes approve the batch, and a
supervised execution destroys them (003 §7.4, §8.2.4, §9.1.2.2 d, §9.6.5). The record is never
edited once done; it is annotated. Legal holds: any module may place one on any record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tsdesk import levels
from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.i18n import translate
from tsdesk.models import (
    Carrier,
    CarrierKind,
    CarrierSecret,
    CarrierStatus,
    DestructionBatch,
    DestructionItem,
    DestructionItemKind,
    DestructionMethod,
    DestructionNote,
    DestructionReason,
    DestructionResult,
    DestructionStatus,
    DestructionSupervisor,
    Grade,
    LegalHold,
    Person,
    Seal,
    SealReason,
    Secret,
    SecretStatus,
    TermKind,
)
from tsdesk.services import approvals, carriers, labels, numbering, register, settings
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import Actor, UnitOfWork

ENTITY = "destruction"
HOLD_ENTITY = "legal_hold"

STATUS_LABELS: dict[DestructionStatus, str] = {
    DestructionStatus.DRAFT: QT_TRANSLATE_NOOP("destruction", "草稿"),
    DestructionStatus.PENDING: QT_TRANSLATE_NOOP("destruction", "待审批"),
    DestructionStatus.APPROVED: QT_TRANSLATE_NOOP("destruction", "待执行"),
    DestructionStatus.DONE: QT_TRANSLATE_NOOP("destruction", "已完成"),
    DestructionStatus.CANCELLED: QT_TRANSLATE_NOOP("destruction", "已撤销"),
}
REASON_LABELS: dict[DestructionReason, str] = {
    DestructionReason.TERM_ENDED: QT_TRANSLATE_NOOP("destruction", "保密期限届满"),
    DestructionReason.DECLASSIFIED: QT_TRANSLATE_NOOP("destruction", "已解密"),
    DestructionReason.SUPERSEDED: QT_TRANSLATE_NOOP("destruction", "多余或被替代的副本"),
    DestructionReason.LEAVING: QT_TRANSLATE_NOOP("destruction", "离职人员交回的资料"),
    DestructionReason.DAMAGED: QT_TRANSLATE_NOOP("destruction", "损坏"),
    DestructionReason.OTHER: QT_TRANSLATE_NOOP("destruction", "其他"),
}
KIND_LABELS: dict[DestructionItemKind, str] = {
    DestructionItemKind.CARRIER: QT_TRANSLATE_NOOP("destruction", "载体"),
    DestructionItemKind.DATA: QT_TRANSLATE_NOOP("destruction", "电子数据"),
    DestructionItemKind.SECRET: QT_TRANSLATE_NOOP("destruction", "整项商业秘密"),
}
RESULT_LABELS: dict[DestructionResult, str] = {
    DestructionResult.PENDING: QT_TRANSLATE_NOOP("destruction", "未执行"),
    DestructionResult.DESTROYED: QT_TRANSLATE_NOOP("destruction", "已销毁"),
    DestructionResult.FAILED: QT_TRANSLATE_NOOP("destruction", "未能销毁"),
}

# Carriers that still exist somewhere under the enterprise's control (another copy).
_KEPT = (
    CarrierStatus.IN_STORE,
    CarrierStatus.LENT,
    CarrierStatus.OUT_FOR_REPAIR,
    CarrierStatus.SEALED,
)
_CONFIRMED_KEY = "destruction.confirmed_supervisors"  # session.info: operators confirmed now


# --- input ------------------------------------------------------------------------------------


@dataclass
class ItemInput:
    kind: DestructionItemKind
    reason: DestructionReason
    carrier_id: int | None = None
    secret_id: int | None = None
    description: str = ""  # a data set: system / path and what was on it
    quantity: int = 1
    pages: int | None = None


@dataclass(frozen=True)
class HoldFinding:
    """One line of the hold check, explained."""

    level: str  # levels.BAD (refused) | levels.WARN (allowed, recorded) | levels.OK
    template: str  # QT_TRANSLATE_NOOP("errors", …)
    params: dict = field(default_factory=dict, hash=False, compare=True)

    def text(self) -> str:
        return translate("errors", self.template).format(**self.params)


def _ok(template: str, **params) -> HoldFinding:
    return HoldFinding(levels.OK, template, params)


def _bad(template: str, **params) -> HoldFinding:
    return HoldFinding(levels.BAD, template, params)


def _warn(template: str, **params) -> HoldFinding:
    return HoldFinding(levels.WARN, template, params)


def term_ended(secret: Secret, today: date) -> bool:
    return (
        secret.term_kind == TermKind.UNTIL_DATE
        and secret.term_until is not None
        and secret.term_until < today
    )


def in_force(secret: Secret, today: date) -> bool:
    """Still a secret: proposed or confirmed and its term not over."""
    return secret.status in carriers.LIVE_SECRET and not term_ended(secret, today)


def _active_holds(session: Session, entity_type: str, entity_id: int) -> list[LegalHold]:
    return list(
        session.scalars(
            select(LegalHold).where(
                LegalHold.entity_type == entity_type,
                LegalHold.entity_id == entity_id,
                LegalHold.lifted_at.is_(None),
            )
        )
    )


def _secrets_of(session: Session, carrier_id: int) -> list[Secret]:
    return list(
        session.scalars(
            select(Secret)
            .join(CarrierSecret, CarrierSecret.secret_id == Secret.id)
            .where(CarrierSecret.carrier_id == carrier_id)
            .order_by(Secret.number)
        )
    )


def _kept_carriers(session: Session, secret_id: int) -> list[Carrier]:
    return list(
        session.scalars(
            select(Carrier)
            .join(CarrierSecret, CarrierSecret.carrier_id == Carrier.id)
            .where(CarrierSecret.secret_id == secret_id, Carrier.status.in_(_KEPT))
            .order_by(Carrier.number)
        )
    )


def _carrier_findings(
    session: Session, carrier: Carrier, today: date, going: set[int], whole: int | None = None
) -> list[HoldFinding]:
    """What stops (or warns about) destroying one carrier. `going`: the carriers destroyed
    with it (the same batch), which do not count as the copy kept; `whole`: the secret
    destroyed as a whole that takes this carrier (checked by the caller)."""
    out: list[HoldFinding] = []
    n = carrier.number
    if carrier.status == CarrierStatus.LENT:
        out.append(_bad(QT_TRANSLATE_NOOP("errors", "载体 {number} 已借出，须先归还"), number=n))
    elif carrier.status == CarrierStatus.OUT_FOR_REPAIR:
        out.append(
            _bad(QT_TRANSLATE_NOOP("errors", "载体 {number} 外送维修中，须先收回"), number=n)
        )
    elif carrier.status in (CarrierStatus.LOST, CarrierStatus.DESTROYED):
        out.append(
            _bad(
                QT_TRANSLATE_NOOP("errors", "载体 {number} 状态为“{status}”，不能销毁"),
                number=n,
                status=carriers.STATUS_LABELS[carrier.status],
            )
        )
    seal = carriers.active_seal(session, carrier.id)
    if isinstance(seal, Seal) and seal.reason == SealReason.EVIDENCE:
        out.append(
            _bad(
                QT_TRANSLATE_NOOP("errors", "载体 {number} 作为证据封存（封条 {seal}），不能销毁"),
                number=n,
                seal=seal.seal_number,
            )
        )
    for hold in _active_holds(session, "carrier", carrier.id):
        out.append(
            _bad(
                QT_TRANSLATE_NOOP("errors", "载体 {number} 处于法律保全中：{reason}"),
                number=n,
                reason=hold.reason,
            )
        )
    keep_last = int(settings.get(session, "keep_last_copy")) == 1
    for secret in _secrets_of(session, carrier.id):
        if secret.id == whole:
            continue
        for hold in _active_holds(session, "secret", secret.id):
            out.append(
                _bad(
                    QT_TRANSLATE_NOOP("errors", "商业秘密 {number} 处于法律保全中：{reason}"),
                    number=secret.number,
                    reason=hold.reason,
                )
            )
        if not in_force(secret, today):
            continue
        others = [c for c in _kept_carriers(session, secret.id) if c.id not in going | {carrier.id}]
        if keep_last and not others:
            out.append(
                _bad(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "载体 {number} 是仍有效的商业秘密 {secret} 的最后一份载体，按规定须保留一份",
                    ),
                    number=n,
                    secret=secret.number,
                )
            )
        elif secret.status == SecretStatus.CONFIRMED or secret.status == SecretStatus.PROPOSED:
            out.append(
                _warn(
                    QT_TRANSLATE_NOOP(
                        "errors", "载体 {number} 所载商业秘密 {secret} 的保密期限尚未届满"
                    ),
                    number=n,
                    secret=secret.number,
                )
            )
    return out


def _check(
    session: Session, inp: ItemInput, today: date, going: set[int] | None = None
) -> list[HoldFinding]:
    going = going or set()
    out: list[HoldFinding] = []
    if inp.quantity < 1:
        out.append(_bad(QT_TRANSLATE_NOOP("errors", "数量须至少为 1")))
    if inp.pages is not None and inp.pages < 0:
        out.append(_bad(QT_TRANSLATE_NOOP("errors", "页数不能为负数")))
    if not isinstance(inp.reason, DestructionReason):
        out.append(_bad(QT_TRANSLATE_NOOP("errors", "请选择销毁原因")))
    if inp.kind == DestructionItemKind.CARRIER:
        carrier = session.get(Carrier, inp.carrier_id) if inp.carrier_id else None
        if carrier is None:
            return [*out, _bad(QT_TRANSLATE_NOOP("errors", "请选择要销毁的载体"))]
        out += _carrier_findings(session, carrier, today, going)
    elif inp.kind == DestructionItemKind.SECRET:
        secret = session.get(Secret, inp.secret_id) if inp.secret_id else None
        if secret is None:
            return [*out, _bad(QT_TRANSLATE_NOOP("errors", "请选择要销毁的商业秘密"))]
        if secret.status in (SecretStatus.DESTROYED, SecretStatus.VOID):
            out.append(
                _bad(
                    QT_TRANSLATE_NOOP("errors", "商业秘密 {number} 已销毁或作废"),
                    number=secret.number,
                )
            )
        elif secret.status != SecretStatus.DECLASSIFIED and not term_ended(secret, today):
            out.append(
                _bad(
                    QT_TRANSLATE_NOOP(
                        "errors", "商业秘密 {number} 既未解密，保密期限也未届满，不能整项销毁"
                    ),
                    number=secret.number,
                )
            )
        for hold in _active_holds(session, "secret", secret.id):
            out.append(
                _bad(
                    QT_TRANSLATE_NOOP("errors", "商业秘密 {number} 处于法律保全中：{reason}"),
                    number=secret.number,
                    reason=hold.reason,
                )
            )
        for c in _kept_carriers(session, secret.id):  # its carriers follow it
            out += _carrier_findings(session, c, today, going, whole=secret.id)
    elif inp.kind == DestructionItemKind.DATA:
        if not inp.description.strip():
            out.append(
                _bad(QT_TRANSLATE_NOOP("errors", "请写明数据所在的系统或路径以及其中的内容"))
            )
        secret = session.get(Secret, inp.secret_id) if inp.secret_id else None
        if secret is not None:
            for hold in _active_holds(session, "secret", secret.id):
                out.append(
                    _bad(
                        QT_TRANSLATE_NOOP("errors", "商业秘密 {number} 处于法律保全中：{reason}"),
                        number=secret.number,
                        reason=hold.reason,
                    )
                )
            if in_force(secret, today):
                out.append(
                    _warn(
                        QT_TRANSLATE_NOOP("errors", "数据所载商业秘密 {secret} 的保密期限尚未届满"),
                        secret=secret.number,
                    )
                )
    else:
        out.append(_bad(QT_TRANSLATE_NOOP("errors", "请选择销毁项目的类型")))
    if not out:
        out.append(_ok(QT_TRANSLATE_NOOP("errors", "未发现阻止销毁的情况")))
    return out


def check_item(session: Session, inp: ItemInput, today: date | None = None) -> list[HoldFinding]:
    """The hold check for one item, every finding explained (BAD refuses, WARN is recorded)."""
    return _check(session, inp, today or date.today())


def _refuse_bad(findings: list[HoldFinding]) -> None:
    bad = next((f for f in findings if f.level == levels.BAD), None)
    if bad is not None:
        raise ValidationError(bad.template, **bad.params)


def _warnings(findings: list[HoldFinding]) -> str:
    return "；".join(f.text() for f in findings if f.level == levels.WARN)


# --- requests ---------------------------------------------------------------------------------


def _batch(session: Session, batch_id: int) -> DestructionBatch:
    batch = session.get(DestructionBatch, batch_id)
    if batch is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "销毁记录不存在"))
    return batch


def _require_status(batch: DestructionBatch, *allowed: DestructionStatus) -> None:
    if batch.status not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "销毁记录 {number} 当前为“{status}”，不能这样操作"),
            number=batch.number,
            status=STATUS_LABELS[batch.status],
        )


def _items(session: Session, batch_id: int) -> list[DestructionItem]:
    return list(
        session.scalars(
            select(DestructionItem)
            .where(DestructionItem.batch_id == batch_id)
            .order_by(DestructionItem.position)
        )
    )


def _input_of(item: DestructionItem) -> ItemInput:
    return ItemInput(
        kind=item.kind,
        reason=item.reason,
        carrier_id=item.carrier_id,
        secret_id=item.secret_id,
        description=item.description,
        quantity=item.quantity,
        pages=item.pages,
    )


def _going(session: Session, items: list[ItemInput]) -> set[int]:
    """The carriers a list of items destroys (a whole secret takes its kept carriers)."""
    out: set[int] = set()
    for i in items:
        if i.kind == DestructionItemKind.CARRIER and i.carrier_id:
            out.add(i.carrier_id)
        elif i.kind == DestructionItemKind.SECRET and i.secret_id:
            out |= {c.id for c in _kept_carriers(session, i.secret_id)}
    return out


def _checked(session: Session, items: list[ItemInput], today: date) -> list[str]:
    """Refuse the first BAD item of a batch; return each item's accepted warnings."""
    going = _going(session, items)
    notes = []
    seen: set[tuple] = set()
    for inp in items:
        key = (inp.kind, inp.carrier_id, inp.secret_id, inp.description.strip())
        if inp.kind != DestructionItemKind.DATA and key in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "同一项目不能在销毁清单中重复列出"))
        seen.add(key)
        findings = _check(session, inp, today, going)
        _refuse_bad(findings)
        notes.append(_warnings(findings))
    return notes


def _already_listed(session: Session, batch_id: int, inputs: list[ItemInput]) -> None:
    """A carrier or secret may be in one open batch only."""
    open_batches = select(DestructionBatch.id).where(
        DestructionBatch.status.in_(
            (DestructionStatus.DRAFT, DestructionStatus.PENDING, DestructionStatus.APPROVED)
        ),
        DestructionBatch.id != batch_id,
    )
    for inp in inputs:
        if inp.kind == DestructionItemKind.DATA:
            continue
        column, value = (
            (DestructionItem.carrier_id, inp.carrier_id)
            if inp.kind == DestructionItemKind.CARRIER
            else (DestructionItem.secret_id, inp.secret_id)
        )
        other = session.scalar(
            select(DestructionBatch.number)
            .join(DestructionItem, DestructionItem.batch_id == DestructionBatch.id)
            .where(
                DestructionBatch.id.in_(open_batches),
                column == value,
                DestructionItem.kind == inp.kind,
            )
            .limit(1)
        )
        if other:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "该项目已列入销毁记录 {number}"), number=other
            )


def _store_items(
    uow: UnitOfWork, batch: DestructionBatch, inputs: list[ItemInput], notes: list[str]
) -> list[dict]:
    start = (
        uow.session.scalar(
            select(func.max(DestructionItem.position)).where(DestructionItem.batch_id == batch.id)
        )
        or 0
    )
    recorded = []
    for offset, (inp, note) in enumerate(zip(inputs, notes, strict=True), start=1):
        item = DestructionItem(
            batch_id=batch.id,
            position=start + offset,
            kind=inp.kind,
            carrier_id=inp.carrier_id if inp.kind == DestructionItemKind.CARRIER else None,
            secret_id=inp.secret_id,
            description=inp.description.strip(),
            quantity=inp.quantity,
            pages=inp.pages,
            reason=inp.reason,
            hold_note=note,
        )
        uow.session.add(item)
        recorded.append(
            {
                "kind": inp.kind.value,
                "carrier_id": item.carrier_id,
                "secret_id": inp.secret_id,
                "description": item.description,
                "reason": inp.reason.value,
                "warning": note,
            }
        )
    uow.session.flush()
    return recorded


def create_request(uow: UnitOfWork, items: list[ItemInput], note: str = "") -> int:
    """A DRAFT batch (销毁申请); refused when any item's hold check is BAD (the message
    names the item)."""
    require(uow.actor, Permission.EDIT_DATA)
    if not items:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "销毁申请须列出至少一个项目"))
    notes = _checked(uow.session, items, date.today())
    _already_listed(uow.session, 0, items)
    number = numbering.next_number(
        uow,
        "destruction",
        str(settings.get(uow.session, "destruction_number_pattern")),
        lambda n: (
            uow.session.scalar(select(DestructionBatch.id).where(DestructionBatch.number == n))
            is not None
        ),
    )
    batch = DestructionBatch(number=number, note=note.strip(), requested_by=uow.actor.name)
    uow.session.add(batch)
    uow.session.flush()
    recorded = _store_items(uow, batch, items, notes)
    uow.record(
        "destruction.request",
        ENTITY,
        batch.id,
        after={"number": number, "note": batch.note, "items": recorded},
    )
    return batch.id


def add_items(uow: UnitOfWork, batch_id: int, items: list[ItemInput]) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    batch = _batch(uow.session, batch_id)
    _require_status(batch, DestructionStatus.DRAFT)
    if not items:
        return
    every = [_input_of(i) for i in _items(uow.session, batch_id)] + list(items)
    notes = _checked(uow.session, every, date.today())[-len(items) :]
    _already_listed(uow.session, batch_id, items)
    recorded = _store_items(uow, batch, items, notes)
    uow.record("destruction.add_items", ENTITY, batch.id, after={"items": recorded})


def remove_item(uow: UnitOfWork, item_id: int) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    item = uow.session.get(DestructionItem, item_id)
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "销毁项目不存在"))
    batch = _batch(uow.session, item.batch_id)
    _require_status(batch, DestructionStatus.DRAFT)
    if len(_items(uow.session, batch.id)) == 1:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "销毁申请须列出至少一个项目"))
    gone = {
        "position": item.position,
        "kind": item.kind.value,
        "carrier_id": item.carrier_id,
        "secret_id": item.secret_id,
        "description": item.description,
    }
    uow.session.delete(item)
    uow.session.flush()
    for position, rest in enumerate(_items(uow.session, batch.id), start=1):
        rest.position = position
    uow.record("destruction.remove_item", ENTITY, batch.id, before=gone)


def submit(uow: UnitOfWork, batch_id: int) -> None:
    """DRAFT → PENDING, checked again (a hold placed since refuses)."""
    require(uow.actor, Permission.EDIT_DATA)
    batch = _batch(uow.session, batch_id)
    _require_status(batch, DestructionStatus.DRAFT)
    items = _items(uow.session, batch_id)
    if not items:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "销毁申请须列出至少一个项目"))
    notes = _checked(uow.session, [_input_of(i) for i in items], date.today())
    for item, note in zip(items, notes, strict=True):
        item.hold_note = note
    batch.status = DestructionStatus.PENDING
    batch.submitted_at = datetime.now().replace(microsecond=0)
    uow.record(
        "destruction.submit",
        ENTITY,
        batch.id,
        before={"status": DestructionStatus.DRAFT.value},
        after={"status": batch.status.value},
    )


def approve(uow: UnitOfWork, batch_id: int, approver: Actor) -> None:
    """PENDING → APPROVED: one four-eyes approval for the batch. `approver` is what
    `approvals.second_operator` returned (checked again here)."""
    require(uow.actor, Permission.EDIT_DATA)
    approvals.check_approver(uow, approver)
    batch = _batch(uow.session, batch_id)
    _require_status(batch, DestructionStatus.PENDING)
    if approver.name == batch.requested_by:
        raise ValidationError(approvals.SAME_PERSON)
    # Nothing may have come under a hold while the request waited.
    _checked(uow.session, [_input_of(i) for i in _items(uow.session, batch_id)], date.today())
    batch.status = DestructionStatus.APPROVED
    batch.approved_by = approver.name
    batch.approved_at = datetime.now().replace(microsecond=0)
    uow.record(
        "destruction.approve",
        ENTITY,
        batch.id,
        before={"status": DestructionStatus.PENDING.value},
        after={"status": batch.status.value, "approver": approver.name},
    )


def return_to_draft(uow: UnitOfWork, batch_id: int, reason: str) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    batch = _batch(uow.session, batch_id)
    _require_status(batch, DestructionStatus.PENDING)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明退回的理由"))
    batch.status = DestructionStatus.DRAFT
    batch.submitted_at = None
    uow.record(
        "destruction.return",
        ENTITY,
        batch.id,
        before={"status": DestructionStatus.PENDING.value},
        after={"status": batch.status.value, "reason": reason.strip()},
    )


def cancel(uow: UnitOfWork, batch_id: int, reason: str) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    batch = _batch(uow.session, batch_id)
    _require_status(
        batch, DestructionStatus.DRAFT, DestructionStatus.PENDING, DestructionStatus.APPROVED
    )
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明撤销的理由"))
    before = batch.status.value
    batch.status = DestructionStatus.CANCELLED
    uow.record(
        "destruction.cancel",
        ENTITY,
        batch.id,
        before={"status": before},
        after={"status": batch.status.value, "reason": reason.strip()},
    )


# --- execution --------------------------------------------------------------------------------


@dataclass
class ItemOutcome:
    item_id: int
    result: DestructionResult  # DESTROYED or FAILED
    method_key: str | None = None  # required when DESTROYED
    media_type: str = ""
    media_serial: str = ""
    tool: str = ""
    verification: str = ""
    failure: str = ""  # required when FAILED


@dataclass
class Execution:
    executed_on: date
    place: str
    executor_person_id: int | None
    supervisor_ids: list[int]  # >= 2 people, none of them the executor
    outcomes: list[ItemOutcome]  # one per item
    video_reference: str = ""


def confirm_supervisor(uow: UnitOfWork, operator_name: str, password: str) -> Actor:
    """An operator who supervises confirms with their own password, in this unit of work;
    `execute` accepts only operators confirmed so."""
    actor = uow.vault.verify_password(operator_name, password, "approval")
    uow.session.info.setdefault(_CONFIRMED_KEY, set()).add(actor.name)
    return actor


def method_fits(
    applies_to: str, item_kind: DestructionItemKind, carrier_kind: CarrierKind | None
) -> bool:
    """Whether a catalogue method applies to an item: paper methods for paper, media methods
    for any other carrier, data methods for data sets and storage or systems; a whole secret
    and "any" take every method. The execution dialog offers exactly these."""
    if applies_to == "any" or item_kind == DestructionItemKind.SECRET:
        return True
    if item_kind == DestructionItemKind.DATA:
        return applies_to == "data"
    if applies_to == "paper":
        return carrier_kind == CarrierKind.PAPER
    if applies_to == "media":
        return carrier_kind != CarrierKind.PAPER
    return applies_to == "data" and carrier_kind in (CarrierKind.STORAGE, CarrierKind.SYSTEM)


def _level_number(level: str) -> int:
    digits = "".join(ch for ch in level if ch.isdigit())
    return int(digits) if digits else 0


def _top_rank(session: Session, item: DestructionItem) -> int | None:
    """The highest grade (rank, 1 is highest) of what an item carries."""
    if item.kind == DestructionItemKind.CARRIER and item.carrier_id:
        ranks = session.scalars(
            select(Grade.rank)
            .join(Secret, Secret.grade_id == Grade.id)
            .join(CarrierSecret, CarrierSecret.secret_id == Secret.id)
            .where(CarrierSecret.carrier_id == item.carrier_id)
        ).all()
        return min(ranks, default=None)
    if item.secret_id:
        return session.scalar(
            select(Grade.rank)
            .join(Secret, Secret.grade_id == Grade.id)
            .where(Secret.id == item.secret_id)
        )
    return None


def _check_method(session: Session, item: DestructionItem, outcome: ItemOutcome) -> None:
    method = session.get(DestructionMethod, outcome.method_key) if outcome.method_key else None
    if method is None or not method.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "第 {position} 项：请选择销毁方法"), position=item.position
        )
    carrier = session.get(Carrier, item.carrier_id) if item.carrier_id else None
    kind = carrier.kind if carrier else None
    if not method_fits(method.applies_to, item.kind, kind):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "第 {position} 项：方法“{method}”不适用于该项目"),
            position=item.position,
            method=method.label,
        )
    if method.level and method.applies_to == "paper":
        # 003 §7.4: paper secrets shredded to P-4 or finer, the highest grade finer still.
        rank = _top_rank(session, item)
        if rank is not None:
            key = "paper_level_top" if rank == 1 else "paper_level_secret"
            needed = str(settings.get(session, key))
            if _level_number(method.level) < _level_number(needed):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "第 {position} 项：粉碎级别 {level} 低于规定的 {needed}"
                    ),
                    position=item.position,
                    level=method.level,
                    needed=needed,
                )


def _validate_execution(
    session: Session,
    batch: DestructionBatch,
    items: list[DestructionItem],
    execution: Execution,
    confirmed: dict[int, str],
) -> None:
    if execution.executed_on > date.today():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "销毁日期不能晚于今天"))
    if not execution.place.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写销毁地点"))
    if (
        execution.executor_person_id is None
        or session.get(Person, execution.executor_person_id) is None
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择销毁执行人"))
    supervisors = list(dict.fromkeys(execution.supervisor_ids))
    if len(supervisors) < 2:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "销毁须有至少两名监销人"))
    if execution.executor_person_id in supervisors:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "执行人不能同时担任监销人"))
    for pid in supervisors:
        if session.get(Person, pid) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "监销人不存在"))
    done = session.info.get(_CONFIRMED_KEY, set())
    names = list(confirmed.values())
    if len(set(names)) != len(names):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "一名操作员只能确认一名监销人"))
    for pid, name in confirmed.items():
        if pid not in supervisors:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "确认密码的人不是本次的监销人"))
        if name not in done:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "监销人 {name} 须用自己的密码确认"), name=name
            )
    by_item = {o.item_id: o for o in execution.outcomes}
    if len(by_item) != len(execution.outcomes) or set(by_item) != {i.id for i in items}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "须为每个项目填写销毁结果"))
    going = [_input_of(i) for i in items if by_item[i.id].result == DestructionResult.DESTROYED]
    for item in items:
        outcome = by_item[item.id]
        if outcome.result == DestructionResult.DESTROYED:
            _check_method(session, item, outcome)
        elif outcome.result == DestructionResult.FAILED:
            if not outcome.failure.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "第 {position} 项：请说明未能销毁的原因"),
                    position=item.position,
                )
        else:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "须为每个项目填写销毁结果"))
    # Things change between approval and execution (a loan, a new hold): check again.
    _checked(session, going, execution.executed_on)


def _secrets_touched(session: Session, items: list[DestructionItem]) -> set[int]:
    out: set[int] = set()
    for item in items:
        if item.secret_id:
            out.add(item.secret_id)
        if item.carrier_id:
            out |= {s.id for s in _secrets_of(session, item.carrier_id)}
    return out


def execute(
    uow: UnitOfWork,
    batch_id: int,
    execution: Execution,
    confirmed: dict[int, str] | None = None,
) -> None:
    """APPROVED → DONE. Destroyed carriers become 已销毁 (a whole secret's kept carriers
    with it); a secret declassified or past its term whose last carrier is gone becomes
    已销毁 in the register. A failed item is kept, with its reason, and blocks nothing."""
    require(uow.actor, Permission.EDIT_DATA)
    confirmed = dict(confirmed or {})
    batch = _batch(uow.session, batch_id)
    _require_status(batch, DestructionStatus.APPROVED)
    items = _items(uow.session, batch_id)
    _validate_execution(uow.session, batch, items, execution, confirmed)
    executor = uow.session.get(Person, execution.executor_person_id)
    assert executor is not None
    batch.executed_on = execution.executed_on
    batch.place = execution.place.strip()
    batch.executor_person_id = executor.id
    batch.executor = executor.name
    batch.recorded_by = uow.actor.name
    batch.video_reference = execution.video_reference.strip()
    now = datetime.now().replace(microsecond=0)
    for pid in dict.fromkeys(execution.supervisor_ids):
        uow.session.add(
            DestructionSupervisor(
                batch_id=batch.id,
                person_id=pid,
                operator=confirmed.get(pid, ""),
                confirmed_at=now if pid in confirmed else None,
            )
        )
    by_item = {o.item_id: o for o in execution.outcomes}
    for item in items:
        o = by_item[item.id]
        item.result = o.result
        if o.result == DestructionResult.DESTROYED:
            item.method_key = o.method_key
            item.media_type = o.media_type.strip()
            item.media_serial = o.media_serial.strip()
            item.tool = o.tool.strip()
            item.verification = o.verification.strip()
        else:
            item.failure = o.failure.strip()
    uow.session.flush()
    for item in items:
        if item.result != DestructionResult.DESTROYED:
            continue
        if item.kind == DestructionItemKind.CARRIER and item.carrier_id:
            carriers.mark_destroyed(uow, item.carrier_id, batch.number)
        elif item.kind == DestructionItemKind.SECRET and item.secret_id:
            for c in _kept_carriers(uow.session, item.secret_id):
                carriers.mark_destroyed(uow, c.id, batch.number)
    uow.session.flush()
    for secret_id in sorted(_secrets_touched(uow.session, items)):
        secret = uow.session.get(Secret, secret_id)
        if secret is None or secret.status not in (
            SecretStatus.CONFIRMED,
            SecretStatus.DECLASSIFIED,
        ):
            continue
        if secret.status == SecretStatus.CONFIRMED and not term_ended(
            secret, execution.executed_on
        ):
            continue
        left = uow.session.scalar(
            select(func.count())
            .select_from(Carrier)
            .join(CarrierSecret, CarrierSecret.carrier_id == Carrier.id)
            .where(CarrierSecret.secret_id == secret_id, Carrier.status != CarrierStatus.DESTROYED)
        )
        if not left:
            register.mark_destroyed(uow, secret_id, batch.number)
    batch.status = DestructionStatus.DONE
    batch.certificate_code = certificate_code(uow, batch, items)
    uow.record(
        "destruction.execute",
        ENTITY,
        batch.id,
        before={"status": DestructionStatus.APPROVED.value},
        after={
            "status": batch.status.value,
            "executed_on": batch.executed_on.isoformat(),
            "place": batch.place,
            "executor": batch.executor,
            "supervisors": list(dict.fromkeys(execution.supervisor_ids)),
            "confirmed": sorted(confirmed.values()),
            "destroyed": sum(i.result == DestructionResult.DESTROYED for i in items),
            "failed": sum(i.result == DestructionResult.FAILED for i in items),
            "video_reference": batch.video_reference,
        },
    )


def annotate(uow: UnitOfWork, batch_id: int, text: str) -> None:
    """The only change a record takes once done: a note beside it."""
    require(uow.actor, Permission.EDIT_DATA)
    batch = _batch(uow.session, batch_id)
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写批注内容"))
    uow.session.add(
        DestructionNote(batch_id=batch.id, text=text.strip(), written_by=uow.actor.name)
    )
    uow.session.flush()
    uow.record("destruction.annotate", ENTITY, batch.id, after={"note": text.strip()})


# --- the certificate's check code (the labels' key and code) ----------------------------------

CERT_PREFIX = "TSDX"


def _certificate_fields(number: str, executed_on: date, destroyed: int, failed: int) -> list[str]:
    return [CERT_PREFIX, number, executed_on.isoformat(), str(destroyed), str(failed)]


def certificate_payload_of(session: Session, batch: DestructionBatch) -> str:
    items = _items(session, batch.id)
    destroyed = sum(i.result == DestructionResult.DESTROYED for i in items)
    failed = sum(i.result == DestructionResult.FAILED for i in items)
    assert batch.executed_on is not None
    fields = _certificate_fields(batch.number, batch.executed_on, destroyed, failed)
    return labels.SEP.join([*fields, batch.certificate_code])


def certificate_code(uow: UnitOfWork, batch: DestructionBatch, items: list[DestructionItem]) -> str:
    assert batch.executed_on is not None
    fields = _certificate_fields(
        batch.number,
        batch.executed_on,
        sum(i.result == DestructionResult.DESTROYED for i in items),
        sum(i.result == DestructionResult.FAILED for i in items),
    )
    return labels.sign(uow, labels.SEP.join(fields))


@dataclass(frozen=True)
class CertificateCheck:
    ok: bool
    number: str
    message: str


def verify_certificate(session: Session, payload: str) -> CertificateCheck:
    """A 销毁证明's QR payload checked against this database's record and key (offline)."""
    parts = payload.strip().split(labels.SEP)
    bad = CertificateCheck(
        False, "", translate("errors", QT_TRANSLATE_NOOP("errors", "不是本系统出具的销毁证明"))
    )
    if len(parts) != 6 or parts[0] != CERT_PREFIX:
        return bad
    _, number, on, destroyed, failed, code = parts
    body = labels.SEP.join(parts[:5])
    if not labels.code_matches(session, body, code):
        return CertificateCheck(
            False,
            number,
            translate("errors", QT_TRANSLATE_NOOP("errors", "校验码不符：证明内容被改动或伪造")),
        )
    batch = session.scalar(select(DestructionBatch).where(DestructionBatch.number == number))
    if (
        batch is None
        or batch.status != DestructionStatus.DONE
        or batch.certificate_code != code
        or certificate_payload_of(session, batch) != payload.strip()
    ):
        return CertificateCheck(
            False,
            number,
            translate("errors", QT_TRANSLATE_NOOP("errors", "本数据库中没有与证明相符的销毁记录")),
        )
    return CertificateCheck(
        True,
        number,
        translate(
            "errors",
            QT_TRANSLATE_NOOP("errors", "真实：{number}，{on} 销毁 {n} 项，未能销毁 {f} 项"),
        ).format(number=number, on=on, n=destroyed, f=failed),
    )


# --- legal holds ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoldRow:
    id: int
    entity_type: str
    entity_id: int
    reason: str
    placed_by: str
    placed_at: datetime
    lifted_by: str
    lifted_at: datetime | None
    lift_reason: str


HOLDABLE = ("carrier", "secret")


def place_hold(uow: UnitOfWork, entity_type: str, entity_id: int, reason: str) -> int:
    """A legal hold on any record: nothing under it may be destroyed until it is lifted."""
    require(uow.actor, Permission.EDIT_DATA)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明保全的理由"))
    model = {"carrier": Carrier, "secret": Secret}.get(entity_type)
    if model is not None and uow.session.get(model, entity_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "要保全的记录不存在"))
    hold = LegalHold(
        entity_type=entity_type,
        entity_id=entity_id,
        reason=reason.strip(),
        placed_by=uow.actor.name,
    )
    uow.session.add(hold)
    uow.session.flush()
    uow.record(
        "legal_hold.place",
        HOLD_ENTITY,
        hold.id,
        after={"entity_type": entity_type, "entity_id": entity_id, "reason": hold.reason},
    )
    return hold.id


def lift_hold(uow: UnitOfWork, hold_id: int, reason: str) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    hold = uow.session.get(LegalHold, hold_id)
    if hold is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "保全记录不存在"))
    if hold.lifted_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该保全已经解除"))
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明解除保全的理由"))
    hold.lifted_at = datetime.now().replace(microsecond=0)
    hold.lifted_by = uow.actor.name
    hold.lift_reason = reason.strip()
    uow.record(
        "legal_hold.lift",
        HOLD_ENTITY,
        hold.id,
        before={"entity_type": hold.entity_type, "entity_id": hold.entity_id},
        after={"reason": hold.lift_reason},
    )


def holds_on(
    session: Session, entity_type: str, entity_id: int, include_lifted: bool = False
) -> list[HoldRow]:
    q = select(LegalHold).where(
        LegalHold.entity_type == entity_type, LegalHold.entity_id == entity_id
    )
    if not include_lifted:
        q = q.where(LegalHold.lifted_at.is_(None))
    return [
        HoldRow(
            h.id,
            h.entity_type,
            h.entity_id,
            h.reason,
            h.placed_by,
            h.placed_at,
            h.lifted_by,
            h.lifted_at,
            h.lift_reason,
        )
        for h in session.scalars(q.order_by(LegalHold.placed_at, LegalHold.id))
    ]


# --- reads ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchRow:
    id: int
    number: str
    status: DestructionStatus
    items: int
    requested_by: str
    requested_at: datetime
    approved_by: str
    executed_on: date | None


@dataclass(frozen=True)
class ItemRow:
    id: int
    position: int
    kind: DestructionItemKind
    carrier_id: int | None
    carrier_number: str
    secret_id: int | None
    secret_number: str
    title: str
    grade: str
    quantity: int
    pages: int | None
    reason: DestructionReason
    hold_note: str
    method_key: str | None
    method_label: str
    media_type: str
    media_serial: str
    tool: str
    verification: str
    result: DestructionResult
    failure: str


@dataclass(frozen=True)
class SupervisorRow:
    person_id: int
    number: str
    name: str
    operator: str
    confirmed_at: datetime | None


@dataclass(frozen=True)
class NoteRow:
    text: str
    written_by: str
    written_at: datetime


@dataclass(frozen=True)
class BatchView:
    row: BatchRow
    note: str
    place: str
    executor: str
    video_reference: str
    certificate_code: str
    items: list[ItemRow]
    supervisors: list[SupervisorRow]
    notes: list[NoteRow]


def _item_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    return dict(
        session.execute(
            select(DestructionItem.batch_id, func.count())
            .where(DestructionItem.batch_id.in_(ids))
            .group_by(DestructionItem.batch_id)
        ).all()
    )


def _row(batch: DestructionBatch, items: int) -> BatchRow:
    return BatchRow(
        batch.id,
        batch.number,
        batch.status,
        items,
        batch.requested_by,
        batch.requested_at,
        batch.approved_by,
        batch.executed_on,
    )


def _listed(status: DestructionStatus | None, search: str):
    q = select(DestructionBatch)
    if status is not None:
        q = q.where(DestructionBatch.status == status)
    text = search.strip()
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(
            or_(
                DestructionBatch.number.like(like, escape="\\"),
                DestructionBatch.note.like(like, escape="\\"),
                DestructionBatch.requested_by.like(like, escape="\\"),
                DestructionBatch.executor.like(like, escape="\\"),
            )
        )
    return q


def list_batches(
    session: Session, status: DestructionStatus | None = None, search: str = ""
) -> list[BatchRow]:
    batches = list(session.scalars(_listed(status, search).order_by(DestructionBatch.id.desc())))
    counts = _item_counts(session, [b.id for b in batches])
    return [_row(b, counts.get(b.id, 0)) for b in batches]


def count_batches(session: Session, status: DestructionStatus | None = None) -> int:
    q = select(func.count()).select_from(DestructionBatch)
    if status is not None:
        q = q.where(DestructionBatch.status == status)
    return session.execute(q).scalar_one()


def _item_row(session: Session, item: DestructionItem, grades: dict[int, Grade]) -> ItemRow:
    carrier = session.get(Carrier, item.carrier_id) if item.carrier_id else None
    secret = session.get(Secret, item.secret_id) if item.secret_id else None
    method = session.get(DestructionMethod, item.method_key) if item.method_key else None
    if carrier is not None:
        top, _ = carriers.derive(_secrets_of(session, carrier.id), grades)
        title, grade = carrier.title, top.name if top else ""
    elif secret is not None:
        grade = grades[secret.grade_id].name
        title = item.description or secret.subject
    else:
        title, grade = item.description, ""
    return ItemRow(
        id=item.id,
        position=item.position,
        kind=item.kind,
        carrier_id=item.carrier_id,
        carrier_number=carrier.number if carrier else "",
        secret_id=item.secret_id,
        secret_number=secret.number if secret else "",
        title=title,
        grade=grade,
        quantity=item.quantity,
        pages=item.pages,
        reason=item.reason,
        hold_note=item.hold_note,
        method_key=item.method_key,
        method_label=method.label if method else "",
        media_type=item.media_type,
        media_serial=item.media_serial,
        tool=item.tool,
        verification=item.verification,
        result=item.result,
        failure=item.failure,
    )


def get_batch(session: Session, batch_id: int) -> BatchView:
    batch = _batch(session, batch_id)
    items = _items(session, batch_id)
    grades = carriers.grades_by_id(session)
    sups = session.execute(
        select(DestructionSupervisor, Person)
        .join(Person, Person.id == DestructionSupervisor.person_id)
        .where(DestructionSupervisor.batch_id == batch_id)
        .order_by(Person.number)
    ).all()
    notes = session.scalars(
        select(DestructionNote)
        .where(DestructionNote.batch_id == batch_id)
        .order_by(DestructionNote.written_at, DestructionNote.id)
    )
    return BatchView(
        row=_row(batch, len(items)),
        note=batch.note,
        place=batch.place,
        executor=batch.executor,
        video_reference=batch.video_reference,
        certificate_code=batch.certificate_code,
        items=[_item_row(session, i, grades) for i in items],
        supervisors=[
            SupervisorRow(p.id, p.number, p.name, s.operator, s.confirmed_at) for s, p in sups
        ],
        notes=[NoteRow(n.text, n.written_by, n.written_at) for n in notes],
    )


def by_number(session: Session, number: str) -> BatchView:
    batch_id = session.scalar(
        select(DestructionBatch.id).where(DestructionBatch.number == number.strip())
    )
    if batch_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的销毁记录"), number=number
        )
    return get_batch(session, batch_id)


# --- the method catalogue ---------------------------------------------------------------------


@dataclass(frozen=True)
class MethodRow:
    key: str
    label: str
    applies_to: str
    sanitization: str
    level: str
    active: bool


APPLIES_TO = ("paper", "media", "data", "any")
SANITIZATION = ("clear", "purge", "destroy")  # NIST SP 800-88


def methods(
    session: Session, applies_to: str | None = None, active_only: bool = True
) -> list[MethodRow]:
    q = select(DestructionMethod)
    if applies_to is not None:
        q = q.where(DestructionMethod.applies_to.in_((applies_to, "any")))
    if active_only:
        q = q.where(DestructionMethod.active.is_(True))
    return [
        MethodRow(m.key, m.label, m.applies_to, m.sanitization, m.level, m.active)
        for m in session.scalars(q.order_by(DestructionMethod.sort_order, DestructionMethod.key))
    ]


def save_method(
    uow: UnitOfWork,
    key: str,
    label: str,
    applies_to: str,
    sanitization: str,
    level: str,
    active: bool,
) -> None:
    """Add or change a method of the catalogue (never deleted: old records name it)."""
    require(uow.actor, Permission.EDIT_SETTINGS)
    key, label, level = key.strip(), label.strip(), level.strip()
    if not key or not label:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写方法的代码和名称"))
    if applies_to not in APPLIES_TO or sanitization not in SANITIZATION:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "方法的适用对象或处理类别无效"))
    if level and not _level_number(level):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "粉碎级别应写作 P-4 这样的形式"))
    method = uow.session.get(DestructionMethod, key)
    before = (
        None
        if method is None
        else {
            "label": method.label,
            "applies_to": method.applies_to,
            "sanitization": method.sanitization,
            "level": method.level,
            "active": method.active,
        }
    )
    if method is None:
        order = uow.session.scalar(select(func.max(DestructionMethod.sort_order))) or 0
        method = DestructionMethod(key=key, sort_order=order + 1)
        uow.session.add(method)
    method.label, method.applies_to, method.sanitization = label, applies_to, sanitization
    method.level, method.active = level, active
    uow.session.flush()
    uow.record(
        "destruction.method_save",
        "destruction_method",
        key,
        before=before,
        after={
            "label": label,
            "applies_to": applies_to,
            "sanitization": sanitization,
            "level": level,
            "active": active,
        },
    )
