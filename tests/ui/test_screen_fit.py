"""Every screen fits a real office PC: the main window with each page, and every dialog, in
Chinese and in English, at 1366×768 and at 1920×1080 with 150 % scaling (1280×720
effective), less a taskbar and the window's title bar.

Dialogs are found, not listed: every QDialog subclass in tsdesk.ui must have a factory in
tests/dialogs_testing.py, so a new dialog fails `test_every_dialog_is_measured` until it is added.
"""

from __future__ import annotations

import pytest
from carriers_testing import build_world
from dialogs_testing import DIALOGS, Ctx, dialog_classes
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from tsdesk.ui import common, i18n
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.session import UiSession

TASKBAR = 40
# What a window may need at most: the work area less the title bar and borders.
LIMITS = {
    f"{s.width()}x{s.height()}": QSize(s.width(), s.height() - TASKBAR) - common.WINDOW_FRAME
    for s in common.SMALL_SCREENS
}


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    assert i18n.install_translator(qapp, request.param)
    yield request.param
    i18n.install_translator(qapp, "zh_CN")


@pytest.fixture
def ctx(opened, qtbot, language):
    world = build_world(opened)
    carrier = world.carrier("主轴热处理工艺图纸（全套，含工艺卡与检验记录）")
    session = UiSession(world.vault, world.admin)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Ctx(world, window, session, carrier)
    window.close()


def too_big(hint: QSize) -> list[str]:
    return [
        f"{hint.width()}×{hint.height()} > {limit.width()}×{limit.height()} ({screen})"
        for screen, limit in LIMITS.items()
        if hint.width() > limit.width() or hint.height() > limit.height()
    ]


def _select_first_rows(widget: QWidget) -> None:
    """Details shown only for a selected row count too."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and view.selectionModel():
            view.setCurrentIndex(model.index(0, 0))


def test_main_window_and_every_page_fit(ctx, language):
    window = ctx.window
    # What the window adds around a page: navigation, title row, menu and status bars.
    chrome = window.minimumSizeHint() - window.stack.minimumSizeHint()
    problems = []
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        _select_first_rows(page)
        for name, tabs in (("", None), *_tab_sets(page)):
            for index in range(tabs.count()) if tabs else [None]:
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    _select_first_rows(tabs.currentWidget())
                where = type(page).__name__ + (f"{name}[{index}]" if tabs else "")
                need = page.minimumSizeHint() + chrome
                problems += [f"{where}: {p}" for p in too_big(need)]
    problems += [f"main window: {p}" for p in too_big(window.minimumSizeHint())]
    assert not problems, f"{language}: " + "; ".join(problems)


def _tab_sets(page: QWidget):
    from PySide6.QtWidgets import QTabWidget

    return [(f".{t.objectName() or 'tabs'}", t) for t in page.findChildren(QTabWidget)]


def test_every_dialog_is_measured():
    missing = sorted(set(dialog_classes()) - set(DIALOGS))
    assert not missing, f"add a factory to DIALOGS for: {missing}"


def test_every_dialog_fits(ctx, language, qtbot, monkeypatch):
    # The 150 % screen's work area, whatever screen the tests run on.
    limit = LIMITS["1280x720"]
    room = QRect(0, 0, 1280, 720 - TASKBAR)
    monkeypatch.setattr(common, "available_geometry", lambda widget=None: room)
    problems = []
    for name in sorted(dialog_classes()):
        dialog = DIALOGS[name](ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        _select_first_rows(dialog)
        problems += [f"{name}: minimum {p}" for p in too_big(QWidget.minimumSizeHint(dialog))]
        size = QWidget.size(dialog)  # some dialogs have a `size` field
        if size.width() > limit.width() or size.height() > limit.height():
            problems.append(f"{name}: opens at {size.width()}×{size.height()}")
        wanted = QWidget.sizeHint(dialog).boundedTo(limit)
        if isinstance(dialog, common.GuardedDialog) and (
            size.width() < wanted.width() or size.height() < wanted.height()
        ):  # not Qt's 2/3 of the screen, which makes a form scroll with room to spare
            problems.append(f"{name}: opens at {size.width()}×{size.height()} < {wanted}")
        dialog.reject()
    assert not problems, f"{language}: " + "; ".join(problems)


def test_main_window_opens_maximised_on_a_small_screen(opened, qtbot, monkeypatch):
    monkeypatch.setattr(
        "tsdesk.ui.main_window.available_geometry", lambda widget=None: QRect(0, 0, 1366, 728)
    )
    window = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(window)
    assert window.isMaximized()
    assert window.width() <= 1366 and window.height() <= 728
    window.close()


def test_main_window_opens_at_its_size_on_a_big_screen(opened, qtbot, monkeypatch):
    monkeypatch.setattr(
        "tsdesk.ui.main_window.available_geometry", lambda widget=None: QRect(0, 0, 2560, 1400)
    )
    window = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(window)
    assert not window.isMaximized() and window.size() == QSize(1280, 800)
    window.close()


def test_english_column_headers_have_no_chinese(ctx, language):
    """In English every table's column headers are English (the people page once showed
    工号, 姓名 … because its headers were never marked for translation)."""
    import re

    from PySide6.QtCore import Qt

    if language != "en":
        return
    chinese = re.compile(r"[\u4e00-\u9fff]")
    found = []
    for row, page in enumerate(ctx.window.pages):
        ctx.window.nav.setCurrentRow(row)
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            if isinstance(view, QListView):  # one column, no header to translate
                continue
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str) and chinese.search(header):
                    found.append(f"{type(page).__name__}: {header}")
    assert found == []
