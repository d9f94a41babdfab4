"""基地申报: the self-assessment against 004's conditions, the rules register and the year's
programme as tabs; other modules' tabs (the application form, the binder) are added with
`add_tab`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tsdesk.ui.common import close_dialogs
from tsdesk.ui.compliance.application import ApplicationTab
from tsdesk.ui.compliance.assessment import AssessmentTab
from tsdesk.ui.compliance.binder import BinderTab
from tsdesk.ui.compliance.programme import ProgrammeTab
from tsdesk.ui.compliance.rules import RulesTab
from tsdesk.ui.session import UiSession


class CompliancePage(QWidget):
    PAGE_KEYS = ("compliance",)  # gaps and the programme reminder open it

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.assessment_tab = AssessmentTab(session)
        self.rules_tab = RulesTab(session)
        self.programme_tab = ProgrammeTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.assessment_tab, self.tr("自评"))
        self.tabs.addTab(self.rules_tab, self.tr("制度"))
        self.tabs.addTab(self.programme_tab, self.tr("年度方案"))
        self.application_tab = ApplicationTab(session)
        self.add_tab(self.application_tab, self.tr("申报表"))
        self.binder_tab = BinderTab(session)
        self.add_tab(self.binder_tab, self.tr("证据汇编"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.assessment_tab.open_requested.connect(self._open_target)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.actor_changed.connect(self._actor_changed)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CompliancePage", "基地申报")

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add another module's tab (refresh() and clear() are called on it when it has them);
        returns its index."""
        return self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()

    def clear(self) -> None:
        close_dialogs(self)
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if hasattr(tab, "clear"):
                tab.clear()

    def new_record(self) -> None:
        """Ctrl+N: a new rule or programme item on those tabs."""
        tab = self.tabs.currentWidget()
        if tab is self.rules_tab:
            self.rules_tab.add_rule()
        elif tab is self.programme_tab:
            self.programme_tab.add_item()

    def _show_tab(self, tab: QWidget) -> None:
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(tab)
        self.tabs.blockSignals(False)

    def show_filtered(self, _page_key: str, filters: dict[str, Any]) -> None:
        """{"tab": "rules", "kind": a RuleKind value} the rules of a kind; {"tab": "programme"}
        the programme; {"tab": "application"} the year's form; {"tab": "assessment",
        "action": "declaration" | "answer", "item": key}
        the assessment with that dialog open."""
        tab = filters.get("tab", "assessment")
        if tab == "rules":
            self._show_tab(self.rules_tab)
            self.rules_tab.set_kind(filters.get("kind"))
            return
        if tab == "programme":
            self._show_tab(self.programme_tab)
            self.programme_tab.refresh()
            return
        if tab == "application":
            self._show_tab(self.application_tab)
            self.application_tab.refresh()
            return
        self._show_tab(self.assessment_tab)
        self.assessment_tab.refresh()
        if filters.get("item"):
            self.assessment_tab.select_item(filters["item"])
        if filters.get("action") == "declaration":
            self.assessment_tab.add_declaration()
        elif filters.get("action") == "answer" and filters.get("item"):
            self.assessment_tab.answer(filters["item"])

    def _open_target(self, page_key: str, filters: dict) -> None:
        window = self.window()
        if hasattr(window, "open_target"):
            window.open_target(page_key, filters)

    def _actor_changed(self) -> None:
        if self.isVisible():
            self.refresh()
