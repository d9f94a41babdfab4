"""Agreements and outside parties: entering, the status graph, the rules that need them.

An agreement *binds* on a day when its status is 生效中, it has become effective and has not
passed its end date (`binding_clause`, the one definition every query uses). Signing records
the date and, when the agreement is already effective that day, puts it in force at once; one
signed for a later start stays 已签署 until the officer marks it in force (a reminder counts
those whose day has come). Money is kept in fen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, Problem, ValidationError, raise_first
from tsdesk.models import (
    Agreement,
    AgreementCarrier,
    AgreementKind,
    AgreementSecret,
    AgreementStatus,
    Carrier,
    Grade,
    Knower,
    NoncompetePayment,
    Party,
    PartyKind,
    Person,
    PersonStatus,
    Secret,
    SecretStatus,
)
from tsdesk.services import settings
from tsdesk.services.lookup import found
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

KIND_LABELS: dict[AgreementKind, str] = {
    AgreementKind.NDA: QT_TRANSLATE_NOOP("agreements", "员工保密协议"),
    AgreementKind.BUSINESS: QT_TRANSLATE_NOOP("agreements", "商业保密协议"),
    AgreementKind.NONCOMPETE: QT_TRANSLATE_NOOP("agreements", "竞业限制协议"),
    AgreementKind.EXIT: QT_TRANSLATE_NOOP("agreements", "离职保密承诺书"),
    AgreementKind.TRANSFER: QT_TRANSLATE_NOOP("agreements", "岗位变动保密协议"),
}
STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("agreements", "草拟"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("agreements", "已签署"),
    AgreementStatus.IN_FORCE: QT_TRANSLATE_NOOP("agreements", "生效中"),
    AgreementStatus.ENDED: QT_TRANSLATE_NOOP("agreements", "已终止"),
    AgreementStatus.TERMINATED: QT_TRANSLATE_NOOP("agreements", "已解除"),
    AgreementStatus.BREACHED: QT_TRANSLATE_NOOP("agreements", "违约"),
}
PARTY_KIND_LABELS: dict[PartyKind, str] = {
    PartyKind.CUSTOMER: QT_TRANSLATE_NOOP("agreements", "客户"),
    PartyKind.SUPPLIER: QT_TRANSLATE_NOOP("agreements", "供应商"),
    PartyKind.CONTRACTOR: QT_TRANSLATE_NOOP("agreements", "外包/合作方"),
    PartyKind.VISITOR: QT_TRANSLATE_NOOP("agreements", "来访者"),
    PartyKind.OTHER: QT_TRANSLATE_NOOP("agreements", "其他"),
}
# The CLI's short names for the kinds (`--kind nda|noncompete|business|exit|transfer`).
KIND_NAMES = tuple(k.value for k in AgreementKind)

# The status graph: every change of status goes through `set_status` along these edges.
TRANSITIONS: dict[AgreementStatus, frozenset[AgreementStatus]] = {
    AgreementStatus.DRAFT: frozenset({AgreementStatus.SIGNED, AgreementStatus.TERMINATED}),
    AgreementStatus.SIGNED: frozenset({AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED}),
    AgreementStatus.IN_FORCE: frozenset(
        {AgreementStatus.ENDED, AgreementStatus.TERMINATED, AgreementStatus.BREACHED}
    ),
    AgreementStatus.ENDED: frozenset(),
    AgreementStatus.TERMINATED: frozenset(),
    AgreementStatus.BREACHED: frozenset(),
}
CLOSED = frozenset({AgreementStatus.ENDED, AgreementStatus.TERMINATED, AgreementStatus.BREACHED})
# 劳动合同法 第二十四条: 竞业限制期限不得超过二年.
NC_MAX_MONTHS = 24
# Judicial practice (最高法 劳动争议解释（一）第三十六条): 30 % of the last 12 months' average
# wage, and not below the local minimum wage.
NC_FLOOR_PERCENT = 30
EXPIRING_DAYS = 30
TITLE_MAX, TEXT_MAX, NAME_MAX = 200, 20000, 128
PERSON_KINDS = frozenset(
    {AgreementKind.NDA, AgreementKind.NONCOMPETE, AgreementKind.EXIT, AgreementKind.TRANSFER}
)


# --- money ------------------------------------------------------------------------------------


def yuan(fen: int | None) -> str:
    """12345600 → "123,456.00" (元); None → ""."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


_MONEY = re.compile(r"^\d{1,12}(\.\d{1,2})?$")


def parse_yuan(text: str) -> int | None:
    """ "12,345.6" (元) → 1234560 fen; "" → None. A malformed amount is refused."""
    text = text.strip().replace(",", "").replace("，", "").removesuffix("元").strip()
    if not text:
        return None
    if not _MONEY.match(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "金额“{text}”无效：请填写元，最多两位小数"), text=text
        )
    whole, _, cents = text.partition(".")
    return int(whole) * 100 + int((cents + "00")[:2])


# --- the one definition of "in force" -----------------------------------------------------------


def binding_clause(today: date):
    return and_(
        Agreement.status == AgreementStatus.IN_FORCE,
        or_(Agreement.effective_on.is_(None), Agreement.effective_on <= today),
        or_(Agreement.end_on.is_(None), Agreement.end_on >= today),
    )


def person_bound(person_id, kind: AgreementKind, today: date):
    """A clause: the person (an id or a column) has an agreement of `kind` binding today."""
    return exists().where(
        Agreement.person_id == person_id, Agreement.kind == kind, binding_clause(today)
    )


def party_bound(party_id, today: date):
    """A clause: the outside party has a business NDA binding today (003 §8.3.4, §9.4)."""
    return exists().where(
        Agreement.party_id == party_id,
        Agreement.kind == AgreementKind.BUSINESS,
        binding_clause(today),
    )


def nda_in_force(session: Session, person_id: int, today: date | None = None) -> bool:
    """Whether the person has an employee NDA binding today."""
    clause = person_bound(person_id, AgreementKind.NDA, today or date.today())
    return bool(session.scalar(select(clause)))


def is_binding(a: Agreement, today: date | None = None) -> bool:
    """`binding_clause` for a loaded agreement (the detail pane's words)."""
    today = today or date.today()
    return (
        a.status == AgreementStatus.IN_FORCE
        and (a.effective_on is None or a.effective_on <= today)
        and (a.end_on is None or a.end_on >= today)
    )


# --- the rules ----------------------------------------------------------------------------------


def nda_rule(session: Session) -> tuple[int, str]:
    """(the lowest grade rank that needs an NDA, "block" or "warn")."""
    rule = str(settings.get(session, "nda_rule")).strip().lower()
    return int(settings.get(session, "nda_required_rank")), ("warn" if rule == "warn" else "block")


def check_may_know(
    session: Session, person_id: int, secret_id: int, on: date | None = None
) -> dict[str, str]:
    """003 §9.4: who may know a secret of a guarded grade (rank ≤ `nda_required_rank`) must
    have an employee NDA in force on the day the grant begins. With the rule "block" this
    refuses; with "warn" it returns the note that goes into the grant's audit event."""
    on = on or date.today()
    row = session.execute(
        select(Grade.rank, Grade.name)
        .join(Secret, Secret.grade_id == Grade.id)
        .where(Secret.id == secret_id)
    ).first()
    if row is None:
        return {}
    required_rank, rule = nda_rule(session)
    if row.rank > required_rank:
        return {}
    if session.scalar(select(person_bound(person_id, AgreementKind.NDA, on))):
        return {}
    name = session.scalar(select(Person.name).where(Person.id == person_id)) or ""
    if rule == "block":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} 没有生效中的员工保密协议，不能知悉{grade}的商业秘密："
                "请先在“协议”页签署保密协议",
            ),
            name=name,
            grade=row.name,
        )
    return {"nda_warning": f"{name} 无生效中的员工保密协议（{row.name}，按设置仅提醒）"}


SHARING_MOVEMENTS = frozenset({"borrow", "consult", "copy"})


def check_party_may_receive(session: Session, party_id: int, today: date) -> Problem | None:
    """003 §8.3.4: an outside party borrows, consults or receives a copy of a carrier only
    under a business NDA in force."""
    party = session.get(Party, party_id)
    if party is None:
        return Problem("party_id", QT_TRANSLATE_NOOP("errors", "相对方不存在"))
    if session.scalar(select(party_bound(party_id, today))):
        return None
    return Problem(
        "party_id",
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} 没有生效中的商业保密协议，不能借阅、查阅或领取复制件",
        ),
        {"name": party.name},
    )


# --- outside parties (003 §8.3.4) -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartyRow:
    id: int
    name: str
    kind: PartyKind
    contact: str
    note: str
    bound: bool  # a business NDA binds today


def _check_party(session: Session, name: str, party_id: int | None = None) -> None:
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写相对方名称"))
    if len(name) > NAME_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "相对方名称最多 128 个字符"))
    taken = session.scalar(select(Party.id).where(Party.name == name))
    if taken is not None and taken != party_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "相对方“{name}”已存在"), name=name)


def _party_snapshot(p: Party) -> dict:
    return {"name": p.name, "kind": p.kind.value, "contact": p.contact, "note": p.note}


def add_party(
    uow: UnitOfWork, name: str, kind: PartyKind, contact: str = "", note: str = ""
) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    name = name.strip()
    _check_party(uow.session, name)
    party = Party(name=name, kind=PartyKind(kind), contact=contact.strip()[:128], note=note.strip())
    uow.session.add(party)
    uow.session.flush()
    uow.record("party.add", "party", party.id, after=_party_snapshot(party))
    return party.id


def update_party(
    uow: UnitOfWork, party_id: int, name: str, kind: PartyKind, contact: str = "", note: str = ""
) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    party = get_party(uow.session, party_id)
    name = name.strip()
    _check_party(uow.session, name, party_id)
    before = _party_snapshot(party)
    party.name, party.kind = name, PartyKind(kind)
    party.contact, party.note = contact.strip()[:128], note.strip()
    if _party_snapshot(party) != before:
        uow.record("party.update", "party", party.id, before=before, after=_party_snapshot(party))


def get_party(session: Session, party_id: int) -> Party:
    return found(session.get(Party, party_id), QT_TRANSLATE_NOOP("errors", "相对方不存在"))


def list_parties(session: Session, today: date | None = None) -> list[PartyRow]:
    today = today or date.today()
    q = select(
        Party.id, Party.name, Party.kind, Party.contact, Party.note, party_bound(Party.id, today)
    ).order_by(Party.name)
    return [PartyRow(*row) for row in session.execute(q)]


def party_by_name(session: Session, name: str) -> Party:
    return found(
        session.scalar(select(Party).where(Party.name == name.strip())),
        QT_TRANSLATE_NOOP("errors", "没有名为“{name}”的相对方"),
        name=name.strip(),
    )


# --- entering an agreement ------------------------------------------------------------------------


@dataclass
class AgreementInput:
    kind: AgreementKind
    person_id: int | None = None
    party_id: int | None = None
    title: str = ""
    effective_on: date | None = None
    end_on: date | None = None  # None: open-ended; a non-compete's follows from its months
    damages_fen: int | None = None  # 违约金 (003 §9.4: a fixed amount helps in court)
    note: str = ""
    secret_ids: list[int] = field(default_factory=list)
    carrier_ids: list[int] = field(default_factory=list)
    nc_starts_on: date | None = None  # the leaving date; None while still employed
    nc_months: int | None = None
    nc_area: str = ""
    nc_business: str = ""
    nc_competitors: str = ""
    nc_monthly_fen: int | None = None
    nc_average_wage_fen: int | None = None


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def nc_end(starts_on: date, months: int) -> date:
    """The last day of a restriction of `months` from `starts_on` (inclusive)."""
    return add_months(starts_on, months) - timedelta(days=1)


def nc_floor_fen(average_wage_fen: int | None) -> int | None:
    """30 % of the last 12 months' average monthly wage (the local minimum wage is the other
    floor: TSDesk does not know it, the UI says so)."""
    if not average_wage_fen:
        return None
    return (average_wage_fen * NC_FLOOR_PERCENT + 99) // 100


def nc_warnings(inp: AgreementInput) -> list[str]:
    """What is lawful but unwise (shown, not refused): compensation below the floor. Below it
    the restriction is not void, but the employee may claim the difference and a court may
    find the restriction unfair; the officer decides."""
    floor = nc_floor_fen(inp.nc_average_wage_fen)
    if inp.kind != AgreementKind.NONCOMPETE or floor is None or inp.nc_monthly_fen is None:
        return []
    if inp.nc_monthly_fen >= floor:
        return []
    return [
        QT_TRANSLATE_NOOP(
            "agreements",
            "月补偿 {amount} 元低于离职前十二个月平均工资的 30%（{floor} 元），"
            "且不得低于当地最低工资标准：建议提高",
        )
    ]


def check_input(session: Session, inp: AgreementInput) -> list[Problem]:
    problems: list[Problem] = []

    def bad(name: str, template: str, **params) -> None:
        problems.append(Problem(name, template, params))

    kind = AgreementKind(inp.kind)
    if kind in PERSON_KINDS and inp.person_id is None:
        bad("person_id", QT_TRANSLATE_NOOP("errors", "请选择签订协议的员工"))
    if kind == AgreementKind.BUSINESS and inp.party_id is None:
        bad("party_id", QT_TRANSLATE_NOOP("errors", "商业保密协议须选择相对方"))
    if inp.person_id is not None and session.get(Person, inp.person_id) is None:
        bad("person_id", QT_TRANSLATE_NOOP("errors", "人员不存在"))
    if inp.party_id is not None and session.get(Party, inp.party_id) is None:
        bad("party_id", QT_TRANSLATE_NOOP("errors", "相对方不存在"))
    if len(inp.title.strip()) > TITLE_MAX:
        bad("title", QT_TRANSLATE_NOOP("errors", "协议名称最多 200 个字符"))
    if inp.damages_fen is not None and inp.damages_fen < 0:
        bad("damages_fen", QT_TRANSLATE_NOOP("errors", "违约金不能为负数"))
    if kind == AgreementKind.NONCOMPETE:
        if not inp.nc_months or inp.nc_months < 1:
            bad("nc_months", QT_TRANSLATE_NOOP("errors", "请填写竞业限制期限（月）"))
        elif inp.nc_months > NC_MAX_MONTHS:
            bad(
                "nc_months",
                QT_TRANSLATE_NOOP(
                    "errors", "竞业限制期限不得超过二年（劳动合同法第二十四条），现为 {n} 个月"
                ),
                n=inp.nc_months,
            )
        if not inp.nc_monthly_fen or inp.nc_monthly_fen <= 0:
            bad("nc_monthly_fen", QT_TRANSLATE_NOOP("errors", "请填写每月竞业限制补偿金额"))
        if not (inp.nc_area.strip() or inp.nc_business.strip() or inp.nc_competitors.strip()):
            bad(
                "nc_area",
                QT_TRANSLATE_NOOP("errors", "请填写竞业限制的范围：地域、业务或竞争单位"),
            )
    elif inp.end_on is not None and inp.effective_on is not None and inp.end_on < inp.effective_on:
        bad("end_on", QT_TRANSLATE_NOOP("errors", "终止日期不能早于生效日期"))
    for secret_id in inp.secret_ids:
        if session.get(Secret, secret_id) is None:
            bad("secret_ids", QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))
            break
    for carrier_id in inp.carrier_ids:
        if session.get(Carrier, carrier_id) is None:
            bad("carrier_ids", QT_TRANSLATE_NOOP("errors", "载体不存在"))
            break
    return problems


def snapshot(a: Agreement, session: Session) -> dict:
    secrets = session.scalars(
        select(Secret.number)
        .join(AgreementSecret, AgreementSecret.secret_id == Secret.id)
        .where(AgreementSecret.agreement_id == a.id)
        .order_by(Secret.number)
    ).all()
    carriers = session.scalars(
        select(Carrier.number)
        .join(AgreementCarrier, AgreementCarrier.carrier_id == Carrier.id)
        .where(AgreementCarrier.agreement_id == a.id)
        .order_by(Carrier.number)
    ).all()
    out = {
        "number": a.number,
        "kind": a.kind.value,
        "status": a.status.value,
        "person_id": a.person_id,
        "party_id": a.party_id,
        "title": a.title,
        "signed_on": str(a.signed_on or ""),
        "effective_on": str(a.effective_on or ""),
        "end_on": str(a.end_on or ""),
        "damages": yuan(a.damages_fen),
        "secrets": "、".join(secrets),
        "carriers": "、".join(carriers),
        "note": a.note,
    }
    if a.kind == AgreementKind.NONCOMPETE:
        out |= {
            "nc_starts_on": str(a.nc_starts_on or ""),
            "nc_months": a.nc_months,
            "nc_area": a.nc_area,
            "nc_business": a.nc_business,
            "nc_competitors": a.nc_competitors,
            "nc_monthly": yuan(a.nc_monthly_fen),
            "nc_average_wage": yuan(a.nc_average_wage_fen),
        }
    return out


def _apply(session: Session, a: Agreement, inp: AgreementInput) -> None:
    a.person_id, a.party_id = inp.person_id, inp.party_id
    a.title = inp.title.strip() or KIND_TITLES[a.kind]
    a.effective_on, a.end_on = inp.effective_on, inp.end_on
    a.damages_fen, a.note = inp.damages_fen, inp.note.strip()
    if a.kind == AgreementKind.NONCOMPETE:
        a.nc_months = inp.nc_months
        a.nc_area, a.nc_business = inp.nc_area.strip(), inp.nc_business.strip()
        a.nc_competitors = inp.nc_competitors.strip()
        a.nc_monthly_fen, a.nc_average_wage_fen = inp.nc_monthly_fen, inp.nc_average_wage_fen
        starts = inp.nc_starts_on
        if starts is None and a.person_id is not None:
            person = session.get(Person, a.person_id)
            if person is not None and person.status == PersonStatus.LEFT:
                starts = person.left_on  # it runs from the leaving day
        a.nc_starts_on = starts
        if starts is not None and a.nc_months:
            a.end_on = nc_end(starts, a.nc_months)
            a.effective_on = a.effective_on or starts
    session.query(AgreementSecret).filter(AgreementSecret.agreement_id == a.id).delete()
    session.query(AgreementCarrier).filter(AgreementCarrier.agreement_id == a.id).delete()
    session.flush()
    for secret_id in dict.fromkeys(inp.secret_ids):
        session.add(AgreementSecret(agreement_id=a.id, secret_id=secret_id))
    for carrier_id in dict.fromkeys(inp.carrier_ids):
        session.add(AgreementCarrier(agreement_id=a.id, carrier_id=carrier_id))
    session.flush()


# The printed title of each kind (plain Chinese: the paper is Chinese whatever the UI).
KIND_TITLES: dict[AgreementKind, str] = {
    AgreementKind.NDA: "员工保密协议",
    AgreementKind.BUSINESS: "商业保密协议",
    AgreementKind.NONCOMPETE: "竞业限制协议",
    AgreementKind.EXIT: "离职保密承诺书",
    AgreementKind.TRANSFER: "岗位变动保密协议",
}


def add_agreement(uow: UnitOfWork, inp: AgreementInput, today: date | None = None) -> int:
    """A new agreement, 草拟, numbered by `agreement_number_pattern`."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    raise_first(check_input(session, inp))
    number = next_number(
        uow,
        "agreement",
        settings.get(session, "agreement_number_pattern"),
        lambda n: session.scalar(select(Agreement.id).where(Agreement.number == n)) is not None,
        today,
    )
    a = Agreement(number=number, kind=AgreementKind(inp.kind), created_by=uow.actor.name)
    session.add(a)
    session.flush()
    _apply(session, a, inp)
    uow.record("agreement.add", "agreement", a.id, after=snapshot(a, session))
    return a.id


def update_agreement(uow: UnitOfWork, agreement_id: int, inp: AgreementInput) -> None:
    """Change what an agreement says — while 草拟 or 已签署 (not yet in force). In force, its
    text is what was signed: end it and sign a new one."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    a = get(session, agreement_id)
    if a.status not in (AgreementStatus.DRAFT, AgreementStatus.SIGNED):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "协议已{status}，不能再修改；如需变更请签订新协议"),
            status=STATUS_LABELS[a.status],
        )
    if AgreementKind(inp.kind) != a.kind:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "协议种类不能修改"))
    raise_first(check_input(session, inp))
    before = snapshot(a, session)
    _apply(session, a, inp)
    after = snapshot(a, session)
    if after != before:
        uow.record("agreement.update", "agreement", a.id, before=before, after=after)


def get(session: Session, agreement_id: int) -> Agreement:
    return found(session.get(Agreement, agreement_id), QT_TRANSLATE_NOOP("errors", "协议不存在"))


def by_number(session: Session, number: str) -> Agreement:
    return found(
        session.scalar(select(Agreement).where(Agreement.number == number.strip())),
        QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的协议"),
        number=number.strip(),
    )


def input_of(session: Session, a: Agreement) -> AgreementInput:
    """What the edit dialog starts from."""
    return AgreementInput(
        kind=a.kind,
        person_id=a.person_id,
        party_id=a.party_id,
        title=a.title,
        effective_on=a.effective_on,
        end_on=a.end_on,
        damages_fen=a.damages_fen,
        note=a.note,
        secret_ids=list(
            session.scalars(
                select(AgreementSecret.secret_id).where(AgreementSecret.agreement_id == a.id)
            )
        ),
        carrier_ids=list(
            session.scalars(
                select(AgreementCarrier.carrier_id).where(AgreementCarrier.agreement_id == a.id)
            )
        ),
        nc_starts_on=a.nc_starts_on,
        nc_months=a.nc_months,
        nc_area=a.nc_area,
        nc_business=a.nc_business,
        nc_competitors=a.nc_competitors,
        nc_monthly_fen=a.nc_monthly_fen,
        nc_average_wage_fen=a.nc_average_wage_fen,
    )


# --- the status graph -----------------------------------------------------------------------------


def can_go(status: AgreementStatus, to: AgreementStatus) -> bool:
    return to in TRANSITIONS[status]


def set_status(
    uow: UnitOfWork,
    agreement_id: int,
    to: AgreementStatus,
    on: date | None = None,
    reason: str = "",
    today: date | None = None,
) -> None:
    """Move an agreement along the graph (`TRANSITIONS`). 已签署 records the signing day and
    goes straight on to 生效中 when the agreement is effective by today; 生效中 is refused
    before the effective date; ending records the day and the reason."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    today = today or date.today()
    a = get(session, agreement_id)
    to = AgreementStatus(to)
    if not can_go(a.status, to):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "协议当前为“{now}”，不能改为“{to}”"),
            now=STATUS_LABELS[a.status],
            to=STATUS_LABELS[to],
        )
    on = on or today
    if on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "日期不能晚于今天"))
    before = snapshot(a, session)
    if to == AgreementStatus.SIGNED:
        a.signed_on = on
        if a.effective_on is None:
            a.effective_on = on
        a.status = to
        if a.effective_on <= today:
            a.status = AgreementStatus.IN_FORCE
    elif to == AgreementStatus.IN_FORCE:
        if a.effective_on is not None and a.effective_on > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "协议自 {day} 起生效，尚未到生效日期"),
                day=str(a.effective_on),
            )
        a.status = to
    else:
        if to in (AgreementStatus.TERMINATED, AgreementStatus.BREACHED) and not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明解除或违约的原因"))
        a.status = to
        a.ended_on = on
        a.end_reason = reason.strip()
        _drop_unpaid_after(session, a.id, on)
    if a.kind == AgreementKind.NONCOMPETE and a.status == AgreementStatus.IN_FORCE:
        _make_ledger(session, a)
    after = snapshot(a, session) | {"ended_on": str(a.ended_on or ""), "reason": a.end_reason}
    uow.record(f"agreement.{STATUS_ACTIONS[to]}", "agreement", a.id, before=before, after=after)


STATUS_ACTIONS: dict[AgreementStatus, str] = {
    AgreementStatus.SIGNED: "sign",
    AgreementStatus.IN_FORCE: "in_force",
    AgreementStatus.ENDED: "end",
    AgreementStatus.TERMINATED: "terminate",
    AgreementStatus.BREACHED: "breach",
}


# --- the non-compete ledger (the part the status graph needs) ----------------------------------


def _make_ledger(session: Session, a: Agreement) -> None:
    """One row per month of the restriction, from its start, unless already made (the
    leaving day may come after signing: then `start_noncompete` makes it)."""
    if a.nc_starts_on is None or not a.nc_months or not a.nc_monthly_fen:
        return
    if session.scalar(select(NoncompetePayment.id).where(NoncompetePayment.agreement_id == a.id)):
        return
    for i in range(a.nc_months):
        period = add_months(a.nc_starts_on, i)
        if a.waived_on is not None and period > a.waived_on:
            break
        session.add(
            NoncompetePayment(
                agreement_id=a.id,
                month=period.replace(day=1),
                # paid for each month by the end of that month of the restriction
                due_on=add_months(a.nc_starts_on, i + 1) - timedelta(days=1),
                amount_fen=a.nc_monthly_fen,
            )
        )
    session.flush()


def _drop_unpaid_after(session: Session, agreement_id: int, on: date) -> None:
    """No compensation accrues for the months after the restriction ended: the unpaid rows
    for periods starting after `on` go (the months already begun stay owed)."""
    starts = session.scalar(select(Agreement.nc_starts_on).where(Agreement.id == agreement_id))
    if starts is None:
        return
    rows = session.scalars(
        select(NoncompetePayment)
        .where(NoncompetePayment.agreement_id == agreement_id)
        .order_by(NoncompetePayment.due_on)
    ).all()
    for i, row in enumerate(rows):
        if row.paid_on is None and add_months(starts, i) > on:
            session.delete(row)
    session.flush()


# --- reading ----------------------------------------------------------------------------------


@dataclass
class AgreementFilter:
    kind: AgreementKind | None = None
    status: AgreementStatus | None = None
    expiring: bool = False  # in force, ending within EXPIRING_DAYS
    unsigned: bool = False  # still 草拟
    unpaid: int = 0  # non-competes with this many unpaid months (3: three or more)
    search: str = ""  # number, person, party
    person_id: int | None = None
    party_id: int | None = None


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: int
    number: str
    kind: AgreementKind
    status: AgreementStatus
    title: str
    person_id: int | None
    person_number: str
    person_name: str
    party_id: int | None
    party_name: str
    signed_on: date | None
    effective_on: date | None
    end_on: date | None
    damages_fen: int | None

    @property
    def counterpart(self) -> str:
        if self.party_name and self.person_name:
            return f"{self.party_name}（{self.person_name}）"
        if self.party_name:
            return self.party_name
        return f"{self.person_name}（{self.person_number}）" if self.person_name else ""

    def expired(self, today: date | None = None) -> bool:
        """In force on paper, yet past its end date (so no longer binding)."""
        return (
            self.status == AgreementStatus.IN_FORCE
            and self.end_on is not None
            and self.end_on < (today or date.today())
        )


def _unpaid_ids(today: date, n: int):
    """Agreements with `n` unpaid months past due (n ≥ 3: three or more), from the payment
    index alone."""
    q = (
        select(NoncompetePayment.agreement_id)
        .where(NoncompetePayment.paid_on.is_(None), NoncompetePayment.due_on < today)
        .group_by(NoncompetePayment.agreement_id)
    )
    count = func.count(NoncompetePayment.id)
    return q.having(count >= 3 if n >= 3 else count == n)


def _filtered(q, f: AgreementFilter, today: date):
    if f.kind is not None:
        q = q.where(Agreement.kind == f.kind)
    if f.status is not None:
        q = q.where(Agreement.status == f.status)
    if f.unsigned:
        q = q.where(Agreement.status == AgreementStatus.DRAFT)
    if f.expiring:
        q = q.where(
            Agreement.status == AgreementStatus.IN_FORCE,
            Agreement.end_on.between(today, today + timedelta(days=EXPIRING_DAYS)),
        )
    if f.unpaid:
        q = q.where(Agreement.id.in_(_unpaid_ids(today, f.unpaid)))
    if f.person_id is not None:
        q = q.where(Agreement.person_id == f.person_id)
    if f.party_id is not None:
        q = q.where(Agreement.party_id == f.party_id)
    if f.search.strip():
        like = "%" + f.search.strip() + "%"
        people = select(Person.id).where(or_(Person.name.like(like), Person.number.like(like)))
        parties = select(Party.id).where(Party.name.like(like))
        q = q.where(
            or_(
                Agreement.number.like(like),
                Agreement.person_id.in_(people),
                Agreement.party_id.in_(parties),
            )
        )
    return q


def count_agreements(
    session: Session, f: AgreementFilter | None = None, today: date | None = None
) -> int:
    q = _filtered(select(func.count(Agreement.id)), f or AgreementFilter(), today or date.today())
    return session.execute(q).scalar_one()


def _row_select():
    return (
        select(
            Agreement.id,
            Agreement.number,
            Agreement.kind,
            Agreement.status,
            Agreement.title,
            Agreement.person_id,
            func.coalesce(Person.number, ""),
            func.coalesce(Person.name, ""),
            Agreement.party_id,
            func.coalesce(Party.name, ""),
            Agreement.signed_on,
            Agreement.effective_on,
            Agreement.end_on,
            Agreement.damages_fen,
        )
        .outerjoin(Person, Person.id == Agreement.person_id)
        .outerjoin(Party, Party.id == Agreement.party_id)
    )


def list_agreements(
    session: Session,
    f: AgreementFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    today: date | None = None,
) -> list[AgreementRow]:
    """Agreements, newest first (by id: the primary key orders without a sort)."""
    q = _row_select().order_by(Agreement.id.desc())
    q = _filtered(q, f or AgreementFilter(), today or date.today()).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [AgreementRow(*row) for row in session.execute(q)]


def row_of(session: Session, agreement_id: int) -> AgreementRow:
    row = session.execute(_row_select().where(Agreement.id == agreement_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "协议不存在"))
    return AgreementRow(*row)


@dataclass(frozen=True, slots=True)
class CoveredSecret:
    id: int
    number: str
    subject: str
    grade: str
    status: SecretStatus

    @property
    def declassified(self) -> bool:
        return self.status == SecretStatus.DECLASSIFIED


@dataclass(frozen=True, slots=True)
class CoveredCarrier:
    id: int
    number: str
    title: str


def covered_secrets(session: Session, agreement_id: int) -> list[CoveredSecret]:
    q = (
        select(Secret.id, Secret.number, Secret.subject, Grade.name, Secret.status)
        .join(AgreementSecret, AgreementSecret.secret_id == Secret.id)
        .join(Grade, Grade.id == Secret.grade_id)
        .where(AgreementSecret.agreement_id == agreement_id)
        .order_by(Secret.number)
    )
    return [CoveredSecret(*row) for row in session.execute(q)]


def covered_carriers(session: Session, agreement_id: int) -> list[CoveredCarrier]:
    q = (
        select(Carrier.id, Carrier.number, Carrier.title)
        .join(AgreementCarrier, AgreementCarrier.carrier_id == Carrier.id)
        .where(AgreementCarrier.agreement_id == agreement_id)
        .order_by(Carrier.number)
    )
    return [CoveredCarrier(*row) for row in session.execute(q)]


# --- who holds grants without an NDA ------------------------------------------------------------


def _nda_missing_clause(today: date):
    """Active people who may know a secret today without an employee NDA in force."""
    holds = exists().where(
        Knower.person_id == Person.id,
        Knower.revoked_on.is_(None),
        Knower.valid_from <= today,
        or_(Knower.valid_until.is_(None), Knower.valid_until >= today),
    )
    return and_(
        Person.status == PersonStatus.ACTIVE,
        holds,
        ~person_bound(Person.id, AgreementKind.NDA, today),
    )


def count_nda_missing(session: Session, today: date | None = None) -> int:
    return session.execute(
        select(func.count(Person.id)).where(_nda_missing_clause(today or date.today()))
    ).scalar_one()


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: int
    number: str
    name: str


def nda_missing(session: Session, today: date | None = None) -> list[PersonRef]:
    q = (
        select(Person.id, Person.number, Person.name)
        .where(_nda_missing_clause(today or date.today()))
        .order_by(Person.number)
    )
    return [PersonRef(*row) for row in session.execute(q)]


def count_waiting_in_force(session: Session, today: date | None = None) -> int:
    """Signed agreements whose effective day has come: to be marked 生效中."""
    today = today or date.today()
    return session.execute(
        select(func.count(Agreement.id)).where(
            Agreement.status == AgreementStatus.SIGNED, Agreement.effective_on <= today
        )
    ).scalar_one()
