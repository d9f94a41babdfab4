"""`tsdesk evidence verify FILE`: which case's evidence a file is, by its SHA-256 recorded at
intake (issue 15 §2). Exit status 0 when it matches an item, 1 when it matches none."""

from __future__ import annotations

import argparse
from pathlib import Path

from tsdesk.cli import open_for_reading, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.i18n import translate


def cmd_verify(args: argparse.Namespace) -> int:
    from tsdesk.services.incidents import evidence

    data = Path(args.file).read_bytes()
    digest = evidence.sha256_of(data)
    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = evidence.verify_file(session, data)
        record_read(vault, actor, "read.evidence_verify", "", "", sha256=digest, matches=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json(
            {
                "sha256": digest,
                "matches": [
                    {"case": r.case_number, "label": r.label, "title": r.title} for r in rows
                ],
            }
        )
    elif rows:
        for r in rows:
            print(
                translate("cli", "相符：{case} {label}「{title}」，SHA-256 {sha}").format(
                    case=r.case_number, label=r.label, title=r.title, sha=digest
                )
            )
    else:
        print(translate("cli", "不符：没有证据记录的 SHA-256 为 {sha}").format(sha=digest))
    return 0 if rows else 1


def add_commands(sub, add) -> None:
    group = sub.add_parser("evidence", help=translate("cli", "证据核对")).add_subparsers(
        dest="evidence_command", metavar="ACTION", required=True
    )
    p = add(
        "verify", cmd_verify,
        QT_TRANSLATE_NOOP("cli", "核对文件是否为已登记的证据（按 SHA-256）"), group,
    )  # fmt: skip
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
