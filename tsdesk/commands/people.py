"""`tsdesk people list|show|exit-sheet|exit-letter`: the directory and a person's record, and
the exit papers of their leaving (issue 13 §3, §5; 003 §8.2.4)."""

from __future__ import annotations

import argparse
import unicodedata

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.i18n import translate


def _pad(text: str, width: int) -> str:
    """Left-justify to `width` terminal columns (a Chinese character takes two)."""
    columns = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - columns)


def _as_dict(row) -> dict:
    """What `list --json` and `show --json` give for a person."""
    from tsdesk.models import PersonStatus
    from tsdesk.services.people import STAGE_LABELS

    return {
        "number": row.number,
        "name": row.name,
        "department": row.department,
        "post": row.post,
        "phone": row.phone,
        "key_post": row.key_post,
        "hire_date": row.hire_date,
        "status": row.stage,  # active / transfer / exit / left
        "status_label": STAGE_LABELS[row.stage],
        "left_on": row.left_on,
        "nda": "valid" if row.nda else ("" if row.status == PersonStatus.LEFT else "missing"),
        "noncompete": row.noncompete,
        "last_trained": row.last_trained,
        "current_grants": row.current_grants,
        "current_areas": row.current_areas,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.models import PersonStatus
    from tsdesk.services import people

    status = PersonStatus(args.status) if args.status else None
    flag = people.PersonFlag(args.flag) if args.flag else None
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = people.list_people(session, search=args.search or "", status=status, flag=flag)
        record_read(vault, actor, "read.people", "person", count=len(rows))
    finally:
        vault.close()
    data = [_as_dict(r) for r in rows]
    if args.json:
        print_json(data)
        return 0
    nda_words = {"valid": "有效", "missing": "缺失", "": "—"}
    for d in data:
        print(
            f"{_pad(d['number'], 8)} {_pad(d['name'], 8)} {_pad(d['department'], 14)} "
            f"{_pad(d['post'], 20)} {_pad(d['status_label'], 8)} "
            f"{_pad('保密协议' + nda_words[d['nda']], 14)}"
            f"{_pad('竞业限制' if d['noncompete'] else '', 10)}{d['last_trained'] or ''}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from tsdesk.services import people, procedures

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            person = people.by_number(session, args.number)
            row = people.person_row(session, person.id)
            grants = people.secrets_of(session, person.id)
            held = procedures.carriers_held(session, person.id)
            procs = procedures.procedures_of(session, person.id)
        record_read(vault, actor, "read.person", "person", person.id, number=person.number)
    finally:
        vault.close()
    data = {
        **_as_dict(row),
        "grants": [
            {"secret": k.secret_number, "subject": k.secret_subject, "tier": k.tier.value}
            for k in grants
        ],
        "carriers": [
            {"number": c.number, "title": c.title, "since": c.started_on, "due_on": c.due_on}
            for c in held
        ],
        "procedures": [
            {
                "kind": p.kind.value,
                "started_on": p.started_on,
                "effective_on": p.effective_on,
                "completed_on": p.completed_on,
                "noncompete_decision": p.noncompete_decision,
                "open_items": [procedures.item_text(i) for i in p.open_items],
            }
            for p in procs
        ],
    }
    if args.json:
        print_json(data)
        return 0
    print(f"工号　　{data['number']}")
    print(f"姓名　　{data['name']}")
    print(f"部门　　{data['department']}")
    print(f"岗位　　{data['post']}{'（重点岗位）' if data['key_post'] else ''}")
    print(f"入职　　{data['hire_date'] or ''}")
    print(f"状态　　{data['status_label']} {data['left_on'] or ''}".rstrip())
    print(f"保密协议 {'有效' if row.nda else '无'}")
    print(f"竞业限制 {'有效' if row.noncompete else '无'}")
    print(f"最近培训 {data['last_trained'] or '无记录'}")
    for g in data["grants"]:
        print(f"  知悉 {g['secret']} {g['subject']}")
    for c in data["carriers"]:
        print(f"  载体 {c['number']} {c['title']}（{c['since']} 起）")
    for p in procs:
        kind = procedures.KIND_LABELS[p.kind]
        state = f"{p.completed_on} 完成" if p.completed else f"未完成 {len(p.open_items)} 项"
        print(f"  手续 {kind} {p.started_on} 开始，{state}")
    return 0


def _paper(args: argparse.Namespace, letter: bool) -> int:
    from tsdesk.services import people, procedures

    vault, actor = open_vault(args)  # writable: the print is audited
    try:
        with vault.unit_of_work(actor) as uow:
            person = people.by_number(uow.session, args.number)
            procedures.write_exit_paper(uow, person.id, args.out, letter=letter)
    finally:
        vault.close()
    print(args.out)
    return 0


def cmd_exit_sheet(args: argparse.Namespace) -> int:
    return _paper(args, letter=False)


def cmd_exit_letter(args: argparse.Namespace) -> int:
    return _paper(args, letter=True)


def add_commands(sub, add) -> None:
    from tsdesk.models import PersonStatus
    from tsdesk.services.people import PersonFlag

    group = sub.add_parser("people", help=translate("cli", "人员与协议")).add_subparsers(
        dest="people_command", metavar="ACTION", required=True
    )
    p = add(
        "list",
        cmd_list,
        QT_TRANSLATE_NOOP("cli", "列出人员（保密协议、竞业限制、培训、状态）"),
        group,
    )
    p.add_argument("--status", choices=[s.value for s in PersonStatus])
    p.add_argument("--flag", choices=[f.value for f in PersonFlag])
    p.add_argument("--search", help=translate("cli", "姓名、工号或岗位中的文字"))
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, QT_TRANSLATE_NOOP("cli", "查看人员：知悉、载体和手续"), group)
    p.add_argument("number", help=translate("cli", "工号"))
    p.add_argument("--json", action="store_true")
    p = add("exit-sheet", cmd_exit_sheet, QT_TRANSLATE_NOOP("cli", "打印离职交接单（PDF）"), group)
    p.add_argument("number", help=translate("cli", "工号"))
    p.add_argument("--out", required=True, help=translate("cli", "PDF 文件"))
    p = add(
        "exit-letter", cmd_exit_letter, QT_TRANSLATE_NOOP("cli", "打印离职提醒函（PDF）"), group
    )
    p.add_argument("number", help=translate("cli", "工号"))
    p.add_argument("--out", required=True, help=translate("cli", "PDF 文件"))
