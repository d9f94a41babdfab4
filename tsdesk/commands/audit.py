"""`tsdesk audit verify|list`: the hash-chained audit log."""

from __future__ import annotations

import argparse
import json
import sys

from tsdesk.cli import EXIT_BROKEN, open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.i18n import translate


def cmd_verify(args: argparse.Namespace) -> int:
    from tsdesk.services import vault_admin

    vault, _ = open_vault(args, read_only=True)
    try:
        result = vault_admin.check_chain(vault)  # read-only: checks, notes nothing
    finally:
        vault.close()
    if result.ok:
        print(translate("cli", "审计链完整：共 {count} 条事件").format(count=result.count))
        return 0
    print(
        translate("cli", "审计链在第 {seq} 号事件处断开：{problem}").format(
            seq=result.broken_seq, problem=translate("audit", result.problem)
        ),
        file=sys.stderr,
    )
    return EXIT_BROKEN


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services import audit

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            events = audit.page(
                session,
                audit.AuditFilter(operator=args.operator or "", action=args.action or ""),
                0,
                args.limit,
            )
        rows = [
            {
                "seq": e.seq,
                "ts": e.ts,
                "operator": e.operator,
                "action": e.action,
                "entity_type": e.entity_type,
                "entity_id": e.entity_id,
                "before": json.loads(e.before),
                "after": json.loads(e.after),
            }
            for e in events
        ]
        record_read(
            vault,
            actor,
            "read.audit",
            "audit",
            count=len(rows),
            operator=args.operator or "",
            action=args.action or "",
        )
    finally:
        vault.close()
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(
                f"{r['seq']:>6}  {audit.when_local(r['ts'])}  {r['operator']:<12} {r['action']:<24} {r['entity_type']} {r['entity_id']}"
            )
    return 0


def add_commands(sub, add) -> None:
    group = sub.add_parser("audit", help=translate("cli", "审计链")).add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    add("verify", cmd_verify, QT_TRANSLATE_NOOP("cli", "校验审计链"), group)
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出审计事件（最新在前）"), group)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--operator")
    p.add_argument("--action")
    p.add_argument("--json", action="store_true")
