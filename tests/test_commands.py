"""The CLI's command groups live in tsdesk/commands, declared by their capabilities; they run
no SQL of their own, speak the GUI's language and never load Qt."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk import cli, i18n
from tsdesk.settings import machine_set

ROOT = Path(__file__).resolve().parent.parent


def test_real_commands_run_without_loading_qt(tmp_path):
    db = tmp_path / "data" / "noqt.tsdesk"
    script = textwrap.dedent(
        """
        import json, sys
        from tsdesk.cli import main
        db, out = sys.argv[1], sys.argv[2]
        runs = [
            ["init", "--company", "测试企业", "--admin", "admin"],
            ["secrets", "list"],
            ["carriers", "list", "--json"],
            ["audit", "verify"],
            ["audit", "list"],
            ["operators", "list"],
            ["labels", "templates"],
            ["labels", "log"],
            ["labels", "outline", "--template", "A4-3x8-70x37", "--out", out],
            ["forms", "list"],
        ]
        codes = [main(["--db", db, *run]) for run in runs]
        qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
        print("RESULT " + json.dumps({"codes": codes, "qt": qt}))
        """
    )
    env_password = {"TSDESK_KDF": "minimum", "TSDESK_PASSWORD": ADMIN_PASSWORD}
    done = subprocess.run(
        [sys.executable, "-c", script, str(db), str(tmp_path / "outline.pdf")],
        cwd=ROOT,
        env={**os.environ, **env_password},  # TSDESK_TEST_SUITE and the folders: conftest
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    result = json.loads(line.removeprefix("RESULT "))
    assert result == {"codes": [0] * 10, "qt": []}, done.stderr
    assert (tmp_path / "outline.pdf").stat().st_size > 0


_SQL = re.compile(r"\bselect\(|\.execute\(|\.scalars?\(|\.query\(|\bsqlalchemy\b|session\.get\(")


def test_commands_run_no_sql_of_their_own():
    """A query belongs to the service that owns the table (people.by_number, areas.by_number)."""
    sources = [ROOT / "tsdesk" / "cli.py", *sorted((ROOT / "tsdesk" / "commands").glob("*.py"))]
    offenders = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sources
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if _SQL.search(line)
    ]
    assert offenders == []


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_every_command_lives_in_a_declared_command_module():
    parser = cli.build_parser()
    top = _subcommands(parser)
    assert list(top) == [
        *("init", "demo", "gui", "rekey"),  # the vault itself first
        *("secrets", "carriers", "destruction", "labels", "stamp", "people", "agreements"),
        "noncompete",
        "training",
        *("incidents", "evidence"),  # issue 15: cases, and checking a file against evidence
        *("forms", "operators", "audit"),
    ]
    handlers = []
    for name, sub in top.items():
        if sub.get_default("handler") is not None:
            handlers.append((name, sub.get_default("handler")))
        else:
            handlers += [
                (f"{name} {n}", p.get_default("handler")) for n, p in _subcommands(sub).items()
            ]
    assert {"audit verify", "audit list", "operators passwd", "init", "rekey"} <= dict(
        handlers
    ).keys()
    # the command line's shared machinery holds no command
    assert [n for n, h in handlers if not h.__module__.startswith("tsdesk.commands.")] == []
    assert not [name for name in vars(cli) if name.startswith("cmd_")]


# A catalogue holding the strings this test reads, so that it does not wait for the shipped
# English catalogue to gain the CLI's new strings.
_TS = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">
<context><name>cli</name>
<message><source>错误：{text}</source><translation>Error: {text}</translation></message>
<message><source>审计链完整：共 {count} 条事件</source>
  <translation>Audit chain intact: {count} events</translation></message>
<message><source>新建数据库</source><translation>Create a new database</translation></message>
<message><source>审计链</source><translation>Audit chain</translation></message>
</context>
<context><name>errors</name>
<message><source>--db 后面的数据库文件名是空的</source>
  <translation>The database file name after --db is empty</translation></message>
</context></TS>"""


@pytest.fixture
def english(tmp_path, monkeypatch):
    """The machine set to English, as the GUI's settings page stores it."""
    ts = tmp_path / "tsdesk_en.ts"
    ts.write_text(_TS, "utf-8")
    qm = tmp_path / "tsdesk_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    shipped = i18n.catalogue_path
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: qm if lang == "en" else shipped(lang))
    machine_set("language", "en")
    monkeypatch.setenv("TSDESK_PASSWORD", ADMIN_PASSWORD)


def _init(db: Path) -> None:
    assert cli.main(["--db", str(db), "init", "--company", "测试企业", "--admin", ADMIN]) == 0


def test_the_cli_speaks_the_language_the_gui_was_set_to(english, tmp_path, capsys):
    assert cli.main(["--db", " ", "audit", "verify"]) == cli.EXIT_ERROR
    assert capsys.readouterr().err.strip() == "Error: The database file name after --db is empty"

    db = tmp_path / "data" / "en.tsdesk"
    _init(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "audit", "verify"]) == 0
    assert capsys.readouterr().out.strip() == "Audit chain intact: 2 events"

    with pytest.raises(SystemExit):
        cli.main(["--help"])
    shown = capsys.readouterr().out
    assert "Create a new database" in shown and "Audit chain" in shown
    assert "新建数据库" not in shown
    assert i18n.translate("cli", "错误：{text}") == "错误：{text}"  # only while a command runs


def test_a_lookup_by_number_belongs_to_its_service(opened):
    from tsdesk.errors import NotFoundError
    from tsdesk.services import areas, people

    with opened.vault.reader() as session:
        for service, number in ((people, "E-404"), (areas, "QY-404")):
            with pytest.raises(NotFoundError) as caught:
                service.by_number(session, f" {number} ")
            assert number in caught.value.message


def test_json_output_is_the_same_in_every_language(english, tmp_path, capsys):
    db = tmp_path / "data" / "json.tsdesk"
    _init(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "operators", "list", "--json"]) == 0
    in_english = json.loads(capsys.readouterr().out)
    machine_set("language", "zh_CN")
    assert cli.main(["--db", str(db), "operators", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == in_english


def test_chinese_stays_the_default(english, tmp_path, capsys):
    machine_set("language", "zh_CN")
    assert cli.main(["--db", "", "audit", "verify"]) == cli.EXIT_ERROR
    assert capsys.readouterr().err.strip() == "错误：--db 后面的数据库文件名是空的"


def test_the_shipped_english_catalogue_is_the_one_the_gui_setting_names(tmp_path, capsys):
    """The GUI stores "en" (its settings page lists tsdesk_<lang>.qm files): the CLI finds the
    same file for that code."""
    qm = i18n.catalogue_path("en")
    if not qm.exists():
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        ts = qm.with_suffix(".ts")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    machine_set("language", "en")
    assert cli.main(["--db", "", "audit", "verify"]) == cli.EXIT_ERROR
    assert "The database file name after --db is empty" in capsys.readouterr().err
