"""Four-eyes approval: a second operator confirms a change with their own password, there
and then, and the approval is recorded in the same transaction as the change.

Use `approve_and_run(session, parent, subject, change, entity_type)`; `change(uow, approver)`
does the work and its result is returned (None when cancelled). `ask_approver` only asks
for the name and password, for a caller that runs `approvals.second_operator` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
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
from tsdesk.services import approvals
from tsdesk.services.operators import OperatorView, list_operators
from tsdesk.services.permissions import Permission, allowed
from tsdesk.ui.common import GuardedDialog, busy, role_label
from tsdesk.ui.messages import error_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE
from tsdesk.vault import Actor, UnitOfWork

T = TypeVar("T")
Attempt = Callable[[str, str], None]


def approvers(session: UiSession) -> list[OperatorView]:
    """Active operators other than the actor whose role may approve and who can log in;
    those whose role is 审批人 first (an administrator approves only when none is there)."""
    with session.vault.reader() as reading:
        listed = list_operators(reading, session.vault.keyfile)
    found = [
        o
        for o in listed
        if o.active
        and o.has_password
        and o.name != session.actor.name
        and allowed(Actor(o.name, o.role, o.id), Permission.APPROVE)
    ]
    return sorted(found, key=lambda o: o.role != Role.APPROVER)


class FourEyesDialog(GuardedDialog):
    """Asks the approver's name and password. With `attempt`, OK calls it and a TSDeskError
    keeps the dialog open with the message inline and the password field cleared.
    The list starts on a 审批人 other than the operator; the focus on the password."""

    def __init__(
        self,
        session: UiSession,
        subject: str,
        parent: QWidget | None = None,
        attempt: Attempt | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.subject = subject
        self.attempt = attempt
        self.approval: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("双人审批"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "此操作需要另一名有审批权限的操作员当面确认。请审批人选择自己的名字并输入本人密码。"
            )
        )
        intro.setWordWrap(True)
        subject_label = QLabel(subject)
        subject_label.setWordWrap(True)
        self.approver = QComboBox()
        for operator in approvers(session):
            shown = operator.display_name or operator.name
            self.approver.addItem(
                f"{shown}（{operator.name}，{role_label(operator.role)}）", operator.name
            )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("审批事项"), subject_label)
        form.addRow(self.tr("申请人"), QLabel(session.actor.name))
        form.addRow(self.tr("审批人"), self.approver)
        form.addRow(self.tr("审批人密码"), self.password)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("审批通过"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if self.approver.count() == 0:
            self.ok_button.setEnabled(False)
            self.password.setEnabled(False)
            self._show_error(
                self.tr("没有可以审批的其他操作员。请管理员先添加一名审批人（或管理员）账户。")
            )
        else:
            self.password.setFocus()

    def first_field(self) -> QWidget | None:
        return self.password if self.password.isEnabled() else None

    def is_changed(self) -> bool:
        return False  # nothing typed here is worth keeping: only a password

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        name = self.approver.currentData()
        if not name:
            return
        if self.attempt is None:
            self.approval = (name, self.password.text())
            super().accept()
            return
        try:
            self.attempt(name, self.password.text())
        except TSDeskError as err:
            self._show_error(error_text(err))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()

    def done(self, result: int) -> None:
        self.password.clear()  # the password never outlives the dialog
        super().done(result)


def ask_approver(
    session: UiSession, subject: str, parent: QWidget | None = None
) -> tuple[str, str] | None:
    """(approver name, password), unchecked; the caller passes them to
    `approvals.second_operator` inside its own `session.run`. None when cancelled."""
    dialog = FourEyesDialog(session, subject, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.approval


def approve_and_run(
    session: UiSession,
    parent: QWidget | None,
    subject: str,
    change: Callable[[UnitOfWork, Actor], T],
    entity_type: str = "",
) -> T | None:
    """Ask for the approval and, in ONE transaction, record it and run `change(uow, approver)`:
    both commit or neither. Returns change's result, or None when cancelled."""
    outcome: list[T] = []

    def attempt(name: str, password: str) -> None:
        def work(uow: UnitOfWork) -> T:
            approver = approvals.second_operator(uow, name, password, subject)
            return change(uow, approver)

        with busy():  # the password check runs the key derivation
            _, result = session.run(dialog, work, entity_type, show=False)
        outcome.append(result)

    dialog = FourEyesDialog(session, subject, parent, attempt)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return outcome[-1] if outcome else None
