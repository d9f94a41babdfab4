"""`tsdesk destruction list|show|request|approve|execute|print|verify` (issue 14).

The approver of `approve` gives their password in TSDESK_APPROVER_PASSWORD (or at the prompt
on a terminal). At `execute`, supervisors are named by 工号; one who is also an operator
confirms with `--confirm 工号=登录名` and their own password in
TSDESK_SUPERVISOR_PASSWORD_<工号>; the others sign the printed 销毁清册."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from tsdesk.cli import open_for_reading, open_vault, password_from_env, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate

APPROVER_ENV = "TSDESK_APPROVER_PASSWORD"
SUPERVISOR_ENV = "TSDESK_SUPERVISOR_PASSWORD_{number}"


def _row_dict(r) -> dict:
    from tsdesk.services.destruction import STATUS_LABELS

    return {
        "number": r.number,
        "status": r.status.value,
        "status_label": translate("destruction", STATUS_LABELS[r.status]),
        "items": r.items,
        "requested_by": r.requested_by,
        "requested_at": r.requested_at,
        "approved_by": r.approved_by,
        "executed_on": r.executed_on,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.models import DestructionStatus
    from tsdesk.services import destruction

    status = DestructionStatus(args.status) if args.status else None
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = destruction.list_batches(session, status, args.search or "")
        record_read(vault, actor, "read.destructions", "destruction", count=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json([_row_dict(r) for r in rows])
        return 0
    for r in rows:
        d = _row_dict(r)
        print(
            f"{r.number}  {d['status_label']}  "
            + translate("cli", "{n} 项").format(n=r.items)
            + f"  {r.requested_by}  {r.executed_on or ''}"
        )
    return 0


def _view_dict(view) -> dict:
    from tsdesk.services.destruction import KIND_LABELS, REASON_LABELS, RESULT_LABELS

    return {
        **_row_dict(view.row),
        "note": view.note,
        "place": view.place,
        "executor": view.executor,
        "video_reference": view.video_reference,
        "certificate_code": view.certificate_code,
        "items": [
            {
                "position": i.position,
                "kind": i.kind.value,
                "kind_label": translate("destruction", KIND_LABELS[i.kind]),
                "carrier": i.carrier_number,
                "secret": i.secret_number,
                "title": i.title,
                "grade": i.grade,
                "quantity": i.quantity,
                "pages": i.pages,
                "reason": i.reason.value,
                "reason_label": translate("destruction", REASON_LABELS[i.reason]),
                "hold_note": i.hold_note,
                "method": i.method_key,
                "method_label": i.method_label,
                "tool": i.tool,
                "verification": i.verification,
                "result": i.result.value,
                "result_label": translate("destruction", RESULT_LABELS[i.result]),
                "failure": i.failure,
            }
            for i in view.items
        ],
        "supervisors": [
            {
                "number": s.number,
                "name": s.name,
                "operator": s.operator,
                "confirmed_at": s.confirmed_at,
            }
            for s in view.supervisors
        ],
        "notes": [
            {"text": n.text, "written_by": n.written_by, "written_at": n.written_at}
            for n in view.notes
        ],
    }


def cmd_show(args: argparse.Namespace) -> int:
    from tsdesk.services import destruction

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            view = destruction.by_number(session, args.number)
        record_read(
            vault, actor, "read.destruction", "destruction", view.row.id, number=args.number
        )
    finally:
        vault.close()
    data = _view_dict(view)
    if args.json:
        print_json(data)
        return 0
    print(f"{data['number']}  {data['status_label']}  {data['note']}")
    for i in data["items"]:
        ident = i["carrier"] or i["secret"]
        line = f"  {i['position']}. {i['kind_label']} {ident} {i['title']} {i['grade']}"
        line += f"  {i['reason_label']}  {i['result_label']}"
        if i["method_label"]:
            line += f"  {i['method_label']}"
        if i["failure"]:
            line += f"：{i['failure']}"
        print(line)
        if i["hold_note"]:
            print("     " + translate("cli", "提示：{text}").format(text=i["hold_note"]))
    if view.executor:
        print(
            translate("cli", "执行人 {who}，地点 {where}").format(
                who=view.executor, where=view.place
            )
        )
        names = "、".join(s["name"] for s in data["supervisors"])
        print(translate("cli", "监销人 {names}").format(names=names))
    for n in data["notes"]:
        print(translate("cli", "批注（{who}）：{text}").format(who=n["written_by"], text=n["text"]))
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    from tsdesk.models import DestructionItemKind, DestructionReason
    from tsdesk.services import carriers, destruction, register

    reason = DestructionReason(args.reason)
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            s = uow.session
            items = [
                destruction.ItemInput(
                    DestructionItemKind.CARRIER, reason, carrier_id=carriers.by_number(s, n).id
                )
                for n in args.carrier or []
            ]
            items += [
                destruction.ItemInput(
                    DestructionItemKind.SECRET, reason, secret_id=register.by_number(s, n).id
                )
                for n in args.secret or []
            ]
            items += [
                destruction.ItemInput(DestructionItemKind.DATA, reason, description=d)
                for d in args.data or []
            ]
            batch_id = destruction.create_request(uow, items, note=args.note or "")
            if not args.draft:
                destruction.submit(uow, batch_id)
            number = destruction.get_batch(s, batch_id).row.number
    finally:
        vault.close()
    print(number)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from tsdesk.services import approvals, destruction

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            batch = destruction.by_number(uow.session, args.number)
            prompt = translate("cli", "审批人 {name} 的密码: ").format(name=args.approver)
            password = password_from_env(APPROVER_ENV, prompt)
            approver = approvals.second_operator(uow, args.approver, password, args.number)
            destruction.approve(uow, batch.row.id, approver)
    finally:
        vault.close()
    print(translate("cli", "已批准 {number}").format(number=args.number))
    return 0


def _pairs(values: list[str] | None, what: str) -> dict[str, str]:
    out = {}
    for raw in values or []:
        key, sep, value = raw.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{what} 应写作 序号=内容：{value}"),
                what=what,
                value=raw,
            )
        out[key.strip()] = value.strip()
    return out


def cmd_execute(args: argparse.Namespace) -> int:
    from tsdesk.models import DestructionResult
    from tsdesk.services import destruction, people

    methods = _pairs(args.item_method, "--item-method")
    failed = _pairs(args.failed, "--failed")
    tools = _pairs(args.tool, "--tool")
    checks = _pairs(args.verification, "--verification")
    confirms = _pairs(args.confirm, "--confirm")
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            s = uow.session
            view = destruction.by_number(s, args.number)
            outcomes = []
            for item in view.items:
                pos = str(item.position)
                if pos in failed:
                    outcomes.append(
                        destruction.ItemOutcome(
                            item.id, DestructionResult.FAILED, failure=failed[pos]
                        )
                    )
                    continue
                outcomes.append(
                    destruction.ItemOutcome(
                        item.id,
                        DestructionResult.DESTROYED,
                        method_key=methods.get(pos, args.method),
                        tool=tools.get(pos, ""),
                        verification=checks.get(pos, ""),
                    )
                )
            supervisors = [people.by_number(s, n).id for n in args.supervisor or []]
            confirmed = {}
            for number, operator in confirms.items():
                env = SUPERVISOR_ENV.format(number=number)
                password = os.environ.get(env)
                if password is None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "请在环境变量 {env} 中提供监销人的密码"),
                        env=env,
                    )
                destruction.confirm_supervisor(uow, operator, password)
                confirmed[people.by_number(s, number).id] = operator
            run = destruction.execute  # (the service, not SQL: tests/test_commands.py)
            run(
                uow,
                view.row.id,
                destruction.Execution(
                    executed_on=date.fromisoformat(args.on) if args.on else date.today(),
                    place=args.place,
                    executor_person_id=people.by_number(s, args.executor).id,
                    supervisor_ids=supervisors,
                    outcomes=outcomes,
                    video_reference=args.video or "",
                ),
                confirmed,
            )
    finally:
        vault.close()
    print(translate("cli", "已完成 {number}").format(number=args.number))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from tsdesk.services import destruction

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            batch = destruction.by_number(uow.session, args.number)
            destruction.write_document(uow, batch.row.id, args.document, args.out)
    finally:
        vault.close()
    print(args.out)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from tsdesk.services import destruction

    payload = sys.stdin.read() if args.payload == "-" else args.payload
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            check = destruction.verify_certificate(session, payload)
    finally:
        vault.close()
    print(check.message)
    return 0 if check.ok else 1


def add_commands(sub, add) -> None:
    from tsdesk.models import DestructionReason, DestructionStatus
    from tsdesk.services.destruction import DOCUMENTS

    group = sub.add_parser("destruction", help=translate("cli", "销毁")).add_subparsers(
        dest="destruction_command", metavar="ACTION", required=True
    )
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出销毁记录"), group)
    p.add_argument("--status", choices=[s.value for s in DestructionStatus])
    p.add_argument("--search", help=translate("cli", "编号、说明、申请人或执行人"))
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, QT_TRANSLATE_NOOP("cli", "查看一条销毁记录"), group)
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p = add(
        "request", cmd_request, QT_TRANSLATE_NOOP("cli", "申请销毁并提交审批（输出编号）"), group
    )
    p.add_argument("--carrier", action="append", help=translate("cli", "载体编号（可重复）"))
    p.add_argument(
        "--secret", action="append", help=translate("cli", "整项销毁的商业秘密编号（可重复）")
    )
    p.add_argument(
        "--data", action="append", help=translate("cli", "电子数据：系统或路径及内容（可重复）")
    )
    p.add_argument("--reason", required=True, choices=[r.value for r in DestructionReason])
    p.add_argument("--note", help=translate("cli", "申请说明"))
    p.add_argument("--draft", action="store_true", help=translate("cli", "只保存草稿，不提交审批"))
    p = add("approve", cmd_approve, QT_TRANSLATE_NOOP("cli", "批准销毁（双人审批）"), group)
    p.add_argument("number")
    p.add_argument(
        "--approver",
        required=True,
        help=translate("cli", "审批人登录名（密码见 TSDESK_APPROVER_PASSWORD）"),
    )
    p = add("execute", cmd_execute, QT_TRANSLATE_NOOP("cli", "登记销毁的执行"), group)
    p.add_argument("number")
    p.add_argument("--on", help=translate("cli", "销毁日期 YYYY-MM-DD（默认今天）"))
    p.add_argument("--place", required=True, help=translate("cli", "销毁地点"))
    p.add_argument("--executor", required=True, help=translate("cli", "执行人工号"))
    p.add_argument("--supervisor", action="append", help=translate("cli", "监销人工号（至少两名）"))
    p.add_argument(
        "--confirm",
        action="append",
        help=translate(
            "cli", "工号=登录名：以操作员密码确认的监销人（密码见 TSDESK_SUPERVISOR_PASSWORD_工号）"
        ),
    )
    p.add_argument("--method", help=translate("cli", "销毁方法代码（各项默认）"))
    p.add_argument("--item-method", action="append", help=translate("cli", "序号=方法代码"))
    p.add_argument("--tool", action="append", help=translate("cli", "序号=工具及版本"))
    p.add_argument("--verification", action="append", help=translate("cli", "序号=校验方式"))
    p.add_argument("--failed", action="append", help=translate("cli", "序号=未能销毁的原因"))
    p.add_argument("--video", help=translate("cli", "录像或照片的存放处"))
    p = add("print", cmd_print, QT_TRANSLATE_NOOP("cli", "打印销毁文书（PDF）"), group)
    p.add_argument("number")
    p.add_argument("--document", required=True, choices=DOCUMENTS)
    p.add_argument("--out", required=True, help=translate("cli", "PDF 文件"))
    p = add("verify", cmd_verify, QT_TRANSLATE_NOOP("cli", "核对销毁证明的二维码内容"), group)
    p.add_argument("payload", help=translate("cli", "二维码内容（- 从标准输入读取）"))
