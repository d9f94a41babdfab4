"""Constants and small helpers the tests share (imported as `from tsdesk_testing import …`;
a module name no other folder's conftest can shadow)."""

import os
import subprocess
import sys

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


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """`python -m tsdesk ARGS` as the admin, with no terminal to prompt at, output as UTF-8
    (the CLI writes UTF-8 to pipes, not the locale's code page)."""
    env = {**os.environ, "TSDESK_KDF": "minimum", "TSDESK_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run(
        [sys.executable, "-m", "tsdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
    )


def read(vault, query, *args, **kwargs):
    """`query(session, *args, **kwargs)` in a read session of its own: services' reads take a
    Session, and a test often has only the vault at hand."""
    with vault.reader() as session:
        return query(session, *args, **kwargs)
