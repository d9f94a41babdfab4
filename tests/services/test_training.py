"""Training, drills and inspections (issue 13 §4; 003 §12, §13.1, §5.3 b; 004 第十条)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from register_testing import build_team
from sqlalchemy import select, update
from tsdesk_testing import read

from tsdesk.errors import ValidationError
from tsdesk.models import (
    Person,
    PersonStatus,
    TrainingAttendance,
    TrainingAudience,
)
from tsdesk.services import audit as audit_service
from tsdesk.services import people, reminders, settings, stocktake, training
from tsdesk.services.audit import AuditFilter
from tsdesk.services.training import ActionFlag, DrillInput, InspectionInput, SessionInput
from tsdesk.services.training import TrainingFlag as F

TODAY = date.today()
PDF = b"%PDF-1.4\n% scan\n"


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def session_input(team, *names, held_on=TODAY, **kw) -> SessionInput:
    return SessionInput(
        topic=kw.pop("topic", "商业秘密保护制度宣讲"),
        audience=kw.pop("audience", TrainingAudience.ALL),
        held_on=held_on,
        trainer=kw.pop("trainer", "王丽娟"),
        attendee_ids=tuple(team.people[n] for n in names),
        **kw,
    )


def add(team, *names, **kw) -> int:
    with team.vault.unit_of_work(team.officer) as uow:
        return training.add_session(uow, session_input(team, *names, **kw))


def flagged(team, flag, today=TODAY) -> list[str]:
    return [r.name for r in read(team.vault, training.due_for_training, flag, today)]


def actions(team) -> list[str]:
    return [e.action for e in read(team.vault, audit_service.page, AuditFilter(), 0, 200)]


def test_a_session_with_attendees_and_scores(team):
    session_id = add(team, "张伟", "李娜", held_on=TODAY - timedelta(days=10))
    rows = read(team.vault, training.list_sessions)
    assert [(r.topic, r.attendees, r.scans) for r in rows] == [("商业秘密保护制度宣讲", 2, 0)]
    with team.vault.unit_of_work(team.officer) as uow:
        training.record_scores(uow, session_id, {team.people["张伟"]: 92})
        training.attach_scan(uow, session_id, "签到表.pdf", PDF)
    attendees = read(team.vault, training.attendees_of, session_id)
    assert [(a.name, a.score) for a in attendees] == [("张伟", 92), ("李娜", None)]
    assert read(team.vault, training.list_sessions)[0].scans == 1
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        training.record_scores(uow, session_id, {team.people["陈静"]: 80})  # not there
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        training.record_scores(uow, session_id, {team.people["张伟"]: 101})
    trained = read(team.vault, training.trainings_of, team.people["张伟"])
    assert [(t.topic, t.score) for t in trained] == [("商业秘密保护制度宣讲", 92)]
    assert {"training.add", "training.scores", "attachment.add"} <= set(actions(team))
    # Put into words like every event (a field name of another module's must not be borrowed).
    with team.vault.reader() as s:
        events = audit_service.page(s, AuditFilter(), 0, 50)
        words = dict(
            zip([e.action for e in events], audit_service.described(s, events), strict=True)
        )
    assert "张伟" in words["training.scores"].changes and "92" in words["training.scores"].changes
    assert "全体员工" in words["training.add"].changes


def test_changing_the_date_moves_the_attendance_copies(team):
    session_id = add(team, "张伟", "李娜", held_on=TODAY - timedelta(days=400))
    with team.vault.unit_of_work(team.officer) as uow:
        training.record_scores(uow, session_id, {team.people["张伟"]: 88})
        training.update_session(
            uow, session_id, session_input(team, "张伟", "陈静", held_on=TODAY - timedelta(days=5))
        )
    with team.vault.reader() as s:
        rows = s.execute(select(TrainingAttendance.person_id, TrainingAttendance.held_on)).all()
        assert {d for _, d in rows} == {TODAY - timedelta(days=5)}
        assert {p for p, _ in rows} == {team.people["张伟"], team.people["陈静"]}
        last = s.scalar(select(training.last_trained(team.people["张伟"])))
        assert last == TODAY - timedelta(days=5)
    scores = {a.name: a.score for a in read(team.vault, training.attendees_of, session_id)}
    assert scores == {"张伟": 88, "陈静": None}  # kept, and new
    assert "training.update" in actions(team)


def test_bad_sessions_change_nothing(team):
    for bad in (
        session_input(team, "张伟", topic=" "),
        session_input(team),  # nobody
        session_input(team, "张伟", audience="all"),
    ):
        with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
            training.add_session(uow, bad)
    with team.vault.unit_of_work(team.officer) as uow:
        people.set_status(uow, team.people["陈静"], PersonStatus.LEFT)
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError, match="离职"):
        training.add_session(uow, session_input(team, "陈静"))
    assert read(team.vault, training.list_sessions) == []


def test_who_is_due_for_training(team):
    # Nobody trained, nobody with a hire date: every active person is due by the yearly rule.
    assert flagged(team, F.UNTRAINED) == ["张伟", "李娜", "陈静"]
    add(team, "张伟", held_on=TODAY - timedelta(days=100))
    add(team, "李娜", held_on=TODAY - timedelta(days=400))  # too long ago
    add(team, "陈静", held_on=TODAY + timedelta(days=3))  # planned: not yet trained
    assert flagged(team, F.UNTRAINED) == ["李娜", "陈静"]
    assert flagged(team, F.UNTRAINED, TODAY + timedelta(days=4)) == ["李娜"]
    # The interval is a setting.
    with team.vault.unit_of_work(team.admin) as uow:
        settings.set_value(uow, "training_interval_days", 90)
    assert "张伟" in flagged(team, F.UNTRAINED)
    with team.vault.unit_of_work(team.admin) as uow:
        settings.set_value(uow, "training_interval_days", 365)
    # New staff: hired 40 days ago, not trained since, is due (30 days); hired 10 days ago
    # is not yet; a new hire is judged by the new-staff rule alone.
    with team.vault.unit_of_work(team.officer) as uow:
        new = people.add_person(uow, "E010", "周新")
        fresh = people.add_person(uow, "E011", "吴鲜")
    with team.vault.unit_of_work(team.admin) as uow:
        uow.session.execute(
            update(Person).where(Person.id == new).values(hire_date=TODAY - timedelta(days=40))
        )
        uow.session.execute(
            update(Person).where(Person.id == fresh).values(hire_date=TODAY - timedelta(days=10))
        )
    assert flagged(team, F.NEW_UNTRAINED) == ["周新"]
    assert "周新" not in flagged(team, F.UNTRAINED) and "吴鲜" not in flagged(team, F.UNTRAINED)
    assert flagged(team, F.NEW_UNTRAINED, TODAY + timedelta(days=25)) == ["周新", "吴鲜"]
    with team.vault.unit_of_work(team.officer) as uow:
        training.add_session(
            uow,
            SessionInput(
                "新员工入职保密教育",
                TrainingAudience.NEW,
                TODAY - timedelta(days=1),
                attendee_ids=(new,),
            ),
        )
    assert flagged(team, F.NEW_UNTRAINED) == []
    # People who left are never due.
    with team.vault.unit_of_work(team.officer) as uow:
        people.set_status(uow, team.people["李娜"], PersonStatus.LEFT)
    assert flagged(team, F.UNTRAINED) == ["陈静"]
    # The reminders count what the lists show.
    with team.vault.reader() as s:
        got = {c.reminder.key: c.n for c in reminders.evaluate(s)}
    assert got["training.untrained"] == 1 and got["training.new_untrained"] == 0


def test_drills_with_participants(team):
    data = DrillInput(
        "研发人员通过网盘外传图纸",
        TODAY - timedelta(days=3),
        "09:00 发现\n09:20 断网",
        "上报用时偏长",
        (team.people["张伟"], team.people["李娜"]),
    )
    with team.vault.unit_of_work(team.officer) as uow:
        drill_id = training.add_drill(uow, data)
    with team.vault.unit_of_work(team.officer) as uow:
        training.update_drill(
            uow,
            drill_id,
            DrillInput(**{**data.__dict__, "participant_ids": (team.people["陈静"],)}),
        )
    assert [p.name for p in read(team.vault, training.participants_of, drill_id)] == ["陈静"]
    assert read(team.vault, training.list_drills)[0].participants == 1
    assert [d.scenario for d in read(team.vault, training.drills_of, team.people["陈静"])] == [
        "研发人员通过网盘外传图纸"
    ]
    future = DrillInput("x", TODAY + timedelta(days=1), participant_ids=(team.people["陈静"],))
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        training.add_drill(uow, future)
    assert {"drill.add", "drill.update"} <= set(actions(team))


def plan(team, **kw) -> int:
    with team.vault.unit_of_work(team.officer) as uow:
        return training.plan_inspection(
            uow,
            InspectionInput(
                kw.pop("title", "2026 年第二季度保密检查"),
                TODAY - timedelta(days=20),
                "王丽娟",
                "研发中心图纸档案室",
                "一级商密图纸",
                "研发中心全体",
                "003 §9.1 涉密区域管理",
            ),
        )


def test_an_inspection_from_plan_to_close(team):
    inspection_id = plan(team)
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        training.record_result(uow, inspection_id, "门禁记录不全", "", TODAY)  # no conclusion
    with team.vault.unit_of_work(team.officer) as uow:
        training.record_result(uow, inspection_id, "门禁记录不全", "基本符合", TODAY - timedelta(1))
        late = training.add_action(
            uow, inspection_id, "补齐门禁记录", TODAY - timedelta(days=2), team.people["张伟"]
        )
        soon = training.add_action(
            uow, inspection_id, "更换档案柜锁", TODAY + timedelta(days=5), owner="后勤 赵师傅"
        )
    with team.vault.reader() as s:
        assert training.count_actions(s, ActionFlag.OVERDUE) == 1
        assert training.count_actions(s, ActionFlag.DUE_SOON) == 1
        (row,) = training.list_inspections(s, flag=ActionFlag.OVERDUE)
        assert (row.actions, row.actions_open, row.actions_overdue) == (2, 2, 1)
        assert training.actions_of(s, inspection_id)[0].owner == "张伟"
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError, match="佐证"):
        training.close_action(uow, late)  # no evidence
    with team.vault.unit_of_work(team.officer) as uow:
        training.close_action(uow, late, "已补录 5 月门禁记录")
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError, match="1 项"):
        training.close_inspection(uow, inspection_id)
    with team.vault.unit_of_work(team.officer) as uow:
        training.attach_evidence(uow, soon, "锁具照片.pdf", PDF)
        training.close_action(uow, soon)  # the attachment is the evidence
        training.close_inspection(uow, inspection_id)
    with team.vault.reader() as s:
        assert training.state_of(training.get_inspection(s, inspection_id)).value == "closed"
        assert training.count_actions(s, ActionFlag.OVERDUE) == 0
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError, match="关闭"):
        training.add_action(uow, inspection_id, "x", TODAY, owner="y")
    assert {
        "inspection.plan",
        "inspection.result",
        "inspection.action_add",
        "inspection.action_close",
        "inspection.close",
    } <= set(actions(team))


def test_a_stocktake_is_linked_once_finished(team):
    inspection_id = plan(team)
    with team.vault.unit_of_work(team.officer) as uow:
        taken = stocktake.start(uow, None, "档案柜 A")
    with team.vault.unit_of_work(team.officer) as uow, pytest.raises(ValidationError):
        training.link_stocktake(uow, inspection_id, taken)
    with team.vault.unit_of_work(team.officer) as uow:
        stocktake.finish(uow, taken, [])
        training.link_stocktake(uow, inspection_id, taken)
    assert read(team.vault, training.get_inspection, inspection_id).stocktake_id == taken
    assert "inspection.stocktake" in actions(team)


def test_prints_are_recorded(team, tmp_path):
    session_id = add(team, "张伟", "李娜")
    inspection_id = plan(team)
    with team.vault.unit_of_work(team.officer) as uow:
        training.write_signin_sheet(uow, session_id, tmp_path / "a.pdf")
        training.write_inspection_report(uow, inspection_id, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert {"print.signin_sheet", "print.inspection_report"} <= set(actions(team))


def test_the_demo_company_trains_drills_and_inspects(demo):
    from tsdesk.demo import DEMO_PASSWORD
    from tsdesk.vault import Vault

    assert demo.made.returncode == 0, demo.made.stderr
    vault, _ = Vault.unlock(demo.path, "baomi", DEMO_PASSWORD, read_only=True)
    try:
        with vault.reader() as s:
            sessions = training.list_sessions(s)
            assert {r.audience for r in sessions} == {TrainingAudience.ALL, TrainingAudience.KEY}
            assert all(r.scans == 1 and r.held_on > TODAY - timedelta(days=365) for r in sessions)
            assert training.count_flagged(s, F.UNTRAINED) >= 3  # the reminder shows
            # The training record and the closed drill case of the incidents demo.
            assert len(training.list_drills(s)) == 2
            (inspection,) = training.list_inspections(s)
            assert (inspection.actions, inspection.actions_open) == (2, 1)
            assert training.count_actions(s, ActionFlag.OVERDUE) == 1
    finally:
        vault.close()


def test_counting_who_is_due_stays_cheap_at_5000_people(team):
    """One COUNT over people, each tested on ix_training_attendance_person (no table scan of
    attendances), fast with 5,000 people of whom half were trained."""
    import time

    from sqlalchemy import event, insert

    with team.vault.unit_of_work(team.officer) as uow:
        session_id = training.add_session(uow, session_input(team, "张伟"))
        uow.session.execute(
            insert(Person), [{"number": f"B{i:05}", "name": f"员工{i}"} for i in range(5000)]
        )
        ids = uow.session.scalars(select(Person.id).where(Person.number.like("B%"))).all()
        uow.session.execute(
            insert(TrainingAttendance),
            [
                {
                    "session_id": session_id,
                    "person_id": p,
                    "held_on": TODAY - timedelta(days=i % 500),
                }
                for i, p in enumerate(ids[::2])
            ],
        )
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, *args):
        statements.append((statement, parameters))

    engine = team.vault.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with team.vault.reader() as s:
            started = time.perf_counter()
            n = training.count_flagged(s, F.UNTRAINED)
            elapsed = time.perf_counter() - started
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    # the untrained half, the 670 trained 366–499 days ago, 李娜 and 陈静
    assert n == 2500 + 670 + 2
    assert elapsed < 0.5, elapsed
    ((sql, params),) = [(q, p) for q, p in statements if "count(" in q.lower()]
    with team.vault.reader() as s:
        plan = " ".join(
            str(row[-1])
            for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
        )
    assert "ix_training_attendance_person" in plan, plan
    assert "SCAN training_attendance" not in plan, plan
