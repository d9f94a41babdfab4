"""The main window: navigation on the left, one page per module, a search box, the status
bar with the operator and the confidentiality notice (003 §9.1.2.3 c), and locking.

Locking (idle time or Ctrl+L) closes open dialogs, calls every page's `clear()`, clears a
copied secret from the clipboard, records a `lock` audit event and shows the lock screen,
whose inline form unlocks with `vault.relogin` — possibly as another operator.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk import __version__, capabilities, paths
from tsdesk.services import company as company_service
from tsdesk.services import settings as vault_settings
from tsdesk.ui import idle
from tsdesk.ui.common import WINDOW_FRAME, available_geometry, put_away, restore_parked
from tsdesk.ui.login import LoginForm, notice_text
from tsdesk.ui.session import UiSession
from tsdesk.ui.words import describe_actor
from tsdesk.ui.workers import wait_for_all
from tsdesk.vault import Actor, Vault

log = logging.getLogger(__name__)


def declared_pages() -> list[type[QWidget]]:
    """The navigation, in order: every capability's pages (tsdesk/capabilities). Each class
    follows the page contract: __init__(session, parent), classmethod title(), refresh() when
    shown (and on F5), clear() on lock; optionally new_record() for Ctrl+N and
    handle_search(text), asked in navigation order."""
    return [capabilities.resolve(page) for page in capabilities.each(lambda c: c.pages)]


SearchHandler = Callable[[str], bool]
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # on a navigation item: things to do there


class BadgeDelegate(QStyledItemDelegate):
    """Draws a navigation item's count of things to do as a small red pill at its right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + option.fontMetrics.horizontalAdvance("000") + 4, size.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        n = index.data(BADGE_ROLE)
        if not n:
            return
        text = str(n) if n < 1000 else "999+"
        metrics = option.fontMetrics
        width = max(metrics.height(), metrics.horizontalAdvance(text) + 10)
        rect = QRect(0, 0, width, metrics.height())
        rect.moveCenter(option.rect.center())
        rect.moveRight(option.rect.right() - 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" to the space it gets; the tooltip has it all."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())  # one line, whatever the notice's line breaks
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        )


class LockScreen(QWidget):
    """What the locked window shows: a centred panel with the unlock form."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = QFrame(self)
        self.panel.setObjectName("lockPanel")
        self.panel.setStyleSheet(
            "#lockPanel { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.panel.setMaximumWidth(560)
        self.panel.setMinimumWidth(460)
        self.form = LoginForm(vault=vault, parent=self.panel)
        self.quit_button = QPushButton(self.tr("退出"), self.panel)
        self.quit_button.setAutoDefault(False)
        self.form.button_row.insertWidget(0, self.quit_button)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(28, 24, 28, 22)
        inner.addWidget(self.form)
        grid = QGridLayout(self)
        grid.addWidget(self.panel, 1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(2, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)


class MainWindow(QMainWindow):
    """The logged-in window over one vault. Closing it closes the vault."""

    search_requested = Signal(str)
    lock_changed = Signal(bool)

    def __init__(
        self,
        session: UiSession,
        pages: Sequence[type[QWidget]] | None = None,
        *,
        idle_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._idle_ms_override = idle_ms
        self._locked = False
        self._locked_actor: Actor | None = None
        self._closed = False
        self._search_handlers: list[SearchHandler] = []

        # --- pages and navigation ---
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setSpacing(1)
        self.nav.setStyleSheet("#navigation::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = []
        for page_class in pages if pages is not None else declared_pages():
            page = page_class(session)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.nav.addItem(page_class.title())
            badges = getattr(page, "badges_changed", None)
            if badges is not None:
                badges.connect(self.set_badges)
        self.nav.setItemDelegate(BadgeDelegate(self.nav))
        self.nav.currentRowChanged.connect(self._show_page)
        # Wide enough for the longest title (English ones are longer than Chinese).
        self.nav.setFixedWidth(max(168, self.nav.sizeHintForColumn(0) + 28))

        # --- top bar: the page's title and the global search ---
        self.page_title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.page_title.setFont(title_font)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜索或扫描标签…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(300)
        self.search_edit.setToolTip(self.tr("Ctrl+F"))
        self.search_edit.returnPressed.connect(self._search)
        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 12, 4)
        top.addWidget(self.page_title, 1)
        top.addWidget(self.search_edit)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(top)
        right.addWidget(self.stack, 1)

        self.work = QWidget()
        work_layout = QHBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        work_layout.addWidget(self.nav)
        work_layout.addLayout(right, 1)

        self.lock_screen = LockScreen(session.vault)
        self.lock_screen.form.unlocked.connect(self._unlocked)
        self.lock_screen.quit_button.clicked.connect(self.close)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.work)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        # --- status bar ---
        self.notice_label = ElidedLabel()
        self.read_only_badge = QLabel(self.tr("只读"))
        self.read_only_badge.setStyleSheet(
            "background: #fdecea; color: #b3261e; border: 1px solid #f1b8b4;"
            " border-radius: 3px; padding: 0 6px;"
        )
        self.read_only_badge.setToolTip(
            self.tr("数据库以只读方式打开（另一处正在使用），不能修改。")
        )
        self.read_only_badge.setVisible(session.vault.read_only)
        self.operator_label = QLabel()
        self.lock_label = QLabel()
        for label in (self.notice_label, self.operator_label, self.lock_label):
            label.setContentsMargins(6, 0, 6, 0)
        status = self.statusBar()
        status.addWidget(self.notice_label, 1)
        status.addPermanentWidget(self.read_only_badge)
        status.addPermanentWidget(self.operator_label)
        status.addPermanentWidget(self.lock_label)

        # --- menus and shortcuts ---
        self.file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.lock_action = QAction(self.tr("锁定(&L)"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("退出(&Q)"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        # Ctrl+N and F5 work from anywhere in the window and go to the page on screen.
        self.new_action = QAction(self.tr("新建(&N)"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.refresh_action = QAction(self.tr("刷新(&R)"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_page)
        self.addActions([self.new_action, self.refresh_action])  # also while the menu is rebuilt
        self._fill_file_menu()
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于 TSDesk(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)

        # --- idle lock ---
        self.idle = idle.IdleWatcher(self._idle_interval(), self)
        self.idle.idle.connect(self.lock)

        session.actor_changed.connect(self._update_chrome)
        session.data_changed.connect(self._data_changed)
        # A page asks for a destruction request or a record's legal holds: 销毁 shows them.
        session.destruction_requested.connect(
            lambda kind, entity_id: self.open_target(
                "destruction", {"request": kind, "id": entity_id}
            )
        )
        # A page asks for an incident case from one of its records: 应急处置 opens the form.
        session.incident_requested.connect(
            lambda source, record_id: self.open_target(
                "incidents", {"source": source, "id": record_id}
            )
        )
        session.holds_requested.connect(
            lambda kind, entity_id, label: self.open_target(
                "destruction", {"holds": kind, "id": entity_id, "label": label}
            )
        )
        self._update_chrome()
        self._fit_screen()
        self.nav.setCurrentRow(0)
        self.idle.start()

    # --- chrome ---------------------------------------------------------------------------------
    def _fit_screen(self) -> None:
        """Open at 1280×800 where that fits the work area (screen less taskbar) with room to
        spare; on a small screen (1366×768, 150 % scaling) open maximised instead."""
        room = available_geometry(self).size() - WINDOW_FRAME
        preferred = QSize(1280, 800)
        self.resize(preferred.boundedTo(room))
        if room.width() < preferred.width() + 80 or room.height() < preferred.height() + 40:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _idle_interval(self) -> int:
        if self._idle_ms_override is not None:
            return self._idle_ms_override
        with self.session.vault.reader() as reading:
            return int(vault_settings.get(reading, "idle_lock_minutes")) * 60_000

    def company_name(self) -> str:
        name = self.session.read(company_service.get_profile)["org_name"]
        keyfile = self.session.vault.keyfile
        return name or (keyfile.banner.get("company", "") if keyfile else "")

    def _operator_text(self, actor: Actor) -> str:
        return self.tr("操作员：{who}").format(who=describe_actor(self.session.vault, actor))

    def _update_chrome(self) -> None:
        vault = self.session.vault
        self.setWindowTitle(self.tr("TSDesk — {company}").format(company=self.company_name()))
        with vault.reader() as reading:
            notice = vault_settings.get(reading, "confidentiality_notice")
            clipboard_seconds = vault_settings.get(reading, "clipboard_clear_seconds")
        self.notice_label.set_full_text(notice_text(notice))
        self.operator_label.setText(self._operator_text(self.session.actor))
        self.lock_label.setText(self.tr("已锁定") if self._locked else self.tr("已解锁"))
        self.lock_action.setEnabled(not self._locked)
        self.find_shortcut.setEnabled(not self._locked)
        idle.set_clipboard_timeout(clipboard_seconds)
        self.idle.set_interval(self._idle_interval())

    def _data_changed(self, _entity_type: str) -> None:
        # Company name, notice and timeouts are cheap to re-read; any change may touch them.
        self._update_chrome()

    def show_about(self) -> None:
        from tsdesk.ui.app import embedded_families

        font = embedded_families[0] if embedded_families else paths.font_path().stem
        QMessageBox.about(
            self,
            self.tr("关于 TSDesk"),
            self.tr(
                "<h3>TSDesk {version}</h3>"
                "<p>商业秘密保护管理桌面系统</p>"
                "<p>数据保存在本机的加密数据库（SQLCipher）中，所有更改记入可校验的审计链。</p>"
                "<p>界面与打印文件内嵌的中文字体：{font}（许可证见安装目录 resources/fonts）。</p>"
            ).format(version=__version__, font=font),
        )

    # --- navigation and search ------------------------------------------------------------------
    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_page(self, page_class: type[QWidget]) -> QWidget | None:
        """Switch to the page of this class (search handlers use it to show a result)."""
        for row, page in enumerate(self.pages):
            if type(page) is page_class:
                self.nav.setCurrentRow(row)
                return page
        return None

    def open_target(self, page_key: str, filters: Mapping[str, Any]) -> QWidget | None:
        """Show the page that lists `page_key` (a reminder's target, e.g. "register"),
        narrowed by `filters` through the page's `show_filtered(page_key, filters)`."""
        for row, page in enumerate(self.pages):
            if page_key in getattr(type(page), "PAGE_KEYS", ()):
                self.nav.setCurrentRow(row)
                show = getattr(page, "show_filtered", None)
                if show is not None and not self._locked:
                    show(page_key, dict(filters))
                return page
        return None

    def set_badges(self, badges: Mapping[str, int]) -> None:
        """Things to do per page key ("" for all, shown on the page that reports them)."""
        for row, page in enumerate(self.pages):
            keys = getattr(type(page), "PAGE_KEYS", ())
            n = badges.get("", 0) if hasattr(page, "badges_changed") else 0
            n += sum(badges.get(key, 0) for key in keys)
            self.nav.item(row).setData(BADGE_ROLE, n)

    def badge(self, page_class: type[QWidget]) -> int:
        for row, page in enumerate(self.pages):
            if type(page) is page_class:
                return self.nav.item(row).data(BADGE_ROLE) or 0
        return 0

    def _fill_file_menu(self) -> None:
        """文件: the shown page's own file actions (`file_actions()`, e.g. the register's
        import, export and ledger), then new / refresh, lock and quit."""
        self.file_menu.clear()  # the actions belong to the pages and the window: kept
        page = self.current_page()
        page_actions = getattr(page, "file_actions", None) if page is not None else None
        if page_actions is not None and not self._locked:
            for action in page_actions():
                self.file_menu.addAction(action)
            self.file_menu.addSeparator()
        self.file_menu.addActions([self.new_action, self.refresh_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self._fill_file_menu()
        self.page_title.setText(type(self.pages[row]).title())
        self.new_action.setEnabled(hasattr(self.pages[row], "new_record"))
        if not self._locked:
            self.pages[row].refresh()

    def new_record(self) -> None:
        """Ctrl+N: the page on screen makes a new record (a page without one ignores it)."""
        page = self.current_page()
        if not self._locked and hasattr(page, "new_record"):
            page.new_record()

    def refresh_page(self) -> None:
        """F5: reload the page on screen."""
        page = self.current_page()
        if not self._locked and page is not None:
            page.refresh()

    def add_search_handler(self, handler: SearchHandler) -> None:
        """`handler(text)` returns True when it found and showed something."""
        self._search_handlers.append(handler)

    def focus_search(self) -> None:
        if not self._locked:
            self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_edit.selectAll()

    def _search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            return
        self.search_requested.emit(text)
        if self._offer_to_pages(text) or any(handler(text) for handler in self._search_handlers):
            return
        self.statusBar().showMessage(self.tr("未找到：{text}").format(text=text), 5000)

    def _offer_to_pages(self, text: str) -> bool:
        """Pages that search (`handle_search(text) -> bool`) are asked in navigation order,
        the one on screen first — so a label scanned on 标识打印 joins the print batch there,
        and anywhere else opens its carrier. The page that takes it is brought forward."""
        current = self.stack.currentIndex()
        order = [current] + [i for i in range(len(self.pages)) if i != current]
        for row in order:
            handle = getattr(self.pages[row], "handle_search", None)
            if handle is not None and handle(text):
                self.nav.setCurrentRow(row)
                return True
        return False

    # --- locking --------------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        if self._locked or self._closed:
            return
        self._locked = True
        self._locked_actor = self.session.actor
        self.idle.stop()
        self._fill_file_menu()  # no page actions over the lock screen
        self._close_dialogs()
        for page in self.pages:
            page.clear()
        self.search_edit.clear()
        self.statusBar().clearMessage()
        idle.clear_secrets_now()
        self._record_lock()
        self.lock_screen.form.reset(self.session.actor.name)
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.form.focus_first_empty()
        self._update_chrome()
        self.lock_changed.emit(True)

    def _close_dialogs(self) -> None:
        """Dialogs left open over the window would stay readable above the lock screen; a
        form with typing in it is parked in memory for after the unlock, not thrown away."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                put_away(widget)

    def _record_lock(self) -> None:
        vault, actor = self.session.vault, self.session.actor
        if vault.read_only:
            return
        try:
            with vault.unit_of_work(actor) as uow:
                uow.record("lock", "operator", actor.operator_id or "")
        except Exception as exc:  # locking must never fail because the log could not be written
            log.warning("Could not record the lock event: %s", type(exc).__name__)

    def _unlocked(self, _vault: Vault, actor: Actor) -> None:
        if actor != self.session.actor:
            self.session.set_actor(actor)  # pages listening refresh for the new operator
        self._locked = False
        self.outer.setCurrentWidget(self.work)
        self._update_chrome()
        self._show_page(self.nav.currentRow())
        self.idle.start()
        self.lock_changed.emit(False)
        # A form parked at the lock comes back to the one who typed it; another operator
        # does not get someone else's unsaved typing, and is told it was dropped.
        same = actor == self._locked_actor
        if restore_parked(keep=same) and not same:
            self.statusBar().showMessage(
                self.tr("锁定前另一操作员未保存的表单内容已丢弃。"), 10_000
            )

    # --- closing --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._closed:
            self._closed = True
            self.idle.stop()
            restore_parked(keep=False)
            for page in self.pages:
                page.clear()
            idle.clear_secrets_now()
            wait_for_all(10_000)  # nothing may still be reading when the vault closes
            self.session.vault.close()  # releases the writer lock for the next user
        super().closeEvent(event)
