"""Issue 4 / issue 12: 1,000 confidentiality labels on a 50×30 mm roll, measured as whole
processes, paired and alternated, CPU (getrusage RUSAGE_CHILDREN) and wall:

    TSDESK_PASSWORD=… python -m tsdesk --db labels.tsdesk labels print --carriers N1,…,N1000 \
        --template roll-50x30 --compact --reprint-reason 基准补打 --out tsdesk.pdf
    glabels-3-batch -i rows.csv -o glabels.pdf tsdesk-50x30.glabels   (Debian package glabels)
    python benchmarks/bare_labels.py rows.csv bare.pdf wqy-microhei.ttc   (the practical limit)

glabels merges the same rows (CSV) into an equivalent template (GLABELS_TEMPLATE below: the
same lines of text and a QR code of the same payload). Targets: `tsdesk labels print` ≤ 2.0 s
CPU, ≥ 3× faster than glabels-3-batch, within 1.5× of the bare loop. In process, for the
breakdown: the service end to end (print log, HMAC, facts) and the renderer alone, also on
an A4 sheet. The QR codes on the first page of each PDF are decoded (pypdfium2 + zxing-cpp:
required, the benchmark fails without them).
"""

from __future__ import annotations

import compileall
import csv
import shutil
import statistics
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import select

from benchmarks.common import ROOT, Figure, bench_env, python_cmd, repeat, run_process
from tsdesk import paths
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


def _glabels_files(data: list[LabelData], workdir: Path) -> tuple[Path, Path]:
    """The merge rows (CSV, first line names the fields) and the equivalent template."""
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
    return rows, template


def decoded_first_page(pdf: bytes) -> int:
    """QR codes readable on the first page at 203 dpi. pypdfium2 is required: without it the
    benchmark fails (it used to report -1 and pass)."""
    import pypdfium2
    import zxingcpp

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(zxingcpp.read_barcodes(doc[0].render(scale=203 / 72).to_pil()))
    finally:
        doc.close()


def _paired(commands: dict[str, tuple[list[str], Path]], env: dict, runs: int) -> dict:
    """Each command `runs` times as a whole process, alternating the order every round."""
    figures = {name: Figure() for name in commands}
    names = list(commands)
    for i in range(runs):
        for name in names if i % 2 == 0 else names[::-1]:
            cmd, out = commands[name]
            out.unlink(missing_ok=True)
            run = run_process(cmd, env)
            if run.returncode != 0 or not out.exists():
                raise RuntimeError(f"{name} failed: {(run.stderr or run.stdout)[-1500:]}")
            figures[name].add(run.wall, run.cpu, run.rss_mb)
    return figures


def _ratios(slow: Figure, fast: Figure) -> str:
    """Per round (paired runs): how many times `fast` is quicker than `slow`, median (min–max)."""
    parts = []
    for label, a, b in (("CPU", slow.cpu, fast.cpu), ("wall", slow.wall, fast.wall)):
        r = [x / y for x, y in zip(a, b, strict=True)]
        parts.append(f"{label} {statistics.median(r):.2f}× ({min(r):.2f}–{max(r):.2f})")
    return ", ".join(parts)


def _short(name: str) -> str:
    return "50x30" if name == ROLL else "A4 70x37"


def run(args) -> dict:
    count = max(10, round(1000 * args.scale))
    db = args.workdir / "labels.tsdesk"
    vault, admin, _ = Vault.create(
        db, company="基准测试公司", admin_name="admin", admin_password=PASSWORD
    )
    try:
        ids = _world(vault, admin, count)
        results: dict = {"labels": float(count)}
        # In process, for the breakdown: the service end to end, then the renderer alone.
        for name in (ROLL, SHEET):

            def service(name=name):
                request = labels.PrintRequest(
                    ids, by_name(name), compact=name == ROLL, reprint_reason="基准补打"
                )
                with vault.unit_of_work(admin) as uow:
                    return labels.print_labels(uow, request)[1]

            figure, _ = repeat(service, args.runs)
            results[f"in process: service print_labels {_short(name)}"] = figure.as_json()
        with vault.reader() as session:
            data = labels.label_data(session, ids)
        numbers = [d.mark.number for d in data]
        for name in (ROLL, SHEET):
            template, compact = by_name(name), name == ROLL
            figure, pdf = repeat(lambda: label_pdf(data, template, compact=compact), args.runs)  # noqa: B023
            results[f"in process: renderer alone {_short(name)}"] = figure.as_json()
            results[f"decoded_first_page {_short(name)}"] = float(decoded_first_page(pdf))
    finally:
        vault.close()

    rows, template = _glabels_files(data, args.workdir)
    # As installed (pip and the installer compile it): TSDesk's bytecode is there before the
    # first run. Under PYTHONDONTWRITEBYTECODE each tsdesk run would otherwise compile its
    # ~70 modules from source (0.1–0.25 s measured), a cost the installed peers never pay.
    compileall.compile_dir(ROOT / "tsdesk", quiet=1)
    env = bench_env(TSDESK_PASSWORD=PASSWORD)
    out = {k: args.workdir / f"{k}.pdf" for k in ("tsdesk", "glabels", "bare")}
    commands = {
        "tsdesk": (
            python_cmd(
                "-m",
                "tsdesk",
                "--db",
                str(db),
                "labels",
                "print",
                "--carriers",
                ",".join(numbers),
                "--template",
                ROLL,
                "--compact",
                "--reprint-reason",
                "基准补打",
                "--out",
                str(out["tsdesk"]),
            ),
            out["tsdesk"],
        ),  # fmt: skip
        "bare": (
            python_cmd(
                str(Path(__file__).with_name("bare_labels.py")),
                str(rows),
                str(out["bare"]),
                str(paths.font_path()),
            ),
            out["bare"],
        ),  # fmt: skip
    }
    glabels = shutil.which("glabels-3-batch")
    if glabels:
        commands["glabels"] = (
            [glabels, "-i", str(rows), "-o", str(out["glabels"]), str(template)],
            out["glabels"],
        )
    else:
        results["glabels"] = "NOT INSTALLED (apt-get install glabels): no peer ratio"
    figures = _paired(commands, env, max(args.runs, 3))
    results["whole process: tsdesk labels print 50x30 [<= 2.0 s CPU]"] = figures["tsdesk"].as_json()
    results["whole process: bare reportlab + zxing-cpp loop"] = figures["bare"].as_json()
    for name, path in out.items():
        if path.exists():
            results[f"{name}.pdf: first page QR decoded / size (KB)"] = (
                f"{decoded_first_page(path.read_bytes())} / {path.stat().st_size / 1024:.0f}"
            )
    results["tsdesk vs bare loop: bare is faster by [tsdesk within 1.5×]"] = _ratios(
        figures["tsdesk"], figures["bare"]
    )
    if "glabels" in figures:
        results["whole process: glabels-3-batch 50x30"] = figures["glabels"].as_json()
        results["tsdesk vs glabels-3-batch: tsdesk faster by [>= 3×]"] = _ratios(
            figures["glabels"], figures["tsdesk"]
        )
    results["commands (paired, order alternating each round)"] = " | ".join(
        " ".join(cmd[:4] + ["…"] if len(cmd) > 4 else cmd) for cmd, _ in commands.values()
    )
    return results
