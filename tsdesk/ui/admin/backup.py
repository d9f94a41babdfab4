"""备份: where backups go and how often, the backups in that folder, and what proves them —
a backup now, a check, a restore drill, a restore into a new file (003 §7.2, §9.6.2 d–g).

Restoring OVER the open database is not offered here: a restore makes a new file, which the
login dialog then opens (文件 → 打开数据库)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.services import backup as backup_service
from tsdesk.services import settings as settings_service
from tsdesk.services.permissions import Permission
from tsdesk.settings import SETTINGS, machine_get, machine_set
from tsdesk.ui.common import RowsModel, busy, close_dialogs, list_actions
from tsdesk.ui.messages import confirm, error_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, MUTED_STYLE, OK_STYLE, list_view

POLICY_KEYS = ("backup_generations", "backup_interval_days", "backup_verify_days", "backup_on_exit")


def _when(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


class BackupPage(QWidget):
    PAGE_KEYS = ("backup",)  # what a 工作台 reminder opens

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded: dict[str, Any] = {}

        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("尚未选择（如 U 盘或网络共享上的文件夹）"))
        self.choose_button = QPushButton(self.tr("选择文件夹…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.generations_spin = self._spin("backup_generations", "")
        self.interval_spin = self._spin("backup_interval_days", self.tr(" 天"))
        self.verify_spin = self._spin("backup_verify_days", self.tr(" 天"))
        self.on_exit_check = QCheckBox(self.tr("退出 TSDesk 时自动备份（到期时）"))
        self.save_button = QPushButton(self.tr("保存策略"))
        self.save_button.clicked.connect(self.save_policy)

        policy = QGroupBox(self.tr("备份位置与策略"))
        form = QFormLayout(policy)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("备份文件夹（本机）"), folder_row)
        form.addRow(self.tr("保留代数"), self.generations_spin)
        form.addRow(self.tr("备份间隔"), self.interval_spin)
        form.addRow(self.tr("恢复演练间隔"), self.verify_spin)
        form.addRow("", self.on_exit_check)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow("", save_row)

        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        help_label = QLabel(
            self.tr(
                "备份是一个独立加密的文件：备份时各操作员的密码或当时的恢复密钥可以打开它。"
                "恢复只生成新的数据库文件，不覆盖正在使用的数据库。"
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet(MUTED_STYLE)
        state = QGroupBox(self.tr("状态"))
        state_layout = QVBoxLayout(state)
        state_layout.addWidget(self.last_label)
        state_layout.addWidget(self.check_label)
        state_layout.addWidget(help_label)
        state_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(policy, 3)
        top.addWidget(state, 2)

        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setToolTip(self.tr("Ctrl+B"))
        self.backup_button.clicked.connect(self.backup_now)
        QShortcut(QKeySequence("Ctrl+B"), self, self.backup_now)
        self.drill_button = QPushButton(self.tr("恢复演练"))
        self.drill_button.clicked.connect(self.drill)
        self.verify_button = QPushButton(self.tr("校验"))
        self.verify_button.clicked.connect(self.verify)
        self.restore_button = QPushButton(self.tr("恢复为新文件…"))
        self.restore_button.clicked.connect(self.restore)
        self.other_button = QPushButton(self.tr("打开其他备份文件…"))
        self.other_button.clicked.connect(self.choose_file)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.drill_button, self.verify_button,
                       self.restore_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.other_button)

        self.model: RowsModel[backup_service.Listed] = RowsModel(
            [
                (self.tr("备份时间"), lambda r: _when(r.header.created_at)),
                (self.tr("文件"), lambda r: r.path.name),
                (self.tr("大小"), lambda r: f"{r.size / 1024 / 1024:.1f} MB"),
                (
                    self.tr("审计链末端"),
                    lambda r: f"#{r.header.head_seq} {r.header.head_hash[:12]}",
                ),
                (self.tr("数据库"), lambda r: self.tr("本库") if r.this_vault else self.tr("其他")),
            ],
            self,
        )
        self.table = list_view(QTableView(), compact=True, widths=(140, 320, 80, 170))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        list_actions(self.table, [self.drill_button, self.verify_button, self.restore_button],
                     self.drill)  # fmt: skip

        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        session.actor_changed.connect(self.refresh)

    def _spin(self, key: str, suffix: str) -> QSpinBox:
        definition = SETTINGS[key]
        spin = QSpinBox()
        spin.setRange(definition.minimum or 0, definition.maximum or 0)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(160)
        return spin

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BackupPage", "备份")

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.session.vault.reader() as reading:
            self.loaded = {k: settings_service.get(reading, k) for k in POLICY_KEYS}
            last = backup_service.last_backup(reading)
            checked = backup_service.last_check(reading)
        self.folder_edit.setText(machine_get(backup_service.FOLDER) or "")
        self.generations_spin.setValue(int(self.loaded["backup_generations"]))
        self.interval_spin.setValue(int(self.loaded["backup_interval_days"]))
        self.verify_spin.setValue(int(self.loaded["backup_verify_days"]))
        self.on_exit_check.setChecked(bool(self.loaded["backup_on_exit"]))
        editable = self.session.can(Permission.EDIT_SETTINGS)
        for widget in (self.generations_spin, self.interval_spin, self.verify_spin,
                       self.on_exit_check, self.save_button):  # fmt: skip
            widget.setEnabled(editable)
        self.restore_button.setVisible(self.session.can(Permission.MANAGE_KEYS))
        self.last_label.setText(
            self.tr("最近一次备份：{when}（{file}）").format(
                when=_when(last["at"]), file=last["file"]
            )
            if last
            else self.tr("最近一次备份：从未备份")
        )
        kinds = {"drill": self.tr("恢复演练"), "verify": self.tr("校验")}
        self.check_label.setText(
            self.tr("最近一次{kind}：{when}（{file}）").format(
                kind=kinds.get(checked["kind"], ""), when=_when(checked["at"]), file=checked["file"]
            )
            if checked
            else self.tr("最近一次恢复演练：从未做过")
        )
        self._load_list()

    def clear(self) -> None:
        close_dialogs(self)
        self.model.set_rows([])
        self.loaded = {}
        self._show("")

    def show_filtered(self, _page_key: str, _filters: dict[str, Any]) -> None:
        self.refresh()

    def _load_list(self) -> None:
        folder = machine_get(backup_service.FOLDER)
        rows: list[backup_service.Listed] = []
        if folder:
            try:
                vault_id = self.session.vault.ensure_keyfile().vault_id
                rows = backup_service.listing(folder, vault_id)
            except TSDeskError as err:  # the stick is not plugged in, the share is gone
                self._show(error_text(err), error=True)
        self.model.set_rows(rows)
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        chosen = self.selected()
        for button in (self.drill_button, self.verify_button, self.restore_button):
            button.setEnabled(chosen is not None)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).path if rows else None

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # --- policy ---------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择备份文件夹"), self.folder_edit.text()
        )
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        machine_set(backup_service.FOLDER, folder)
        self.folder_edit.setText(folder)
        self._show("")
        self._load_list()

    def save_policy(self) -> bool:
        values = {
            "backup_generations": self.generations_spin.value(),
            "backup_interval_days": self.interval_spin.value(),
            "backup_verify_days": self.verify_spin.value(),
            "backup_on_exit": int(self.on_exit_check.isChecked()),
        }

        def apply(uow) -> None:
            for key, value in values.items():
                settings_service.set_value(uow, key, value)

        try:
            self.session.run(self, apply, "setting", show=False)
        except TSDeskError as err:
            self._show(error_text(err), error=True)
            return False
        self.refresh()
        self._show(self.tr("已保存。"))
        return True

    # --- acts -------------------------------------------------------------------------------------
    def backup_now(self) -> bool:
        try:
            with busy():
                made = backup_service.create(self.session.vault, self.session.actor)
        except TSDeskError as err:
            self._show(error_text(err), error=True)
            return False
        self.session.data_changed.emit("backup")
        self.refresh()
        self._show(
            self.tr("已备份到 {path}（审计链末端第 {seq} 号）。").format(
                path=made.path, seq=made.header.head_seq
            )
        )
        return True

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), self.folder_edit.text(),
            self.tr("TSDesk 备份 (*.tsdesk-backup)"),
        )  # fmt: skip
        if path:
            self.drill(Path(path))

    def _prove(self, kind: str, path: Path | None) -> bool:
        path = path or self.selected()
        if path is None:
            return False
        act = backup_service.drill if kind == "drill" else backup_service.verify
        try:
            with busy():
                proved = act(self.session.vault, self.session.actor, path)
        except TSDeskError as err:
            self._show(error_text(err), error=True)
            return False
        self.session.data_changed.emit("backup")
        self.refresh()
        if kind == "drill":
            text = self.tr(
                "恢复演练通过：{events} 条审计事件重新计算无误，各表记录数与清单一致，"
                "抽查附件 {sampled} 个；临时副本已删除。"
            ).format(events=proved.events, sampled=proved.sampled)
        else:
            text = self.tr("备份文件完整，可以打开。")
        if not proved.chain_extends:
            self._show(
                text
                + self.tr("但当前审计链不包含此备份记录的末端（第 {seq} 号）！").format(
                    seq=proved.header.head_seq
                ),
                error=True,
            )
            return False
        self._show(text)
        return True

    def drill(self, path: Path | None = None) -> bool:
        return self._prove("drill", path if isinstance(path, Path) else None)

    def verify(self) -> bool:
        return self._prove("verify", None)

    def restore(self) -> bool:
        path = self.selected()
        if path is None or not self.session.can(Permission.MANAGE_KEYS):
            return False
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("恢复为新的数据库文件"), str(path.with_suffix(".tsdesk")),
            self.tr("TSDesk 数据库 (*.tsdesk)"),
        )  # fmt: skip
        if not target:
            return False
        return self.restore_to(path, Path(target))

    def restore_to(self, path: Path, target: Path) -> bool:
        if not confirm(
            self,
            self.tr("恢复为新文件"),
            self.tr("把备份 {file} 恢复为新文件 {target}？正在使用的数据库不会改动。").format(
                file=path.name, target=target
            ),
        ):
            return False
        try:
            with busy():
                checked = backup_service.restore(
                    path, target, vault=self.session.vault, actor=self.session.actor
                )
        except TSDeskError as err:
            self._show(error_text(err), error=True)
            return False
        self.session.data_changed.emit("backup")
        QMessageBox.information(
            self,
            self.tr("已恢复"),
            self.tr(
                "已恢复到 {path}，并已核对。用“文件 → 打开数据库”打开它；"
                "操作员 {names} 使用备份时的密码登录。"
            ).format(path=checked.path, names=", ".join(checked.operators)),
        )
        return True

    # --- on exit ----------------------------------------------------------------------------------
    def before_close(self) -> None:
        """The window is closing, the vault still open: the automatic backup, when due."""
        try:
            with self.session.vault.reader() as reading:
                due = bool(settings_service.get(reading, "backup_on_exit"))
                due = due and backup_service.auto_due(reading)
            if due and not self.session.vault.read_only:
                with busy():
                    backup_service.create(self.session.vault, self.session.actor)
        except TSDeskError as err:  # a stick not plugged in must not keep the window open
            QMessageBox.warning(self, self.tr("自动备份未完成"), error_text(err))
