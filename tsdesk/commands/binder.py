"""`tsdesk binder`: the evidence binder for the inspection visit (004 第十一条（四）) — the
application form, self-assessment, rules, ledger, agreements summary, training records with
sign-in sheets, inspection reports, destruction lists, area records and drill reports in
one PDF with a table of contents and a hash index; every print in it audited."""

from __future__ import annotations

import argparse
import io
import sys

from tsdesk.cli import open_vault
from tsdesk.commands.forms import out_path
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.i18n import translate


def cmd_binder(args: argparse.Namespace) -> int:
    from tsdesk.services.compliance import applications, binder
    from tsdesk.vault.atomic import write_atomic

    out = out_path(args.out)
    vault, actor = open_vault(args)  # writable: every print in the binder is audited
    verbose = sys.stderr.isatty()

    def progress(done: int, total: int, text: str) -> None:
        if verbose and text:
            print(f"[{done + 1}/{total}] {text}", file=sys.stderr)

    try:
        pdf = io.BytesIO()
        with vault.unit_of_work(actor) as uow:
            year = args.year or applications.planned_year(uow.session)
            binder.print_binder(
                uow, year, pdf, with_agreements=args.with_agreements, progress=progress
            )
    finally:
        vault.close()
    write_atomic(out, pdf.getvalue())
    print(translate("cli", "已生成 {year} 年实地考察资料汇编：{path}").format(year=year, path=out))
    return 0


def add_commands(sub, add) -> None:
    p = add("binder", cmd_binder, QT_TRANSLATE_NOOP("cli", "生成实地考察资料汇编（PDF）"), sub)
    p.add_argument("--out", required=True, help=translate("cli", "PDF 文件"))
    p.add_argument(
        "--year", type=int, help=translate("cli", "申报年度（默认：计划申报年度或今年）")
    )
    p.add_argument(
        "--with-agreements",
        action="store_true",
        help=translate("cli", "附上每份协议的文本（默认只附汇总表）"),
    )
