"""House rules from shared/DESIGN.md that a test can hold: which package may import which,
no import cycles, Qt only in the UI. docs/ARCHITECTURE.md describes the layers.

    python tests/test_architecture.py    prints the figures per layer (modules, edges, cycles,
                                          upward edges)
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tsdesk"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)

# Each module's layer, by the longest matching prefix. `tsdesk.settings` declares every
# setting and reads/writes the machine settings file with vault/atomic.py: it sits beside the
# services (the vault keeps its own default notice, vault/banner.py, and never reads it).
LAYER_OF_PREFIX = {
    "tsdesk.__main__": "ui",  # the entry point: the GUI without a command, the CLI with one
    "tsdesk.ui": "ui",
    "tsdesk.cli": "cli",
    "tsdesk.commands": "cli",
    "tsdesk.demo": "demo",  # the demo database: every module's sample rows, through services
    "tsdesk.services": "services",
    "tsdesk.settings": "services",
    "tsdesk.documents": "documents",
    "tsdesk.vault": "vault",
    "tsdesk.models": "models",
    # What each module declares (pages, commands, services as dotted strings, its settings):
    # read by the window, the CLI and the services, so it imports nothing above the vault.
    "tsdesk.capabilities": "capabilities",
    "tsdesk": "base",  # tsdesk/__init__, errors, paths, crashpoints, logs
}
LAYERS = ["ui", "cli", "demo", "services", "documents", "capabilities", "vault", "models", "base"]
# Which layers each layer may import (itself included). Nothing but the UI imports the UI.
MAY_IMPORT = {
    "ui": set(LAYERS),
    "cli": {"cli", "demo", "services", "documents", "capabilities", "vault", "models", "base"},
    "demo": {"demo", "services", "documents", "capabilities", "vault", "models", "base"},
    "services": {"services", "documents", "capabilities", "vault", "models", "base"},
    "documents": {"documents", "base"},
    "capabilities": {"capabilities", "vault", "models", "base"},
    "vault": {"vault", "models", "base"},
    "models": {"models", "base"},
    "base": {"base"},
}
# Upward imports allowed on purpose, each with its reason.
ALLOWED_UPWARD = {
    # The GUI is the CLI's default command; imported inside cmd_gui so that no other command
    # loads Qt (test_services_import_without_qt).
    ("tsdesk.commands.vault", "tsdesk.ui.app"),
}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int
    lazy: bool  # inside a function: runs when called, not when the module is imported
    typing_only: bool  # under `if TYPE_CHECKING:`: never runs


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> str:
    best = max((p for p in LAYER_OF_PREFIX if module == p or module.startswith(p + ".")), key=len)
    return LAYER_OF_PREFIX[best]


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The module of ours `name` names (a module or an attribute of a package)."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(module: str, path: Path, known: dict[str, Path]) -> list[Edge]:
    """Every import of ours in the module, at any depth: lazy imports count too."""
    is_package = path.name == "__init__.py"
    found: list[Edge] = []

    def visit(node: ast.AST, lazy: bool, typing_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            targets: list[str] = []
            if isinstance(child, ast.Import):
                targets = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom):
                if child.level:  # relative: from the module's package
                    base = module.split(".")
                    base = base[: len(base) - child.level + (1 if is_package else 0)]
                    stem = ".".join(base + ([child.module] if child.module else []))
                else:
                    stem = child.module or ""
                targets = [f"{stem}.{a.name}" for a in child.names]
            for target in targets:
                resolved = _resolve(target, known)
                if resolved and resolved != module:
                    found.append(Edge(module, resolved, child.lineno, lazy, typing_only))
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(child, True, typing_only)
            elif isinstance(child, ast.If) and _is_type_checking(child.test):
                for stmt in child.body:
                    visit(ast.Module(body=[stmt], type_ignores=[]), lazy, True)
                for stmt in child.orelse:
                    visit(ast.Module(body=[stmt], type_ignores=[]), lazy, typing_only)
            else:
                visit(child, lazy, typing_only)

    visit(ast.parse(path.read_text("utf-8"), str(path)), False, False)
    return found


def all_edges() -> list[Edge]:
    """One edge per importing module and imported module: the first import, preferring one
    that runs when the module is imported."""
    known = modules()
    first: dict[tuple[str, str], Edge] = {}
    for name, path in known.items():
        for e in imports(name, path, known):
            key = (e.source, e.target)
            held = first.get(key)
            if held is None or (held.lazy or held.typing_only) > (e.lazy or e.typing_only):
                first[key] = e
    return list(first.values())


def upward(edges: list[Edge]) -> list[Edge]:
    return [e for e in edges if layer_of(e.target) not in MAY_IMPORT[layer_of(e.source)]]


def cycles(edges: list[Edge], with_lazy: bool = False) -> list[list[str]]:
    """Strongly connected components (more than one module) of the import-time graph.

    Only imports that run when a module is imported count: a function-level import runs later,
    when every module is loaded, so it cannot deadlock an import. Lazy imports are still held
    to the layer table above, so they cannot hide an upward dependency."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        if not e.typing_only and (with_lazy or not e.lazy):
            graph.setdefault(e.source, set()).add(e.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def _described(edges: list[Edge]) -> list[str]:
    known = modules()
    return [
        f"{known[e.source].relative_to(ROOT)}:{e.line}: {e.source} ({layer_of(e.source)}) "
        f"imports {e.target} ({layer_of(e.target)}){' lazily' if e.lazy else ''}"
        for e in edges
    ]


def test_layers_import_only_downward():
    found = {(e.source, e.target): e for e in upward(all_edges())}
    unexpected = [e for key, e in found.items() if key not in ALLOWED_UPWARD]
    assert _described(unexpected) == []


def test_allowed_upward_imports_are_still_needed():
    """An entry in the allow-list that no longer happens must go, so the list only shrinks."""
    found = {(e.source, e.target) for e in upward(all_edges())}
    assert ALLOWED_UPWARD - found == set()


def test_no_import_cycles():
    assert cycles(all_edges()) == []


def test_function_level_imports_close_cycles_only_in_the_ui():
    """Decided: a function-level import may close a cycle only between UI modules, where a
    dialog opens another that opens it back (secret ↔ grading dialog) or the window asks the
    application for its fonts; it runs at click time, with every module loaded. Below the UI a
    cycle means a rule in the wrong layer (as the vault calling the operators service was)."""
    below_ui = [
        c for c in cycles(all_edges(), with_lazy=True) if {layer_of(m) for m in c} != {"ui"}
    ]
    assert below_ui == []


def test_the_checker_sees_lazy_relative_and_upward_imports(tmp_path, monkeypatch):
    """The rules above are only as good as the import finder: feed it a small tree."""
    tree = tmp_path / "tsdesk"
    (tree / "vault").mkdir(parents=True)
    (tree / "services").mkdir()
    for init in ("__init__.py", "vault/__init__.py", "services/__init__.py"):
        (tree / init).write_text("")
    (tree / "errors.py").write_text("")
    (tree / "services" / "rules.py").write_text("from ..errors import x\n")
    (tree / "vault" / "vault.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from tsdesk.vault.other import T\n"
        "def create():\n    from tsdesk.services import rules\n"
    )
    (tree / "vault" / "other.py").write_text("from tsdesk.vault import vault\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tree)
    edges = all_edges()
    assert {(e.source, e.target, e.lazy) for e in upward(edges)} == {
        ("tsdesk.vault.vault", "tsdesk.services.rules", True)
    }
    assert ("tsdesk.services.rules", "tsdesk.errors") in {(e.source, e.target) for e in edges}
    assert cycles(edges) == []  # the TYPE_CHECKING import never runs
    (tree / "vault" / "vault.py").write_text("from tsdesk.vault.other import T\n")
    assert cycles(all_edges()) == [["tsdesk.vault.other", "tsdesk.vault.vault"]]


# Services that still take the Vault (reads take a Session, writes a UnitOfWork).
SERVICES_TAKING_THE_VAULT = {
    # these work on the vault itself, not inside one transaction: a rekey replaces the data
    # key and the database file, confirming it retires the old key, and the recovery sheet
    # needs the slot file's vault id and company banner; the chain check signs how far it got
    # with the data key; the full verify reads the slot file's head, authenticated with it
    "vault_admin": {
        "rekey",
        "confirm_rekey",
        "write_recovery_sheet",
        "check_chain",
        "note_chain",
        "verify_all",
        "backup_anchors",
    },
    # a backup snapshots the file under the data key outside any transaction; verify, drill
    # and restore open the backup with that key and the slots (issue 17)
    "backup": {"create", "verify", "drill", "restore"},
}


def services_taking_the_vault() -> dict[str, set[str]]:
    """Functions in tsdesk/services with a parameter annotated `Vault`."""
    found: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                names = {
                    n.id for a in args if a.annotation for n in ast.walk(a.annotation)
                    if isinstance(n, ast.Name)
                }  # fmt: skip
                if "Vault" in names:
                    found.setdefault(path.stem, set()).add(node.name)
    return found


DOC = ROOT / "docs" / "ARCHITECTURE.md"


def documented_layers() -> dict[str, tuple[list[str], set[str]]]:
    """The layer table of docs/ARCHITECTURE.md: layer → (its packages, the layers it may
    import besides itself)."""
    text = DOC.read_text("utf-8")
    table = text.split("<!-- layers: checked by tests/test_architecture.py -->")[1]
    table = table.split("<!-- /layers -->")[0]
    rows = [line.strip("|").split("|") for line in table.strip().splitlines()[2:]]
    return {
        layer.strip(): (
            re.findall(r"`([^`]+)`", packages),
            {m.strip() for m in may.split(",") if m.strip() not in ("", "—")},
        )
        for layer, packages, may in rows
    }


def test_architecture_page_states_the_enforced_layers():
    documented = documented_layers()
    assert list(documented) == LAYERS
    for layer, (packages, may) in documented.items():
        assert may | {layer} == MAY_IMPORT[layer], layer
        for package in packages:
            assert (ROOT / package).exists(), package
            assert layer_of(module_name(ROOT / package)) == layer, package
    listed_base = set(documented["base"][0])
    actual_base = {
        str(path.relative_to(ROOT))
        for module, path in modules().items()
        if layer_of(module) == "base"
    }
    assert actual_base == listed_base  # a new base module is named on the page


def test_architecture_page_names_only_paths_that_exist():
    named = re.findall(r"`((?:tsdesk|tests|tools|docs)/[^`*<> ]+)`", DOC.read_text("utf-8"))
    assert named and [n for n in named if not (ROOT / n).exists()] == []


def test_services_take_a_session_or_a_unit_of_work_not_the_vault():
    assert services_taking_the_vault() == SERVICES_TAKING_THE_VAULT


def test_nothing_outside_ui_imports_pyside6():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "tsdesk").rglob("*.py")
        if "ui" not in p.relative_to(ROOT / "tsdesk").parts[:1]
        and QT_IMPORT.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_services_import_without_qt():
    import subprocess

    code = (
        "import sys, tsdesk.cli, tsdesk.services.operators, tsdesk.services.company, "
        "tsdesk.services.audit, tsdesk.demo, tsdesk.vault; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def summary() -> str:
    """Per layer: modules, import edges (lazy ones apart), upward edges; then the cycles."""
    known = modules()
    edges = all_edges()
    counted = Counter(layer_of(m) for m in known)
    lines = [f"{'layer':<10} {'modules':>7} {'edges':>6} {'lazy':>5} {'upward':>6}"]
    for layer in LAYERS:
        mine = [e for e in edges if layer_of(e.source) == layer]
        lines.append(
            f"{layer:<10} {counted[layer]:>7} {len(mine):>6} "
            f"{sum(e.lazy for e in mine):>5} {len(upward(mine)):>6}"
        )
    lines.append(
        f"{'total':<10} {len(known):>7} {len(edges):>6} {sum(e.lazy for e in edges):>5} "
        f"{len(upward(edges)):>6}"
    )
    found = cycles(edges)
    lines.append(f"import cycles (import-time graph): {len(found)}")
    lines += ["  " + " <-> ".join(c) for c in found]
    lazy_too = cycles(edges, with_lazy=True)
    lines.append(f"cycles counting function-level imports too: {len(lazy_too)}")
    lines += ["  " + " <-> ".join(c) for c in lazy_too]
    taking = services_taking_the_vault()
    lines.append(
        f"service functions taking the Vault: {sum(map(len, taking.values()))} in "
        f"{len(taking)} modules"
    )
    lines.append("upward edges:")
    for edge, text in zip(upward(edges), _described(upward(edges)), strict=True):
        key = (edge.source, edge.target)
        note = " [allowed]" if key in ALLOWED_UPWARD else ""
        lines.append("  " + text + note)
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
