"""One case: 概况 (facts, linked records, grading), 处置步骤 (the playbook's steps, one-click
containment), 时间线 (the append-only timeline, corrections by a new entry). Other tabs (the
evidence and the remedies) are added with `add_case_tab`; each has `show_case(case_id | None)`
and is shown the case whenever it changes (`case_changed`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tsdesk.models import IncidentCase, IncidentEntry, IncidentStatus, IncidentStep, StepStatus
from tsdesk.services.incidents import cases, playbook, timeline
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import RowsModel, list_actions
from tsdesk.ui.incidents.dialogs import (
    ACTION_DONE,
    ACTION_OPEN,
    AddStepDialog,
    CaseLinkDialog,
    CaseNoteDialog,
    CloseCaseDialog,
    IncidentGradingDialog,
    StepDialog,
    UnlinkDialog,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import EXPIRED_COLOR, MUTED_STYLE, list_view

DRILL_STYLE = "color: #8a5a00; background: #fff4e0; border: 1px solid #f2c77f; padding: 2px 6px;"


def _i(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


class StepsModel(RowsModel[IncidentStep]):
    """Steps past their deadline and still open in red."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            step = self.row_at(index.row())
            late = step.status == StepStatus.OPEN and step.due_at and step.due_at < datetime.now()
            return QColor(EXPIRED_COLOR) if late else None
        return super().data(index, role)


class CaseView(QWidget):
    case_changed = Signal(int)  # a change made here; the page refreshes its list

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id: int | None = None
        self.case: IncidentCase | None = None
        self.extra_tabs: list[QWidget] = []

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.drill_mark = QLabel(_i(cases.DRILL_MARK))
        self.drill_mark.setStyleSheet(DRILL_STYLE)
        self.drill_mark.setProperty("contextual", True)
        self.state = QLabel()
        self.state.setStyleSheet(MUTED_STYLE)
        self.state.setWordWrap(True)

        def button(text: str, slot, tip: str = "") -> QPushButton:
            b = QPushButton(text)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            if tip:
                b.setToolTip(tip)
            return b

        self.grade_button = button(self.tr("定级…"), self.grade)
        self.note_button = button(self.tr("记录…"), self.add_note, self.tr("在时间线上添加记录"))
        self.link_button = button(self.tr("关联…"), self.add_link)
        self.close_button = button(self.tr("结案…"), self.close_case)
        actions = QHBoxLayout()
        for b in (self.grade_button, self.note_button, self.link_button, self.close_button):
            actions.addWidget(b)
        actions.addStretch(1)

        # 概况
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.links: RowsModel[cases.LinkRow] = RowsModel(
            [
                (self.tr("角色"), lambda r: _i(cases.ROLE_LABELS[r.role])),
                (self.tr("类别"), lambda r: _i(cases.ENTITY_LABELS[r.entity_type])),
                (self.tr("记录"), lambda r: r.label),
                (self.tr("说明"), lambda r: r.note),
            ],
            self,
        )
        self.links_table = QTableView()
        self.links_table.setModel(self.links)
        list_view(self.links_table, wrap=False, compact=True, widths=(60, 70, 260))
        self.unlink_button = button(self.tr("取消关联…"), self.unlink)
        self.links_table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        list_actions(self.links_table, [self.link_button, self.unlink_button])
        self.grading = QLabel()
        self.grading.setWordWrap(True)
        self.grading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        overview = QWidget()
        o = QVBoxLayout(overview)
        o.addWidget(self.facts)
        links_row = QHBoxLayout()
        links_row.addWidget(QLabel(self.tr("关联的记录")))
        links_row.addStretch(1)
        links_row.addWidget(self.unlink_button)
        o.addLayout(links_row)
        o.addWidget(self.links_table, 1)
        o.addWidget(self.grading)

        # 处置步骤
        self.steps: StepsModel = StepsModel(
            [
                (self.tr("序号"), lambda s: str(s.position)),
                (self.tr("步骤"), lambda s: s.title),
                (self.tr("必办"), lambda s: self.tr("必办") if s.mandatory else self.tr("选办")),
                (self.tr("负责人"), lambda s: s.owner),
                (self.tr("期限"), lambda s: when(s.due_at)),
                (self.tr("状态"), lambda s: _i(playbook.STEP_STATUS_LABELS[s.status])),
                (self.tr("办理情况"), lambda s: s.result),
            ],
            self,
        )
        self.steps_table = QTableView()
        self.steps_table.setModel(self.steps)
        list_view(self.steps_table, wrap=False, compact=True, widths=(36, 220, 50, 90, 110, 60))
        self.steps_table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.done_button = button(self.tr("完成…"), self.complete_step)
        self.skip_button = button(self.tr("跳过…"), self.skip_step, self.tr("仅选办步骤可跳过"))
        self.action_button = button(self.tr("一键执行"), self.run_action)
        self.add_step_button = button(self.tr("增加步骤…"), self.add_step)
        list_actions(
            self.steps_table,
            [self.done_button, self.skip_button, self.action_button, self.add_step_button],
            open_row=self.complete_step,
        )
        steps_page = QWidget()
        sp = QVBoxLayout(steps_page)
        step_buttons = QHBoxLayout()
        for b in (self.done_button, self.skip_button, self.action_button, self.add_step_button):
            step_buttons.addWidget(b)
        step_buttons.addStretch(1)
        sp.addLayout(step_buttons)
        sp.addWidget(self.steps_table, 1)

        # 时间线
        self.entries: RowsModel[IncidentEntry] = RowsModel(
            [
                (self.tr("时间"), lambda e: when(cases.local(e.at))),
                (self.tr("记录人"), lambda e: e.by),
                (self.tr("类别"), lambda e: _i(timeline.ENTRY_KIND_LABELS[e.kind])),
                (self.tr("内容"), self._entry_text),
            ],
            self,
        )
        self.entries_table = QTableView()
        self.entries_table.setModel(self.entries)
        list_view(self.entries_table, wrap=True, widths=(110, 70, 70))
        self.correct_button = button(self.tr("更正…"), self.correct)
        self.entries_table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        list_actions(self.entries_table, [self.note_button, self.correct_button])
        timeline_page = QWidget()
        tp = QVBoxLayout(timeline_page)
        t_row = QHBoxLayout()
        t_hint = QLabel(self.tr("时间线只增不改：有误的记录以新的更正记录说明。"))
        t_hint.setStyleSheet(MUTED_STYLE)
        t_row.addWidget(t_hint, 1)
        t_row.addWidget(self.correct_button)
        tp.addLayout(t_row)
        tp.addWidget(self.entries_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(overview, self.tr("概况"))
        self.tabs.addTab(steps_page, self.tr("处置步骤"))
        self.tabs.addTab(timeline_page, self.tr("时间线"))
        self.tabs.setProperty("contextual", True)  # shown once a case is chosen
        self.empty = QLabel(self.tr("选择左侧的事件，或新建事件。"))
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setProperty("contextual", True)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.drill_mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.state)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        self.show_case(None)

    # --- the seam for other tabs ------------------------------------------------------------
    def add_case_tab(self, widget: QWidget, title: str) -> None:
        """Another view of the case (evidence, remedies): shown the case on every change."""
        self.extra_tabs.append(widget)
        self.tabs.addTab(widget, title)
        widget.show_case(self.case_id)  # type: ignore[attr-defined]

    # --- showing ------------------------------------------------------------------------------
    def _entry_text(self, e: IncidentEntry) -> str:
        if e.corrects_id is not None:
            return self.tr("（更正 {at} 的记录）{text}").format(
                at=when(cases.local(self._entry_at.get(e.corrects_id))), text=e.text
            )
        return e.text

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.case = None
        self._entry_at: dict[int, datetime] = {}
        if case_id is not None:
            with self.session.vault.reader() as s:
                self.case = cases.get_case(s, case_id)
                links = cases.links_of(s, case_id)
                steps = playbook.steps_of(s, case_id)
                entries = timeline.entries(s, case_id)
                level = cases.level_name(s, self.case.level)
                suggested = cases.level_name(s, self.case.suggested_level)
                template = (
                    playbook.get_template(s, self.case.template_id).name
                    if self.case.template_id
                    else ""
                )
        else:
            links, steps, entries, level, suggested, template = [], [], [], "", "", ""
        self._entry_at = {e.id: e.at for e in entries}
        case = self.case
        self.tabs.setVisible(case is not None)
        self.empty.setVisible(case is None)
        self.drill_mark.setVisible(bool(case and case.is_drill))
        if case is None:
            self.heading.setText("")
            self.state.setText("")
            self.facts.setText("")
            self.grading.setText("")
        else:
            self.heading.setText(f"{case.number}　{case.title}")
            parts = [
                _i(cases.STATUS_LABELS[case.status]),
                level,
                _i(cases.KIND_LABELS[case.kind]),
                self.tr("来源：{source}").format(source=_i(cases.SOURCE_LABELS[case.source])),
            ]
            self.state.setText("　".join(p for p in parts if p))
            facts = self.tr("发现：{at}，{by}　立案：{opened}，{opener}").format(
                at=when(case.discovered_at),
                by=case.discovered_by,
                opened=when(cases.local(case.opened_at)),
                opener=case.opened_by,
            )
            if case.facts:
                facts += "\n" + self.tr("初步情况：{facts}").format(facts=case.facts)
            if case.status == IncidentStatus.CLOSED:
                facts += "\n" + self.tr("处理结论：{c}\n经验教训与整改：{l}").format(
                    c=case.conclusion, l=case.lessons
                )
            self.facts.setText(facts)
            self.grading.setText(self._grading_text(case, level, suggested, template))
        self.links.set_rows(links)
        self.steps.set_rows(steps)
        self.entries.set_rows(entries)
        self.entries_table.resizeRowsToContents()
        for tab in self.extra_tabs:
            tab.show_case(case_id)  # type: ignore[attr-defined]
        self._update()

    def _grading_text(self, case: IncidentCase, level: str, suggested: str, template: str) -> str:
        if not case.level:
            return self.tr("尚未定级：定级后按预案生成处置步骤。")
        scores = cases.grading_of(case).get("scores", {})
        lines = [
            self.tr("级别：{level}（规则建议：{suggested}）　预案：{template}").format(
                level=level, suggested=suggested, template=template
            )
        ]
        if case.level_reason:
            lines.append(self.tr("理由：{reason}").format(reason=case.level_reason))
        for factor in cases.FACTORS:
            given = scores.get(factor.key)
            if given:
                lines.append(f"{_i(factor.label)}：{given['score']}　{given['reason']}")
        return "\n".join(lines)

    def selected_step(self) -> IncidentStep | None:
        rows = self.steps_table.selectionModel().selectedRows()
        return self.steps.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        can = self.session.can(Permission.EDIT_DATA)
        case = self.case
        live = can and case is not None and case.status != IncidentStatus.CLOSED
        active = live and case is not None and case.status == IncidentStatus.ACTIVE
        step = self.selected_step()
        open_step = active and step is not None and step.status == StepStatus.OPEN
        self.grade_button.setEnabled(live)
        self.grade_button.setText(
            self.tr("重新定级…") if case is not None and case.level else self.tr("定级…")
        )
        self.note_button.setEnabled(can and case is not None)
        self.link_button.setEnabled(live)
        self.unlink_button.setEnabled(
            live and bool(self.links_table.selectionModel().selectedRows())
        )
        self.close_button.setEnabled(active)
        self.done_button.setEnabled(open_step)
        self.skip_button.setEnabled(open_step and step is not None and not step.mandatory)
        self.action_button.setEnabled(
            open_step
            and step is not None
            and step.action in playbook.ACTIONS
            and case is not None
            and not case.is_drill
        )
        self.action_button.setToolTip(
            _i(playbook.ACTIONS[step.action])
            if step is not None and step.action in playbook.ACTIONS
            else ""
        )
        self.add_step_button.setEnabled(active)
        self.correct_button.setEnabled(
            can and bool(self.entries_table.selectionModel().selectedRows())
        )

    def _changed(self) -> None:
        if self.case_id is not None:
            self.show_case(self.case_id)
            self.case_changed.emit(self.case_id)

    # --- actions --------------------------------------------------------------------------------
    def grade(self) -> None:
        if (
            self.case_id is not None
            and IncidentGradingDialog(self.session, self.case_id, self).exec()
        ):
            self._changed()
            self.tabs.setCurrentIndex(1)

    def add_note(self) -> None:
        if (
            self.case_id is not None
            and CaseNoteDialog(self.session, self.case_id, None, self).exec()
        ):
            self._changed()

    def correct(self) -> None:
        rows = self.entries_table.selectionModel().selectedRows()
        if self.case_id is None or not rows:
            return
        entry = self.entries.row_at(rows[0].row())
        if CaseNoteDialog(self.session, self.case_id, (entry.id, entry.text), self).exec():
            self._changed()

    def add_link(self) -> None:
        if self.case_id is not None and CaseLinkDialog(self.session, self.case_id, self).exec():
            self._changed()

    def unlink(self) -> None:
        rows = self.links_table.selectionModel().selectedRows()
        if self.case_id is None or not rows:
            return
        link = self.links.row_at(rows[0].row())
        if UnlinkDialog(self.session, self.case_id, link, self).exec():
            self._changed()

    def close_case(self) -> None:
        if self.case_id is not None and CloseCaseDialog(self.session, self.case_id, self).exec():
            self._changed()

    def add_step(self) -> None:
        if self.case_id is not None and AddStepDialog(self.session, self.case_id, self).exec():
            self._changed()

    def _step_dialog(self, skip: bool) -> None:
        step = self.selected_step()
        if step is not None and StepDialog(self.session, step.id, skip, self).exec():
            self._changed()

    def complete_step(self) -> None:
        self._step_dialog(False)

    def skip_step(self) -> None:
        self._step_dialog(True)

    def run_action(self) -> None:
        step = self.selected_step()
        if step is None or step.action not in playbook.ACTIONS:
            return
        answer = QMessageBox.question(
            self,
            self.tr("一键执行"),
            self.tr("{action}：将对关联的真实记录执行，并记入时间线。继续吗？").format(
                action=_i(playbook.ACTIONS[step.action])
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        step_id = step.id
        ok, outcome = self.session.run(
            self, lambda uow: playbook.run_action(uow, step_id), "incident_case"
        )
        if not ok or outcome is None:
            return
        done, result = outcome
        self._changed()
        text = _i(ACTION_DONE if done else ACTION_OPEN).format(result=result)
        QMessageBox.information(self, self.tr("一键执行"), text)
