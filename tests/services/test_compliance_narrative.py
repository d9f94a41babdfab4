"""The 开展情况 drafter (004 附表3): every number in the text is a figure with its source,
true as of the day it is drafted, and a re-draft after the data changed says so."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.models import (
    DesignationKind,
    IncidentCase,
    IncidentKind,
    IncidentSource,
    IncidentStatus,
    TrainingAudience,
)
from tsdesk.services import company, people, training
from tsdesk.services.compliance import narrative
from tsdesk.services.training import DrillInput, SessionInput
from tsdesk.vault import Vault


@pytest.fixture
def demo_vault(demo):
    assert demo.made.returncode == 0, demo.made.stderr
    vault, admin = Vault.unlock(demo.path, "admin", DEMO_PASSWORD)
    yield vault, admin
    vault.close()


def figures(vault, today=None) -> tuple[str, dict[str, str]]:
    with vault.reader() as s:
        d = narrative.draft(s, today)
    return d.text, {f.key: f.value for f in d.figures}


def test_every_figure_is_in_the_text_with_a_source(demo_vault):
    vault, _ = demo_vault
    with vault.reader() as s:
        d = narrative.draft(s)
    assert d.text.startswith("一、组织架构。")
    for f in d.figures:
        assert f.label and f.source, f
        assert f.value in d.text, f
    keys = {f.key for f in d.figures}
    for key in ("officers", "secrets_confirmed", "carriers", "areas", "staff_nda",
                "training_sessions", "trained", "drills", "inspections", "actions",
                "destructions", "incidents"):  # fmt: skip
        assert key in keys
    assert narrative.figures_from_json(narrative.figures_json(d.figures)) == d.figures


def test_redraft_after_the_data_changed(demo_vault):
    vault, admin = demo_vault
    today = datetime.now().date()
    before_text, before = figures(vault, today)
    with vault.unit_of_work(admin) as uow:
        new = people.add_person(uow, "YF901", "新员工甲")
        training.add_session(
            uow,
            SessionInput(
                topic="新员工保密培训",
                audience=TrainingAudience.NEW,
                held_on=today,
                trainer="王丽娟",
                attendee_ids=(new,),
            ),
        )
        training.add_drill(
            uow, DrillInput(scenario="图纸外发演练", held_on=today, participant_ids=(new,))
        )
        company.add_designation(uow, DesignationKind.SECRECY_OFFICER, "新员工甲", "兼职")
        for number, drill in (("SJ-TEST-1", False), ("SJ-TEST-2", True)):
            uow.session.add(
                IncidentCase(
                    number=number,
                    is_drill=drill,  # a drill never counts as an incident handled
                    title="测试事件",
                    kind=next(iter(IncidentKind)),
                    source=next(iter(IncidentSource)),
                    status=IncidentStatus.CLOSED,
                    discovered_at=datetime.now() - timedelta(days=2),
                    discovered_by="王丽娟",
                    opened_by="admin",
                    closed_at=datetime.now() - timedelta(days=1),
                )
            )
    text, after = figures(vault, today)
    n = lambda d, k: int(d[k].rstrip("%"))  # noqa: E731
    assert n(after, "staff") == n(before, "staff") + 1
    assert n(after, "staff_nda") == n(before, "staff_nda")  # the newcomer has no NDA yet
    assert n(after, "training_sessions") == n(before, "training_sessions") + 1
    assert n(after, "trained") == n(before, "trained") + 1
    assert n(after, "drills") == n(before, "drills") + 1
    assert n(after, "officers") == n(before, "officers") + 1
    assert n(after, "incidents") == n(before, "incidents") + 1
    staff, nda = n(after, "staff"), n(after, "staff_nda")
    assert after["nda_share"] == f"{nda * 100 / staff:.0f}%"
    assert f"在职员工{staff}人中，{nda}人" in text
    assert f"配备专（兼）职保密员{after['officers']}名" in text
    assert text != before_text


def test_figures_are_counted_as_of_the_day(demo_vault):
    """A draft dated before this year's records counts none of them."""
    vault, _ = demo_vault
    today = datetime.now().date()
    _, last_year = figures(vault, today.replace(year=today.year - 1, month=12, day=31))
    assert last_year["as_of"] == f"{today.year - 1}年12月31日"
    assert last_year["training_sessions"] == "0" and last_year["drills"] == "0"
    assert "group_since" not in last_year  # the group was set up after that day


def test_an_empty_database_drafts_zeros(opened):
    with opened.vault.reader() as s:
        d = narrative.draft(s)
    values = {f.key: f.value for f in d.figures}
    assert values["officers"] == "0" and values["staff"] == "0"
    assert values["nda_share"] == "—" and "group_since" not in values
