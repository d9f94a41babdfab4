"""审计: the audit chain, filtered and fetched lazily, its verification and CSV export."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import ValidationError
from tsdesk.models import AuditEvent
from tsdesk.services import audit as audit_service
from tsdesk.services import audit_text, vault_admin
from tsdesk.services.audit import AuditFilter
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import close_dialogs, list_actions
from tsdesk.ui.messages import confirm
from tsdesk.ui.paged import BATCH, PagedModel
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, OK_STYLE, Index, list_view
from tsdesk.ui.words import action_label, described, entity_label, translate
from tsdesk.ui.workers import Task, describe, run_in_thread
from tsdesk.vault import anchors


def _tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def local_day_bounds(
    since: date | None, until: date | None
) -> tuple[datetime | None, datetime | None]:
    """The user picks local days; the service takes exact UTC moments (`since` inclusive,
    `until` exclusive), so the range runs from local midnight to the midnight after `until`."""

    def moment(day: date | None) -> datetime | None:
        if day is None:
            return None
        return datetime.combine(day, time.min).astimezone().astimezone(UTC)

    return moment(since), moment(until + timedelta(days=1) if until else None)


class AuditTableModel(PagedModel[AuditEvent, AuditFilter]):
    """The filtered chain, newest first, fetched 200 rows at a time as the view scrolls; each
    batch is put into words (business numbers, changed fields) in one go."""

    CONTEXT = "audit"
    HEADERS = (
        QT_TRANSLATE_NOOP("audit", "时间"),
        QT_TRANSLATE_NOOP("audit", "操作员"),
        QT_TRANSLATE_NOOP("audit", "操作"),
        QT_TRANSLATE_NOOP("audit", "对象编号"),
        QT_TRANSLATE_NOOP("audit", "变更内容"),
    )
    NUMBER_COLUMN = 3
    CHANGE_COLUMN = 4

    def __init__(self, session: UiSession, parent: Any = None) -> None:
        super().__init__(session, AuditFilter(), parent)
        self._words: list[audit_text.Described] = []

    # --- loading ------------------------------------------------------------------------------
    def load(self) -> tuple[int, list[AuditEvent]]:
        if not self.filter.text:
            return self.session.read(audit_service.count, self.filter), []
        # A text search scans the chain: read the first page, and count only when there
        # are more (a rare word then costs one scan, not two).
        first = self.session.read(audit_service.page, self.filter, 0, BATCH)
        if len(first) < BATCH:
            return len(first), first
        return max(self.session.read(audit_service.count, self.filter), len(first)), first

    def fetch(self, offset: int) -> list[AuditEvent]:
        # Events are only ever appended and the list is newest first, so events recorded
        # since the load sit on top: skip that many to continue where the list stopped.
        # (A search counts only so far: there, continue from the oldest row shown.)
        if self.filter.text and self._rows:
            older = replace(self.filter, before_seq=self._rows[-1].seq)
            batch = self.session.read(audit_service.page, older, 0, BATCH)
        else:
            newer = self.session.read(audit_service.count, self.filter) - self._total
            batch = self.session.read(
                audit_service.page, self.filter, offset + max(newer, 0), BATCH
            )
        return batch[: self._total - offset]  # none: the chain was tampered with, stop asking

    def keep(self, rows: list[AuditEvent]) -> None:
        super().keep(rows)
        self._words.extend(described(self.session, rows) if rows else [])

    def forget(self) -> None:
        super().forget()
        self._words = []

    @property
    def total(self) -> int:
        """Matching events when the list was (re)loaded (a text search stops counting at
        audit_service.COUNT_CAP)."""
        return self._total

    def event_at(self, row: int) -> AuditEvent:
        return self._rows[row]

    def words_at(self, row: int) -> audit_text.Described:
        return self._words[row]

    # --- Qt model -----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event, column = self._rows[index.row()], index.column()
        words = self._words[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                audit_service.when_local(event.ts),
                words.operator,
                words.action,
                words.number,
                words.changes,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return event.action  # the language-neutral code
            if column == self.NUMBER_COLUMN:
                return words.entity
            if column == self.CHANGE_COLUMN:
                return words.changes.replace(_tr(audit_text.CHANGE_SEP), "\n")
        return None


def raw_text(event: AuditEvent) -> str:
    """The stored record as it is hashed: codes, ids and the JSON before and after."""

    def pretty(raw: str) -> str:
        try:
            return json.dumps(json.loads(raw), ensure_ascii=False, indent=2, sort_keys=True)
        except ValueError:
            return raw  # a tampered row: show what is stored

    return (
        f"seq: {event.seq}\nts: {event.ts}\noperator: {event.operator}\n"
        f"action: {event.action}\nentity: {event.entity_type} {event.entity_id}\n"
        f"before: {pretty(event.before)}\nafter: {pretty(event.after)}\nhash: {event.hash}"
    )


class AuditDetailDialog(QDialog):
    """One event in full: pretty-printed before/after and the hashes that chain it."""

    def __init__(self, event: AuditEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("审计事件 第 {seq} 号").format(seq=event.seq))
        self.resize(720, 560)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        rows = [
            (self.tr("序号"), str(event.seq)),
            (self.tr("时间（本地）"), audit_service.when_local(event.ts)),
            (self.tr("时间（UTC）"), event.ts),
            (self.tr("操作员"), event.operator),
            (self.tr("操作"), f"{action_label(event.action)}  ({event.action})"),
            (self.tr("对象"), f"{entity_label(event.entity_type)}  {event.entity_id}".strip()),
            (self.tr("前一哈希"), event.prev_hash),
            (self.tr("本事件哈希"), event.hash),
        ]
        for label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label in (self.tr("前一哈希"), self.tr("本事件哈希")):
                field.setFont(mono)
            form.addRow(label, field)
        layout.addLayout(form)
        self.before = self._json_box(event.before, mono)
        self.after = self._json_box(event.after, mono)
        boxes = QHBoxLayout()
        for title, box in ((self.tr("变更前"), self.before), (self.tr("变更后"), self.after)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(box)
            boxes.addLayout(column)
        layout.addLayout(boxes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _json_box(raw: str, font) -> QPlainTextEdit:
        try:
            value = json.loads(raw)
            text = (
                QCoreApplication.translate("audit", "（无）")
                if value is None
                else json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
            )
        except ValueError:
            text = raw  # a tampered row: show what is stored
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setFont(font)
        return box


class AuditPage(QWidget):
    ALL = ""  # combo data meaning "no filter"

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AuditTableModel(session, self)

        self.operator_combo = QComboBox()
        self.action_combo = QComboBox()
        self.entity_combo = QComboBox()
        for combo in (self.operator_combo, self.action_combo, self.entity_combo):
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self.apply_filter)
        self.date_check = QCheckBox(self.tr("日期"))
        self.since_edit = QDateEdit()
        self.until_edit = QDateEdit()
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.apply_filter)
        self.date_check.toggled.connect(self._dates_toggled)
        self.reset_button = QPushButton(self.tr("清除筛选"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索编号、人员或内容…"))
        self.search_edit.setMinimumWidth(180)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)  # search once typing pauses
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)

        # The scan box: a footer's QR code read by a scanner (it types and presses Enter) or
        # pasted, or the head typed from the footer text; the chain must still contain it.
        self.anchor_edit = QLineEdit()
        self.anchor_edit.setClearButtonEnabled(True)
        self.anchor_edit.setPlaceholderText(self.tr("扫描或粘贴打印件页脚的审计链头…"))
        self.anchor_edit.setMinimumWidth(200)
        self.anchor_edit.returnPressed.connect(self.check_anchor)
        self.anchor_button = QPushButton(self.tr("核对链头(&K)"))
        self.anchor_button.clicked.connect(self.check_anchor)
        self.anchor_label = QLabel()
        self.anchor_label.setWordWrap(True)
        self.anchor_label.hide()  # until a head is checked

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.reset_button)
        search_row.addSpacing(16)
        search_row.addWidget(self.anchor_edit, 1)
        search_row.addWidget(self.anchor_button)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("操作员"), self.operator_combo),
            (self.tr("操作"), self.action_combo),
            (self.tr("对象类型"), self.entity_combo),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.date_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("至")))
        filters.addWidget(self.until_edit)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        list_view(
            self.table,
            wrap=False,
            resize=QHeaderView.ResizeMode.Interactive,
            widths=(140, 150, 150, 150),
        )
        list_actions(
            self.table, [], open_row=lambda: self.open_detail(self.table.currentIndex().row())
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_raw())

        # The stored record, one click away: codes, ids and JSON as hashed into the chain.
        self.raw_view = QPlainTextEdit()
        self.raw_view.setReadOnly(True)
        self.raw_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw_view.setPlaceholderText(self.tr("选择一条记录以查看原始内容"))
        self.raw_view.hide()
        self.raw_button = QPushButton(self.tr("显示原始记录"))
        self.raw_button.setCheckable(True)
        self.raw_button.toggled.connect(self._raw_toggled)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.raw_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.count_label = QLabel()
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("校验审计链"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("导出 CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.verify_label, 1)
        bottom.addWidget(self.raw_button)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(search_row)
        content_layout.addLayout(filters)
        content_layout.addWidget(self.anchor_label)
        content_layout.addWidget(splitter, 1)
        content_layout.addLayout(bottom)
        self.denied = QLabel(
            self.tr("当前操作员无权查看审计日志。请以管理员、保密员或审计员身份登录。")
        )
        self.denied.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.denied.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.denied)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._loading = True  # the dates set here query nothing: refresh() loads on a visit
        self._reset_dates()
        self._loading = False
        session.actor_changed.connect(self.refresh)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "审计")

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        allowed = self.session.can(Permission.READ_AUDIT)
        self.stack.setCurrentIndex(0 if allowed else 1)
        if not allowed:
            self.model.clear()
            return
        self.export_button.setEnabled(self.session.can(Permission.EXPORT))
        self._load_choices()
        self.apply_filter()

    def clear(self) -> None:
        close_dialogs(self)
        self.model.clear()
        self.table.clearSelection()
        self.verify_label.clear()
        self.count_label.clear()
        self.raw_view.clear()
        self._loading = True
        self.search_edit.clear()
        self._search_timer.stop()
        for combo in (self.operator_combo, self.action_combo, self.entity_combo):
            combo.clear()
        self.date_check.setChecked(False)
        self._reset_dates()
        self._loading = False

    # --- filters --------------------------------------------------------------------------------
    def _reset_dates(self) -> None:
        today = QDate.currentDate()
        self.since_edit.setDate(today.addDays(-30))
        self.until_edit.setDate(today)

    def _dates_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self.apply_filter()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        """Refill a combo, keeping the chosen value when it is still offered."""
        keep = combo.currentData()
        combo.clear()
        combo.addItem(everything, self.ALL)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(keep)
        combo.setCurrentIndex(max(found, 0))

    def _load_choices(self) -> None:
        self._loading = True
        try:
            with self.session.vault.reader() as session:
                operators = audit_service.distinct_values(session, "operator")
                actions = audit_service.distinct_values(session, "action")
                entities = audit_service.distinct_values(session, "entity_type")
            self._fill(self.operator_combo, self.tr("全部"), [(o, o) for o in operators])
            self._fill(self.action_combo, self.tr("全部"), self._action_items(actions))
            self._fill(
                self.entity_combo,
                self.tr("全部"),
                [(entity_label(e), e) for e in entities],
            )
        finally:
            self._loading = False

    def _action_items(self, actions: list[str]) -> list[tuple[str, str]]:
        """A group entry per prefix ('操作员（全部）' matches operator.*), then its actions."""
        items: list[tuple[str, str]] = []
        for prefix in sorted({a.split(".")[0] for a in actions}):
            members = [a for a in actions if a == prefix or a.startswith(prefix + ".")]
            if len(members) > 1:
                items.append(
                    (self.tr("{group}（全部）").format(group=action_label(prefix)), prefix)
                )
            for action in members:
                if len(members) > 1 and action == prefix:
                    continue  # the prefix filter matches the whole group anyway
                indent = "    " if len(members) > 1 else ""
                items.append((indent + action_label(action), action))
        return items

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.date_check.isChecked():
            since = self.since_edit.date().toPython()
            until = self.until_edit.date().toPython()
        since, until = local_day_bounds(since, until)
        return AuditFilter(
            **audit_service.search(self.search_edit.text(), translate),
            operator=self.operator_combo.currentData() or "",
            action=self.action_combo.currentData() or "",
            entity_type=self.entity_combo.currentData() or "",
            since=since,
            until=until,
        )

    def apply_filter(self) -> None:
        if self._loading or not self.session.can(Permission.READ_AUDIT):
            return
        self.model.set_filter(self.current_filter())
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()
        total = self.model.total
        if self.model.filter.text and total >= audit_service.COUNT_CAP:
            self.count_label.setText(self.tr("超过 {n} 条").format(n=total))
        else:
            self.count_label.setText(self.tr("共 {n} 条").format(n=total))
        self._show_raw()

    # --- the raw record ---------------------------------------------------------------------------
    def _raw_toggled(self, on: bool) -> None:
        self.raw_view.setVisible(on)
        self.raw_button.setText(self.tr("隐藏原始记录") if on else self.tr("显示原始记录"))
        self._show_raw()

    def _show_raw(self) -> None:
        row = self.table.currentIndex().row()
        if not self.raw_view.isVisible() or not 0 <= row < self.model.rowCount():
            self.raw_view.clear()
            return
        self.raw_view.setPlainText(raw_text(self.model.event_at(row)))

    def reset_filters(self) -> None:
        self._loading = True
        self.search_edit.clear()
        self._search_timer.stop()
        for combo in (self.operator_combo, self.action_combo, self.entity_combo):
            combo.setCurrentIndex(0)
        self.date_check.setChecked(False)
        self._reset_dates()
        self._loading = False
        self.apply_filter()

    # --- actions --------------------------------------------------------------------------------
    def open_detail(self, row: int) -> AuditDetailDialog | None:
        if not 0 <= row < self.model.rowCount():
            return None
        dialog = AuditDetailDialog(self.model.event_at(row), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def check_anchor(self) -> bool | None:
        """Does the chain still contain the head given in the scan box? None: not a head."""
        text = self.anchor_edit.text()
        self.anchor_label.show()
        try:
            anchor = anchors.parse(text, anchors.PAPER, self.tr("扫描框"))
        except ValidationError as err:
            self.anchor_label.setStyleSheet(ERROR_STYLE)
            self.anchor_label.setText(err.translated(translate))
            return None
        (found,) = self.session.read(anchors.check, [anchor])
        if found.ok:
            self.anchor_label.setStyleSheet(OK_STYLE)
            self.anchor_label.setText(
                self.tr("✔ 审计链仍包含第 {seq} 号事件 {hash}：打印之后没有被截短或改写").format(
                    seq=anchor.seq, hash=anchor.hash[:12]
                )
            )
        else:
            self.anchor_label.setStyleSheet(ERROR_STYLE)
            self.anchor_label.setText("✘ " + found.message(translate))
        self.anchor_edit.selectAll()  # the next scan replaces it
        return found.ok

    def verify(self) -> Task:
        """Recompute the chain in a worker (a long chain takes seconds) and show the result."""
        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("正在校验审计链…"))
        return run_in_thread(
            vault_admin.verify_all,  # the whole chain, replay, every anchor found
            self.session.vault,
            on_done=self._show_verified,
            on_error=self._verify_failed,
        )

    def _show_verified(self, verified: vault_admin.Verified) -> None:
        result = verified.chain
        vault_admin.note_chain(self.session.vault, result)  # on the thread that writes
        self.verify_button.setEnabled(True)
        problems = [f.text(translate) for f in verified.replay.findings]
        problems += [
            f"{translate('audit', anchors.KIND_LABELS[a.anchor.kind])}: {a.message(translate)}"
            for a in verified.anchors
            if not a.ok
        ]
        if result.ok and not problems:
            self.verify_label.setStyleSheet(OK_STYLE)
            self.verify_label.setText(
                self.tr("✔ 审计链完整，共 {n} 条事件；数据与记录一致；锚点 {a} 个相符").format(
                    n=result.count, a=len(verified.anchors)
                )
            )
            self.verify_label.setToolTip("")
        elif result.ok:
            self.verify_label.setStyleSheet(ERROR_STYLE)
            self.verify_label.setText(
                self.tr("✘ 审计链本身完整，但发现 {n} 处问题：{first}").format(
                    n=len(problems), first=problems[0]
                )
            )
            self.verify_label.setToolTip("\n".join(problems[:50]))
        else:
            self.verify_label.setStyleSheet(ERROR_STYLE)
            self.verify_label.setText(
                self.tr("✘ 第 {seq} 号事件：{problem}").format(
                    seq=result.broken_seq, problem=_tr(result.problem)
                )
            )

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setStyleSheet(ERROR_STYLE)
        self.verify_label.setText(self.tr("✘ 无法校验：{reason}").format(reason=describe(exc)))

    def export_csv(self) -> Path | None:
        if not confirm(
            self,
            self.tr("导出审计日志"),
            self.tr(
                "导出的 CSV 文件不加密，离开了受保护的数据库。"
                "请将其保存在安全的位置，用完后妥善删除。\n\n是否继续？"
            ),
        ):
            return None
        suggested = f"TSDesk-audit-{date.today():%Y%m%d}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出审计日志"), suggested, self.tr("CSV 文件 (*.csv)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        f = self.model.filter
        try:
            ok, rows = self.session.run(
                self, lambda uow: audit_service.export_csv(uow, f, path, translate), "audit"
            )
        except OSError as exc:  # the folder is read-only, the disk full …
            QMessageBox.warning(
                self, self.tr("无法完成"), self.tr("无法写入文件：{reason}").format(reason=exc)
            )
            return None
        if not ok:
            return None
        QMessageBox.information(
            self,
            self.tr("导出审计日志"),
            self.tr("已导出 {n} 条事件到：\n{path}").format(n=rows, path=str(path)),
        )
        self.refresh()  # the export itself is an audit event
        return path
