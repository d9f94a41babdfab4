"""`tsdesk carriers add|list|show`: carriers from the command line (issue 4 §6)."""

from __future__ import annotations

import argparse
import unicodedata

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def _secret_ids(session, numbers: str) -> list[int]:
    from tsdesk.services import register

    wanted = [n.strip() for n in numbers.split(",") if n.strip()]
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "载体须关联至少一项商业秘密"))
    return [register.by_number(session, n).id for n in wanted]


def _person_id(session, number: str | None) -> int | None:
    from tsdesk.services import people

    return people.by_number(session, number).id if number else None


def _area_id(session, number: str | None) -> int | None:
    from tsdesk.services import areas

    return areas.by_number(session, number).id if number else None


def cmd_add(args: argparse.Namespace) -> int:
    from tsdesk.models import CarrierKind
    from tsdesk.services import carriers

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            carrier_id = carriers.register_carrier(
                uow,
                carriers.CarrierInput(
                    kind=CarrierKind(args.kind),
                    title=args.title,
                    secret_ids=_secret_ids(uow.session, args.secrets),
                    custodian_id=_person_id(uow.session, args.custodian),
                    area_id=_area_id(uow.session, args.area),
                    location=args.location or "",
                    device_detail=args.device or "",
                ),
            )
            number = carriers.get(uow.session, carrier_id).number
    finally:
        vault.close()
    print(number)
    return 0


def _pad(text: str, width: int) -> str:
    """Left-justify to `width` terminal columns (a Chinese character takes two)."""
    columns = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - columns)


def _as_dict(f, row=None) -> dict:
    """What `list --json` and `show --json` give for a carrier."""
    from tsdesk.services.carriers import KIND_LABELS, STATUS_LABELS

    out = {
        "number": f.number,
        "title": f.title,
        "kind": f.kind.value,
        "kind_label": KIND_LABELS[f.kind],
        "grade": f.grade,
        "term": f.term.text,
        "term_expired": f.term.expired(),
        "status": f.status.value,
        "status_label": STATUS_LABELS[f.status],
    }
    if row is not None:
        out.update(
            custodian=row.custodian, area=row.area, location=row.location, overdue=row.overdue
        )
    return out


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services import carriers
    from tsdesk.services.carriers import KIND_LABELS, STATUS_LABELS

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = carriers.carrier_rows(session, carriers.CarrierFilter(), 0, 1_000_000)
        record_read(vault, actor, "read.carriers", "carrier", count=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json([_as_dict(r, r) for r in rows])
        return 0
    for r in rows:
        flag = "  逾期" if r.overdue else ""
        print(
            f"{_pad(r.number, 18)} {_pad(r.grade, 8)} {_pad(r.term.text, 12)} "
            f"{_pad(STATUS_LABELS[r.status], 8)} {_pad(KIND_LABELS[r.kind], 13)} {r.title}{flag}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from tsdesk.services import carriers
    from tsdesk.services.carriers import MOVEMENT_LABELS, SEAL_REASON_LABELS

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            carrier = carriers.by_number(session, args.number)
            f = carriers.facts(session, carrier.id)
            (row,) = carriers.rows_for(session, [carrier.id])
            movements = carriers.movements_of(session, carrier.id)
            seals = carriers.seals_of(session, carrier.id)
            original = carriers.get(session, carrier.original_id) if carrier.original_id else None
        record_read(vault, actor, "read.carrier", "carrier", carrier.id, number=carrier.number)
    finally:
        vault.close()
    data = {
        **_as_dict(f, row),
        "description": carrier.description,
        "device_detail": carrier.device_detail,
        "responsible_unit": f.responsible_unit,
        "secrets": f.secret_numbers,
        "original": original.number if original else "",
        "movements": [
            {
                "kind": m.kind.value,
                "person": m.person,
                "purpose": m.purpose,
                "started_on": m.started_on,
                "due_on": m.due_on,
                "closed_on": m.closed_on,
                "approved_by": m.approved_by,
                "overdue": m.overdue(),
            }
            for m in movements
        ],
        "seals": [
            {
                "seal_number": s.seal_number,
                "reason": s.reason.value,
                "place": s.place,
                "sealed_on": s.sealed_on,
                "next_check": s.next_check,
                "unsealed_on": s.unsealed_on,
                "checks": len(s.checks),
            }
            for s in seals
        ],
    }
    if args.json:
        print_json(data)
        return 0
    print(f"编号　　{data['number']}")
    print(f"名称　　{data['title']}")
    print(f"类型　　{data['kind_label']}")
    print(f"等级　　{data['grade']}")
    print(f"期限　　{data['term']}{'（已过期）' if data['term_expired'] else ''}")
    print(f"状态　　{data['status_label']}{'（逾期未还）' if data['overdue'] else ''}")
    print(f"保管人　{data['custodian']}")
    print(f"位置　　{' '.join(p for p in (data['area'], data['location']) if p)}")
    print(f"责任单位 {data['responsible_unit']}")
    print(f"商业秘密 {', '.join(data['secrets'])}")
    if original:
        print(f"原件　　{original.number}")
    for m in movements:
        print(
            f"  {m.started_on}  {MOVEMENT_LABELS[m.kind]}  {m.person}  {m.purpose}"
            + (f"  应还 {m.due_on}" if m.due_on else "")
            + (f"  审批 {m.approved_by}" if m.approved_by else "")
        )
    for s in seals:
        print(
            f"  封存 {s.sealed_on} 封条 {s.seal_number} {s.place}  "
            f"{SEAL_REASON_LABELS[s.reason][:2]}  下次检查 {s.next_check}"
        )
    return 0


def add_commands(sub, add) -> None:
    from tsdesk.models import CarrierKind

    group = sub.add_parser("carriers", help=translate("cli", "涉密载体")).add_subparsers(
        dest="carriers_command", metavar="ACTION", required=True
    )
    p = add("add", cmd_add, QT_TRANSLATE_NOOP("cli", "登记载体（输出新编号）"), group)
    p.add_argument("--kind", required=True, choices=[k.value for k in CarrierKind])
    p.add_argument("--title", required=True)
    p.add_argument("--secrets", required=True, help=translate("cli", "商业秘密编号，逗号分隔"))
    p.add_argument("--custodian", help=translate("cli", "保管人工号"))
    p.add_argument("--area", help=translate("cli", "涉密区域编号"))
    p.add_argument("--location", help=translate("cli", "存放位置（柜、架）"))
    p.add_argument("--device", help=translate("cli", "设备型号、序列号、容量"))
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出载体"), group)
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, QT_TRANSLATE_NOOP("cli", "显示一个载体及其流转、封存记录"), group)
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
