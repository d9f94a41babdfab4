"""`tsdesk agreements list|show|print|add` and `tsdesk noncompete payments`: agreements
from the command line (issue 13 §2, §5)."""

from __future__ import annotations

import argparse
from datetime import date

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "日期“{text}”无效，应为 YYYY-MM-DD"), text=text
        ) from None


def _row_dict(r, today: date) -> dict:
    from tsdesk.services.agreements import KIND_LABELS, STATUS_LABELS

    return {
        "number": r.number,
        "kind": r.kind.value,
        "kind_label": KIND_LABELS[r.kind],
        "status": r.status.value,
        "status_label": STATUS_LABELS[r.status],
        "title": r.title,
        "person": r.person_number,
        "person_name": r.person_name,
        "party": r.party_name,
        "signed_on": r.signed_on,
        "effective_on": r.effective_on,
        "end_on": r.end_on,
        "expired": r.expired(today),
        "damages_yuan": r.damages_fen / 100 if r.damages_fen is not None else None,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.models import AgreementKind, AgreementStatus
    from tsdesk.services import agreements

    f = agreements.AgreementFilter(
        kind=AgreementKind(args.kind) if args.kind else None,
        status=AgreementStatus(args.status) if args.status else None,
        expiring=args.expiring,
        unsigned=args.unsigned,
        search=args.search or "",
    )
    today = date.today()
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = agreements.list_agreements(session, f, today=today)
        record_read(vault, actor, "read.agreements", "agreement", count=len(rows))
    finally:
        vault.close()
    data = [_row_dict(r, today) for r in rows]
    if args.json:
        print_json(data)
        return 0
    for d in data:
        who = d["party"] or f"{d['person_name']}（{d['person']}）"
        end = translate("cli", "至 {day}").format(day=d["end_on"]) if d["end_on"] else ""
        print(f"{d['number']}  {d['kind_label']}  {d['status_label']}  {who}  {end}".rstrip())
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from tsdesk.services import agreements

    today = date.today()
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            a = agreements.by_number(session, args.number)
            row = agreements.row_of(session, a.id)
            secrets = agreements.covered_secrets(session, a.id)
            carriers = agreements.covered_carriers(session, a.id)
            ledger = agreements.ledger(session, a.id)
        record_read(vault, actor, "read.agreement", "agreement", a.id, number=a.number)
    finally:
        vault.close()
    data = {
        **_row_dict(row, today),
        "binding": agreements.is_binding(a, today),
        "note": a.note,
        "ended_on": a.ended_on,
        "end_reason": a.end_reason,
        "secrets": [
            {
                "number": s.number,
                "subject": s.subject,
                "grade": s.grade,
                "declassified": s.declassified,
            }
            for s in secrets
        ],
        "carriers": [{"number": c.number, "title": c.title} for c in carriers],
    }
    if a.kind.value == "noncompete":
        data["noncompete"] = {
            "starts_on": a.nc_starts_on,
            "months": a.nc_months,
            "area": a.nc_area,
            "business": a.nc_business,
            "competitors": a.nc_competitors,
            "monthly_yuan": (a.nc_monthly_fen or 0) / 100,
            "waived_on": a.waived_on,
            "unpaid_months": sum(1 for p in ledger if p.unpaid(today)),
            "payments": [
                {"month": p.month.strftime("%Y-%m"), "due_on": p.due_on, "paid_on": p.paid_on}
                for p in ledger
            ],
        }
    if args.json:
        print_json(data)
        return 0
    print(f"{data['number']}  {data['kind_label']}  {data['status_label']}")
    print(translate("cli", "对方：{who}").format(who=row.counterpart))
    print(
        translate("cli", "签署 {signed}　生效 {effective}　终止 {end}").format(
            signed=a.signed_on or "—", effective=a.effective_on or "—", end=a.end_on or "—"
        )
    )
    if a.damages_fen is not None:
        print(translate("cli", "违约金 {amount} 元").format(amount=agreements.yuan(a.damages_fen)))
    for s in secrets:
        flag = translate("cli", "（已解密）") if s.declassified else ""
        print(f"  {s.number}  {s.subject}  {s.grade}{flag}")
    for c in carriers:
        print(f"  {c.number}  {c.title}")
    if "noncompete" in data:
        print(
            translate("cli", "竞业限制 {months} 个月，自 {start}；未付 {n} 个月").format(
                months=a.nc_months,
                start=a.nc_starts_on or "—",
                n=data["noncompete"]["unpaid_months"],
            )
        )
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from tsdesk.services import agreements

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            a = agreements.by_number(uow.session, args.number)
            if args.compensation:
                agreements.print_compensation(uow, a.id, args.out)
            else:
                agreements.print_agreement(uow, a.id, args.out)
    finally:
        vault.close()
    print(args.out)
    return 0


def _ids(session, numbers: str | None, by_number) -> list[int]:
    return [by_number(session, n.strip()).id for n in (numbers or "").split(",") if n.strip()]


def cmd_add(args: argparse.Namespace) -> int:
    from tsdesk.models import AgreementKind, AgreementStatus
    from tsdesk.services import agreements, carriers, people, register

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            s = uow.session
            inp = agreements.AgreementInput(
                kind=AgreementKind(args.kind),
                person_id=people.by_number(s, args.person).id if args.person else None,
                party_id=agreements.party_by_name(s, args.party).id if args.party else None,
                title=args.title or "",
                effective_on=_day(args.effective),
                end_on=_day(args.end),
                damages_fen=agreements.parse_yuan(args.damages or ""),
                note=args.note or "",
                secret_ids=_ids(s, args.secrets, register.by_number),
                carrier_ids=_ids(s, args.carriers, carriers.by_number),
                nc_starts_on=_day(args.starts),
                nc_months=args.months,
                nc_area=args.area or "",
                nc_business=args.business or "",
                nc_competitors=args.competitors or "",
                nc_monthly_fen=agreements.parse_yuan(args.monthly or ""),
                nc_average_wage_fen=agreements.parse_yuan(args.average_wage or ""),
            )
            agreement_id = agreements.add_agreement(uow, inp)
            if args.signed:
                agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED, _day(args.signed))
            number = agreements.get(s, agreement_id).number
            warnings = agreements.nc_warnings(inp)
    finally:
        vault.close()
    for w in warnings:
        floor = agreements.nc_floor_fen(inp.nc_average_wage_fen)
        print(
            translate("agreements", w).format(
                amount=agreements.yuan(inp.nc_monthly_fen), floor=agreements.yuan(floor)
            )
        )
    print(number)
    return 0


def cmd_payments(args: argparse.Namespace) -> int:
    from tsdesk.services import agreements

    today = date.today()
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = agreements.payments(session, due_only=args.due, today=today)
        record_read(vault, actor, "read.noncompete", "agreement", count=len(rows))
    finally:
        vault.close()
    data = [
        {
            "agreement": r.agreement_number,
            "person": r.person_number,
            "person_name": r.person_name,
            "month": r.payment.month.strftime("%Y-%m"),
            "due_on": r.payment.due_on,
            "amount_yuan": r.payment.amount_fen / 100,
            "paid_on": r.payment.paid_on,
            "paid_yuan": r.payment.paid_fen / 100 if r.payment.paid_fen is not None else None,
            "state": r.payment.state(today),
        }
        for r in rows
    ]
    if args.json:
        print_json(data)
        return 0
    for d, r in zip(data, rows, strict=True):
        label = agreements.PAYMENT_STATE_LABELS[r.payment.state(today)]
        state = translate("agreements", label)
        print(
            f"{d['agreement']}  {d['person_name']}（{d['person']}）  {d['month']}  "
            f"{d['due_on']}  {agreements.yuan(r.payment.amount_fen)}  {state}"
        )
    return 0


def add_commands(sub, add) -> None:
    from tsdesk.models import AgreementStatus
    from tsdesk.services.agreements import KIND_NAMES

    group = sub.add_parser(
        "agreements", help=translate("cli", "保密协议与竞业限制")
    ).add_subparsers(dest="agreements_command", metavar="ACTION", required=True)
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出协议"), group)
    p.add_argument("--kind", choices=KIND_NAMES)
    p.add_argument("--status", choices=[s.value for s in AgreementStatus])
    p.add_argument("--expiring", action="store_true", help=translate("cli", "30 天内到期"))
    p.add_argument("--unsigned", action="store_true", help=translate("cli", "尚未签署"))
    p.add_argument("--search", help=translate("cli", "编号、姓名、工号或相对方"))
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, QT_TRANSLATE_NOOP("cli", "显示一份协议"), group)
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p = add("print", cmd_print, QT_TRANSLATE_NOOP("cli", "打印协议（PDF）"), group)
    p.add_argument("number")
    p.add_argument("--out", required=True)
    p.add_argument(
        "--compensation", action="store_true", help=translate("cli", "打印竞业限制补偿明细")
    )
    p = add("add", cmd_add, QT_TRANSLATE_NOOP("cli", "新建协议（输出编号）"), group)
    p.add_argument("--kind", required=True, choices=KIND_NAMES)
    p.add_argument("--person", help=translate("cli", "员工工号"))
    p.add_argument("--party", help=translate("cli", "相对方名称"))
    p.add_argument("--title")
    p.add_argument("--effective", help=translate("cli", "生效日期 YYYY-MM-DD"))
    p.add_argument("--end", help=translate("cli", "终止日期 YYYY-MM-DD"))
    p.add_argument("--damages", help=translate("cli", "违约金（元）"))
    p.add_argument("--secrets", help=translate("cli", "商业秘密编号，逗号分隔"))
    p.add_argument("--carriers", help=translate("cli", "载体编号，逗号分隔"))
    p.add_argument("--note")
    p.add_argument("--signed", help=translate("cli", "已签署：签署日期 YYYY-MM-DD"))
    p.add_argument("--months", type=int, help=translate("cli", "竞业限制期限（月，最多 24）"))
    p.add_argument("--starts", help=translate("cli", "竞业限制起算日（离职日）"))
    p.add_argument("--monthly", help=translate("cli", "每月补偿（元）"))
    p.add_argument("--average-wage", help=translate("cli", "离职前十二个月平均工资（元）"))
    p.add_argument("--area", help=translate("cli", "竞业限制地域"))
    p.add_argument("--business", help=translate("cli", "竞业限制业务"))
    p.add_argument("--competitors", help=translate("cli", "竞争单位"))

    group = sub.add_parser("noncompete", help=translate("cli", "竞业限制补偿")).add_subparsers(
        dest="noncompete_command", metavar="ACTION", required=True
    )
    p = add("payments", cmd_payments, QT_TRANSLATE_NOOP("cli", "竞业限制补偿按月明细"), group)
    p.add_argument("--due", action="store_true", help=translate("cli", "只列应付未付"))
    p.add_argument("--json", action="store_true")
