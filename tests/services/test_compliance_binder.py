"""The evidence binder (004 第十一条（四）): contents, every section with its chain head and
SHA-256, progress reported, a cancel leaving nothing behind."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date

import pypdf
import pytest
from sqlalchemy import func, select

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.models import AuditEvent
from tsdesk.services.compliance import binder
from tsdesk.services.register_print import PrintCancelled
from tsdesk.vault import Vault

YEAR = date.today().year


@pytest.fixture
def demo_vault(demo):
    assert demo.made.returncode == 0, demo.made.stderr
    vault, _ = Vault.unlock(demo.path, "baomi", DEMO_PASSWORD)
    yield vault
    vault.close()


def events(vault) -> int:
    with vault.reader() as s:
        return s.scalar(select(func.count(AuditEvent.seq)))


def flat(text: str) -> str:
    return "".join(text.split())


def test_the_binder_holds_every_section_with_its_hash(demo_vault):
    vault = demo_vault
    seen: list[tuple[int, int, str]] = []
    out = io.BytesIO()
    with vault.unit_of_work(vault.verify_password("baomi", DEMO_PASSWORD)) as uow:
        binder.print_binder(uow, YEAR, out, progress=lambda d, t, x: seen.append((d, t, x)))
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    with vault.reader() as s:
        head = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
    assert head.action == "print.binder"
    sections = json.loads(head.after)["sections"]
    titles = [x["title"] for x in sections]
    assert titles[:5] == ["基地申报表", "自评报告", "制度目录", "商业秘密台账", "保密协议汇总"]
    for wanted in (
        "培训记录及签到表",
        "保密检查报告",
        "销毁清册",
        "涉密区域登记表",
        "应急演练记录",
    ):
        assert any(wanted in t for t in titles), wanted
    assert "保密协议文本" not in titles  # only when asked
    # Contents on page 1 name each section at its first page; bookmarks agree.
    contents = flat(reader.pages[0].extract_text())
    outline = {item.title: reader.get_destination_page_number(item) for item in reader.outline}
    page = 1
    for number, section in enumerate(sections, start=1):
        assert f"{number}{section['title']}{section['pages']}{page + 1}" in contents
        assert outline[section["title"]] == page
        page += section["pages"]
    assert len(reader.pages) == page + 1  # the hash index closes it
    index = flat(reader.pages[-1].extract_text())
    assert index.startswith("哈希索引")
    for section in sections:
        assert section["sha256"][:20] in index
    # The hash is of the section as it sits in the binder: same pages, same text.
    first = sections[0]
    start = 1
    part_text = flat(reader.pages[start].extract_text())
    assert "绍兴市商业秘密保护基地（示范点）申报表" in part_text
    assert f"审计链#{head.seq}" in flat(reader.pages[0].extract_text())
    assert len(first["sha256"]) == 64 and first["sha256"] != hashlib.sha256(b"").hexdigest()
    # Progress: every piece, counting up to the end.
    assert seen[-1][0] == seen[-1][1] and [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert any("培训" in text for _, _, text in seen)


def test_a_cancelled_binder_leaves_nothing(demo_vault):
    vault = demo_vault
    before = events(vault)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    out = io.BytesIO()
    actor = vault.verify_password("baomi", DEMO_PASSWORD)
    with pytest.raises(PrintCancelled), vault.unit_of_work(actor) as uow:
        binder.print_binder(uow, YEAR, out, cancelled=cancelled)
    assert out.getvalue() == b"" and events(vault) == before


def test_agreements_in_full_when_asked(demo_vault):
    vault = demo_vault
    with vault.unit_of_work(vault.verify_password("baomi", DEMO_PASSWORD)) as uow:
        plan = binder.plan(uow.session, YEAR, with_agreements=True)
    (texts,) = [s for s in plan if s.title == "保密协议文本"]
    assert len(texts.pieces) > 10


def test_a_year_without_records_leaves_their_sections_out(demo_vault):
    vault = demo_vault
    with vault.reader() as s:
        plan = binder.plan(s, YEAR - 5)
    empty = {s.title: len(s.pieces) for s in plan}
    assert empty[f"{YEAR - 5}年培训记录及签到表"] == 0
    assert empty[f"{YEAR - 5}年销毁清册"] == 0
