"""Destruction: the hold check (each refusal, the warning), four eyes, the supervised
execution and its effects, the record never edited, annotations, legal holds."""

from __future__ import annotations

from datetime import date

import pytest
from destruction_testing import (
    SUPERVISOR_OP,
    SUPERVISOR_PASSWORD,
    approved,
    build_place,
    carrier_item,
    carriers_status,
    declassified,
    end_term,
    execution,
    outcomes,
    secret_status,
)
from sqlalchemy import select

from tsdesk import levels
from tsdesk.errors import ValidationError
from tsdesk.models import (
    AuditEvent,
    CarrierKind,
    CarrierStatus,
    DestructionItemKind,
    DestructionReason,
    DestructionResult,
    DestructionStatus,
    SealReason,
    SecretStatus,
)
from tsdesk.services import approvals, carriers, destruction
from tsdesk.services.carriers.seals import SealInput, seal


@pytest.fixture
def place(opened):
    return build_place(opened)


def _levels(place, inp):
    with place.read() as s:
        return [(f.level, f.text()) for f in destruction.check_item(s, inp)]


def test_a_lent_carrier_is_refused_with_the_reason(place):
    c = place.carrier("报价单")
    place.carrier("报价单副本")
    with place.uow() as uow:
        carriers.get(uow.session, c).status = CarrierStatus.LENT
    found = _levels(place, carrier_item(c))
    assert (levels.BAD, f"载体 {_number(place, c)} 已借出，须先归还") in found
    with place.uow() as uow, pytest.raises(ValidationError, match="已借出"):
        destruction.create_request(uow, [carrier_item(c)])


def _number(place, carrier_id):
    with place.read() as s:
        return carriers.get(s, carrier_id).number


def test_evidence_seal_and_legal_hold_refuse(place):
    a, b, spare = place.carrier("图纸甲"), place.carrier("图纸乙"), place.carrier("图纸丙")
    with place.uow() as uow:
        seal(uow, a, SealInput(SealReason.EVIDENCE, "FT-001", "档案室"))
        hold = destruction.place_hold(uow, "carrier", b, "与某公司的侵权诉讼")
    assert any("作为证据封存" in t for lvl, t in _levels(place, carrier_item(a)) if lvl == "bad")
    assert (levels.BAD, f"载体 {_number(place, b)} 处于法律保全中：与某公司的侵权诉讼") in _levels(
        place, carrier_item(b)
    )
    with place.uow() as uow, pytest.raises(ValidationError, match="法律保全"):
        destruction.create_request(uow, [carrier_item(spare), carrier_item(b)])
    with place.uow() as uow:
        destruction.lift_hold(uow, hold, "诉讼已结案")
    assert _levels(place, carrier_item(b))[0][0] == levels.WARN  # term not ended: a warning
    with place.read() as s:
        assert destruction.holds_on(s, "carrier", b) == []
        (row,) = destruction.holds_on(s, "carrier", b, include_lifted=True)
        assert row.lift_reason == "诉讼已结案" and row.lifted_by == place.admin.name
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "legal_hold")
        ).all()
    assert actions == ["legal_hold.place", "legal_hold.lift"]


def test_a_hold_on_the_secret_refuses_its_carriers(place):
    c = place.carrier("图纸")
    place.carrier("图纸副本")
    with place.uow() as uow:
        destruction.place_hold(uow, "secret", place.low_secret, "仲裁证据")
    assert any("仲裁证据" in t for lvl, t in _levels(place, carrier_item(c)) if lvl == "bad")


def test_the_last_copy_of_a_secret_in_force_is_kept(place):
    only = place.carrier("唯一的一份")
    found = _levels(place, carrier_item(only))
    assert found[0][0] == levels.BAD and "最后一份载体" in found[0][1]
    other = place.carrier("另一份")
    # Both in one batch: neither is the copy kept.
    with place.uow() as uow, pytest.raises(ValidationError, match="最后一份"):
        destruction.create_request(uow, [carrier_item(only), carrier_item(other)])
    # With another copy kept it is allowed, with the warning that the term has not ended.
    found = _levels(place, carrier_item(only))
    assert [lvl for lvl, _ in found] == [levels.WARN]
    assert "保密期限尚未届满" in found[0][1]


def test_keep_last_copy_off_allows_the_last_one(place):
    from tsdesk.services import settings

    only = place.carrier("唯一的一份")
    with place.uow() as uow:
        settings.set_value(uow, "keep_last_copy", 0)
    assert [lvl for lvl, _ in _levels(place, carrier_item(only))] == [levels.WARN]


def test_a_carrier_of_an_ended_secret_is_clean(place):
    c = place.carrier("旧报价")
    end_term(place, place.low_secret)
    assert _levels(place, carrier_item(c)) == [(levels.OK, "未发现阻止销毁的情况")]


def test_a_whole_secret_needs_declassification_or_its_term_over(place):
    place.carrier("报价")
    item = destruction.ItemInput(
        DestructionItemKind.SECRET, DestructionReason.DECLASSIFIED, secret_id=place.low_secret
    )
    assert "既未解密" in _levels(place, item)[0][1]
    declassified(place, place.low_secret)
    assert _levels(place, item)[0][0] == levels.OK


def test_a_whole_secret_does_not_take_the_last_copy_of_another(place):
    place.carrier("报价与工艺合订本", [place.low_secret, place.top_secret])
    declassified(place, place.low_secret)
    item = destruction.ItemInput(
        DestructionItemKind.SECRET, DestructionReason.DECLASSIFIED, secret_id=place.low_secret
    )
    found = _levels(place, item)
    assert found[0][0] == levels.BAD and "最后一份载体" in found[0][1]
    place.carrier("工艺另一份", [place.top_secret])
    assert [lvl for lvl, _ in _levels(place, item)] == [levels.WARN]


def test_a_data_set_needs_its_description(place):
    item = destruction.ItemInput(DestructionItemKind.DATA, DestructionReason.OTHER)
    assert "系统或路径" in _levels(place, item)[0][1]


def test_four_eyes_one_approval_for_the_batch(place):
    end_term(place, place.low_secret)
    a, b = place.carrier("甲"), place.carrier("乙")
    with place.uow() as uow:
        batch = destruction.create_request(uow, [carrier_item(a), carrier_item(b)])
        with pytest.raises(ValidationError, match="当前为"):
            destruction.approve(uow, batch, place.approver)  # not submitted yet
        destruction.submit(uow, batch)
    with place.uow() as uow, pytest.raises(ValidationError, match="不能是申请人本人"):
        destruction.approve(uow, batch, place.admin)
    with place.uow() as uow:
        who = approvals.second_operator(uow, "approver1", "approver-pass-1", "destruction")
        destruction.approve(uow, batch, who)
    with place.read() as s:
        view = destruction.get_batch(s, batch)
    assert view.row.status == DestructionStatus.APPROVED
    assert view.row.approved_by == "approver1" and view.row.items == 2


def test_return_and_cancel(place):
    end_term(place, place.low_secret)
    a = place.carrier("甲")
    with place.uow() as uow:
        batch = destruction.create_request(uow, [carrier_item(a)])
        destruction.submit(uow, batch)
        with pytest.raises(ValidationError, match="理由"):
            destruction.return_to_draft(uow, batch, " ")
        destruction.return_to_draft(uow, batch, "补充数量")
        destruction.cancel(uow, batch, "不再需要")
    with place.read() as s:
        assert destruction.get_batch(s, batch).row.status == DestructionStatus.CANCELLED
    with place.uow() as uow:  # the carrier is free for another request
        destruction.create_request(uow, [carrier_item(a)])


def test_an_item_is_in_one_open_batch_only(place):
    end_term(place, place.low_secret)
    a = place.carrier("甲")
    with place.uow() as uow:
        destruction.create_request(uow, [carrier_item(a)])
    with place.uow() as uow, pytest.raises(ValidationError, match="已列入销毁记录"):
        destruction.create_request(uow, [carrier_item(a)])


def test_execution_needs_two_supervisors_not_the_executor(place):
    end_term(place, place.low_secret)
    batch = approved(place, [carrier_item(place.carrier("甲"))])
    with place.uow() as uow, pytest.raises(ValidationError, match="至少两名监销人"):
        destruction.execute(uow, batch, execution(place, batch, supervisor_ids=[place.bob]))
    with place.uow() as uow, pytest.raises(ValidationError, match="执行人不能同时担任监销人"):
        destruction.execute(
            uow, batch, execution(place, batch, supervisor_ids=[place.bob, place.alice])
        )
    with place.uow() as uow, pytest.raises(ValidationError, match="销毁地点"):
        destruction.execute(uow, batch, execution(place, batch, place=" "))


def test_an_operator_supervisor_confirms_with_their_own_password(place):
    end_term(place, place.low_secret)
    batch = approved(place, [carrier_item(place.carrier("甲"))])
    with place.uow() as uow, pytest.raises(ValidationError, match="自己的密码"):
        destruction.execute(uow, batch, execution(place, batch), {place.carol: SUPERVISOR_OP})
    from tsdesk.errors import WrongPassword

    with place.uow() as uow, pytest.raises(WrongPassword):
        destruction.confirm_supervisor(uow, SUPERVISOR_OP, "wrong")
    with place.uow() as uow:
        destruction.confirm_supervisor(uow, SUPERVISOR_OP, SUPERVISOR_PASSWORD)
        destruction.execute(uow, batch, execution(place, batch), {place.carol: SUPERVISOR_OP})
    with place.read() as s:
        sups = {r.person_id: r for r in destruction.get_batch(s, batch).supervisors}
    assert sups[place.carol].operator == SUPERVISOR_OP and sups[place.carol].confirmed_at
    assert sups[place.bob].operator == "" and sups[place.bob].confirmed_at is None


def test_a_failed_item_does_not_block_the_rest(place):
    end_term(place, place.low_secret)
    a, b = place.carrier("甲"), place.carrier("乙")
    batch = approved(place, [carrier_item(a), carrier_item(b)])
    with place.read() as s:
        second = destruction.get_batch(s, batch).items[1].id
    failed = destruction.ItemOutcome(second, DestructionResult.FAILED)
    with place.uow() as uow, pytest.raises(ValidationError, match="未能销毁的原因"):
        destruction.execute(
            uow, batch, execution(place, batch, outcomes=outcomes(place, batch, **{"2": failed}))
        )
    failed = destruction.ItemOutcome(second, DestructionResult.FAILED, failure="碎纸机故障")
    with place.uow() as uow:
        destruction.execute(
            uow, batch, execution(place, batch, outcomes=outcomes(place, batch, **{"2": failed}))
        )
    assert carriers_status(place, a) == CarrierStatus.DESTROYED
    assert carriers_status(place, b) == CarrierStatus.IN_STORE
    with place.read() as s:
        view = destruction.get_batch(s, batch)
    assert [i.result for i in view.items] == [DestructionResult.DESTROYED, DestructionResult.FAILED]
    assert view.items[1].failure == "碎纸机故障" and view.certificate_code
    assert view.row.status == DestructionStatus.DONE


def test_paper_level_below_the_rule_is_refused(place):
    end_term(place, place.top_secret)  # 一级: P-5 at least
    batch = approved(place, [carrier_item(place.carrier("主轴图", [place.top_secret]))])
    with place.uow() as uow, pytest.raises(ValidationError, match="低于规定的 P-5"):
        destruction.execute(
            uow, batch, execution(place, batch, outcomes=outcomes(place, batch, "shred-p4"))
        )
    with place.uow() as uow, pytest.raises(ValidationError, match="不适用"):
        destruction.execute(
            uow, batch, execution(place, batch, outcomes=outcomes(place, batch, "degauss"))
        )


def test_a_whole_secret_takes_its_carriers_and_the_register_follows(place):
    a = place.carrier("报价甲")
    b = place.carrier("报价乙", kind=CarrierKind.STORAGE)
    declassified(place, place.low_secret)
    batch = approved(
        place,
        [
            destruction.ItemInput(
                DestructionItemKind.SECRET,
                DestructionReason.DECLASSIFIED,
                secret_id=place.low_secret,
            )
        ],
    )
    with place.uow() as uow:
        destruction.execute(
            uow, batch, execution(place, batch, outcomes=outcomes(place, batch, "incinerate"))
        )
    assert carriers_status(place, a) == carriers_status(place, b) == CarrierStatus.DESTROYED
    assert secret_status(place, place.low_secret) == SecretStatus.DESTROYED


def test_a_secret_keeps_its_status_while_a_carrier_is_left(place):
    a, b = place.carrier("甲"), place.carrier("乙")
    end_term(place, place.low_secret)
    batch = approved(place, [carrier_item(a)])
    with place.uow() as uow:
        destruction.execute(uow, batch, execution(place, batch))
    assert secret_status(place, place.low_secret) == SecretStatus.CONFIRMED
    batch = approved(place, [carrier_item(b)])
    with place.uow() as uow:
        destruction.execute(uow, batch, execution(place, batch))
    assert secret_status(place, place.low_secret) == SecretStatus.DESTROYED


def test_a_hold_placed_after_approval_refuses_the_execution(place):
    end_term(place, place.low_secret)
    a = place.carrier("甲")
    batch = approved(place, [carrier_item(a)])
    with place.uow() as uow:
        destruction.place_hold(uow, "carrier", a, "新的纠纷")
    with place.uow() as uow, pytest.raises(ValidationError, match="法律保全"):
        destruction.execute(uow, batch, execution(place, batch))


def test_done_is_never_edited_only_annotated(place):
    end_term(place, place.low_secret)
    a, b = place.carrier("甲"), place.carrier("乙")
    batch = approved(place, [carrier_item(a)])
    with place.uow() as uow:
        destruction.execute(uow, batch, execution(place, batch))
    with place.read() as s:
        item_id = destruction.get_batch(s, batch).items[0].id
    for attempt in (
        lambda uow: destruction.add_items(uow, batch, [carrier_item(b)]),
        lambda uow: destruction.remove_item(uow, item_id),
        lambda uow: destruction.submit(uow, batch),
        lambda uow: destruction.cancel(uow, batch, "反悔"),
        lambda uow: destruction.execute(uow, batch, execution(place, batch)),
    ):
        with place.uow() as uow, pytest.raises(ValidationError, match="已完成"):
            attempt(uow)
    with place.uow() as uow:
        destruction.annotate(uow, batch, "照片已归档至档案室")
    with place.read() as s:
        (note,) = destruction.get_batch(s, batch).notes
    assert note.text == "照片已归档至档案室" and note.written_by == place.admin.name


def test_lists_and_counts(place):
    end_term(place, place.low_secret)
    a = place.carrier("甲")
    with place.uow() as uow:
        batch = destruction.create_request(uow, [carrier_item(a)], note="旧报价单")
    with place.read() as s:
        assert [r.id for r in destruction.list_batches(s, search="旧报价")] == [batch]
        assert destruction.list_batches(s, DestructionStatus.DONE) == []
        assert destruction.count_batches(s, DestructionStatus.DRAFT) == 1
        number = destruction.get_batch(s, batch).row.number
        assert destruction.by_number(s, number).row.id == batch
        assert number.startswith("XH-")


def test_method_catalogue_is_editable(place):
    with place.uow() as uow:
        destruction.save_method(
            uow, "shred-p7", "碎纸机粉碎（P-7）", "paper", "destroy", "P-7", True
        )
        destruction.save_method(uow, "pulp", "化浆", "paper", "destroy", "", False)
    with place.read() as s:
        keys = [m.key for m in destruction.methods(s, "paper")]
    assert "shred-p7" in keys and "pulp" not in keys and "incinerate" in keys


def test_reminders_count(place):
    from datetime import datetime, timedelta

    from tsdesk.models import DestructionBatch

    a = place.carrier("甲")
    with place.read() as s:
        assert destruction.count_kept_after_end(s, date.today()) == 0
    end_term(place, place.low_secret)
    with place.read() as s:
        assert destruction.count_kept_after_end(s, date.today()) == 1
    b = place.carrier("乙", secrets=[place.top_secret])
    declassified(place, place.top_secret)  # the other way a secret ends
    with place.read() as s:
        assert destruction.count_kept_after_end(s, date.today()) == 2
        assert {a, b} <= set(destruction.candidate_carriers(s))
    batch = approved(place, [carrier_item(a)])
    with place.read() as s:
        assert destruction.count_overdue(s, date.today()) == 0
    with place.uow() as uow:
        uow.session.get(DestructionBatch, batch).approved_at = datetime.now() - timedelta(days=20)
    with place.read() as s:
        assert destruction.count_overdue(s, date.today()) == 1


def test_a_copy_marked_superseded_waits_for_destruction(place):
    """Issue 14: copies marked 已被替代 are a reminder and a candidate until destroyed."""
    old, new = place.carrier("报价单（旧版）"), place.carrier("报价单")
    with place.uow() as uow, pytest.raises(ValidationError, match="说明"):
        carriers.mark_superseded(uow, old, "  ")
    with place.uow() as uow:
        carriers.mark_superseded(uow, old, f"由 {_number(place, new)} 替代")
    with place.uow() as uow, pytest.raises(ValidationError, match="已标记"):
        carriers.mark_superseded(uow, old, "又一次")
    with place.read() as s:
        assert destruction.count_superseded(s, date.today()) == 1
        assert old in destruction.candidate_carriers(
            s
        ) and new not in destruction.candidate_carriers(s)
        assert carriers.get(s, old).superseded_on == date.today()
    batch = approved(place, [carrier_item(old)])
    with place.uow() as uow:
        destruction.execute(uow, batch, execution(place, batch))
    assert carriers_status(place, old) == CarrierStatus.DESTROYED
    with place.read() as s:
        assert destruction.count_superseded(s, date.today()) == 0
