"""The unlock dialog, modelled on KeePassXC's.

`LoginForm` is the form itself; `LoginDialog` wraps it to open a database, and the locked
main window embeds a `LoginForm` in "unlock" mode (given the open vault), where it calls
`vault.relogin` instead of opening. The company name and the confidentiality notice come
from the key-slot file's public banner, readable before anything is decrypted
(003 §9.1.2.3 c). Unlocking runs in a worker: Argon2id and the failure throttle take time.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk import paths
from tsdesk.errors import DatabaseBusy, DatabaseMissing, KeySlotFileMissing, VaultError
from tsdesk.settings import DEFAULT_NOTICE, machine_get, machine_set
from tsdesk.ui.messages import error_text
from tsdesk.ui.widgets import ERROR_STYLE, MUTED_STYLE
from tsdesk.ui.workers import Task, describe, run_in_thread
from tsdesk.vault import attempts
from tsdesk.vault.credentials import RECOVERY_ACTOR
from tsdesk.vault.keys import KeySlotFile, keyring_status

if TYPE_CHECKING:
    from tsdesk.vault import Vault

_preload: threading.Thread | None = None


def preload_unlock() -> None:
    """Import what opening a database and the main window need (SQLAlchemy, the models, the
    pages) in a thread while the user types: the dialog appears without waiting for them,
    and neither does the unlock. Started once the dialog is on screen."""
    global _preload
    if _preload is None:
        _preload = threading.Thread(target=_import_after_login, name="preload")
        _preload.start()


def wait_for_preload() -> None:
    """Before importing what the thread imports: two threads importing the same modules in
    a different order could deadlock on their import locks."""
    if _preload is not None:
        _preload.join()


def _import_after_login() -> None:
    import tsdesk.vault.vault  # noqa: F401
    from tsdesk.ui.main_window import declared_pages

    declared_pages()


def _open(kind: str, path: Path, operator: str, secret: str, read_only: bool):
    """Open the database (in the worker): password, keyring or recovery key."""
    wait_for_preload()
    from tsdesk.vault import Vault

    if kind == "recovery":
        return Vault.unlock_with_recovery_key(path, secret, read_only=read_only)
    if kind == "keyring":
        return Vault.unlock_with_keyring(path, operator, read_only=read_only)
    return Vault.unlock(path, operator, secret, read_only=read_only)


def db_file_filter() -> str:
    """The file-dialog filter for databases (translated when asked, not at import)."""
    return QCoreApplication.translate("LoginForm", "TSDesk 数据库 (*.tsdesk *.db);;所有文件 (*)")


def notice_text(raw: str | None) -> str:
    """The confidentiality notice in the UI language (the default one has a translation)."""
    return QCoreApplication.translate("settings", raw or DEFAULT_NOTICE)


def notice_frame(text: str, parent: QWidget | None = None) -> tuple[QFrame, QLabel]:
    """The framed box the notice is shown in, on the login form and the lock screen."""
    frame = QFrame(parent)
    frame.setObjectName("noticeFrame")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet(
        "#noticeFrame { background: #fff8e1; border: 1px solid #e0c872; border-radius: 4px; }"
    )
    label = QLabel(text, frame)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.addWidget(label)
    return frame, label


def heading_font(base: QFont, scale: float = 1.6) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font


class LoginForm(QWidget):
    """Operator + password (or keyring, or recovery key) → an unlocked vault.

    Open mode (`path`): opens the database and emits `unlocked(vault, actor)`.
    Unlock mode (`vault`): checks the password with `vault.relogin` and emits
    `unlocked(vault, actor)` with the same vault and the (possibly different) operator.
    """

    unlocked = Signal(object, object)  # Vault, Actor
    busy_changed = Signal(bool)

    def __init__(
        self,
        path: Path | None = None,
        *,
        vault: Vault | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault  # set: unlock mode
        self._keyfile: KeySlotFile | None = None
        self._keyring_usable = False
        self._loaded_path: Path | None = None
        self._recovery = False
        self._busy = False
        self._pending: tuple[str, str, str] | None = None  # (kind, operator, secret) in flight
        self.task: Task | None = None

        # --- heading: logo, company, what this is ---
        logo = QLabel(self)
        logo.setPixmap(
            QPixmap(str(paths.resources_dir() / "icons" / "tsdesk.png")).scaled(
                48,
                48,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.heading = QLabel("TSDesk", self)
        self.heading.setFont(heading_font(self.font()))
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet(MUTED_STYLE)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(titles, 1)

        # --- fields ---
        self.path_edit = QLineEdit(self)
        self.path_edit.editingFinished.connect(self._path_edited)
        self.choose_button = QPushButton(self.tr("选择…"), self)
        self.choose_button.setAutoDefault(False)  # Enter must unlock, never open a file dialog
        self.choose_button.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.operator_combo = QComboBox(self)
        self.operator_combo.setEditable(True)
        self.operator_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.operator_combo.currentTextChanged.connect(
            lambda _text: self._update_keyring_row(preselect=True)
        )

        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.keyring_check = QCheckBox(self.tr("在此 Windows 账户下解锁(&W)"), self)
        self.keyring_check.toggled.connect(self._update_enabled)

        self.recovery_edit = QLineEdit(self)
        self.recovery_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_edit.setPlaceholderText("XXXXXXXX-XXXXXXXX-…")
        self.recovery_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(8)
        path_label = QLabel(self.tr("数据库(&D)："), self)
        path_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy by itself
        self.form.addRow(path_label, path_row)
        self.form.addRow(self.tr("操作员(&O)："), self.operator_combo)
        self.form.addRow(self.tr("密码(&P)："), self.password_edit)
        self.form.addRow("", self.keyring_check)
        self.form.addRow(self.tr("恢复密钥(&R)："), self.recovery_edit)
        self._rows = {"path": 0, "operator": 1, "password": 2, "keyring": 3, "recovery": 4}

        self.recovery_link = QLabel(self)
        self.recovery_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.recovery_link.linkActivated.connect(
            lambda _link: self.set_recovery_mode(not self._recovery)
        )

        # --- notice, error, busy, buttons ---
        self.notice_box, self.notice_label = notice_frame(notice_text(None), self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.busy_label = QLabel(self)
        self.busy_label.hide()

        self.unlock_button = QPushButton(self.tr("解锁(&U)"), self)
        self.unlock_button.setAutoDefault(False)  # Enter is handled by the fields themselves
        self.unlock_button.clicked.connect(self.submit)
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.recovery_link)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.busy_label)
        self.button_row.addWidget(self.unlock_button)

        for edit in (self.password_edit, self.recovery_edit, self.operator_combo.lineEdit()):
            edit.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice_box)
        layout.addLayout(self.button_row)

        self._apply_mode()
        if vault is not None:
            self.form.setRowVisible(self._rows["path"], False)
            self.recovery_link.hide()  # relogin needs an operator's password
            self.subheading.setText(self.tr("已锁定。请输入密码解锁。"))
            self.set_path(vault.path)
        else:
            self.subheading.setText(self.tr("商业秘密保护管理系统"))
            if path is not None:
                self.set_path(path)
        self.setTabOrder(self.path_edit, self.choose_button)
        self.setTabOrder(self.choose_button, self.operator_combo)
        self.setTabOrder(self.operator_combo, self.password_edit)
        self.setTabOrder(self.password_edit, self.keyring_check)
        self.setTabOrder(self.keyring_check, self.recovery_edit)
        self.setTabOrder(self.recovery_edit, self.unlock_button)

    # --- state ----------------------------------------------------------------------------
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._load_slot_file()

    def operator(self) -> str:
        return self.operator_combo.currentText().strip()

    def is_busy(self) -> bool:
        return self._busy

    def is_recovery_mode(self) -> bool:
        return self._recovery

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery = on and self._vault is None
        self.show_error("")  # an error about the other way of unlocking no longer applies
        self._apply_mode()

    def _apply_mode(self) -> None:
        self.form.setRowVisible(self._rows["operator"], not self._recovery)
        self.form.setRowVisible(self._rows["password"], not self._recovery)
        self.form.setRowVisible(self._rows["recovery"], self._recovery)
        self.recovery_link.setText(
            '<a href="#">{}</a>'.format(
                self.tr("使用操作员密码") if self._recovery else self.tr("使用恢复密钥…")
            )
        )
        self._update_keyring_row()
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        if self._recovery:
            self.recovery_edit.setFocus()
        elif not self.operator():
            self.operator_combo.setFocus()
        else:
            self.password_edit.setFocus()

    def reset(self, operator: str = "") -> None:
        """Clear every secret and message, re-read the banner and operator names (they may
        have changed since), and preselect `operator` (the lock screen's last one)."""
        self.password_edit.clear()
        self.recovery_edit.clear()
        self._load_slot_file()
        self.show_error("")
        if operator:
            self.operator_combo.setCurrentText(operator)
        self.focus_first_empty()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _path_edited(self) -> None:
        if self.path() != self._loaded_path:
            self.set_recovery_mode(False)  # another database: start from the usual way in
            self._load_slot_file()

    def _load_slot_file(self) -> None:
        """Banner and operator names from the key-slot file, before anything is decrypted."""
        self.show_error("")
        self._keyfile = None
        path = self._loaded_path = self.path()
        banner: dict[str, str] = {}
        if self._vault is not None:
            self._keyfile = self._vault.keyfile
        elif path is not None and not path.exists():
            self.show_error(error_text(DatabaseMissing(path=str(path))))
        elif path is not None:  # (no path chosen yet: the defaults below)
            try:
                self._keyfile = KeySlotFile.load(path)
            except VaultError as err:  # slot file missing or damaged: only the recovery key
                self.set_recovery_mode(True)
                self.show_error(error_text(err))
        if self._keyfile is not None:
            banner = self._keyfile.banner
        self.heading.setText(banner.get("company") or "TSDesk")
        self.notice_label.setText(notice_text(banner.get("notice")))
        names = self._keyfile.operators() if self._keyfile else []
        # What was typed, else the last operator of this PC, else the first name.
        current = next((n for n in (self.operator(), machine_get("last_operator")) if n), "")
        self.operator_combo.blockSignals(True)
        self.operator_combo.clear()
        self.operator_combo.addItems(names)
        self.operator_combo.setCurrentText(current if current in names or not names else names[0])
        self.operator_combo.blockSignals(False)
        self._update_keyring_row(preselect=True)

    def _update_keyring_row(self, *, preselect: bool = False) -> None:
        """Shown only when the chosen operator has a keyring slot; disabled with the reason
        when this machine has no usable credential store. `preselect` ticks it when usable
        (a newly chosen operator: that is what they set up for this PC)."""
        has_slot = bool(
            self._vault is None
            and not self._recovery
            and self._keyfile is not None
            and self._keyfile.slot_for(self.operator(), "keyring")
        )
        self.form.setRowVisible(self._rows["keyring"], has_slot)
        self._keyring_usable = False
        if has_slot:
            usable, reason = keyring_status()
            self._keyring_usable = usable
            if usable:
                self.keyring_check.setText(self.tr("在此 Windows 账户下解锁(&W)"))
                self.keyring_check.setToolTip("")
            else:
                reason = QCoreApplication.translate("errors", reason)
                self.keyring_check.setText(
                    self.tr("在此 Windows 账户下解锁（不可用：{reason}）").format(reason=reason)
                )
                self.keyring_check.setToolTip(reason)
            self.keyring_check.setChecked(usable and (preselect or self.keyring_check.isChecked()))
        else:
            self.keyring_check.setChecked(False)
        self._update_enabled()

    def _using_keyring(self) -> bool:
        return self._keyring_usable and self.keyring_check.isChecked()

    def _update_enabled(self) -> None:
        idle = not self._busy
        for widget in (
            self.path_edit,
            self.choose_button,
            self.operator_combo,
            self.recovery_edit,
            self.unlock_button,
            self.recovery_link,
        ):
            widget.setEnabled(idle)
        self.keyring_check.setEnabled(idle and self._keyring_usable)
        self.password_edit.setEnabled(idle and not self._using_keyring())

    def _set_busy(self, busy: bool, wait_seconds: float = 0.0) -> None:
        self._busy = busy
        if busy:
            text = self.tr("正在解锁…")
            if wait_seconds >= 1:
                text = self.tr("正在解锁…（多次失败后需等待 {n} 秒）").format(n=int(wait_seconds))
            self.busy_label.setText(text)
        self.busy_label.setVisible(busy)
        self._update_enabled()
        self.busy_changed.emit(busy)

    # --- actions ----------------------------------------------------------------------------
    def _choose_path(self) -> None:
        current = self.path()
        start = str(current.parent if current else paths.data_dir())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择数据库"), start, db_file_filter()
        )
        if chosen:
            self.set_recovery_mode(False)
            self.set_path(Path(chosen))

    def submit(self) -> None:
        """Start unlocking with what the form holds; errors are shown inline."""
        if self._busy:
            return
        self.show_error("")
        path = self.path()
        if path is None:
            self.show_error(self.tr("请选择数据库文件"))
            return
        if self._recovery:
            key = self.recovery_edit.text().strip()
            if not key:
                self.show_error(self.tr("请输入恢复密钥"))
                self.recovery_edit.setFocus()
                return
            credentials = ("recovery", RECOVERY_ACTOR, key)
        else:
            operator = self.operator()
            if not operator:
                self.show_error(self.tr("请输入操作员名"))
                self.operator_combo.setFocus()
                return
            if self._using_keyring():
                credentials = ("keyring", operator, "")
            else:
                password = self.password_edit.text()
                if not password:
                    self.show_error(self.tr("请输入密码"))
                    self.password_edit.setFocus()
                    return
                credentials = ("password", operator, password)
        self._start(path, credentials, read_only=False)

    def _start(self, path: Path, credentials: tuple[str, str, str], *, read_only: bool) -> None:
        self._pending = credentials
        kind, operator, secret = credentials
        if self._vault is not None:
            fn = partial(self._vault.relogin, operator, secret)
        else:
            fn = partial(_open, kind, path, operator, secret, read_only)
        self._set_busy(True, attempts.delay_for(attempts.recent_failures(path)))
        self.task = run_in_thread(fn, on_done=self._on_done, on_error=self._on_error)

    def _on_done(self, result: Any) -> None:
        self._pending = None
        self.password_edit.clear()
        self.recovery_edit.clear()
        self._set_busy(False)
        if self._vault is not None:
            vault, actor = self._vault, result
        else:
            vault, actor = result
            machine_set("last_database", str(vault.path))
        if self._keyfile is not None and actor.name in self._keyfile.operators():
            machine_set("last_operator", actor.name)  # not the recovery key's stand-in
        self.unlocked.emit(vault, actor)

    def _on_error(self, exc: BaseException) -> None:
        credentials, self._pending = self._pending, None
        self._set_busy(False)
        path = self.path()
        busy = isinstance(exc, DatabaseBusy) and self._vault is None and credentials and path
        if busy and self._ask_read_only(exc):
            self._start(path, credentials, read_only=True)
            return
        self.password_edit.clear()
        if isinstance(exc, KeySlotFileMissing):
            self.set_recovery_mode(True)
        self.show_error(describe(exc))
        if self._recovery:
            self.recovery_edit.setFocus()
            self.recovery_edit.selectAll()  # a typo in 64 digits: fix it rather than retype
        elif self.password_edit.isEnabled():
            self.password_edit.setFocus()
        else:
            self.operator_combo.setFocus()

    def _ask_read_only(self, err: DatabaseBusy) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("数据库正在使用"),
            error_text(err) + "\n\n" + self.tr("以只读方式打开？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


class LoginDialog(QDialog):
    """Open a database (`path`) or, given `vault`, unlock it again as some operator.

    After `exec()` returns Accepted, `vault` and `actor` hold the result. When the user asks
    for a new database instead, the dialog is rejected with `new_database_requested` set.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        vault: Vault | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.actor = None
        self.new_database_requested = False
        self._opening = vault is None  # not the unlock of a window already open
        self.setWindowTitle(self.tr("TSDesk — 解锁") if vault else self.tr("TSDesk — 登录"))
        self.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "tsdesk.png")))
        self.form = LoginForm(path, vault=vault, parent=self)
        self.form.unlocked.connect(self._unlocked)
        self.form.busy_changed.connect(self._busy_changed)

        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.form.button_row.addWidget(self.cancel_button)
        self.new_button: QPushButton | None = None
        if vault is None:
            self.new_button = QPushButton(self.tr("新建数据库(&N)…"), self)
            self.new_button.setAutoDefault(False)
            self.new_button.clicked.connect(self._new_database)
            self.form.button_row.insertWidget(1, self.new_button)
        self.setTabOrder(self.form.unlock_button, self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(self.form)
        self.setMinimumWidth(560)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.form.focus_first_empty()
        QTimer.singleShot(0, preload_unlock)  # once the dialog is on screen

    def _busy_changed(self, busy: bool) -> None:
        self.cancel_button.setEnabled(not busy)
        if self.new_button is not None:
            self.new_button.setEnabled(not busy)

    def _unlocked(self, vault: Vault, actor) -> None:
        self.vault, self.actor = vault, actor
        if self._opening and vault.head_warning is not None:
            self._warn_head(vault)
        self.accept()

    def _warn_head(self, vault: Vault) -> None:
        """The chain no longer contains the head the key-slot file recorded at the last
        commit (vault/anchors.py): said before the window opens, and noted in the chain."""
        found = vault.head_warning
        assert found is not None
        anchor = found.anchor
        text = self.tr(
            "审计记录可能被删改：{problem}\n\n密钥槽文件记录的最后状态：第 {seq} 号事件（{at}）。"
            "此次发现已记入审计日志。请在“审计”页校验审计链，并用打印件页脚或备份上的审计链头核对。"
        ).format(
            problem=found.message(lambda c, t: QCoreApplication.translate(c, t)),
            seq=anchor.seq,
            at=anchor.at or "—",
        )
        QMessageBox.warning(self, self.tr("审计链警告"), text)

    def _new_database(self) -> None:
        self.new_database_requested = True
        self.reject()

    def reject(self) -> None:
        if self.form.is_busy():
            return  # the worker is opening the vault: closing now would leak its writer lock
        super().reject()
