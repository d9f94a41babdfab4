"""Things that differ on Windows (issue 10), checked on every platform where possible.

- Windows reports NUL (any character device) as a tty: the CLI must not wait at a password
  prompt when stdin is NUL, only when a person sits at a real console.
- Text read from a subprocess is decoded with the locale's code page unless the call says
  otherwise (cp936 on a Chinese Windows): the tests must decode the CLI's UTF-8 as UTF-8.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tsdesk import cli
from tsdesk.errors import ValidationError

TESTS = Path(__file__).resolve().parent


class _NulLikeStdin:
    """What Windows gives a program whose stdin is NUL: isatty() is True, yet no console."""

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return 0


@pytest.fixture
def windows_stdin(monkeypatch):
    prompted = []
    monkeypatch.delenv("TSDESK_PASSWORD", raising=False)
    monkeypatch.setattr(cli, "WINDOWS", True)
    monkeypatch.setattr(sys, "stdin", _NulLikeStdin())
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": prompted.append(prompt) or "pw")
    return prompted


def test_nul_stdin_on_windows_asks_for_the_environment_variable(windows_stdin, monkeypatch):
    monkeypatch.setattr(cli, "_windows_console_mode", lambda fd: False)  # NUL: no console mode
    with pytest.raises(ValidationError) as raised:
        cli.password_from_env("TSDESK_PASSWORD", "密码: ")
    assert "TSDESK_PASSWORD" in raised.value.message
    assert windows_stdin == []  # never prompted: nobody could answer


def test_real_console_on_windows_prompts(windows_stdin, monkeypatch):
    monkeypatch.setattr(cli, "_windows_console_mode", lambda fd: True)
    assert cli.password_from_env("TSDESK_PASSWORD", "密码: ") == "pw"
    assert windows_stdin == ["密码: "]


def test_output_to_nul_on_windows_is_utf8(monkeypatch):
    """`tsdesk ... > NUL` on an English Windows: NUL passes for a tty, but the console's
    UTF-16 path is not used for it, so Chinese would not encode in cp1252."""

    class NulLikeStdout(_NulLikeStdin):
        encodings: list[str] = []

        def reconfigure(self, encoding, errors):
            self.encodings.append(encoding)

    out, err = NulLikeStdout(), NulLikeStdout()
    monkeypatch.setattr(cli, "WINDOWS", True)
    monkeypatch.setattr(cli, "_windows_console_mode", lambda fd: False)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    cli._utf8_when_redirected()
    assert NulLikeStdout.encodings == ["utf-8", "utf-8"]


@pytest.mark.skipif(os.name != "nt", reason="NUL passes for a tty on Windows only")
def test_nul_is_a_tty_but_not_a_console_on_windows():
    with open(os.devnull) as nul:
        assert nul.isatty()
        assert not cli.is_console(nul)


def test_cli_with_stdin_from_nul_fails_fast_without_password(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TSDESK_PASSWORD")}
    done = subprocess.run(
        [sys.executable, "-m", "tsdesk", "--db", str(tmp_path / "x.tsdesk"), "audit", "verify"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,  # the old code waited for a password here on Windows
    )
    assert done.returncode == cli.EXIT_ERROR
    assert "TSDESK_PASSWORD" in done.stderr


def _text_calls_without_encoding(path: Path) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            keywords = {k.arg: k.value for k in node.keywords if k.arg}
            text = keywords.get("text") or keywords.get("universal_newlines")
            if isinstance(text, ast.Constant) and text.value is True and "encoding" not in keywords:
                lines.append(node.lineno)
    return lines


def test_subprocess_text_is_decoded_as_utf8_in_tests():
    offenders = [
        f"{path.relative_to(TESTS)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        for line in _text_calls_without_encoding(path)
    ]
    assert offenders == [], "text=True without encoding='utf-8' (cp936 on Chinese Windows)"
