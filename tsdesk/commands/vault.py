"""`tsdesk init|demo|gui|rekey`: the vault itself — create one, a demo, open the window,
change the data key."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from tsdesk import paths
from tsdesk.cli import db_path, open_vault, password_from_env
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.i18n import translate


def cmd_init(args: argparse.Namespace) -> int:
    from tsdesk.settings import machine_set
    from tsdesk.vault import Vault

    password = password_from_env(
        "TSDESK_PASSWORD",
        translate("cli", "{name} 的新密码: ").format(name=args.admin),
        confirm=True,
    )
    vault, admin, recovery_key = Vault.create(
        db_path(args),
        company=args.company,
        admin_name=args.admin,
        admin_password=password,
        admin_display_name=args.display_name,
    )
    try:
        if args.recovery_sheet:
            from tsdesk.services.vault_admin import write_recovery_sheet

            write_recovery_sheet(vault, admin, recovery_key, Path(args.recovery_sheet))
    finally:
        vault.close()
    machine_set("last_database", str(db_path(args).resolve()))
    print(translate("cli", "已创建数据库：{path}").format(path=db_path(args)))
    print(f"RECOVERY KEY: {recovery_key}")  # fixed words: scripts look for this line
    print(translate("cli", "请立即抄录或打印恢复密钥并存放于保险柜；它不会再次显示。"))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from tsdesk.demo import DEMO_PASSWORD, create_demo
    from tsdesk.settings import machine_set

    path = Path(args.db) if args.db else paths.data_dir() / "demo.tsdesk"
    password = os.environ.get("TSDESK_PASSWORD", DEMO_PASSWORD)
    recovery_key = create_demo(path, password)
    machine_set("last_database", str(path.resolve()))
    print(translate("cli", "已创建演示数据库：{path}").format(path=path))
    print(
        translate("cli", "操作员 admin / baomi / shenpi / shenji，密码：{password}").format(
            password=password
        )
    )
    print(f"RECOVERY KEY: {recovery_key}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from tsdesk.ui.app import run_gui

    return run_gui(Path(args.db) if args.db else None)


def cmd_rekey(args: argparse.Namespace) -> int:
    from tsdesk.crashpoints import crash_point
    from tsdesk.services.vault_admin import confirm_rekey, rekey, write_recovery_sheet
    from tsdesk.vault import rekey as protocol

    vault, actor = open_vault(args)
    try:
        resumed = vault.rekey_pending
        recovery_key = rekey(vault, actor)
        if args.recovery_sheet:
            write_recovery_sheet(vault, actor, recovery_key, Path(args.recovery_sheet))
        crash_point(protocol.BEFORE_PRINT)
        if resumed:
            print(
                translate(
                    "cli", "上次更换数据密钥后新的恢复密钥未经确认；以下即当时生成的新恢复密钥。"
                )
            )
        print(f"RECOVERY KEY: {recovery_key}", flush=True)
        crash_point(protocol.BEFORE_CONFIRM)
        confirm_rekey(vault, actor)  # shown: only now does the old key stop working
    finally:
        vault.close()
    print(translate("cli", "数据密钥已更换；旧的恢复密钥已失效。"))
    return 0


def add_commands(sub, add) -> None:
    p = add("init", cmd_init, QT_TRANSLATE_NOOP("cli", "新建数据库"))
    p.add_argument("--company", required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--display-name", default="")
    p.add_argument("--recovery-sheet", help=translate("cli", "同时写出恢复密钥单 PDF"))
    add("demo", cmd_demo, QT_TRANSLATE_NOOP("cli", "新建演示数据库"))
    add("gui", cmd_gui, QT_TRANSLATE_NOOP("cli", "启动图形界面（无命令时的默认）"))
    p = add("rekey", cmd_rekey, QT_TRANSLATE_NOOP("cli", "更换数据密钥并生成新的恢复密钥"))
    p.add_argument("--recovery-sheet", help=translate("cli", "同时写出新的恢复密钥单 PDF"))
