"""What can be done to a secret, shared by the register page and the detail view: the
lifecycle dialogs (change, declassify, void, review), the four-eyes step where a move needs
it, and the way terms, statuses and categories are shown.

The rules live in tsdesk.services.register (TRANSITIONS and the *_problems checks); the
dialogs call the same checks before asking an approver over, so the approver is only asked
for a change that will go through.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import Problem
from tsdesk.models import (
    Category,
    DeclassifyReason,
    Grade,
    ReviewOutcome,
    SecretStatus,
    TermKind,
)
from tsdesk.services import grading, register
from tsdesk.services.permissions import Permission
from tsdesk.services.register import Move
from tsdesk.ui.common import FormDialog
from tsdesk.ui.four_eyes import approve_and_run
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import add_labelled, date_edit, day, enum_data, mark_invalid


def _tr(text: str) -> str:
    return QCoreApplication.translate("secrets", text)


def reg(text: str) -> str:
    """A label the register service marked (context "register")."""
    return QCoreApplication.translate("register", text)


def error_message(problem: Problem) -> str:
    """A service's Problem in the UI language, as the dialogs list it next to the fields."""
    return problem.translated(QCoreApplication.translate)


def category_label(category: Category, *, short: bool = False) -> str:
    label = reg(register.CATEGORY_LABELS[category])
    return label.split("—")[-1] if short else label


def status_label(status: SecretStatus) -> str:
    return reg(register.STATUS_LABELS[status])


def time_left_text(days: int) -> str:
    if days < 0:
        return QCoreApplication.translate("secrets", "已过期 {n} 天").format(n=-days)
    if days == 0:
        return QCoreApplication.translate("secrets", "今日到期")
    if days < 60:
        return QCoreApplication.translate("secrets", "剩 {n} 天").format(n=days)
    years, months = divmod(days * 12 // 365, 12)
    if years == 0:
        return QCoreApplication.translate("secrets", "剩 {m} 个月").format(m=months)
    if months == 0:
        return QCoreApplication.translate("secrets", "剩 {y} 年").format(y=years)
    return QCoreApplication.translate("secrets", "剩 {y} 年 {m} 个月").format(y=years, m=months)


def term_display(
    kind: TermKind, until: date | None, event: str, today: date | None = None
) -> tuple[str, bool]:
    """保密期限 as the list shows it, with the time left; and whether it has ended."""
    if kind == TermKind.LONG_TERM:
        return reg(register.LONG_TERM_LABEL), False
    if kind == TermKind.UNTIL_EVENT:
        return QCoreApplication.translate("secrets", "至{event}").format(event=event), False
    left = register.time_left(kind, until, today)
    if left is None:
        return "", False
    return f"{until.isoformat()}（{time_left_text(left)}）", left < 0


class CheckedDialog(FormDialog):
    """A small form whose OK first runs the service's own check: problems are shown inline
    (field framed, message below) and the dialog stays open with the input."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            parent,
            min_width=500,
            growth=QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow,
        )
        self.fields: dict[str, QWidget] = {}  # Problem.field -> widget to frame

    def problems(self) -> list[Problem]:
        return []

    def show_problems(self, problems: list[Problem]) -> None:
        for name, widget in self.fields.items():
            mark_invalid(widget, any(p.field == name for p in problems))
        self.error.setText("\n".join(error_message(p) for p in problems))
        self.error.setVisible(bool(problems))
        for p in problems:
            if p.field in self.fields:
                self.fields[p.field].setFocus()
                break

    def accept(self) -> None:
        problems = self.problems()
        self.show_problems(problems)
        if not problems:
            super().accept()


def _term_widgets(kind: TermKind, until: date | None, event: str):
    combo = QComboBox()
    add_labelled(combo, register.TERM_KIND_LABELS, reg)
    combo.setCurrentIndex(combo.findData(kind))
    until_edit = date_edit(until or date.today().replace(year=date.today().year + 5))
    event_edit = QLineEdit(event)
    event_edit.setPlaceholderText(
        QCoreApplication.translate("secrets", "如：产品正式发布、项目开标结束")
    )

    def follow() -> None:
        chosen = combo.currentData()
        until_edit.setVisible(chosen == TermKind.UNTIL_DATE)
        event_edit.setVisible(chosen == TermKind.UNTIL_EVENT)

    combo.currentIndexChanged.connect(follow)
    follow()
    return combo, until_edit, event_edit


class ChangeDialog(CheckedDialog):
    """变更等级/期限 of a confirmed secret (003 §8.1.3); an approver confirms next."""

    def __init__(self, session: UiSession, secret_id: int, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("secrets", "变更保密等级或期限"), parent)
        self.session = session
        self.secret_id = secret_id
        with session.vault.reader() as s:
            secret = register.get(s, secret_id)
            self.number, self.subject = secret.number, secret.subject
            grades = register.grades(s)
            current = (secret.grade_id, secret.term_kind, secret.term_until, secret.term_event)
        self.set_intro(
            QCoreApplication.translate(
                "secrets",
                "{number} {subject}\n变更经另一名审批人当面确认后生效，并生成变更审批表。",
            ).format(number=self.number, subject=self.subject)
        )
        self.grade = QComboBox()
        for g in grades:
            self.grade.addItem(g.name, g.id)
        self.grade.setCurrentIndex(self.grade.findData(current[0]))
        self.term_kind, self.term_until, self.term_event = _term_widgets(*current[1:])
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_kind)
        term_row.addWidget(self.term_until)
        term_row.addWidget(self.term_event, 1)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.form.addRow(QCoreApplication.translate("secrets", "保密等级"), self.grade)
        self.form.addRow(QCoreApplication.translate("secrets", "保密期限"), term_row)
        self.form.addRow(QCoreApplication.translate("secrets", "变更理由"), self.reason)
        self.fields = {
            "grade_id": self.grade,
            "term_until": self.term_until,
            "term_event": self.term_event,
            "reason": self.reason,
        }

    def values(self) -> dict[str, Any]:
        return {
            "grade_id": self.grade.currentData(),
            "term_kind": enum_data(self.term_kind, TermKind),
            "term_until": day(self.term_until),
            "term_event": self.term_event.text(),
            "reason": self.reason.toPlainText(),
        }

    def problems(self) -> list[Problem]:
        with self.session.vault.reader() as s:
            secret = register.get(s, self.secret_id)
            return register.change_problems(s, secret, **self.values())


class DeclassifyDialog(CheckedDialog):
    """解密 with its reason (003 §6.3 a–c); an approver confirms next."""

    def __init__(self, session: UiSession, secret_id: int, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("secrets", "解密"), parent)
        self.session = session
        self.secret_id = secret_id
        with session.vault.reader() as s:
            secret = register.get(s, secret_id)
            self.number, self.subject = secret.number, secret.subject
        self.set_intro(
            QCoreApplication.translate(
                "secrets", "{number} {subject}\n解密后该信息不再作为商业秘密管理，记录保留。"
            ).format(number=self.number, subject=self.subject)
        )
        self.reason_group = QButtonGroup(self)
        reasons = QVBoxLayout()
        for reason, label in register.DECLASSIFY_LABELS.items():
            button = QRadioButton(reg(label))
            button.setProperty("reason", reason.value)
            self.reason_group.addButton(button)
            reasons.addWidget(button)
        reasons_box = QWidget()
        reasons_box.setLayout(reasons)
        reasons.setContentsMargins(0, 0, 0, 0)
        self.words = QPlainTextEdit()
        self.words.setFixedHeight(70)
        self.words.setPlaceholderText(
            QCoreApplication.translate(
                "secrets", "写明具体情况，如：该机型已停产，技术已被新一代替代"
            )
        )
        self.on = date_edit()
        self.form.addRow(QCoreApplication.translate("secrets", "解密情形"), reasons_box)
        self.form.addRow(QCoreApplication.translate("secrets", "具体理由"), self.words)
        self.form.addRow(QCoreApplication.translate("secrets", "解密日期"), self.on)
        self.fields = {"reason": reasons_box, "words": self.words, "on": self.on}

    def reason(self) -> DeclassifyReason | None:
        button = self.reason_group.checkedButton()
        return DeclassifyReason(button.property("reason")) if button else None

    def problems(self) -> list[Problem]:
        with self.session.vault.reader() as s:
            secret = register.get(s, self.secret_id)
            return register.declassify_problems(
                secret, self.reason(), self.words.toPlainText(), day(self.on)
            )


class VoidDialog(CheckedDialog):
    def __init__(self, session: UiSession, secret_id: int, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("secrets", "作废"), parent)
        self.session = session
        with session.vault.reader() as s:
            secret = register.get(s, secret_id)
            self.number, self.subject = secret.number, secret.subject
            self.needs_approval = register.void_needs_approval(secret)
        intro = QCoreApplication.translate(
            "secrets", "{number} {subject}\n作废用于录入错误或重复的记录；编号不再使用，记录保留。"
        )
        if self.needs_approval:
            intro += "\n" + QCoreApplication.translate(
                "secrets", "该商业秘密已确定，作废须经另一名审批人确认。"
            )
        self.set_intro(intro.format(number=self.number, subject=self.subject))
        self.reason = QLineEdit()
        self.form.addRow(QCoreApplication.translate("secrets", "作废原因"), self.reason)
        self.fields = {"reason": self.reason}

    def problems(self) -> list[Problem]:
        if not self.reason.text().strip():
            return [Problem("reason", QT_TRANSLATE_NOOP("errors", "须说明作废原因"))]
        return []


class ReviewDialog(CheckedDialog):
    """记录审查 (003 §5.3, §6.2.4): the conclusion moves the next review on."""

    def __init__(self, session: UiSession, secret_id: int, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("secrets", "记录审查"), parent)
        self.session = session
        self.secret_id = secret_id
        with session.vault.reader() as s:
            secret = register.get(s, secret_id)
            grade = s.get(Grade, secret.grade_id)
            self.set_intro(
                QCoreApplication.translate(
                    "secrets",
                    "{number} {subject}\n{grade}每 {months} 个月审查一次；本次审查后顺延。",
                ).format(
                    number=secret.number,
                    subject=secret.subject,
                    grade=grade.name,
                    months=grade.review_interval_months,
                )
            )
        self.outcome = QComboBox()
        self.outcome.addItem(QCoreApplication.translate("secrets", "请选择"), None)
        add_labelled(self.outcome, register.REVIEW_OUTCOME_LABELS, reg)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.reviewed_on = date_edit()
        self.form.addRow(QCoreApplication.translate("secrets", "审查结论"), self.outcome)
        self.form.addRow(QCoreApplication.translate("secrets", "说明"), self.note)
        self.form.addRow(QCoreApplication.translate("secrets", "审查日期"), self.reviewed_on)
        self.fields = {"outcome": self.outcome, "note": self.note, "reviewed_on": self.reviewed_on}

    def problems(self) -> list[Problem]:
        with self.session.vault.reader() as s:
            secret = register.get(s, self.secret_id)
            return register.review_problems(
                secret,
                enum_data(self.outcome, ReviewOutcome),
                self.note.toPlainText(),
                day(self.reviewed_on),
            )


class SecretActions(QObject):
    """Runs the moves of the lifecycle for a page or a dialog; `changed(secret_id)` after
    any of them committed."""

    changed = Signal(int)

    def __init__(self, session: UiSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent

    def available(self, status: SecretStatus | None) -> set[Move]:
        if status is None or not self.session.can(Permission.EDIT_DATA):
            return set()
        return register.allowed_moves(status)

    def _secret(self, secret_id: int):
        with self.session.vault.reader() as s:
            return register.get(s, secret_id)

    def _done(self, secret_id: int | None) -> int | None:
        if secret_id is not None:
            self.changed.emit(secret_id)
        return secret_id

    # --- the moves ------------------------------------------------------------------------------
    def new(self) -> int | None:
        from tsdesk.ui.register.secret_dialog import SecretDialog

        dialog = SecretDialog(self.session, None, self.widget)
        return self._done(dialog.result_value if dialog.exec() else None)

    def edit(self, secret_id: int) -> int | None:
        from tsdesk.ui.register.secret_dialog import SecretDialog

        dialog = SecretDialog(self.session, secret_id, self.widget)
        return self._done(secret_id if dialog.exec() else None)

    def confirm(self, secret_id: int) -> int | None:
        with self.session.vault.reader() as s:
            secret = register.get(s, secret_id)
            problems = register.confirm_problems(secret)  # reads the points: inside the session
        if problems:
            QMessageBox.warning(
                self.widget,
                QCoreApplication.translate("secrets", "暂不能定密"),
                QCoreApplication.translate("secrets", "请先编辑补全：\n")
                + "\n".join("· " + error_message(p) for p in problems),
            )
            return None
        subject = QCoreApplication.translate("secrets", "定密审批：{number} {subject}").format(
            number=secret.number, subject=secret.subject
        )
        done = approve_and_run(
            self.session,
            self.widget,
            subject,
            lambda uow, approver: register.confirm(uow, secret_id, approver),
            "secret",
        )
        return self._done(secret_id if done is not None else None)

    def change(self, secret_id: int) -> int | None:
        dialog = ChangeDialog(self.session, secret_id, self.widget)
        if not dialog.exec():
            return None
        values = dialog.values()
        subject = QCoreApplication.translate("secrets", "变更审批：{number} {subject}").format(
            number=dialog.number, subject=dialog.subject
        )
        done = approve_and_run(
            self.session,
            self.widget,
            subject,
            lambda uow, approver: register.change_grade_term(uow, secret_id, approver, **values),
            "secret",
        )
        return self._done(secret_id if done is not None else None)

    def declassify(self, secret_id: int) -> int | None:
        dialog = DeclassifyDialog(self.session, secret_id, self.widget)
        if not dialog.exec():
            return None
        reason, words, on = dialog.reason(), dialog.words.toPlainText(), day(dialog.on)
        subject = QCoreApplication.translate("secrets", "解密审批：{number} {subject}").format(
            number=dialog.number, subject=dialog.subject
        )
        done = approve_and_run(
            self.session,
            self.widget,
            subject,
            lambda uow, approver: register.declassify(uow, secret_id, approver, reason, words, on),
            "secret",
        )
        return self._done(secret_id if done is not None else None)

    def void(self, secret_id: int) -> int | None:
        dialog = VoidDialog(self.session, secret_id, self.widget)
        if not dialog.exec():
            return None
        reason = dialog.reason.text()
        if dialog.needs_approval:
            subject = QCoreApplication.translate("secrets", "作废审批：{number} {subject}").format(
                number=dialog.number, subject=dialog.subject
            )
            done = approve_and_run(
                self.session,
                self.widget,
                subject,
                lambda uow, approver: register.void(uow, secret_id, reason, approver) or True,
                "secret",
            )
            return self._done(secret_id if done else None)
        ok, _ = self.session.run(
            self.widget, lambda uow: register.void(uow, secret_id, reason), "secret"
        )
        return self._done(secret_id if ok else None)

    def review(self, secret_id: int) -> int | None:
        dialog = ReviewDialog(self.session, secret_id, self.widget)
        if not dialog.exec():
            return None
        outcome = enum_data(dialog.outcome, ReviewOutcome)
        note, reviewed_on = dialog.note.toPlainText(), day(dialog.reviewed_on)
        ok, _ = self.session.run(
            self.widget,
            lambda uow: register.record_review(uow, secret_id, outcome, note, reviewed_on),
            "secret",
        )
        if not ok:
            return None
        self._done(secret_id)
        # The conclusion leads to its approval, which the review does not replace.
        if outcome == ReviewOutcome.CHANGE:
            self.change(secret_id)
        elif outcome == ReviewOutcome.DECLASSIFY:
            self.declassify(secret_id)
        return secret_id

    def grade(self, secret_id: int) -> int | None:
        """The grading assistant for a recorded secret; a confirmed secret whose grade the
        decision changes goes through the change approval."""
        from tsdesk.ui.register.grading_dialog import GradingDialog

        secret = self._secret(secret_id)
        dialog = GradingDialog(
            self.session,
            category=secret.category,
            start=grading.sheet_of(secret),
            current_grade_id=secret.grade_id,
            parent=self.widget,
        )
        if not dialog.exec():
            return None
        sheet = dialog.sheet()
        if secret.status == SecretStatus.CONFIRMED and sheet.decided_grade_id != secret.grade_id:
            subject = QCoreApplication.translate(
                "secrets", "变更审批（定级）：{number} {subject}"
            ).format(number=secret.number, subject=secret.subject)
            done = approve_and_run(
                self.session,
                self.widget,
                subject,
                lambda uow, approver: grading.record(uow, secret_id, sheet, approver),
                "secret",
            )
            return self._done(secret_id if done is not None else None)
        ok, _ = self.session.run(
            self.widget, lambda uow: grading.record(uow, secret_id, sheet), "secret"
        )
        return self._done(secret_id if ok else None)

    def run(self, move: Move, secret_id: int) -> int | None:
        return {
            Move.EDIT: self.edit,
            Move.CONFIRM: self.confirm,
            Move.CHANGE: self.change,
            Move.DECLASSIFY: self.declassify,
            Move.VOID: self.void,
            Move.REVIEW: self.review,
        }[move](secret_id)


# What each action is called, in the order the toolbar shows them.
MOVE_LABELS: dict[Move, str] = {
    Move.EDIT: QT_TRANSLATE_NOOP("secrets", "编辑…"),
    Move.CONFIRM: QT_TRANSLATE_NOOP("secrets", "定密审批…"),
    Move.CHANGE: QT_TRANSLATE_NOOP("secrets", "变更等级/期限…"),
    Move.DECLASSIFY: QT_TRANSLATE_NOOP("secrets", "解密…"),
    Move.VOID: QT_TRANSLATE_NOOP("secrets", "作废…"),
    Move.REVIEW: QT_TRANSLATE_NOOP("secrets", "记录审查…"),
}


def move_label(move: Move) -> str:
    return _tr(MOVE_LABELS[move])
