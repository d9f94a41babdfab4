"""The installer's Simplified Chinese messages (installer/languages/ChineseSimplified.isl, our
own translation of Inno Setup 6.4.1's Default.isl) keep every key, placeholder and accelerator
of the English, checked with tools/check_isl.py against the English key list saved in
installer/languages/Default-keys.txt, so that no Inno Setup is needed here."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ROOT / "installer" / "languages"
CHINESE = LANGUAGES / "ChineseSimplified.isl"
KEYS = LANGUAGES / "Default-keys.txt"


def _load_check_isl():
    spec = importlib.util.spec_from_file_location("check_isl", ROOT / "tools" / "check_isl.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


check_isl = _load_check_isl()


def _default_isl() -> Path | None:
    """Inno Setup's own Default.isl, when Inno Setup is on this machine."""
    candidates = [os.environ.get("INNO_SETUP_DEFAULT_ISL", "")]
    for var in ("ProgramFiles(x86)", "ProgramFiles"):
        if os.environ.get(var):
            candidates.append(str(Path(os.environ[var]) / "Inno Setup 6" / "Default.isl"))
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def test_chinese_has_every_key_placeholder_and_accelerator():
    reference = check_isl.reference_specs(KEYS)
    assert len(reference["Messages"]) > 250
    assert len(reference["CustomMessages"]) >= 10
    assert check_isl.check(CHINESE, reference) == []


def test_chinese_is_utf8_with_bom_and_crlf():
    data = CHINESE.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")
    assert b"\n" in data
    assert data.count(b"\n") == data.count(b"\r\n"), "every line ends with CRLF"
    assert data.count(b"\r") == data.count(b"\r\n"), "no lone CR"


def test_chinese_lang_options():
    isl = check_isl.parse_isl(check_isl.read_text(CHINESE))
    options = isl.sections["LangOptions"]
    assert options["LanguageID"] == "$0804"
    assert options["LanguageCodePage"] == "936"
    name = re.sub(
        r"<([0-9A-Fa-f]{4})>", lambda m: chr(int(m.group(1), 16)), options["LanguageName"]
    )
    assert name == "简体中文"
    assert options["LanguageName"].isascii()


def test_chinese_is_translated():
    """Every message that has letters in English has Chinese in it (nothing left in English),
    except the few that are names or numbers in every language."""
    isl = check_isl.parse_isl(check_isl.read_text(CHINESE))
    untranslated_ok = {"ButtonOK", "ComponentSize1", "ComponentSize2"}
    left = [
        key
        for section in check_isl.SECTIONS
        for key, value in isl.sections[section].items()
        if key not in untranslated_ok
        and re.search(r"[A-Za-z]{3}", re.sub(r"%n|\[[a-z/]+\]", "", value))
        and not re.search(r"[\u4e00-\u9fff]", value)
    ]
    assert left == []


def test_key_list_matches_inno_setups_default_isl(tmp_path):
    default = _default_isl()
    if default is None:
        pytest.skip("Inno Setup's Default.isl not here (set INNO_SETUP_DEFAULT_ISL to check)")
    out = tmp_path / "keys.txt"
    assert check_isl.main(["--write-keys", str(out), str(default)]) == 0
    assert check_isl.parse_keys(out.read_text("utf-8")) == check_isl.parse_keys(
        KEYS.read_text("utf-8")
    )
    assert check_isl.main([str(default), str(CHINESE)]) == 0


# --- the checker itself, on small made-up files --------------------------------------------

ENGLISH = """\ufeff; English
[LangOptions]
LanguageName=English
LanguageID=$0409
LanguageCodePage=0
[Messages]
SetupWindowTitle=Setup - %1
ButtonNext=&Next >
WelcomeLabel2=This will install [name/ver].%n%nClose other programs.
BeveledLabel=
[CustomMessages]
LaunchProgram=Launch %1
"""

GOOD = """; 中文
[LangOptions]
LanguageName=<4E2D><6587>
LanguageID=$0804
LanguageCodePage=936
[Messages]
SetupWindowTitle=安装 - %1
ButtonNext=下一步(&N) >
WelcomeLabel2=即将安装 [name/ver]。%n%n请关闭其他程序。
BeveledLabel=
[CustomMessages]
LaunchProgram=运行 %1
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="\r\n")
    return path


def _problems(tmp_path: Path, translated: str) -> list[str]:
    reference = check_isl.reference_specs(_write(tmp_path, "Default.isl", ENGLISH))
    return check_isl.check(_write(tmp_path, "T.isl", translated), reference)


def test_checker_accepts_a_good_translation(tmp_path):
    assert _problems(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("LaunchProgram=运行 %1\n", "", "[CustomMessages] LaunchProgram: missing"),
        (
            "BeveledLabel=\n",
            "BeveledLabel=\nExtra=多余\n",
            "[Messages] Extra: not in the reference",
        ),
        ("安装 - %1", "安装", "[Messages] SetupWindowTitle: placeholder %1 missing"),
        ("安装 - %1", "安装 - %1 %2", "[Messages] SetupWindowTitle: placeholder %2 not in the"),
        ("[name/ver]", "[name]", "[Messages] WelcomeLabel2: placeholder [name/ver] missing"),
        ("。%n%n请", "。请", "[Messages] WelcomeLabel2: placeholder %n missing"),
        ("运行 %1", "", "[CustomMessages] LaunchProgram: empty"),
        ("下一步(&N) >", "下一步 >", "[Messages] ButtonNext: needs one & accelerator, has 0"),
        ("下一步(&N) >", "&下一步(&N) >", "[Messages] ButtonNext: needs one & accelerator, has 2"),
        ("运行 %1", "运行(&R) %1", "[CustomMessages] LaunchProgram: has an & accelerator"),
        ("BeveledLabel=\n", "BeveledLabel=\nBeveledLabel=\n", "duplicate key [Messages] Beveled"),
        ("LanguageID=$0804\n", "", "[LangOptions] LanguageID is missing or empty"),
    ],
)
def test_checker_finds(tmp_path, old, new, problem):
    assert old in GOOD
    problems = _problems(tmp_path, GOOD.replace(old, new))
    assert any(p.startswith(problem) for p in problems), problems


def test_checker_allows_literal_percent_and_ampersand(tmp_path):
    text = GOOD.replace("运行 %1", "运行 %1（100%%，A&&B）")
    assert _problems(tmp_path, text) == []


def test_checker_rejects_non_utf8(tmp_path):
    reference = check_isl.reference_specs(_write(tmp_path, "Default.isl", ENGLISH))
    path = tmp_path / "T.isl"
    path.write_bytes(GOOD.encode("gb18030"))
    assert check_isl.check(path, reference)[0].startswith("not UTF-8")


def test_key_list_round_trip_and_cli(tmp_path, capsys):
    default = _write(tmp_path, "Default.isl", ENGLISH)
    keys = tmp_path / "keys.txt"
    assert check_isl.main(["--write-keys", str(keys), str(default)]) == 0
    text = keys.read_text("utf-8")
    assert "ButtonNext &\n" in text
    assert "BeveledLabel (empty)\n" in text
    assert "WelcomeLabel2 %n [name/ver]\n" in text
    assert check_isl.parse_keys(text) == check_isl.reference_specs(default)

    good = _write(tmp_path, "good.isl", GOOD)
    bad = _write(tmp_path, "bad.isl", GOOD.replace("运行 %1", "运行"))
    assert check_isl.main([str(keys), str(good)]) == 0
    assert check_isl.main([str(keys), str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "good.isl: OK" in out
    assert "LaunchProgram: placeholder %1 missing" in out
