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

from tsdesk import __version__, capabilities, i18n, paths
from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError, ValidationError, VaultError
from tsdesk.i18n import translate

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
    if confirm and getpass.getpass(translate("cli", "再次输入: ")) != value:
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
        warning = translate(
            "cli",
            "写在命令行上的恢复密钥，本机其他用户可在进程列表中看到。"
            "请改用环境变量 {env}、--recovery-key-file 文件或 --recovery-key -（提示输入）。",
        )
        print(warned(warning.format(env=RECOVERY_ENV)), file=sys.stderr)
        return args.recovery_key
    return os.environ.get(RECOVERY_ENV) or None


def ask_recovery_key() -> str:
    """No-echo prompt on a terminal; otherwise one line from standard input (a pipe)."""
    if sys.stdin.isatty():
        return getpass.getpass(translate("cli", "恢复密钥: "))
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
        print(warned(message(problem)), file=sys.stderr)
    if key is not None:
        return Vault.unlock_with_recovery_key(path, key, read_only=read_only)
    if password is None:
        prompt = translate("cli", "{name} 的密码: ").format(name=args.user)
        password = password_from_env("TSDESK_PASSWORD", prompt)
    try:
        return Vault.unlock(path, args.user, password, read_only=read_only)
    except (KeySlotFileMissing, SlotFileDamaged, SlotFileMismatch) as err:
        if not sys.stdin.isatty():
            raise
        print(message(err), file=sys.stderr)  # asked: the recovery key still opens
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


def message(err: TSDeskError) -> str:
    """An error's message in the user's language."""
    return err.translated(translate)


def warned(text: str) -> str:
    return translate("cli", "警告：{text}").format(text=text)


def print_json(value) -> None:
    """Language-neutral output for scripts: keys and values are never translated."""
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


# --- parser ---------------------------------------------------------------------------------


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; without `commands`, only the options before a command."""
    parser = argparse.ArgumentParser(
        prog="tsdesk", description=translate("cli", "TSDesk 商业秘密保护管理桌面系统")
    )
    parser.add_argument("--version", action="version", version=f"TSDesk {__version__}")
    parser.add_argument("--db", help=translate("cli", "数据库文件（默认：上次打开的数据库）"))
    parser.add_argument(
        "--user",
        default=os.environ.get("TSDESK_USER", "admin"),
        help=translate("cli", "操作员名（默认 admin）"),
    )
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--recovery-key",
        metavar="-",
        help=translate(
            "cli", "用恢复密钥代替密码打开：“-”为不回显地输入（也可用环境变量 TSDESK_RECOVERY_KEY）"
        ),
    )
    given.add_argument(
        "--recovery-key-file", metavar="PATH", help=translate("cli", "从文件读取恢复密钥")
    )
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str, parent=sub):
        # A help text marked QT_TRANSLATE_NOOP("cli", …) is shown in the user's language.
        p = parent.add_parser(name, help=translate("cli", help_text))
        p.set_defaults(handler=handler)
        return p

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


def _speak_the_language() -> None:
    """The CLI speaks the language the GUI was set to (the machine setting `language`)."""
    from tsdesk.settings import machine_get

    try:
        language = machine_get("language")
    except OSError:  # the config folder cannot be made: the source language
        language = i18n.SOURCE_LANGUAGE
    i18n.use(language)


Handler = Callable[[argparse.Namespace], int]


def main(argv: list[str], default: Handler | None = None) -> int:
    """Run one command; `default` runs when none is given (the entry point passes the GUI,
    which the CLI itself never imports)."""
    _utf8_when_redirected()
    _speak_the_language()
    streams = sys.stdout, sys.stderr
    # (None under pythonw on Windows: nothing to print to, nothing to wrap.)
    sys.stdout, sys.stderr = (s if s is None else _Printable(s) for s in streams)
    try:
        return _run(argv, default)
    finally:
        sys.stdout, sys.stderr = streams
        _entered.clear()  # a typed password lives as long as its command, not the process
        i18n.use(None)  # and so does the language: read afresh by the next command


def failed(text: str) -> str:
    """The one line an error prints on stderr."""
    return translate("cli", "错误：{text}").format(text=text)


def _default_args(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` names no command (the GUI starts), read without loading the
    command groups (some import the models: start-up time); None when it names one."""
    if "-h" in argv or "--help" in argv:
        return None  # the help lists the commands
    args, rest = build_parser(commands=False).parse_known_args(argv)
    return None if rest else args


def _run(argv: list[str], default: Handler | None) -> int:
    args = _default_args(argv) if default is not None else None
    if args is None:
        args = build_parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None) or default
    if handler is None:
        build_parser().print_usage(sys.stderr)
        return EXIT_ERROR
    try:
        if args.db is not None and not args.db.strip():
            # An empty --db (an unset variable in a script) must not open the last database.
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "--db 后面的数据库文件名是空的"))
        return handler(args)
    except TSDeskError as err:
        print(failed(message(err)), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(translate("cli", "已取消"), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns a bug into one line
        from tsdesk.logs import log_exception

        known = _as_message(exc, args)
        if known is not None:
            print(failed(message(known)), file=sys.stderr)
            return EXIT_ERROR
        where = log_exception(exc)
        text = translate("cli", "内部错误（{kind}），详情见日志：{log}")
        print(text.format(kind=type(exc).__name__, log=where), file=sys.stderr)
        return EXIT_INTERNAL
