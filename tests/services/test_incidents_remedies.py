"""Remedies (003 §11, 000 §7.5.1) and the complaint pack checklist (000 §7.5.2): what TSDesk
produces is ticked by itself; what the user provides is ticked with a note; every act is a
REMEDY entry on the timeline."""

from __future__ import annotations

from datetime import date

import pytest
from incidents_testing import build_case

from tsdesk.errors import ValidationError
from tsdesk.models import EntryKind, RemedyRoute
from tsdesk.services.incidents import remedies, timeline


@pytest.fixture
def cw(opened):
    return build_case(opened)


def test_a_route_is_recorded_and_progresses(cw):
    w = cw.world
    with w.uow() as uow:
        rid = remedies.add_remedy(
            uow,
            cw.case_id,
            remedies.RemedyInput(
                RemedyRoute.CRIMINAL, authority="柯桥区公安分局", loss_fen=3_500_000_00
            ),
        )
        remedies.update_remedy(
            uow,
            rid,
            remedies.RemedyInput(
                RemedyRoute.CRIMINAL,
                authority="柯桥区公安分局",
                reference="柯公(经)立字〔2026〕15号",
                filed_on=date(2026, 3, 10),
                decided_on=date(2026, 4, 1),
                outcome="已立案侦查",
                loss_fen=3_500_000_00,
            ),
        )
    with w.read() as s:
        [row] = remedies.remedies_of(s, cw.case_id)
        assert row.reference == "柯公(经)立字〔2026〕15号" and row.outcome == "已立案侦查"
        texts = [e.text for e in timeline.entries(s, cw.case_id) if e.kind == EntryKind.REMEDY]
        assert texts[0].startswith("选择维权途径：刑事报案（公安），柯桥区公安分局")
        assert "3,500,000.00 元" in texts[0]
        assert "2026-04-01 结果：已立案侦查" in texts[1]


@pytest.mark.parametrize(
    "inp",
    [
        remedies.RemedyInput(
            RemedyRoute.CIVIL, filed_on=date(2026, 3, 2), decided_on=date(2026, 3, 1), outcome="x"
        ),
        remedies.RemedyInput(RemedyRoute.CIVIL, decided_on=date(2026, 3, 1)),
        remedies.RemedyInput(RemedyRoute.CRIMINAL, loss_fen=-1),
    ],
)
def test_bad_remedies_are_refused(cw, inp):
    with pytest.raises(ValidationError), cw.world.uow() as uow:
        remedies.add_remedy(uow, cw.case_id, inp)
    with cw.world.read() as s:
        assert remedies.remedies_of(s, cw.case_id) == []


def test_the_administrative_checklist_follows_000_7_5_2(cw):
    w = cw.world
    with w.read() as s:
        rows = remedies.checklist(s, cw.case_id, RemedyRoute.ADMINISTRATIVE)
    assert [r.title for r in rows][:2] == ["商业秘密权利人主体信息", "涉案商业秘密的内容和载体"]
    produced = {r.key for r in rows if r.produced}
    assert produced == {"company", "secrets", "measures", "agreements", "evidence"}
    assert {r.key for r in rows if not r.ready} == {
        "development",
        "not_public",
        "value",
        "loss",
        "infringer",
        "act_details",
        "other",
    }


def test_ticking_what_the_user_provides(cw):
    w = cw.world
    route = RemedyRoute.ADMINISTRATIVE
    with w.uow() as uow:
        remedies.tick(uow, cw.case_id, route, "loss", "财务部损失测算报告（纸质，法务部）")
        remedies.tick(uow, cw.case_id, route, "loss", "财务部损失测算报告 v2")
        remedies.tick(uow, cw.case_id, route, "infringer")
    with w.read() as s:
        ready = {r.key: r.note for r in remedies.checklist(s, cw.case_id, route) if r.provided}
        assert ready == {"loss": "财务部损失测算报告 v2", "infringer": ""}
        # per route: the civil suit's list is its own
        assert not any(r.provided for r in remedies.checklist(s, cw.case_id, RemedyRoute.CIVIL))
    with w.uow() as uow:
        remedies.untick(uow, cw.case_id, route, "infringer")
    with w.read() as s:
        assert [r.key for r in remedies.checklist(s, cw.case_id, route) if r.provided] == ["loss"]
    for key in ("company", "threshold", "nonsense"):  # produced, not on this list, unknown
        with pytest.raises(ValidationError), w.uow() as uow:
            remedies.tick(uow, cw.case_id, route, key)
