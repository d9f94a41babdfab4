"""English ships complete: every string the code marks for translation is in the .ts and
translated (zh_CN is the source language)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tsdesk_en.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
    }


def test_every_entry_is_translated():
    messages = _messages(TS)
    assert len(messages) > 100
    untranslated = [
        f"{ctx}: {src}"
        for (ctx, src), tr in messages.items()
        if tr is None
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not (tr.text or "").strip()
    ]
    assert untranslated == []


def test_ts_covers_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.fail("pyside6-lupdate not found next to the interpreter")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "tsdesk").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert missing == set(), (
        f"run `python tools/dev.py translations --update` and translate: {sorted(missing)[:10]}"
    )


def test_english_catalogue_loads_into_qt(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = TS.with_suffix(".qm")
    if not qm.exists():
        subprocess.run(
            [str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent", str(TS)],
            check=True,
        )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("errors", "操作员名或密码错误") != "操作员名或密码错误"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_strings_given_to_a_translate_helper_are_in_the_catalogue():
    """A module's `_p("是")`-style helper calls QCoreApplication.translate with a variable,
    which lupdate cannot see: each literal passed to one must be marked (QT_TRANSLATE_NOOP)
    somewhere, or English shows Chinese (the people page once showed 是 and 缺失)."""
    import re

    sources: dict[str, set[str]] = {}
    for ctx, src in _messages(TS):
        sources.setdefault(ctx, set()).add(src)
    helper = re.compile(
        r'def (\w+)\(text: str\) -> str:\n\s+return QCoreApplication\.translate\("([^"]+)", text\)'
    )
    missing = []
    for path in sorted((ROOT / "tsdesk").rglob("*.py")):
        code = path.read_text("utf-8")
        for name, ctx in helper.findall(code):
            for text in re.findall(rf'\b{name}\("([^"]+)"\)', code):
                if text not in sources.get(ctx, set()):
                    missing.append(f"{path.relative_to(ROOT)}: {name}({text!r}) in {ctx}")
    assert missing == []
