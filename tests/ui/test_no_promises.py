"""Issue 8 §2: the screens promise nothing TSDesk does not do yet. Until a module exists, no
text in the UI may send the user to it (the lost-carrier dialog once asked for an emergency
procedure; the secret dialog once summed measures up from agreements that cannot be entered).
When the module lands, its words come off this list."""

from __future__ import annotations

import ast
from pathlib import Path

import tsdesk

NOT_YET: dict[str, str] = {}
UI = Path(tsdesk.__file__).parent / "ui"


def ui_strings() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((path.relative_to(UI).as_posix(), node.lineno, node.value))
    return found


def test_no_screen_text_names_a_module_that_does_not_exist():
    strings = ui_strings()
    assert len(strings) > 500  # the walk saw the UI's texts
    promised = [
        f"{where}:{line}: “{text}” ({NOT_YET[word]})"
        for where, line, text in strings
        for word in NOT_YET
        if word in text
    ]
    assert promised == []
