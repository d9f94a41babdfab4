"""The forms of the 培训与检查 page: a training session with its attendees, the scores, a
drill, an inspection's plan and result, and a corrective action added or closed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
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

from tsdesk.models import TrainingAudience
from tsdesk.services import stocktake, training
from tsdesk.services.training import AttendeeRow, DrillInput, InspectionInput, SessionInput
from tsdesk.ui.common import InlineDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE, add_labelled, date_edit, day, text_box
from tsdesk.vault import UnitOfWork

PERSON_ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("training", text)


def _person_text(p: AttendeeRow) -> str:
    return "　".join(x for x in (p.number, p.name, p.department) if x)


class PeoplePicker(QWidget):
    """Pick people: search the active staff on the left, the chosen ones on the right."""

    def __init__(self, session: UiSession, chosen: list[AttendeeRow], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("检索姓名、工号、部门"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.found = QListWidget()
        self.found.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.found.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.chosen = QListWidget()
        self.chosen.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_selected())
        self.add_button = QPushButton(self.tr("添加 →"))
        self.add_button.clicked.connect(self.add_selected)
        self.add_all_button = QPushButton(self.tr("全部添加"))
        self.add_all_button.setToolTip(self.tr("添加左侧列出的全部人员"))
        self.add_all_button.clicked.connect(self.add_all)
        self.remove_button = QPushButton(self.tr("← 移除"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel()
        self.count.setStyleSheet(MUTED_STYLE)
        self._chosen: set[int] = set()
        for widget in (self.found, self.chosen):
            widget.setMinimumHeight(150)
        middle = QVBoxLayout()
        middle.addStretch(1)
        for button in (self.add_button, self.add_all_button, self.remove_button):
            button.setAutoDefault(False)
            middle.addWidget(button)
        middle.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.found, 1)
        right = QVBoxLayout()
        right.addWidget(self.count)
        right.addWidget(self.chosen, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(middle)
        layout.addLayout(right, 1)
        for person in chosen:
            self._add(person)
        self.refresh()

    def refresh(self, *_args) -> None:
        # Everyone (an all-staff session adds them all at once), narrowed as one types.
        rows = self.session.read(training.people_choices, self.search.text(), 10_000)
        self.found.clear()
        for person in rows:
            item = QListWidgetItem(_person_text(person))
            item.setData(PERSON_ROLE, person)
            self.found.addItem(item)
        self._count()

    def ids(self) -> tuple[int, ...]:
        return tuple(
            self.chosen.item(i).data(PERSON_ROLE).person_id for i in range(self.chosen.count())
        )

    def _add(self, person: AttendeeRow) -> None:
        if person.person_id in self._chosen:
            return
        self._chosen.add(person.person_id)
        item = QListWidgetItem(_person_text(person))
        item.setData(PERSON_ROLE, person)
        self.chosen.addItem(item)

    def add_selected(self) -> None:
        for item in self.found.selectedItems():
            self._add(item.data(PERSON_ROLE))
        self._count()

    def add_all(self) -> None:
        for i in range(self.found.count()):
            self._add(self.found.item(i).data(PERSON_ROLE))
        self._count()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self._chosen.discard(item.data(PERSON_ROLE).person_id)
            self.chosen.takeItem(self.chosen.row(item))
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("已选 {n} 人").format(n=self.chosen.count()))


class SessionDialog(InlineDialog):
    """New training session, or a session's details and attendees (003 §12.1)."""

    entity_type = "training_session"

    def __init__(
        self,
        session: UiSession,
        session_id: int | None = None,
        parent=None,
        attendees: list[AttendeeRow] | None = None,
    ) -> None:
        super().__init__(
            session, self.tr("新增培训") if session_id is None else self.tr("编辑培训"), parent
        )
        self.setMinimumWidth(640)
        self.session_id = session_id
        row = None
        attendees = list(attendees or [])  # a new session for the people due, say
        if session_id is not None:
            with session.vault.reader() as s:
                row = training.get_session(s, session_id)
                attendees = training.attendees_of(s, session_id)
        self.topic = QLineEdit(row.topic if row else "")
        self.topic.setPlaceholderText(self.tr("如：商业秘密保护制度宣讲"))
        self.audience = QComboBox()
        add_labelled(self.audience, training.AUDIENCE_LABELS, _t)
        if row is not None:
            self.audience.setCurrentIndex(self.audience.findData(row.audience.value))
        else:
            self.audience.setCurrentIndex(self.audience.findData(TrainingAudience.ALL.value))
        self.held_on = date_edit(row.held_on if row else None)
        self.trainer = QLineEdit(row.trainer if row else "")
        self.note = QLineEdit(row.note if row else "")
        self.picker = PeoplePicker(session, attendees)
        self.form.addRow(self.tr("培训主题"), self.topic)
        self.form.addRow(self.tr("培训对象"), self.audience)
        self.form.addRow(self.tr("培训日期"), self.held_on)
        self.form.addRow(self.tr("讲师"), self.trainer)
        self.form.addRow(self.tr("备注"), self.note)
        self.form.addRow(self.tr("参训人员"), self.picker)

    def change(self, uow: UnitOfWork):
        data = SessionInput(
            topic=self.topic.text(),
            audience=TrainingAudience(self.audience.currentData()),
            held_on=day(self.held_on),
            trainer=self.trainer.text(),
            note=self.note.text(),
            attendee_ids=self.picker.ids(),
        )
        if self.session_id is None:
            return training.add_session(uow, data)
        return training.update_session(uow, self.session_id, data)

    def field_for(self, err):
        return self.topic


class ScoresDialog(InlineDialog):
    """The optional test scores of a session's attendees (blank: no score)."""

    entity_type = "training_session"

    def __init__(self, session: UiSession, session_id: int, parent=None) -> None:
        super().__init__(session, self.tr("登记培训成绩"), parent)
        self.session_id = session_id
        self.rows = session.read(training.attendees_of, session_id)
        self.set_intro(self.tr("成绩为 0–100 的整数；不考试的留空。"))
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("工号"), self.tr("姓名"), self.tr("成绩")])
        self.table.verticalHeader().hide()
        for r, person in enumerate(self.rows):
            for c, text in enumerate(
                (person.number, person.name, "" if person.score is None else str(person.score))
            ):
                item = QTableWidgetItem(text)
                if c < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.setMinimumHeight(240)
        self.form.addRow(self.table)

    def scores(self) -> dict[int, int | None] | None:
        out: dict[int, int | None] = {}
        for r, person in enumerate(self.rows):
            item = self.table.item(r, 2)
            text = item.text().strip() if item else ""
            if text and not text.isdigit():
                return None
            out[person.person_id] = int(text) if text else None
        return out

    def check(self) -> str:
        return "" if self.scores() is not None else self.tr("成绩应为 0–100 的整数")

    def change(self, uow: UnitOfWork):
        return training.record_scores(uow, self.session_id, self.scores() or {})


class DrillDialog(InlineDialog):
    """A leak-response drill as it was held (003 §12.2, §13.1)."""

    entity_type = "drill"

    def __init__(self, session: UiSession, drill_id: int | None = None, parent=None) -> None:
        super().__init__(
            session, self.tr("登记演练") if drill_id is None else self.tr("编辑演练"), parent
        )
        self.setMinimumWidth(640)
        self.drill_id = drill_id
        row, participants = None, []
        if drill_id is not None:
            with session.vault.reader() as s:
                row = training.get_drill(s, drill_id)
                participants = training.participants_of(s, drill_id)
        self.scenario = text_box(row.scenario if row else "", 2)
        self.scenario.setPlaceholderText(self.tr("如：研发人员通过个人网盘外传图纸"))
        self.held_on = date_edit(row.held_on if row else None)
        self.held_on.setMaximumDate(QDate.currentDate())  # a drill is recorded once held
        self.timeline = text_box(row.timeline if row else "", 3)
        self.timeline.setPlaceholderText(self.tr("每行一步，如：09:00 发现异常外发"))
        self.findings = text_box(row.findings if row else "", 2)
        self.picker = PeoplePicker(session, participants)
        self.form.addRow(self.tr("演练场景"), self.scenario)
        self.form.addRow(self.tr("演练日期"), self.held_on)
        self.form.addRow(self.tr("过程记录"), self.timeline)
        self.form.addRow(self.tr("发现的问题"), self.findings)
        self.form.addRow(self.tr("参加人员"), self.picker)

    def change(self, uow: UnitOfWork):
        data = DrillInput(
            scenario=self.scenario.toPlainText(),
            held_on=day(self.held_on),
            timeline=self.timeline.toPlainText(),
            findings=self.findings.toPlainText(),
            participant_ids=self.picker.ids(),
        )
        if self.drill_id is None:
            return training.add_drill(uow, data)
        return training.update_drill(uow, self.drill_id, data)


class InspectionDialog(InlineDialog):
    """An inspection's plan: what is checked, by whom, against which rules (003 §12.3)."""

    entity_type = "inspection"

    def __init__(self, session: UiSession, inspection_id: int | None = None, parent=None):
        super().__init__(
            session,
            self.tr("新增检查计划") if inspection_id is None else self.tr("编辑检查计划"),
            parent,
        )
        self.setMinimumWidth(600)
        self.inspection_id = inspection_id
        row = session.read(training.get_inspection, inspection_id) if inspection_id else None
        self.title_edit = QLineEdit(row.title if row else "")
        self.title_edit.setPlaceholderText(self.tr("如：2026 年第二季度保密检查"))
        self.planned_on = date_edit(row.planned_on if row else None)
        self.inspector = QLineEdit(row.inspector if row else "")
        self.areas = text_box(row.scope_areas if row else "", 2)
        self.carriers = text_box(row.scope_carriers if row else "", 2)
        self.people = text_box(row.scope_people if row else "", 2)
        self.rules = text_box(row.rules if row else "", 3)
        self.rules.setPlaceholderText(self.tr("如：涉密区域管理制度；涉密载体管理制度"))
        self.form.addRow(self.tr("检查名称"), self.title_edit)
        self.form.addRow(self.tr("计划日期"), self.planned_on)
        self.form.addRow(self.tr("检查人"), self.inspector)
        self.form.addRow(self.tr("涉密区域"), self.areas)
        self.form.addRow(self.tr("涉密载体"), self.carriers)
        self.form.addRow(self.tr("涉密人员"), self.people)
        self.form.addRow(self.tr("检查依据"), self.rules)

    def change(self, uow: UnitOfWork):
        data = InspectionInput(
            title=self.title_edit.text(),
            planned_on=day(self.planned_on),
            inspector=self.inspector.text(),
            scope_areas=self.areas.toPlainText(),
            scope_carriers=self.carriers.toPlainText(),
            scope_people=self.people.toPlainText(),
            rules=self.rules.toPlainText(),
        )
        if self.inspection_id is None:
            return training.plan_inspection(uow, data)
        return training.update_plan(uow, self.inspection_id, data)


class ResultDialog(InlineDialog):
    """What the inspection found, its conclusion, whether it is done, and a stock-take."""

    entity_type = "inspection"

    def __init__(self, session: UiSession, inspection_id: int, parent=None) -> None:
        super().__init__(session, self.tr("登记检查结果"), parent)
        self.setMinimumWidth(600)
        self.inspection_id = inspection_id
        with session.vault.reader() as s:
            row = training.get_inspection(s, inspection_id)
            taken = [t for t in stocktake.list_stocktakes(s) if t.finished_at is not None]
        self.findings = text_box(row.findings, 4)
        self.conclusion = text_box(row.conclusion, 2)
        self.done_box = QCheckBox(self.tr("检查已完成，完成日期"))
        self.done_box.setChecked(row.done_on is not None)
        self.done_on = date_edit(row.done_on)
        self.done_on.setMaximumDate(QDate.currentDate())
        self.done_on.setEnabled(self.done_box.isChecked())
        self.done_box.toggled.connect(self.done_on.setEnabled)
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_box)
        done_row.addWidget(self.done_on)
        done_row.addStretch(1)
        self.stocktake = QComboBox()
        self.stocktake.addItem(self.tr("（不关联盘点）"), None)
        for t in taken:
            where = " ".join(x for x in (t.area, t.location) if x)
            finished = t.finished_at.strftime("%Y-%m-%d") if t.finished_at else ""
            self.stocktake.addItem(
                self.tr("第 {n} 次盘点 {where} {day}").format(n=t.id, where=where, day=finished),
                t.id,
            )
        self.stocktake.setCurrentIndex(max(0, self.stocktake.findData(row.stocktake_id)))
        self.form.addRow(self.tr("发现的问题"), self.findings)
        self.form.addRow(self.tr("检查结论"), self.conclusion)
        self.form.addRow("", done_row)
        self.form.addRow(self.tr("盘点结果"), self.stocktake)

    def change(self, uow: UnitOfWork):
        training.record_result(
            uow,
            self.inspection_id,
            self.findings.toPlainText(),
            self.conclusion.toPlainText(),
            day(self.done_on) if self.done_box.isChecked() else None,
        )
        training.link_stocktake(uow, self.inspection_id, self.stocktake.currentData())


class ActionDialog(InlineDialog):
    """A corrective action: what, who (a person, or a name as written) and by when."""

    entity_type = "inspection"

    def __init__(self, session: UiSession, inspection_id: int, parent=None) -> None:
        super().__init__(session, self.tr("新增整改措施"), parent)
        self.inspection_id = inspection_id
        self.description = text_box("", 2)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItem("", None)
        for person in session.read(training.people_choices, "", 5000):
            self.owner.addItem(f"{person.name}（{person.number}）", person.person_id)
        self.owner.lineEdit().setPlaceholderText(self.tr("选择人员，或直接填写姓名"))
        self.due_on = date_edit(date.today())
        self.form.addRow(self.tr("整改措施"), self.description)
        self.form.addRow(self.tr("责任人"), self.owner)
        self.form.addRow(self.tr("整改期限"), self.due_on)

    def _owner(self) -> tuple[int | None, str]:
        text = self.owner.currentText().strip()
        index = self.owner.findText(text)
        if index > 0:
            return self.owner.itemData(index), ""
        return None, text

    def change(self, uow: UnitOfWork):
        person_id, name = self._owner()
        return training.add_action(
            uow,
            self.inspection_id,
            self.description.toPlainText(),
            day(self.due_on),
            owner_person_id=person_id,
            owner=name,
        )


class CloseActionDialog(InlineDialog):
    """Close a corrective action with its evidence: written, or a file attached here."""

    entity_type = "inspection"

    def __init__(self, session: UiSession, action_id: int, parent=None) -> None:
        super().__init__(session, self.tr("关闭整改措施"), parent)
        self.action_id = action_id
        action = session.read(training.get_action, action_id)
        self.set_intro(
            self.tr("{what}\n责任人：{owner}　期限：{due}").format(
                what=action.description, owner=action.owner, due=action.due_on.isoformat()
            )
        )
        self.evidence = text_box("", 3)
        self.evidence.setPlaceholderText(self.tr("整改情况，如“已补录门禁记录并签字确认”"))
        self.closed_on = date_edit()
        self.closed_on.setMaximumDate(QDate.currentDate())
        self.file: tuple[str, bytes] | None = None
        self.file_label = QLabel(self.tr("（未添加文件）"))
        self.file_label.setStyleSheet(MUTED_STYLE)
        self.file_button = QPushButton(self.tr("添加佐证文件…"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        self.form.addRow(self.tr("整改佐证"), self.evidence)
        self.form.addRow("", file_row)
        self.form.addRow(self.tr("关闭日期"), self.closed_on)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("添加佐证文件"),
            "",
            self.tr("扫描件、照片或文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.xlsx)"),
        )
        if not path:
            return
        try:
            self.file = (Path(path).name, Path(path).read_bytes())
        except OSError as exc:
            self.show_error(str(exc))
            return
        self.file_label.setText(self.file[0])

    def change(self, uow: UnitOfWork):
        # The file and the closing commit together: a refused file closes nothing.
        if self.file is not None:
            training.attach_evidence(uow, self.action_id, *self.file)
        return training.close_action(
            uow, self.action_id, self.evidence.toPlainText(), day(self.closed_on)
        )
