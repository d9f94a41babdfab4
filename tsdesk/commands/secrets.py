"""`tsdesk secrets list|show|print`: the register from the command line (issue 3 §7).

Other modules attach their subcommands (import, export) to the same group through
`secrets_group(sub)`.
"""

from __future__ import annotations

import argparse
from datetime import date

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.i18n import translate

_GROUP_ATTR = "_tsdesk_secrets_group"


def secrets_group(sub):
    """The `secrets` subparsers, created on first use and the same object on every call for
    this top-level `sub` (each module that adds commands to it calls this)."""
    group = getattr(sub, _GROUP_ATTR, None)
    if group is None:
        group = sub.add_parser("secrets", help=translate("cli", "商业秘密清单")).add_subparsers(
            dest="secrets_command", metavar="ACTION", required=True
        )
        setattr(sub, _GROUP_ATTR, group)
    return group


def _filter(session, args: argparse.Namespace):
    from tsdesk.services import register

    grade_id = None
    if args.grade:
        grade = register.grade_by_name(session, args.grade)
        if grade is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "没有名为 {name} 的保密等级"), name=args.grade
            )
        grade_id = grade.id
    return register.RegisterFilter(grade_id=grade_id, search=args.search or "")


def _term(kind, until, event) -> str:
    from tsdesk.services import register

    text = register.term_text(kind, until, event)
    left = register.time_left(kind, until)
    if left is None:
        return text
    return f"{text}（已过期 {-left} 天）" if left < 0 else f"{text}（剩 {left} 天）"


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services import register

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = register.list_secrets(session, _filter(session, args))
        # The search words stay out: a read-only open journals this in a plain file.
        record_read(
            vault,
            actor,
            "read.register",
            "register",
            count=len(rows),
            searched=bool(args.search),
            grade=args.grade or "",
        )
    finally:
        vault.close()
    if args.json:
        print_json(
            [
                {
                    "number": r.number,
                    "subject": r.subject,
                    "category": register.CATEGORY_LABELS[r.category],
                    "category_code": r.category.value,
                    "grade": r.grade,
                    "term": register.term_text(r.term_kind, r.term_until, r.term_event),
                    "term_expired": register.is_expired(r.term_kind, r.term_until),
                    "department": r.department,
                    "owner": r.owner,
                    "status": register.STATUS_LABELS[r.status],
                    "status_code": r.status.value,
                    "next_review": r.next_review,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        print(
            f"{r.number:<16} {r.grade:<6} {register.STATUS_LABELS[r.status]:<4} "
            f"{_term(r.term_kind, r.term_until, r.term_event):<24} {r.subject}"
        )
    print(translate("cli", "共 {count} 项").format(count=len(rows)))
    return 0


def _details(session, number: str) -> dict:
    from tsdesk.services import people, register

    secret = register.by_number(session, number)
    row = register.row(session, secret.id)
    conditions = register.data_conditions(secret)
    return {
        "number": secret.number,
        "subject": secret.subject,
        "description": secret.description,
        "category": register.CATEGORY_LABELS[secret.category],
        "grade": row.grade,
        "term": register.term_text(secret.term_kind, secret.term_until, secret.term_event),
        "time_left_days": register.time_left(secret.term_kind, secret.term_until),
        "department": row.department,
        "owner": row.owner,
        "scope": secret.scope,
        "points": [p.text for p in secret.points],
        "storages": [
            {"kind": register.STORAGE_LABELS[s.kind], "location": s.location}
            for s in secret.storages
        ],
        "not_public_basis": secret.not_public_basis,
        "value_description": secret.value_description,
        "value_estimate": secret.value_estimate,
        "rd_cost": secret.rd_cost,
        "exclusions_confirmed": secret.exclusions_confirmed,
        "data_conditions": conditions,
        "note": secret.note,
        "status": register.STATUS_LABELS[secret.status],
        "proposed_by": secret.proposed_by,
        "proposed_at": secret.proposed_at,
        "confirmed_by": secret.confirmed_by,
        "confirmed_at": secret.confirmed_at,
        "next_review": secret.next_review,
        "ended_on": secret.ended_on,
        "ended_reason": secret.ended_reason,
        "knowers": [
            {
                "person": f"{k.person_number} {k.person_name}",
                "tier": people.TIER_LABELS[k.tier],
                "valid_from": k.valid_from,
                "valid_until": k.valid_until,
                "granted_by": k.granted_by,
            }
            for k in people.knowers_of(session, secret.id)
        ],
        "approvals": [
            {
                "kind": register.APPROVAL_KIND_LABELS[a.kind],
                "requested_by": a.requested_by,
                "approved_by": a.approved_by,
                "approved_at": a.approved_at,
            }
            for a in register.approvals_of(session, secret.id)
        ],
        "reviews": [
            {
                "reviewed_on": r.reviewed_on,
                "outcome": register.REVIEW_OUTCOME_LABELS[r.outcome],
                "reviewer": r.reviewer,
                "note": r.note,
            }
            for r in register.reviews_of(session, secret.id)
        ],
    }


LABELS = {
    "number": "编号",
    "subject": "秘密主题",
    "description": "描述",
    "category": "类别",
    "grade": "保密等级",
    "term": "保密期限",
    "department": "主责部门",
    "owner": "责任人",
    "scope": "保密范围",
    "status": "状态",
    "proposed_by": "拟定人",
    "proposed_at": "拟定时间",
    "confirmed_by": "定密审批人",
    "confirmed_at": "定密时间",
    "next_review": "下次审查",
    "ended_on": "结束日期",
    "ended_reason": "结束原因",
    "not_public_basis": "不为公众所知悉的依据",
    "value_description": "商业价值",
    "value_estimate": "价值估算",
    "rd_cost": "研发成本",
    "note": "备注",
}


def cmd_show(args: argparse.Namespace) -> int:
    from tsdesk.services import register

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            details = _details(session, args.number)
            secret_id = register.by_number(session, args.number).id
        record_read(vault, actor, "read.secret", "secret", secret_id, number=details["number"])
    finally:
        vault.close()
    if args.json:
        print_json(details)
        return 0
    for key, label in LABELS.items():
        value = details[key]
        if key == "term" and details["time_left_days"] is not None:
            left = details["time_left_days"]
            value = f"{value}（已过期 {-left} 天）" if left < 0 else f"{value}（剩 {left} 天）"
        if value not in (None, ""):
            print(f"{label}：{value}")
    print("秘密点：")
    for i, point in enumerate(details["points"], 1):
        print(f"  {i}. {point}")
    print("存储方式：")
    for s in details["storages"]:
        print(f"  {s['kind']}  {s['location']}")
    print(f"知悉人员（{date.today().isoformat()} 有效）：")
    for k in details["knowers"]:
        until = k["valid_until"] or "撤销为止"
        print(f"  {k['person']}  {k['tier']}  {k['valid_from']} 至 {until}")
    print("审批：")
    for a in details["approvals"]:
        print(
            f"  {a['approved_at']:%Y-%m-%d}  {a['kind']}  {a['requested_by']} → {a['approved_by']}"
        )
    if details["reviews"]:
        print("审查：")
        for r in details["reviews"]:
            print(f"  {r['reviewed_on']}  {r['outcome']}  {r['reviewer']}  {r['note']}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """The ledger (台账) of all or the numbered secrets, or their detail sheets, as one PDF.
    Every print is audited (services/register_print); the PDF is made in memory and written
    in one go, so a failure leaves no half-written file."""
    import io
    import sys

    import pypdf

    from tsdesk.commands.forms import out_path
    from tsdesk.services import register, register_print
    from tsdesk.vault.atomic import write_atomic

    out = out_path(args.out)
    numbers = [n.strip() for n in (args.numbers or "").split(",") if n.strip()]
    if args.kind == "detail" and not numbers:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "打印详情单须用 --numbers 指定编号"))
    vault, actor = open_vault(args)  # writable: every print is audited
    try:
        with vault.reader() as session:  # every number known before anything is printed
            ids = [register.by_number(session, n).id for n in numbers]
        pdf = io.BytesIO()
        if args.kind == "ledger":
            with vault.unit_of_work(actor) as uow:
                count = register_print.print_ledger(uow, ids or None, pdf)
            done = translate("cli", "已打印商业秘密台账（{count} 项）：{path}")
            done = done.format(count=count, path=out)
        else:
            sheets = [io.BytesIO() for _ in ids]
            with vault.unit_of_work(actor) as uow:  # the sheets are written once committed
                for secret_id, sheet in zip(ids, sheets, strict=True):
                    register_print.print_detail(uow, secret_id, sheet)
            book = pypdf.PdfWriter()
            for sheet in sheets:
                book.append(pypdf.PdfReader(sheet))
            book.write(pdf)
            done = translate("cli", "已打印 {count} 份商业秘密详情单：{path}")
            done = done.format(count=len(ids), path=out)
    finally:
        vault.close()
    write_atomic(out, pdf.getvalue())
    print(done)
    print(
        translate("cli", "注意：PDF 文件不受数据库加密保护，请妥善保管，用后及时删除。"),
        file=sys.stderr,
    )
    return 0


def add_commands(sub, add) -> None:
    group = secrets_group(sub)
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出商业秘密（可检索、按等级筛选）"), group)
    p.add_argument(
        "--search", help=translate("cli", "按编号、主题、描述或秘密点检索（中文一个字起）")
    )
    p.add_argument("--grade", help=translate("cli", "只列此保密等级的，如 一级商密"))
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, QT_TRANSLATE_NOOP("cli", "显示一项商业秘密的全部内容"), group)
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p = add(
        "print",
        cmd_print,
        QT_TRANSLATE_NOOP("cli", "打印商业秘密台账或详情单（PDF，记入审计日志）"),
        group,
    )
    p.add_argument("--out", required=True, help=translate("cli", "PDF 文件"))
    p.add_argument(
        "--numbers",
        help=translate("cli", "只打印这些编号，以逗号分隔，如 TS-2026-0001,TS-2026-0002"),
    )
    p.add_argument(
        "--kind",
        choices=("ledger", "detail"),
        default="ledger",
        help=translate("cli", "ledger 台账（默认），detail 每项一份详情单"),
    )
