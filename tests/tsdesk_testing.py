"""Constants and small helpers the tests share (imported as `from tsdesk_testing import …`;
a module name no other folder's conftest can shadow)."""

import io
import logging
import os
import subprocess
import sys
from dataclasses import dataclass

ADMIN = "admin"
ADMIN_PASSWORD = "correct-horse-1"
COMPANY = "绍兴越丰精密机械有限公司"


def pdf_text(path) -> str:
    """A PDF's text laid out as on paper, as poppler (and a court clerk) reads it."""
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def pdf_qr_codes(path, dpi: int = 200) -> list[str]:
    """Every QR code on every page, as a scanner reads the paper rendered at `dpi`."""
    import pypdfium2
    import zxingcpp

    doc = pypdfium2.PdfDocument(str(path))
    try:
        return [
            code.text
            for page in doc
            for code in zxingcpp.read_barcodes(page.render(scale=dpi / 72).to_pil())
        ]
    finally:
        doc.close()


@dataclass
class Ran:
    """What a CLI run left: the fields of subprocess.CompletedProcess the tests read."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def invoke(*args: str, env: dict[str, str | None] | None = None, stdin: str = "") -> Ran:
    """`tsdesk ARGS` run in this process, as `python -m tsdesk ARGS` runs it: the same
    `main`, environment changes (None unsets) for the run only, standard input a pipe holding
    `stdin` (no terminal: nothing prompts), output captured as the UTF-8 bytes a pipe gets.
    A new interpreter costs about a second of CPU per command; what only a process shows (the
    entry point, exit status, a kill at a crash point) keeps its own tests (`run_process`).
    The key-derivation cost is the suite's (conftest's `_isolated` fixture)."""
    from tsdesk import cli, crashpoints

    changes = dict(env or {})
    armed = (
        changes[crashpoints.ENV] if crashpoints.ENV in changes else os.environ.get(crashpoints.ENV)
    )
    if armed:  # it would end pytest's own process
        raise AssertionError("a crash point ends its process: use run_process")
    out, err = _pipe(), _pipe()
    saved_env = {name: os.environ.get(name) for name in changes}
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    handlers = list(logging.getLogger("tsdesk").handlers)
    try:
        _set_env(changes)
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
        try:
            code = cli.main(list(args))
        except SystemExit as exc:  # argparse: --version, a usage error
            code = _exit_status(exc.code, err)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        _set_env(saved_env)
        _close_new_handlers(handlers)
    return Ran(list(args), code, _written(out), _written(err))


def _pipe() -> io.TextIOWrapper:
    """Like a pipe's standard stream: UTF-8 bytes underneath, no terminal, no newline change."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")


def _set_env(values: dict[str, str | None]) -> None:
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def _exit_status(code, err) -> int:
    """What the interpreter makes of sys.exit(code)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)
    return 1


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")


def _close_new_handlers(before: list) -> None:
    """A process would close the log file it opened (an error's details) when it ends."""
    root = logging.getLogger("tsdesk")
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def run_process(
    *args: str, env: dict[str, str | None] | None = None, stdin=subprocess.DEVNULL, **kw
) -> subprocess.CompletedProcess:
    """`python -m tsdesk ARGS` in a new interpreter, for what only a process shows: the entry
    point, its exit status, a kill at a crash point, standard input that is no pipe of ours.
    `env` changes this environment (None unsets); output is read as UTF-8 (the CLI writes
    UTF-8 to pipes, not the locale's code page)."""
    environ = dict(os.environ)
    for name, value in (env or {}).items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    return subprocess.run(
        [sys.executable, "-m", "tsdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        stdin=stdin,
        **kw,
    )


def run_cli(*args: str) -> Ran:
    """`tsdesk ARGS` as the admin (TSDESK_PASSWORD), with no terminal to prompt at."""
    return invoke(*args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD})


def read(vault, query, *args, **kwargs):
    """`query(session, *args, **kwargs)` in a read session of its own: services' reads take a
    Session, and a test often has only the vault at hand."""
    with vault.reader() as session:
        return query(session, *args, **kwargs)
