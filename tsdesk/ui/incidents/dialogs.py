"""The forms of the 应急处置 page: open a case (prefilled from where it started), grade it
(003 §13.2, the rule shown), a step done or skipped, a step added, a note or a correction, a
link, closing. The rules are in tsdesk.services.incidents; these only collect input."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError
from tsdesk.models import IncidentKind, IncidentLinkRole, IncidentSource
from tsdesk.services import people
from tsdesk.services.incidents import cases, playbook
from tsdesk.ui.common import InlineDialog, fit_to_screen
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE, add_labelled, text_box
from tsdesk.vault import UnitOfWork

DATA = Qt.ItemDataRole.UserRole


def _i(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def drill_title(title: str, drill: bool) -> str:
    """A drill is marked 演练 in every title (003 §12.2: never mistaken for a real case)."""
    return f"【{_i(cases.DRILL_MARK)}】{title}" if drill else title


def date_time_edit(value: datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value or datetime.now().replace(second=0, microsecond=0)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def split_names(text: str) -> list[str]:
    return [p.strip() for p in text.replace("，", ",").replace("、", ",").split(",") if p.strip()]


class CaseDialog(InlineDialog):
    """A new case: by hand (a report, 003 §13.3.1) or from the record where it started."""

    entity_type = "incident_case"

    def __init__(
        self,
        session: UiSession,
        preset: cases.CaseInput | None = None,
        drill: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, drill_title(self.tr("立案"), drill), parent)
        fit_to_screen(self, 640, 640)
        self.preset = preset or cases.CaseInput("", IncidentKind.OTHER, datetime.now(), "")
        self.drill = drill
        if preset is not None and preset.source != IncidentSource.REPORT:
            self.set_intro(
                self.tr("来源：{source}。已关联的记录可取消勾选。").format(
                    source=_i(cases.SOURCE_LABELS[preset.source])
                )
            )
        self.title_edit = QLineEdit(self.preset.title)
        self.title_edit.setMaxLength(cases.TITLE_MAX)
        self.kind = QComboBox()
        add_labelled(self.kind, cases.KIND_LABELS, _i)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.preset.kind)))
        self.discovered_at = date_time_edit(self.preset.discovered_at)
        self.discovered_by = QLineEdit(self.preset.discovered_by)
        self.discovered_by.setPlaceholderText(self.tr("报告人或发现人姓名"))
        self.links = QListWidget()
        self.links.setMaximumHeight(110)
        with session.vault.reader() as s:
            for link in self.preset.links:
                text = f"{_i(cases.ROLE_LABELS[link.role])}{_i(cases.ENTITY_LABELS[link.entity_type])}：{cases.describe(s, link.entity_type, link.entity_id)}"
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(DATA, link)
                self.links.addItem(item)
        self.secrets = QLineEdit()
        self.secrets.setPlaceholderText(self.tr("商业秘密编号，多个用逗号分隔"))
        self.carriers = QLineEdit()
        self.carriers.setPlaceholderText(self.tr("载体编号，多个用逗号分隔"))
        self.suspects = QLineEdit()
        self.suspects.setPlaceholderText(self.tr("工号或姓名，多个用逗号分隔"))
        self.parties = QLineEdit()
        self.parties.setPlaceholderText(self.tr("外部单位名称（须已登记），多个用逗号分隔"))
        self.witnesses = QLineEdit()
        self.witnesses.setPlaceholderText(self.tr("工号或姓名，多个用逗号分隔"))
        self.facts = text_box(self.preset.facts, 4)
        self.form.addRow(self.tr("标题"), self.title_edit)
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("发现时间"), self.discovered_at)
        self.form.addRow(self.tr("发现人"), self.discovered_by)
        if self.preset.links:
            self.form.addRow(self.tr("已关联"), self.links)
        else:
            self.links.hide()
        self.form.addRow(self.tr("涉及的秘密"), self.secrets)
        self.form.addRow(self.tr("涉及的载体"), self.carriers)
        self.form.addRow(self.tr("嫌疑人（人员）"), self.suspects)
        self.form.addRow(self.tr("嫌疑人（外部单位）"), self.parties)
        self.form.addRow(self.tr("知情人"), self.witnesses)
        self.form.addRow(self.tr("初步情况"), self.facts)

    def _typed(self, s) -> list[cases.LinkInput]:
        out = []
        for edit, kind, role in (
            (self.secrets, "secret", IncidentLinkRole.INVOLVED),
            (self.carriers, "carrier", IncidentLinkRole.INVOLVED),
            (self.suspects, "person", IncidentLinkRole.SUSPECT),
            (self.parties, "party", IncidentLinkRole.SUSPECT),
            (self.witnesses, "person", IncidentLinkRole.WITNESS),
        ):
            for name in split_names(edit.text()):
                out.append(cases.LinkInput(kind, cases.find_record(s, kind, name), role))
        return out

    def case_input(self, s) -> cases.CaseInput:
        chosen = [
            self.links.item(i).data(DATA)
            for i in range(self.links.count())
            if self.links.item(i).checkState() == Qt.CheckState.Checked
        ]
        return cases.CaseInput(
            title=self.title_edit.text(),
            kind=IncidentKind(self.kind.currentData()),
            discovered_at=self.discovered_at.dateTime().toPython(),
            discovered_by=self.discovered_by.text(),
            facts=self.facts.toPlainText(),
            source=self.preset.source,
            source_type=self.preset.source_type,
            source_id=self.preset.source_id,
            is_drill=self.drill,
            links=chosen + self._typed(s),
        )

    def change(self, uow: UnitOfWork) -> int:
        return cases.open_case(uow, self.case_input(uow.session))


class IncidentGradingDialog(InlineDialog):
    """003 §13.2 a–e scored with reasons, the rule's suggestion live, the level decided."""

    entity_type = "incident_case"

    def __init__(self, session: UiSession, case_id: int, parent: QWidget | None = None) -> None:
        with session.vault.reader() as s:
            case = cases.get_case(s, case_id)
            drill, number = case.is_drill, case.number
            earlier = cases.grading_of(case).get("scores", {})
            prefill = cases.grade_score(s, case_id)
            self.names = cases.level_names(s)
            level, reason = case.level, case.level_reason
        super().__init__(
            session, drill_title(self.tr("定级 {number}").format(number=number), drill), parent
        )
        fit_to_screen(self, 760, 640)
        self.case_id = case_id
        rule = QLabel(_i(cases.RULE_TEXT))
        rule.setWordWrap(True)
        rule.setStyleSheet(MUTED_STYLE)
        self.form.addRow(rule)
        grid = QGridLayout()
        self.scores: dict[str, QSpinBox] = {}
        self.reasons: dict[str, QLineEdit] = {}
        for row, factor in enumerate(cases.FACTORS):
            label = QLabel(_i(factor.label))
            label.setToolTip(_i(factor.help))
            score = QSpinBox()
            score.setRange(cases.SCORE_MIN, cases.SCORE_MAX)
            why = QLineEdit()
            why.setMaxLength(200)
            why.setPlaceholderText(_i(factor.help))
            given = earlier.get(factor.key)
            if given:
                score.setValue(int(given["score"]))
                why.setText(given["reason"])
            elif factor.key == "a":
                score.setValue(prefill[0])
                why.setText(prefill[1])
            score.valueChanged.connect(self._suggest)
            grid.addWidget(label, row, 0)
            grid.addWidget(score, row, 1)
            grid.addWidget(why, row, 2)
            self.scores[factor.key], self.reasons[factor.key] = score, why
        grid.setColumnStretch(2, 1)
        box = QWidget()
        box.setLayout(grid)
        self.form.addRow(box)
        self.suggestion = QLabel()
        self.level = QComboBox()
        for n, name in enumerate(self.names, 1):
            self.level.addItem(f"{n} {name}", n)
        self.reason = QLineEdit(reason)
        self.reason.setPlaceholderText(self.tr("与建议不同时必填"))
        self.form.addRow(self.tr("规则建议"), self.suggestion)
        self.form.addRow(self.tr("确定级别"), self.level)
        self.form.addRow(self.tr("理由"), self.reason)
        self._suggest()
        if level:
            self.level.setCurrentIndex(self.level.findData(level))

    def _values(self) -> dict[str, int]:
        return {k: box.value() for k, box in self.scores.items()}

    def _suggest(self) -> None:
        level, weighted = cases.suggest(self._values())
        self.suggestion.setText(
            self.tr("{name}（第 {level} 级，S＝{s}）").format(
                name=self.names[level - 1], level=level, s=weighted
            )
        )
        self.level.setCurrentIndex(self.level.findData(level))

    def change(self, uow: UnitOfWork) -> int:
        scores = {k: (box.value(), self.reasons[k].text()) for k, box in self.scores.items()}
        inp = cases.GradingInput(scores, int(self.level.currentData()), self.reason.text())
        return cases.grade(uow, self.case_id, inp)


class StepDialog(InlineDialog):
    """A step done (what was done) or skipped (optional steps only, with the reason)."""

    entity_type = "incident_case"

    def __init__(
        self, session: UiSession, step_id: int, skip: bool = False, parent: QWidget | None = None
    ) -> None:
        title = self.tr("跳过步骤") if skip else self.tr("完成步骤")
        super().__init__(session, title, parent)
        with session.vault.reader() as s:
            step = s.get(playbook.IncidentStep, step_id)
            text = f"{step.position}. {step.title}" if step else ""
            description = step.description if step else ""
        self.step_id, self.skip = step_id, skip
        self.set_intro(f"{text}\n{description}".strip())
        self.note = text_box("", 4)
        self.form.addRow(self.tr("跳过的理由") if skip else self.tr("办理情况"), self.note)

    def change(self, uow: UnitOfWork) -> None:
        if self.skip:
            playbook.skip_step(uow, self.step_id, self.note.toPlainText())
        else:
            playbook.complete_step(uow, self.step_id, self.note.toPlainText())

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.note


class AddStepDialog(InlineDialog):
    entity_type = "incident_case"

    def __init__(self, session: UiSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("增加处置步骤"), parent)
        self.case_id = case_id
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(playbook.TITLE_MAX)
        self.description = text_box("", 3)
        self.mandatory = QCheckBox(self.tr("必办（未完成不能结案）"))
        self.mandatory.setChecked(True)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("如 保密负责人、法务、信息技术部门"))
        self.has_due = QCheckBox(self.tr("设期限"))
        self.due = date_time_edit()
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.form.addRow(self.tr("步骤"), self.title_edit)
        self.form.addRow(self.tr("说明"), self.description)
        self.form.addRow("", self.mandatory)
        self.form.addRow(self.tr("负责人"), self.owner)
        self.form.addRow(self.has_due, self.due)

    def change(self, uow: UnitOfWork) -> int:
        return playbook.add_step(
            uow,
            self.case_id,
            self.title_edit.text(),
            description=self.description.toPlainText(),
            mandatory=self.mandatory.isChecked(),
            owner=self.owner.text(),
            due_at=self.due.dateTime().toPython().replace(second=0, microsecond=0)
            if self.has_due.isChecked()
            else None,
        )


class CaseNoteDialog(InlineDialog):
    """A note on the timeline, or a correction of an entry (which stays as it was)."""

    entity_type = "incident_case"

    def __init__(
        self,
        session: UiSession,
        case_id: int,
        corrects: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, self.tr("更正记录") if corrects else self.tr("添加记录"), parent)
        self.case_id, self.corrects = case_id, corrects
        if corrects:
            self.set_intro(
                self.tr("原记录保留不变，更正作为新记录附在时间线上：\n{text}").format(
                    text=corrects[1]
                )
            )
        self.text = text_box("", 5)
        self.form.addRow(self.tr("更正为") if corrects else self.tr("内容"), self.text)

    def change(self, uow: UnitOfWork) -> int:
        if self.corrects:
            return cases.correct_entry(uow, self.case_id, self.corrects[0], self.text.toPlainText())
        return cases.add_note(uow, self.case_id, self.text.toPlainText())

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.text


class CaseLinkDialog(InlineDialog):
    """Link a secret, carrier, area, person or outside party by its number or name."""

    entity_type = "incident_case"
    ROLES = {
        "secret": (IncidentLinkRole.INVOLVED,),
        "carrier": (IncidentLinkRole.INVOLVED,),
        "area": (IncidentLinkRole.INVOLVED,),
        "person": (IncidentLinkRole.SUSPECT, IncidentLinkRole.WITNESS, IncidentLinkRole.INVOLVED),
        "party": (IncidentLinkRole.SUSPECT, IncidentLinkRole.INVOLVED),
    }

    def __init__(self, session: UiSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("关联记录"), parent)
        self.case_id = case_id
        self.kind = QComboBox()
        add_labelled(self.kind, cases.ENTITY_LABELS, _i)
        self.kind.currentIndexChanged.connect(self._roles)
        self.role = QComboBox()
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("编号或工号；区域、人员和外部单位也可填名称"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("记录"), self.record)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("说明"), self.note)
        self._roles()

    def _roles(self) -> None:
        self.role.clear()
        for role in self.ROLES[self.kind.currentData()]:
            self.role.addItem(_i(cases.ROLE_LABELS[role]), role.value)

    def change(self, uow: UnitOfWork) -> None:
        kind = self.kind.currentData()
        entity_id = cases.find_record(uow.session, kind, self.record.text())
        link = cases.LinkInput(
            kind, entity_id, IncidentLinkRole(self.role.currentData()), self.note.text()
        )
        cases.add_link(uow, self.case_id, link)

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.record


class UnlinkDialog(InlineDialog):
    entity_type = "incident_case"

    def __init__(
        self, session: UiSession, case_id: int, link: cases.LinkRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, self.tr("取消关联"), parent)
        self.case_id, self.link = case_id, link
        self.set_intro(f"{_i(cases.ROLE_LABELS[link.role])}：{link.label}")
        self.reason = QLineEdit()
        self.form.addRow(self.tr("理由"), self.reason)

    def change(self, uow: UnitOfWork) -> None:
        link = cases.LinkInput(self.link.entity_type, self.link.entity_id, self.link.role)
        cases.remove_link(uow, self.case_id, link, self.reason.text())


class CloseCaseDialog(InlineDialog):
    """Closing (003 §13.3.5): the conclusion, lessons and corrective actions; a drill's
    participants for its training record (003 §12.2)."""

    entity_type = "incident_case"

    def __init__(self, session: UiSession, case_id: int, parent: QWidget | None = None) -> None:
        with session.vault.reader() as s:
            case = cases.get_case(s, case_id)
            drill, number = case.is_drill, case.number
            staff = people.active_people(s)
            still = playbook.open_mandatory(s, case_id)
        super().__init__(
            session, drill_title(self.tr("结案 {number}").format(number=number), drill), parent
        )
        fit_to_screen(self, 620, 600)
        self.case_id, self.drill = case_id, drill
        if still:
            self.set_intro(
                self.tr("还有必办步骤未完成，结案前须办完：{steps}").format(
                    steps="；".join(f"{s.position}. {s.title}" for s in still)
                )
            )
        self.conclusion = text_box("", 4)
        self.conclusion.setPlaceholderText(self.tr("查明的原因、范围、责任人及处理"))
        self.lessons = text_box("", 4)
        self.lessons.setPlaceholderText(self.tr("经验教训，以及要落实的整改措施"))
        self.form.addRow(self.tr("处理结论"), self.conclusion)
        self.form.addRow(self.tr("经验教训与整改"), self.lessons)
        self.participants = QListWidget()
        self.participants.setMinimumHeight(140)
        for p in staff:
            item = QListWidgetItem(f"{p.number} {p.name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(DATA, p.id)
            self.participants.addItem(item)
        if drill:
            self.form.addRow(self.tr("参加演练的人员"), self.participants)
        else:
            self.participants.hide()

    def chosen(self) -> tuple[int, ...]:
        return tuple(
            self.participants.item(i).data(DATA)
            for i in range(self.participants.count())
            if self.participants.item(i).checkState() == Qt.CheckState.Checked
        )

    def change(self, uow: UnitOfWork) -> None:
        cases.close_case(
            uow,
            self.case_id,
            self.conclusion.toPlainText(),
            self.lessons.toPlainText(),
            self.chosen() if self.drill else (),
        )


ACTION_DONE = QT_TRANSLATE_NOOP("incidents", "已完成：{result}")
ACTION_OPEN = QT_TRANSLATE_NOOP("incidents", "步骤仍待办：{result}")
