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
    from tsdesk.vault import anchors

    # Anchors are read before the database is opened: a mistyped one costs no login.
    given = [anchors.parse(text, anchors.PAPER, "--anchor") for text in args.anchor or ()]
    vault, _ = open_vault(args, read_only=True)
    try:
        result = vault_admin.verify_all(
            vault, given, args.backups or ()
        )  # read-only: checks, notes nothing
    finally:
        vault.close()
    chain = result.chain
    if chain.ok:
        print(translate("cli", "审计链完整：共 {count} 条事件").format(count=chain.count))
    else:
        print(
            translate("cli", "审计链在第 {seq} 号事件处断开：{problem}").format(
                seq=chain.broken_seq, problem=translate("audit", chain.problem)
            ),
            file=sys.stderr,
        )
    replay = result.replay
    if replay.ok:
        print(
            translate("cli", "数据与审计记录一致：核对了 {records} 条记录、{events} 条事件").format(
                records=replay.records, events=replay.events
            )
        )
    for finding in replay.findings:
        print(
            translate("cli", "不一致：{text}").format(text=finding.text(translate)), file=sys.stderr
        )
    for found in result.anchors:
        kind = translate("audit", anchors.KIND_LABELS[found.anchor.kind])
        where = f"{kind} #{found.anchor.seq} {found.anchor.hash[:12]} ({found.anchor.source})"
        if found.ok:
            print(translate("cli", "锚点相符：{anchor}").format(anchor=where))
        else:
            print(
                translate("cli", "锚点不符：{anchor}：{problem}").format(
                    anchor=where, problem=found.message(translate)
                ),
                file=sys.stderr,
            )
    if not result.anchors:
        print(translate("cli", "没有找到审计链以外的锚点（纸质文件、备份或密钥槽文件）"))
    return 0 if result.ok else EXIT_BROKEN


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
    p = add("verify", cmd_verify, QT_TRANSLATE_NOOP("cli", "校验审计链"), group)
    p.add_argument(
        "--anchor",
        action="append",
        metavar="SEQ:HASH",
        help=translate(
            "cli", "纸质文件页脚上的审计链头（序号:哈希，或二维码内容），可重复；审计链须仍包含它"
        ),
    )
    p.add_argument(
        "--backups",
        action="append",
        metavar="DIR",
        help=translate(
            "cli",
            "另一个备份文件夹（本机设置的备份文件夹总会检查），可重复；每个备份记录的审计链头都须仍在审计链中",
        ),
    )
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出审计事件（最新在前）"), group)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--operator")
    p.add_argument("--action")
    p.add_argument("--json", action="store_true")
