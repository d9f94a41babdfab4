"""Pieces the module pages share: a table model over a list of rows, dialogs that run a
change and show its error inline, a busy cursor, and the labels of roles."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import Role
from tsdesk.ui.messages import error_text
from tsdesk.ui.session import UiSession
from tsdesk.vault import UnitOfWork

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "管理员"),
    Role.OFFICER: QT_TRANSLATE_NOOP("roles", "保密员"),
    Role.APPROVER: QT_TRANSLATE_NOOP("roles", "审批人"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("roles", "审计员"),
}

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b7f2a;"


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
    """On lock: close every dialog (and message box) opened over this page."""
    for dialog in widget.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()


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


class FormDialog(QDialog):
    """The skeleton every small form dialog shares: an optional intro, a form, an inline
    error line (DESIGN.md: dialogs validate inline and keep the input) and OK / Cancel."""

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
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(growth)
        layout.addLayout(self.form)
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
