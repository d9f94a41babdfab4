"""`tsdesk assess`, `tsdesk rules list|add`, `tsdesk programme list|add|done`, and the demo
company as a 示范点 candidate with exactly two gaps (issue 16 §2–4)."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from register_testing import build_team
from tsdesk_testing import ADMIN_PASSWORD, invoke, pdf_text

from tsdesk.demo import DEMO_PASSWORD

YEAR = date.today().year


def tsdesk(path, *args: str, password: str = ADMIN_PASSWORD):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": password})


@pytest.fixture
def db(opened):
    build_team(opened.vault, opened.admin)
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path


def test_assess_prints_score_items_and_gaps(db, tmp_path):
    before = json.loads(tsdesk(db, "assess", "--json").stdout)
    assert before["kind"] == "enterprise"
    assert before["items"][0]["key"] == "10.1.group"
    assert before["score"]["total"] == len([i for i in before["items"] if i["counted"]])
    gap_keys = {g["key"] for g in before["gaps"]}
    assert "10.3.rules" in gap_keys and all(g["page"] for g in before["gaps"])
    text = tmp_path / "rule.txt"
    text.write_text("商业秘密保护管理制度（正文）", "utf-8")
    added = tsdesk(
        db, "rules", "add", "--kind", "management", "--title", "商业秘密保护管理制度",
        "--adopted", "2024-03-01", "--number", "〔2024〕1号", "--file", str(text),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    after = json.loads(tsdesk(db, "assess", "--json").stdout)
    assert after["score"]["met"] == before["score"]["met"] + 1
    assert "10.3.rules" not in {g["key"] for g in after["gaps"]}
    (rule,) = json.loads(tsdesk(db, "rules", "list", "--json").stdout)
    assert (rule["kind"], rule["number"], rule["in_force"]) == ("management", "〔2024〕1号", True)
    plain = tsdesk(db, "assess")
    assert "示范点（第十条）" in plain.stdout and "✗ 10.1.group" in plain.stdout
    station = json.loads(tsdesk(db, "assess", "--json", "--kind", "station").stdout)
    assert station["kind"] == "association" and station["items"][0]["key"] == "8.1.group"
    if shutil.which("pdftotext"):
        out = tmp_path / "report.pdf"
        printed = tsdesk(db, "assess", "--out", str(out))
        assert printed.returncode == 0, printed.stderr
        assert "自评报告" in pdf_text(out) and "10.3.rules" in pdf_text(out)


def test_programme_add_list_done(db):
    added = tsdesk(
        db, "programme", "add", "--kind", "publicity", "--title", "保密宣传月",
        "--due", f"{YEAR}-01-01",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    item_id = int(added.stdout)
    (row,) = json.loads(tsdesk(db, "programme", "list", "--json").stdout)
    assert (row["id"], row["done_on"], row["overdue"]) == (
        item_id,
        None,
        date.today() > date(YEAR, 1, 1),
    )
    done = tsdesk(
        db, "programme", "done", str(item_id), "--date", f"{YEAR}-01-01", "--note", "海报"
    )
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(tsdesk(db, "programme", "list", "--json").stdout)
    assert row["done_on"] == f"{YEAR}-01-01" and row["fulfilled_type"] == ""
    again = tsdesk(db, "programme", "done", str(item_id))
    assert again.returncode != 0 and "已于" in again.stderr
    bad = tsdesk(db, "programme", "add", "--kind", "training", "--title", "x", "--due", "5/1")
    assert bad.returncode != 0 and "5/1" in bad.stderr


def test_the_demo_is_a_candidate_with_exactly_two_gaps(demo):
    assert demo.made.returncode == 0, demo.made.stderr
    result = invoke("--db", str(demo.path), "--user", "baomi", "assess", "--json",
                    env={"TSDESK_PASSWORD": DEMO_PASSWORD})  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [g["key"] for g in data["gaps"]] == ["10.3.training", "10.4.key_departments"]
    assert "信息部" in data["gaps"][1]["evidence"][-1]
    assert data["score"]["met"] == data["score"]["total"] - 2
    listed = invoke("--db", str(demo.path), "--user", "baomi", "programme", "list", "--json",
                    "--no-match", env={"TSDESK_PASSWORD": DEMO_PASSWORD})  # fmt: skip
    items = json.loads(listed.stdout)
    assert any(i["fulfilled_type"] == "training_session" for i in items)
    assert any(i["done_on"] and i["fulfilled_type"] == "" for i in items)
    if date.today() > date(YEAR, 1, 12):
        assert sum(i["overdue"] for i in items) == 1
