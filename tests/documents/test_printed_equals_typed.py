"""Printed text is exactly what was typed (issue 8 §1): random strings mixing CJK, Latin
words, digits, spaces and every kinsoku mark are rendered into a ledger, a detail sheet, a
cover and a label page, read back with `pdftotext -raw`, and compared with the input
(whitespace removed on both sides)."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from test_text_property import texts

from tsdesk.documents.label_templates import by_name
from tsdesk.documents.labels import LabelData, label_pdf
from tsdesk.documents.ledger import LedgerRow, SecretSheet, render_detail, render_ledger
from tsdesk.documents.marking import Mark
from tsdesk.documents.page import FooterInfo

SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SAMPLES = ["PDM ，图纸库访问控制方案", "甲乙 ，丙丁", "电控软件组 ，总工程师（v2.0）“主干”……"]


def raw_text(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return "".join(out.stdout.decode("utf-8").split())


def flat(text: str) -> str:
    return "".join(text.split())


def ledger_with(text: str) -> bytes:
    row = LedgerRow(
        text,
        text,
        "技术信息—设计信息",
        "二级商密",
        "2035-12-31",
        text,
        "张伟",
        text,
        text,
        "已确定",
    )
    out = io.BytesIO()
    render_ledger(out, [row], FOOTER)
    return out.getvalue()


def detail_with(text: str) -> bytes:
    sheet = SecretSheet(
        "TS-2026-0001", text, "技术信息", "二级商密", "长期", "已确定", scope=text,
        points=[text], storages=[("纸质资料", text)], conditions=[("a) 不为公众所知悉", text)],
    )  # fmt: skip
    out = io.BytesIO()
    render_detail(out, sheet, FOOTER)
    return out.getvalue()


def cover_with(text: str) -> bytes:
    mark = Mark("ZT-2026-0001", "二级商密", "2035-12-31", text, "张伟", text)
    return label_pdf(
        [LabelData(mark, 2, "TSL1/x", "TSC1/ZT-2026-0001/2/AAAAAAAAAA")], by_name("A4-cover")
    )


def label_with(text: str) -> bytes:
    mark = Mark("ZT-2026-0001", "二级商密", "2035-12-31", text, "张伟")
    data = LabelData(mark, 1, "TSL1/x", "TSC1/ZT-2026-0001/1/AAAAAAAAAA")
    return label_pdf([data], by_name("A4-2x5-105x57"))


FOOTER = FooterInfo(5, "cd" * 32, datetime(2026, 3, 1, 9, 0), "绍兴示例纺织有限公司", "王保密")
RENDERERS = {"ledger": ledger_with, "detail": detail_with, "cover": cover_with}


@pytest.mark.parametrize("kind", sorted(RENDERERS))
@pytest.mark.parametrize("text", SAMPLES)
def test_known_traps_print_as_typed(kind, text):
    assert flat(text) in raw_text(RENDERERS[kind](text))


@pytest.mark.parametrize("kind", sorted(RENDERERS))
@SETTINGS
@given(text=texts)
def test_random_text_prints_as_typed(kind, text):
    assert flat(text) in raw_text(RENDERERS[kind](text))


@SETTINGS
@given(text=texts.filter(lambda t: len(t) <= 30))
def test_random_text_prints_as_typed_on_a_label(text):
    assert flat(text) in raw_text(label_with(text))


def test_ledger_never_cuts_a_latin_word():
    text = "SQLCipher-AES256-GCM-Verschluesselungsschicht und PDM-Zugangskontrollschema"
    lines = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=ledger_with(text), capture_output=True, check=True
    ).stdout.decode("utf-8")
    words = set(lines.split())
    for word in ("Verschluesselungsschicht", "PDM-Zugangskontrollschema"):
        assert word in words, lines
