"""`tsdesk binder` and `tsdesk forms print --year/--draft` on the demo company."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pypdf
from sqlalchemy import select
from tsdesk_testing import invoke

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.models import AuditEvent
from tsdesk.services.compliance import applications
from tsdesk.vault import Vault

YEAR = date.today().year


def tsdesk(path, *args: str):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": DEMO_PASSWORD})


def last_event(path):
    vault, _ = Vault.unlock(path, "admin", DEMO_PASSWORD, read_only=True)
    try:
        with vault.reader() as s:
            row = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
            return row.action, json.loads(row.after)
    finally:
        vault.close()


def raw(path) -> str:
    return "".join(
        subprocess.run(
            ["pdftotext", "-raw", str(path), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout.split()
    )


def test_binder_writes_one_pdf_with_contents_and_index(demo, tmp_path):
    assert demo.made.returncode == 0, demo.made.stderr
    out = tmp_path / "binder.pdf"
    result = tsdesk(demo.path, "binder", "--out", str(out), "--year", str(YEAR))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    reader = pypdf.PdfReader(out)
    assert "商业秘密保护基地实地考察资料汇编" in reader.metadata.title
    text = raw(out)
    assert text.startswith("商业秘密保护基地实地考察资料汇编") and "哈希索引" in text
    action, after = last_event(demo.path)
    assert action == "print.binder" and after["with_agreements"] is False
    assert [s["title"] for s in after["sections"]][0] == "基地申报表"


def test_binder_refuses_a_missing_folder(demo, tmp_path):
    result = tsdesk(demo.path, "binder", "--out", str(tmp_path / "no" / "b.pdf"))
    assert result.returncode == 2 and "保存位置不存在" in result.stderr


def test_forms_print_the_years_draft(demo, tmp_path):
    out = tmp_path / "form.pdf"
    missing = tsdesk(demo.path, "forms", "print", "base-point", "--out", str(out), "--draft")
    assert missing.returncode != 0 and "草稿" in missing.stderr and not out.exists()
    vault, admin = Vault.unlock(demo.path, "admin", DEMO_PASSWORD)
    try:
        with vault.reader() as s:
            app = applications.load(s, YEAR)
        app.narrative = "我公司建立健全商业秘密保护体系，全员签订保密协议。"
        with vault.unit_of_work(admin) as uow:
            applications.save(uow, app)
    finally:
        vault.close()
    result = tsdesk(
        demo.path, "forms", "print", "base-point", "--out", str(out), "--year", str(YEAR), "--draft"
    )
    assert result.returncode == 0, result.stderr
    assert f"{YEAR} 年草稿" in result.stdout
    text = raw(out)
    assert "我公司建立健全商业秘密保护体系，全员签订保密协议。" in text
    assert "审计链" not in text and "打印人" not in text
    assert last_event(demo.path) == (
        "print.application",
        {"year": YEAR, "form": "base-point", "saved_draft": True},
    )
