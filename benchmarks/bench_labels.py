"""Issue 4: 1,000 confidentiality labels to PDF on a 50×30 mm thermal roll and on an A4 sheet
(time, file size), end to end through the service (print log, HMAC, facts) and the renderer
alone; side by side with `glabels-3-batch` merging the same rows from a CSV into an equivalent
50×30 QR label (Debian package glabels), when it is installed. Target: ≤ 2 s, faster than glabels.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import select

from benchmarks.common import peak_rss_mb, timed
from tsdesk.documents.label_templates import by_name
from tsdesk.documents.labels import LabelData, label_pdf
from tsdesk.documents.marking import WARNING
from tsdesk.models import CarrierKind, Category, Grade, TermKind
from tsdesk.services import carriers, company, labels, people, register
from tsdesk.vault import Vault

PASSWORD = "bench-password-1"
ROLL, SHEET = "roll-50x30", "A4-3x8-70x37"

# An equivalent gLabels 3 document: the same lines of text and a QR code (libqrencode) of the
# same payload on a 50×30 mm label, merged from a CSV whose first line names the fields.
GLABELS_TEMPLATE = """<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="TSDesk" part="roll-50x30" size="Other" width="50mm" height="30mm"
            description="TSDesk 50x30 roll">
    <Meta category="label"/>
    <Label-rectangle id="0" width="50mm" height="30mm" round="0mm" x_waste="0mm" y_waste="0mm">
      <Markup-margin size="1.5mm"/>
      <Layout nx="1" ny="1" x0="0mm" y0="0mm" dx="50mm" dy="30mm"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
{texts}
    <Object-barcode x="27.5mm" y="4.5mm" w="21mm" h="21mm" style="IEC18004" backend="libqrencode"
        text="False" checksum="True" format="10" color="0x000000ff" field="payload"
        a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"/>
  </Objects>
  <Merge type="Text/Comma/Line1Keys" src="{csv}"/>
</Glabels-document>
"""
GLABELS_LINES = [  # (y mm, size pt, colour, bold, content with {field} markers)
    (2.0, 8.5, "0xc00000ff", True, "商业秘密 {grade}"),
    (7.5, 6.5, "0x000000ff", False, "编号 {number}"),
    (11.5, 6.5, "0x000000ff", False, "期限 {term}"),
    (15.5, 6.5, "0x000000ff", False, "责任 {unit} {person}"),
    (19.5, 6.0, "0xc00000ff", False, WARNING),
]


def _glabels_text(y: float, size: float, color: str, bold: bool, content: str) -> str:
    parts = []
    for i, chunk in enumerate(content.replace("}", "{").split("{")):
        parts.append(f'<Field name="{chunk}"/>' if i % 2 else escape(chunk))
    return (
        f'    <Object-text x="1.5mm" y="{y}mm" w="25.5mm" h="{size * 0.5:.1f}mm" justify="Left"'
        f' valign="Top" auto_shrink="True" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">\n'
        f'      <Span color="{color}" font_family="WenQuanYi Micro Hei" font_size="{size}"'
        f' font_weight="{"Bold" if bold else "Regular"}" font_italic="False"'
        f' line_spacing="1">{"".join(parts)}</Span>\n'
        "    </Object-text>"
    )


def _world(vault: Vault, admin, count: int) -> list[int]:
    """`count` carriers over a few secrets, departments and custodians."""
    with vault.unit_of_work(admin) as uow:
        grades = [g.id for g in uow.session.scalars(select(Grade).order_by(Grade.rank))]
        depts = [company.add_department(uow, n) for n in ("技术研发中心", "生产制造部", "销售部")]
        staff = [
            people.add_person(uow, f"E{i:03}", name, depts[i % 3])
            for i, name in enumerate(("周晓东", "王丽娟", "钱卫平", "沈明华"))
        ]
        secrets = [
            register.propose(
                uow,
                register.SecretInput(
                    subject=f"工艺 {i}",
                    category=Category.DESIGN,
                    grade_id=grades[i % 3],
                    term_kind=TermKind.LONG_TERM if i % 2 else TermKind.UNTIL_DATE,
                    term_until=None if i % 2 else date(2031, 12, 31),
                    department_id=depts[i % 3],
                ),
            )
            for i in range(6)
        ]
        return [
            carriers.register_carrier(
                uow,
                carriers.CarrierInput(
                    kind=CarrierKind.STORAGE if i % 3 else CarrierKind.PAPER,
                    title=f"载体 {i}",
                    secret_ids=[secrets[i % 6]],
                    custodian_id=staff[i % 4],
                ),
            )
            for i in range(count)
        ]


def _run_glabels(data: list[LabelData], workdir: Path) -> dict:
    exe = shutil.which("glabels-3-batch")
    if exe is None:
        return {"glabels": "not installed (apt-get install glabels): comparison skipped"}
    rows = workdir / "rows.csv"
    with rows.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["payload", "grade", "number", "term", "unit", "person"])
        for d in data:
            m = d.mark
            writer.writerow([d.compact_payload, m.grade, m.number, m.term, m.unit, m.person])
    template = workdir / "tsdesk-50x30.glabels"  # kept with the run's files for inspection
    template.write_text(
        GLABELS_TEMPLATE.format(
            texts="\n".join(_glabels_text(*line) for line in GLABELS_LINES), csv=escape(str(rows))
        ),
        "utf-8",
    )
    out = workdir / "glabels.pdf"
    started = time.perf_counter()
    result = subprocess.run(
        [exe, "-i", str(rows), "-o", str(out), str(template)], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or not out.exists():
        return {"glabels": f"failed: {(result.stderr or result.stdout).strip()[:200]}"}
    return {"glabels_50x30_s": elapsed, "glabels_50x30_kb": out.stat().st_size / 1024}


def _decodes(pdf: bytes) -> int:
    """QR codes readable on the first page at 203 dpi (a sanity check, when the decoder is there)."""
    try:
        import pypdfium2
        import zxingcpp
    except ImportError:
        return -1
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(zxingcpp.read_barcodes(doc[0].render(scale=203 / 72).to_pil()))
    finally:
        doc.close()


def run(args) -> dict:
    count = max(10, round(1000 * args.scale))
    vault, admin, _ = Vault.create(
        args.workdir / "labels.tsdesk",
        company="基准测试公司",
        admin_name="admin",
        admin_password=PASSWORD,
    )
    try:
        ids = _world(vault, admin, count)
        results: dict = {"labels": float(count)}
        # End to end: record the print (issues, log, audit) and render, one transaction.
        for name in (ROLL, SHEET):
            request = labels.PrintRequest(ids, by_name(name), compact=name == ROLL)
            with vault.unit_of_work(admin) as uow:
                reason = "基准补打" if labels.current_issue(uow.session, ids[0]) else ""
                request = labels.PrintRequest(**{**request.__dict__, "reprint_reason": reason})
                seconds, (_, pdf) = timed(lambda r=request, u=uow: labels.print_labels(u, r))
            short = "50x30" if name == ROLL else "a4_70x37"
            results[f"service_{short}_s"] = seconds
            results[f"service_{short}_kb"] = len(pdf) / 1024
            (args.workdir / f"tsdesk-{name}.pdf").write_bytes(pdf)
        with vault.reader() as session:
            seconds, data = timed(lambda: labels.label_data(session, ids))
        results["label_data_s"] = seconds
        # The renderer alone, on the same rows.
        for name in (ROLL, SHEET):
            template = by_name(name)
            seconds, pdf = timed(lambda t=template, c=name == ROLL: label_pdf(data, t, compact=c))
            short = "50x30" if name == ROLL else "a4_70x37"
            results[f"render_{short}_s"] = seconds
            results[f"render_{short}_kb"] = len(pdf) / 1024
            results[f"render_{short}_ms_per_label"] = seconds / count * 1000
            results[f"decoded_first_page_{short}"] = float(_decodes(pdf))
        results.update(_run_glabels(data, args.workdir))
        if "glabels_50x30_s" in results:
            results["speedup_vs_glabels_50x30"] = (
                results["glabels_50x30_s"] / results["service_50x30_s"]
            )
        results["peak_rss_mb"] = peak_rss_mb()
        return results
    finally:
        vault.close()
