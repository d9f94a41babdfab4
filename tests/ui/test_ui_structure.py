"""The UI is one folder per feature plus a shared kit: a feature imports its own modules and the
shared modules in tsdesk/ui/, never another feature; the shared modules import no feature.
Pages talk to each other through UiSession signals and the main window's show_page."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt

import tsdesk.ui

UI = Path(tsdesk.ui.__file__).parent
FEATURES = sorted(p.name for p in UI.iterdir() if (p / "__init__.py").exists())


def _module(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every tsdesk.ui module a file imports, at the top or inside a function."""
    found: set[str] = set()
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return {name for name in found if name.startswith("tsdesk.ui.")}


def _feature(module: str) -> str | None:
    """The feature a tsdesk.ui module belongs to, or None for the shared kit."""
    part = module.split(".")[2]
    return part if part in FEATURES else None


def crossings() -> list[str]:
    bad = []
    for path in sorted(UI.rglob("*.py")):
        mine = _feature(_module(path)) if path.parent != UI else None
        for name in sorted(_imports(path)):
            theirs = _feature(name)
            if theirs is not None and theirs != mine:
                where = f"ui/{mine}" if mine else "the shared kit"
                bad.append(f"{path.relative_to(UI)} ({where}) imports {name}")
    return bad


def test_the_features_are_the_folders_the_pages_live_in() -> None:
    assert {"register", "carriers", "labels", "people", "admin", "dashboard", "destruction"} <= set(
        FEATURES
    )
    assert not (UI / "pages").exists()


def test_no_feature_imports_another_and_the_kit_imports_no_feature() -> None:
    assert crossings() == []


def test_every_declared_page_lives_in_a_feature_folder() -> None:
    from tsdesk.ui.main_window import declared_pages

    assert {_feature(page.__module__) for page in declared_pages()} <= set(FEATURES)


def test_no_ui_module_imports_a_page_module() -> None:
    """A page is opened by the main window from its capability, never imported by another
    page (stocktake once took the carriers page's colours, labels its carriers tab)."""
    from tsdesk.ui.main_window import declared_pages

    pages = {page.__module__ for page in declared_pages()}
    bad = [
        f"{path.relative_to(UI)} imports {name}"
        for path in sorted(UI.rglob("*.py"))
        for name in sorted(_imports(path) & pages)
        if _module(path) != name
    ]
    assert bad == []


def test_labels_adds_the_carrier_selected_on_the_carriers_page(opened, qtbot) -> None:
    """The labels page learns the carriers page's selection from the session, not by
    reaching into the other page."""
    from carriers_testing import build_world

    from tsdesk.ui.carriers.carriers import CarriersPage
    from tsdesk.ui.labels.labels import LabelsPage
    from tsdesk.ui.main_window import MainWindow
    from tsdesk.ui.session import UiSession
    from tsdesk.ui.workers import wait_for_all

    world = build_world(opened)
    first, second = world.carrier(title="主轴图纸"), world.carrier(title="报价单")
    window = MainWindow(UiSession(world.vault, world.admin))
    qtbot.addWidget(window)
    tab = window.show_page(CarriersPage).carriers_tab
    tab.refresh()
    labels_page = window.show_page(LabelsPage)
    qtbot.mouseClick(labels_page.batch_panel.from_carriers_button, Qt.MouseButton.LeftButton)
    assert labels_page.batch_panel.batch_model.rows() == []
    assert labels_page.status.text() == "载体页没有选中的载体"

    assert tab.select(second)
    qtbot.mouseClick(labels_page.batch_panel.from_carriers_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in labels_page.batch_panel.batch_model.rows()] == [second]

    tab.search.setText("主轴")  # a reload drops the selection without a selectionChanged
    tab.apply_filter()
    assert tab.selected() is None and tab.model.total == 1
    qtbot.mouseClick(labels_page.batch_panel.from_carriers_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in labels_page.batch_panel.batch_model.rows()] == [second]
    assert labels_page.status.text() == "载体页没有选中的载体"
    assert first != second
    window.close()
    assert wait_for_all()


def test_one_lazily_fetching_model() -> None:
    """The long lists (register, carriers, audit) share tsdesk/ui/paged.py's PagedModel
    rather than each carrying its own copy of the fetching."""
    defining = sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name in ("canFetchMore", "fetchMore")
    )
    assert defining == ["paged.py", "paged.py"]

    from tsdesk.ui.admin.audit import AuditTableModel
    from tsdesk.ui.carriers.carriers import CarrierListModel
    from tsdesk.ui.paged import PagedModel
    from tsdesk.ui.register.register import RegisterTableModel

    for model in (AuditTableModel, CarrierListModel, RegisterTableModel):
        assert issubclass(model, PagedModel)
