"""`tsdesk training list|add` (issue 13 §5)."""

from __future__ import annotations

import json

import pytest
from register_testing import build_team
from tsdesk_testing import ADMIN_PASSWORD, invoke


def tsdesk(path, *args: str):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD})


@pytest.fixture
def db(opened):
    build_team(opened.vault, opened.admin)
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path


def test_add_and_list(db):
    added = tsdesk(
        db,
        "training", "add", "--topic", "保密制度宣讲", "--audience", "all",
        "--date", "2026-03-01", "--trainer", "王丽娟", "--attendees", "E001, E003",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    session_id = int(added.stdout.strip())
    listed = tsdesk(db, "training", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {
            "id": session_id,
            "held_on": "2026-03-01",
            "topic": "保密制度宣讲",
            "audience": "all",
            "audience_label": "全体员工",
            "trainer": "王丽娟",
            "attendees": ["E001", "E003"],
            "scans": 0,
        }
    ]
    plain = tsdesk(db, "training", "list")
    assert (
        "2026-03-01" in plain.stdout and "2 人" in plain.stdout and "保密制度宣讲" in plain.stdout
    )


def test_bad_input_is_refused(db):
    bad_date = tsdesk(
        db, "training", "add", "--topic", "x", "--audience", "key", "--date", "03/01",
        "--attendees", "E001",
    )  # fmt: skip
    assert bad_date.returncode != 0 and "03/01" in bad_date.stderr
    nobody = tsdesk(db, "training", "add", "--topic", "x", "--audience", "key", "--attendees", "E9")
    assert nobody.returncode != 0 and "E9" in nobody.stderr
    assert json.loads(tsdesk(db, "training", "list", "--json").stdout) == []
