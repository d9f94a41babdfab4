"""`tsdesk incidents list|show|open|grade|step|note|close` (issue 15 §5), and the demo's cases."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from carriers_testing import build_world
from tsdesk_testing import ADMIN_PASSWORD, invoke

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.models import IncidentStatus
from tsdesk.services import register


def tsdesk(path, *args: str):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD})


@pytest.fixture
def db(opened):
    world = build_world(opened)
    with world.read() as s:
        top = register.get(s, world.top_secret).number
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path, top


def test_open_grade_steps_note_close(db):
    path, top = db
    opened = tsdesk(
        path, "incidents", "open", "--title", "U 盘遗失", "--kind", "loss", "--by", "李娜",
        "--secrets", top, "--suspects", "E002", "--discovered-at", "2026-01-05 09:30",
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    number = opened.stdout.strip()
    assert number.startswith("SJ-")
    scores = [f"--score={k}=2:评估" for k in "abcde"]
    graded = tsdesk(path, "incidents", "grade", number, *scores)
    assert graded.returncode == 0 and "一般" in graded.stdout
    shown = json.loads(tsdesk(path, "incidents", "show", number, "--json").stdout)
    assert shown["level"] == 1 and shown["discovered_at"] == "2026-01-05T09:30:00"
    assert {(x["type"], x["role"]) for x in shown["links"]} == {
        ("secret", "involved"),
        ("person", "suspect"),
    }
    refused = tsdesk(path, "incidents", "close", number, "--conclusion", "x", "--lessons", "y")
    assert refused.returncode != 0 and "必办步骤未完成" in refused.stderr
    for step in shown["steps"]:
        what = "done" if step["mandatory"] else "skip"
        ran = tsdesk(
            path, "incidents", "step", number, str(step["position"]), what, "--note", "已办"
        )
        assert ran.returncode == 0, ran.stderr
    note = tsdesk(path, "incidents", "note", number, "补充记录")
    assert note.returncode == 0
    entry = json.loads(tsdesk(path, "incidents", "show", number, "--json").stdout)["timeline"][-1]
    fixed = tsdesk(path, "incidents", "note", number, "更正", "--corrects", str(entry["id"]))
    assert fixed.returncode == 0
    closed = tsdesk(path, "incidents", "close", number, "--conclusion", "找回", "--lessons", "加强")
    assert closed.returncode == 0, closed.stderr
    listed = json.loads(tsdesk(path, "incidents", "list", "--json").stdout)
    assert [(x["number"], x["status"]) for x in listed] == [(number, "closed")]
    assert json.loads(tsdesk(path, "incidents", "list", "--drills", "--json").stdout) == []
    text = tsdesk(path, "incidents", "show", number).stdout
    assert "更正" in text and "U 盘遗失" in text


def test_bad_input_is_one_line_and_changes_nothing(db):
    path, _ = db
    bad = tsdesk(path, "incidents", "open", "--title", "x", "--kind", "loss", "--by", "李娜",
                 "--carriers", "ZT-NOPE")  # fmt: skip
    assert bad.returncode != 0 and "ZT-NOPE" in bad.stderr
    assert json.loads(tsdesk(path, "incidents", "list", "--json").stdout) == []
    missing = tsdesk(path, "incidents", "show", "SJ-1999-001")
    assert missing.returncode != 0


def test_the_demo_has_a_closed_an_overdue_and_a_drill_case(demo):
    ran = invoke("--db", str(demo.path), "incidents", "list", "--json",
                 env={"TSDESK_PASSWORD": DEMO_PASSWORD})  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    real = json.loads(ran.stdout)
    drills = json.loads(
        invoke(
            "--db",
            str(demo.path),
            "incidents",
            "list",
            "--drills",
            "--json",
            env={"TSDESK_PASSWORD": DEMO_PASSWORD},
        ).stdout  # fmt: skip
    )
    assert sorted((x["status"], x["level_name"]) for x in real) == [
        (IncidentStatus.ACTIVE.value, "较大"),
        (IncidentStatus.CLOSED.value, "一般"),
    ]
    assert [(x["status"], x["drill"]) for x in drills] == [("closed", True)]
    active = next(x for x in real if x["status"] == "active")
    assert active["next_due"] is not None and active["next_due"] < datetime.now().isoformat()
