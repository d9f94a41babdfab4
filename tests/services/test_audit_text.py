"""The audit chain in words, without Qt: business numbers for database ids, actions and field
names as a person reads them, only what changed; every action code the code records has a
label."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from carriers_testing import APPROVER, APPROVER_PASSWORD, build_world
from tsdesk_testing import read

from tsdesk.errors import TSDeskError
from tsdesk.models import CarrierKind, MovementKind
from tsdesk.services import approvals, audit, audit_text, carriers, register
from tsdesk.services.audit import AuditFilter
from tsdesk.vault import Vault

ROOT = Path(__file__).resolve().parents[2] / "tsdesk"


def events(vault: Vault, **f) -> list:
    return read(vault, audit.page, AuditFilter(**f), 0, 1000)


def words(vault: Vault, **f) -> list[audit_text.Described]:
    return read(vault, audit.described, events(vault, **f))


@pytest.fixture
def world(opened):
    return build_world(opened)


def test_editing_a_secret_shows_its_number_and_only_the_changed_fields_in_words(world):
    with world.uow() as uow:
        secret = register.get(uow.session, world.low_secret)
        inp = register.SecretInput(
            subject="2026 年度供应商报价汇总（修订）",
            category=secret.category,
            grade_id=secret.grade_id,
            term_kind=secret.term_kind,
            term_until=secret.term_until,
            department_id=secret.department_id,
            owner_id=world.alice,
        )
        register.update(uow, world.low_secret, inp)
        number = secret.number
    [edit] = words(world.vault, action="secret.update")
    assert edit.action == "修改商业秘密"
    assert edit.entity == "商业秘密"
    assert edit.number == number  # not the database id
    assert edit.operator == "admin"
    assert edit.changes == (  # fields in the record's (alphabetical) order
        "责任人：— → 张伟（E001）；名称：2026 年度供应商报价汇总 → 2026 年度供应商报价汇总（修订）"
    )


def test_moving_a_carrier_names_the_carrier_person_status_and_approver(world):
    carrier_id = world.carrier("供应商报价单", secrets=[world.top_secret], area=world.archive)
    with world.uow() as uow:
        approver = approvals.second_operator(uow, APPROVER, APPROVER_PASSWORD, "借阅")
        carriers.record_movement(
            uow,
            carrier_id,
            carriers.MovementInput(
                MovementKind.BORROW,
                person_id=world.bob,
                purpose="核对报价",
                started_on=date(2026, 11, 2),
                due_on=date(2026, 11, 9),
            ),
            approver,
        )
        number = carriers.get(uow.session, carrier_id).number
    registered, borrowed = reversed(words(world.vault, entity_type="carrier"))
    assert number.startswith("ZT-") and borrowed.number == number
    assert borrowed.action == "借阅"
    assert borrowed.changes == (
        "审批人：approver1；应还日期：2026-11-09；已取出存储介质：否；经办/使用人：李娜（E002）；"
        "用途：核对报价；开始日期：2026-11-02；状态：借出"
    )
    assert registered.action == "登记载体"
    assert "涉密区域：QY-001 研发中心图纸档案室" in registered.changes
    assert "载体类型：纸质资料" in registered.changes
    assert "保管人：张伟（E001）" in registered.changes
    with world.read() as session:
        top = register.get(session, world.top_secret).number
    assert f"所载商业秘密：{top}" in registered.changes


def test_lock_and_a_wrong_approver_password_have_their_own_words(world, opened):
    with world.uow() as uow:
        uow.record("lock", "operator", world.admin.operator_id)
    with pytest.raises(TSDeskError), world.uow() as uow:
        approvals.second_operator(uow, APPROVER, "wrong-password", "借阅")
    # the failure is kept outside the database until the next unlock moves it into the chain
    opened.vault.relogin(opened.admin.name, "correct-horse-1")
    newest = events(world.vault)[:3]
    assert [e.action for e in newest] == ["login", "approval.password_failed", "lock"]
    login, failed, lock = read(world.vault, audit.described, newest)
    assert lock.action == "锁定窗口" and lock.number == "admin"
    assert failed.action == "审批人密码错误"
    assert failed.operator == "approver1"
    assert "登录失败" not in failed.action
    assert re.fullmatch(r"计算机：.+；时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", failed.changes)


def test_an_unknown_action_or_field_is_shown_as_stored(world):
    with world.uow() as uow:
        uow.record("later.module", "thing", "7", after={"colour": "red"})
    [later] = words(world.vault, action="later.module")
    assert (later.action, later.entity, later.number, later.changes) == (
        "later.module",
        "thing",
        "7",
        "colour：red",
    )


def test_a_page_of_events_is_described_with_one_query_per_kind(world, monkeypatch):
    for i in range(30):
        world.carrier(f"图纸 {i}")
    queries: list[str] = []
    from sqlalchemy import event

    engine = world.vault.engine
    listener = lambda *a: queries.append(a[2])  # noqa: E731
    page = events(world.vault)[:200]
    event.listen(engine, "before_cursor_execute", listener)
    try:
        read(world.vault, audit.described, page)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(page) > 30
    assert len(queries) <= len(audit_text.RESOLVERS)


def test_translated_words_come_from_the_translate_function(world):
    carrier_id = world.carrier("报价单")
    with world.uow() as uow:
        carriers.mark_lost(uow, carrier_id, "出差途中遗失", date(2026, 11, 23))
    english = {"登记遗失": "Reported lost", "状态": "Status", "遗失": "Lost", "在库": "In store"}

    def translate(context: str, text: str) -> str:
        return english.get(text, text)

    [lost] = read(
        world.vault, audit.described, events(world.vault, action="carrier.lost"), translate
    )
    assert lost.action == "Reported lost"
    assert "Status：In store → Lost" in lost.changes


def test_search_finds_by_number_words_and_person(world):
    carrier_id = world.carrier("报价单", kind=CarrierKind.PAPER)
    with world.uow() as uow:
        number = carriers.get(uow.session, carrier_id).number
        carriers.mark_lost(uow, carrier_id, "出差途中遗失")
    by_number = events(world.vault, **audit.search(number))
    assert {e.entity_id for e in by_number} == {str(carrier_id)}
    by_words = events(world.vault, **audit.search("遗失"))  # the label of status "lost"
    assert [e.action for e in by_words] == ["carrier.lost"]
    by_person = events(world.vault, **audit.search("李娜"))
    assert [e.action for e in by_person] == ["person.add"]
    assert events(world.vault, **audit.search("100%_")) == []  # LIKE wildcards are literal


def _recorded_action_codes() -> set[str]:
    """Every action code written in the code: the first string argument of a record call."""
    call = re.compile(
        r"(?:\.record|audit\.append|_audit|_record|events\.append)\(\s*\(?"
        r"(?:[\w.]+,\s*){0,3}f?\"([a-z_]+(?:\.[a-z_{}.]+)?)\""
    )
    codes: set[str] = set()
    for path in ROOT.rglob("*.py"):
        codes.update(call.findall(path.read_text("utf-8")))
    # the ones built from a value: each movement kind
    return {c for c in codes if "{" not in c} | {f"movement.{k.value}" for k in MovementKind}


def test_every_recorded_action_code_has_a_label():
    codes = _recorded_action_codes()
    assert {"lock", "secret.update", "carrier.register", "print.labels"} <= codes
    labelled = set(audit_text.action_codes())
    assert codes - labelled == set()
    # recorded through variables or a condition
    assert {"approval.password_failed", "login.failed", "operator.password_changed"} <= labelled


def test_every_label_is_marked_for_translation_in_the_audit_context():
    source = "".join(p.read_text("utf-8") for p in ROOT.rglob("*.py"))
    for labels in audit_text.declared():
        for table in (labels.actions, labels.entities, labels.fields):
            for text in table.values():
                assert f'QT_TRANSLATE_NOOP("audit", "{text}")' in source, text
