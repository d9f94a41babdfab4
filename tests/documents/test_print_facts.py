"""What the printed register says (issue 8 §1): the three constitutive conditions with the
measures drafted from the data, departed people never printed as knowers or as admitted,
the review-due ledger's next-review column, and the company heading and signature line."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from register_testing import build_team, confirmed, propose, secret_input
from sqlalchemy import update
from tsdesk_testing import COMPANY

from tsdesk.models import AccessTier, AreaKind, CarrierKind, PersonStatus, Secret
from tsdesk.services import areas, carriers, people, register, register_print


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


@pytest.fixture
def world(team):
    """A confirmed secret known to 张伟 and 李娜, one carrier in an archive both may enter;
    then 李娜 leaves (her grants stay, as the register records them)."""
    secret_id = confirmed(team, secret_input(team, scope="技术研发中心工艺组"))
    with team.vault.unit_of_work(team.officer) as uow:
        archive = areas.add_area(
            uow,
            areas.AreaInput(
                name="研发中心图纸档案室", kind=AreaKind.ARCHIVE, grade_id=team.grades["二级商密"]
            ),
        )
        carrier = carriers.register_carrier(
            uow,
            carriers.CarrierInput(
                kind=CarrierKind.PAPER,
                title="引纬机构总装图",
                secret_ids=[secret_id],
                area_id=archive,
            ),
        )
        for name, tier in (("张伟", AccessTier.FULL), ("李娜", AccessTier.CONSULT)):
            people.grant(uow, secret_id, team.people[name], tier, "工艺评审")
            areas.grant_access(uow, archive, team.people[name])
        people.set_status(uow, team.people["李娜"], PersonStatus.LEFT)
        number = carriers.get(uow.session, carrier).number
    return secret_id, archive, number


def printed(fn, vault, actor, *args) -> bytes:
    out = io.BytesIO()
    with vault.unit_of_work(actor) as uow:
        fn(uow, *args, out)
    return out.getvalue()


def test_detail_sheet_shows_a_b_c_with_the_recorded_measures(team, world, pdf):
    secret_id, _, carrier_number = world
    text = pdf.flat(
        pdf.text(printed(register_print.print_detail, team.vault, team.officer, secret_id))
    )
    for label in ("a)不为公众所知悉", "b)具有商业价值", "c)已采取相应保密措施"):
        assert label in text
    assert "仅存于PDM系统" in text and "缩短换型时间三成" in text
    assert "限定知悉范围：1人（全部知悉1人）：张伟" in text
    assert f"登记涉密载体1件：{carrier_number}（研发中心图纸档案室）" in text
    assert "已打印保密标识0件" in text
    assert "保密范围技术研发中心工艺组" in text


def test_confirm_form_shows_a_b_c(team, world, pdf):
    secret_id, _, carrier_number = world
    with team.vault.reader() as session:
        approval_id = register.approvals_of(session, secret_id)[0].id
    data = printed(register_print.print_approval, team.vault, team.approver, approval_id)
    text = pdf.flat(pdf.text(data))
    assert "a)不为公众所知悉：仅存于PDM系统" in text
    assert "c)已采取相应保密措施：限定知悉范围：1人" in text
    assert carrier_number in text
    assert "续见附页" not in text  # the conditions fit their box on the form's one page


def test_a_departed_person_is_never_printed_as_a_knower_or_admitted(team, world, pdf):
    secret_id, archive, _ = world
    with team.vault.reader() as session:
        secret = register.get(session, secret_id)
        assert "李娜" not in register_print.measures_text(session, secret)
    text = pdf.flat(
        pdf.text(printed(register_print.print_detail, team.vault, team.officer, secret_id))
    )
    start = text.index("李娜（离职）")  # her row is the last knower row
    row = text[start : text.index("审批记录", start)]
    assert row.endswith("离职") and "有效" not in row
    with team.vault.unit_of_work(team.officer) as uow:
        sheet = areas.record_pdf(uow, archive)
    record = pdf.flat(pdf.text(sheet))
    assert "张伟" in record and "李娜" not in record
    assert "准入人员（1人）" in record


def test_review_due_ledger_has_the_next_review_column(team, pdf):
    secret_id = confirmed(team, secret_input(team))
    due = date.today() - timedelta(days=3)
    with team.vault.unit_of_work(team.officer) as uow:
        uow.session.execute(update(Secret).where(Secret.id == secret_id).values(next_review=due))
    f = register.RegisterFilter(review_due=True)
    out = io.BytesIO()
    with team.vault.unit_of_work(team.officer) as uow:
        assert register_print.print_ledger(uow, f, out) == 1
    text = pdf.flat(pdf.text(out.getvalue()))
    assert "下次审查" in text and due.isoformat() in text
    out = io.BytesIO()
    with team.vault.unit_of_work(team.officer) as uow:
        register_print.print_ledger(uow, None, out)
    assert "下次审查" not in pdf.flat(pdf.text(out.getvalue()))


def test_ledger_and_approval_forms_carry_the_company_and_a_signature_line(team, pdf):
    secret_id = confirmed(team, secret_input(team))
    propose(team)
    ledger = pdf.flat(
        pdf.text(printed(register_print.print_ledger, team.vault, team.officer, None))
    )
    with team.vault.reader() as session:
        approval_id = register.approvals_of(session, secret_id)[0].id
    form = pdf.flat(
        pdf.text(printed(register_print.print_approval, team.vault, team.officer, approval_id))
    )
    for text in (ledger, form):
        assert text.startswith(COMPANY)
        assert "编制：" in text and "审核：" in text
        assert "打印人王保密" in text  # the operator's name, not the login
