"""Smaller defects on paper (issue 8 §1): the stock-take report names the counter and keeps
its 序号 header on one line; the declassify form's boxes are the same size empty or filled;
a cover's reprint mark is red."""

from __future__ import annotations

import io
import subprocess
from datetime import datetime

import pypdf
import pytest
from carriers_testing import World, build_world
from sqlalchemy import update

from tsdesk.documents.forms import render_form
from tsdesk.documents.label_templates import by_name
from tsdesk.documents.labels import RED, LabelData, label_pdf
from tsdesk.documents.marking import Mark
from tsdesk.documents.page import FooterInfo
from tsdesk.models import Operator
from tsdesk.services import stocktake

FOOTER = FooterInfo(5, "cd" * 32, datetime(2026, 3, 1, 9, 0), "绍兴示例纺织有限公司", "王保密")


def raw_words(pdf: bytes) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8").split()


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def test_stocktake_report_names_the_counter_and_keeps_its_header_whole(world):
    world.carrier(area=world.archive)  # expected there, not scanned: a table row
    with world.uow() as uow:
        uow.session.execute(update(Operator).values(display_name="周盘点"))
        st = stocktake.start(uow, world.archive)
        stocktake.finish(uow, st, [])
    with world.uow() as uow:
        words = raw_words(stocktake.report_pdf(uow, st))
    text = "".join(words)
    assert "盘点人周盘点" in text and "盘点人admin" not in text
    assert "序号" in words, " ".join(words)  # the header cell on one line, not 序 / 号


def label_y(pdf: bytes, label: str) -> float:
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip() == label:
            found.append(cm[5] + tm[5])

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found[0]


def test_declassify_form_boxes_are_the_same_size_empty_or_filled():
    filled = {
        "reason_choices": "□ a) 已不具备商业价值\n■ b) 已被合法公开\n□ c) 其他情形",
        "words": "已申请专利并公开",
    }
    pdfs = []
    for data in ({}, filled):
        out = io.BytesIO()
        render_form(out, "register/secret_declassify_approval", data, FOOTER)
        pdfs.append(out.getvalue())
    for label in ("解密理由", "审批人"):
        assert label_y(pdfs[0], label) == pytest.approx(label_y(pdfs[1], label), abs=0.5)


def test_cover_prints_the_reprint_mark_in_red():
    mark = Mark("ZT-2026-0001", "二级商密", "2035-12-31", "技术研发中心", "张伟", "总装图")
    pdf = label_pdf([LabelData(mark, 3, "TSL1/x", "TSC1/x")], by_name("A4-cover"))
    colour, seen = [None], []

    def before(op, args, cm, tm):
        if op == b"rg":
            colour[0] = tuple(round(float(a), 2) for a in args)

    def visit(text, cm, tm, font, size):
        if "补 3" in text:
            seen.append(colour[0])

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(
        visitor_operand_before=before, visitor_text=visit
    )
    assert seen and all(
        c == (round(RED.red, 2), round(RED.green, 2), round(RED.blue, 2)) for c in seen
    )


def test_cover_warning_never_ends_on_a_lone_line():
    mark = Mark("ZT-2026-0001", "二级商密", "2035-12-31", "技术研发中心", "张伟", "总装图")
    pdf = label_pdf([LabelData(mark, 1, "TSL1/x", "TSC1/x")], by_name("A4-cover"))
    out = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    )
    lines = out.stdout.decode("utf-8").splitlines()
    last = next(line for line in lines if line.endswith("不得遗失。"))
    assert len(last.strip()) >= 8, lines
