"""`tsdesk assess`, `tsdesk rules list|add`, `tsdesk programme list|add|done`: the
self-assessment against 004's conditions, the rules register and the year's programme."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "日期“{text}”无效，请写作 2026-03-01"), text=text
        ) from None


def _mark(met: bool | None) -> str:
    return {True: "✓", False: "✗", None: "·"}[met]


def cmd_assess(args: argparse.Namespace) -> int:
    from tsdesk.services.compliance import assessment, report

    today = _day(args.date)
    if args.out:
        vault, actor = open_vault(args)
        try:
            with vault.unit_of_work(actor) as uow:
                report.print_report(uow, Path(args.out), today, args.kind)
        finally:
            vault.close()
        print(translate("cli", "已写入 {path}").format(path=args.out))
        return 0
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            result = assessment.assess(session, today, args.kind)
        record_read(vault, actor, "read.assessment", "assessment", today.year)
    finally:
        vault.close()
    if args.json:
        print_json(assessment.as_json(result))
        return 0

    def tr(text: str) -> str:
        return translate("assessment", text)

    print(
        translate("cli", "{form}：{met}/{total} 项达到（{percent}%）").format(
            form=tr(assessment.KIND_TITLES[result.kind]),
            met=result.met,
            total=result.total,
            percent=result.percent,
        )
    )
    for a in result.items:
        evidence = "；".join(e.text(translate) for e in a.result.evidence)
        print(f"{_mark(a.result.met)} {a.item.key:<22} {tr(a.item.title)}：{evidence}")
    if result.gaps:
        print(translate("cli", "差距 {n} 项：").format(n=len(result.gaps)))
        for a in result.gaps:
            print(f"  {a.item.key}  {tr(a.item.title)}")
    return 0


def cmd_rules_list(args: argparse.Namespace) -> int:
    from tsdesk.services.compliance import rules

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = rules.list_rules(session)
        record_read(vault, actor, "read.rules", "rule_document", count=len(rows))
    finally:
        vault.close()
    today = date.today()
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "kind": r.kind.value,
                    "title": r.title,
                    "number": r.number,
                    "adopted_on": r.adopted_on.isoformat(),
                    "revised_on": r.revised_on.isoformat() if r.revised_on else None,
                    "repealed_on": r.repealed_on.isoformat() if r.repealed_on else None,
                    "in_force": r.in_force(today),
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        kind = translate("compliance", rules.KIND_LABELS[r.kind])
        state = "" if r.in_force(today) else translate("cli", "（已废止）")
        print(f"{r.id:>4}  {r.adopted_on.isoformat()}  {kind}  {r.title} {r.number}{state}")
    return 0


def cmd_rules_add(args: argparse.Namespace) -> int:
    from tsdesk.models import RuleKind
    from tsdesk.services import attachments
    from tsdesk.services.compliance import rules

    data = Path(args.file).read_bytes() if args.file else None
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            rule_id = rules.add_rule(
                uow,
                rules.RuleInput(
                    RuleKind(args.kind),
                    args.title,
                    _day(args.adopted),
                    args.number or "",
                    args.approved_by or "",
                ),
            )
            if data is not None:
                attachments.add(uow, rules.OWNER_KIND, rule_id, Path(args.file).name, data)
    finally:
        vault.close()
    print(rule_id)
    return 0


def cmd_programme_list(args: argparse.Namespace) -> int:
    from tsdesk.services.compliance import programme

    year = args.year or date.today().year
    vault, actor = open_vault(args) if not args.no_match else open_for_reading(args)
    try:
        if not args.no_match and not vault.read_only:
            with vault.reader() as session:
                pending = programme.find_matches(session, year)
            if pending:  # records that fulfil open items tick them (audited)
                with vault.unit_of_work(actor) as uow:
                    programme.apply_matches(uow, year)
        with vault.reader() as session:
            rows = programme.list_items(session, year)
        record_read(vault, actor, "read.programme", "programme_item", year=year)
    finally:
        vault.close()
    today = date.today()
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "year": r.year,
                    "kind": r.kind.value,
                    "title": r.title,
                    "due_on": r.due_on.isoformat(),
                    "done_on": r.done_on.isoformat() if r.done_on else None,
                    "fulfilled_type": r.fulfilled_type,
                    "fulfilled_id": r.fulfilled_id,
                    "overdue": r.overdue(today),
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        kind = translate("compliance", programme.KIND_LABELS[r.kind])
        if r.done_on:
            state = translate("cli", "已完成 {date}").format(date=r.done_on.isoformat())
        elif r.overdue(today):
            state = translate("cli", "逾期")
        else:
            state = translate("cli", "未完成")
        print(f"{r.id:>4}  {r.due_on.isoformat()}  {kind}  {r.title}  {state}")
    return 0


def cmd_programme_add(args: argparse.Namespace) -> int:
    from tsdesk.models import ProgrammeKind
    from tsdesk.services.compliance import programme

    due = _day(args.due)
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            item_id = programme.add_item(
                uow,
                args.year or due.year,
                ProgrammeKind(args.kind),
                args.title,
                due,
                args.note or "",
            )
    finally:
        vault.close()
    print(item_id)
    return 0


def cmd_programme_done(args: argparse.Namespace) -> int:
    from tsdesk.services.compliance import programme

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            programme.mark_done(uow, args.id, _day(args.date), args.note or "")
    finally:
        vault.close()
    return 0


def add_commands(sub, add) -> None:
    from tsdesk.models import ProgrammeKind, RuleKind
    from tsdesk.services.compliance.assessment import KINDS

    p = add(
        "assess", cmd_assess, QT_TRANSLATE_NOOP("cli", "对照基地申报条件自评（得分、各项、差距）")
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--kind", choices=sorted(KINDS), help=translate("cli", "申报类别（默认按企业信息）")
    )
    p.add_argument("--date", help=translate("cli", "自评日期，如 2026-03-01（默认今天）"))
    p.add_argument("--out", metavar="F.pdf", help=translate("cli", "打印自评报告到此 PDF 文件"))

    group = sub.add_parser("rules", help=translate("cli", "制度登记")).add_subparsers(
        dest="rules_command", metavar="ACTION", required=True
    )
    p = add("list", cmd_rules_list, QT_TRANSLATE_NOOP("cli", "列出登记的制度"), group)
    p.add_argument("--json", action="store_true")
    p = add("add", cmd_rules_add, QT_TRANSLATE_NOOP("cli", "登记一份制度（输出其编号）"), group)
    p.add_argument("--kind", required=True, choices=[k.value for k in RuleKind])
    p.add_argument("--title", required=True, help=translate("cli", "制度名称"))
    p.add_argument("--adopted", help=translate("cli", "发布日期，如 2026-03-01（默认今天）"))
    p.add_argument("--number", help=translate("cli", "文号"))
    p.add_argument("--approved-by", help=translate("cli", "批准人"))
    p.add_argument("--file", help=translate("cli", "制度文本文件（作为附件保存）"))

    group = sub.add_parser("programme", help=translate("cli", "年度工作方案")).add_subparsers(
        dest="programme_command", metavar="ACTION", required=True
    )
    p = add("list", cmd_programme_list, QT_TRANSLATE_NOOP("cli", "列出年度工作方案事项"), group)
    p.add_argument("--year", type=int, help=translate("cli", "年度（默认今年）"))
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--no-match", action="store_true", help=translate("cli", "只读：不以已有记录勾选事项")
    )
    p = add(
        "add", cmd_programme_add, QT_TRANSLATE_NOOP("cli", "新增工作方案事项（输出其编号）"), group
    )
    p.add_argument("--kind", required=True, choices=[k.value for k in ProgrammeKind])
    p.add_argument("--title", required=True, help=translate("cli", "事项名称"))
    p.add_argument("--due", required=True, help=translate("cli", "计划日期，如 2026-03-01"))
    p.add_argument("--year", type=int, help=translate("cli", "年度（默认为计划日期所在年）"))
    p.add_argument("--note", help=translate("cli", "备注"))
    p = add("done", cmd_programme_done, QT_TRANSLATE_NOOP("cli", "手工确认事项完成"), group)
    p.add_argument("id", type=int, help=translate("cli", "事项编号"))
    p.add_argument("--date", help=translate("cli", "完成日期（默认今天）"))
    p.add_argument("--note", help=translate("cli", "备注"))
