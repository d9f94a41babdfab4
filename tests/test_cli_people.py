"""`tsdesk people list|show|exit-sheet|exit-letter` (issue 13 §3, §5)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from carriers_testing import build_world
from tsdesk_testing import ADMIN_PASSWORD, invoke, pdf_text

from tsdesk.models import Agreement, AgreementKind, AgreementStatus
from tsdesk.services import procedures


def tsdesk(path, *args: str):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD})


@pytest.fixture
def db(opened):
    world = build_world(opened)
    today = date.today()
    with world.uow() as uow:
        uow.session.add(
            Agreement(
                number="XY-9",
                kind=AgreementKind.NDA,
                status=AgreementStatus.IN_FORCE,
                person_id=world.alice,
                signed_on=today,
                created_by="test",
            )
        )
        proc = procedures.start_exit(uow, world.bob, today)
        procedures.add_item(uow, proc, "device", "工作手机")
    opened.vault.close()  # the CLI takes the writer lock
    return opened.path


def test_list_and_show(db):
    listed = tsdesk(db, "people", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {r["number"]: r for r in json.loads(listed.stdout)}
    assert rows["E001"]["nda"] == "valid" and rows["E001"]["status"] == "active"
    assert rows["E002"]["nda"] == "missing" and rows["E002"]["status"] == "exit"
    assert rows["E002"]["status_label"] == "离职中"
    text = tsdesk(db, "people", "list", "--flag", "exit_open")
    assert text.returncode == 0 and "李娜" in text.stdout and "张伟" not in text.stdout
    shown = tsdesk(db, "people", "show", "E002", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    (proc,) = data["procedures"]
    assert proc["kind"] == "exit" and "设备：工作手机" in proc["open_items"]
    plain = tsdesk(db, "people", "show", "E002")
    assert "手续 离职" in plain.stdout and "未完成 3 项" in plain.stdout
    missing = tsdesk(db, "people", "show", "E404")
    assert missing.returncode != 0 and "E404" in missing.stderr


def test_exit_papers(db, tmp_path):
    sheet, letter = tmp_path / "sheet.pdf", tmp_path / "letter.pdf"
    ran = tsdesk(db, "people", "exit-sheet", "E002", "--out", str(sheet))
    assert ran.returncode == 0, ran.stderr
    text = "".join(pdf_text(sheet).split())
    assert "离职交接单" in text and "李娜" in text and "工作手机" in text and "未办结" in text
    ran = tsdesk(db, "people", "exit-letter", "E002", "--out", str(letter))
    assert ran.returncode == 0, ran.stderr
    assert "离职提醒函" in "".join(pdf_text(letter).split())
    # Someone who never left has no exit papers.
    none = tsdesk(db, "people", "exit-sheet", "E001", "--out", str(tmp_path / "x.pdf"))
    assert none.returncode != 0 and "没有离职手续" in none.stderr
    assert not (tmp_path / "x.pdf").exists()
