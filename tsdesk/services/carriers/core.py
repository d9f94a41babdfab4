"""A carrier: its labels, registering and editing it, its lifecycle (`TRANSITIONS`, lost, found,
destroyed), its derived grade and term, the list, and the carriers' reminders.

003 §3.4, §7.4, §9.2.1."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, Problem, ValidationError, raise_first
from tsdesk.models import (
    Area,
    Carrier,
    CarrierKind,
    CarrierSecret,
    CarrierStatus,
    Department,
    Grade,
    LabelIssue,
    Movement,
    MovementKind,
    Person,
    Seal,
    SealReason,
    Secret,
    SecretStatus,
    TermKind,
)
from tsdesk.services import lookup, reminders, settings
from tsdesk.services.audit_text import Labels
from tsdesk.services.lookup import found
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register import LONG_TERM_LABEL
from tsdesk.services.register.searching import _STATUS_NO_INDEX, search_condition
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import UnitOfWork

KIND_LABELS: dict[CarrierKind, str] = {
    CarrierKind.PAPER: QT_TRANSLATE_NOOP("carriers", "纸质资料"),
    CarrierKind.STORAGE: QT_TRANSLATE_NOOP("carriers", "存储设备"),
    CarrierKind.SYSTEM: QT_TRANSLATE_NOOP("carriers", "信息系统"),
    CarrierKind.SAMPLE: QT_TRANSLATE_NOOP("carriers", "样品"),
    CarrierKind.MATERIAL: QT_TRANSLATE_NOOP("carriers", "原材料/半成品"),
    CarrierKind.OTHER: QT_TRANSLATE_NOOP("carriers", "其他"),
}
STATUS_LABELS: dict[CarrierStatus, str] = {
    CarrierStatus.IN_STORE: QT_TRANSLATE_NOOP("carriers", "在库"),
    CarrierStatus.LENT: QT_TRANSLATE_NOOP("carriers", "借出"),
    CarrierStatus.OUT_FOR_REPAIR: QT_TRANSLATE_NOOP("carriers", "送外维修"),
    CarrierStatus.SEALED: QT_TRANSLATE_NOOP("carriers", "封存"),
    CarrierStatus.LOST: QT_TRANSLATE_NOOP("carriers", "遗失"),
    CarrierStatus.DESTROYED: QT_TRANSLATE_NOOP("carriers", "已销毁"),
}
MOVEMENT_LABELS: dict[MovementKind, str] = {
    MovementKind.BORROW: QT_TRANSLATE_NOOP("carriers", "借阅"),
    MovementKind.CONSULT: QT_TRANSLATE_NOOP("carriers", "查阅"),
    MovementKind.COPY: QT_TRANSLATE_NOOP("carriers", "复制"),
    MovementKind.REPAIR: QT_TRANSLATE_NOOP("carriers", "送外维修"),
    MovementKind.TRANSFER: QT_TRANSLATE_NOOP("carriers", "移交保管"),
    MovementKind.RETURN: QT_TRANSLATE_NOOP("carriers", "归还"),
}
# 003 §7.3.1 a–c
SEAL_REASON_LABELS: dict[SealReason, str] = {
    SealReason.STABLE: QT_TRANSLATE_NOOP(
        "carriers", "a) 所存储的商业秘密名称、内容等不再变化，且将长期发挥作用"
    ),
    SealReason.EVIDENCE: QT_TRANSLATE_NOOP("carriers", "b) 可能作为商业秘密权利人的重要证据"),
    SealReason.OTHER: QT_TRANSLATE_NOOP("carriers", "c) 企业认为有必要进行封存的其他载体"),
}
# What the audit chain calls each change of a carrier (context "audit", as the audit page's).
ACTION_LABELS: dict[str, str] = {
    "carrier.register": QT_TRANSLATE_NOOP("audit", "登记载体"),
    "carrier.update": QT_TRANSLATE_NOOP("audit", "修改载体"),
    "carrier.link": QT_TRANSLATE_NOOP("audit", "关联商业秘密"),
    "carrier.unlink": QT_TRANSLATE_NOOP("audit", "取消关联商业秘密"),
    "carrier.copy": QT_TRANSLATE_NOOP("audit", "登记复制件"),
    "carrier.lost": QT_TRANSLATE_NOOP("audit", "登记遗失"),
    "carrier.superseded": QT_TRANSLATE_NOOP("audit", "标记为已被替代"),
    "carrier.found": QT_TRANSLATE_NOOP("audit", "登记找回"),
    "carrier.destroyed": QT_TRANSLATE_NOOP("audit", "登记销毁"),
    "movement.borrow": QT_TRANSLATE_NOOP("audit", "借阅"),
    "movement.consult": QT_TRANSLATE_NOOP("audit", "查阅"),
    "movement.copy": QT_TRANSLATE_NOOP("audit", "复制"),
    "movement.repair": QT_TRANSLATE_NOOP("audit", "送外维修"),
    "movement.transfer": QT_TRANSLATE_NOOP("audit", "移交保管"),
    "movement.return": QT_TRANSLATE_NOOP("audit", "归还"),
    "seal.seal": QT_TRANSLATE_NOOP("audit", "封存"),
    "seal.check": QT_TRANSLATE_NOOP("audit", "封存检查"),
    "seal.unseal": QT_TRANSLATE_NOOP("audit", "启封"),
}
# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    entities={
        "carrier": QT_TRANSLATE_NOOP("audit", "涉密载体"),
    },
    fields={
        "number": QT_TRANSLATE_NOOP("audit", "编号"),
        "kind": QT_TRANSLATE_NOOP("audit", "载体类型"),
        "title": QT_TRANSLATE_NOOP("audit", "名称"),
        "description": QT_TRANSLATE_NOOP("audit", "说明"),
        "device_detail": QT_TRANSLATE_NOOP("audit", "设备信息"),
        "custodian_id": QT_TRANSLATE_NOOP("audit", "保管人"),
        "area_id": QT_TRANSLATE_NOOP("audit", "涉密区域"),
        "location": QT_TRANSLATE_NOOP("audit", "存放位置"),
        "status": QT_TRANSLATE_NOOP("audit", "状态"),
        "superseded_on": QT_TRANSLATE_NOOP("audit", "被替代日期"),
        "secret_ids": QT_TRANSLATE_NOOP("audit", "所载商业秘密"),
        "copied_from": QT_TRANSLATE_NOOP("audit", "复制自"),
        "approved_by": QT_TRANSLATE_NOOP("audit", "审批人"),
        "content": QT_TRANSLATE_NOOP("audit", "内容"),
        "device": QT_TRANSLATE_NOOP("audit", "设备"),
        "due_on": QT_TRANSLATE_NOOP("audit", "应还日期"),
        "media_removed": QT_TRANSLATE_NOOP("audit", "已取出存储介质"),
        "person_id": QT_TRANSLATE_NOOP("audit", "经办/使用人"),
        "purpose": QT_TRANSLATE_NOOP("audit", "用途"),
        "started_on": QT_TRANSLATE_NOOP("audit", "开始日期"),
        "copy": QT_TRANSLATE_NOOP("audit", "复制件"),
        "custodian": QT_TRANSLATE_NOOP("audit", "保管人变更"),
        "note": QT_TRANSLATE_NOOP("audit", "备注"),
        "on": QT_TRANSLATE_NOOP("audit", "日期"),
        "reference": QT_TRANSLATE_NOOP("audit", "销毁记录"),
        "secret": QT_TRANSLATE_NOOP("audit", "商业秘密"),
        "checked_on": QT_TRANSLATE_NOOP("audit", "检查日期"),
        "intact": QT_TRANSLATE_NOOP("audit", "封存完好"),
        "next_check": QT_TRANSLATE_NOOP("audit", "下次检查"),
        "place": QT_TRANSLATE_NOOP("audit", "封存地点"),
        "reason": QT_TRANSLATE_NOOP("audit", "封存理由"),
        "reason_note": QT_TRANSLATE_NOOP("audit", "说明"),
        "seal_number": QT_TRANSLATE_NOOP("audit", "封条编号"),
        "sealed_on": QT_TRANSLATE_NOOP("audit", "封存日期"),
        "check_interval_days": QT_TRANSLATE_NOOP("audit", "检查间隔（天）"),
        "unsealed_on": QT_TRANSLATE_NOOP("audit", "启封日期"),
    },
    actions={
        **ACTION_LABELS,
        "carrier": QT_TRANSLATE_NOOP("audit", "涉密载体"),
        "movement": QT_TRANSLATE_NOOP("audit", "载体流转"),
        "seal": QT_TRANSLATE_NOOP("audit", "封存"),
    },
    values={
        "kind": ("carriers", KIND_LABELS),
        "status": ("carriers", STATUS_LABELS),
        "reason": ("carriers", SEAL_REASON_LABELS),
    },
    refs={
        "custodian_id": "person",
        "area_id": "area",
        "secret_ids": "secret",
        "approved_by": "login",
        "person_id": "person",
        "custodian": "person",
    },
    quiet=frozenset({"movement", "closes", "seal", "check"}),
)

LIVE_SECRET = (SecretStatus.PROPOSED, SecretStatus.CONFIRMED)

# --- the lifecycle -------------------------------------------------------------------------

# 003 §7.3, §8.3, §9.1.2: where a carrier may go from each status. DESTROYED is final and is
# reached only through `mark_destroyed` (the destruction module's door).
TRANSITIONS: dict[CarrierStatus, frozenset[CarrierStatus]] = {
    CarrierStatus.IN_STORE: frozenset(
        {
            CarrierStatus.LENT,
            CarrierStatus.OUT_FOR_REPAIR,
            CarrierStatus.SEALED,
            CarrierStatus.LOST,
            CarrierStatus.DESTROYED,
        }
    ),
    CarrierStatus.LENT: frozenset({CarrierStatus.IN_STORE, CarrierStatus.LOST}),
    CarrierStatus.OUT_FOR_REPAIR: frozenset({CarrierStatus.IN_STORE, CarrierStatus.LOST}),
    CarrierStatus.SEALED: frozenset(
        {CarrierStatus.IN_STORE, CarrierStatus.LOST, CarrierStatus.DESTROYED}
    ),
    CarrierStatus.LOST: frozenset({CarrierStatus.IN_STORE}),  # found again
    CarrierStatus.DESTROYED: frozenset(),
}


def can_go(status: CarrierStatus, to: CarrierStatus) -> bool:
    return to in TRANSITIONS[status]


def _transition(carrier: Carrier, to: CarrierStatus) -> None:
    if not can_go(carrier.status, to):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "载体当前状态为“{now}”，不能变为“{to}”"),
            now=STATUS_LABELS[carrier.status],
            to=STATUS_LABELS[to],
        )
    carrier.status = to


# --- input and derived facts ---------------------------------------------------------------


@dataclass
class CarrierInput:
    kind: CarrierKind
    title: str
    secret_ids: list[int]
    description: str = ""
    device_detail: str = ""
    custodian_id: int | None = None
    area_id: int | None = None
    location: str = ""


@dataclass(frozen=True)
class Term:
    kind: TermKind
    until: date | None = None
    event: str = ""

    @property
    def text(self) -> str:
        if self.kind == TermKind.LONG_TERM:
            return LONG_TERM_LABEL
        if self.kind == TermKind.UNTIL_DATE and self.until:
            return self.until.isoformat()
        return self.event

    def expired(self, today: date | None = None) -> bool:
        return (
            self.kind == TermKind.UNTIL_DATE
            and self.until is not None
            and self.until < (today or date.today())
        )


@dataclass(frozen=True)
class CarrierBasics:
    """What every view of a carrier shows: its own fields and the grade and term derived
    from its secrets (`_derived` fills them, for CarrierFacts and CarrierRow alike)."""

    id: int
    number: str
    title: str
    kind: CarrierKind
    status: CarrierStatus
    grade: str  # name of the highest grade among its secrets
    grade_rank: int
    term: Term


@dataclass(frozen=True)
class CarrierFacts(CarrierBasics):
    """What a carrier's label and page show (003 §9.2.1: 编号, 保密等级, 保密期限, 责任单位)."""

    responsible_unit: str  # department
    responsible_person: str  # custodian
    secret_numbers: list[str] = field(default_factory=list)


def latest_term(terms: list[Term]) -> Term:
    """长期 outlasts any date; a date outlasts an event we cannot place; later dates win."""
    if any(t.kind == TermKind.LONG_TERM for t in terms):
        return Term(TermKind.LONG_TERM)
    dated = [(t.until, t) for t in terms if t.kind == TermKind.UNTIL_DATE and t.until]
    if dated:
        return max(dated, key=lambda pair: pair[0])[1]
    events = [t.event for t in terms if t.kind == TermKind.UNTIL_EVENT and t.event]
    return (
        Term(TermKind.UNTIL_EVENT, event="；".join(events)) if events else Term(TermKind.LONG_TERM)
    )


def derive(secrets: list[Secret], grades: dict[int, Grade]) -> tuple[Grade | None, Term]:
    """The carrier's grade (highest of its secrets') and term (latest of theirs)."""
    top = min((grades[s.grade_id] for s in secrets), key=lambda g: g.rank, default=None)
    return top, latest_term([Term(s.term_kind, s.term_until, s.term_event) for s in secrets])


def _derived(
    carrier: Carrier, secrets: list[Secret], grades: dict[int, Grade]
) -> tuple[Grade | None, dict]:
    """The fields CarrierFacts and CarrierRow share: the carrier's own, and the grade and
    term derived from its secrets. Returns the top grade too."""
    top, term = derive(secrets, grades)
    return top, {
        "id": carrier.id,
        "number": carrier.number,
        "title": carrier.title,
        "kind": carrier.kind,
        "status": carrier.status,
        "grade": top.name if top else "",
        "grade_rank": top.rank if top else 99,
        "term": term,
    }


def grades_by_id(session: Session) -> dict[int, Grade]:
    return {g.id: g for g in session.scalars(select(Grade))}


def check_input(
    session: Session, inp: CarrierInput, *, already_linked: frozenset[int] = frozenset()
) -> list[Problem]:
    """Every problem of a carrier as entered. Secrets already linked may stay linked after
    they end (declassified …); a new link must be to a live secret."""
    problems: list[Problem] = []
    if not isinstance(inp.kind, CarrierKind):
        problems.append(Problem("kind", QT_TRANSLATE_NOOP("errors", "载体类型无效")))
    if not inp.title.strip():
        problems.append(Problem("title", QT_TRANSLATE_NOOP("errors", "载体名称不能为空")))
    elif len(inp.title.strip()) > 200:
        problems.append(
            Problem("title", QT_TRANSLATE_NOOP("errors", "载体名称过长（最多 200 个字符）"))
        )
    if not inp.secret_ids:
        problems.append(
            Problem("secret_ids", QT_TRANSLATE_NOOP("errors", "载体须关联至少一项商业秘密"))
        )
    for secret_id in inp.secret_ids:
        secret = session.get(Secret, secret_id)
        if secret is None or (secret.status not in LIVE_SECRET and secret_id not in already_linked):
            problems.append(
                Problem("secret_ids", QT_TRANSLATE_NOOP("errors", "关联的商业秘密不存在或已结束"))
            )
            break
    if inp.custodian_id is not None and session.get(Person, inp.custodian_id) is None:
        problems.append(Problem("custodian_id", QT_TRANSLATE_NOOP("errors", "保管人不存在")))
    if inp.area_id is not None:
        area = session.get(Area, inp.area_id)
        if area is None or not area.active:
            problems.append(
                Problem("area_id", QT_TRANSLATE_NOOP("errors", "涉密区域不存在或已停用"))
            )
    if len(inp.location.strip()) > 200 or len(inp.device_detail.strip()) > 200:
        problems.append(Problem("location", QT_TRANSLATE_NOOP("errors", "位置或设备信息过长")))
    return problems


def snapshot(carrier: Carrier, secret_ids: list[int]) -> dict:
    """What the audit chain records of a carrier."""
    return {
        "number": carrier.number,
        "kind": carrier.kind.value,
        "title": carrier.title,
        "description": carrier.description,
        "device_detail": carrier.device_detail,
        "custodian_id": carrier.custodian_id,
        "area_id": carrier.area_id,
        "location": carrier.location,
        "status": carrier.status.value,
        "secret_ids": sorted(secret_ids),
    }


def _record(uow: UnitOfWork, action: str, carrier_id: int, **values) -> None:
    uow.record(action, "carrier", carrier_id, **values)


# --- registering and editing ---------------------------------------------------------------


def register_carrier(uow: UnitOfWork, inp: CarrierInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    raise_first(check_input(session, inp))
    number = next_number(
        uow,
        "carrier",
        settings.get(uow.session, "carrier_number_pattern"),
        lambda n: session.scalar(select(Carrier.id).where(Carrier.number == n)) is not None,
    )
    carrier = Carrier(
        number=number,
        kind=inp.kind,
        title=inp.title.strip(),
        description=inp.description.strip(),
        device_detail=inp.device_detail.strip(),
        custodian_id=inp.custodian_id,
        area_id=inp.area_id,
        location=inp.location.strip(),
        status=CarrierStatus.IN_STORE,
        created_by=uow.actor.name,
    )
    session.add(carrier)
    session.flush()
    for secret_id in dict.fromkeys(inp.secret_ids):
        session.add(CarrierSecret(carrier_id=carrier.id, secret_id=secret_id))
    session.flush()
    _record(uow, "carrier.register", carrier.id, after=snapshot(carrier, inp.secret_ids))
    return carrier.id


def _editable(carrier: Carrier) -> None:
    if carrier.status == CarrierStatus.DESTROYED:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已销毁的载体不能再修改"))


def update(uow: UnitOfWork, carrier_id: int, inp: CarrierInput) -> None:
    """Edit what a carrier is and where it is kept; its number, status and the derived grade
    and term are not edited here. `inp.secret_ids` replaces the links."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    carrier = get(session, carrier_id)
    _editable(carrier)
    linked = frozenset(secret_ids_of(session, carrier_id))
    raise_first(check_input(session, inp, already_linked=linked))
    before = snapshot(carrier, list(linked))
    carrier.kind = inp.kind
    carrier.title = inp.title.strip()
    carrier.description = inp.description.strip()
    carrier.device_detail = inp.device_detail.strip()
    carrier.custodian_id = inp.custodian_id
    carrier.area_id = inp.area_id
    carrier.location = inp.location.strip()
    wanted = list(dict.fromkeys(inp.secret_ids))
    for link in session.scalars(
        select(CarrierSecret).where(CarrierSecret.carrier_id == carrier_id)
    ):
        if link.secret_id not in wanted:
            session.delete(link)
    for secret_id in wanted:
        if secret_id not in linked:
            session.add(CarrierSecret(carrier_id=carrier_id, secret_id=secret_id))
    session.flush()
    after = snapshot(carrier, wanted)
    if after != before:
        _record(uow, "carrier.update", carrier_id, before=before, after=after)


def link_secret(uow: UnitOfWork, carrier_id: int, secret_id: int) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    carrier = get(uow.session, carrier_id)
    _editable(carrier)
    secret = uow.session.get(Secret, secret_id)
    if secret is None or secret.status not in LIVE_SECRET:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "关联的商业秘密不存在或已结束"))
    if secret_id in secret_ids_of(uow.session, carrier_id):
        return
    uow.session.add(CarrierSecret(carrier_id=carrier_id, secret_id=secret_id))
    uow.session.flush()
    # The whole list too: `audit verify` replays it (audit_replay).
    linked = sorted(secret_ids_of(uow.session, carrier_id))
    _record(uow, "carrier.link", carrier_id, after={"secret": secret.number, "secret_ids": linked})


def unlink_secret(uow: UnitOfWork, carrier_id: int, secret_id: int) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    carrier = get(uow.session, carrier_id)
    _editable(carrier)
    link = found(
        uow.session.get(CarrierSecret, (carrier_id, secret_id)),
        QT_TRANSLATE_NOOP("errors", "该载体未关联此商业秘密"),
    )
    if len(secret_ids_of(uow.session, carrier_id)) == 1:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "载体须关联至少一项商业秘密"))
    secret = found(
        uow.session.get(Secret, secret_id), QT_TRANSLATE_NOOP("errors", "商业秘密不存在")
    )
    number = secret.number
    uow.session.delete(link)
    uow.session.flush()
    _record(
        uow,
        "carrier.unlink",
        carrier_id,
        before={"secret": number},
        after={"secret_ids": sorted(secret_ids_of(uow.session, carrier_id))},
    )


# --- reading -------------------------------------------------------------------------------


def get(session: Session, carrier_id: int) -> Carrier:
    return found(session.get(Carrier, carrier_id), QT_TRANSLATE_NOOP("errors", "载体不存在"))


def by_number(session: Session, number: str) -> Carrier:
    return lookup.by_number(
        session, Carrier, number, QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的载体")
    )


def find_number(session: Session, number: str) -> int | None:
    """The id of the carrier with this number, or None."""
    return session.scalar(select(Carrier.id).where(Carrier.number == number.strip()))


def secrets_of(session: Session, carrier_id: int) -> list[Secret]:
    q = (
        select(Secret)
        .join(CarrierSecret, CarrierSecret.secret_id == Secret.id)
        .where(CarrierSecret.carrier_id == carrier_id)
        .order_by(Secret.number)
    )
    return list(session.scalars(q))


@dataclass(frozen=True)
class SecretChoice:
    """A secret a carrier may be linked to, as the picker lists it."""

    id: int
    number: str
    subject: str
    grade: str
    live: bool


def _choices(session: Session, q: Select) -> list[SecretChoice]:
    grades = grades_by_id(session)
    return [
        SecretChoice(s.id, s.number, s.subject, grades[s.grade_id].name, s.status in LIVE_SECRET)
        for s in session.scalars(q)
    ]


def linkable_secrets(
    session: Session,
    keep: frozenset[int] = frozenset(),
    *,
    search: str = "",
    limit: int | None = None,
) -> list[SecretChoice]:
    """Live secrets, plus those in `keep` (already linked, even if ended since), by number;
    with `search`, those the register search finds or whose grade's name holds it, the
    first `limit` of them (a picker shows the first hits, not the whole register)."""
    live = _STATUS_NO_INDEX.in_(LIVE_SECRET)  # the number order drives; status is checked
    q = select(Secret).where(or_(live, Secret.id.in_(keep)) if keep else live)
    if query := search.strip():
        found = search_condition(session, query, limit)
        # a grade's name ("一级") only when one holds it: an OR would read every row
        graded = list(session.scalars(select(Grade.id).where(Grade.name.contains(query))))
        q = q.where(or_(found, Secret.grade_id.in_(graded)) if graded else found)
    q = q.order_by(Secret.number)
    return _choices(session, q if limit is None else q.limit(limit))


def secret_choices(session: Session, ids: frozenset[int] | set[int]) -> list[SecretChoice]:
    """The given secrets as a picker lists them (any status), by number."""
    return _choices(session, select(Secret).where(Secret.id.in_(ids)).order_by(Secret.number))


def secret_ids_of(session: Session, carrier_id: int) -> list[int]:
    return list(
        session.scalars(
            select(CarrierSecret.secret_id).where(CarrierSecret.carrier_id == carrier_id)
        )
    )


def copy_numbers(session: Session, carrier_id: int) -> list[str]:
    """The numbers of an original's registered copies, in order."""
    return list(
        session.scalars(
            select(Carrier.number)
            .where(Carrier.original_id == carrier_id)
            .order_by(Carrier.copy_number)
        )
    )


def facts(session: Session, carrier_id: int) -> CarrierFacts:
    return facts_many(session, [carrier_id])[0]


def _secrets_by_carrier(session: Session, carrier_ids: list[int]) -> dict[int, list[Secret]]:
    """The secrets each of these carriers records, by number, in one query."""
    secrets: dict[int, list[Secret]] = {i: [] for i in carrier_ids}
    for carrier_id, secret in session.execute(
        select(CarrierSecret.carrier_id, Secret)
        .join(Secret, Secret.id == CarrierSecret.secret_id)
        .where(CarrierSecret.carrier_id.in_(carrier_ids))
        .order_by(Secret.number)
    ):
        secrets[carrier_id].append(secret)
    return secrets


def facts_many(session: Session, carrier_ids: list[int]) -> list[CarrierFacts]:
    """`facts` for a batch (labels print thousands): a fixed handful of queries, not two per
    carrier. The responsible unit is the custodian's department, else that of the secret
    that sets the grade."""
    if not carrier_ids:
        return []
    found = {c.id: c for c in session.scalars(select(Carrier).where(Carrier.id.in_(carrier_ids)))}
    if len(found) != len(set(carrier_ids)):
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "载体不存在"))
    secrets = _secrets_by_carrier(session, carrier_ids)
    custodian_ids = {c.custodian_id for c in found.values() if c.custodian_id}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(custodian_ids)))}
    departments = {d.id: d.name for d in session.scalars(select(Department))}
    grades = grades_by_id(session)
    result = []
    for carrier_id in carrier_ids:
        carrier, linked = found[carrier_id], secrets[carrier_id]
        top, shared = _derived(carrier, linked, grades)
        custodian = people.get(carrier.custodian_id) if carrier.custodian_id is not None else None
        top_secret = next((s for s in linked if top and s.grade_id == top.id), None)
        department_id = (custodian.department_id if custodian else None) or (
            top_secret.department_id if top_secret else None
        )
        result.append(
            CarrierFacts(
                **shared,
                responsible_unit=departments.get(department_id, "")
                if department_id is not None
                else "",
                responsible_person=custodian.name if custodian else "",
                secret_numbers=[s.number for s in linked],
            )
        )
    return result


def secrets_void(secrets: list[Secret]) -> bool:
    """Every secret the carrier records is void or destroyed: the carrier should not exist."""
    return bool(secrets) and all(
        s.status in (SecretStatus.VOID, SecretStatus.DESTROYED) for s in secrets
    )


@dataclass(frozen=True)
class CarrierFilter:
    kind: CarrierKind | None = None
    status: CarrierStatus | None = None
    area_id: int | None = None
    overdue: bool = False  # only carriers with an overdue open movement
    check_due: bool = False  # only sealed carriers whose periodic check is due
    unlabelled: bool = False  # kept carriers whose label has never been printed
    search: str = ""  # number, title, location, device or custodian's name


@dataclass(frozen=True)
class CarrierRow(CarrierBasics):
    """One line of the carrier list."""

    custodian: str
    area: str
    location: str
    overdue: bool


def _overdue_clause(today: date):
    return exists().where(
        Movement.carrier_id == Carrier.id,
        Movement.closed_on.is_(None),
        Movement.due_on.is_not(None),
        Movement.due_on < today,
    )


_OUT = (CarrierStatus.LENT, CarrierStatus.OUT_FOR_REPAIR)
# Carriers that should wear a label: all but the lost and the destroyed.
_LABELLED = (
    CarrierStatus.IN_STORE,
    CarrierStatus.LENT,
    CarrierStatus.OUT_FOR_REPAIR,
    CarrierStatus.SEALED,
)


def _filtered(f: CarrierFilter, today: date) -> Select:
    q = select(Carrier.id)
    if f.kind is not None:
        q = q.where(Carrier.kind == f.kind)
    if f.status is not None:
        q = q.where(Carrier.status == f.status)
    if f.area_id is not None:
        q = q.where(Carrier.area_id == f.area_id)
    if f.overdue:
        # Only a lent or repaired carrier has an open movement (returning or losing it closes
        # the movement): the status index finds those few instead of testing every carrier.
        q = q.where(Carrier.status.in_(_OUT), _overdue_clause(today))
    if f.check_due:
        # The few seals due, read once, rather than a test per carrier.
        q = q.where(
            Carrier.id.in_(
                select(Seal.carrier_id).where(Seal.unsealed_on.is_(None), Seal.next_check <= today)
            )
        )
    if f.unlabelled:
        q = q.where(
            Carrier.status.in_(_LABELLED),
            ~exists().where(LabelIssue.carrier_id == Carrier.id, LabelIssue.issued > 0),
        )
    text = f.search.strip()
    if text:
        custodian = aliased(Person)  # joined only when searched: counts stay on the indexes
        q = q.outerjoin(custodian, custodian.id == Carrier.custodian_id)
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(
            or_(
                *(
                    column.like(like, escape="\\")
                    for column in (
                        Carrier.number,
                        Carrier.title,
                        Carrier.location,
                        Carrier.device_detail,
                        custodian.name,
                    )
                )
            )
        )
    return q


def count_carriers(session: Session, f: CarrierFilter, today: date | None = None) -> int:
    q = _filtered(f, today or date.today())
    return session.execute(select(func.count()).select_from(q.subquery())).scalar_one()


def count_unlabelled(session: Session) -> int:
    """`count_carriers(CarrierFilter(unlabelled=True))` without testing every carrier: the
    kept carriers (status index) less the labels printed for kept ones — all labels less
    those of the few lost or destroyed carriers. 1.5 s → a few ms at 300,000 carriers."""
    kept = session.execute(select(func.count()).where(Carrier.status.in_(_LABELLED))).scalar_one()
    printed = session.execute(select(func.count()).where(LabelIssue.issued > 0)).scalar_one()
    gone = session.execute(
        select(func.count())
        .select_from(Carrier)
        .join(LabelIssue, LabelIssue.carrier_id == Carrier.id)
        .where(
            Carrier.status.in_([s for s in CarrierStatus if s not in _LABELLED]),
            LabelIssue.issued > 0,
        )
    ).scalar_one()
    return kept - (printed - gone)


def carrier_rows(
    session: Session,
    f: CarrierFilter,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> list[CarrierRow]:
    """A page of the list, ordered by number, with grade and term derived in bulk."""
    today = today or date.today()
    ids = list(
        session.scalars(_filtered(f, today).order_by(Carrier.number).offset(offset).limit(limit))
    )
    return rows_for(session, ids, today)


def rows_for(session: Session, ids: list[int], today: date | None = None) -> list[CarrierRow]:
    """List rows for these carriers, in the given order (three queries, whatever the count)."""
    if not ids:
        return []
    today = today or date.today()
    custodian = aliased(Person)
    q = (
        select(Carrier, custodian.name, Area.name, _overdue_clause(today))
        .outerjoin(custodian, custodian.id == Carrier.custodian_id)
        .outerjoin(Area, Area.id == Carrier.area_id)
        .where(Carrier.id.in_(ids))
    )
    found = {c.id: (c, who, area, late) for c, who, area, late in session.execute(q)}
    secrets = _secrets_by_carrier(session, ids)
    grades = grades_by_id(session)
    rows = []
    for carrier_id in ids:
        carrier, who, area, late = found[carrier_id]
        _, shared = _derived(carrier, secrets[carrier_id], grades)
        rows.append(
            CarrierRow(
                **shared,
                custodian=who or "",
                area=area or "",
                location=carrier.location,
                overdue=bool(late),
            )
        )
    return rows


def open_movement(session: Session, carrier_id: int) -> Movement | None:
    return session.scalar(
        select(Movement)
        .where(Movement.carrier_id == carrier_id, Movement.closed_on.is_(None))
        .order_by(Movement.id.desc())
        .limit(1)
    )


# --- lost, found, destroyed ----------------------------------------------------------------


def mark_lost(uow: UnitOfWork, carrier_id: int, note: str, on: date | None = None) -> None:
    """遗失: the carrier is recorded as lost; an open movement ends with it."""
    require(uow.actor, Permission.EDIT_DATA)
    if not note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明遗失情况"))
    carrier = get(uow.session, carrier_id)
    before = carrier.status.value
    _transition(carrier, CarrierStatus.LOST)
    current = open_movement(uow.session, carrier_id)
    if current is not None:
        current.closed_on = on or date.today()
        current.note = (current.note + "\n" if current.note else "") + "遗失：" + note.strip()
    uow.session.flush()
    _record(
        uow,
        "carrier.lost",
        carrier_id,
        before={"status": before},
        after={"status": carrier.status.value, "note": note.strip(), "on": on or date.today()},
    )


def mark_superseded(uow: UnitOfWork, carrier_id: int, note: str, on: date | None = None) -> None:
    """已被替代: a newer version or copy replaced this one, which is now to be destroyed (or
    kept on purpose); the destruction page lists it until it is."""
    require(uow.actor, Permission.EDIT_DATA)
    if not note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明被哪一份替代"))
    carrier = get(uow.session, carrier_id)
    if carrier.status in (CarrierStatus.DESTROYED, CarrierStatus.LOST):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已销毁或遗失的载体不能标记为已被替代"))
    if carrier.superseded_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该载体已标记为已被替代"))
    carrier.superseded_on = on or date.today()
    _record(
        uow,
        "carrier.superseded",
        carrier_id,
        after={"superseded_on": carrier.superseded_on, "note": note.strip()},
    )


def mark_found(uow: UnitOfWork, carrier_id: int, note: str) -> None:
    """找回: a lost carrier is back in store."""
    require(uow.actor, Permission.EDIT_DATA)
    carrier = get(uow.session, carrier_id)
    if carrier.status != CarrierStatus.LOST:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "只有遗失的载体才能登记找回"))
    _transition(carrier, CarrierStatus.IN_STORE)
    uow.session.flush()
    _record(
        uow,
        "carrier.found",
        carrier_id,
        before={"status": CarrierStatus.LOST.value},
        after={"status": carrier.status.value, "note": note.strip()},
    )


def mark_destroyed(uow: UnitOfWork, carrier_id: int, reference: str) -> None:
    """已销毁: the destruction module's one door (003 §7.4). `reference` names its record."""
    require(uow.actor, Permission.EDIT_DATA)
    if not reference.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请注明销毁记录"))
    carrier = get(uow.session, carrier_id)
    before = carrier.status.value
    _transition(carrier, CarrierStatus.DESTROYED)
    seal_row = active_seal(uow.session, carrier_id)
    if seal_row is not None:
        seal_row.unsealed_on = date.today()
    uow.session.flush()
    _record(
        uow,
        "carrier.destroyed",
        carrier_id,
        before={"status": before},
        after={"status": carrier.status.value, "reference": reference.strip()},
    )


def active_seal(session: Session, carrier_id: int) -> Seal | None:
    return session.scalar(
        select(Seal).where(Seal.carrier_id == carrier_id, Seal.unsealed_on.is_(None)).limit(1)
    )


# --- reminders on the 工作台 ------------------------------------------------------------------


def _carrier_reminder(key: str, title: str, severity: Severity, f: CarrierFilter, **kw) -> None:
    reminders.register(
        Reminder(
            key=key,
            title=title,
            severity=severity,
            count=lambda session, today: count_carriers(session, f, today),
            page="carriers",
            filter={k: v.value if isinstance(v, enum.Enum) else v for k, v in _set_fields(f)},
            **kw,
        )
    )


def _set_fields(f: CarrierFilter) -> list[tuple[str, object]]:
    """The fields of a filter that differ from "all" (what the page is asked to set)."""
    default = CarrierFilter()
    return [
        (k, getattr(f, k)) for k in f.__dataclass_fields__ if getattr(f, k) != getattr(default, k)
    ]


_carrier_reminder(
    "carriers.overdue",
    QT_TRANSLATE_NOOP("reminders", "借出逾期未还"),
    Severity.OVERDUE,
    CarrierFilter(overdue=True),
    order=30,
)
_carrier_reminder(
    "carriers.lent",
    QT_TRANSLATE_NOOP("reminders", "借出在外"),
    Severity.INFO,
    CarrierFilter(status=CarrierStatus.LENT),
    order=31,
)
_carrier_reminder(
    "carriers.check_due",
    QT_TRANSLATE_NOOP("reminders", "封存检查到期"),
    Severity.DUE,
    CarrierFilter(check_due=True),
    hint=QT_TRANSLATE_NOOP("reminders", "封存的载体应按期检查封存状态。"),
    order=32,
)
_carrier_reminder(
    "carriers.lost",
    QT_TRANSLATE_NOOP("reminders", "遗失的载体"),
    Severity.OVERDUE,
    CarrierFilter(status=CarrierStatus.LOST),
    hint=QT_TRANSLATE_NOOP("reminders", "登记为遗失、尚未找回的载体。"),
    order=33,
)
