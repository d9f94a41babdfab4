"""The 申报表 tab: the year's application form (004 附表1–3, chosen by the kind of
organisation), every box prefilled and editable, the 开展情况 drafted from the data with the
figures it used beside it and its length against the box's room; saved as the year's draft
(the company profile only when asked), previewed and printed for the authority."""

from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.services import base_forms
from tsdesk.services.compliance import applications, narrative
from tsdesk.services.compliance.applications import SUMMARY, Application
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import list_actions
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession


class ApplicationTab(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.app: Application | None = None
        self._loading = False
        self.dirty = False

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setPrefix(self.tr("申报年度 "))
        self.year.valueChanged.connect(lambda _v: self._year_changed())
        self.planned = QCheckBox(self.tr("计划在该年度申报"))
        self.planned.setToolTip(
            self.tr("勾选后，工作台显示距 9 月 30 日申报截止的天数和自评未达标的条件")
        )
        self.planned.clicked.connect(self.set_planned)
        self.form_label = QLabel()
        self.state_label = QLabel()
        self.redraft_button = QPushButton(self.tr("按数据重新起草"))
        self.redraft_button.setToolTip(
            self.tr("用截至今天的数据重新起草“工作开展情况”，替换框中文字")
        )
        self.redraft_button.clicked.connect(self.redraft)
        self.save_button = QPushButton(self.tr("保存草稿"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("预览并打印…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.preview)
        self.to_profile = QCheckBox(self.tr("同时保存到企业信息"))
        self.to_profile.setToolTip(
            self.tr("不勾选时，修改只保存在本年度的申报表草稿中，企业信息不变")
        )
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.planned)
        top.addWidget(self.form_label, 1)
        top.addWidget(self.state_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.to_profile)
        bottom.addStretch(1)
        for button in (self.redraft_button, self.save_button, self.print_button):
            bottom.addWidget(button)

        self.fields_box = QWidget()
        self.fields = QGridLayout(self.fields_box)  # two boxes a row, as on the paper form
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.fields.setColumnStretch(1, 1)
        self.fields.setColumnStretch(3, 1)
        self.edits: dict[str, QLineEdit] = {}

        self.narrative = QPlainTextEdit()
        self.narrative.setPlaceholderText(self.tr("商业秘密保护工作开展情况"))
        self.narrative.textChanged.connect(self._text_changed)
        self.length_label = QLabel()
        self.length_label.setWordWrap(True)
        self._measure = QTimer(self)
        self._measure.setSingleShot(True)
        self._measure.setInterval(250)
        self._measure.timeout.connect(self._update_length)

        self.figures = QTableWidget(0, 3)
        self.figures.setHorizontalHeaderLabels(
            [self.tr("数据项"), self.tr("数值"), self.tr("来源")]
        )
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        list_actions(self.figures, [])  # 复制: a figure and its source into a note
        self.figures_label = QLabel(self.tr("起草所用数据"))

        text_side = QWidget()
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(QLabel(self.tr("商业秘密保护工作开展情况")))
        text_layout.addWidget(self.narrative, 1)
        text_layout.addWidget(self.length_label)
        figures_side = QWidget()
        figures_layout = QVBoxLayout(figures_side)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.figures_label)
        figures_layout.addWidget(self.figures, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(text_side)
        lower.addWidget(figures_side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)

        upper = QHBoxLayout()
        upper.addWidget(self.fields_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(upper)
        layout.addWidget(lower, 1)
        layout.addLayout(bottom)
        self._loaded_year: int | None = None

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loaded_year is None:
            self.year.blockSignals(True)
            self.year.setValue(self.session.read(applications.planned_year))
            self.year.blockSignals(False)
        if not self.dirty:
            self.load()
        self._sync_buttons()

    def clear(self) -> None:
        self.app, self._loaded_year, self.dirty = None, None, False
        self._loading = True
        self.narrative.clear()
        for edit in self.edits.values():
            edit.clear()
        self.figures.setRowCount(0)
        self._loading = False

    def _year_changed(self) -> None:
        if self.dirty and not self._confirm_discard():
            self.year.blockSignals(True)
            self.year.setValue(self._loaded_year or self.year.value())
            self.year.blockSignals(False)
            return
        self.load()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("未保存的修改"),
            self.tr("申报表有未保存的修改，放弃这些修改吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def load(self) -> None:
        year = self.year.value()
        self.app = self.session.read(applications.load, year)
        self._loaded_year = year
        self._show(self.app)
        self.planned.setChecked(self.session.read(applications.planned) == year)

    def set_planned(self, checked: bool) -> None:
        """Plan (or no longer plan) the application for the year shown."""
        year = self.year.value() if checked else 0
        ok, _ = self.session.run(self, lambda uow: applications.set_planned(uow, year), "setting")
        if not ok:
            self.planned.setChecked(not checked)

    def _show(self, app: Application) -> None:
        self._loading = True
        annex, title = base_forms.describe(app.form)
        self.form_label.setText(f"{annex}　{title}")
        while self.fields.count():
            item = self.fields.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.edits = {}
        boxes = [(n, lab) for n, lab in base_forms.form_fields(app.form) if n != SUMMARY]
        for i, (name, label) in enumerate(boxes):
            edit = QLineEdit(app.values.get(name, ""))
            edit.textChanged.connect(self._changed)
            self.edits[name] = edit
            row, col = divmod(i, 2)
            self.fields.addWidget(QLabel(self._label(label)), row, col * 2)
            self.fields.addWidget(edit, row, col * 2 + 1)
        self.narrative.setPlainText(app.narrative)
        self._show_figures(app.figures)
        self._loading = False
        self.dirty = False
        self._update_state()
        self._update_length()

    def _label(self, label: str) -> str:
        return QCoreApplication.translate("company", label)  # the profile's own field names

    def _show_figures(self, figures: list[narrative.Figure]) -> None:
        self.figures.setRowCount(len(figures))
        for row, f in enumerate(figures):
            for col, text in enumerate((f.label, f.value, f.source)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.figures.setItem(row, col, item)

    # --- editing ------------------------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self._update_state()
            self._measure.start()

    def _text_changed(self) -> None:
        self._changed()

    def current(self) -> Application:
        """The application as the tab shows it now."""
        assert self.app is not None
        return Application(
            year=self.app.year,
            form=self.app.form,
            values={name: edit.text() for name, edit in self.edits.items()},
            narrative=self.narrative.toPlainText(),
            figures=list(self.app.figures),
            saved=self.app.saved,
        )

    def _update_length(self) -> None:
        if self.app is None:
            return
        fit, room = applications.summary_fit(self.current())
        chars = fit.in_cell + fit.continued
        text = self.tr("{n} 字，表内约可容纳 {room} 字").format(n=chars, room=room)
        if fit.continued:
            text += self.tr("；超出的 {rest} 字将续印在附页").format(rest=fit.continued)
        self.length_label.setText(text)
        self.length_label.setStyleSheet("color: #9a6700;" if fit.continued else "")

    def _update_state(self) -> None:
        if self.app is None:
            self.state_label.clear()
            return
        if self.dirty:
            text = self.tr("有未保存的修改")
        elif self.app.saved:
            text = self.tr("已保存草稿")
            if self.app.printed_at:
                text += self.tr("（已打印）")
        else:
            text = self.tr("按企业信息和数据预填，尚未保存")
        self.state_label.setText(text)

    def _sync_buttons(self) -> None:
        can_edit = self.session.can(Permission.EDIT_DATA)
        self.save_button.setEnabled(can_edit)
        self.redraft_button.setEnabled(can_edit)
        self.to_profile.setEnabled(self.session.can(Permission.EDIT_COMPANY))
        self.planned.setEnabled(self.session.can(Permission.EDIT_SETTINGS))
        self.print_button.setEnabled(self.session.can(Permission.EXPORT))

    def redraft(self) -> None:
        if self.app is None:
            return
        drafted = self.session.read(narrative.draft)
        self.app.figures = drafted.figures
        self.narrative.setPlainText(drafted.text)  # marks the form changed
        self._show_figures(drafted.figures)

    def save(self) -> bool:
        if self.app is None:
            return False
        app = self.current()
        to_profile = self.to_profile.isChecked()
        ok, _ = self.session.run(
            self,
            lambda uow: applications.save(uow, app, to_profile=to_profile),
            "company_profile" if to_profile else "base_application",
        )
        if ok:
            self.dirty = False
            self.to_profile.setChecked(False)
            self.load()
        return ok

    def preview(self) -> None:
        """The form as shown (saved or not) previewed; the print is audited when made."""
        if self.app is None:
            return
        app = self.current()
        ok, pdf = self.session.run(
            self, lambda uow: _pdf_after_commit(uow, app), "base_application"
        )
        if not ok or pdf is None:
            return
        annex, title = base_forms.describe(app.form)
        PdfPreviewDialog(pdf(), f"{annex} {title}", self).exec()
        if not self.dirty:
            self.load()  # the printed time


def _pdf_after_commit(uow, app: Application):
    """The PDF, handed over only once its print event has committed."""
    out = io.BytesIO()
    applications.print_application(uow, app, out)
    return out.getvalue
