"""The common page frame: footer on every page, metadata, print scaling, one font."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Table

from tsdesk import __version__
from tsdesk.documents.fonts import FONT_NAME
from tsdesk.documents.page import FooterInfo, build_pdf, frame_size, styles
from tsdesk.documents.text import CJKParagraph


def build(story, footer, **kwargs) -> bytes:
    out = io.BytesIO()
    kwargs.setdefault("subject", "用于测试的文档")
    build_pdf(out, story, footer, title="测试文档", **kwargs)
    return out.getvalue()


def test_footer_on_every_page_with_page_x_of_y(footer, pdf):
    st = styles()
    story = [CJKParagraph("标题", st.title)]
    story += [CJKParagraph("商业秘密载体登记。" * 30, st.body) for _ in range(20)]
    data = build(story, footer)
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert "审计链 #1234 3f9a0c1be47d" in text
        assert "打印时间 2024-05-06 07:08" in text
        assert f"第 {number}/{len(pages)} 页" in text
        assert "绍兴示例纺织有限公司" in text
        assert "打印人 张三" in text
    assert pdf.font_problems(data) == []
    assert pdf.print_scaling(data) == "/None"


def test_metadata_and_landscape(footer):
    data = build([CJKParagraph("横向", styles().body)], footer, landscape=True, scope="范围：全部")
    reader = pypdf.PdfReader(io.BytesIO(data))
    info = reader.metadata
    assert info.title == "测试文档　绍兴示例纺织有限公司　范围：全部"
    assert info.author == "绍兴示例纺织有限公司"
    assert info.subject == "用于测试的文档"
    assert info.creator == f"TSDesk {__version__}"
    assert info.keywords == "审计链 #1234 3f9a0c1be47d　打印时间 2024-05-06 07:08"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[1]), round(A4[0]))


@pytest.fixture
def shanghai_time(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_aware_print_time_is_shown_in_local_time(shanghai_time):
    info = FooterInfo(1, "ff" * 32, datetime(2024, 5, 6, 7, 8, tzinfo=UTC))
    assert info.printed_text == "打印时间 2024-05-06 15:08"
    assert info.chain_text == "审计链 #1 ffffffffffff"
    naive = FooterInfo(1, "", datetime(2024, 5, 6, 7, 8))  # naive times are taken as local
    assert naive.printed_text == "打印时间 2024-05-06 07:08"


def test_tables_and_styles_never_fall_back_to_helvetica(footer, pdf):
    st = styles()
    assert {s.fontName for s in (st.title, st.heading, st.body, st.small, st.cell)} == {FONT_NAME}
    # Plain strings in a table use the table's default font unless told otherwise.
    table = Table([["甲", "乙"], ["丙", "丁"]], style=[("FONTNAME", (0, 0), (-1, -1), FONT_NAME)])
    data = build([table], footer)
    assert pdf.font_problems(data) == []


def test_frame_size_matches_the_page():
    width, height = frame_size()
    assert 160 * 72 / 25.4 < width < A4[0]
    assert frame_size(landscape=True)[0] > width


def test_official_forms_keep_the_log_and_the_operator_off_the_page(footer, pdf):
    st = styles()
    story = [CJKParagraph("申报内容。" * 900, st.body)]
    data = build(story, footer, official=True)
    text = pdf.flat(pdf.text(data))
    assert "审计链" not in text and "张三" not in text and "打印时间" not in text
    assert "第1/" in text and "页" in text
    info = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert "审计链 #1234" in info.keywords


def test_no_company_is_never_anonymous(footer):
    from dataclasses import replace

    data = build([CJKParagraph("无单位", styles().body)], replace(footer, company=""))
    info = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert info.author not in ("anonymous", "", None)
    assert info.subject not in ("unspecified", "", None)
