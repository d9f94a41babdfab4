"""Issue 8 §2: no button or menu entry in the main window does nothing or hides out of reach.

On the demo company, as the administrator (who sees every button), the walk visits every page,
selects the first row of every list, and
  * fails on any QAction or button that is connected to nothing (no slot, no menu) or that no
    visible container holds (a hidden widget, a menu no button or menu bar opens);
  * clicks every enabled button, triggers every enabled menu entry (tool-button menus,
    the menu bar, right-click menus) and fails on any exception; every dialog these open is
    checked the same way and closed at once (exec, message boxes, file and print dialogs
    return immediately, as if cancelled).
It knows no button by name, so buttons added later are walked too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import SIGNAL, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from tsdesk.demo import DEMO_PASSWORD
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all
from tsdesk.vault import Vault

# Buttons and actions Qt makes inside its own widgets (a line edit's clear button, a tab bar's
# scroll arrows, a menu bar's overflow): Qt connects and shows them itself.
QT_OWNED_PARENTS = (QLineEdit, QTabBar, QAbstractSpinBox, QCalendarWidget, QMenuBar, QToolBar)

BUTTON_SIGNALS = ("clicked()", "clicked(bool)", "toggled(bool)")  # Qt itself listens to pressed()
ACTION_SIGNALS = ("triggered()", "toggled(bool)")  # triggered(bool) is the same signal


def _qt_owned(obj: QObject) -> bool:
    name = obj.objectName()
    return name.startswith(("qt_", "_q_")) or isinstance(obj.parent(), QT_OWNED_PARENTS)


def _receivers(obj: QObject, signals: tuple[str, ...]) -> int:
    return sum(obj.receivers(SIGNAL(s)) for s in signals)


def button_connected(button: QAbstractButton) -> bool:
    if _receivers(button, BUTTON_SIGNALS):
        return True
    if getattr(button, "menu", lambda: None)() is not None:
        return True
    if isinstance(button, QToolButton) and button.defaultAction() is not None:
        return action_connected(button.defaultAction())
    group = button.group()
    if group is not None and _receivers(
        group, ("buttonClicked(QAbstractButton*)", "idClicked(int)", "idToggled(int,bool)")
    ):
        return True
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and bool(
        _receivers(box, ("accepted()", "rejected()", "clicked(QAbstractButton*)"))
    )


def action_connected(action: QAction) -> bool:
    if action.isSeparator() or action.menu() is not None:
        return True
    # Every menu, menu bar and tool button that shows the action listens to it itself.
    shown_by = sum(
        isinstance(holder, QMenu | QMenuBar)
        or (isinstance(holder, QToolButton) and holder.defaultAction() is action)
        for holder in action.associatedObjects()
    )
    if _receivers(action, ACTION_SIGNALS) > shown_by:
        return True
    group = action.actionGroup()
    return group is not None and bool(_receivers(group, ("triggered(QAction*)",)))


def reachable(widget: QWidget, root: QWidget) -> bool:
    """Shown when `root` is, except for being a page of a stack (reached by switching) or in
    a part the page shows only when it applies (a widget with the `contextual` property, e.g.
    the banner of a pending review)."""
    start, node = widget, widget
    while node is not None and node is not root:
        if node.property("contextual"):
            return True
        parent = node.parentWidget()
        if isinstance(parent, QStackedWidget):
            if start is not node and not start.isVisibleTo(node):
                return False
            start = parent
        node = parent
    return start is root or start.isVisibleTo(root)


def describe(obj: QObject) -> str:
    text = obj.text() if hasattr(obj, "text") else ""
    chain, node = [], obj.parent()
    while node is not None and len(chain) < 4:
        chain.append(type(node).__name__)
        node = node.parent()
    return f"{type(obj).__name__} “{text}” in {' < '.join(chain)}"


class Walk:
    """What the walk found wrong, and the menus it may reach."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.context_menus: list[QMenu] = []
        self.depth = 0  # dialogs open inside dialogs
        self.window: QWidget | None = None

    def open_menus(self, root: QWidget) -> list[QMenu]:
        """Menus a user can open in `root`: from a reachable button, the menu bar, another
        reachable menu — each filled as it would be on showing."""
        menus: list[QMenu] = []
        queue: list[QMenu] = []
        for button in root.findChildren(QAbstractButton):
            menu = getattr(button, "menu", lambda: None)()
            if menu is not None and reachable(button, root):
                queue.append(menu)
        for view in root.findChildren(QWidget):  # right-click menus (common.list_actions)
            menu = getattr(view, "context_menu", None)
            if isinstance(menu, QMenu) and reachable(view, root):
                queue.append(menu)
        for bar in root.findChildren(QMenuBar):
            if reachable(bar, root):
                queue.extend(a.menu() for a in bar.actions() if a.menu() is not None)
        while queue:
            menu = queue.pop()
            if any(menu is m for m in menus):
                continue
            menu.aboutToShow.emit()  # menus filled on showing
            menus.append(menu)
            queue.extend(a.menu() for a in menu.actions() if a.menu() is not None)
        return menus

    def check(self, root: QWidget, skip: QWidget | None = None, *, shown: bool = True) -> None:
        """Every button and action in `root` (not in `skip`, nor in dialogs it opened) is
        connected, and, when `root` is `shown` as the user sees it, reachable. (A dialog
        shows or hides parts by what is entered — only its connections are checked.) A check
        box or radio button holds a value the form reads when saved: only where it is is
        checked, not what it is connected to."""
        for button in root.findChildren(QAbstractButton):
            if _qt_owned(button) or not _in(button, root, skip):
                continue
            value = button.isCheckable() and not isinstance(button, QToolButton | QPushButton)
            if not value and not button_connected(button):
                self.problems.append(f"does nothing: {describe(button)}")
            elif shown and not reachable(button, root):
                self.problems.append(f"unreachable: {describe(button)}")
        menus = self.open_menus(root)
        for action in root.findChildren(QAction):
            if _qt_owned(action) or action.isSeparator() or not _in(action, root, skip):
                continue
            if isinstance(action.parent(), QMenu) and action.parent().menuAction() is action:
                continue  # a submenu's own entry: checked as the entry that holds it
            if not action_connected(action):
                self.problems.append(f"does nothing: {describe(action)}")
            elif shown and not self._action_reachable(action, root, menus):
                self.problems.append(f"unreachable: {describe(action)}")

    def _action_reachable(self, action: QAction, root: QWidget, menus: list[QMenu]) -> bool:
        for holder in action.associatedObjects():
            if isinstance(holder, QMenu):
                if any(holder is m for m in menus):
                    return True
            elif isinstance(holder, QWidget) and reachable(holder, root):
                shows_it = isinstance(holder, QToolBar | QMenuBar | QAbstractButton) or (
                    holder.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
                )
                if shows_it or not action.shortcut().isEmpty():
                    return True
        return False


def _in(obj: QObject, root: QWidget, skip: QWidget | None) -> bool:
    """`obj` belongs to `root`'s own window (not to a dialog or menu parented to it) and not
    to `skip`; an action by the widget that holds it (a menu: the widget that made it)."""
    widget = obj.parent() if isinstance(obj, QAction) else obj
    while isinstance(widget, QMenu) and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    if not isinstance(widget, QWidget):
        return False
    if skip is not None and (widget is skip or skip.isAncestorOf(widget)):
        return False
    return widget.window() is root.window() and (widget is root or root.isAncestorOf(widget))


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


def _close_strays(*keep: QWidget) -> None:
    """Close what a click left open (a dialog shown without exec, a preview)."""
    for widget in QApplication.topLevelWidgets():
        if _alive(widget) and widget.isVisible() and not any(widget is k for k in keep):
            widget.close()


@pytest.fixture
def demo_window(demo, qtbot, monkeypatch) -> Iterator[tuple[MainWindow, Walk]]:
    walk = Walk()

    def dialog_exec(dialog: QDialog) -> int:
        walk.dialogs.append(type(dialog).__name__)
        walk.check(dialog, shown=False)
        if walk.depth == 0:  # a dialog's own buttons, once: what they open is only checked
            walk.depth += 1
            try:
                _press_buttons(dialog, walk.window)
            finally:
                walk.depth -= 1
        return QDialog.DialogCode.Rejected

    def menu_exec(menu: QMenu, *args, **kwargs):
        walk.context_menus.append(menu)
        return None

    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: no)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    for name in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: no)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QMenu, "exec", menu_exec)
    monkeypatch.setattr(QMenu, "popup", menu_exec)

    assert demo.made.returncode == 0, demo.made.stderr
    vault, admin = Vault.unlock(demo.path, "admin", DEMO_PASSWORD)
    window = MainWindow(UiSession(vault, admin))
    walk.window = window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, walk
    window.close()


def _select_first_rows(page: QWidget) -> None:
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.rowCount() > 0 and view.selectionModel() is not None:
            view.setCurrentIndex(model.index(0, 0))


def _press_everything(window: MainWindow, page: QWidget, walk: Walk) -> None:
    """Click each enabled button and trigger each enabled menu entry of `page` once."""
    skip = {id(window.lock_action), id(window.quit_action)}  # they end the walk: own tests
    _press_buttons(page, window)
    for menu in walk.open_menus(page) + walk.open_menus(window.menuBar()):
        if not _alive(menu):
            continue
        for action in list(menu.actions()):
            if not _alive(action) or id(action) in skip or action.menu() is not None:
                continue
            if action.isEnabled() and not action.isSeparator():
                action.trigger()
                wait_for_all()
                _close_strays(window)
    for view in page.findChildren(QWidget):
        if _alive(view) and view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            _right_click(window, view, walk)
    for view in page.findChildren(QAbstractItemView):  # a row opened (its detail dialog)
        if _alive(view) and view.model() is not None and view.model().rowCount() > 0:
            view.doubleClicked.emit(view.model().index(0, 0))
            wait_for_all()
            _close_strays(window)


def _press_buttons(root: QWidget, window: QWidget) -> None:
    """Click every enabled, reachable button of `root` but those that close its dialog."""
    for button in list(root.findChildren(QAbstractButton)):
        if not _alive(button) or _qt_owned(button) or not reachable(button, root):
            continue
        if getattr(button, "menu", lambda: None)() is not None:
            continue  # its menu is walked apart; clicking would wait in the open menu
        if isinstance(button.parent(), QDialogButtonBox) or not button.isEnabled():
            continue
        button.click()
        wait_for_all()
        _close_strays(window, root.window())


def _right_click(window: MainWindow, widget: QWidget, walk: Walk) -> None:
    """Open the widget's right-click menu; choose each of its entries in turn."""
    before = len(walk.context_menus)
    widget.customContextMenuRequested.emit(QPoint(5, 5))
    if len(walk.context_menus) == before:
        return
    menu = walk.context_menus[-1]
    entries = [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    if not entries:
        walk.problems.append(f"empty right-click menu: {describe(widget)}")
    for action in entries:
        if _alive(action) and action.isEnabled():
            action.trigger()  # whether the handler listens to it or to exec()'s answer
            wait_for_all()
            _close_strays(window)


def test_every_button_and_menu_entry_of_every_page_works(demo_window, qtbot):
    window, walk = demo_window
    lock_screen = window.lock_screen  # another state of the window: the lock tests' own
    walk.check(window, lock_screen)
    for row in range(len(window.pages)):
        window.nav.setCurrentRow(row)
        page = window.pages[row]
        assert window.current_page() is page
        _select_first_rows(page)
        walk.check(window, lock_screen)  # what the selection enabled or filled in
        _press_everything(window, page, walk)
        assert not window.is_locked() and window.isVisible()
    assert walk.dialogs, "the walk opened no dialog: the clicks went nowhere"
    assert list(dict.fromkeys(walk.problems)) == []


def test_the_walk_finds_a_button_that_does_nothing(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    dead = QToolButton(root)
    dead.setText("死按钮")
    hidden = QToolButton(root)
    hidden.setText("藏起来")
    hidden.clicked.connect(root.close)
    hidden.hide()
    menu = QMenu(root)
    orphan = menu.addAction("没人打开的菜单项")
    orphan.triggered.connect(root.close)
    silent = QAction("无响应", root)
    opener = QToolButton(root)
    opener.setMenu(QMenu(opener))
    opener.menu().addAction(silent)
    walk = Walk()
    walk.check(root)
    assert sorted(walk.problems) == sorted(
        [
            f"does nothing: {describe(dead)}",
            f"unreachable: {describe(hidden)}",
            f"unreachable: {describe(orphan)}",
            f"does nothing: {describe(silent)}",
        ]
    )
