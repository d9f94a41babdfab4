"""Paper and screens never show internal references such as `003 §6.2.1` or `004 第十条`
(issue 8 §1): rules are cited in code comments, and in plain words where the user benefits."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A section sign, or a seed number next to a section or an article.
REFERENCE = re.compile(r"§|\b00[0-4]\s*第[一二三四五六七八九十百\d]+条")


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, kinds)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def visible_strings() -> list[tuple[str, int, str]]:
    """Every string literal in tsdesk/ that is not a docstring, and every text of a form."""
    found = []
    for path in sorted((ROOT / "tsdesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
            ):
                found.append((str(path.relative_to(ROOT)), node.lineno, node.value))
    for path in sorted((ROOT / "resources" / "forms").rglob("*.json")):
        form = json.loads(path.read_text(encoding="utf-8"))
        texts = [form["title"], form.get("subtitle", ""), form.get("annex", "")]
        texts += [cell.get("label", "") for row in form["rows"] for cell in row]
        found += [(str(path.relative_to(ROOT)), 0, t) for t in texts]
    return found


def test_no_user_visible_string_cites_a_seed_section():
    offending = [f"{p}:{n}: {s[:60]}" for p, n, s in visible_strings() if REFERENCE.search(s)]
    assert offending == []


def test_the_scan_sees_strings_and_would_catch_a_reference():
    strings = [s for _, _, s in visible_strings()]
    assert "商业秘密台账" in strings
    assert REFERENCE.search("构成要件（003 §6.2.1）")
    assert REFERENCE.search("保护工作领导小组（004 第十条）")
    assert not REFERENCE.search("依据《海淀区互联网企业商业秘密保护指引》第6.2.1条")
