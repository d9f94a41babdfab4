"""tsdesk/i18n.py reads Qt's compiled catalogues as QTranslator does, without Qt."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tsdesk import i18n

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tsdesk_en.ts"


def lrelease(ts: Path, qm: Path, *options: str) -> Path:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", *options, str(ts), "-qm", str(qm)], check=True)
    return qm


def _messages() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.findtext("comment") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


@pytest.mark.parametrize("options", [(), ("-compress",)], ids=["plain", "compressed"])
def test_reader_agrees_with_qtranslator_on_every_message(tmp_path, options):
    from PySide6.QtCore import QTranslator

    qm = lrelease(TS, tmp_path / "en.qm", *options)
    qt = QTranslator()
    assert qt.load(str(qm))
    ours = i18n.Catalogue.load(qm)
    messages = _messages()
    assert len(messages) > 1000
    differ = []
    for context, source, comment in messages:
        for ctx in (context, context + "_elsewhere"):  # a known text in an unknown context
            expected = qt.translate(ctx, source, comment or None)
            if (ours.lookup(ctx, source, comment) or "") != expected:
                differ.append((ctx, source))
    assert differ == []
    assert ours.lookup("errors", "操作员名或密码错误") == "Wrong operator name or password"
    assert ours.lookup("errors", "从未出现过的文字") is None


def test_a_comment_disambiguates_and_falls_back_like_qt(tmp_path):
    from PySide6.QtCore import QTranslator

    ts = tmp_path / "x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">
<context><name>cli</name>
<message><source>打开</source><translation>Open</translation></message>
<message><source>打开</source><comment>门</comment><translation>Unlock</translation></message>
<message><source>空</source><translation></translation></message>
</context></TS>""",
        "utf-8",
    )
    for options in ((), ("-compress",)):
        qm = lrelease(ts, tmp_path / "x.qm", *options)
        qt, ours = QTranslator(), i18n.Catalogue.load(qm)
        assert qt.load(str(qm))
        for comment in ("", "门", "窗"):
            found = ours.lookup("cli", "打开", comment)
            assert found == qt.translate("cli", "打开", comment or None)
        assert ours.lookup("cli", "打开", "门") == "Unlock"
        assert ours.lookup("cli", "打开", "窗") == "Open"  # unknown comment: the plain one
        assert (ours.lookup("cli", "空") or "") == qt.translate("cli", "空")


def test_translate_follows_the_language_in_use(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: lrelease(TS, tmp_path / "en.qm"))
    try:
        assert i18n.use("en")
        assert i18n.translate("errors", "操作员名或密码错误") == "Wrong operator name or password"
        assert i18n.translate("errors", "从未出现过的文字") == "从未出现过的文字"
        assert i18n.use("zh_CN")
        assert i18n.translate("errors", "操作员名或密码错误") == "操作员名或密码错误"
    finally:
        i18n.use(None)


@pytest.mark.parametrize("content", [None, b"", b"not a catalogue", i18n.MAGIC + b"\x42"])
def test_a_missing_or_damaged_catalogue_leaves_chinese(tmp_path, monkeypatch, content):
    qm = tmp_path / "tsdesk_xx.qm"
    if content is not None:
        qm.write_bytes(content)
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: qm)
    try:
        assert i18n.use("xx") is (content == i18n.MAGIC + b"\x42")  # an empty one loads
        assert i18n.translate("errors", "操作员名或密码错误") == "操作员名或密码错误"
    finally:
        i18n.use(None)
