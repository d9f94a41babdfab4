"""Pieces the module pages share: a table model over a list of rows, dialogs that run a
change and show its error inline, a busy cursor, and the labels of roles.

Also the one place for how every page and form behaves on a small screen and at the
keyboard: `GuardedDialog` (first field focused, Enter moves on, Esc asks before throwing
away typing, a lock keeps the typing in memory and shows the form again after unlock,
scrolling instead of clipping), `fit_to_screen`, `more_button`, `list_actions` (Enter and
right-click on a list); Ctrl+N and F5 are the main window's, for the page on screen.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import Problem, TSDeskError
from tsdesk.models import Role
from tsdesk.ui import idle
from tsdesk.ui.messages import error_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, Index
from tsdesk.vault import UnitOfWork

R = TypeVar("R")

ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "管理员"),
    Role.OFFICER: QT_TRANSLATE_NOOP("roles", "保密员"),
    Role.APPROVER: QT_TRANSLATE_NOOP("roles", "审批人"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("roles", "审计员"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS[Role(role)])


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a key derivation or a database rewrite blocks the window."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def close_dialogs(widget: QWidget) -> None:
    """On lock: close every dialog (and message box) opened over this page; a form with
    typing in it is parked instead (kept in memory, shown again after unlock)."""
    for dialog in widget.findChildren(QDialog):
        if dialog.isVisible():
            put_away(dialog)


# --- fitting the screen -----------------------------------------------------------------------

# A plant-office PC: 1366×768, or 1920×1080 at 150 % (1280×720 effective), less a taskbar.
SMALL_SCREENS = (QSize(1366, 768), QSize(1280, 720))
TASKBAR = 40
WINDOW_FRAME = QSize(16, 40)  # a title bar and borders the window manager adds around us


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The work area (the screen without the taskbar) of the screen the window of `widget`
    (or its parent) is on, else of the primary screen."""
    # Not QWidget.screen(): called from size hints and setVisible under PySide6 6.11 it
    # left a dangling screen behind, and Qt crashed on the next window it opened.
    window = widget.window() if widget is not None else None
    anchor = window.parentWidget() if window is not None else None
    screen = None
    if anchor is not None and anchor.isVisible():
        screen = QGuiApplication.screenAt(anchor.mapToGlobal(anchor.rect().center()))
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at `width`×`height`, but never larger than the work area (a dialog's buttons
    must not go under the taskbar); the content scrolls when it gets less."""
    preferred = QSize(width, height)
    room = available_geometry(window).size() - WINDOW_FRAME
    window.resize(preferred.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room)))


class FitScrollArea(QScrollArea):
    """A frameless scroll area that asks for all its content's room (Qt's default caps
    it at a few hundred pixels) but needs little: on a small screen it scrolls. The window
    holding it is kept within the screen by `fit_to_screen` or by the window manager."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        if widget.layout() is not None:
            # Before the first show the content's layout has not run: its hint would be 0×0
            # and a dialog of six rows would open scrolling at a default height.
            widget.layout().activate()
        bar = self.verticalScrollBar().sizeHint().width()
        return widget.sizeHint().expandedTo(widget.minimumSizeHint()) + QSize(bar, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        widget = self.widget()
        if widget is None:
            return super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        width = widget.minimumSizeHint().width() + bar  # no sideways scrolling if it fits
        return QSize(min(width, SMALL_SCREENS[1].width() - 2 * WINDOW_FRAME.width()), 120)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: on a small screen it scrolls, never clips."""
    area = FitScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


# --- toolbars, lists and page keys --------------------------------------------------------------


def more_button(actions: Sequence[QAction | None], parent: QWidget | None = None) -> QToolButton:
    """The “更多” drop-down for a page's rarer actions (None is a separator), so the row of
    buttons stays narrow enough for a small screen."""
    button = QToolButton(parent)
    button.setText(QCoreApplication.translate("common", "更多"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu = QMenu(button)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    button.setMenu(menu)
    return button


def action_button(action: QAction) -> QPushButton:
    """A toolbar button for `action`: the action stays the one thing that is enabled,
    relabelled and put in menus; the button follows it."""
    button = QPushButton(action.text())
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    button.addAction(action)  # so the action knows the button that shows it

    def follow() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip() if action.toolTip() != action.text() else "")

    action.changed.connect(follow)
    follow()
    return button


def action_for(button: QAbstractButton) -> QAction:
    """A menu entry that does what `button` does; `sync_action` makes it look like the
    button again (enabled, label, shown) — list menus call it each time they open."""
    action = QAction(button.text(), button)
    action.triggered.connect(button.click)
    action.setData(button)
    sync_action(action)
    return action


def sync_action(action: QAction) -> None:
    button = action.data()
    if isinstance(button, QAbstractButton):
        action.setText(button.text())
        action.setEnabled(button.isEnabled())
        action.setVisible(not button.isHidden())


def list_actions(
    view: QAbstractItemView,
    actions: Sequence[QAction | QAbstractButton | None],
    open_row: Callable[[], Any] | None = None,
) -> QMenu:
    """Every list: a right-click menu of the row actions (buttons are mirrored, None is a
    separator) ending with 复制, and Enter or a double click on a row opens it."""
    menu = QMenu(view)
    for item in [*actions, None, _copy_rows_action(view)] if actions else [_copy_rows_action(view)]:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QAbstractButton):
            menu.addAction(action_for(item))
        else:
            menu.addAction(item)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def popup(pos) -> None:
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        if not menu.isEmpty():
            menu.popup(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(popup)
    menu.aboutToShow.connect(lambda: [sync_action(a) for a in menu.actions()])
    view.context_menu = menu  # for tests and for pages that add entries later
    if open_row is not None:

        def double_clicked(index) -> None:
            view.setCurrentIndex(index)  # the row clicked is the row opened
            open_row()

        view.doubleClicked.connect(double_clicked)
        view.installEventFilter(_EnterOpens(view, open_row))
    return menu


def _copy_rows_action(view: QAbstractItemView) -> QAction:
    """Copy the selected rows as tab-separated text; cleared from the clipboard after the
    vault's timeout and kept out of clipboard history, like any copied secret."""
    action = QAction(QCoreApplication.translate("common", "复制"), view)

    def copy() -> None:
        model = view.model()
        rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
        # A list view shows one column; a list model's columnCount() is private in PySide.
        if isinstance(view, QListView):
            columns = [view.modelColumn()]
        else:
            columns = list(range(model.columnCount()))
        lines = ["\t".join(str(model.index(r, c).data() or "") for c in columns) for r in rows]
        if lines:
            idle.copy_secret_text("\n".join(lines))

    action.triggered.connect(copy)
    return action


class _EnterOpens(QObject):
    """Enter on the current row opens it (Qt's `activated` would also fire on a single
    click under some styles)."""

    def __init__(self, view: QAbstractItemView, open_row: Callable[[], Any]) -> None:
        super().__init__(view)
        self._open = open_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched.currentIndex().isValid()
        ):
            self._open()
            return True
        return False


# --- forms: focus, Enter, Esc, lock --------------------------------------------------------------

FIELD_TYPES = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractButton,
)
SINGLE_LINE = (QLineEdit, QComboBox, QAbstractSpinBox)

_parked: list[weakref.ref[GuardedDialog]] = []


def _is_password(widget: QWidget) -> bool:
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def _value(widget: QWidget) -> Any:
    """What the user typed or chose in one field, to tell whether the form changed."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QListWidget):  # short, item-based lists only
        items = (widget.item(r) for r in range(widget.count()))
        return tuple((i.text(), i.checkState().value) for i in items)
    if isinstance(widget, QTableWidget):
        return tuple(
            widget.item(r, c).text() if widget.item(r, c) else ""
            for r in range(widget.rowCount())
            for c in range(widget.columnCount())
        )
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def confirm_discard(parent: QWidget) -> bool:
    """Ask before typing is thrown away; True to discard. Keeping is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("common", "放弃填写的内容？"))
    box.setText(QCoreApplication.translate("common", "表单已填写的内容尚未保存。放弃这些内容吗？"))
    discard = box.addButton(
        QCoreApplication.translate("common", "放弃"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("common", "继续编辑"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class GuardedDialog(QDialog):
    """Every form dialog's keyboard and lock behaviour, in one place:

    - it opens with the focus on its first field, and Tab goes through the fields before
      the buttons (the button box, built first, no longer comes first);
    - Enter in a single-line field moves to the next field; only in the last one, or on a
      button, does it press the default button (no half-filled form is saved by accident);
      in a form with tabs the last field of a tab leads to the button, without pressing it;
    - Esc or the window's close button on a changed form asks before discarding;
    - locking parks a changed form: hidden, its typing kept in memory only (password fields
      are wiped), and shown again to the same operator after unlock. `exec()` returns only
      when the form is really done, so the page that opened it never notices the lock.

    The Cancel button and `reject()` from code close without asking.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: tuple | None = None
        self._parked = False
        self._keep_parked = False
        self._waiting: QEventLoop | None = None

    # --- fields ---------------------------------------------------------------------------
    def _box_buttons(self) -> set[QWidget]:
        boxes = self.findChildren(QDialogButtonBox)
        return {b for box in boxes for b in box.findChildren(QAbstractButton)}

    def input_fields(self) -> list[QWidget]:
        """The input widgets in focus order (button-box buttons and labels excluded)."""
        buttons = self._box_buttons()
        found: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and widget not in found:
            if (
                isinstance(widget, FIELD_TYPES)
                and widget not in buttons
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
            ):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def first_field(self) -> QWidget | None:
        """The field focused on opening: the first editable one."""
        for widget in self.input_fields():
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) and widget.isReadOnly():
                continue
            if not isinstance(widget, QPushButton):
                return widget
        return None

    def _order_tabs(self) -> None:
        """Fields first, then the dialog's buttons in their box order."""
        chain = self.input_fields()
        for box in self.findChildren(QDialogButtonBox):
            chain += [b for b in box.buttons() if b.isVisibleTo(self)]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def form_state(self) -> tuple:
        widgets = [w for w in self.findChildren(QWidget) if isinstance(w, FIELD_TYPES)]
        return tuple(_value(w) for w in widgets if not _is_password(w))

    def mark_clean(self) -> None:
        """What is shown now counts as unchanged (call after loading a record)."""
        self._snapshot = self.form_state()

    def is_changed(self) -> bool:
        return self._snapshot is not None and self.form_state() != self._snapshot

    # --- Qt events --------------------------------------------------------------------------
    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        # Qt sizes a new window to at most 2/3 of the screen, so a form would scroll on a
        # screen with room to spare; take what it asks for, within the work area, before
        # Qt centres it over its parent.
        if visible and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            hint = self.sizeHint()
            fit_to_screen(self, hint.width(), hint.height())
        super().setVisible(visible)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._snapshot is None:  # the first showing, not one after unlock
            self._order_tabs()
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)
            self.mark_clean()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focus = self.focusWidget()
            if focus is not None and (
                isinstance(focus, SINGLE_LINE) or isinstance(focus.parentWidget(), SINGLE_LINE)
            ):
                field = focus if isinstance(focus, SINGLE_LINE) else focus.parentWidget()
                following = self._next_field(field)
                if following is None and self.findChildren(QTabWidget):
                    # Fields on other tabs are not done yet: go to the button, don't press it.
                    following = self._default_button()
                if following is not None:
                    following.setFocus(Qt.FocusReason.TabFocusReason)
                    if isinstance(following, QLineEdit):
                        following.selectAll()
                    return
        if key == Qt.Key.Key_Escape and plain:
            self.ask_to_close()
            return
        super().keyPressEvent(event)

    def _default_button(self) -> QPushButton | None:
        buttons = [b for b in self._box_buttons() if isinstance(b, QPushButton)]
        return next((b for b in buttons if b.isDefault()), None) or next(
            (b for b in buttons if b.autoDefault() and b.isEnabled()), None
        )

    def _next_field(self, field: QWidget) -> QWidget | None:
        fields = self.input_fields()
        if field not in fields:
            return None
        return next(iter(fields[fields.index(field) + 1 :]), None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if event.spontaneous() and self.is_changed() and not confirm_discard(self):
            event.ignore()
            return
        super().closeEvent(event)

    def ask_to_close(self) -> bool:
        """Esc: close, asking first if the form was changed. True if it closed."""
        if self.is_changed() and not confirm_discard(self):
            return False
        self.reject()
        return True

    # --- locking --------------------------------------------------------------------------------
    def park(self) -> None:
        """On lock: hide, keeping the typing (but not passwords) in memory for after unlock."""
        for field in self.findChildren(QLineEdit):
            if _is_password(field):
                field.clear()
        self._parked = True
        _parked.append(weakref.ref(self))
        self.hide()  # ends a running exec(); ours waits for the unlock and shows it again

    def is_parked(self) -> bool:
        return self._parked

    def unpark(self, keep: bool) -> None:
        """After unlock: show the form again (`keep`) or drop it (another operator)."""
        if not self._parked:
            return
        self._parked = False
        self._keep_parked = keep
        if self._waiting is not None:
            self._waiting.quit()
        elif keep:
            self.show()
        else:
            self.reject()

    def exec(self) -> int:
        while True:
            result = super().exec()
            if not self._parked:
                return result
            self._waiting = QEventLoop()
            self._waiting.exec()
            self._waiting = None
            if not self._keep_parked:
                self.setResult(QDialog.DialogCode.Rejected)
                return QDialog.DialogCode.Rejected.value

    def done(self, result: int) -> None:
        self._parked = False
        super().done(result)


def put_away(dialog: QDialog) -> None:
    """Lock: a form with typing in it is parked, every other dialog is closed."""
    if isinstance(dialog, GuardedDialog) and dialog.is_changed():
        dialog.park()
    else:
        dialog.reject()


def restore_parked(keep: bool) -> int:
    """Unlock: show the parked forms again (or drop them when another operator unlocked,
    since the typing was not theirs). Returns how many there were."""
    dialogs = [d for d in (ref() for ref in _parked) if d is not None and d.is_parked()]
    _parked.clear()
    for dialog in dialogs:
        dialog.unpark(keep)
    return len(dialogs)


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a short list (operators, departments): the rows are loaded
    whole by the page's `refresh`; long lists use a lazily fetched model instead."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[R], Any]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._columns[index.column()][1](self._rows[index.row()])
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None


def reselect(table: QAbstractItemView, model: RowsModel, row_id: int | None) -> None:
    """After a refresh: select the row whose `id` is `row_id`, or else the first one."""
    ids = [getattr(r, "id", None) for r in model.rows()]
    if ids:
        table.selectRow(ids.index(row_id) if row_id in ids else 0)


class FormDialog(GuardedDialog):
    """The skeleton every small form dialog shares: an optional intro, a form, an inline
    error line (DESIGN.md: dialogs validate inline and keep the input) and OK / Cancel.
    Intro and form scroll when the screen is too small; error and buttons stay in view."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        min_width: int = 420,
        growth: QFormLayout.FieldGrowthPolicy = QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        layout = QVBoxLayout(self)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        body.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(growth)
        body.addLayout(self.form)
        body.addStretch(1)
        self.scroll = scrolling(self.body)
        layout.addWidget(self.scroll, 1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))


class InlineDialog(FormDialog):
    """A form whose OK runs one change through the session. A TSDeskError is shown inside
    the dialog, which stays open with the user's input (DESIGN.md, UI conventions);
    password fields are wiped whenever the dialog closes."""

    entity_type = ""

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.session = session
        self.result_value: Any = None

    def password_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    # --- to override ----------------------------------------------------------------------
    def check(self) -> str:
        """A problem only the dialog can see (two passwords differ); '' when none."""
        return ""

    def change(self, uow: UnitOfWork) -> Any:
        """The one change OK runs; every subclass supplies it."""
        raise TypeError(f"{type(self).__name__} must define change()")

    def field_for(self, err: TSDeskError) -> QWidget | None:
        """The field an error is about, to focus it."""
        return None

    # --- behaviour ----------------------------------------------------------------------------
    def show_error(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def show_problem(self, problem: Problem, field: QWidget | None = None) -> None:
        """A service's Problem (check_input …) next to the field it names."""
        self.show_error(error_text(problem.error()), field)

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        try:
            with busy():
                _, self.result_value = self.session.run(
                    self, self.change, self.entity_type, show=False
                )
        except TSDeskError as err:
            self.show_error(error_text(err), self.field_for(err))
            return
        super().accept()

    def done(self, result: int) -> None:
        for field in self.findChildren(QLineEdit):
            if field.echoMode() != QLineEdit.EchoMode.Normal:
                field.clear()
        super().done(result)
