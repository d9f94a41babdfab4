"""Command-line front end over the same services as the GUI.

`tsdesk [--db PATH] [--user NAME] [--recovery-key KEY] COMMAND …`. Passwords come from
TSDESK_PASSWORD (the acting operator) and TSDESK_NEW_PASSWORD (a password being set), or a
no-echo prompt. Errors: one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from tsdesk import __version__, paths
from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError, ValidationError
from tsdesk.models import Role

EXIT_ERROR = 2
EXIT_BROKEN = 3  # audit verify found a broken link
EXIT_INTERNAL = 70

# Modules in tsdesk/commands/ that add their own command groups (one name per line).
EXTENSIONS: tuple[str, ...] = (
    "carriers",
    "labels",
    "secrets",
    "secrets_io",
)

log = logging.getLogger("tsdesk.cli")


WINDOWS = os.name == "nt"


def _windows_console_mode(fd: int) -> bool:
    """True when the file descriptor is a Windows console (GetConsoleMode succeeds on it)."""
    import ctypes
    import msvcrt

    mode = ctypes.c_uint32()
    handle = ctypes.c_void_p(msvcrt.get_osfhandle(fd))
    return bool(ctypes.WinDLL("kernel32").GetConsoleMode(handle, ctypes.byref(mode)))


def is_console(stream) -> bool:
    """True when a person can type into (or read) this stream. Windows reports NUL, and any
    other character device, as a tty too (`stdin=DEVNULL` would then wait for a password that
    never comes): there only a real console counts."""
    try:
        if stream is None or not stream.isatty():
            return False
        return _windows_console_mode(stream.fileno()) if WINDOWS else True
    except (OSError, ValueError):  # closed, or not backed by a file descriptor
        return False


def password_from_env(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not is_console(sys.stdin):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "请在环境变量 {env} 中提供口令，或在终端中运行以输入口令"),
            env=env,
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("再次输入: ") != value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "两次输入的口令不一致"))
    return value


def db_path(args) -> Path:
    if args.db:
        return Path(args.db)
    from tsdesk.settings import machine_get

    return Path(machine_get("last_database") or paths.default_db_path())


def open_vault(args, *, read_only: bool = False):
    from tsdesk.vault import Vault

    if args.recovery_key:
        return Vault.unlock_with_recovery_key(db_path(args), args.recovery_key, read_only=read_only)
    return Vault.unlock(
        db_path(args),
        args.user,
        password_from_env("TSDESK_PASSWORD", f"{args.user} 的口令: "),
        read_only=read_only,
    )


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


# --- commands -------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from tsdesk.settings import machine_set
    from tsdesk.vault import Vault

    password = password_from_env("TSDESK_PASSWORD", f"{args.admin} 的新口令: ", confirm=True)
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
    print(f"已创建数据库：{db_path(args)}")
    print(f"RECOVERY KEY: {recovery_key}")
    print("请立即抄录或打印恢复密钥并存放于保险柜；它不会再次显示。")
    return 0


def cmd_demo(args) -> int:
    from tsdesk.services.demo import DEMO_PASSWORD, create_demo
    from tsdesk.settings import machine_set

    path = Path(args.db) if args.db else paths.data_dir() / "demo.tsdesk"
    recovery_key = create_demo(path, os.environ.get("TSDESK_PASSWORD", DEMO_PASSWORD))
    machine_set("last_database", str(path.resolve()))
    print(f"已创建演示数据库：{path}")
    print(
        f"操作员 admin / baomi / shenpi / shenji，口令：{os.environ.get('TSDESK_PASSWORD', DEMO_PASSWORD)}"
    )
    print(f"RECOVERY KEY: {recovery_key}")
    return 0


def cmd_audit_verify(args) -> int:
    from tsdesk.services import audit

    vault, _ = open_vault(args, read_only=True)
    try:
        result = audit.verify(vault)
    finally:
        vault.close()
    if result.ok:
        print(f"审计链完整：共 {result.count} 条事件")
        return 0
    print(f"审计链在第 {result.broken_seq} 号事件处断开：{result.problem}", file=sys.stderr)
    return EXIT_BROKEN


def cmd_audit_list(args) -> int:
    from tsdesk.services import audit

    vault, _ = open_vault(args, read_only=True)
    try:
        events = audit.page(
            vault,
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


def cmd_operators_list(args) -> int:
    from tsdesk.services import operators

    vault, _ = open_vault(args, read_only=True)
    try:
        rows = operators.list_operators(vault)
    finally:
        vault.close()
    if args.json:
        print_json(
            [
                {
                    "name": r.name,
                    "display_name": r.display_name,
                    "role": r.role.value,
                    "active": r.active,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(
                f"{r.name:<16} {r.role.value:<9} {'active' if r.active else 'inactive':<9} {r.display_name}"
            )
    return 0


def cmd_operators_add(args) -> int:
    from tsdesk.services import operators

    vault, actor = open_vault(args)
    try:
        password = password_from_env("TSDESK_NEW_PASSWORD", f"{args.name} 的口令: ", confirm=True)
        with vault.unit_of_work(actor) as uow:
            operators.add(uow, args.name, Role(args.role), password, args.display_name)
    finally:
        vault.close()
    print(f"已添加操作员 {args.name}（{args.role}）")
    return 0


def cmd_operators_passwd(args) -> int:
    from tsdesk.services import operators

    vault, actor = open_vault(args)
    try:
        target = args.name or actor.name
        new = password_from_env("TSDESK_NEW_PASSWORD", f"{target} 的新口令: ", confirm=True)
        with vault.unit_of_work(actor) as uow:
            if target == actor.name:
                operators.change_own_password(uow, os.environ.get("TSDESK_PASSWORD", ""), new)
            else:
                operators.reset_password(uow, target, new)
    finally:
        vault.close()
    print(f"已更改 {target} 的口令")
    return 0


def cmd_rekey(args) -> int:
    from tsdesk.services.vault_admin import rekey, write_recovery_sheet

    vault, actor = open_vault(args)
    try:
        recovery_key = rekey(vault, actor)
        if args.recovery_sheet:
            write_recovery_sheet(vault, actor, recovery_key, Path(args.recovery_sheet))
    finally:
        vault.close()
    print("数据密钥已更换；旧的恢复密钥已失效。")
    print(f"RECOVERY KEY: {recovery_key}")
    return 0


def cmd_gui(args) -> int:
    from tsdesk.ui.app import run_gui

    return run_gui(Path(args.db) if args.db else None)


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tsdesk", description="TSDesk 商业秘密保护管理桌面系统")
    parser.add_argument("--version", action="version", version=f"TSDesk {__version__}")
    parser.add_argument("--db", help="数据库文件（默认：上次打开的数据库）")
    parser.add_argument(
        "--user", default=os.environ.get("TSDESK_USER", "admin"), help="操作员名（默认 admin）"
    )
    parser.add_argument("--recovery-key", help="用恢复密钥代替口令打开")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str, parent=sub):
        p = parent.add_parser(name, help=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("init", cmd_init, "新建数据库")
    p.add_argument("--company", required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--display-name", default="")
    p.add_argument("--recovery-sheet", help="同时写出恢复密钥单 PDF")
    add("demo", cmd_demo, "新建演示数据库")
    add("gui", cmd_gui, "启动图形界面（无命令时的默认）")

    audit = sub.add_parser("audit", help="审计链").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    add("verify", cmd_audit_verify, "校验审计链", audit)
    p = add("list", cmd_audit_list, "列出审计事件（最新在前）", audit)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--operator")
    p.add_argument("--action")
    p.add_argument("--json", action="store_true")

    ops = sub.add_parser("operators", help="操作员").add_subparsers(
        dest="operators_command", metavar="ACTION", required=True
    )
    p = add("list", cmd_operators_list, "列出操作员", ops)
    p.add_argument("--json", action="store_true")
    p = add("add", cmd_operators_add, "添加操作员（口令取自 TSDESK_NEW_PASSWORD）", ops)
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    p.add_argument("--display-name", default="")
    p = add("passwd", cmd_operators_passwd, "修改自己的口令，或（管理员）重置他人口令", ops)
    p.add_argument("name", nargs="?")

    p = add("rekey", cmd_rekey, "更换数据密钥并生成新的恢复密钥")
    p.add_argument("--recovery-sheet", help="同时写出新的恢复密钥单 PDF")

    import importlib

    for name in EXTENSIONS:
        importlib.import_module(f"tsdesk.commands.{name}").add_commands(sub, add)
    return parser


def _utf8_when_redirected() -> None:
    """Chinese output piped to a file on an English-locale Windows would fail to encode."""
    for stream in (sys.stdout, sys.stderr):
        if not is_console(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str]) -> int:
    _utf8_when_redirected()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except TSDeskError as err:
        print(f"错误：{err.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns a bug into one line
        from tsdesk.logs import log_exception

        where = log_exception(exc)
        print(f"内部错误（{type(exc).__name__}），详情见日志：{where}", file=sys.stderr)
        return EXIT_INTERNAL
