"""`tsdesk agreements list|show|print|add` and `tsdesk noncompete payments` (issue 13 §5)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from carriers_testing import build_world
from tsdesk_testing import ADMIN_PASSWORD, invoke, pdf_text

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.services import register


def tsdesk(path, *args: str, password: str = ADMIN_PASSWORD):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": password})


@pytest.fixture
def db(opened):
    world = build_world(opened)
    with world.read() as s:
        top = register.get(s, world.top_secret).number
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path, top


def test_add_list_show_print(db, tmp_path):
    path, top = db
    added = tsdesk(
        path,
        *("agreements", "add", "--kind", "nda", "--person", "E001", "--damages", "200000"),
        *("--secrets", top, "--signed", str(date.today())),
    )
    assert added.returncode == 0, added.stderr
    number = added.stdout.strip()
    listed = tsdesk(path, "agreements", "list", "--json")
    (row,) = json.loads(listed.stdout)
    assert row["number"] == number and row["status"] == "in_force" and row["person"] == "E001"
    assert row["damages_yuan"] == 200000
    shown = json.loads(tsdesk(path, "agreements", "show", number, "--json").stdout)
    assert shown["binding"] is True and shown["secrets"][0]["number"] == top
    out = tmp_path / "nda.pdf"
    printed = tsdesk(path, "agreements", "print", number, "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    text = pdf_text(out)
    assert number in text and top in text and "张伟" in text
    unsigned = tsdesk(path, "agreements", "list", "--unsigned", "--json")
    assert json.loads(unsigned.stdout) == []


def test_a_noncompete_over_two_years_is_refused_and_payments_list(db):
    path, _ = db
    nc = ("agreements", "add", "--kind", "noncompete", "--person", "E002", "--area", "浙江省")
    refused = tsdesk(path, *nc, "--months", "30", "--monthly", "4000")
    assert refused.returncode != 0 and "不得超过二年" in refused.stderr
    starts = str(date.today() - timedelta(days=70))
    added = tsdesk(
        path,
        *nc,
        *("--months", "12", "--monthly", "4000", "--average-wage", "15000"),
        *("--starts", starts, "--signed", starts),
    )
    assert added.returncode == 0, added.stderr
    assert "低于" in added.stdout  # 4,000 < 30 % of 15,000: a warning, not a refusal
    due = json.loads(tsdesk(path, "noncompete", "payments", "--due", "--json").stdout)
    assert len(due) == 2 and all(d["state"] == "unpaid" for d in due)
    every = json.loads(tsdesk(path, "noncompete", "payments", "--json").stdout)
    assert len(every) == 12


def test_the_demo_has_agreements(demo):
    rows = json.loads(
        tsdesk(demo.path, "agreements", "list", "--json", password=DEMO_PASSWORD).stdout
    )
    kinds = {r["kind"] for r in rows}
    assert kinds == {"nda", "business", "noncompete", "exit", "transfer"}
    (nc,) = [r for r in rows if r["kind"] == "noncompete"]
    assert nc["person"] == "YF012"
    shown = json.loads(
        tsdesk(
            demo.path, "agreements", "show", nc["number"], "--json", password=DEMO_PASSWORD
        ).stdout
    )
    assert shown["noncompete"]["unpaid_months"] == 1
