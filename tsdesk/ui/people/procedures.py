"""The procedure dialogs (003 §8.2.3–8.2.4): starting a joining, a job change or a leaving,
and the procedure itself — its items, each settled by a button that does the real thing
(revoke, return…), devices added by hand, the exit papers printed, and 完成 enabled only
when nothing is open (its tooltip says what is)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import ProcedureKind
from tsdesk.services import company, procedures
from tsdesk.services import settings as settings_service
from tsdesk.services.people import PersonRow
from tsdesk.services.permissions import Permission
from tsdesk.services.procedures import ItemRow, ProcedureView
from tsdesk.ui.attachments import AttachmentsPanel
from tsdesk.ui.common import InlineDialog, busy, fit_to_screen, list_actions
from tsdesk.ui.messages import confirm, show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ENDED_COLOR, EXPIRED_COLOR, MUTED_STYLE, date_edit, day, list_view
from tsdesk.vault import UnitOfWork


def _w(text: str) -> str:
    return QCoreApplication.translate("procedures", text)


def item_kind_text(kind: str) -> str:
    return _w(procedures.ITEM_LABELS.get(kind, kind))


def outcome_text(outcome: str) -> str:
    return _w(procedures.OUTCOME_LABELS.get(outcome, outcome))


class JoinDialog(InlineDialog):
    """入职登记: hire date, post, key post, and the grants the post needs (one a line)."""

    entity_type = "person"

    def __init__(self, session: UiSession, person: PersonRow, parent=None) -> None:
        super().__init__(session, self.tr("入职登记"), parent)
        self.person = person
        days = session.read(settings_service.get, "training_new_staff_days")
        self.set_intro(
            self.tr(
                "{name}（{number}）入职。清单：入职当日签订保密协议，{days} 天内参加保密培训，"
                "以及岗位所需的知悉授权等事项；各项到期日显示在工作台。"
            ).format(name=person.name, number=person.number, days=days)
        )
        self.hire_date = date_edit(person.hire_date or date.today())
        self.post = QLineEdit(person.post)
        self.key_post = QCheckBox(self.tr("重点岗位 / 涉密人员"))
        self.key_post.setChecked(person.key_post)
        self.tasks = QPlainTextEdit()
        self.tasks.setPlaceholderText(
            self.tr("岗位所需事项，每行一项，如“授予 MM-2026-0003 查阅权限”")
        )
        self.tasks.setFixedHeight(72)
        self.form.addRow(self.tr("入职日期"), self.hire_date)
        self.form.addRow(self.tr("岗位"), self.post)
        self.form.addRow("", self.key_post)
        self.form.addRow(self.tr("岗位事项"), self.tasks)

    def change(self, uow: UnitOfWork):
        return procedures.start_join(
            uow,
            self.person.id,
            day(self.hire_date),
            post=self.post.text(),
            key_post=self.key_post.isChecked(),
            tasks=self.tasks.toPlainText().splitlines(),
        )


class TransferDialog(InlineDialog):
    """调岗: the new department and post; every grant, access and carrier is then reviewed."""

    entity_type = "person"

    def __init__(self, session: UiSession, person: PersonRow, parent=None) -> None:
        super().__init__(session, self.tr("调岗"), parent)
        self.person = person
        self.set_intro(
            self.tr(
                "{name}（{number}）调岗。其现有 {grants} 项知悉授权、{areas} 个区域准入和所持载体"
                "将逐项列出，须逐项确认保留或撤销、归还，并签署岗位变动协议后才能完成。"
            ).format(
                name=person.name,
                number=person.number,
                grants=person.current_grants,
                areas=person.current_areas,
            )
        )
        self.department = QComboBox()
        self.department.addItem(self.tr("（未指定）"), None)
        for d in session.read(company.list_departments):
            self.department.addItem(d.name, d.id)
        self.department.setCurrentIndex(max(0, self.department.findData(person.department_id)))
        self.post = QLineEdit(person.post)
        self.effective_on = date_edit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("新部门"), self.department)
        self.form.addRow(self.tr("新岗位"), self.post)
        self.form.addRow(self.tr("调岗日期"), self.effective_on)
        self.form.addRow(self.tr("说明"), self.note)

    def change(self, uow: UnitOfWork):
        return procedures.start_transfer(
            uow,
            self.person.id,
            to_department_id=self.department.currentData(),
            to_post=self.post.text(),
            effective_on=day(self.effective_on),
            note=self.note.text(),
        )


class ExitDialog(InlineDialog):
    """离职: the leaving date; the procedure then lists what must be returned and ended."""

    entity_type = "person"

    def __init__(self, session: UiSession, person: PersonRow, parent=None) -> None:
        super().__init__(session, self.tr("办理离职"), parent)
        self.person = person
        self.set_intro(
            self.tr(
                "{name}（{number}）离职。须收回全部载体和设备（或擦除），撤销 {grants} 项知悉授权"
                "和 {areas} 个区域准入，签署离职保密承诺书，并决定是否签订竞业限制；"
                "办完后完成离职，自离职日期起其权限全部终止。"
            ).format(
                name=person.name,
                number=person.number,
                grants=person.current_grants,
                areas=person.current_areas,
            )
        )
        self.leave_on = date_edit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("离职日期"), self.leave_on)
        self.form.addRow(self.tr("说明"), self.note)

    def change(self, uow: UnitOfWork):
        return procedures.start_exit(uow, self.person.id, day(self.leave_on), note=self.note.text())


class ItemDialog(InlineDialog):
    """A device to return or wipe, or another task, added to the procedure by hand."""

    entity_type = "person"

    def __init__(self, session: UiSession, view: ProcedureView, parent=None) -> None:
        super().__init__(session, self.tr("添加事项"), parent)
        self.view = view
        self.kind = QComboBox()
        for kind in procedures.FREE_KINDS:
            if kind in procedures.OUTCOMES[view.kind]:
                self.kind.addItem(item_kind_text(kind), kind)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("如“笔记本电脑 ThinkPad X1，序列号 PF2ABC”"))
        self.due_on = date_edit(view.effective_on or date.today())
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("内容"), self.label)
        self.form.addRow(self.tr("到期日"), self.due_on)

    def change(self, uow: UnitOfWork):
        return procedures.add_item(
            uow, self.view.id, self.kind.currentData(), self.label.text(), day(self.due_on)
        )


# The settle buttons, in the order shown; each item shows only those its kind allows.
BUTTON_ORDER = (
    "kept",
    "revoked",
    "returned",
    "wiped",
    "signed",
    "done",
    "sign",
    "waive",
    "not_needed",
)
DESTRUCTIVE = frozenset({"revoked"})


class ProcedureDialog(QDialog):
    """One procedure: its items, the buttons that settle them, the papers, and 完成."""

    def __init__(self, session: UiSession, procedure_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.procedure_id = procedure_id
        self.view: ProcedureView | None = None
        self.changed = False
        fit_to_screen(self, 860, 560)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(MUTED_STYLE)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("事项"), self.tr("内容"), self.tr("到期"), self.tr("结果"), self.tr("办结")]
        )
        list_view(
            self.table,
            wrap=False,
            resize=QHeaderView.ResizeMode.ResizeToContents,
            stretch=1,
            stretch_last=False,
        )
        self.table.itemSelectionChanged.connect(self._update)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("说明（可选），如“已格式化”“仍负责该项目”"))
        self.buttons: dict[str, QPushButton] = {}
        settle_row = QHBoxLayout()
        # What each button does, in the imperative (the outcomes read as done: 已撤销).
        words = {
            "kept": self.tr("保留"),
            "revoked": self.tr("撤销…"),
            "returned": self.tr("已归还"),
            "handed_over": self.tr("已移交保管"),
            "wiped": self.tr("已擦除"),
            "signed": self.tr("已签署"),
            "done": self.tr("已完成"),
            "sign": self.tr("签订竞业限制"),
            "waive": self.tr("放弃竞业限制"),
            "not_needed": self.tr("不需要"),
        }
        for outcome in BUTTON_ORDER:
            button = QPushButton(words[outcome])
            button.clicked.connect(lambda _=False, o=outcome: self.settle(o))
            self.buttons[outcome] = button
            settle_row.addWidget(button)
        settle_row.addWidget(self.note, 1)
        list_actions(self.table, [self.buttons[o] for o in BUTTON_ORDER])
        self.add_button = QPushButton(self.tr("添加事项(&A)…"))
        self.add_button.clicked.connect(self.add_item)
        self.sheet_button = QPushButton(self.tr("离职交接单(&S)…"))
        self.sheet_button.clicked.connect(lambda: self.print_paper(False))
        self.letter_button = QPushButton(self.tr("离职提醒函(&R)…"))
        self.letter_button.clicked.connect(lambda: self.print_paper(True))
        # A leaver's carrier may be destroyed rather than kept (003 §8.2.4): 销毁 takes it.
        self.destroy_button = QPushButton(self.tr("申请销毁…"))
        self.destroy_button.clicked.connect(self.request_destruction)
        # 003 §13.3.1: a leaver suspected of taking secrets is reported as an incident.
        self.incident_button = QPushButton(self.tr("疑似泄密，立案…"))
        self.incident_button.clicked.connect(self.request_incident)
        self.complete_button = QPushButton(self.tr("完成(&C)"))
        self.complete_button.clicked.connect(self.complete)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        for button in (
            self.add_button,
            self.sheet_button,
            self.letter_button,
            self.destroy_button,
            self.incident_button,
        ):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.complete_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(settle_row)
        # The signed hand-over sheet, the signed 岗位变动协议, proof a device was wiped.
        self.attachments = AttachmentsPanel(session, "procedure")
        self.attachments.show_owner(procedure_id)
        layout.addWidget(self.attachments, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.load()

    # --- reading ------------------------------------------------------------------------------
    def load(self, select_item: int | None = None) -> None:
        view = self.view = self.session.read(procedures.get, self.procedure_id)
        self.blockers: list[str] = self.session.read(procedures.blockers, self.procedure_id)
        kind = _w(procedures.KIND_LABELS[view.kind])
        self.setWindowTitle(
            self.tr("{kind}手续 — {name}（{number}）").format(
                kind=kind, name=view.person_name, number=view.person_number
            )
        )
        facts = [
            self.tr("开始 {day}（{who}）").format(day=view.started_on, who=view.started_by),
            self.tr("生效 {day}").format(day=view.effective_on or "—"),
        ]
        if view.kind == ProcedureKind.TRANSFER:
            facts.append(
                self.tr("由 {old} {old_post} 调往 {new} {new_post}").format(
                    old=view.from_department or self.tr("未指定部门"),
                    old_post=view.from_post,
                    new=view.to_department or self.tr("未指定部门"),
                    new_post=view.to_post,
                )
            )
        if view.completed:
            facts.append(
                self.tr("已于 {day} 完成（{who}）").format(
                    day=view.completed_on, who=view.completed_by
                )
            )
        self.intro.setText("　·　".join(facts) + (f"\n{view.note}" if view.note else ""))
        today = date.today()
        self.table.setRowCount(len(view.items))
        current = None
        for r, item in enumerate(view.items):
            values = (
                item_kind_text(item.kind),
                item.label,
                str(item.due_on or ""),
                outcome_text(item.outcome) if item.outcome else self.tr("未办结"),
                " ".join(x for x in (str(item.settled_on or ""), item.settled_by, item.note) if x),
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if not item.open:
                    cell.setForeground(ENDED_COLOR)
                elif item.overdue(today):
                    cell.setForeground(EXPIRED_COLOR)
                self.table.setItem(r, c, cell)
            if item.id == select_item or (current is None and item.open and select_item is None):
                current = r
        if view.items:
            self.table.selectRow(current if current is not None else 0)
        self._update()

    def selected_item(self) -> ItemRow | None:
        row = self.table.currentRow()
        if self.view is None or not 0 <= row < len(self.view.items):
            return None
        return self.view.items[row]

    def _update(self) -> None:
        view = self.view
        if view is None:
            return
        can_edit = self.session.can(Permission.EDIT_DATA) and not view.completed
        item = self.selected_item()
        allowed = procedures.OUTCOMES[view.kind].get(item.kind, ()) if item else ()
        for outcome, button in self.buttons.items():
            button.setVisible(outcome in allowed)
            button.setEnabled(can_edit and item is not None and item.open)
        self.note.setEnabled(can_edit and item is not None and item.open)
        self.add_button.setEnabled(can_edit)
        carrier = item is not None and item.kind == "carrier" and item.subject_id is not None
        self.destroy_button.setVisible(carrier)
        self.destroy_button.setEnabled(carrier and self.session.can(Permission.EDIT_DATA))
        is_exit = view.kind == ProcedureKind.EXIT
        self.sheet_button.setVisible(is_exit)
        self.incident_button.setVisible(is_exit)
        self.incident_button.setEnabled(self.session.can(Permission.EDIT_DATA))
        self.letter_button.setVisible(is_exit)
        export = self.session.can(Permission.EXPORT)
        self.sheet_button.setEnabled(export)
        self.letter_button.setEnabled(export)
        self.complete_button.setEnabled(can_edit and not self.blockers)
        open_text = "\n".join(self.blockers)
        self.complete_button.setToolTip(
            self.tr("尚未办结：\n{items}").format(items=open_text) if self.blockers else ""
        )
        if view.completed:
            self.status.setText(self.tr("手续已完成。"))
        elif self.blockers:
            self.status.setText(
                self.tr("还有 {n} 项未办结，办完后才能完成。").format(n=len(self.blockers))
            )
        else:
            self.status.setText(self.tr("各项均已办结，可以完成。"))

    # --- changes ------------------------------------------------------------------------------
    def _run(self, change, select_item: int | None = None) -> bool:
        ok, _ = self.session.run(self, change, "person")
        if ok:
            self.changed = True
            self.note.clear()
            self.load(select_item)
        return ok

    def request_destruction(self) -> None:
        item = self.selected_item()
        if item is None or item.kind != "carrier" or item.subject_id is None:
            return
        self.accept()  # the request opens on the 销毁 page; the item is settled here later
        self.session.destruction_requested.emit("carrier", item.subject_id)

    def request_incident(self) -> None:
        if self.view is None:
            return
        self.accept()  # the case opens on the 应急处置 page with the leaver as suspect
        self.session.incident_requested.emit("person_exit", self.view.person_id)

    def settle(self, outcome: str) -> None:
        item = self.selected_item()
        if item is None or not item.open:
            return
        if outcome in DESTRUCTIVE and not confirm(
            self,
            self.tr("撤销授权"),
            self.tr("撤销“{label}”？撤销立即生效并记入审计，不能恢复（只能重新授权）。").format(
                label=item.label
            ),
        ):
            return
        note = self.note.text()
        self._run(lambda uow: procedures.settle_item(uow, item.id, outcome, note))

    def add_item(self) -> None:
        if self.view is None:
            return
        dialog = ItemDialog(self.session, self.view, self)
        if dialog.exec():
            self.changed = True
            self.load(dialog.result_value)

    def complete(self) -> None:
        view = self.view
        if view is None:
            return
        if view.kind == ProcedureKind.EXIT and not confirm(
            self,
            self.tr("完成离职"),
            self.tr("完成后 {name} 的状态为离职（{day}），其余授权随即终止。继续？").format(
                name=view.person_name, day=view.effective_on
            ),
        ):
            return
        self._run(lambda uow: procedures.complete(uow, view.id))

    def paper_pdf(self, letter: bool) -> bytes | None:
        make = procedures.exit_letter_pdf if letter else procedures.exit_sheet_pdf
        try:
            with busy():
                _, pdf = self.session.run(
                    self, lambda uow: make(uow, self.procedure_id), "person", show=False
                )
        except TSDeskError as err:
            show_error(self, err)
            return None
        return pdf

    def print_paper(self, letter: bool) -> None:
        pdf = self.paper_pdf(letter)
        if pdf is None or self.view is None:
            return
        title = self.tr("离职提醒函") if letter else self.tr("离职交接单")
        PdfPreviewDialog(pdf, f"{title} {self.view.person_number}", self).exec()

    def done(self, result: int) -> None:
        # Closed with Esc after changes is still "changed": the page refreshes either way.
        super().done(QDialog.DialogCode.Accepted if self.changed else result)
