"""商业秘密: the register (商业秘密清单/台账, 003 §5.3 a) — filters, search, a lazily fetched
sortable list, and the moves of the lifecycle. Double-click opens a secret in full."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import NotFoundError
from tsdesk.models import Category, SecretStatus
from tsdesk.services import company, register
from tsdesk.services.permissions import Permission
from tsdesk.services.register import Move, RegisterFilter, RegisterRow
from tsdesk.ui.common import close_dialogs, list_actions
from tsdesk.ui.paged import BATCH, PagedModel
from tsdesk.ui.register import register_io_actions
from tsdesk.ui.register.secret_actions import (
    SecretActions,
    category_label,
    move_label,
    status_label,
    term_display,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import DUE_COLOR, ENDED_COLOR, EXPIRED_COLOR, Index, enum_data, list_view

# The list follows the search box this long after the last keystroke (a search of the
# 100,000-secret benchmark register answers in under 30 ms; the pause spares the
# half-typed words in between).
SEARCH_PAUSE_MS = 250

# 003 §5.3 a: 秘密主题、保密等级、保密期限、主责部门 … — one column per register.SORT_KEYS.
HEADERS = (
    QT_TRANSLATE_NOOP("RegisterPage", "编号"),
    QT_TRANSLATE_NOOP("RegisterPage", "秘密主题"),
    QT_TRANSLATE_NOOP("RegisterPage", "类别"),
    QT_TRANSLATE_NOOP("RegisterPage", "保密等级"),
    QT_TRANSLATE_NOOP("RegisterPage", "保密期限"),
    QT_TRANSLATE_NOOP("RegisterPage", "主责部门"),
    QT_TRANSLATE_NOOP("RegisterPage", "责任人"),
    QT_TRANSLATE_NOOP("RegisterPage", "状态"),
    QT_TRANSLATE_NOOP("RegisterPage", "下次审查"),
)
TERM_COLUMN, REVIEW_COLUMN = 4, 8
# Term filter: label, days (None: no filter; -1: already ended).
EXPIRY_CHOICES = (
    (QT_TRANSLATE_NOOP("RegisterPage", "期限：不限"), None),
    (QT_TRANSLATE_NOOP("RegisterPage", "已过期"), -1),
    (QT_TRANSLATE_NOOP("RegisterPage", "30 天内到期"), 30),
    (QT_TRANSLATE_NOOP("RegisterPage", "90 天内到期"), 90),
    (QT_TRANSLATE_NOOP("RegisterPage", "180 天内到期"), 180),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterPage", text)


class RegisterTableModel(PagedModel[RegisterRow, RegisterFilter]):
    """The filtered, sorted register, fetched 200 rows at a time as the view scrolls. The
    query sorts (by the column's register.SORT_KEYS entry) and filters; the model only
    shows."""

    CONTEXT = "RegisterPage"
    HEADERS = HEADERS

    def __init__(self, session: UiSession, parent: Any = None) -> None:
        super().__init__(session, RegisterFilter(), parent)
        self.sort_key = "number"
        self.descending = False
        self._today = date.today()
        self._loaded = False  # nothing is read before the page is first shown

    # --- loading ------------------------------------------------------------------------------
    def load(self) -> tuple[int, list[RegisterRow]]:
        self._loaded = True
        self._today = date.today()
        with self.session.vault.reader() as s:
            total = register.count_secrets(s, self.filter)
            return total, register.list_secrets(
                s, self.filter, limit=BATCH, sort=self.sort_key, descending=self.descending
            )

    def fetch(self, offset: int) -> list[RegisterRow]:
        with self.session.vault.reader() as s:
            return register.list_secrets(
                s,
                self.filter,
                offset=offset,
                limit=BATCH,
                sort=self.sort_key,
                descending=self.descending,
            )

    def clear(self) -> None:
        super().clear()
        self._loaded = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = register.SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:
            self.reload()

    def row_of(self, secret_id: int) -> int | None:
        """The row showing this secret: its position counted, then only its batch read."""
        order = {"sort": self.sort_key, "descending": self.descending}
        with self.session.vault.reader() as s:
            position = register.row_position(s, self.filter, secret_id, total=self.total, **order)
            if position is None:
                return None
            batch = None
            if position >= self.rowCount():  # its batch, read from its sort key
                ahead = position % BATCH
                batch = register.rows_around(
                    s, self.filter, secret_id, ahead=ahead, limit=BATCH, **order
                )
        if not self.load_position(position, batch):
            return None
        return position if self.row_at(position).id == secret_id else None

    # --- Qt model -----------------------------------------------------------------------------
    def _review_due(self, r: RegisterRow) -> bool:
        return (
            r.status == SecretStatus.CONFIRMED
            and r.next_review is not None
            and r.next_review <= self._today
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            r, column = self.row_at(index.row()), index.column()
        except IndexError:  # the list shrank since the count; a reload follows the change
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TERM_COLUMN:
                return term_display(r.term_kind, r.term_until, r.term_event, self._today)[0]
            if column == 2 and role == Qt.ItemDataRole.ToolTipRole:
                return category_label(r.category)
            return (
                r.number,
                r.subject,
                category_label(r.category, short=True),
                r.grade,
                None,
                r.department,
                r.owner,
                status_label(r.status),
                r.next_review.isoformat() if r.next_review else "",
            )[column]
        ended = r.status not in register.LIVE_STATUSES
        if role == Qt.ItemDataRole.ForegroundRole:
            if ended:
                return ENDED_COLOR
            if (
                column == TERM_COLUMN
                and term_display(r.term_kind, r.term_until, r.term_event, self._today)[1]
            ):
                return EXPIRED_COLOR
            if column == REVIEW_COLUMN and self._review_due(r):
                return DUE_COLOR
        if role == Qt.ItemDataRole.FontRole and not ended:
            expired = (
                column == TERM_COLUMN
                and term_display(r.term_kind, r.term_until, r.term_event, self._today)[1]
            )
            if expired or (column == REVIEW_COLUMN and self._review_due(r)):
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class RegisterPage(QWidget):
    PAGE_KEYS = ("register",)  # what a 工作台 reminder may open here

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actions = SecretActions(session, self)
        self.actions.changed.connect(self._changed)
        self.model = RegisterTableModel(session, self)

        # --- actions ------------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("新增…"))
        self.new_button.setToolTip(self.tr("新增商业秘密（Ctrl+N）"))
        self.new_button.clicked.connect(self.new_secret)
        self.move_buttons: dict[Move, QPushButton] = {}
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.new_button)
        for move in (Move.EDIT, Move.CONFIRM, Move.CHANGE, Move.DECLASSIFY, Move.VOID, Move.REVIEW):
            button = QPushButton(move_label(move))
            button.clicked.connect(lambda _=False, m=move: self._run(m))
            self.move_buttons[move] = button
            actions_row.addWidget(button)
        self.grade_button = QPushButton(self.tr("定级助手…"))
        self.grade_button.clicked.connect(self.grade_assistant)
        actions_row.addWidget(self.grade_button)
        actions_row.addStretch(1)
        # 文件: Excel/CSV in and out and the printed ledger — one menu keeps the row narrow;
        # the main window's 文件 menu shows the same actions (file_actions()).
        self.import_action = QAction(self.tr("导入…"), self)
        self.import_action.triggered.connect(self.import_register)
        self.export_action = QAction(self.tr("导出…"), self)
        self.export_action.setToolTip(self.tr("把列表中的商业秘密导出为 Excel 或 CSV 文件"))
        self.export_action.triggered.connect(self.export_register)
        self.template_action = QAction(self.tr("下载导入模板"), self)
        self.template_action.triggered.connect(self.save_template)
        self.print_action = QAction(self.tr("打印台账…"), self)
        self.print_action.setToolTip(self.tr("打印列表中的商业秘密台账"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_ledger)
        self.addAction(self.print_action)  # Ctrl+P on the page
        self.file_menu = QMenu(self)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.template_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_button = QToolButton()
        self.file_button.setText(self.tr("文件"))
        self.file_button.setToolTip(self.tr("导入、导出、下载导入模板、打印台账"))
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.file_button.setMenu(self.file_menu)
        actions_row.addWidget(self.file_button)
        self.grades_button = QPushButton(self.tr("保密等级设置…"))
        self.grades_button.clicked.connect(self.edit_grades)
        actions_row.addWidget(self.grades_button)

        # --- filters ------------------------------------------------------------------------
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("检索编号、主题、描述、秘密点"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_changed)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._search_settled)
        self.grade_combo = QComboBox()
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("类别：全部"), None)
        for c in Category:
            self.category_combo.addItem(category_label(c), c)
        self.department_combo = QComboBox()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("状态：全部"), None)
        for s in SecretStatus:
            self.status_combo.addItem(status_label(s), s)
        self.expiry_combo = QComboBox()
        for label, days in EXPIRY_CHOICES:
            self.expiry_combo.addItem(_tr(label), days)
        self.review_check = QCheckBox(self.tr("待审查"))
        self.review_check.setToolTip(self.tr("已确定且下次审查日期已到"))
        for combo in (
            self.grade_combo,
            self.category_combo,
            self.department_combo,
            self.status_combo,
            self.expiry_combo,
        ):
            combo.activated.connect(self.apply_filter)
        self.review_check.toggled.connect(self.apply_filter)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for widget in (
            self.grade_combo,
            self.category_combo,
            self.department_combo,
            self.status_combo,
            self.expiry_combo,
        ):
            filters.addWidget(widget, 1)
        filters.addWidget(self.review_check)
        filters.addWidget(self.count_label)

        # --- the list -----------------------------------------------------------------------
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        list_view(
            self.table,
            wrap=False,
            resize=QHeaderView.ResizeMode.Interactive,
            widths=(118, 0, 110, 78, 190, 96, 64, 58, 88),
            stretch=1,
            stretch_last=False,
        )
        self.table.verticalHeader().setDefaultSectionSize(26)
        list_actions(self.table, list(self.move_buttons.values()), open_row=self.open_detail)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(actions_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        session.actor_changed.connect(self._actor_changed)
        self._filters_loaded = False

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RegisterPage", "商业秘密")

    # --- page contract ------------------------------------------------------------------------
    def refresh(self) -> None:
        row = self.selected_row()
        self._load_filter_choices()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if row is not None:
            self._reselect(row.id)

    def _reselect(self, secret_id: int) -> None:
        """Keep the selection across a reload when the row is still among those loaded."""
        for i, r in self.model.loaded_rows():
            if r.id == secret_id:
                self.table.selectRow(i)
                return

    def clear(self) -> None:
        close_dialogs(self)
        self.search_edit.clear()
        self.model.clear()
        self.count_label.clear()

    def handle_search(self, text: str) -> bool:
        """From the main window's search box: a number opens that secret; other text lists
        what matches. True when something was found and shown."""
        query = text.strip()
        if not query:
            return False
        with self.session.vault.reader() as s:
            try:
                exact: int | None = register.by_number(s, query).id
            except NotFoundError:
                exact = None
            if exact is None and register.count_secrets(s, RegisterFilter(search=query)) == 0:
                return False
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(type(self))
        self._reset_filters()
        self.search_edit.setText(query)
        self.refresh()
        if exact is not None:
            self.select(exact)
        self.table.setFocus()
        return True

    # --- filters ------------------------------------------------------------------------------
    def _load_filter_choices(self) -> None:
        """Grades and departments can change (admin): reload them, keeping the choice."""
        grade, department = self.grade_combo.currentData(), self.department_combo.currentData()
        with self.session.vault.reader() as s:
            grades = register.grades(s, active_only=False)
        self.grade_combo.clear()
        self.grade_combo.addItem(self.tr("等级：全部"), None)
        for g in grades:
            self.grade_combo.addItem(g.name, g.id)
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(grade)))
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("部门：全部"), None)
        for d in self.session.read(company.list_departments):
            self.department_combo.addItem(d.name, d.id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(department)))

    def _reset_filters(self) -> None:
        for combo in (
            self.grade_combo,
            self.category_combo,
            self.department_combo,
            self.status_combo,
            self.expiry_combo,
        ):
            combo.setCurrentIndex(0)
        self.review_check.blockSignals(True)
        self.review_check.setChecked(False)
        self.review_check.blockSignals(False)

    def show_filtered(self, _page_key: str, filters: dict[str, Any]) -> None:
        """The list narrowed as a 工作台 reminder asks (RegisterFilter fields: status as its
        value, review_due, expiring_within_days); every other filter and the search cleared."""
        self._reset_filters()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for combo, key in (
            (self.status_combo, "status"),
            (self.expiry_combo, "expiring_within_days"),
        ):
            if key in filters:
                found = [i for i in range(combo.count()) if combo.itemData(i) == filters[key]]
                combo.setCurrentIndex(found[0] if found else 0)
        self.review_check.blockSignals(True)
        self.review_check.setChecked(bool(filters.get("review_due")))
        self.review_check.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            grade_id=self.grade_combo.currentData(),
            category=enum_data(self.category_combo, Category),
            department_id=self.department_combo.currentData(),
            status=enum_data(self.status_combo, SecretStatus),
            review_due=self.review_check.isChecked(),
            expiring_within_days=self.expiry_combo.currentData(),
            search=self.search_edit.text().strip(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _search_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        elif self.model.filter.search:  # cleared: everything again, at once
            self.apply_filter()

    def _search_settled(self) -> None:
        if self.search_edit.text().strip() != self.model.filter.search:
            self.apply_filter()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 {n} 项").format(n=self.model.total))

    # --- selection and actions ----------------------------------------------------------------
    def selected_row(self) -> RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, secret_id: int) -> bool:
        row = self.model.row_of(secret_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        moves = self.actions.available(row.status if row else None)
        for move, button in self.move_buttons.items():
            button.setEnabled(move in moves)
        can_edit = self.session.can(Permission.EDIT_DATA)
        self.new_button.setEnabled(can_edit)
        self.grade_button.setEnabled(Move.EDIT in moves)
        self.import_action.setEnabled(can_edit)
        can_export = self.session.can(Permission.EXPORT)
        for action in (self.export_action, self.print_action):
            action.setEnabled(can_export)
        self.grades_button.setVisible(self.session.can(Permission.EDIT_SETTINGS))

    def _run(self, move: Move) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.run(move, row.id)

    def _changed(self, secret_id: int) -> None:
        self.model.reload()
        self._update_count()
        self.select(secret_id)

    def _actor_changed(self) -> None:
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    # --- 文件 ------------------------------------------------------------------------------------
    def file_actions(self) -> list[QAction]:
        """What the main window's 文件 menu offers while this page is shown."""
        return [self.import_action, self.export_action, self.template_action, self.print_action]

    def listed(self) -> RegisterFilter | None:
        """What the list shows, for export and the ledger (None: the whole register)."""
        f = self.current_filter()
        return None if f == RegisterFilter() else f

    def import_register(self) -> None:
        if register_io_actions.open_import_wizard(self.session, self) is not None:
            self.refresh()

    def export_register(self) -> None:
        register_io_actions.export_with_warning(self.session, self, self.listed())

    def save_template(self) -> None:
        register_io_actions.save_template(self.session, self)

    def print_ledger(self) -> None:
        register_io_actions.preview_ledger(self.session, self, self.listed())

    def new_record(self) -> None:
        """Ctrl+N (the main window's)."""
        if self.new_button.isEnabled():
            self.new_secret()

    def new_secret(self) -> None:
        if self.session.can(Permission.EDIT_DATA):
            self.actions.new()

    def grade_assistant(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.actions.grade(row.id)

    def edit_grades(self) -> None:
        from tsdesk.ui.register.grading_dialog import GradesDialog

        GradesDialog(self.session, self).exec()
        self.refresh()

    def open_detail(self, index: QModelIndex | None = None) -> None:
        from tsdesk.ui.register.secret_detail import SecretDetailDialog

        row = self.model.row_at(index.row()) if index is not None else self.selected_row()
        if row is None:
            return
        SecretDetailDialog(self.session, row.id, self).exec()
        self.model.reload()
        self._update_count()
        self.select(row.id)
