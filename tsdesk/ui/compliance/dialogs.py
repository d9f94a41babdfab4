"""The 基地申报 page's dialogs: a rule adopted, revised or repealed; a declaration; an item of
the self-assessment answered by hand; a programme item planned or ticked by hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QWidget

from tsdesk.models import ProgrammeKind, RuleKind
from tsdesk.services.compliance import assessment, declarations, programme, rules
from tsdesk.services.compliance.rules import RuleInput, RuleRow
from tsdesk.ui.common import InlineDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import add_labelled, date_edit, day, text_box
from tsdesk.vault import UnitOfWork


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog; delete it on this (the GUI) thread once it is done, rather than leave
    its widgets to a garbage collection that may run on a worker thread."""
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


def compliance_word(text: str) -> str:
    return QCoreApplication.translate("compliance", text)


def assessment_word(text: str) -> str:
    return QCoreApplication.translate("assessment", text)


class RuleDialog(InlineDialog):
    """Register a rule the enterprise adopted (its file is added on the page afterwards)."""

    entity_type = "rule_document"

    def __init__(self, session: UiSession, kind: RuleKind | None = None, parent=None) -> None:
        super().__init__(session, self.tr("登记制度"), parent)
        self.kind = QComboBox()
        add_labelled(self.kind, rules.KIND_LABELS, compliance_word)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(RuleKind(kind).value))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("如：商业秘密保护管理制度"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("如：〔2026〕3号"))
        self.adopted = date_edit()
        self.approved_by = QLineEdit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("制度名称"), self.title_edit)
        self.form.addRow(self.tr("文号"), self.number)
        self.form.addRow(self.tr("发布日期"), self.adopted)
        self.form.addRow(self.tr("批准人"), self.approved_by)
        self.form.addRow(self.tr("备注"), self.note)

    def change(self, uow: UnitOfWork) -> int:
        return rules.add_rule(
            uow,
            RuleInput(
                RuleKind(self.kind.currentData()),
                self.title_edit.text(),
                day(self.adopted),
                self.number.text(),
                self.approved_by.text(),
                self.note.text(),
            ),
        )

    def field_for(self, err):
        return self.title_edit


class ReviseDialog(InlineDialog):
    """A new version of a rule: its date (and a new title or number if they changed)."""

    entity_type = "rule_document"

    def __init__(self, session: UiSession, row: RuleRow, parent=None) -> None:
        super().__init__(session, self.tr("修订制度"), parent)
        self.row = row
        self.set_intro(self.tr("修订后的文本请在附件中“替换”原文件。"))
        self.title_edit = QLineEdit(row.title)
        self.number = QLineEdit(row.number)
        self.revised = date_edit()
        self.form.addRow(self.tr("修订日期"), self.revised)
        self.form.addRow(self.tr("制度名称"), self.title_edit)
        self.form.addRow(self.tr("文号"), self.number)

    def change(self, uow: UnitOfWork) -> None:
        rules.revise_rule(
            uow, self.row.id, day(self.revised), self.title_edit.text(), self.number.text()
        )


class RepealDialog(InlineDialog):
    """Repeal a rule as of a day (it stays in the register with its dates)."""

    entity_type = "rule_document"

    def __init__(self, session: UiSession, row: RuleRow, parent=None) -> None:
        super().__init__(session, self.tr("废止制度"), parent)
        self.row = row
        self.set_intro(
            self.tr("废止《{title}》？废止后它不再算作现行制度，登记和附件仍保留。").format(
                title=row.title
            )
        )
        self.repealed = date_edit()
        self.form.addRow(self.tr("废止日期"), self.repealed)

    def change(self, uow: UnitOfWork) -> None:
        rules.repeal_rule(uow, self.row.id, day(self.repealed))


class DeclarationDialog(InlineDialog):
    """The signed no-infringement declaration (004 第十条（五）): its date, signer and text."""

    entity_type = "compliance_declaration"

    def __init__(self, session: UiSession, parent=None) -> None:
        super().__init__(session, self.tr("登记不侵权声明"), parent)
        self.setMinimumWidth(560)
        self.set_intro(self.tr("登记已签署的书面声明；签字原件请扫描后妥善保存。"))
        self.declared = date_edit()
        self.signer = QLineEdit()
        self.signer.setPlaceholderText(self.tr("如：法定代表人姓名"))
        self.signer_title = QLineEdit()
        self.text: QPlainTextEdit = text_box(
            QCoreApplication.translate("compliance", declarations.NO_INFRINGEMENT_TEXT), 4
        )
        self.form.addRow(self.tr("声明日期"), self.declared)
        self.form.addRow(self.tr("签署人"), self.signer)
        self.form.addRow(self.tr("职务"), self.signer_title)
        self.form.addRow(self.tr("声明内容"), self.text)

    def change(self, uow: UnitOfWork) -> int:
        return declarations.add_declaration(
            uow,
            day(self.declared),
            self.signer.text(),
            self.text.toPlainText(),
            self.signer_title.text(),
        )

    def field_for(self, err):
        return self.signer


class AnswerDialog(InlineDialog):
    """Answer a self-assessment item by hand for this year, with where the evidence is."""

    entity_type = "assessment_answer"

    def __init__(self, session: UiSession, item_key: str, parent=None) -> None:
        super().__init__(session, self.tr("填写自评项"), parent)
        self.setMinimumWidth(560)
        self.item = assessment.item(item_key)
        self.year = date.today().year
        current = session.read(declarations.answers, self.year).get(item_key)
        self.set_intro(f"{assessment_word(self.item.condition)}\n{assessment_word(self.item.rule)}")
        self.met = QComboBox()
        self.met.addItem(self.tr("达到"), True)
        self.met.addItem(self.tr("未达到"), False)
        if current is not None and current.met is False:
            self.met.setCurrentIndex(1)
        self.value = QLineEdit(current.value if current else "")
        self.value.setPlaceholderText(self.tr("数值或简述，如：办公面积 30 平方米"))
        self.note = QLineEdit(current.note if current else "")
        self.note.setPlaceholderText(self.tr("证明材料所在，如：年度预算批复文件"))
        self.form.addRow(self.tr("结论"), self.met)
        self.form.addRow(self.tr("情况"), self.value)
        self.form.addRow(self.tr("证明材料"), self.note)

    def change(self, uow: UnitOfWork) -> None:
        assessment.answer(
            uow,
            self.item.key,
            bool(self.met.currentData()),
            self.value.text(),
            self.note.text(),
            year=self.year,
        )


class ProgrammeItemDialog(InlineDialog):
    """A new item of the year's programme."""

    entity_type = "programme_item"

    def __init__(self, session: UiSession, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("新增工作方案事项"), parent)
        self.year = year
        self.set_intro(
            self.tr("培训、检查、演练和清单复核事项由相应记录自动勾选；其他事项手工确认。")
        )
        self.kind = QComboBox()
        add_labelled(self.kind, programme.KIND_LABELS, compliance_word)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("如：第二季度保密检查"))
        self.due = date_edit(None if date.today().year == year else date(year, 6, 30))
        self.note = QLineEdit()
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("事项"), self.title_edit)
        self.form.addRow(self.tr("计划日期"), self.due)
        self.form.addRow(self.tr("备注"), self.note)

    def change(self, uow: UnitOfWork) -> int:
        return programme.add_item(
            uow,
            self.year,
            ProgrammeKind(self.kind.currentData()),
            self.title_edit.text(),
            day(self.due),
            self.note.text(),
        )

    def field_for(self, err):
        return self.title_edit


class DoneDialog(InlineDialog):
    """Tick a programme item by hand (publicity, exchange)."""

    entity_type = "programme_item"

    def __init__(self, session: UiSession, item_id: int, title: str, parent=None) -> None:
        super().__init__(session, self.tr("确认事项完成"), parent)
        self.item_id = item_id
        self.set_intro(title)
        self.done_on = date_edit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：内刊第 3 期专栏"))
        self.form.addRow(self.tr("完成日期"), self.done_on)
        self.form.addRow(self.tr("说明"), self.note)

    def change(self, uow: UnitOfWork) -> None:
        programme.mark_done(uow, self.item_id, day(self.done_on), self.note.text())
