"""Chinese line breaking (kinsoku) and the CJKParagraph flowable."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.text import NO_LINE_END, NO_LINE_START, CJKParagraph, wrap_text

SIZE = 10.0


@pytest.fixture(scope="module")
def font() -> str:
    return register_fonts()


def em(n: float) -> float:
    """Width of n full-width characters (every CJK glyph of the font is 1 em wide)."""
    return n * SIZE


def test_naive_wrap_would_put_comma_first_but_ours_does_not(font):
    text = "一二三四五六七八九十，十一十二"
    naive = [text[i : i + 10] for i in range(0, len(text), 10)]
    assert naive[1].startswith("，")  # the string really is a trap
    lines = wrap_text(text, font, SIZE, em(10))
    assert not any(line.startswith("，") for line in lines)
    assert lines == ["一二三四五六七八九", "十，十一十二"]  # "十" is carried down with its comma


@pytest.mark.parametrize("mark", sorted(NO_LINE_START))
def test_closing_marks_never_start_a_line(font, mark):
    text = "甲" * 10 + mark + "乙" * 15 + mark + mark + "丙" * 3
    for width in (em(6), em(8), em(10), em(11)):
        lines = wrap_text(text, font, SIZE, width)
        assert "".join(lines) == text
        assert all(line[0] not in NO_LINE_START for line in lines), (width, lines)


@pytest.mark.parametrize("mark", sorted(NO_LINE_END))
def test_opening_marks_never_end_a_line(font, mark):
    text = "甲" * 9 + mark + "乙" * 15 + mark + "丙" * 3
    for width in (em(6), em(8), em(10), em(11)):
        lines = wrap_text(text, font, SIZE, width)
        assert "".join(lines) == text
        assert all(line[-1] not in NO_LINE_END for line in lines[:-1]), (width, lines)


def test_latin_words_and_numbers_stay_whole(font):
    text = "本公司于2023年部署 SQLCipher 加密数据库，电话0575-88886666。"
    width = stringWidth("电话0575-88886666。", font, SIZE)
    lines = wrap_text(text, font, SIZE, width)
    for word in ("2023", "SQLCipher", "0575-88886666"):
        assert any(word in line for line in lines), (word, lines)
    assert all(stringWidth(line, font, SIZE) <= width + 1e-6 for line in lines)


def test_a_word_wider_than_the_box_is_cut_to_fit(font):
    word = "0123456789ABCDEF" * 4
    width = stringWidth(word[:10], font, SIZE)
    lines = wrap_text(word, font, SIZE, width)
    assert "".join(lines) == word
    assert len(lines) > 1
    assert all(stringWidth(line, font, SIZE) <= width + 1e-6 for line in lines)


def test_lines_fit_and_lose_nothing_but_break_spaces(font):
    text = ("商业秘密是指不为公众所知悉、具有商业价值并经权利人采取相应保密措施的技术信息、"
            "经营信息等商业信息（见《反不正当竞争法》第九条）。Trade secrets, e.g. source code! ") * 5  # fmt: skip
    for chars in (3, 7, 12.5, 20, 33):
        lines = wrap_text(text, font, SIZE, em(chars))
        assert all(stringWidth(line, font, SIZE) <= em(chars) + 1e-6 for line in lines)
        assert "".join("".join(lines).split()) == "".join(text.split())
        assert not any(line != line.strip() for line in lines)


def test_explicit_newlines_and_blank_lines_are_kept(font):
    assert wrap_text("甲乙\n\n丙\r\n丁", font, SIZE, em(20)) == ["甲乙", "", "丙", "丁"]
    assert wrap_text("", font, SIZE, em(20)) == []


def test_paragraph_splits_between_lines(font):
    style = ParagraphStyle("t", fontName=font, fontSize=SIZE, leading=15)
    para = CJKParagraph("商业秘密保护" * 40, style)
    _, height = para.wrap(em(10), 1000)
    assert height == 15 * 24
    head, tail = para.split(em(10), 15 * 10 + 3)
    assert head.wrap(em(10), 1000)[1] == 15 * 10
    assert tail.wrap(em(10), 1000)[1] == 15 * 14
    assert head.text.replace("\n", "") + tail.text.replace("\n", "") == para.text
    assert para.split(em(10), 10) == []  # not even one line fits
