"""Training widgets shared by the 培训与检查 page and the person page: `PersonTrainingTab`
(one person's trainings and drills) and the small table helpers both use. Apart from the
page module, because no UI module imports a page (tests/ui/test_ui_structure.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.services import training
from tsdesk.ui.common import list_actions
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import MUTED_STYLE, list_view


def training_word(text: str) -> str:
    return QCoreApplication.translate("training", text)


def day_text(value) -> str:
    return value.isoformat() if value else ""


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]], colours=None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if colours and colours[r] is not None:
                item.setForeground(colours[r])
            table.setItem(r, c, item)


def plain_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    list_view(table, wrap=False, resize=QHeaderView.ResizeMode.ResizeToContents)
    return table


def bold_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class PersonTrainingTab(QWidget):
    """One person's training sessions (date, topic, score) and drills, for the person page."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel()
        self.summary.setStyleSheet(MUTED_STYLE)
        self.trainings = plain_table(
            [self.tr("日期"), self.tr("培训主题"), self.tr("培训对象"), self.tr("成绩")]
        )
        self.drills = plain_table([self.tr("日期"), self.tr("演练场景")])
        list_actions(self.trainings, [])
        list_actions(self.drills, [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(bold_label(self.tr("培训记录")))
        layout.addWidget(self.trainings, 2)
        layout.addWidget(bold_label(self.tr("参加的演练")))
        layout.addWidget(self.drills, 1)
        self.show_person(None)

    def show_person(self, person_id: int | None) -> None:
        if person_id is None:
            self.summary.clear()
            self.trainings.setRowCount(0)
            self.drills.setRowCount(0)
            return
        with self.session.vault.reader() as s:
            trainings = training.trainings_of(s, person_id)
            drills = training.drills_of(s, person_id)
        self.summary.setText(
            self.tr("最近一次培训：{day}").format(day=day_text(trainings[0].held_on))
            if trainings
            else self.tr("尚无培训记录")
        )
        fill_table(
            self.trainings,
            [
                (
                    day_text(t.held_on),
                    t.topic,
                    training_word(training.AUDIENCE_LABELS[t.audience]),
                    "" if t.score is None else str(t.score),
                )
                for t in trainings
            ],
        )
        fill_table(self.drills, [(day_text(d.held_on), d.scenario) for d in drills])
