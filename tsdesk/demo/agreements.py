"""Demo agreements: employee NDAs for the staff (signed one to three years ago), one NDA
that has ended for a person who still knows a 二级 secret (the 工作台 flags him), business
NDAs with outside parties, exit pledges, a job-change agreement, and a non-compete for
韩磊 (YF012), who left about four months ago, with one month's compensation not paid."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import (
    AgreementKind,
    AgreementStatus,
    Carrier,
    PartyKind,
    Person,
    PersonStatus,
    Secret,
    SecretStatus,
)
from tsdesk.services import agreements, people
from tsdesk.services.agreements import AgreementInput
from tsdesk.vault import UnitOfWork

NDA_DAMAGES_FEN = 20_000_000  # 20 万元: a fixed amount helps in court (003 §9.4)
NDA_ENDED = "YF018"  # 吕斌: his NDA ran out; he knows a 二级 secret, which the rule does not guard
LEAVER = "YF012"  # 韩磊, under a non-compete
LEAVER_DAYS = 122


def _signed(
    uow: UnitOfWork,
    inp: AgreementInput,
    signed_on: date,
    today: date,
    *,
    on_day: date | None = None,
) -> int:
    agreement_id = agreements.add_agreement(uow, inp, on_day or signed_on)
    agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED, signed_on, today=today)
    return agreement_id


def sign_employee_ndas(uow: UnitOfWork, person_ids: dict[str, int], today: date) -> None:
    """Called by the register demo right after the people exist and before their grants:
    every employee signed an NDA one to three years ago; 吕斌's ended last month."""
    for i, (number, person_id) in enumerate(sorted(person_ids.items())):
        signed_on = today - timedelta(days=420 + (i * 37) % 700)
        inp = AgreementInput(
            kind=AgreementKind.NDA,
            person_id=person_id,
            effective_on=signed_on,
            damages_fen=NDA_DAMAGES_FEN,
        )
        if number == NDA_ENDED:
            inp.effective_on = today - timedelta(days=3 * 365)
            inp.end_on = today - timedelta(days=30)
            agreement_id = _signed(uow, inp, inp.effective_on, today)
            agreements.set_status(
                uow, agreement_id, AgreementStatus.ENDED, inp.end_on, "三年期满", today=today
            )
            continue
        _signed(uow, inp, signed_on, today)


def _has(uow: UnitOfWork, person_id: int, kind: AgreementKind) -> bool:
    f = agreements.AgreementFilter(kind=kind, person_id=person_id)
    return agreements.count_agreements(uow.session, f) > 0


def _secret_ids(uow: UnitOfWork, *subjects: str) -> list[int]:
    ids = []
    for words in subjects:
        found = uow.session.scalar(
            select(Secret.id).where(Secret.subject.like(f"%{words}%")).order_by(Secret.id).limit(1)
        )
        if found is not None:
            ids.append(found)
    return ids


def populate(demo: Context) -> None:
    today = date.today()
    with demo.vault.unit_of_work(demo.admin) as uow:
        s = uow.session
        person = {p.number: p for p in s.scalars(select(Person))}
        confirmed = list(
            s.scalars(
                select(Secret.id)
                .where(Secret.status == SecretStatus.CONFIRMED)
                .order_by(Secret.number)
                .limit(4)
            )
        )
        declassified = list(
            s.scalars(select(Secret.id).where(Secret.status == SecretStatus.DECLASSIFIED).limit(1))
        )
        carrier_ids = list(s.scalars(select(Carrier.id).order_by(Carrier.id).limit(2)))

        # Outside parties (003 §8.3.4): two under a business NDA, one still unsigned.
        supplier = agreements.add_party(
            uow, "杭州恒信纺机配件有限公司", PartyKind.SUPPLIER, "刘经理 0571-8800 1234"
        )
        contractor = agreements.add_party(
            uow, "宁波智控自动化科技有限公司", PartyKind.CONTRACTOR, "黄工 0574-8766 5521"
        )
        customer = agreements.add_party(
            uow, "绍兴华纺印染有限公司", PartyKind.CUSTOMER, "设备科 周科长"
        )
        visitor = agreements.add_party(uow, "浙江理工大学机械学院", PartyKind.VISITOR, "参观交流")
        _signed(
            uow,
            AgreementInput(
                kind=AgreementKind.BUSINESS,
                party_id=supplier,
                effective_on=today - timedelta(days=300),
                end_on=today + timedelta(days=18),  # ends soon: the 工作台 shows it
                damages_fen=50_000_000,
                secret_ids=confirmed[:2] + declassified,  # one since declassified
                carrier_ids=carrier_ids[:1],
                note="GA798 引纬机构零件外协加工",
            ),
            today - timedelta(days=300),
            today,
        )
        _signed(
            uow,
            AgreementInput(
                kind=AgreementKind.BUSINESS,
                party_id=contractor,
                effective_on=today - timedelta(days=150),
                end_on=today + timedelta(days=580),
                damages_fen=100_000_000,
                secret_ids=confirmed[2:4],
                carrier_ids=carrier_ids[1:2],
                note="电控系统联合调试",
            ),
            today - timedelta(days=150),
            today,
        )
        _signed(
            uow,
            AgreementInput(
                kind=AgreementKind.BUSINESS,
                party_id=customer,
                effective_on=today - timedelta(days=60),
                end_on=today + timedelta(days=670),
                damages_fen=30_000_000,
                note="定制机型技术交流（保密条款）",
            ),
            today - timedelta(days=60),
            today,
        )
        agreements.add_agreement(
            uow,
            AgreementInput(
                kind=AgreementKind.BUSINESS,
                party_id=visitor,
                note="参观研发中心前签署",
            ),
        )

        # Exit pledges of the people who left (003 §8.2.4).
        for p in person.values():
            if (
                p.status == PersonStatus.LEFT
                and p.number != LEAVER
                and p.left_on is not None
                and not _has(uow, p.id, AgreementKind.EXIT)
            ):
                _signed(
                    uow,
                    AgreementInput(
                        kind=AgreementKind.EXIT,
                        person_id=p.id,
                        effective_on=p.left_on,
                        damages_fen=NDA_DAMAGES_FEN,
                    ),
                    p.left_on,
                    today,
                )
        # A job change (003 §8.2.3): 章宇 moved to the electric control group.
        if "YF035" in person:
            _signed(
                uow,
                AgreementInput(
                    kind=AgreementKind.TRANSFER,
                    person_id=person["YF035"].id,
                    effective_on=today - timedelta(days=75),
                    secret_ids=_secret_ids(uow, "伺服") or confirmed[:1],
                    note="调入电控软件组",
                ),
                today - timedelta(days=75),
                today,
            )

    _noncompete(demo, today)


def _noncompete(demo: Context, today: date) -> None:
    """韩磊 left about four months ago; a 12-month non-compete at 4,500 元 a month (30 % of his
    15,000 元 average is 4,500), paid for months one and three, month two missed."""
    with demo.vault.unit_of_work(demo.admin) as uow:
        leaver = uow.session.scalar(select(Person).where(Person.number == LEAVER))
        if leaver is None:
            return
        if leaver.status == PersonStatus.ACTIVE:  # the people demo may have done it already
            people.set_status(
                uow, leaver.id, PersonStatus.LEFT, today - timedelta(days=LEAVER_DAYS)
            )
        left_on = leaver.left_on or today - timedelta(days=LEAVER_DAYS)
        agreement_id = agreements.add_agreement(
            uow,
            AgreementInput(
                kind=AgreementKind.NONCOMPETE,
                person_id=leaver.id,
                nc_starts_on=left_on,
                nc_months=12,
                nc_area="浙江省、江苏省",
                nc_business="剑杆织机、喷气织机及其引纬机构的设计、制造与销售",
                nc_competitors="江苏华锦纺机有限公司、浙江恒力织造装备有限公司",
                nc_monthly_fen=450_000,
                nc_average_wage_fen=1_500_000,
                damages_fen=30_000_000,
                secret_ids=_secret_ids(uow, "引纬", "钢筘"),
            ),
            left_on - timedelta(days=10),
        )
        agreements.set_status(
            uow, agreement_id, AgreementStatus.SIGNED, left_on - timedelta(days=10), today=today
        )
        if not _has(uow, leaver.id, AgreementKind.EXIT):  # the exit procedure may have one
            _signed(
                uow,
                AgreementInput(kind=AgreementKind.EXIT, person_id=leaver.id, effective_on=left_on),
                left_on,
                today,
            )
        for i, row in enumerate(agreements.ledger(uow.session, agreement_id)):
            if row.due_on >= today or i == 1:  # month two was missed
                continue
            agreements.record_payment(
                uow,
                row.id,
                row.due_on - timedelta(days=3),
                note=f"银行转账 第{i + 1}个月",
                voucher=(f"转账回单-{row.month:%Y%m}.txt", f"转账回单 {row.month:%Y-%m}".encode()),
                today=today,
            )
