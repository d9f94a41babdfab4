"""工作台: what needs doing. One tile per reminder that the modules registered (see
`services/reminders.py`) — click it to open its list, filtered — plus the state of the audit
chain and the last few things that happened.

The page never queries the business tables itself: it runs `reminders.evaluate` in a worker
thread and shows the figures; the main window puts the same figures on its navigation as
badges (`badges_changed`). The audit chain is checked once per session, after the first count:
only the events since the last verification (and the whole chain when that is a week old);
the button verifies the whole chain.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.services import audit as audit_service
from tsdesk.services import company as company_service
from tsdesk.services import reminders, vault_admin
from tsdesk.services.permissions import Permission
from tsdesk.services.reminders import Count, Reminder, Severity
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, MUTED_STYLE, OK_STYLE, list_view
from tsdesk.ui.words import describe_actor, described
from tsdesk.ui.workers import run_in_thread
from tsdesk.vault import Vault
from tsdesk.vault.audit import VerifyResult

RECENT = 10
COLUMNS = 5  # tiles per row: three rows fit a 1366×768 screen with the recent list
RECOUNT_DELAY_MS = 400  # after a change, wait for the burst to end before counting again

# Tile colours by severity when there is something to see (none when the figure is 0).
_TILE_COLOURS = {
    Severity.OVERDUE: ("#fdecea", "#e6a19b", "#b3261e"),
    Severity.DUE: ("#fff6e0", "#e8c77a", "#8a5a00"),
    Severity.INFO: ("palette(base)", "palette(midlight)", "palette(text)"),
}


def _r(text: str) -> str:
    return QCoreApplication.translate("reminders", text) if text else ""


def count_all(vault: Vault) -> list[Count]:
    """Every registered reminder, counted in one read transaction (runs in a worker)."""
    with vault.reader() as session:
        return reminders.evaluate(session)


class ReminderTile(QPushButton):
    """One reminder: its figure and title; a click opens the list it counts."""

    def __init__(self, reminder: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.setObjectName("tile")
        self.setProperty("contextual", True)  # hidden while its question does not arise
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(62)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.figure = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.figure.setFont(font)
        self.figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.figure.setMinimumWidth(36)
        self.caption = QLabel(_r(reminder.title), self)
        self.caption.setWordWrap(True)
        for label in (self.figure, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.figure)
        layout.addWidget(self.caption, 1)
        self.setToolTip(_r(reminder.hint))
        self.setEnabled(bool(reminder.page))
        self.set_count(None)

    def set_count(self, n: int | None, failed: bool = False) -> None:
        self.n = n
        self.setVisible(n != reminders.NOT_APPLICABLE)
        if n is None:
            self.figure.setText("×" if failed else "…")
        elif self.reminder.value:
            self.figure.setText(_r(self.reminder.value).format(n=n))
        else:
            self.figure.setText(str(n))
        loud = bool(n) and not self.reminder.value
        background, border, ink = _TILE_COLOURS[self.reminder.severity if loud else Severity.INFO]
        self.setStyleSheet(
            f"#tile {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 6px; text-align: left; }}"
            f" #tile:hover {{ border-color: palette(highlight); }}"
        )
        muted = n == 0 and not self.reminder.value
        self.figure.setStyleSheet(MUTED_STYLE if muted else f"color: {ink};")
        self.caption.setStyleSheet(MUTED_STYLE if muted else "")


class DashboardPage(QWidget):
    # {page key: things to do, "": all}: the main window shows them on its navigation
    badges_changed = Signal(dict)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0  # bumped by clear(): answers arriving later are dropped
        self._active = False  # between refresh() and clear(): counting follows changes
        self._chain: VerifyResult | None = None  # the last verification this session
        self._chain_at: datetime | None = None
        self._verifying = False
        self.counts: list[Count] = []

        self.company_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.company_label.setFont(font)
        self.company_label.setWordWrap(True)
        self.operator_label = QLabel(self)
        self.operator_label.setStyleSheet(MUTED_STYLE)

        # --- the audit chain: checked once per session, verified whole on request ---
        self.chain_label = QLabel(self)
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_detail = QLabel(self)
        self.chain_detail.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("校验审计链"), self)
        self.verify_button.setAutoDefault(False)
        self.verify_button.setToolTip(self.tr("逐条重新计算审计链，检查记录是否被改动或删除"))
        self.verify_button.clicked.connect(self.verify_chain)
        chain = QFrame(self)
        chain.setObjectName("chain")
        chain.setStyleSheet(
            "#chain { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 6px; }"
        )
        chain_text = QVBoxLayout()
        chain_text.setSpacing(2)
        chain_title = QLabel(self.tr("审计链"), chain)
        chain_title.setStyleSheet(MUTED_STYLE)
        chain_text.addWidget(chain_title)
        chain_text.addWidget(self.chain_label)
        chain_text.addWidget(self.chain_detail)
        chain_layout = QHBoxLayout(chain)
        chain_layout.setContentsMargins(12, 6, 12, 6)
        chain_layout.addLayout(chain_text, 1)
        chain_layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignVCenter)

        who = QVBoxLayout()
        who.addWidget(self.company_label)
        who.addWidget(self.operator_label)
        head = QHBoxLayout()
        head.addLayout(who, 3)
        head.addWidget(chain, 2)

        # --- what needs doing: one tile per registered reminder ---
        self.todo_title = QLabel(self.tr("待办事项"), self)
        bold = QFont(self.font())
        bold.setBold(True)
        self.todo_title.setFont(bold)
        self.todo_status = QLabel(self)
        self.todo_status.setStyleSheet(MUTED_STYLE)
        todo_head = QHBoxLayout()
        todo_head.addWidget(self.todo_title)
        todo_head.addWidget(self.todo_status, 1)
        self.tiles: dict[str, ReminderTile] = {}
        self.tile_grid = QGridLayout()
        self.tile_grid.setHorizontalSpacing(8)
        self.tile_grid.setVerticalSpacing(8)
        for column in range(COLUMNS):
            self.tile_grid.setColumnStretch(column, 1)
        self._build_tiles()

        # --- recent activity ---
        self.recent_title = QLabel(self.tr("最近操作"), self)
        self.recent_title.setFont(bold)
        self.recent_table = QTableWidget(0, 4, self)
        self.recent_table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("操作员"), self.tr("操作"), self.tr("对象")]
        )
        list_view(
            self.recent_table,
            multi=True,
            wrap=False,
            resize=QHeaderView.ResizeMode.ResizeToContents,
        )
        self.recent_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_denied = QLabel(
            self.tr("当前操作员无权查看审计记录。"), self, alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.recent_denied.setStyleSheet(MUTED_STYLE)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addSpacing(4)
        layout.addLayout(todo_head)
        layout.addLayout(self.tile_grid)
        layout.addSpacing(6)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_table)
        layout.addWidget(self.recent_denied)
        layout.addStretch(1)
        self.recent_denied.hide()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._recount_timer = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._recount_timer.timeout.connect(self.recount)
        session.data_changed.connect(self._data_changed)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DashboardPage", "工作台")

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        vault, actor = self.session.vault, self.session.actor
        self._active = True
        self._generation += 1
        profile = self.session.read(company_service.get_profile)
        self.company_label.setText(profile["org_name"] or "TSDesk")
        self.operator_label.setText(
            self.tr("当前操作员：{who}").format(who=describe_actor(vault, actor))
            + (" · " + self.tr("只读打开") if vault.read_only else "")
        )
        if self._chain is None and not self._verifying:
            self.check_chain()  # once per session; later visits show that answer
        else:
            self._show_chain()
        self.recount()
        self._load_recent()

    def clear(self) -> None:
        self._active = False
        self._generation += 1
        self._recount_timer.stop()
        self.company_label.clear()
        self.operator_label.clear()
        self.chain_label.clear()
        self.chain_detail.clear()
        self.todo_status.clear()
        for tile in self.tiles.values():
            tile.set_count(None)
        self.recent_table.setRowCount(0)
        self._fit_table_height()

    # --- reminders ------------------------------------------------------------------------------
    def _build_tiles(self) -> None:
        for i, reminder in enumerate(reminders.registered()):
            tile = ReminderTile(reminder, self)
            tile.clicked.connect(lambda _=False, r=reminder: self.open_reminder(r))
            self.tiles[reminder.key] = tile
            self.tile_grid.addWidget(tile, i // COLUMNS, i % COLUMNS)

    def recount(self) -> None:
        """Count every reminder in a worker; the tiles and badges follow when it answers."""
        generation = self._generation
        self.todo_status.setText(self.tr("正在统计…"))
        run_in_thread(
            count_all,
            self.session.vault,
            on_done=lambda counts: self._counted(generation, counts),
            on_error=lambda _exc: self._counted(generation, None),
        )

    def _counted(self, generation: int, counts: list[Count] | None) -> None:
        if generation != self._generation:
            return  # cleared (locked) or refreshed since: this answer is stale
        if counts is None:
            self.todo_status.setText(self.tr("统计未能完成，详情已写入日志"))
            self.todo_status.setStyleSheet(ERROR_STYLE)
            return
        self.counts = counts
        for c in counts:
            tile = self.tiles.get(c.reminder.key)
            if tile is not None:
                tile.set_count(c.n, failed=c.n is None)
        badges = reminders.badges(counts)
        self.todo_status.setStyleSheet(MUTED_STYLE)
        self.todo_status.setText(
            self.tr("共 {n} 项待处理 · 点击方块查看清单").format(n=badges[""])
            if badges[""]
            else self.tr("没有待处理的事项")
        )
        self.badges_changed.emit(badges)

    def _data_changed(self, _entity_type: str) -> None:
        if self._active:
            self._recount_timer.start()  # the badges follow changes made on other pages

    def open_reminder(self, reminder: Reminder) -> None:
        window = self.window()
        if reminder.page and hasattr(window, "open_target"):
            window.open_target(reminder.page, dict(reminder.filter))

    # --- the audit chain ------------------------------------------------------------------------
    def check_chain(self) -> None:
        """The events since the last verification, in a worker (the first visit)."""
        self._start_verifying()
        run_in_thread(
            vault_admin.check_chain,
            self.session.vault,
            True,  # incremental
            on_done=self._verified,
            on_error=lambda _exc: self._verified(None),
        )

    def verify_chain(self) -> None:
        """Verify the whole chain in a worker (the button)."""
        self._start_verifying()
        run_in_thread(
            vault_admin.check_chain,  # the whole chain; notes how far it holds
            self.session.vault,
            on_done=self._verified,
            on_error=lambda _exc: self._verified(None),
        )

    def _start_verifying(self) -> None:
        self._verifying = True
        self.verify_button.setEnabled(False)
        self._show_chain()

    def _verified(self, result: VerifyResult | None) -> None:
        if result is not None:  # noted here, on the thread that writes, never beside a write
            vault_admin.note_chain(self.session.vault, result)
        self._verifying = False
        self._chain = result
        self._chain_at = datetime.now()
        self.verify_button.setEnabled(True)
        if self._active:
            self._show_chain()

    def _show_chain(self) -> None:
        head = self.session.vault.chain_head()
        self.chain_label.setText(
            self.tr("第 {seq} 号 · {hash}").format(seq=head.seq, hash=head.short)
        )
        result = self._chain
        if self._verifying:
            text, style = self.tr("正在校验…"), MUTED_STYLE
        elif result is None and self._chain_at is not None:
            text, style = self.tr("校验未能完成，详情已写入日志"), ERROR_STYLE
        elif result is None:
            text, style = "", ""
        elif result.ok:
            at = f"{self._chain_at:%H:%M}" if self._chain_at else ""
            if result.since:
                full = datetime.fromisoformat(result.full_at).astimezone()
                text = self.tr(
                    "✓ 已校验至第 {seq} 条：{at} 校验了新增的 {n} 条，全链于 {full} 完整校验"
                ).format(seq=result.last_seq, at=at, n=result.count, full=f"{full:%Y-%m-%d}")
            else:
                text = self.tr("✓ 完整：{at} 校验了 {n} 条事件").format(at=at, n=result.count)
            newer = head.seq - result.last_seq
            if newer > 0:
                text += self.tr("（之后新增 {n} 条）").format(n=newer)
            style = OK_STYLE
        else:
            text = self.tr("✗ 第 {seq} 号事件起链条断开：{problem}").format(
                seq=result.broken_seq, problem=result.problem
            )
            style = ERROR_STYLE
        self.chain_detail.setText(text)
        self.chain_detail.setStyleSheet(style)

    # --- recent activity ------------------------------------------------------------------------
    def _load_recent(self) -> None:
        allowed = self.session.can(Permission.READ_AUDIT)
        self.recent_table.setVisible(allowed)
        self.recent_denied.setVisible(not allowed)
        if not allowed:
            self.recent_table.setRowCount(0)
            return
        events = self.session.read(audit_service.page, audit_service.AuditFilter(), 0, RECENT)
        self.recent_table.setRowCount(len(events))
        words = described(self.session, events)  # business numbers, not database ids
        for row, (event, w) in enumerate(zip(events, words, strict=True)):
            entity = f"{w.entity} {w.number}".strip()
            for column, text in enumerate(
                (audit_service.when_local(event.ts), w.operator, w.action, entity)
            ):
                self.recent_table.setItem(row, column, QTableWidgetItem(text))
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """As tall as its (at most ten) rows: no empty grid below them."""
        table = self.recent_table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth())
