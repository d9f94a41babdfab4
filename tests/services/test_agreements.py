"""Agreements (issue 13 §2): the status graph, the NDA grant rule (block and warn), the
outside-party carrier rule, the non-compete limits, its ledger, unpaid months and waiver,
templates and prints."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from carriers_testing import build_world
from sqlalchemy import select
from tsdesk_testing import pdf_text

from tsdesk.errors import ValidationError
from tsdesk.models import (
    AccessTier,
    AgreementKind,
    AgreementStatus,
    AuditEvent,
    MovementKind,
    PartyKind,
    SecretStatus,
)
from tsdesk.services import agreements, attachments, carriers, people, settings
from tsdesk.services.agreements import AgreementFilter, AgreementInput
from tsdesk.services.carriers import MovementInput

TODAY = date.today()


@pytest.fixture
def world(opened):
    return build_world(opened)


def nda(world, person_id, *, sign=True, **kw) -> int:
    with world.uow() as uow:
        agreement_id = agreements.add_agreement(
            uow, AgreementInput(kind=AgreementKind.NDA, person_id=person_id, **kw)
        )
        if sign:
            agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED)
    return agreement_id


def status_of(world, agreement_id) -> AgreementStatus:
    with world.read() as s:
        return agreements.get(s, agreement_id).status


def last_event(world, action: str) -> dict:
    with world.read() as s:
        row = s.scalar(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq.desc())
        )
        return json.loads(row.after)


def grant(world, secret_id, person_id, **kw):
    with world.uow() as uow:
        return people.grant(uow, secret_id, person_id, AccessTier.PARTIAL, "岗位工作需要", **kw)


# --- the status graph --------------------------------------------------------------------------


def test_signing_puts_an_effective_agreement_in_force_and_the_graph_holds(world):
    agreement_id = nda(world, world.alice, sign=False)
    assert status_of(world, agreement_id) == AgreementStatus.DRAFT
    with world.uow() as uow:
        number = agreements.get(uow.session, agreement_id).number
        agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED, TODAY - timedelta(days=3))
    assert number.startswith(f"XY-{TODAY.year}-")
    with world.read() as s:
        a = agreements.get(s, agreement_id)
        assert a.status == AgreementStatus.IN_FORCE and a.signed_on == TODAY - timedelta(days=3)
        assert s.scalar(select(agreements.person_bound(world.alice, AgreementKind.NDA, TODAY)))
    # Back to draft is not an edge of the graph; a termination needs its reason.
    with world.uow() as uow, pytest.raises(ValidationError, match="不能改为"):
        agreements.set_status(uow, agreement_id, AgreementStatus.DRAFT)
    with world.uow() as uow, pytest.raises(ValidationError, match="原因"):
        agreements.set_status(uow, agreement_id, AgreementStatus.TERMINATED)
    with world.uow() as uow:
        agreements.set_status(uow, agreement_id, AgreementStatus.TERMINATED, reason="调离涉密岗位")
    with world.read() as s:
        assert not s.scalar(select(agreements.person_bound(world.alice, AgreementKind.NDA, TODAY)))
    # In force, the text is what was signed: no more edits.
    with world.uow() as uow, pytest.raises(ValidationError, match="不能再修改"):
        agreements.update_agreement(
            uow, agreement_id, AgreementInput(kind=AgreementKind.NDA, person_id=world.alice)
        )


def test_a_later_start_waits_signed_until_its_day(world):
    agreement_id = nda(world, world.alice, effective_on=TODAY + timedelta(days=5))
    assert status_of(world, agreement_id) == AgreementStatus.SIGNED
    with world.uow() as uow, pytest.raises(ValidationError, match="尚未到生效日期"):
        agreements.set_status(uow, agreement_id, AgreementStatus.IN_FORCE)
    with world.read() as s:
        assert agreements.count_waiting_in_force(s, TODAY) == 0
        assert agreements.count_waiting_in_force(s, TODAY + timedelta(days=5)) == 1


def test_filters_expiring_unsigned_kind(world):
    soon = nda(world, world.alice, end_on=TODAY + timedelta(days=10))
    draft = nda(world, world.bob, sign=False)
    with world.read() as s:
        expiring = agreements.list_agreements(s, AgreementFilter(expiring=True))
        unsigned = agreements.list_agreements(s, AgreementFilter(unsigned=True))
        assert [r.id for r in expiring] == [soon] and [r.id for r in unsigned] == [draft]
        assert agreements.count_agreements(s, AgreementFilter(kind=AgreementKind.NDA)) == 2
        assert agreements.count_agreements(s, AgreementFilter(kind=AgreementKind.BUSINESS)) == 0
        assert [r.id for r in agreements.list_agreements(s, AgreementFilter(search="李娜"))] == [
            draft
        ]


# --- the grant rule ----------------------------------------------------------------------------


def test_a_first_grade_grant_needs_an_nda_in_force(world):
    with pytest.raises(ValidationError, match="没有生效中的员工保密协议"):
        grant(world, world.top_secret, world.alice)
    grant(world, world.low_secret, world.alice)  # 三级: not guarded at the default rank
    with world.read() as s:
        assert agreements.count_nda_missing(s) == 1
        assert [p.name for p in agreements.nda_missing(s)] == ["张伟"]
    nda(world, world.alice)
    grant(world, world.top_secret, world.alice)
    with world.read() as s:
        assert agreements.count_nda_missing(s) == 0


def test_the_guarded_grade_and_warn_are_settings(world):
    with world.uow() as uow:
        settings.set_value(uow, "nda_required_rank", 3)
    with pytest.raises(ValidationError, match="三级商密"):
        grant(world, world.low_secret, world.bob)
    with world.uow() as uow:
        settings.set_value(uow, "nda_rule", "warn")
    grant(world, world.low_secret, world.bob)
    assert "李娜 无生效中的员工保密协议" in last_event(world, "knower.grant")["nda_warning"]
    nda(world, world.alice)
    grant(world, world.top_secret, world.alice)
    assert "nda_warning" not in last_event(world, "knower.grant")


def test_an_nda_that_has_ended_does_not_bind(world):
    agreement_id = nda(
        world,
        world.alice,
        effective_on=TODAY - timedelta(days=400),
        end_on=TODAY - timedelta(days=1),
    )
    assert status_of(world, agreement_id) == AgreementStatus.IN_FORCE  # on paper
    with world.read() as s:
        assert agreements.row_of(s, agreement_id).expired(TODAY)
    with pytest.raises(ValidationError):
        grant(world, world.top_secret, world.alice)


# --- the outside-party carrier rule --------------------------------------------------------------


def test_an_outside_party_borrows_only_under_a_business_nda(world):
    carrier_id = world.carrier(title="样品图纸")
    with world.uow() as uow:
        party = agreements.add_party(uow, "杭州恒信纺机配件有限公司", PartyKind.SUPPLIER)
    lend = MovementInput(
        kind=MovementKind.BORROW, party_id=party, purpose="外协加工", due_on=TODAY + timedelta(7)
    )
    with world.uow() as uow, pytest.raises(ValidationError, match="没有生效中的商业保密协议"):
        carriers.record_movement(uow, carrier_id, lend)
    with world.uow() as uow:
        business = agreements.add_agreement(
            uow, AgreementInput(kind=AgreementKind.BUSINESS, party_id=party)
        )
        agreements.set_status(uow, business, AgreementStatus.SIGNED)
        carriers.record_movement(uow, carrier_id, lend)
    with world.read() as s:
        (moved,) = [m for m in carriers.movements_of(s, carrier_id)]
        assert moved.person == "杭州恒信纺机配件有限公司"
    with world.uow() as uow:
        carriers.record_movement(uow, carrier_id, MovementInput(kind=MovementKind.RETURN))
    with world.read() as s:
        back, _ = carriers.movements_of(s, carrier_id)
        assert back.kind == MovementKind.RETURN and back.person == "杭州恒信纺机配件有限公司"
    # A party's name is unique.
    with world.uow() as uow, pytest.raises(ValidationError, match="已存在"):
        agreements.add_party(uow, "杭州恒信纺机配件有限公司", PartyKind.CUSTOMER)


# --- the non-compete -------------------------------------------------------------------------------


def noncompete(world, person_id, **kw) -> AgreementInput:
    values = {
        "kind": AgreementKind.NONCOMPETE,
        "person_id": person_id,
        "nc_months": 12,
        "nc_area": "浙江省",
        "nc_monthly_fen": 450_000,
        "nc_average_wage_fen": 1_500_000,
    }
    values.update(kw)
    return AgreementInput(**values)


def test_a_noncompete_longer_than_two_years_is_refused(world):
    with world.uow() as uow, pytest.raises(ValidationError, match="不得超过二年"):
        agreements.add_agreement(uow, noncompete(world, world.alice, nc_months=25))
    with world.uow() as uow:
        agreements.add_agreement(uow, noncompete(world, world.alice, nc_months=24))


def test_compensation_below_the_floor_is_a_warning(world):
    low = noncompete(world, world.alice, nc_monthly_fen=400_000)
    assert agreements.nc_floor_fen(1_500_000) == 450_000
    assert len(agreements.nc_warnings(low)) == 1
    assert agreements.nc_warnings(noncompete(world, world.alice)) == []
    with world.uow() as uow:
        agreements.add_agreement(uow, low)  # shown, not refused


def test_the_ledger_counts_unpaid_months_and_the_waiver_stops_it(world):
    start = agreements.add_months(TODAY, -4) - timedelta(days=1)
    with world.uow() as uow:
        agreement_id = agreements.add_agreement(
            uow, noncompete(world, world.alice, nc_starts_on=start)
        )
        agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED, start)
    with world.read() as s:
        a = agreements.get(s, agreement_id)
        assert a.end_on == agreements.add_months(start, 12) - timedelta(days=1)
        rows = agreements.ledger(s, agreement_id)
        assert len(rows) == 12 and rows[0].due_on == agreements.add_months(start, 1) - timedelta(1)
        assert agreements.unpaid_months(s, agreement_id, TODAY) == 4
        assert agreements.count_unpaid(s, 3, TODAY) == 1
        assert [r.id for r in agreements.list_agreements(s, AgreementFilter(unpaid=3))] == [
            agreement_id
        ]
    with world.uow() as uow:
        agreements.record_payment(
            uow, rows[0].id, rows[0].due_on, voucher=("回单.txt", "转账回单".encode())
        )
        agreements.record_payment(uow, rows[1].id, rows[1].due_on, 400_000, "少付 500 元")
    with world.read() as s:
        assert agreements.unpaid_months(s, agreement_id, TODAY) == 2
        assert agreements.count_unpaid(s, 2, TODAY) == 1 and agreements.count_unpaid(s, 3) == 0
        (voucher,) = attachments.attachments_of(s, "noncompete_payment", rows[0].id)
        assert voucher.name == "回单.txt"
    with world.uow() as uow, pytest.raises(ValidationError, match="已于"):
        agreements.record_payment(uow, rows[0].id, TODAY)
    with world.uow() as uow:
        agreements.waive(uow, agreement_id, TODAY, "公司决定不再限制")
    with world.read() as s:
        a = agreements.get(s, agreement_id)
        assert a.status == AgreementStatus.ENDED and a.waived_on == TODAY
        assert agreements.waiver_hint_fen(a) == 1_350_000
        # the months begun before the waiver stay owed; later ones are gone
        rows = agreements.ledger(s, agreement_id)
        assert len(rows) == 5 and agreements.unpaid_months(s, agreement_id, TODAY) == 2
    assert last_event(world, "noncompete.waive")["extra"] == "13,500.00"


def test_a_noncompete_signed_while_employed_starts_at_the_leaving_day(world):
    with world.uow() as uow:
        agreement_id = agreements.add_agreement(uow, noncompete(world, world.alice))
        agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED)
    with world.read() as s:
        assert agreements.ledger(s, agreement_id) == []
    with world.uow() as uow:
        agreements.start_noncompete(uow, agreement_id, TODAY - timedelta(days=10))
    with world.read() as s:
        assert len(agreements.ledger(s, agreement_id)) == 12


# --- money, templates, prints ---------------------------------------------------------------------


def test_money_in_fen():
    assert agreements.parse_yuan("12,345.6") == 1_234_560
    assert agreements.parse_yuan("200000元") == 20_000_000
    assert agreements.parse_yuan(" ") is None
    assert agreements.yuan(1_234_560) == "12,345.60"
    with pytest.raises(ValidationError, match="金额"):
        agreements.parse_yuan("1.234")


def test_templates_refuse_unknown_fields_and_reset(world):
    with world.uow() as uow, pytest.raises(ValidationError, match=r"\{身份证号\}"):
        agreements.save_template(uow, AgreementKind.NDA, "乙方：{员工姓名}，身份证 {身份证号}")
    with world.uow() as uow:
        agreements.save_template(uow, AgreementKind.NDA, "乙方 {员工姓名} 承担违约金 {违约金} 元")
    agreement_id = nda(world, world.alice, damages_fen=20_000_000)
    with world.read() as s:
        assert agreements.filled_text(s, agreement_id) == "乙方 张伟 承担违约金 200,000.00 元"
    with world.uow() as uow:
        agreements.reset_template(uow, AgreementKind.NDA)
    with world.read() as s:
        assert (
            agreements.template_text(s, AgreementKind.NDA)
            == agreements.DEFAULT_TEXTS[AgreementKind.NDA]
        )
    for kind, text in agreements.DEFAULT_TEXTS.items():
        agreements.check_template(text)  # the shipped texts use known fields only
        assert kind.value and "{" in text


def test_the_printed_agreement_lists_its_secrets_and_reprints_are_audited(world, tmp_path):
    with world.uow() as uow:
        from tsdesk.models import Secret

        uow.session.get(Secret, world.low_secret).status = SecretStatus.DECLASSIFIED
    agreement_id = nda(
        world,
        world.alice,
        damages_fen=20_000_000,
        secret_ids=[world.top_secret, world.low_secret],
    )
    out = tmp_path / "nda.pdf"
    with world.uow() as uow:
        agreements.print_agreement(uow, agreement_id, out)
    text = pdf_text(out)
    with world.read() as s:
        a = agreements.get(s, agreement_id)
        secrets = agreements.covered_secrets(s, agreement_id)
    assert "员工保密协议" in text and a.number in text
    for secret in secrets:
        assert secret.number in text
    assert "织机主轴热处理工艺" in text and "已解密" in text
    assert "200,000.00" in text and "审计链 #" in text
    assert "张伟" in text and "乙方" in text
    assert last_event(world, "agreement.print")["reprint"] is False
    with world.uow() as uow:
        agreements.print_agreement(uow, agreement_id, tmp_path / "again.pdf")
    assert last_event(world, "agreement.print")["reprint"] is True


def test_the_compensation_statement(world, tmp_path):
    start = agreements.add_months(TODAY, -3) - timedelta(days=1)
    with world.uow() as uow:
        agreement_id = agreements.add_agreement(
            uow, noncompete(world, world.alice, nc_starts_on=start, nc_months=6)
        )
        agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED, start)
        first = agreements.ledger(uow.session, agreement_id)[0]
        agreements.record_payment(uow, first.id, first.due_on)
    out = tmp_path / "nc.pdf"
    with world.uow() as uow:
        agreements.print_compensation(uow, agreement_id, out)
    text = pdf_text(out)
    assert "竞业限制经济补偿支付明细" in text and "张伟（E001）" in text
    assert first.month.strftime("%Y-%m") in text and "已支付" in text
    assert "逾期未付 2 个月，共 9,000.00 元" in text


def test_twenty_thousand_agreements_page_fast(world):
    """The list reads a page at a time: the first page and its count stay quick however many
    agreements there are."""
    import time

    from sqlalchemy import insert

    from tsdesk.models import Agreement

    with world.uow() as uow:
        uow.session.execute(
            insert(Agreement),
            [
                {
                    "number": f"XY-BULK-{i:05}",
                    "kind": AgreementKind.NDA if i % 3 else AgreementKind.EXIT,
                    "status": AgreementStatus.IN_FORCE if i % 5 else AgreementStatus.DRAFT,
                    "person_id": world.alice if i % 2 else world.bob,
                    "title": "员工保密协议",
                    "effective_on": TODAY - timedelta(days=i % 900),
                    "end_on": TODAY + timedelta(days=i % 400) if i % 7 == 0 else None,
                    "created_by": "admin",
                }
                for i in range(20_000)
            ],
        )
    with world.read() as s:
        started = time.perf_counter()
        for f in (
            AgreementFilter(),
            AgreementFilter(kind=AgreementKind.EXIT),
            AgreementFilter(unsigned=True),
            AgreementFilter(expiring=True),
            AgreementFilter(person_id=world.bob),
        ):
            total = agreements.count_agreements(s, f)
            rows = agreements.list_agreements(s, f, limit=200)
            assert len(rows) == min(200, total)
        agreements.count_nda_missing(s)
        assert time.perf_counter() - started < 2.0
        assert agreements.count_agreements(s) == 20_000
