"""操作员: who may log in, with which role; passwords and "unlock on this Windows account"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError, WrongPassword
from tsdesk.models import Role
from tsdesk.services import operators as operator_service
from tsdesk.services.operators import OperatorView
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import (
    InlineDialog,
    RowsModel,
    busy,
    close_dialogs,
    list_actions,
    role_label,
)
from tsdesk.ui.messages import confirm
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE, NOTE_STYLE, list_view
from tsdesk.vault import UnitOfWork
from tsdesk.vault.keys import keyring_status


def _tr(text: str) -> str:
    return QCoreApplication.translate("OperatorsPage", text)


def _role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role), role)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def _mismatch(first: QLineEdit, second: QLineEdit) -> str:
    if first.text() != second.text():
        second.clear()
        second.setFocus()
        return QCoreApplication.translate(
            "OperatorsPage", "两次输入的密码不一致，请重新输入确认密码。"
        )
    return ""


class AddOperatorDialog(InlineDialog):
    entity_type = "operator"

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("新增操作员"), parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("登录用，2–32 个字母、数字、汉字或 . _ -"))
        self.display_name = QLineEdit()
        self.role = _role_combo(Role.OFFICER)
        self.password = self.password_field()
        self.password.setPlaceholderText(
            self.tr("至少 {n} 个字符").format(n=operator_service.MIN_PASSWORD)
        )
        self.confirm_password = self.password_field()
        self.form.addRow(self.tr("操作员名"), self.name)
        self.form.addRow(self.tr("显示名"), self.display_name)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("确认密码"), self.confirm_password)

    def check(self) -> str:
        return _mismatch(self.password, self.confirm_password)

    def change(self, uow: UnitOfWork) -> Any:
        return operator_service.add(
            uow,
            self.name.text().strip(),
            self.role.currentData(),
            self.password.text(),
            display_name=self.display_name.text(),
        )

    def field_for(self, err: TSDeskError) -> QWidget | None:
        # The password rule is the only one with a length parameter; the rest are the name's.
        return self.password if "n" in err.params else self.name


class ResetPasswordDialog(InlineDialog):
    entity_type = "operator"

    def __init__(self, session: UiSession, operator: OperatorView, parent=None) -> None:
        super().__init__(session, self.tr("重置密码"), parent)
        self.operator = operator
        self.set_intro(
            self.tr("为 {name} 设置新密码。请当面告知本人，并提醒其登录后立即修改。").format(
                name=operator.name
            )
        )
        self.password = self.password_field()
        self.confirm_password = self.password_field()
        self.form.addRow(self.tr("新密码"), self.password)
        self.form.addRow(self.tr("确认新密码"), self.confirm_password)

    def check(self) -> str:
        return _mismatch(self.password, self.confirm_password)

    def change(self, uow: UnitOfWork) -> Any:
        return operator_service.reset_password(uow, self.operator.name, self.password.text())

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.password


class RoleDialog(InlineDialog):
    entity_type = "operator"

    def __init__(self, session: UiSession, operator: OperatorView, parent=None) -> None:
        super().__init__(session, self.tr("更改角色"), parent)
        self.operator = operator
        self.role = _role_combo(operator.role)
        self.form.addRow(self.tr("操作员"), QLabel(operator.name))
        self.form.addRow(self.tr("新角色"), self.role)

    def change(self, uow: UnitOfWork) -> Any:
        return operator_service.set_role(uow, self.operator.name, self.role.currentData())


class ChangeOwnPasswordDialog(InlineDialog):
    entity_type = "operator"

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("修改我的密码"), parent)
        self.old_password = self.password_field()
        self.password = self.password_field()
        self.confirm_password = self.password_field()
        self.form.addRow(self.tr("当前密码"), self.old_password)
        self.form.addRow(self.tr("新密码"), self.password)
        self.form.addRow(self.tr("确认新密码"), self.confirm_password)

    def check(self) -> str:
        return _mismatch(self.password, self.confirm_password)

    def change(self, uow: UnitOfWork) -> Any:
        return operator_service.change_own_password(
            uow, self.old_password.text(), self.password.text()
        )

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.old_password if isinstance(err, WrongPassword) else self.password


class OperatorsPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model: RowsModel[OperatorView] = RowsModel(
            [
                (self.tr("操作员名"), lambda o: o.name),
                (self.tr("显示名"), lambda o: o.display_name),
                (self.tr("角色"), lambda o: role_label(o.role)),
                (self.tr("状态"), lambda o: self.tr("在用") if o.active else self.tr("停用")),
                (self.tr("密码"), lambda o: self.tr("已设置") if o.has_password else "—"),
                (self.tr("本机解锁"), lambda o: self.tr("已启用") if o.keyring_unlock else "—"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(self.table, widths=(140, 180, 100, 80, 80))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.tr("新增操作员…"))
        self.add_button.clicked.connect(self.add_operator)
        self.reset_button = QPushButton(self.tr("重置密码…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton(self.tr("更改角色…"))
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(self.toggle_active)
        self.admin_buttons = (
            self.add_button,
            self.reset_button,
            self.role_button,
            self.active_button,
        )
        list_actions(self.table, [self.reset_button, self.role_button, self.active_button])
        admin_row = QHBoxLayout()
        for button in self.admin_buttons:
            admin_row.addWidget(button)
        admin_row.addStretch(1)
        self.admin_note = QLabel(self.tr("只有管理员可以新增、停用操作员或更改角色。"))
        self.admin_note.setStyleSheet(NOTE_STYLE)
        admin_row.addWidget(self.admin_note)

        self.me_label = QLabel()
        self.own_password_button = QPushButton(self.tr("修改我的密码…"))
        self.own_password_button.clicked.connect(self.change_own_password)
        self.keyring_check = QCheckBox(self.tr("在此 Windows 账户下解锁"))
        self.keyring_check.setToolTip(
            self.tr(
                "启用后，在本机以当前 Windows 账户登录时无需输入密码即可解锁。"
                "只在专人专用的计算机上启用。"
            )
        )
        self.keyring_check.clicked.connect(self.set_keyring_unlock)
        self.keyring_reason = QLabel()
        self.keyring_reason.setWordWrap(True)
        self.keyring_reason.setStyleSheet(MUTED_STYLE)
        me_box = QGroupBox(self.tr("我的账户"))
        me_layout = QVBoxLayout(me_box)
        me_row = QHBoxLayout()
        me_row.addWidget(self.me_label, 1)
        me_row.addWidget(self.own_password_button)
        me_layout.addLayout(me_row)
        me_layout.addWidget(self.keyring_check)
        me_layout.addWidget(self.keyring_reason)

        layout = QVBoxLayout(self)
        layout.addLayout(admin_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(me_box)
        session.actor_changed.connect(self.refresh)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("OperatorsPage", "操作员")

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        vault = self.session.vault
        with vault.reader() as session:
            self.model.set_rows(operator_service.list_operators(session, vault.keyfile))
        self._update_me()
        self._selection_changed()

    def clear(self) -> None:
        close_dialogs(self)
        self.table.clearSelection()
        self.model.set_rows([])
        self.me_label.clear()

    # --- state ----------------------------------------------------------------------------------
    def selected(self) -> OperatorView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def me(self) -> OperatorView | None:
        """The acting operator's row; None after an unlock with the recovery key."""
        return next((o for o in self.model.rows() if o.name == self.session.actor.name), None)

    def _selection_changed(self, *_: Any) -> None:
        is_admin = self.session.can(Permission.MANAGE_OPERATORS)
        chosen = self.selected()
        self.admin_note.setVisible(not is_admin)
        self.add_button.setEnabled(is_admin)
        for button in (self.reset_button, self.role_button, self.active_button):
            button.setEnabled(is_admin and chosen is not None)
        self.active_button.setText(
            self.tr("启用") if chosen is not None and not chosen.active else self.tr("停用")
        )

    def _update_me(self) -> None:
        actor = self.session.actor
        me = self.me()
        self.me_label.setText(
            self.tr("当前操作员：{name}（{role}）").format(
                name=actor.name, role=role_label(actor.role)
            )
        )
        usable, reason = keyring_status()
        self.own_password_button.setEnabled(me is not None)
        self.keyring_check.setChecked(bool(me and me.keyring_unlock))
        if me is None:
            self.keyring_check.setEnabled(False)
            self.own_password_button.setToolTip(self.tr("以恢复密钥打开时没有本人账户"))
            self.keyring_reason.setText(self.tr("以恢复密钥打开时不可用。"))
        elif not usable:
            self.keyring_check.setEnabled(False)
            self.keyring_reason.setText(
                self.tr("不可用：{reason}").format(
                    reason=QCoreApplication.translate("errors", reason)
                )
            )
        else:
            self.keyring_check.setEnabled(True)
            self.own_password_button.setToolTip("")
            self.keyring_reason.setText(
                self.tr("解锁密钥保存在本机的系统凭据存储中（{backend}）。").format(backend=reason)
            )

    # --- admin actions --------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N."""
        if self.add_button.isEnabled():
            self.add_operator()

    def add_operator(self) -> None:
        if AddOperatorDialog(self.session, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        chosen = self.selected()
        if chosen is not None and ResetPasswordDialog(self.session, chosen, self).exec():
            self.refresh()

    def change_role(self) -> None:
        chosen = self.selected()
        if chosen is not None and RoleDialog(self.session, chosen, self).exec():
            self.refresh()

    def toggle_active(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        if chosen.active:
            title = self.tr("停用操作员")
            question = self.tr(
                "停用 {name}？停用后该操作员不能再登录（其密码和本机解锁失效），"
                "审计记录保留。之后可以重新启用，但需要重置密码。"
            ).format(name=chosen.name)
        else:
            title = self.tr("启用操作员")
            question = self.tr("重新启用 {name}？启用后请为其重置密码。").format(name=chosen.name)
        if not confirm(self, title, question):
            return False
        ok, _ = self.session.run(
            self,
            lambda uow: operator_service.set_active(uow, chosen.name, not chosen.active),
            "operator",
        )
        self.refresh()
        return ok

    # --- everyone's own account -----------------------------------------------------------------
    def change_own_password(self) -> None:
        if ChangeOwnPasswordDialog(self.session, self).exec():
            self.refresh()

    def set_keyring_unlock(self, on: bool) -> bool:
        change = (
            operator_service.enable_keyring_unlock
            if on
            else operator_service.disable_keyring_unlock
        )
        with busy():
            ok, _ = self.session.run(self, change, "operator")
        self.refresh()  # the box shows the stored state, whether it worked or not
        return ok
