"""`tsdesk secrets import FILE` and `tsdesk secrets export FILE` (issue 3 §5, §7).

Import is all or nothing: a file with any invalid row imports nothing, prints the row-by-row
report on stderr and exits non-zero. Export writes .xlsx or .csv by the file's extension.
"""

from __future__ import annotations

import argparse
import sys

from tsdesk.cli import EXIT_ERROR, open_vault
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def _mapping(headers: list[str], overrides: list[str]) -> dict[str, str]:
    """The automatic mapping, with `列名=字段` overrides (字段 as its header or its key)."""
    from tsdesk.services import register_io

    mapping = register_io.auto_mapping(headers)
    by_name = {c.header: c.key for c in register_io.COLUMNS} | {
        c.key: c.key for c in register_io.COLUMNS
    }
    for item in overrides:
        header, _, field = item.partition("=")
        header, field = header.strip(), field.strip()
        if header not in mapping or (field and field not in by_name):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "无法识别列对应关系：{item}"), item=item
            )
        mapping[header] = by_name.get(field, register_io.IGNORE)
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    from tsdesk.services import register_io

    table = register_io.read_table(args.file)  # a file that cannot be read needs no password
    mapping = _mapping(table.headers, args.column or [])
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            plan = register_io.preview(uow.session, table, mapping)
            if args.check:
                report = register_io.ImportReport(source=table.source, problems=plan.problems)
                if plan.problems:
                    raise register_io.ImportRefused(report)
                checked = translate(
                    "cli",
                    "{source}：{rows} 行均可导入；将新建部门 {departments} 个、人员 {people} 名。",
                )
                print(
                    checked.format(
                        source=table.source,
                        rows=len(plan.rows),
                        departments=len(plan.new_departments),
                        people=len(plan.new_people),
                    )
                )
                return 0
            report = register_io.run_import(uow, plan)
    except register_io.ImportRefused as refused:
        print(refused.report.text(), file=sys.stderr)
        return EXIT_ERROR
    finally:
        vault.close()
    print(report.text())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tsdesk.commands.secrets import _filter  # the same --search/--grade as `secrets list`
    from tsdesk.services import register_io

    vault, actor = open_vault(args)  # writable: every export is audited
    try:
        with vault.unit_of_work(actor) as uow:
            chosen = _filter(uow.session, args) if (args.search or args.grade) else None
            count = register_io.export_register(uow, args.file, chosen)
    finally:
        vault.close()
    print(
        translate("cli", "已导出 {count} 项商业秘密到 {path}").format(count=count, path=args.file)
    )
    print(
        translate("cli", "注意：导出的文件不再受数据库加密保护，请妥善保管，用后及时删除。"),
        file=sys.stderr,
    )
    return 0


def add_commands(sub, add) -> None:
    from tsdesk.commands.secrets import secrets_group

    group = secrets_group(sub)
    p = add(
        "import",
        cmd_import,
        QT_TRANSLATE_NOOP("cli", "从 .xlsx 或 .csv 导入商业秘密清单（全部成功或全部不导入）"),
        group,
    )
    p.add_argument("file")
    p.add_argument(
        "--column",
        action="append",
        metavar="列名=字段",
        help=translate(
            "cli", "手动指定列对应的字段（如 “密点=秘密点”；字段留空表示不导入该列），可重复"
        ),
    )
    p.add_argument("--check", action="store_true", help=translate("cli", "只检查，不导入"))
    p = add(
        "export",
        cmd_export,
        QT_TRANSLATE_NOOP("cli", "导出商业秘密清单为 .xlsx 或 .csv（按扩展名）"),
        group,
    )
    p.add_argument("file")
    p.add_argument("--search", help=translate("cli", "只导出检索到的"))
    p.add_argument("--grade", help=translate("cli", "只导出此保密等级的"))
