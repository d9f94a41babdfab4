"""The QR matrix as drawn: its rectangles cover exactly the code's dark modules."""

from __future__ import annotations

import re

import pytest
import zxingcpp

from tsdesk.documents.qr import qr_matrix

RECT = re.compile(r"(\d+) (\d+) (\d+) 1 re")


@pytest.mark.parametrize(
    "value",
    [
        "ZT-2026-0001",
        "TSC1/ZT-2026-000123/3/ABCDEFGHIJ",
        "TSL1/ZT-1/一级商密/长期/技术研发中心/2/X",
    ],
)
def test_rectangles_and_runs_are_the_dark_modules(value):
    matrix = qr_matrix(value, "M")
    image = zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(
        scale=1, add_quiet_zones=False
    )
    n, raw = image.shape[0], bytes(image)
    dark = {(r, c) for r in range(n) for c in range(n) if raw[r * n + c] == 0}
    assert matrix.size == n
    painted = [
        (n - 1 - int(y), int(x) + i)  # PDF y counts up from the bottom row
        for x, y, length in RECT.findall(matrix.rectangles)
        for i in range(int(length))
    ]
    assert len(painted) == len(set(painted)) and set(painted) == dark
    assert {(r, c + i) for r, c, length in matrix.runs for i in range(length)} == dark
    assert RECT.sub("", matrix.rectangles).strip() == ""
