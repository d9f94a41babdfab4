"""`tsdesk incidents list|show|open|grade|step|note|close`: leak-response cases from the command
line (issue 15 §5). Drills are marked 演练 and listed only with --drills."""

from __future__ import annotations

import argparse
from datetime import datetime

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def _i(text: str) -> str:
    return translate("incidents", text)


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def _row_dict(row, names: list[str]) -> dict:
    return {
        "number": row.number,
        "title": row.title,
        "drill": row.is_drill,
        "kind": row.kind.value,
        "status": row.status.value,
        "level": row.level,
        "level_name": names[row.level - 1] if row.level else "",
        "opened_at": row.opened_at.isoformat(),
        "next_due": row.next_due.isoformat() if row.next_due else None,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import cases

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            names = cases.level_names(session)
            rows = cases.list_cases(session, cases.CaseFilter(drills=bool(args.drills)))
        record_read(vault, actor, "read.incidents", "incident_case", count=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json([_row_dict(r, names) for r in rows])
        return 0
    for r in rows:
        mark = f"[{_i(cases.DRILL_MARK)}] " if r.is_drill else ""
        level = names[r.level - 1] if r.level else "-"
        print(
            f"{r.number}  {_i(cases.STATUS_LABELS[r.status])}  {level}  "
            f"{_when(r.opened_at)}  {mark}{r.title}"
        )
    return 0


def _case_dict(session, case) -> dict:
    from tsdesk.services.incidents import cases, playbook, timeline

    return {
        "number": case.number,
        "title": case.title,
        "drill": case.is_drill,
        "kind": case.kind.value,
        "source": case.source.value,
        "status": case.status.value,
        "discovered_at": case.discovered_at.isoformat(),
        "discovered_by": case.discovered_by,
        "facts": case.facts,
        "level": case.level,
        "level_name": cases.level_name(session, case.level),
        "suggested_level": case.suggested_level,
        "level_reason": case.level_reason,
        "grading": cases.grading_of(case),
        "conclusion": case.conclusion,
        "lessons": case.lessons,
        "links": [
            {"type": r.entity_type, "role": r.role.value, "record": r.label, "note": r.note}
            for r in cases.links_of(session, case.id)
        ],
        "steps": [
            {
                "position": s.position,
                "title": s.title,
                "mandatory": s.mandatory,
                "owner": s.owner,
                "due_at": s.due_at.isoformat() if s.due_at else None,
                "status": s.status.value,
                "result": s.result,
            }
            for s in playbook.steps_of(session, case.id)
        ],
        "timeline": [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "by": e.by,
                "kind": e.kind.value,
                "text": e.text,
                "corrects": e.corrects_id,
            }
            for e in timeline.entries(session, case.id)
        ],
    }


def cmd_show(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import cases, playbook, timeline

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            case = cases.by_number(session, args.number)
            data = _case_dict(session, case)
            kinds = {k.value: _i(v) for k, v in timeline.ENTRY_KIND_LABELS.items()}
            status = _i(cases.STATUS_LABELS[case.status])
            step_words = {k.value: _i(v) for k, v in playbook.STEP_STATUS_LABELS.items()}
        record_read(vault, actor, "read.incident", "incident_case", number=data["number"])
    finally:
        vault.close()
    if args.json:
        print_json(data)
        return 0
    mark = f"[{_i(cases.DRILL_MARK)}] " if data["drill"] else ""
    print(f"{mark}{data['number']}  {data['title']}")
    print(f"{status}  {data['level_name']}")
    print(
        translate("cli", "发现：{at} {by}").format(
            at=data["discovered_at"], by=data["discovered_by"]
        )
    )
    if data["facts"]:
        print(data["facts"])
    for link in data["links"]:
        print(f"  · {link['record']} ({link['role']})")
    for s in data["steps"]:
        must = "*" if s["mandatory"] else " "
        due = s["due_at"][:16] if s["due_at"] else ""
        print(
            f"{s['position']:>3}{must} {step_words[s['status']]}  {due}  {s['title']}  {s['result']}"
        )
    for e in data["timeline"]:
        print(f"  {e['at'][:16]}  {e['by']}  {kinds[e['kind']]}  {e['text']}")
    return 0


def _links(session, args) -> list:
    from tsdesk.models import IncidentLinkRole
    from tsdesk.services.incidents import cases

    out = []
    for option, kind, role in (
        ("secrets", "secret", IncidentLinkRole.INVOLVED),
        ("carriers", "carrier", IncidentLinkRole.INVOLVED),
        ("suspects", "person", IncidentLinkRole.SUSPECT),
        ("parties", "party", IncidentLinkRole.SUSPECT),
        ("witnesses", "person", IncidentLinkRole.WITNESS),
    ):
        for name in (getattr(args, option) or "").split(","):
            if name.strip():
                out.append(cases.LinkInput(kind, cases.find_record(session, kind, name), role))
    return out


def cmd_open(args: argparse.Namespace) -> int:
    from tsdesk.models import IncidentKind
    from tsdesk.services.incidents import cases

    try:
        discovered = datetime.fromisoformat(args.discovered_at) if args.discovered_at else None
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "发现时间格式应为 YYYY-MM-DD HH:MM")
        ) from None
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            case_id = cases.open_case(
                uow,
                cases.CaseInput(
                    title=args.title,
                    kind=IncidentKind(args.kind),
                    discovered_at=discovered or datetime.now().replace(second=0, microsecond=0),
                    discovered_by=args.by,
                    facts=args.facts or "",
                    is_drill=bool(args.drill),
                    links=_links(uow.session, args),
                ),
            )
            number = cases.get_case(uow.session, case_id).number
    finally:
        vault.close()
    print(number)
    return 0


def _scores(text: str) -> dict[str, tuple[int, str]]:
    """`a=4:理由` items, one per --score."""
    from tsdesk.services.incidents import cases

    key, _, rest = text.partition("=")
    score, _, reason = rest.partition(":")
    if key.strip() not in cases.FACTOR_KEYS or not score.strip().isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "评分格式应为 a=4:理由"))
    return {key.strip(): (int(score), reason.strip())}


def cmd_grade(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import cases

    scores: dict[str, tuple[int, str]] = {}
    for item in args.score:
        scores.update(_scores(item))
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            case = cases.by_number(uow.session, args.number)
            complete = set(scores) == set(cases.FACTOR_KEYS)
            values = {k: v for k, (v, _) in scores.items()}
            level = args.level or (cases.suggest(values)[0] if complete else 0)
            added = cases.grade(uow, case.id, cases.GradingInput(scores, level, args.reason or ""))
            name = cases.level_name(uow.session, level)
    finally:
        vault.close()
    print(translate("cli", "级别：{level}，新增步骤 {n} 个").format(level=name, n=added))
    return 0


def cmd_step(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import cases, playbook

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            case = cases.by_number(uow.session, args.number)
            step = playbook.step_by_position(uow.session, case.id, args.position)
            if args.what == "skip":
                playbook.skip_step(uow, step.id, args.note or "")
            elif args.what == "run":
                done, result = playbook.run_action(uow, step.id)
                print(result)
            else:
                playbook.complete_step(uow, step.id, args.note or "")
    finally:
        vault.close()
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import cases

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            case = cases.by_number(uow.session, args.number)
            if args.corrects:
                cases.correct_entry(uow, case.id, args.corrects, args.text)
            else:
                cases.add_note(uow, case.id, args.text)
    finally:
        vault.close()
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from tsdesk.services import people
    from tsdesk.services.incidents import cases

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            case = cases.by_number(uow.session, args.number)
            participants = tuple(
                people.by_number(uow.session, n.strip()).id
                for n in (args.participants or "").split(",")
                if n.strip()
            )
            cases.close_case(uow, case.id, args.conclusion, args.lessons, participants)
    finally:
        vault.close()
    return 0


def add_commands(sub, add) -> None:
    from tsdesk.models import IncidentKind

    incidents_subparsers = sub.add_parser(
        "incidents", help=translate("cli", "泄密事件应急处置")
    ).add_subparsers(dest="incidents_command", metavar="ACTION", required=True)
    group = incidents_subparsers
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出事件（--drills 列出演练）"), group)
    p.add_argument("--drills", action="store_true")
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, QT_TRANSLATE_NOOP("cli", "显示一个事件：关联、步骤和时间线"), group)
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p = add("open", cmd_open, QT_TRANSLATE_NOOP("cli", "立案（输出新编号）"), group)
    p.add_argument("--title", required=True)
    p.add_argument("--kind", required=True, choices=[k.value for k in IncidentKind])
    p.add_argument("--by", required=True, help=translate("cli", "发现人或报告人"))
    p.add_argument("--discovered-at", help=translate("cli", "发现时间 YYYY-MM-DD HH:MM"))
    p.add_argument("--facts", help=translate("cli", "初步情况"))
    p.add_argument("--secrets", help=translate("cli", "商业秘密编号，逗号分隔"))
    p.add_argument("--carriers", help=translate("cli", "载体编号，逗号分隔"))
    p.add_argument("--suspects", help=translate("cli", "嫌疑人工号，逗号分隔"))
    p.add_argument("--parties", help=translate("cli", "嫌疑外部单位名称，逗号分隔"))
    p.add_argument("--witnesses", help=translate("cli", "知情人工号，逗号分隔"))
    p.add_argument("--drill", action="store_true", help=translate("cli", "演练"))
    p = add("grade", cmd_grade, QT_TRANSLATE_NOOP("cli", "定级（按 a–e 评分）"), group)
    p.add_argument("number")
    p.add_argument(
        "--score", action="append", default=[], help=translate("cli", "如 a=4:理由，a–e 各一次")
    )
    p.add_argument("--level", type=int, choices=(1, 2, 3, 4))
    p.add_argument("--reason", help=translate("cli", "与建议级别不同时的理由"))
    p = add("step", cmd_step, QT_TRANSLATE_NOOP("cli", "办理一个处置步骤"), group)
    p.add_argument("number")
    p.add_argument("position", type=int)
    p.add_argument("what", choices=("done", "skip", "run"))
    p.add_argument("--note", help=translate("cli", "办理情况或跳过理由"))
    p = add("note", cmd_note, QT_TRANSLATE_NOOP("cli", "在时间线上添加记录或更正"), group)
    p.add_argument("number")
    p.add_argument("text")
    p.add_argument(
        "--corrects", type=int, help=translate("cli", "更正的记录编号（show --json 的 id）")
    )
    p = add("close", cmd_close, QT_TRANSLATE_NOOP("cli", "结案"), group)
    p.add_argument("number")
    p.add_argument("--conclusion", required=True)
    p.add_argument("--lessons", required=True)
    p.add_argument("--participants", help=translate("cli", "演练参加人工号，逗号分隔"))
    # The evidence and documents commands (evidence add|list|custody, report, pack, bundle).
    from tsdesk.commands import incident_docs

    incident_docs.add_to(incidents_subparsers, add)
