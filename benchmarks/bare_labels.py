"""The practical limit for 1,000 labels: a bare reportlab + zxing-cpp loop, run as a whole
process by bench_labels. It draws what a TSDesk 50×30 mm roll label carries (grade badge,
number, term, unit and person, the warning, a QR code of the compact payload as vector runs,
the CJK font embedded as a subset) from the same CSV glabels-3-batch merges — and nothing else:
no database, no checks, no fitting of text.

    python benchmarks/bare_labels.py rows.csv out.pdf FONT.ttc
"""

import csv
import re
import sys

import zxingcpp
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

DARK_RUN = re.compile(rb"\x00+")
LINES = [(2.0, 8.5, True, "商业秘密 {grade}"), (7.5, 6.5, False, "编号 {number}"),
         (11.5, 6.5, False, "期限 {term}"), (15.5, 6.5, False, "责任 {unit} {person}"),
         (19.5, 6.0, True, "未经授权 禁止复制")]  # fmt: skip


def main(rows_csv: str, out: str, font_file: str) -> None:
    pdfmetrics.registerFont(TTFont("Bare", font_file, subfontIndex=0))
    canv = Canvas(out, pagesize=(50 * mm, 30 * mm), pageCompression=1, initialFontName="Bare")
    with open(rows_csv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for y, size, red, text in LINES:
                canv.setFillColorRGB(0.75 if red else 0, 0, 0)
                canv.setFont("Bare", size)
                canv.drawString(1.5 * mm, (30 - y) * mm - size, text.format(**row)[:24])
            code = zxingcpp.create_barcode(
                row["payload"], zxingcpp.BarcodeFormat.QRCode, ec_level="M"
            )
            image = code.to_image(scale=1, add_quiet_zones=False)
            n, raw = image.shape[0], bytes(image)
            cell = 21 * mm / (n + 8)
            x0, y0 = 27.5 * mm + 4 * cell, 25.5 * mm - 4 * cell
            path = canv.beginPath()
            for r in range(n):
                for m in DARK_RUN.finditer(raw[r * n : (r + 1) * n]):
                    a, b = m.span()
                    path.rect(x0 + a * cell, y0 - (r + 1) * cell, (b - a) * cell, cell)
            canv.setFillColorRGB(0, 0, 0)
            canv.drawPath(path, stroke=0, fill=1)
            canv.showPage()
    canv.save()


if __name__ == "__main__":
    main(*sys.argv[1:])
