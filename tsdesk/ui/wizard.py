"""First run: create the encrypted database (or point at an existing one).

Pages: choose new/open → company and location → first administrator (commit: the database
is created in a worker) → the recovery key, shown this once, with copy, save-as-PDF and a
required "I have put it away safely" tick before Finish.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tsdesk import paths
from tsdesk.errors import TSDeskError, ValidationError
from tsdesk.services import operators as operator_rules
from tsdesk.services import settings as vault_settings
from tsdesk.services.vault_admin import write_recovery_sheet
from tsdesk.settings import machine_set
from tsdesk.ui.idle import clear_clipboard_if, copy_secret_text
from tsdesk.ui.login import db_file_filter
from tsdesk.ui.messages import error_text, show_error
from tsdesk.ui.widgets import ERROR_STYLE, MUTED_STYLE, OK_STYLE
from tsdesk.ui.workers import describe, run_in_thread
from tsdesk.vault import Actor, Vault
from tsdesk.vault.keys import KeySlotFile

INTRO, COMPANY, ADMIN, KEY = range(4)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def _path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    button.setAutoDefault(False)  # Enter goes to the wizard's Next/Finish
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class IntroPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用 TSDesk"))
        self.setSubTitle(self.tr("商业秘密保护管理桌面系统。所有数据加密保存在本机，无需联网。"))
        self.new_radio = QRadioButton(self.tr("新建数据库(&N)"), self)
        self.open_radio = QRadioButton(self.tr("打开已有数据库(&O)"), self)
        self.new_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.open_radio)

        self.open_edit = QLineEdit(self)
        self.open_edit.setPlaceholderText(self.tr("数据库文件路径"))
        self.open_edit.textChanged.connect(self.completeChanged)
        self.choose_button = QPushButton(self.tr("选择…"), self)
        self.choose_button.clicked.connect(self._choose)
        self.open_error = _error_label(self)
        for radio in (self.new_radio, self.open_radio):
            radio.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.new_radio)
        new_hint = _hint(self.tr("为本企业创建加密数据库，并设置第一位管理员。"), self)
        new_hint.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(new_hint)
        layout.addSpacing(14)
        layout.addWidget(self.open_radio)
        open_hint = _hint(
            self.tr("数据库已在本机或共享位置（例如从备份恢复后），直接打开它。"), self
        )
        open_hint.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(open_hint)
        row = _path_row(self.open_edit, self.choose_button)
        row.setContentsMargins(24, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.open_error)
        layout.addStretch(1)
        self._update()

    def wants_open(self) -> bool:
        return self.open_radio.isChecked()

    def open_path(self) -> Path | None:
        text = self.open_edit.text().strip()
        return Path(text) if text else None

    def _update(self) -> None:
        self.open_edit.setEnabled(self.wants_open())
        self.choose_button.setEnabled(self.wants_open())
        # QWizard decides between Next and Finish when a page is shown; setFinalPage makes
        # it decide again now that nextId() changed.
        self.setFinalPage(self.wants_open())
        self.completeChanged.emit()

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择数据库"), str(paths.data_dir()), db_file_filter()
        )
        if chosen:
            self.open_edit.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if not self.wants_open():
            return True
        path = self.open_path()
        exists = path is not None and path.is_file()
        _show(self.open_error, "" if exists or path is None else self.tr("文件不存在"))
        return exists

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1 if self.wants_open() else COMPANY


class CompanyPage(QWizardPage):
    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("企业与数据库位置"))
        self.setSubTitle(self.tr("企业名称显示在登录窗口和所有打印文件上，以后可以修改。"))
        self.company_edit = QLineEdit(self)
        self.company_edit.setPlaceholderText(self.tr("例如：某某精密机械有限公司"))
        self.path_edit = QLineEdit(str(default_path), self)
        self.choose_button = QPushButton(self.tr("选择…"), self)
        self.choose_button.clicked.connect(self._choose)
        self.error_label = _error_label(self)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("企业名称(&M)："), self.company_edit)
        path_label = QLabel(self.tr("数据库文件(&F)："), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, _path_row(self.path_edit, self.choose_button))
        form.addRow(
            "",
            _hint(
                self.tr("同一位置还会生成密钥槽文件（.keys）。请将数据库放在定期备份的文件夹中。"),
                self,
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def company(self) -> str:
        return self.company_edit.text().strip()

    def db_path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("新数据库的位置"),
            self.path_edit.text(),
            db_file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # we refuse existing files anyway
        )
        if chosen:
            self.path_edit.setText(chosen)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problem = ""
        if not self.company():
            problem = self.tr("请填写企业名称")
            self.company_edit.setFocus()
        elif not self.path_edit.text().strip():
            problem = self.tr("请选择数据库文件的位置")
        elif self.db_path().exists() or KeySlotFile.path_for(self.db_path()).exists():
            problem = self.tr("文件 {path} 已存在，不会覆盖。请另选位置。").format(
                path=self.db_path()
            )
        if problem and self.company():
            self.path_edit.setFocus()
        _show(self.error_label, problem)
        return not problem


class AdminPage(QWizardPage):
    """The first administrator. This is the commit page: Next creates the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("第一位管理员"))
        self.setSubTitle(self.tr("管理员可以添加其他操作员并分配角色。请记住密码：它不能被找回。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("创建数据库(&C)"))
        self._busy = False

        self.name_edit = QLineEdit("admin", self)
        self.display_edit = QLineEdit(self)
        self.display_edit.setPlaceholderText(self.tr("例如：张伟（可不填）"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = QLabel(self)
        self.password_hint.setWordWrap(True)
        for edit in (self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self._check_passwords)
        self.error_label = _error_label(self)
        self.busy_label = QLabel(self.tr("正在创建加密数据库…"), self)
        self.busy_label.hide()

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("操作员名(&A)："), self.name_edit)
        form.addRow("", _hint(self.tr("登录时使用，2–32 个字母、数字、汉字或 . _ -"), self))
        form.addRow(self.tr("姓名(&D)："), self.display_edit)
        form.addRow(self.tr("密码(&P)："), self.password_edit)
        form.addRow(self.tr("再次输入密码(&R)："), self.confirm_edit)
        form.addRow("", self.password_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        self._check_passwords()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.password_edit.setFocus()

    def _check_passwords(self) -> bool:
        """Live feedback under the password fields; True when both are acceptable."""
        password, confirm = self.password_edit.text(), self.confirm_edit.text()
        minimum = operator_rules.MIN_PASSWORD
        if len(password) < minimum:
            text, ok = self.tr("密码至少 {n} 个字符").format(n=minimum), False
        elif confirm and confirm != password:
            text, ok = self.tr("两次输入的密码不一致"), False
        elif not confirm:
            text, ok = self.tr("请再次输入密码"), False
        else:
            text, ok = self.tr("✓ 密码可用"), True
        quiet = not password and not confirm  # nothing typed yet: a hint, not an error
        self.password_hint.setText(text)
        self.password_hint.setStyleSheet(
            MUTED_STYLE if quiet else (OK_STYLE if ok else ERROR_STYLE)
        )
        return ok

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self._busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard: FirstRunWizard = self.wizard()
        if wizard.vault is not None:
            return True  # created: let the wizard move on
        if self._busy:
            return False
        name = self.name_edit.text().strip()
        try:
            operator_rules.validate_name(name)
            operator_rules.validate_password(self.password_edit.text())
        except ValidationError as err:
            _show(self.error_label, error_text(err))
            return False
        if self.password_edit.text() != self.confirm_edit.text():
            _show(self.error_label, self.tr("两次输入的密码不一致"))
            return False
        _show(self.error_label, "")
        company_page: CompanyPage = wizard.page(COMPANY)
        self._set_busy(True)
        run_in_thread(
            Vault.create,
            company_page.db_path(),
            company=company_page.company(),
            admin_name=name,
            admin_password=self.password_edit.text(),
            admin_display_name=self.display_edit.text().strip(),
            on_done=self._created,
            on_error=self._failed,
        )
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setVisible(busy)
        for edit in (self.name_edit, self.display_edit, self.password_edit, self.confirm_edit):
            edit.setEnabled(not busy)
        self.completeChanged.emit()  # the commit button follows isComplete
        wizard = self.wizard()
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            wizard.button(button).setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._busy

    def _created(self, result: tuple[Vault, Actor, str]) -> None:
        wizard: FirstRunWizard = self.wizard()
        wizard.vault, wizard.actor, wizard.recovery_key = result
        machine_set("last_database", str(wizard.vault.path))
        self.password_edit.clear()
        self.confirm_edit.clear()
        self._set_busy(False)
        wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        _show(self.error_label, describe(exc))


class KeyPage(QWizardPage):
    """The recovery key, shown this once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("恢复密钥"))
        self.setSubTitle(self.tr("恢复密钥只在此显示这一次。请现在保存。"))
        explain = QLabel(
            self.tr(
                "恢复密钥就是数据库的数据密钥。全部操作员忘记密码、或密钥槽文件丢失时，"
                "只有凭它才能打开数据库；任何人拿到它也能打开数据库。"
                "请打印恢复密钥单并存放在保险柜中，不要把它保存在这台电脑上。"
            ),
            self,
        )
        explain.setWordWrap(True)

        self.key_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_box = QFrame(self)
        key_box.setObjectName("keyBox")
        key_box.setStyleSheet(
            "#keyBox { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        box_layout = QVBoxLayout(key_box)
        box_layout.setContentsMargins(12, 14, 12, 14)
        box_layout.addWidget(self.key_label)

        self.copy_button = QPushButton(self.tr("复制(&C)"), self)
        self.copy_button.clicked.connect(self._copy)
        self.copy_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("保存恢复密钥单 (PDF)(&S)…"), self)
        self.save_button.clicked.connect(self._save_sheet)
        self.save_button.setAutoDefault(False)
        self.status_label = _hint("", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        self.kept_check = QCheckBox(self.tr("我已将恢复密钥妥善保管(&K)"), self)
        self.registerField("key_kept*", self.kept_check)  # '*': Finish waits for the tick

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(explain)
        layout.addWidget(key_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.kept_check)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        # No way out but Finish, once the key is put away (reject() refuses too).
        self.wizard().setOption(QWizard.WizardOption.NoCancelButton, True)
        groups = (self.wizard().recovery_key or "").split("-")
        self.key_label.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))

    def wipe(self) -> None:
        self.key_label.clear()

    def shown_key(self) -> str:
        return self.key_label.text().replace("\n", "-")

    def _copy(self) -> None:
        wizard: FirstRunWizard = self.wizard()
        with wizard.vault.reader() as reading:
            seconds = vault_settings.get(reading, "clipboard_clear_seconds")
        copy_secret_text(wizard.recovery_key, seconds)
        self.status_label.setText(self.tr("已复制。{n} 秒后将自动从剪贴板清除。").format(n=seconds))

    def _save_sheet(self) -> None:
        wizard: FirstRunWizard = self.wizard()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / self.tr("TSDesk-恢复密钥单-{name}.pdf").format(
            name=wizard.vault.path.stem
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存恢复密钥单"), str(suggested), self.tr("PDF 文件 (*.pdf)")
        )
        if not chosen:
            return
        try:
            write_recovery_sheet(wizard.vault, wizard.actor, wizard.recovery_key, Path(chosen))
        except TSDeskError as err:
            show_error(self, err)
            return
        except OSError as err:
            QMessageBox.warning(
                self,
                self.tr("无法保存"),
                self.tr("无法写入 {path}：{reason}").format(path=chosen, reason=err.strerror),
            )
            return
        self.status_label.setText(
            self.tr("已保存到 {path}。打印后请删除该文件，或将其移出这台电脑。").format(path=chosen)
        )


class FirstRunWizard(QWizard):
    """After Accepted: `vault` and `actor` (a database was created), or `open_path` (the user
    chose an existing database, to be opened with the login dialog)."""

    def __init__(self, default_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.actor: Actor | None = None
        self.recovery_key: str | None = None
        self.open_path: Path | None = None
        self.setWindowTitle(self.tr("TSDesk — 首次使用"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        logo = QPixmap(str(paths.resources_dir() / "icons" / "tsdesk.png"))
        if not logo.isNull():
            self.setPixmap(
                QWizard.WizardPixmap.LogoPixmap,
                logo.scaled(
                    48,
                    48,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
        self.intro_page = IntroPage(self)
        self.company_page = CompanyPage(default_path or paths.default_db_path(), self)
        self.admin_page = AdminPage(self)
        self.key_page = KeyPage(self)
        self.setPage(INTRO, self.intro_page)
        self.setPage(COMPANY, self.company_page)
        self.setPage(ADMIN, self.admin_page)
        self.setPage(KEY, self.key_page)
        self.setStartId(INTRO)
        self.resize(720, 540)

    def accept(self) -> None:
        if self.currentId() == INTRO and self.intro_page.wants_open():
            self.open_path = self.intro_page.open_path()
        # Shown once: forget the key, and take it off the clipboard if it is still there.
        if self.recovery_key:
            clear_clipboard_if(self.recovery_key)
        self.recovery_key = None
        self.key_page.wipe()
        super().accept()

    def reject(self) -> None:
        if self.admin_page.is_busy():
            return  # the database is being created; it will need its recovery key shown
        if self.vault is not None:
            return  # created: leave only through Finish, after the key is put away
        super().reject()

    def done(self, result: int) -> None:
        if result == QWizard.DialogCode.Rejected and self.vault is not None:
            return  # Esc / window close while the recovery key is on screen
        super().done(result)
