"""`tsdesk backup create|list|verify|restore|drill`: encrypted backups (issue 17 §1)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tsdesk.cli import (
    EXIT_BROKEN,
    failed,
    message,
    open_for_reading,
    open_vault,
    password_from_env,
    print_json,
    recovery_key,
)
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.i18n import translate


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def cmd_create(args: argparse.Namespace) -> int:
    from tsdesk.services import backup

    vault, actor = open_for_reading(args)  # read-only when the GUI holds it: still a snapshot
    try:
        made = backup.create(vault, actor, args.to)
    finally:
        vault.close()
    print(translate("cli", "已制作备份：{path}").format(path=made.path))
    print(
        translate("cli", "审计链末端：第 {seq} 号 {hash}").format(
            seq=made.header.head_seq, hash=made.header.head_hash
        )
    )
    for path in made.removed:
        print(translate("cli", "已删除超出保留代数的备份：{path}").format(path=path.name))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services import backup

    rows = backup.listing(Path(args.dir))
    if args.json:
        print_json(
            [
                {
                    "file": r.path.name,
                    "created_at": r.header.created_at,
                    "vault_id": r.header.vault_id,
                    "schema": r.header.schema,
                    "head_seq": r.header.head_seq,
                    "head_hash": r.header.head_hash,
                    "sha256": r.header.payload_sha256,
                    "size": r.size,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print(translate("cli", "此文件夹中没有备份"))
    for r in rows:
        when = r.header.created.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{when}  {r.path.name}  {_size(r.size):>9}  "
            f"#{r.header.head_seq} {r.header.head_hash[:12]}"
        )
    return 0


def _standalone_unlock(args: argparse.Namespace):
    """Keys for a backup without opening any database: the recovery key of the time, or the
    operator's password of the time (their slot is copied into the backup)."""
    from tsdesk.vault.backup import Unlock
    from tsdesk.vault.keys import parse_recovery_key

    key = recovery_key(args)
    if key is not None:
        return Unlock((parse_recovery_key(key),))
    prompt = translate("cli", "{name} 在备份时的密码: ").format(name=args.user)
    return Unlock((), args.user, password_from_env("TSDESK_PASSWORD", prompt))


def _broken(err) -> int:
    print(failed(message(err)), file=sys.stderr)
    return EXIT_BROKEN


def cmd_verify(args: argparse.Namespace) -> int:
    from tsdesk.vault import backup as vault_backup

    try:
        contents = vault_backup.verify_file(Path(args.file), _standalone_unlock(args))
    except vault_backup.BackupDamaged as err:
        return _broken(err)
    manifest = contents.manifest
    print(
        translate(
            "cli",
            "备份完整：{company}，{when}，架构 {schema}，审计链末端第 {seq} 号，{rows} 条记录，{files} 个附件",
        ).format(
            company=manifest.get("company", ""),
            when=contents.header.created.astimezone().strftime("%Y-%m-%d %H:%M"),
            schema=manifest["schema"],
            seq=manifest["head"]["seq"],
            rows=sum(manifest["counts"].values()),
            files=manifest["attachments"]["count"],
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from tsdesk.services import backup
    from tsdesk.vault import backup as vault_backup

    unlock = _standalone_unlock(args)
    try:
        checked = backup.restore(
            Path(args.file),
            Path(args.to),
            operator=unlock.operator,
            password=unlock.password,
            recovery_key=unlock.data_keys[0] if unlock.data_keys else None,
        )
    except (vault_backup.BackupDamaged, vault_backup.RestoreCheckFailed) as err:
        return _broken(err)
    print(translate("cli", "已恢复到新文件：{path}").format(path=checked.path))
    print(
        translate("cli", "已核对：{events} 条审计事件、各表记录数与备份清单一致").format(
            events=checked.events
        )
    )
    if checked.operators:
        print(
            translate("cli", "可用备份时的密码登录的操作员：{names}").format(
                names=", ".join(checked.operators)
            )
        )
    return 0


def cmd_drill(args: argparse.Namespace) -> int:
    from tsdesk.services import backup
    from tsdesk.vault import backup as vault_backup

    vault, actor = open_vault(args)
    try:
        password = "" if recovery_key(args) else password_from_env("TSDESK_PASSWORD", "")
        try:
            proved = backup.drill(vault, actor, Path(args.file), password)
        except (vault_backup.BackupDamaged, vault_backup.RestoreCheckFailed) as err:
            return _broken(err)
    finally:
        vault.close()
    print(
        translate(
            "cli",
            "恢复演练通过：{events} 条审计事件重新计算无误，记录数一致，抽查附件 {sampled} 个；临时副本已删除。",
        ).format(events=proved.events, sampled=proved.sampled)
    )
    if not proved.chain_extends:
        print(
            translate("cli", "警告：当前审计链不包含此备份记录的末端（第 {seq} 号）。").format(
                seq=proved.header.head_seq
            ),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    return 0


def add_commands(sub, add) -> None:
    group = sub.add_parser(
        "backup", help=translate("cli", "加密备份、恢复与恢复演练")
    ).add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p = add("create", cmd_create, QT_TRANSLATE_NOOP("cli", "制作备份"), group)
    p.add_argument("--to", metavar="DIR", help=translate("cli", "备份文件夹（默认：备份页所选）"))
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出文件夹中的备份"), group)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--json", action="store_true")
    p = add("verify", cmd_verify, QT_TRANSLATE_NOOP("cli", "校验备份文件（不写任何文件）"), group)
    p.add_argument("file", metavar="FILE")
    p = add("restore", cmd_restore, QT_TRANSLATE_NOOP("cli", "把备份恢复为新的数据库文件"), group)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", metavar="NEW.tsdesk", required=True)
    p = add(
        "drill", cmd_drill, QT_TRANSLATE_NOOP("cli", "恢复演练：恢复到临时位置、核对并记录"), group
    )
    p.add_argument("file", metavar="FILE")
