"""设置: idle lock, clipboard clearing, the confidentiality notice, the UI language, and
key management (rekey and the recovery sheet)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tsdesk import settings as machine
from tsdesk.errors import TSDeskError
from tsdesk.services import settings as settings_service
from tsdesk.services import vault_admin
from tsdesk.services.permissions import Permission
from tsdesk.settings import SETTINGS
from tsdesk.ui.common import busy, close_dialogs
from tsdesk.ui.idle import copy_secret_text
from tsdesk.ui.messages import error_text, show_error
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, MUTED_STYLE, NOTE_STYLE, OK_STYLE

VAULT_KEYS = (
    "idle_lock_minutes",
    "clipboard_clear_seconds",
    "confidentiality_notice",
    "nda_required_rank",
    "nda_rule",
    "training_interval_days",
    "training_new_staff_days",
)
LABELS: dict[str, str] = {
    # 003 §9.4: who may know a secret of this grade or higher needs an employee NDA in force.
    "nda_required_rank": QT_TRANSLATE_NOOP("SettingsPage", "须先签保密协议的密级"),
    "nda_rule": QT_TRANSLATE_NOOP("SettingsPage", "无有效保密协议时授予知悉权限"),
    # 004 第十条: all staff trained at least once a year.
    "training_interval_days": QT_TRANSLATE_NOOP("SettingsPage", "培训间隔上限"),
    "training_new_staff_days": QT_TRANSLATE_NOOP("SettingsPage", "新员工入职后培训期限"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("SettingsPage", "无操作自动锁定"),
    "clipboard_clear_seconds": QT_TRANSLATE_NOOP("SettingsPage", "剪贴板自动清除"),
    # 003 §9.1.2.3 c: shown on the login dialog and in the main window's status area.
    "confidentiality_notice": QT_TRANSLATE_NOOP("SettingsPage", "保密义务提示"),
    "language": QT_TRANSLATE_NOOP("SettingsPage", "界面语言"),
}
RANKS = (
    (1, QT_TRANSLATE_NOOP("SettingsPage", "一级商密")),
    (2, QT_TRANSLATE_NOOP("SettingsPage", "二级商密及以上")),
    (3, QT_TRANSLATE_NOOP("SettingsPage", "三级商密及以上")),
)
NDA_RULES = (
    ("block", QT_TRANSLATE_NOOP("SettingsPage", "拒绝授予")),
    ("warn", QT_TRANSLATE_NOOP("SettingsPage", "允许，但提醒并记入审计")),
)
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))  # each in its own language, never translated


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def _key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(13)
    font.setBold(True)
    return font


class RekeyConfirmDialog(QDialog):
    """Rekeying cannot be undone and retires the paper in the safe: say so, and make the
    admin tick that they understood before OK is possible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更换数据密钥"))
        self.setMinimumWidth(520)
        text = QLabel(
            self.tr(
                "将生成新的数据密钥，并用它重新加密整个数据库；各操作员的密码和本机解锁不受影响。\n\n"
                "• 旧的恢复密钥以及已打印的恢复密钥单将立即失效，不能再打开本数据库，请在完成后销毁。\n"
                "• 新的恢复密钥只显示一次，请当场打印恢复密钥单并放入保险柜。\n"
                "• 此前制作的备份仍由旧密钥加密：在它们被新备份取代前，请继续保管旧的恢复密钥单，"
                "并注明仅用于旧备份。\n"
                "• 数据库越大耗时越长，期间请勿关闭程序。"
            )
        )
        text.setWordWrap(True)
        self.understood = QCheckBox(self.tr("我已了解：旧的恢复密钥将失效"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("更换密钥"))
        self.ok_button.setEnabled(False)
        self.ok_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.understood.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown once. It closes only after the admin ticks that it is
    kept safe (or when the window locks: the key must not stay on screen)."""

    def __init__(self, session: UiSession, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._key = recovery_key
        self._forced = False
        self.setWindowTitle(self.tr("新的恢复密钥"))
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "这是本数据库新的恢复密钥，只显示这一次。凭它即使丢失密钥槽文件也能打开数据库。"
                "请保存恢复密钥单并打印，放入保险柜；旧的恢复密钥单请销毁。"
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(self._grouped(recovery_key))
        self.key_label.setFont(_key_font())
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #999; background: #fff;")
        # Not selectable: copying goes through copy_secret_text, which clears the clipboard.
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.clicked.connect(lambda: copy_secret_text(self._key))
        self.sheet_button = QPushButton(self.tr("保存恢复密钥单 (PDF)…"))
        self.sheet_button.clicked.connect(self.save_sheet)
        for button in (self.copy_button, self.sheet_button):
            button.setAutoDefault(False)  # Enter must not copy or save by accident
        self.sheet_status = QLabel()
        self.sheet_status.setWordWrap(True)
        self.kept = QCheckBox(self.tr("我已妥善保管"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.sheet_button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.kept)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addWidget(self.sheet_status)
        layout.addLayout(bottom)

    @staticmethod
    def _grouped(key: str) -> str:
        """Eight groups in two lines, as on the printed sheet."""
        groups = key.split("-")
        half = (len(groups) + 1) // 2
        return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])

    def save_sheet(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存恢复密钥单"),
            "TSDesk-recovery-sheet.pdf",
            self.tr("PDF 文件 (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            with busy():
                # As text: the renderer (reportlab) takes a str path or a binary file.
                vault_admin.write_recovery_sheet(
                    self.session.vault, self.session.actor, self._key, str(path)
                )
        except TSDeskError as err:
            self._status(error_text(err), error=True)
            return None
        except OSError as exc:
            self._status(self.tr("无法写入文件：{reason}").format(reason=exc), error=True)
            return None
        self._status(
            self.tr("已保存：{path}\n该 PDF 含恢复密钥明文：打印后请立即删除此文件。").format(
                path=str(path)
            )
        )
        return path

    def _status(self, text: str, *, error: bool = False) -> None:
        self.sheet_status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.sheet_status.setText(text)

    def discard(self) -> None:
        """On lock: close even though not confirmed."""
        self._forced = True
        self.reject()

    def reject(self) -> None:
        if self.kept.isChecked() or self._forced:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kept.isChecked() or self._forced:
            super().closeEvent(event)
        else:
            event.ignore()

    def done(self, result: int) -> None:
        self._key = ""
        self.key_label.clear()
        super().done(result)


class SettingsPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded: dict[str, Any] = {}

        idle, clip = SETTINGS["idle_lock_minutes"], SETTINGS["clipboard_clear_seconds"]
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(idle.minimum, idle.maximum)
        self.idle_spin.setSuffix(self.tr(" 分钟"))
        self.clipboard_spin = QSpinBox()
        self.clipboard_spin.setRange(clip.minimum, clip.maximum)
        self.clipboard_spin.setSuffix(self.tr(" 秒"))
        for spin in (self.idle_spin, self.clipboard_spin):
            spin.setMinimumWidth(120)
            spin.setMaximumWidth(160)
        self.notice_edit = QPlainTextEdit()
        self.notice_edit.setTabChangesFocus(True)
        self.notice_edit.setFixedHeight(96)
        notice_help = QLabel(self.tr("显示在登录界面和主窗口状态栏。"))
        notice_help.setStyleSheet(MUTED_STYLE)
        security = QGroupBox(self.tr("安全"))
        security_form = QFormLayout(security)
        security_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        security_form.addRow(_tr(LABELS["idle_lock_minutes"]), self.idle_spin)
        security_form.addRow(_tr(LABELS["clipboard_clear_seconds"]), self.clipboard_spin)
        security_form.addRow(_tr(LABELS["confidentiality_notice"]), self.notice_edit)
        security_form.addRow("", notice_help)

        self.rank_combo = QComboBox()
        for rank, label in RANKS:
            self.rank_combo.addItem(_tr(label), rank)
        self.rule_combo = QComboBox()
        for rule, label in NDA_RULES:
            self.rule_combo.addItem(_tr(label), rule)
        interval, new_staff = (
            SETTINGS["training_interval_days"],
            SETTINGS["training_new_staff_days"],
        )
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(interval.minimum, interval.maximum)
        self.new_staff_spin = QSpinBox()
        self.new_staff_spin.setRange(new_staff.minimum, new_staff.maximum)
        for spin in (self.interval_spin, self.new_staff_spin):
            spin.setSuffix(self.tr(" 天"))
            spin.setMinimumWidth(120)
            spin.setMaximumWidth(160)
        people_box = QGroupBox(self.tr("人员与协议"))
        people_form = QFormLayout(people_box)
        people_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long English
        people_form.addRow(_tr(LABELS["nda_required_rank"]), self.rank_combo)
        people_form.addRow(_tr(LABELS["nda_rule"]), self.rule_combo)
        people_form.addRow(_tr(LABELS["training_interval_days"]), self.interval_spin)
        people_form.addRow(_tr(LABELS["training_new_staff_days"]), self.new_staff_spin)
        self.people_widgets = (
            self.rank_combo,
            self.rule_combo,
            self.interval_spin,
            self.new_staff_spin,
        )

        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        language_help = QLabel(self.tr("本机设置，重新启动 TSDesk 后生效。"))
        language_help.setWordWrap(True)
        language_help.setStyleSheet(MUTED_STYLE)
        interface = QGroupBox(self.tr("界面"))
        interface_form = QFormLayout(interface)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addWidget(language_help, 1)
        interface_form.addRow(_tr(LABELS["language"]), language_row)

        self.read_only_note = QLabel(self.tr("只有管理员可以修改安全设置；界面语言可以修改。"))
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)

        self.rekey_button = QPushButton(self.tr("更换数据密钥 (Rekey)…"))
        self.rekey_button.clicked.connect(self.rekey)
        keys_help = QLabel(
            self.tr(
                "怀疑恢复密钥单泄露或遗失时，更换数据密钥：数据库用新密钥重新加密，"
                "旧的恢复密钥失效，并生成新的恢复密钥单。"
            )
        )
        keys_help.setWordWrap(True)
        self.keys_box = QGroupBox(self.tr("密钥管理"))
        keys_layout = QHBoxLayout(self.keys_box)
        keys_layout.addWidget(keys_help, 1)
        keys_layout.addWidget(self.rekey_button, 0, Qt.AlignmentFlag.AlignTop)

        # Two columns: one would be taller than a 1280×720 screen.
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(security)
        left.addWidget(interface)
        left.addStretch(1)
        right.addWidget(people_box)
        right.addWidget(self.keys_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(columns)
        layout.addLayout(save_row)
        layout.addStretch(1)
        session.actor_changed.connect(self.refresh)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "设置")

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.session.vault.reader() as reading:
            self.loaded = {key: settings_service.get(reading, key) for key in VAULT_KEYS}
        self.loaded["language"] = machine.machine_get("language")
        self.idle_spin.setValue(int(self.loaded["idle_lock_minutes"]))
        self.clipboard_spin.setValue(int(self.loaded["clipboard_clear_seconds"]))
        self.notice_edit.setPlainText(self.loaded["confidentiality_notice"])
        if self.language_combo.findData(self.loaded["language"]) < 0:
            self.language_combo.addItem(self.loaded["language"], self.loaded["language"])
        self.language_combo.setCurrentIndex(self.language_combo.findData(self.loaded["language"]))
        self.rank_combo.setCurrentIndex(self.rank_combo.findData(self.loaded["nda_required_rank"]))
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(self.loaded["nda_rule"]))
        self.interval_spin.setValue(int(self.loaded["training_interval_days"]))
        self.new_staff_spin.setValue(int(self.loaded["training_new_staff_days"]))
        editable = self.session.can(Permission.EDIT_SETTINGS)
        for widget in (self.idle_spin, self.clipboard_spin, *self.people_widgets):
            widget.setEnabled(editable)
        self.notice_edit.setReadOnly(not editable)
        self.read_only_note.setVisible(not editable)
        self.keys_box.setVisible(self.session.can(Permission.MANAGE_KEYS))
        self._show_status("")

    def clear(self) -> None:
        for dialog in self.findChildren(RecoveryKeyDialog):
            dialog.discard()
        close_dialogs(self)
        self.notice_edit.clear()
        self.loaded = {}
        self._show_status("")

    # --- saving ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "idle_lock_minutes": self.idle_spin.value(),
            "clipboard_clear_seconds": self.clipboard_spin.value(),
            "confidentiality_notice": self.notice_edit.toPlainText(),
            "nda_required_rank": self.rank_combo.currentData(),
            "nda_rule": self.rule_combo.currentData(),
            "training_interval_days": self.interval_spin.value(),
            "training_new_staff_days": self.new_staff_spin.value(),
            "language": self.language_combo.currentData(),
        }

    def changes(self) -> dict[str, Any]:
        if not self.loaded:
            return {}
        return {k: v for k, v in self.values().items() if v != self.loaded[k]}

    def save(self) -> bool:
        changes = self.changes()
        vault_changes = {k: v for k, v in changes.items() if k in VAULT_KEYS}
        if not changes:
            self._show_status(self.tr("没有需要保存的更改。"))
            return False
        if vault_changes:

            def apply(uow) -> None:
                for key, value in vault_changes.items():
                    settings_service.set_value(uow, key, value)

            try:
                self.session.run(self, apply, "setting", show=False)
            except TSDeskError as err:
                self._show_status(self._message(err), error=True)
                return False
        done = self.tr("已保存。")
        if "language" in changes:
            machine.machine_set("language", changes["language"])
            done += self.tr("界面语言将在重新启动 TSDesk 后生效。")
        self.refresh()
        self._show_status(done)
        return True

    def _message(self, err: TSDeskError) -> str:
        """Name the setting by its label, not by its key."""
        key = err.params.get("key")
        if key in LABELS:
            params = {**err.params, "key": _tr(LABELS[key])}
            return QCoreApplication.translate("errors", err.template).format(**params)
        return error_text(err)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # --- key management -------------------------------------------------------------------------
    def rekey(self) -> bool:
        if not self.session.can(Permission.MANAGE_KEYS):
            return False
        if not RekeyConfirmDialog(self).exec():
            return False
        try:
            # vault_admin.rekey manages its own transaction (it rewrites the whole file).
            with busy():
                recovery_key = vault_admin.rekey(self.session.vault, self.session.actor)
            self.session.data_changed.emit("vault")
            dialog = RecoveryKeyDialog(self.session, recovery_key, self)
            del recovery_key
            dialog.exec()
            if dialog.kept.isChecked():  # kept safe: only now does the old key stop working
                vault_admin.confirm_rekey(self.session.vault, self.session.actor)
        except TSDeskError as err:
            show_error(self, err)
            return False
        except OSError as exc:  # the file is held by another program, the disk is full …
            QMessageBox.warning(
                self,
                self.tr("无法完成"),
                self.tr(
                    "更换数据密钥未能完成：{reason}\n请重新启动 TSDesk，确认数据库能正常打开。"
                ).format(reason=exc),
            )
            return False
        return True
