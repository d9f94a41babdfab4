"""Property: wrapping never changes what was typed (issue 8 §1).

Random strings mixing CJK, Latin words, digits, spaces and every kinsoku mark are wrapped
into boxes of random widths: the lines joined back are the input (only whitespace at a
break may vanish), no line starts with a closing mark, none is wider than the box, and
nothing raises.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from tsdesk.documents.fonts import register_fonts
from tsdesk.documents.text import NO_LINE_END, NO_LINE_START, wrap_text

SIZE = 10.0
CJK = "甲乙丙丁商业秘密图纸库访问控制方案电软件组总工程师"
MARKS = sorted(NO_LINE_START | NO_LINE_END)

# A piece of text followed, at most once, by a mark (runs of marks longer than a line
# cannot be set without breaking somewhere, so the strategy keeps them short).
word = st.one_of(
    st.text(alphabet=CJK, min_size=1, max_size=6),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzPDMSQL", min_size=1, max_size=14),
    st.integers(0, 10**12).map(str),
)
piece = st.tuples(
    word,
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(["", *MARKS]),
    st.sampled_from(["", " "]),
).map("".join)
texts = st.lists(piece, min_size=1, max_size=30).map("".join)


@pytest.fixture(scope="module")
def font() -> str:
    return register_fonts()


def assert_same_text(text: str, lines: list[str]) -> None:
    """`lines` spell `text`, only whitespace at a line break (or at the end) left out."""
    pos = 0
    for i, line in enumerate(lines):
        if i:
            while pos < len(text) and text[pos].isspace():
                pos += 1
        assert text[pos : pos + len(line)] == line, (text, lines, i)
        pos += len(line)
    assert not text[pos:].strip(), (text, lines)


@settings(max_examples=400, deadline=None)
@given(text=texts, ems=st.floats(4, 40))
def test_wrapping_keeps_the_text_and_the_rules(text, ems):
    font = register_fonts()
    box = ems * SIZE
    lines = wrap_text(text, font, SIZE, box)
    assert_same_text(text, lines)
    for i, line in enumerate(lines):
        assert stringWidth(line, font, SIZE) <= box + 1e-6, (line, box)
        if i:
            assert line[:1] not in NO_LINE_START, (text, lines)
            assert lines[i - 1][-1:] not in NO_LINE_END, (text, lines)


@pytest.mark.parametrize(
    ("text", "width"),
    [("甲乙 ，丙丁", 3), ("电控软件组 ，总工程师", 4), ("PDM ，图纸库访问控制方案", 5)],
)
def test_a_space_before_a_closing_mark_keeps_the_text(font, text, width):
    for ems in (width, width + 1.5, 100):
        lines = wrap_text(text, font, SIZE, ems * SIZE)
        assert_same_text(text, lines)


def test_a_long_latin_run_breaks_after_a_hyphen_not_inside_a_word(font):
    text = "PDM-Zugangskontrolle-Schema"
    lines = wrap_text(text, font, SIZE, stringWidth("PDM-Zugangskontrolle-", font, SIZE) + 5)
    assert lines == ["PDM-Zugangskontrolle-", "Schema"]
