"""Printing an agreement and a compensation statement: the print event is recorded first, in
the same unit of work, so the chain head on the paper names it; every re-print is its own
event (`reprint` says so)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from tsdesk.documents.agreement import (
    AgreementDoc,
    CompensationDoc,
    LedgerLine,
    SecretLine,
    render_agreement,
    render_compensation,
)
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import Agreement, AgreementKind, Party, Person
from tsdesk.services.agreements.core import (
    KIND_TITLES,
    covered_carriers,
    covered_secrets,
    get,
    nc_floor_fen,
    yuan,
)
from tsdesk.services.agreements.noncompete import PaymentRow, ledger, waiver_hint_fen
from tsdesk.services.agreements.templates import filled_text, values_for
from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

STATE_WORDS = {"paid": "已支付", "unpaid": "逾期未付", "open": "未到期"}


def agreement_doc(session: Session, a: Agreement) -> AgreementDoc:
    values = values_for(session, a)
    person = session.get(Person, a.person_id) if a.person_id else None
    party = session.get(Party, a.party_id) if a.party_id else None
    second = party.name if party else f"{person.name}（工号 {person.number}）" if person else ""
    facts = [("签订日期", str(a.signed_on or "")), ("生效日期", str(a.effective_on or ""))]
    facts.append(("终止日期", str(a.end_on) if a.end_on else "长期"))
    return AgreementDoc(
        title=a.title or KIND_TITLES[a.kind],
        number=a.number,
        first_party=values["单位名称"],
        second_party=second,
        body=filled_text(session, a.id),
        secrets=[
            SecretLine(s.number, s.subject, s.grade, "已解密" if s.declassified else "")
            for s in covered_secrets(session, a.id)
        ],
        carriers=[(c.number, c.title) for c in covered_carriers(session, a.id)],
        damages=yuan(a.damages_fen),
        facts=facts,
        pledge=a.kind == AgreementKind.EXIT,
    )


def print_agreement(uow: UnitOfWork, agreement_id: int, out: str | Path | IO[bytes]) -> None:
    require(uow.actor, Permission.EXPORT)
    session = uow.session
    a = get(session, agreement_id)
    doc = agreement_doc(session, a)
    reprint = bool(a.text)
    a.text = doc.body
    uow.record(
        "agreement.print",
        "agreement",
        a.id,
        after={"number": a.number, "reprint": reprint, "secrets": len(doc.secrets)},
    )
    pdf = io.BytesIO()
    render_agreement(pdf, doc, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())


def compensation_doc(session: Session, a: Agreement, today: date | None = None) -> CompensationDoc:
    today = today or date.today()
    person = session.get(Person, a.person_id) if a.person_id else None
    rows: list[PaymentRow] = ledger(session, a.id)
    unpaid = [r for r in rows if r.unpaid(today)]
    notes = []
    if a.waived_on is not None:
        notes.append(
            f"用人单位已于 {a.waived_on} 解除竞业限制（{a.waiver_note or '无说明'}）；"
            f"司法实践中通常另付三个月补偿，约 {yuan(waiver_hint_fen(a))} 元。"
        )
    floor = nc_floor_fen(a.nc_average_wage_fen)
    if floor is not None and (a.nc_monthly_fen or 0) < floor:
        notes.append(f"每月补偿低于离职前十二个月平均工资的 30%（{yuan(floor)} 元）。")
    return CompensationDoc(
        person=f"{person.name}（{person.number}）" if person else "",
        agreement=a.number,
        period=f"{a.nc_starts_on or '未起算'} 至 {a.end_on or ''}",
        monthly=yuan(a.nc_monthly_fen),
        lines=[
            LedgerLine(
                r.month.strftime("%Y-%m"),
                str(r.due_on),
                yuan(r.amount_fen),
                str(r.paid_on or ""),
                yuan(r.paid_fen),
                STATE_WORDS[r.state(today)],
            )
            for r in rows
        ],
        total_due=yuan(sum(r.amount_fen for r in rows)),
        total_paid=yuan(sum(r.paid_fen or 0 for r in rows)),
        unpaid=yuan(sum(r.amount_fen for r in unpaid)),
        unpaid_months=len(unpaid),
        note="".join(notes),
    )


def print_compensation(
    uow: UnitOfWork, agreement_id: int, out: str | Path | IO[bytes], today: date | None = None
) -> None:
    require(uow.actor, Permission.EXPORT)
    session = uow.session
    a = get(session, agreement_id)
    if a.kind != AgreementKind.NONCOMPETE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该协议不是竞业限制协议"))
    doc = compensation_doc(session, a, today)
    uow.record("noncompete.print", "agreement", a.id, after={"number": a.number})
    pdf = io.BytesIO()
    render_compensation(pdf, doc, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())
