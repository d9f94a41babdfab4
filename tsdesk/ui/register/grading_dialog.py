"""定级助手 (003 §8.1.1) and the grade table (003 §8.1.2).

The dialog shows the rule it applies (grading.RULE_TEXT) and recomputes the suggestion as
the officer scores; the decision follows the suggestion until the officer picks another
grade, which then needs a reason. The rule itself lives in tsdesk.services.grading.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import Category, Grade
from tsdesk.services import grading, register
from tsdesk.services.grading import GradingSheet
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import GuardedDialog
from tsdesk.ui.messages import error_text
from tsdesk.ui.register.secret_actions import error_message
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ERROR_STYLE, MUTED_STYLE, OK_STYLE, list_view, mark_invalid


def _g(text: str) -> str:
    return QCoreApplication.translate("grading", text)


class GradingDialog(GuardedDialog):
    """Score the six factors, tick the core-competitiveness items, see the suggestion and
    decide. `sheet()` is the result; the caller stores it (grading.record)."""

    def __init__(
        self,
        session: UiSession,
        *,
        category: Category | None = None,
        start: GradingSheet | None = None,
        current_grade_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("定级助手"))
        self.setMinimumWidth(1000)
        with session.vault.reader() as s:
            self.grades: list[Grade] = register.grades(s)
        self._touched = False  # the officer chose a grade: stop following the suggestion

        intro = QLabel(
            self.tr(
                "按下列六项因素逐项评分（1 低 – 5 高），每项写一句理由。"
                "系统按下方规则给出建议等级；定级人可另选等级，但须说明理由。"
            )
        )
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self._bold(self.tr("因素")), 0, 0)
        grid.addWidget(self._bold(self.tr("评分")), 0, 1)
        grid.addWidget(self._bold(self.tr("理由")), 0, 2)
        self.scores: dict[str, QSpinBox] = {}
        self.reasons: dict[str, QLineEdit] = {}
        given = start.scores if start else {}
        for row, factor in enumerate(grading.FACTORS, start=1):
            # Title and help on two unwrapped lines: a wrapped rich-text label gets clipped
            # in a grid, and these lines are short enough to fit the dialog's width.
            title = self._bold(_g(factor.label))
            help_line = QLabel(_g(factor.help))
            help_line.setStyleSheet(MUTED_STYLE)
            label = QWidget()
            label_layout = QVBoxLayout(label)
            label_layout.setContentsMargins(0, 0, 0, 0)
            label_layout.setSpacing(1)
            label_layout.addWidget(title)
            label_layout.addWidget(help_line)
            label.setToolTip(self.tr("权重 {w}").format(w=factor.weight))
            spin = QSpinBox()
            spin.setRange(grading.SCORE_MIN, grading.SCORE_MAX)
            spin.setValue(given.get(factor.key, (3, ""))[0])
            spin.setSuffix(self.tr(" 分"))
            spin.valueChanged.connect(self._recompute)
            reason = QLineEdit(given.get(factor.key, (3, ""))[1])
            reason.setPlaceholderText(self.tr("一句话说明为何给此分"))
            reason.setMinimumWidth(280)
            self.scores[factor.key], self.reasons[factor.key] = spin, reason
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(reason, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)

        core_box = QGroupBox(self.tr("事关核心竞争力的信息"))
        core_layout = QHBoxLayout(core_box)
        self.core: dict[str, QCheckBox] = {}
        ticked = set(start.core) if start else set()
        if start is None and category == Category.SOFTWARE:
            ticked.add("data_code")  # 003 §6.4 b: data, algorithms and code rank high
        for key, label in grading.CORE_ITEMS.items():
            box = QCheckBox(_g(label))
            box.setChecked(key in ticked)
            box.toggled.connect(self._recompute)
            self.core[key] = box
            core_layout.addWidget(box)
        core_layout.addStretch(1)

        self.result_label = QLabel()
        result_font = QFont(self.font())
        result_font.setPointSizeF(result_font.pointSizeF() * 1.15)
        self.result_label.setFont(result_font)
        self.result_label.setWordWrap(True)
        rule = QLabel(_g(grading.RULE_TEXT))
        rule.setWordWrap(True)
        rule.setStyleSheet(MUTED_STYLE)
        result_frame = QFrame()
        result_frame.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QVBoxLayout(result_frame)
        result_layout.addWidget(self.result_label)
        result_layout.addWidget(rule)

        self.decision = QComboBox()
        for g in self.grades:
            self.decision.addItem(g.name, g.id)
        self.decision.activated.connect(self._decision_chosen)
        self.override = QLineEdit(start.override_reason if start else "")
        self.override.setPlaceholderText(self.tr("所定等级与建议不同时填写"))
        decide = QFormLayout()
        decide.addRow(self.tr("所定等级"), self.decision)
        decide.addRow(self.tr("另定理由"), self.override)
        self.current_note = QLabel()
        self.current_note.setStyleSheet(MUTED_STYLE)
        self.current_note.setWordWrap(True)
        if current_grade_id is not None:
            names = {g.id: g.name for g in self.grades}
            self.current_note.setText(
                self.tr("当前等级：{name}。").format(name=names.get(current_grade_id, ""))
            )

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("采用"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(core_box)
        layout.addWidget(result_frame)
        layout.addLayout(decide)
        layout.addWidget(self.current_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if start is not None and start.decided_grade_id is not None:
            self._touched = True
            self.decision.setCurrentIndex(max(0, self.decision.findData(start.decided_grade_id)))
        self._recompute()

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # --- the rule, live ---------------------------------------------------------------------
    def suggestion(self) -> grading.Suggestion:
        values = {key: spin.value() for key, spin in self.scores.items()}
        return grading.suggest(values, [k for k, box in self.core.items() if box.isChecked()])

    def suggested_grade(self) -> Grade:
        return grading.grade_for_rank(self.grades, self.suggestion().rank)

    def _recompute(self) -> None:
        s = self.suggestion()
        grade = self.suggested_grade()
        text = self.tr("加权得分 S = {s:.2f}　→　建议：<b>{grade}</b>").format(
            s=s.weighted, grade=grade.name
        )
        if s.pushed:
            text += self.tr("（涉及核心竞争力，由第 {base} 级上调）").format(base=s.base_rank)
        self.result_label.setText(text)
        if not self._touched:
            self.decision.setCurrentIndex(self.decision.findData(grade.id))
        self._follow_decision()

    def _decision_chosen(self) -> None:
        self._touched = True
        self._follow_decision()

    def _follow_decision(self) -> None:
        differs = self.decision.currentData() != self.suggested_grade().id
        self.override.setEnabled(differs)

    # --- result -----------------------------------------------------------------------------
    def sheet(self) -> GradingSheet:
        return GradingSheet(
            scores={k: (self.scores[k].value(), self.reasons[k].text()) for k in self.scores},
            core=[k for k, box in self.core.items() if box.isChecked()],
            decided_grade_id=self.decision.currentData(),
            override_reason=self.override.text() if self.override.isEnabled() else "",
        )

    def accept(self) -> None:
        with self.session.vault.reader() as s:
            problems = grading.sheet_problems(s, self.sheet())
        for key, edit in self.reasons.items():
            mark_invalid(edit, any(p.field == f"reason.{key}" for p in problems))
        mark_invalid(self.override, any(p.field == "override_reason" for p in problems))
        if problems:
            messages = dict.fromkeys(error_message(p) for p in problems)
            self.error.setText("\n".join(messages))
            self.error.show()
            first = problems[0].field
            if first.startswith("reason."):
                self.reasons[first.removeprefix("reason.")].setFocus()
            elif first == "override_reason":
                self.override.setFocus()
            return
        super().accept()


class GradesDialog(GuardedDialog):
    """保密等级设置 (003 §8.1.2): rename grades, add one, set each grade's review interval,
    default term and whether moving its carriers needs approval. Admin only; audited."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("保密等级设置"))
        self.setMinimumSize(720, 480)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("名称"),
                self.tr("次序"),
                self.tr("审查周期"),
                self.tr("默认期限"),
                self.tr("载体流转需审批"),
            ]
        )
        list_view(self.table, resize=QHeaderView.ResizeMode.Stretch, stretch_last=False)
        self.table.itemSelectionChanged.connect(self._selected)

        self.name = QLineEdit()
        self.interval = QSpinBox()
        self.interval.setRange(1, 60)
        self.interval.setSuffix(self.tr(" 个月"))
        self.term_years = QSpinBox()
        self.term_years.setRange(1, 100)
        self.term_years.setSuffix(self.tr(" 年"))
        self.long_term = QCheckBox(self.tr("长期"))
        self.long_term.toggled.connect(lambda on: self.term_years.setEnabled(not on))
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_years)
        term_row.addWidget(self.long_term)
        term_row.addStretch(1)
        self.movement = QCheckBox(self.tr("载体借出、复制、携带须经审批"))
        self.rank = QSpinBox()
        self.rank.setPrefix(self.tr("第 "))
        self.rank.setSuffix(self.tr(" 级（1 为最高）"))
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("审查周期"), self.interval)
        form.addRow(self.tr("默认保密期限"), term_row)
        form.addRow("", self.movement)
        form.addRow(self.tr("新增时的次序"), self.rank)

        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save)
        self.add_button = QPushButton(self.tr("新增等级"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.message, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        editable = session.can(Permission.EDIT_SETTINGS)
        for widget in (self.save_button, self.add_button):
            widget.setEnabled(editable)
        if not editable:
            self._say(self.tr("只有管理员可以修改保密等级。"), ERROR_STYLE)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        with self.session.vault.reader() as s:
            self.rows = register.grades(s, active_only=False)
        self.table.setRowCount(len(self.rows))
        for r, g in enumerate(self.rows):
            values = (
                g.name,
                str(g.rank),
                self.tr("{n} 个月").format(n=g.review_interval_months),
                self.tr("长期")
                if g.default_term_years is None
                else self.tr("{n} 年").format(n=g.default_term_years),
                self.tr("是") if g.movement_needs_approval else self.tr("否"),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.rank.setRange(1, len(self.rows) + 1)
        self.rank.setValue(len(self.rows) + 1)
        target = next((i for i, g in enumerate(self.rows) if g.id == select_id), 0)
        if self.rows:
            self.table.selectRow(target)

    def _current(self) -> Grade | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        g = self._current()
        if g is None:
            return
        self.name.setText(g.name)
        self.interval.setValue(g.review_interval_months)
        self.long_term.setChecked(g.default_term_years is None)
        self.term_years.setValue(g.default_term_years or 5)
        self.movement.setChecked(g.movement_needs_approval)

    def _values(self) -> dict:
        return {
            "review_interval_months": self.interval.value(),
            "default_term_years": None if self.long_term.isChecked() else self.term_years.value(),
            "movement_needs_approval": self.movement.isChecked(),
        }

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _run(self, change) -> tuple[bool, object]:
        """Run one change; on an error say why and keep the form as typed."""
        try:
            _, result = self.session.run(self, change, "grade", show=False)
        except TSDeskError as err:
            self._say(error_text(err), ERROR_STYLE)
            mark_invalid(self.name, True)
            return False, None
        mark_invalid(self.name, False)
        self._say(self.tr("已保存"), OK_STYLE)
        return True, result

    def save(self) -> None:
        g = self._current()
        if g is None:
            return
        grade_id, values, name = g.id, self._values(), self.name.text()
        ok, _ = self._run(lambda uow: grading.update_grade(uow, grade_id, name=name, **values))
        if ok:
            self.reload(grade_id)

    def add(self) -> None:
        values, rank, name = self._values(), self.rank.value(), self.name.text()
        ok, new_id = self._run(lambda uow: grading.add_grade(uow, name, rank=rank, **values))
        if ok:
            self.reload(new_id)
