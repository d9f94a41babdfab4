"""`tsdesk forms list|print`: the base application forms 附表1–3 filled from the company
profile (004), or with `--year`/`--draft` the year's application as saved on the 基地申报
page, printed to a PDF and audited."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from tsdesk.cli import open_vault, print_json
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def out_path(text: str) -> Path:
    """Where a PDF goes; its folder must exist (checked before the password is asked)."""
    out = Path(text)
    if not out.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "保存位置不存在：{path}"), path=str(out.parent)
        )
    return out


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services import base_forms

    rows = []
    for form in base_forms.BASE_FORMS:
        annex, title = base_forms.describe(form)
        rows.append(
            {
                "name": form.name,
                "annex": annex,
                "title": title,
                "for": base_forms.ORG_KIND_LABELS[form.org_kind],
            }
        )
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['name']:<14} {r['annex']}  {r['title']}（{r['for']}申报）")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from tsdesk.services import base_forms
    from tsdesk.vault.atomic import write_atomic

    form = base_forms.by_name(args.name)  # a wrong name needs no password
    out = out_path(args.out)
    if args.year is not None or args.draft:
        return _print_application(args, form, out)
    vault, actor = open_vault(args)  # writable: the print is audited
    try:
        pdf = io.BytesIO()
        with vault.unit_of_work(actor) as uow:
            base_forms.print_base_form(uow, form.name, pdf)
            missing = base_forms.empty_fields(uow.session, form)
    finally:
        vault.close()
    write_atomic(out, pdf.getvalue(), private=True)  # company data: owner-only like every print
    annex, title = base_forms.describe(form)
    print(
        translate("cli", "已打印 {annex} {title}：{path}").format(
            annex=annex, title=title, path=out
        )
    )
    if missing:
        blank = translate("cli", "企业信息中未填写（表中留空）：{fields}")
        print(blank.format(fields="、".join(missing)), file=sys.stderr)
    return 0


def _print_application(args: argparse.Namespace, form, out: Path) -> int:
    """The year's application: its saved draft (`--draft` insists on one), else the form
    prefilled from the profile and the data with the 开展情况 drafted."""
    from tsdesk.services import base_forms
    from tsdesk.services.compliance import applications
    from tsdesk.vault.atomic import write_atomic

    vault, actor = open_vault(args)
    try:
        pdf = io.BytesIO()
        with vault.unit_of_work(actor) as uow:
            year = args.year or applications.planned_year(uow.session)
            app = applications.print_saved(uow, year, pdf, form, require_saved=args.draft)
    finally:
        vault.close()
    write_atomic(out, pdf.getvalue(), private=True)  # company data: owner-only like every print
    annex, title = base_forms.describe(form)
    which = (
        translate("cli", "{year} 年草稿").format(year=year)
        if app.saved
        else translate("cli", "{year} 年，按企业信息和数据预填").format(year=year)
    )
    print(
        translate("cli", "已打印 {annex} {title}（{which}）：{path}").format(
            annex=annex, title=title, which=which, path=out
        )
    )
    return 0


def add_commands(sub, add) -> None:
    group = sub.add_parser("forms", help=translate("cli", "基地申报表（附表1–3）")).add_subparsers(
        dest="forms_command", metavar="ACTION", required=True
    )
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出可打印的申报表"), group)
    p.add_argument("--json", action="store_true")
    p = add("print", cmd_print, QT_TRANSLATE_NOOP("cli", "按企业信息填写申报表并打印为 PDF"), group)
    p.add_argument(
        "name",
        help=translate("cli", "base-zone（附表1）、base-station（附表2）或 base-point（附表3）"),
    )
    p.add_argument("--out", required=True, help=translate("cli", "PDF 文件"))
    p.add_argument(
        "--year",
        type=int,
        help=translate("cli", "申报年度：打印该年度保存的草稿，未保存时按企业信息和数据预填"),
    )
    p.add_argument(
        "--draft", action="store_true", help=translate("cli", "只打印已保存的草稿（没有则报错）")
    )
