"""The forms of the 销毁 page: a new request (its items' hold check shown live), the
supervised execution, a reason or annotation, a method of the catalogue, and legal holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError
from tsdesk.models import (
    DestructionItemKind,
    DestructionReason,
    DestructionResult,
)
from tsdesk.services import carriers, destruction, register, settings
from tsdesk.services.carriers import CarrierFilter
from tsdesk.services.operators import list_operators
from tsdesk.services.permissions import Permission
from tsdesk.services.training import people_choices
from tsdesk.ui.common import GuardedDialog, InlineDialog, list_actions
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import (
    BAD,
    DUE_COLOR,
    ERROR_STYLE,
    EXPIRED_COLOR,
    MUTED_STYLE,
    PICK_LIMIT,
    WARN,
    add_labelled,
    date_edit,
    day,
    list_view,
    text_box,
)
from tsdesk.vault import UnitOfWork

DATA_ROLE = Qt.ItemDataRole.UserRole


def word(text: str) -> str:
    """A label of the destruction service (STATUS_LABELS …) in the UI language."""
    return QCoreApplication.translate("destruction", text)


def _cell(text: str, colour=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if colour is not None:
        item.setForeground(QBrush(colour))
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    list_view(table, wrap=False, compact=True, resize=QHeaderView.ResizeMode.Interactive)
    return table


# --- 新建申请 ----------------------------------------------------------------------------------


class RequestDialog(InlineDialog):
    """A new destruction request: carriers picked by number or search, data sets described,
    a secret (after declassification) as a whole. Each item's hold check is shown as it is
    added; an item the check refuses is not added (003 §7.4, §8.2.4)."""

    entity_type = "destruction"

    def __init__(
        self,
        session: UiSession,
        preset: list[tuple[str, int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, self.tr("新建销毁申请"), parent)
        self.setMinimumWidth(760)
        self.items: list[destruction.ItemInput] = []
        self.reason = QComboBox()
        add_labelled(self.reason, destruction.REASON_LABELS, word)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("输入载体编号或名称检索"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self.add_found)
        self.found = QListWidget()
        self.found.setFixedHeight(self.found.fontMetrics().lineSpacing() * 5 + 12)
        self.found.itemDoubleClicked.connect(lambda _item: self.add_found())
        self.add_button = QPushButton(self.tr("添加载体"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_found)
        pick = QHBoxLayout()
        pick.addWidget(self.search, 1)
        pick.addWidget(self.add_button)
        self.data_text = QLineEdit()
        self.data_text.setPlaceholderText(self.tr("系统 / 路径，及其中的内容"))
        self.data_button = QPushButton(self.tr("添加数据项"))
        self.data_button.setAutoDefault(False)
        self.data_button.clicked.connect(self.add_data)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_text, 1)
        data_row.addWidget(self.data_button)
        self.table = _table(
            [self.tr("类型"), self.tr("编号"), self.tr("名称"), self.tr("保全检查")]
        )
        self.table.setMinimumHeight(150)
        for column, width in enumerate((70, 150, 200)):
            self.table.setColumnWidth(column, width)
        self.remove_button = QPushButton(self.tr("移除所选项"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        list_actions(self.table, [self.remove_button])
        self.check_note = QLabel()
        self.check_note.setWordWrap(True)
        self.check_note.setStyleSheet(ERROR_STYLE)
        self.check_note.hide()
        self.note = text_box(lines=2)
        self.form.addRow(self.tr("销毁原因"), self.reason)
        self.form.addRow(self.tr("载体"), pick)
        self.form.addRow("", self.found)
        self.form.addRow(self.tr("数据"), data_row)
        self.form.addRow(self.tr("销毁项目"), self.table)
        self.form.addRow("", self.remove_button)
        self.form.addRow("", self.check_note)
        self.form.addRow(self.tr("说明"), self.note)
        self._find()
        self.preset_items = 0
        for kind, entity_id in preset or []:
            if kind == "secret":
                self.reason.setCurrentIndex(
                    self.reason.findData(DestructionReason.DECLASSIFIED.value)
                )
                self._add(
                    destruction.ItemInput(
                        DestructionItemKind.SECRET, self._reason(), secret_id=entity_id
                    )
                )
            else:
                self._add(
                    destruction.ItemInput(
                        DestructionItemKind.CARRIER, self._reason(), carrier_id=entity_id
                    )
                )
        self.preset_items = len(self.items)

    def _reason(self) -> DestructionReason:
        return DestructionReason(self.reason.currentData())

    def _find(self, *_args) -> None:
        rows = self.session.read(
            carriers.carrier_rows, CarrierFilter(search=self.search.text()), 0, PICK_LIMIT
        )
        self.found.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.number}　{row.title}")
            item.setData(DATA_ROLE, row.id)
            self.found.addItem(item)
        if rows:
            self.found.setCurrentRow(0)

    def _label(self, inp: destruction.ItemInput) -> tuple[str, str]:
        with self.session.vault.reader() as s:
            if inp.carrier_id is not None:
                carrier = carriers.get(s, inp.carrier_id)
                return carrier.number, carrier.title
            if inp.secret_id is not None:
                secret = register.get(s, inp.secret_id)
                return secret.number, secret.subject
        return "", inp.description

    def _add(self, inp: destruction.ItemInput) -> bool:
        for known in self.items:
            if (inp.carrier_id, inp.secret_id) != (None, None) and (
                known.carrier_id,
                known.secret_id,
            ) == (inp.carrier_id, inp.secret_id):
                return False
        findings = self.session.read(destruction.check_item, inp)
        number, title = self._label(inp)
        bad = [f.text() for f in findings if f.level == BAD]
        if bad:
            # Refused by the hold check: shown, not added (the service would refuse it too).
            self.check_note.setText(self.tr("不能加入：{why}").format(why="；".join(bad)))
            self.check_note.show()
            return False
        self.check_note.hide()
        warnings = "；".join(f.text() for f in findings if f.level == WARN)
        self.items.append(inp)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, _cell(word(destruction.KIND_LABELS[inp.kind])))
        self.table.setItem(row, 1, _cell(number))
        self.table.setItem(row, 2, _cell(title))
        self.table.setItem(
            row, 3, _cell(warnings or self.tr("通过"), DUE_COLOR if warnings else None)
        )
        return True

    def add_found(self) -> None:
        item = self.found.currentItem()
        if item is None:
            return
        inp = destruction.ItemInput(
            DestructionItemKind.CARRIER, self._reason(), carrier_id=item.data(DATA_ROLE)
        )
        if self._add(inp):
            self.search.clear()

    def add_data(self) -> None:
        text = self.data_text.text().strip()
        if not text:
            self.data_text.setFocus()
            return
        if self._add(
            destruction.ItemInput(DestructionItemKind.DATA, self._reason(), description=text)
        ):
            self.data_text.clear()

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
            del self.items[index]

    def is_changed(self) -> bool:
        return len(self.items) > self.preset_items or super().is_changed()

    def check(self) -> str:
        return "" if self.items else self.tr("请至少添加一个销毁项目")

    def change(self, uow: UnitOfWork) -> int:
        reason = self._reason()
        for inp in self.items:
            inp.reason = reason  # one reason for the request, chosen last
        return destruction.create_request(uow, self.items, self.note.toPlainText())


# --- 执行销毁 ----------------------------------------------------------------------------------


class ExecuteDialog(InlineDialog):
    """The execution: date, place, executor, two or more 监销人, and per item the method
    and the result. An operator supervisor confirms with their own password here; anyone
    else signs the printed 销毁清册. An item may fail (kept, with the reason) without
    holding up the rest."""

    entity_type = "destruction"

    def __init__(self, session: UiSession, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("执行销毁"), parent)
        self.setMinimumWidth(1000)
        self.batch_id = batch_id
        self.view = session.read(destruction.get_batch, batch_id)
        self.set_intro(
            self.tr("销毁申请 {number}，共 {n} 项。监销人至少两名，且不能是执行人。").format(
                number=self.view.row.number, n=len(self.view.items)
            )
        )
        people = session.read(people_choices, "", 10_000)
        with session.vault.reader() as s:
            self.operators = [
                o for o in list_operators(s, session.vault.keyfile) if o.active and o.has_password
            ]
        self.executed_on = date_edit(date.today())
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("如：公司保密室"))
        self.executor = QComboBox()
        self.supervisor_pick = QComboBox()
        for person in people:
            text = f"{person.number}　{person.name}"
            self.executor.addItem(text, person.person_id)
            self.supervisor_pick.addItem(text, person.person_id)
        self.supervisor_pick.setEditable(False)
        self.add_supervisor_button = QPushButton(self.tr("添加监销人"))
        self.add_supervisor_button.setAutoDefault(False)
        self.add_supervisor_button.clicked.connect(self.add_supervisor)
        self.remove_supervisor_button = QPushButton(self.tr("移除"))
        self.remove_supervisor_button.setAutoDefault(False)
        self.remove_supervisor_button.clicked.connect(self.remove_supervisor)
        pick = QHBoxLayout()
        pick.addWidget(self.supervisor_pick, 1)
        pick.addWidget(self.add_supervisor_button)
        pick.addWidget(self.remove_supervisor_button)
        self.supervisors = _table(
            [self.tr("监销人"), self.tr("操作员（本人密码确认）"), self.tr("密码")]
        )
        self.supervisors.setColumnWidth(0, 180)
        self.supervisors.setColumnWidth(1, 220)
        self.supervisors.setFixedHeight(self.supervisors.fontMetrics().lineSpacing() * 6 + 30)
        sign_note = QLabel(self.tr("不是操作员的监销人在打印的销毁清册上签字。"))
        sign_note.setStyleSheet(MUTED_STYLE)
        self.items = _table(
            [
                self.tr("项目"),
                self.tr("销毁方法"),
                self.tr("结果"),
                self.tr("未销毁原因"),
                self.tr("介质类型"),
                self.tr("序列号"),
                self.tr("工具"),
                self.tr("验证方式"),
            ]
        )
        self.items.setMinimumHeight(160)
        for column, width in enumerate((200, 170, 90, 130, 90, 100, 100)):
            self.items.setColumnWidth(column, width)
        catalogue = session.read(destruction.methods)
        with session.vault.reader() as s:
            kinds = {
                i.carrier_id: carriers.get(s, i.carrier_id).kind
                for i in self.view.items
                if i.carrier_id is not None
            }
            finest = str(settings.get(s, "paper_level_top"))
        self.items.setRowCount(len(self.view.items))
        self.item_widgets: list[tuple[QComboBox, QComboBox, list[QLineEdit]]] = []
        for r, item in enumerate(self.view.items):
            number = item.carrier_number or item.secret_number
            self.items.setItem(r, 0, _cell(" ".join(x for x in (number, item.title) if x)))
            method = QComboBox()
            kind = kinds.get(item.carrier_id)
            for m in catalogue:
                if destruction.method_fits(m.applies_to, item.kind, kind):
                    method.addItem(m.label, m.key)
            # Paper: the finest level the settings ask for, which every grade accepts.
            method.setCurrentIndex(max(0, method.findText(finest, Qt.MatchFlag.MatchContains)))
            result = QComboBox()
            for value in (DestructionResult.DESTROYED, DestructionResult.FAILED):
                result.addItem(word(destruction.RESULT_LABELS[value]), value.value)
            edits = [QLineEdit() for _ in range(5)]
            self.items.setCellWidget(r, 1, method)
            self.items.setCellWidget(r, 2, result)
            for c, edit in enumerate(edits, start=3):
                self.items.setCellWidget(r, c, edit)
            self.item_widgets.append((method, result, edits))
        self.video = QLineEdit()
        self.video.setPlaceholderText(self.tr("视频存放位置（照片请在页面的附件中添加）"))
        self.form.addRow(self.tr("销毁日期"), self.executed_on)
        self.form.addRow(self.tr("销毁地点"), self.place)
        self.form.addRow(self.tr("执行人"), self.executor)
        self.form.addRow(self.tr("监销人"), pick)
        self.form.addRow("", self.supervisors)
        self.form.addRow("", sign_note)
        self.form.addRow(self.tr("销毁项目"), self.items)
        self.form.addRow(self.tr("录像"), self.video)

    def add_supervisor(self, person_id: int | None = None) -> None:
        index = (
            self.supervisor_pick.currentIndex()
            if not person_id
            else self.supervisor_pick.findData(person_id)
        )
        if index < 0:
            return
        pid = self.supervisor_pick.itemData(index)
        if pid in self.supervisor_ids():
            return
        row = self.supervisors.rowCount()
        self.supervisors.insertRow(row)
        cell = _cell(self.supervisor_pick.itemText(index))
        cell.setData(DATA_ROLE, pid)
        self.supervisors.setItem(row, 0, cell)
        operator = QComboBox()
        operator.addItem(self.tr("（不是操作员：签字）"), "")
        for o in self.operators:
            operator.addItem(f"{o.display_name or o.name}（{o.name}）", o.name)
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        password.setEnabled(False)
        operator.currentIndexChanged.connect(
            lambda _i, c=operator, p=password: p.setEnabled(bool(c.currentData()))
        )
        self.supervisors.setCellWidget(row, 1, operator)
        self.supervisors.setCellWidget(row, 2, password)

    def remove_supervisor(self) -> None:
        rows = sorted({i.row() for i in self.supervisors.selectedIndexes()}, reverse=True)
        for row in rows:
            self.supervisors.removeRow(row)

    def supervisor_ids(self) -> list[int]:
        return [
            self.supervisors.item(r, 0).data(DATA_ROLE) for r in range(self.supervisors.rowCount())
        ]

    def set_operator(self, row: int, operator_name: str, password: str) -> None:
        """For a supervisor who is an operator: their login and password (tests use it too)."""
        combo = self.supervisors.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(operator_name))
        self.supervisors.cellWidget(row, 2).setText(password)

    def set_result(self, row: int, result: DestructionResult, failure: str = "") -> None:
        _method, combo, edits = self.item_widgets[row]
        combo.setCurrentIndex(combo.findData(result.value))
        edits[0].setText(failure)

    def check(self) -> str:
        if len(self.supervisor_ids()) < 2:
            return self.tr("请至少添加两名监销人")
        return ""

    def execution(self) -> destruction.Execution:
        outcomes = []
        for item, (method, result, edits) in zip(self.view.items, self.item_widgets, strict=True):
            outcome = DestructionResult(result.currentData())
            failure, media_type, serial, tool, verification = (e.text() for e in edits)
            outcomes.append(
                destruction.ItemOutcome(
                    item_id=item.id,
                    result=outcome,
                    method_key=method.currentData()
                    if outcome == DestructionResult.DESTROYED
                    else None,
                    media_type=media_type,
                    media_serial=serial,
                    tool=tool,
                    verification=verification,
                    failure=failure,
                )
            )
        return destruction.Execution(
            executed_on=day(self.executed_on),
            place=self.place.text(),
            executor_person_id=self.executor.currentData(),
            supervisor_ids=self.supervisor_ids(),
            outcomes=outcomes,
            video_reference=self.video.text(),
        )

    def change(self, uow: UnitOfWork) -> None:
        confirmed: dict[int, str] = {}
        for r in range(self.supervisors.rowCount()):
            name = self.supervisors.cellWidget(r, 1).currentData()
            if name:
                password = self.supervisors.cellWidget(r, 2).text()
                destruction.confirm_supervisor(uow, name, password)
                confirmed[self.supervisors.item(r, 0).data(DATA_ROLE)] = name
        destruction.execute(uow, self.batch_id, self.execution(), confirmed)

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return None


# --- a reason or an annotation ---------------------------------------------------------------


class TextDialog(InlineDialog):
    """One text, then one change: 退回 and 撤销 take a reason, 批注 the annotation."""

    entity_type = "destruction"

    def __init__(
        self,
        session: UiSession,
        title: str,
        label: str,
        change,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, title, parent)
        self.run_change = change
        self.text = text_box(lines=4)
        self.form.addRow(label, self.text)

    def check(self) -> str:
        return "" if self.text.toPlainText().strip() else self.tr("请填写内容")

    def change(self, uow: UnitOfWork):
        return self.run_change(uow, self.text.toPlainText())


# --- 销毁方法 ----------------------------------------------------------------------------------

# Words of the catalogue's fields, translated in MethodDialog's context.
APPLIES_TO = {
    "paper": QT_TRANSLATE_NOOP("MethodDialog", "纸质"),
    "media": QT_TRANSLATE_NOOP("MethodDialog", "存储介质"),
    "data": QT_TRANSLATE_NOOP("MethodDialog", "电子数据"),
    "any": QT_TRANSLATE_NOOP("MethodDialog", "任何载体"),
}
SANITIZATION = {  # NIST SP 800-88
    "clear": QT_TRANSLATE_NOOP("MethodDialog", "清除"),
    "purge": QT_TRANSLATE_NOOP("MethodDialog", "净化"),
    "destroy": QT_TRANSLATE_NOOP("MethodDialog", "销毁"),
}


class MethodDialog(InlineDialog):
    """The enterprise's method catalogue: pick a method to change it, or 新方法 to add one.
    Methods are retired (inactive), never deleted: past records name them."""

    entity_type = "destruction_method"

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("销毁方法"), parent)
        self.setMinimumWidth(520)
        self.rows = session.read(destruction.methods, None, False)
        self.pick = QComboBox()
        self.pick.addItem(self.tr("（新方法）"), "")
        for m in self.rows:
            self.pick.addItem(f"{m.label} {m.level}".strip(), m.key)
        self.pick.currentIndexChanged.connect(self._show)
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("如：shred_p5"))
        self.label = QLineEdit()
        self.applies_to = QComboBox()
        for value, text in APPLIES_TO.items():
            self.applies_to.addItem(self.tr(text), value)
        self.sanitization = QComboBox()
        for value, text in SANITIZATION.items():
            self.sanitization.addItem(self.tr(text), value)
        self.level = QLineEdit()
        self.level.setPlaceholderText(self.tr("如：P-5"))
        self.active = QCheckBox(self.tr("可选用"))
        self.active.setChecked(True)
        self.form.addRow(self.tr("方法"), self.pick)
        self.form.addRow(self.tr("代码"), self.key)
        self.form.addRow(self.tr("名称"), self.label)
        self.form.addRow(self.tr("适用于"), self.applies_to)
        self.form.addRow(self.tr("处理程度"), self.sanitization)
        self.form.addRow(self.tr("安全级别"), self.level)
        self.form.addRow("", self.active)

    def _show(self) -> None:
        key = self.pick.currentData()
        m = next((m for m in self.rows if m.key == key), None)
        self.key.setText(m.key if m else "")
        self.key.setReadOnly(m is not None)
        self.label.setText(m.label if m else "")
        self.applies_to.setCurrentIndex(
            max(0, self.applies_to.findData(m.applies_to if m else "any"))
        )
        self.sanitization.setCurrentIndex(
            max(0, self.sanitization.findData(m.sanitization if m else "destroy"))
        )
        self.level.setText(m.level if m else "")
        self.active.setChecked(m.active if m else True)

    def change(self, uow: UnitOfWork) -> None:
        destruction.save_method(
            uow,
            self.key.text().strip(),
            self.label.text().strip(),
            self.applies_to.currentData(),
            self.sanitization.currentData(),
            self.level.text().strip(),
            self.active.isChecked(),
        )


# --- 法律保全 ----------------------------------------------------------------------------------


class HoldsDialog(GuardedDialog):
    """The legal holds on one carrier or secret: nothing under a hold may be destroyed.
    A hold is placed with a reason and lifted with one; never deleted."""

    def __init__(
        self,
        session: UiSession,
        entity_type: str,
        entity_id: int,
        label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.setWindowTitle(self.tr("法律保全：{what}").format(what=label))
        self.setMinimumWidth(640)
        self.table = _table(
            [
                self.tr("原因"),
                self.tr("设置人"),
                self.tr("设置时间"),
                self.tr("解除"),
                self.tr("解除原因"),
            ]
        )
        self.table.setColumnWidth(0, 200)
        self.table.setMinimumHeight(160)
        self.place_button = QPushButton(self.tr("设置保全…"))
        self.place_button.setAutoDefault(False)
        self.place_button.clicked.connect(self.place)
        self.lift_button = QPushButton(self.tr("解除保全…"))
        self.lift_button.setAutoDefault(False)
        self.lift_button.clicked.connect(self.lift)
        list_actions(self.table, [self.lift_button])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.lift_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.holds: list = []
        self.refresh()

    def refresh(self) -> None:
        self.holds = self.session.read(destruction.holds_on, self.entity_type, self.entity_id, True)
        self.table.setRowCount(len(self.holds))
        for r, h in enumerate(self.holds):
            lifted = getattr(h, "lifted_at", None)
            colour = None if lifted else EXPIRED_COLOR
            values = (
                h.reason,
                h.placed_by,
                str(h.placed_at)[:16],
                (f"{getattr(h, 'lifted_by', '')} {str(lifted)[:16]}" if lifted else ""),
                getattr(h, "lift_reason", ""),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, _cell(value, colour))
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.holds[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        chosen = self.selected()
        self.place_button.setEnabled(can_edit)
        self.lift_button.setEnabled(
            can_edit and chosen is not None and getattr(chosen, "lifted_at", None) is None
        )

    def _ask(self, title: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, self.tr("原因"))
        return text.strip() if ok and text.strip() else None

    def place(self) -> None:
        reason = self._ask(self.tr("设置法律保全"))
        if reason is None:
            return
        self.session.run(
            self,
            lambda uow: destruction.place_hold(uow, self.entity_type, self.entity_id, reason),
            "legal_hold",
        )
        self.refresh()

    def lift(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason = self._ask(self.tr("解除法律保全"))
        if reason is None:
            return
        self.session.run(
            self, lambda uow: destruction.lift_hold(uow, chosen.id, reason), "legal_hold"
        )
        self.refresh()

    def is_changed(self) -> bool:
        return False
