"""Command-line front end over the same services as the GUI.

`tsdesk [--db PATH] [--user NAME] [--recovery-key -|--recovery-key-file PATH] COMMAND …`.
Passwords come from TSDESK_PASSWORD (the acting operator) and TSDESK_NEW_PASSWORD (a password
being set), or a no-echo prompt. The recovery key comes from TSDESK_RECOVERY_KEY, a file, or
a no-echo prompt: a key given as an argument is visible to every local user in the process
list, so it still works but draws a warning. Errors: one line on stderr and a non-zero exit,
never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import io
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from tsdesk import __version__, capabilities, paths
from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError, ValidationError, VaultError
from tsdesk.models import Role

EXIT_ERROR = 2
EXIT_BROKEN = 3  # audit verify found a broken link
EXIT_INTERNAL = 70


log = logging.getLogger("tsdesk.cli")


WINDOWS = os.name == "nt"


def _windows_console_mode(fd: int) -> bool:
    """True when the file descriptor is a Windows console (GetConsoleMode succeeds on it)."""
    if sys.platform != "win32":  # the check mypy understands: msvcrt exists only there
        return False
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
    value = os.environ.get(env, _entered.get(env))
    if value is not None:
        return value
    if not is_console(sys.stdin):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "请在环境变量 {env} 中提供密码，或在终端中运行以输入密码"),
            env=env,
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("再次输入: ") != value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "两次输入的密码不一致"))
    _entered[env] = value  # asked once per command, even when the vault is opened twice
    return value


RECOVERY_ENV = "TSDESK_RECOVERY_KEY"


def recovery_key(args) -> str | None:
    """The recovery key, when the command is to open with it (None: with a password); asked
    or read once per command."""
    if not hasattr(args, "resolved_recovery_key"):
        args.resolved_recovery_key = _recovery_key(args)
    return args.resolved_recovery_key


def _recovery_key(args) -> str | None:
    if args.recovery_key_file:
        try:
            return Path(args.recovery_key_file).read_text("utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "无法读取恢复密钥文件 {path}：{reason}"),
                path=args.recovery_key_file,
                reason=getattr(exc, "strerror", None) or type(exc).__name__,
            ) from None
    if args.recovery_key == "-":
        return ask_recovery_key()
    if args.recovery_key:
        print(
            "警告：写在命令行上的恢复密钥，本机其他用户可在进程列表中看到。"
            f"请改用环境变量 {RECOVERY_ENV}、--recovery-key-file 文件或 --recovery-key -（提示输入）。",
            file=sys.stderr,
        )
        return args.recovery_key
    return os.environ.get(RECOVERY_ENV) or None


def ask_recovery_key() -> str:
    """No-echo prompt on a terminal; otherwise one line from standard input (a pipe)."""
    if sys.stdin.isatty():
        return getpass.getpass("恢复密钥: ")
    return sys.stdin.readline().strip()


_entered: dict[str, str] = {}


def db_path(args) -> Path:
    if args.db is not None:
        return Path(args.db)
    from tsdesk.settings import machine_get

    return Path(machine_get("last_database") or paths.default_db_path())


def open_vault(args, *, read_only: bool = False, password: str | None = None):
    from tsdesk.errors import KeySlotFileMissing
    from tsdesk.vault import Vault, attempts
    from tsdesk.vault.keys import SlotFileDamaged, SlotFileMismatch

    path = db_path(args)
    key = recovery_key(args)
    problem = attempts.problem(path) if path.exists() else None
    if problem is not None:  # every try waits: say why rather than seem to hang
        print(f"警告：{problem.message}", file=sys.stderr)
    if key is not None:
        return Vault.unlock_with_recovery_key(path, key, read_only=read_only)
    if password is None:
        password = password_from_env("TSDESK_PASSWORD", f"{args.user} 的密码: ")
    try:
        return Vault.unlock(path, args.user, password, read_only=read_only)
    except (KeySlotFileMissing, SlotFileDamaged, SlotFileMismatch) as err:
        if not sys.stdin.isatty():
            raise
        print(f"{err.message}", file=sys.stderr)  # asked: the recovery key still opens
        return Vault.unlock_with_recovery_key(path, ask_recovery_key(), read_only=read_only)


def open_for_reading(args):
    """Open for a read that is audited (`record_read`): writable when the database is free, so
    the read and this session go straight into the chain; read-only when another TSDesk holds
    it or the file cannot be written, and then the read is journalled for the next writer."""
    from tsdesk.errors import DatabaseBusy

    try:
        return open_vault(args)
    except DatabaseBusy:
        return open_vault(args, read_only=True)


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


# Characters that would drive the terminal rather than show (ESC sequences, a carriage return
# over the line, bidi overrides that reorder it): printed as escapes. C0 controls come out as
# \x1b; the rest as \u009b, which is also what JSON writes, so `--json` stays valid.
_CONTROL = {
    **{c: f"\\x{c:02x}" for c in range(0x20) if c not in (0x09, 0x0A)},
    **{c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0))},
    **{c: f"\\u{c:04x}" for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    **{c: f"\\u{c:04x}" for c in (0x2028, 0x2029)},
}


def printable(text: str) -> str:
    """`text` with every control character shown as an escape: the one helper every CLI line
    goes through (main() puts it in front of stdout and stderr), so a name stored with
    terminal escapes cannot rewrite the screen."""
    return text.translate(_CONTROL)


class _Printable(io.TextIOBase):
    """A text stream that writes through `printable`."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")


def record_read(vault, actor, action: str, entity_type: str = "", entity_id="", /, **after) -> None:
    """Audit a read the CLI just made (`read.*`); see Vault.record_read."""
    vault.record_read(actor, action, entity_type, entity_id, after=after or None)


# --- commands -------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from tsdesk.settings import machine_set
    from tsdesk.vault import Vault

    password = password_from_env("TSDESK_PASSWORD", f"{args.admin} 的新密码: ", confirm=True)
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
    from tsdesk.demo import DEMO_PASSWORD, create_demo
    from tsdesk.settings import machine_set

    path = Path(args.db) if args.db else paths.data_dir() / "demo.tsdesk"
    recovery_key = create_demo(path, os.environ.get("TSDESK_PASSWORD", DEMO_PASSWORD))
    machine_set("last_database", str(path.resolve()))
    print(f"已创建演示数据库：{path}")
    print(
        f"操作员 admin / baomi / shenpi / shenji，密码：{os.environ.get('TSDESK_PASSWORD', DEMO_PASSWORD)}"
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

    vault, actor = open_for_reading(args)
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


def cmd_operators_list(args) -> int:
    from tsdesk.services import operators

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = operators.list_operators(session, vault.keyfile)
        record_read(vault, actor, "read.operators", "operator", count=len(rows))
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
        password = password_from_env("TSDESK_NEW_PASSWORD", f"{args.name} 的密码: ", confirm=True)
        with vault.unit_of_work(actor) as uow:
            operators.add(uow, args.name, Role(args.role), password, args.display_name)
    finally:
        vault.close()
    print(f"已添加操作员 {args.name}（{args.role}）")
    return 0


def cmd_operators_passwd(args) -> int:
    from tsdesk.services import operators

    # The current password is asked once (or read from TSDESK_PASSWORD): it opens the vault
    # and proves the change of one's own password.
    current = None if recovery_key(args) else password_from_env(
        "TSDESK_PASSWORD", f"{args.user} 的密码: "
    )  # fmt: skip
    vault, actor = open_vault(args, password=current)
    try:
        target = args.name or actor.name
        new = password_from_env("TSDESK_NEW_PASSWORD", f"{target} 的新密码: ", confirm=True)
        with vault.unit_of_work(actor) as uow:
            if target == actor.name:
                operators.change_own_password(uow, current or "", new)
            else:
                operators.reset_password(uow, target, new)
    finally:
        vault.close()
    print(f"已更改 {target} 的密码")
    return 0


def cmd_rekey(args) -> int:
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
            print("上次更换数据密钥后新的恢复密钥未经确认；以下即当时生成的新恢复密钥。")
        print(f"RECOVERY KEY: {recovery_key}", flush=True)
        crash_point(protocol.BEFORE_CONFIRM)
        confirm_rekey(vault, actor)  # shown: only now does the old key stop working
    finally:
        vault.close()
    print("数据密钥已更换；旧的恢复密钥已失效。")
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
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--recovery-key",
        metavar="-",
        help="用恢复密钥代替密码打开：“-”为不回显地输入（也可用环境变量 TSDESK_RECOVERY_KEY）",
    )
    given.add_argument("--recovery-key-file", metavar="PATH", help="从文件读取恢复密钥")
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
    p = add("add", cmd_operators_add, "添加操作员（密码取自 TSDESK_NEW_PASSWORD）", ops)
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    p.add_argument("--display-name", default="")
    p = add("passwd", cmd_operators_passwd, "修改自己的密码，或（管理员）重置他人密码", ops)
    p.add_argument("name", nargs="?")

    p = add("rekey", cmd_rekey, "更换数据密钥并生成新的恢复密钥")
    p.add_argument("--recovery-sheet", help="同时写出新的恢复密钥单 PDF")

    for name in capabilities.each(lambda c: c.commands):  # each module's own command groups
        capabilities.resolve(name).add_commands(sub, add)
    return parser


def _utf8_when_redirected() -> None:
    """Chinese output piped to a file on an English-locale Windows would fail to encode."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not is_console(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _os_error(exc: OSError) -> TSDeskError:
    """An operating-system refusal as a message: the file it names and why."""
    from tsdesk.errors import DiskFull, PathTooLong, StorageError

    where = str(exc.filename or "")
    if exc.errno == errno.ENOSPC:
        return DiskFull(path=where)
    if exc.errno == errno.ENAMETOOLONG:
        return PathTooLong(path=where)
    return StorageError(path=where, reason=exc.strerror or str(exc))


def _from_keys_module(exc: BaseException) -> bool:
    """Raised while reading the key-slot file's values (a bad salt, a cost that is no number)."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals.get("__name__") == "tsdesk.vault.keys":
            return True
        tb = tb.tb_next
    return False


def _as_message(exc: Exception, args) -> TSDeskError | None:
    """The user's message for a failure that is not a bug (a full disk, a damaged page met
    mid-command, a malformed key-slot file); None for a bug."""
    from tsdesk.vault.engine import storage_error

    if isinstance(exc, OSError):
        return _os_error(exc)
    where = db_path(args) if getattr(args, "db", None) is not None else Path("")
    found = storage_error(exc, where)
    if found is not None:
        return found
    if _from_keys_module(exc):
        from tsdesk.vault.keys import KeySlotFile

        return VaultError(
            QT_TRANSLATE_NOOP(
                "errors", "密钥槽文件 {path} 已损坏，且没有可用的备份副本。请用恢复密钥打开。"
            ),
            path=str(KeySlotFile.path_for(where)),
        )
    return None


def main(argv: list[str]) -> int:
    _utf8_when_redirected()
    streams = sys.stdout, sys.stderr
    # (None under pythonw on Windows: nothing to print to, nothing to wrap.)
    sys.stdout, sys.stderr = (s if s is None else _Printable(s) for s in streams)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = streams
        _entered.clear()  # a typed password lives as long as its command, not the process


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", cmd_gui)
    try:
        if args.db is not None and not args.db.strip():
            # An empty --db (an unset variable in a script) must not open the last database.
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "--db 后面的数据库文件名是空的"))
        return handler(args)
    except TSDeskError as err:
        print(f"错误：{err.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns a bug into one line
        from tsdesk.logs import log_exception

        message = _as_message(exc, args)
        if message is not None:
            print(f"错误：{message.message}", file=sys.stderr)
            return EXIT_ERROR
        where = log_exception(exc)
        print(f"内部错误（{type(exc).__name__}），详情见日志：{where}", file=sys.stderr)
        return EXIT_INTERNAL
