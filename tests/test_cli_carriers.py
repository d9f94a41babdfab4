"""`tsdesk carriers add|list|show` (issue 4 §6)."""

from __future__ import annotations

import json

import pytest
from carriers_testing import build_world
from tsdesk_testing import ADMIN_PASSWORD, invoke

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.services import register


def tsdesk(path, *args: str):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD})


@pytest.fixture
def db(opened):
    world = build_world(opened)
    with world.read() as s:
        numbers = [register.get(s, i).number for i in (world.top_secret, world.low_secret)]
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path, numbers


def test_add_list_show(db):
    path, (top, low) = db
    added = tsdesk(
        path,
        "carriers",
        "add",
        "--kind",
        "storage",
        "--title",
        "主轴工艺 U 盘",
        "--secrets",
        f"{low},{top}",
        "--custodian",
        "E002",
        "--area",
        "QY-001",
        "--location",
        "A 柜",
    )
    assert added.returncode == 0, added.stderr
    number = added.stdout.strip()
    assert number.startswith("ZT-") and len(added.stdout.splitlines()) == 1

    listed = tsdesk(path, "carriers", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert {k: row[k] for k in ("number", "grade", "term", "status", "title", "kind")} == {
        "number": number,
        "grade": "一级商密",
        "term": "长期",
        "status": "in_store",
        "title": "主轴工艺 U 盘",
        "kind": "storage",
    }
    assert row["custodian"] == "李娜" and row["area"] == "研发中心图纸档案室"

    shown = tsdesk(path, "carriers", "show", number, "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert sorted(data["secrets"]) == sorted([top, low]) and data["movements"] == []
    text = tsdesk(path, "carriers", "show", number)
    assert "一级商密" in text.stdout and "李娜" in text.stdout


def test_errors_are_one_line(db):
    path, (top, _) = db
    bad = tsdesk(path, "carriers", "add", "--kind", "paper", "--title", "图纸", "--secrets", "TS-X")
    assert bad.returncode == 2 and bad.stderr.strip() == "错误：没有编号为 TS-X 的商业秘密"
    empty = tsdesk(path, "carriers", "add", "--kind", "paper", "--title", " ", "--secrets", top)
    assert empty.returncode == 2 and empty.stderr.strip() == "错误：载体名称不能为空"
    missing = tsdesk(path, "carriers", "show", "ZT-0000")
    assert missing.returncode == 2 and "没有编号为 ZT-0000 的载体" in missing.stderr
    assert json.loads(tsdesk(path, "carriers", "list", "--json").stdout) == []


def test_demo_has_carriers_areas_and_their_state(demo):
    from tsdesk.services import areas, carriers
    from tsdesk.vault import Vault

    path, made = demo.path, demo.made
    assert made.returncode == 0, made.stderr
    vault, _ = Vault.unlock(path, "baomi", DEMO_PASSWORD, read_only=True)
    try:
        with vault.reader() as s:
            rows = carriers.carrier_rows(s, carriers.CarrierFilter(), 0, 1000)
            statuses = {r.status.value for r in rows}
            overdue = carriers.overdue_movements(s)
            due = carriers.due_seal_checks(s)
            area_views = areas.list_areas(s)
            copies = [r for r in rows if "-C0" in r.number]
            archive = next(a for a in area_views if a.name == "研发中心图纸档案室")
            everyone = areas.access_list(s, archive.id, include_past=True)
    finally:
        vault.close()
    assert len(rows) >= 55 and len(copies) == 1
    assert statuses == {"in_store", "lent", "repair", "sealed", "lost", "destroyed"}
    assert len(overdue) == 1 and overdue[0].approved_by == "shenpi"
    assert len(due) == 1
    assert len(area_views) == 6 and all(a.people for a in area_views)
    assert len(everyone) > archive.people  # an intern's grant has run out
