"""`tsdesk incidents evidence add|list|custody`, `report`, `bundle`, `pack` (issue 15 §2, §3):
added to the incidents group by `add_to`, called from tsdesk/commands/incidents.py."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def _when(text: str | None) -> datetime:
    if not text:
        return datetime.now().replace(second=0, microsecond=0)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "时间格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM：{text}"),
            text=text,
        ) from None


def _file(path: str | None) -> tuple[str, bytes | None]:
    if not path:
        return "", None
    p = Path(path)
    from tsdesk.services import attachments

    attachments.check_size(p.stat().st_size)
    return p.name, p.read_bytes()


def cmd_evidence_add(args: argparse.Namespace) -> int:
    from tsdesk.models import EvidenceCategory
    from tsdesk.services.incidents import evidence

    name, data = _file(args.file)
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            case_id = evidence.case_id_by_number(uow.session, args.number)
            item = evidence.add_evidence(
                uow,
                case_id,
                evidence.EvidenceInput(
                    category=EvidenceCategory(args.category),
                    title=args.title,
                    collected_by=args.collected_by,
                    collected_at=_when(args.collected_at),
                    description=args.description or "",
                    source=args.source or "",
                    method=args.method or "",
                    keeper=args.keeper or "",
                    location=args.location or "",
                    file_name=name,
                    data=data,
                ),
            )
            row = evidence.get(uow.session, item)
    finally:
        vault.close()
    print(f"{row.label} {row.sha256}".strip())
    return 0


def _row_dict(row, custody) -> dict:
    from tsdesk.services.incidents.evidence import CATEGORY_LABELS

    return {
        "label": row.label,
        "category": row.category.value,
        "category_label": CATEGORY_LABELS[row.category],
        "title": row.title,
        "source": row.source,
        "method": row.method,
        "collected_by": row.collected_by,
        "collected_at": row.collected_at.isoformat(),
        "file": row.file_name,
        "sha256": row.sha256,
        "size": row.size,
        "keeper": row.keeper,
        "location": row.location,
        "out_with": row.out_with,
        "custody": [
            {
                "at": c.at.isoformat(),
                "from": c.from_holder,
                "to": c.to_holder,
                "purpose": c.purpose,
                "returned_at": c.returned_at.isoformat() if c.returned_at else None,
            }
            for c in custody
        ],
    }


def cmd_evidence_list(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import evidence

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            case_id = evidence.case_id_by_number(session, args.number)
            rows = [
                _row_dict(r, evidence.custody_of(session, r.id))
                for r in evidence.evidence_of(session, case_id)
            ]
        record_read(vault, actor, "read.evidence", "incident_case", case_id, count=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(translate("cli", "（无证据）"))
    for r in rows:
        where = r["out_with"] and translate("cli", "（移交中：{who}）").format(who=r["out_with"])
        print(
            f"{r['label']}  {r['category_label']}  {r['title']}  {r['sha256'] or '-'}  "
            f"{r['keeper']}{where}"
        )
    return 0


def cmd_evidence_custody(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import evidence

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            case_id = evidence.case_id_by_number(uow.session, args.number)
            row = evidence.by_label(uow.session, case_id, args.label)
            if args.returned:
                evidence.return_item(
                    uow, row.id, _when(args.at) if args.at else None, args.note or ""
                )
            else:
                if not args.to or not args.purpose:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "移交须写明 --to 接收人和 --purpose 用途")
                    )
                evidence.hand_over(
                    uow, row.id, args.to, args.purpose,
                    _when(args.at) if args.at else None, args.note or "",
                )  # fmt: skip
    finally:
        vault.close()
    print(row.label)
    return 0


def _print(args: argparse.Namespace, write) -> int:
    from tsdesk.services.incidents import evidence

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            write(uow, evidence.case_id_by_number(uow.session, args.number))
    finally:
        vault.close()
    print(args.out)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import prints

    if args.evidence_list:
        return _print(args, lambda uow, case: prints.print_evidence_list(uow, case, args.out))
    return _print(args, lambda uow, case: prints.print_report(uow, case, args.out))


def cmd_bundle(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import prints

    return _print(args, lambda uow, case: prints.print_bundle(uow, case, args.out))


def cmd_pack(args: argparse.Namespace) -> int:
    from tsdesk.models import RemedyRoute
    from tsdesk.services.incidents import prints

    route = RemedyRoute(args.route)
    return _print(args, lambda uow, case: prints.print_pack(uow, case, route, args.out))


def add_to(group, add) -> None:
    """Subcommands of `tsdesk incidents` (the group's subparsers)."""
    from tsdesk.models import EvidenceCategory, RemedyRoute

    parser = group.add_parser("evidence", help=translate("cli", "事件的证据"))
    # The group names its handler too (argparse asks for an ACTION before it is reached).
    parser.set_defaults(handler=lambda _args: parser.print_usage() or 2)
    evidence = parser.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    p = add(
        "add",
        cmd_evidence_add,
        QT_TRANSLATE_NOOP("cli", "登记证据（输出证据编号和 SHA-256）"),
        evidence,
    )
    p.add_argument("number", help=translate("cli", "事件编号"))
    p.add_argument("--title", required=True)
    p.add_argument("--category", required=True, choices=[c.value for c in EvidenceCategory])
    p.add_argument("--collected-by", required=True, help=translate("cli", "收集人"))
    p.add_argument("--collected-at", help=translate("cli", "收集时间，默认现在"))
    p.add_argument("--file", help=translate("cli", "证据文件（收取时计算 SHA-256）"))
    p.add_argument("--description")
    p.add_argument("--source", help=translate("cli", "来源"))
    p.add_argument("--method", help=translate("cli", "取证方式：公证、截图、设备镜像…"))
    p.add_argument("--keeper", help=translate("cli", "原件保管人"))
    p.add_argument("--location", help=translate("cli", "原件存放位置"))
    p = add("list", cmd_evidence_list, QT_TRANSLATE_NOOP("cli", "列出事件的证据"), evidence)
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p = add(
        "custody", cmd_evidence_custody,
        QT_TRANSLATE_NOOP("cli", "证据移交（--to、--purpose）或归还（--returned）"), evidence,
    )  # fmt: skip
    p.add_argument("number")
    p.add_argument("label", help=translate("cli", "证据编号，如 E-01"))
    p.add_argument("--to", help=translate("cli", "接收人"))
    p.add_argument("--purpose", help=translate("cli", "用途"))
    p.add_argument("--returned", action="store_true", help=translate("cli", "原件已归还"))
    p.add_argument("--at", help=translate("cli", "时间，默认现在"))
    p.add_argument("--note")
    p = add("report", cmd_report, QT_TRANSLATE_NOOP("cli", "打印事件处置报告"), group)
    p.add_argument("number")
    p.add_argument("--out", required=True)
    p.add_argument(
        "--evidence-list", action="store_true",
        help=translate("cli", "改为打印证据清单（每项附二维码）"),
    )  # fmt: skip
    p = add("bundle", cmd_bundle, QT_TRANSLATE_NOOP("cli", "打印合理保密措施证据汇编"), group)
    p.add_argument("number")
    p.add_argument("--out", required=True)
    p = add("pack", cmd_pack, QT_TRANSLATE_NOOP("cli", "打印维权材料（致函、索引与材料）"), group)
    p.add_argument("number")
    p.add_argument("--route", required=True, choices=[r.value for r in RemedyRoute])
    p.add_argument("--out", required=True)
