"""Shared helpers for the documents tests: read back the PDFs we print."""

from __future__ import annotations

import io
from datetime import datetime
from types import SimpleNamespace

import pypdf
import pytest

from tsdesk.documents.page import FooterInfo

# The standard 14 fonts a PDF may name without embedding them.
BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip

CHAIN_HASH = "3f9a0c1be47d55aa" + "0" * 48


@pytest.fixture
def footer() -> FooterInfo:
    return FooterInfo(
        chain_seq=1234,
        chain_hash=CHAIN_HASH,
        printed_at=datetime(2024, 5, 6, 7, 8),
        company="绍兴示例纺织有限公司",
        operator="张三",
    )


def pdf_text(data: bytes) -> str:
    """Text of every page in order, as pypdf extracts it (no layout)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """`text` without any whitespace: wrapped lines joined back together."""
    return "".join(text.split())


def font_problems(data: bytes) -> list[str]:
    """Every font that is a base-14 font or lacks an embedded TrueType program."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    problems = []
    seen = 0
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for name, ref in fonts.items():
            font = ref.get_object()
            seen += 1
            base = str(font.get("/BaseFont", "")).lstrip("/")
            descriptor = font.get("/FontDescriptor")
            if base in BASE14:
                problems.append(f"page {number}: {name} is the base-14 font {base}")
            elif descriptor is None or "/FontFile2" not in descriptor.get_object():
                problems.append(f"page {number}: {name} ({base}) has no embedded /FontFile2")
    if not seen:
        problems.append("no fonts at all")
    return problems


def print_scaling(data: bytes) -> str | None:
    catalog = pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"].get_object()
    prefs = catalog.get("/ViewerPreferences")
    return None if prefs is None else str(prefs.get_object().get("/PrintScaling"))


@pytest.fixture
def pdf() -> SimpleNamespace:
    """The helpers above, for the tests in this folder (which has no package to import from)."""
    return SimpleNamespace(
        text=pdf_text, flat=flat, font_problems=font_problems, print_scaling=print_scaling
    )
