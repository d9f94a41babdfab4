"""`tsdesk incidents evidence add|list|custody`, `report`, `bundle`, `pack` and the top-level
`tsdesk evidence verify FILE` (issue 15 §2, §3, §5)."""

from __future__ import annotations

import json
import sys
import types

import pytest
from incidents_testing import build_case
from tsdesk_testing import ADMIN_PASSWORD, invoke, pdf_text

from tsdesk import capabilities

SCAN = b"%PDF-1.4 notarised web page capture " * 30


def tsdesk(path, *args: str):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD})


@pytest.fixture
def incidents_group():
    """The `incidents` group: the cases' own command module when it is there; before that,
    a stand-in group that only calls `add_to`, as tsdesk/commands/incidents.py does."""
    if "tsdesk.commands.incidents" in capabilities.each(lambda c: c.commands):
        yield
        return
    module = types.ModuleType("incidents_group_stand_in")

    def add_commands(sub, add):
        from tsdesk.commands import incident_docs

        group = sub.add_parser("incidents").add_subparsers(
            dest="incidents_command", metavar="ACTION", required=True
        )
        incident_docs.add_to(group, add)

    module.add_commands = add_commands
    sys.modules[module.__name__] = module
    capabilities.plug_in(
        capabilities.Capability(key="incidents_cli_stand_in", order=99, commands=(module.__name__,))
    )
    yield
    capabilities.unplug("incidents_cli_stand_in")
    del sys.modules[module.__name__]


@pytest.fixture
def db(opened, incidents_group):
    build_case(opened)
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path


def test_add_list_custody_and_verify(db, tmp_path):
    scan = tmp_path / "notarised.pdf"
    scan.write_bytes(SCAN)
    added = tsdesk(
        db, "incidents", "evidence", "add", "SJ-2026-001", "--title", "公证书：对方网页",
        "--category", "act", "--collected-by", "王敏", "--collected-at", "2026-03-04T10:00",
        "--method", "公证保全", "--keeper", "法务部", "--file", str(scan),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    label, sha = added.stdout.split()
    assert label == "E-01" and len(sha) == 64

    out = tsdesk(
        db, "incidents", "evidence", "custody", "SJ-2026-001", "E-01",
        "--to", "律师 陈刚", "--purpose", "立案材料",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    listed = json.loads(tsdesk(db, "incidents", "evidence", "list", "SJ-2026-001", "--json").stdout)
    assert [(r["label"], r["sha256"], r["out_with"]) for r in listed] == [
        ("E-01", sha, "律师 陈刚")
    ]
    assert (
        tsdesk(
            db, "incidents", "evidence", "custody", "SJ-2026-001", "E-1", "--returned"
        ).returncode
        == 0
    )
    listed = json.loads(tsdesk(db, "incidents", "evidence", "list", "SJ-2026-001", "--json").stdout)
    assert listed[0]["out_with"] == "" and listed[0]["custody"][0]["returned_at"]

    ok = tsdesk(db, "evidence", "verify", str(scan))
    assert ok.returncode == 0, ok.stderr
    assert "SJ-2026-001 E-01" in ok.stdout and sha in ok.stdout
    other = tmp_path / "other.pdf"
    other.write_bytes(SCAN + b"changed")
    bad = tsdesk(db, "evidence", "verify", str(other), "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["matches"] == []


def test_refusals_change_nothing(db):
    bad = tsdesk(
        db, "incidents", "evidence", "add", "SJ-2099-999", "--title", "x",
        "--category", "act", "--collected-by", "王敏",
    )  # fmt: skip
    assert bad.returncode != 0 and "SJ-2099-999" in bad.stderr
    bad = tsdesk(
        db, "incidents", "evidence", "custody", "SJ-2026-001", "E-01", "--to", "x", "--purpose", "y"
    )
    assert bad.returncode != 0
    assert (
        json.loads(tsdesk(db, "incidents", "evidence", "list", "SJ-2026-001", "--json").stdout)
        == []
    )


def test_the_papers(db, tmp_path):
    for args, title in (
        (("report", "SJ-2026-001"), "泄密事件处置报告"),
        (("report", "SJ-2026-001", "--evidence-list"), "证据清单"),
        (("bundle", "SJ-2026-001"), "合理保密措施证据汇编"),
        (("pack", "SJ-2026-001", "--route", "administrative"), "材料索引"),
    ):
        out = tmp_path / f"{args[0]}-{len(args)}.pdf"
        ran = tsdesk(db, "incidents", *args, "--out", str(out))
        assert ran.returncode == 0, ran.stderr
        assert ran.stdout.strip() == str(out)
        assert title in pdf_text(out)
