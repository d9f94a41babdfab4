"""Every screen fits a real office PC: the main window with each page, and every dialog, in
Chinese and in English, at 1366×768 and at 1920×1080 with 150 % scaling (1280×720
effective), less a taskbar and the window's title bar.

Dialogs are found, not listed: every QDialog subclass in tsdesk.ui must have a factory in
DIALOGS below, so a new dialog fails `test_every_dialog_is_measured` until it is added.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from carriers_testing import World, build_world
from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget
from tsdesk_testing import ADMIN

import tsdesk.ui
from tsdesk.models import MovementKind
from tsdesk.services import audit as audit_service
from tsdesk.services import carriers, company
from tsdesk.services.audit import AuditFilter
from tsdesk.ui import i18n
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pages import common
from tsdesk.ui.session import UiSession

TASKBAR = 40
# What a window may need at most: the work area less the title bar and borders.
LIMITS = {
    f"{s.width()}x{s.height()}": QSize(s.width(), s.height() - TASKBAR) - common.WINDOW_FRAME
    for s in common.SMALL_SCREENS
}
ABSTRACT = {"GuardedDialog", "FormDialog", "InlineDialog", "CheckedDialog"}


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every dialog (and wizard) class defined in tsdesk.ui."""
    for module in pkgutil.walk_packages(tsdesk.ui.__path__, "tsdesk.ui."):
        importlib.import_module(module.name)
    found: dict[str, type[QDialog]] = {}
    todo = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("tsdesk.") and sub.__name__ not in ABSTRACT:
                found[sub.__name__] = sub
    return found


@dataclass
class Ctx:
    world: World
    window: MainWindow
    session: UiSession
    carrier: int

    def page(self, name: str) -> QWidget:
        page = next(p for p in self.window.pages if type(p).__name__ == name)
        self.window.show_page(type(page))
        return page


def _pdf() -> bytes:
    """A one-page A4 PDF, drawn by Qt (independent of the document renderers)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(100, 100, "TSDesk")
    painter.end()
    return bytes(buffer.data())


def _f(path: str, name: str) -> Callable[..., QDialog]:
    def make(*args, **kwargs):
        return getattr(importlib.import_module(path), name)(*args, **kwargs)

    return make


P = "tsdesk.ui.pages."
DIALOGS: dict[str, Callable[[Ctx], QDialog]] = {
    "FourEyesDialog": lambda c: _f("tsdesk.ui.four_eyes", "FourEyesDialog")(c.session, "定密审批"),
    "ChangeDialog": lambda c: _f("tsdesk.ui.secret_actions", "ChangeDialog")(
        c.session, c.world.top_secret
    ),
    "DeclassifyDialog": lambda c: _f("tsdesk.ui.secret_actions", "DeclassifyDialog")(
        c.session, c.world.top_secret
    ),
    "VoidDialog": lambda c: _f("tsdesk.ui.secret_actions", "VoidDialog")(
        c.session, c.world.top_secret
    ),
    "ReviewDialog": lambda c: _f("tsdesk.ui.secret_actions", "ReviewDialog")(
        c.session, c.world.top_secret
    ),
    "LoginDialog": lambda c: _f("tsdesk.ui.login", "LoginDialog")(c.session.vault.path),
    "FirstRunWizard": lambda c: _f("tsdesk.ui.wizard", "FirstRunWizard")(
        c.session.vault.path.parent / "new.tsdesk"
    ),
    "GradingDialog": lambda c: _f("tsdesk.ui.grading_dialog", "GradingDialog")(c.session),
    "GradesDialog": lambda c: _f("tsdesk.ui.grading_dialog", "GradesDialog")(c.session),
    "PdfPreviewDialog": lambda c: _f("tsdesk.ui.pdf_preview", "PdfPreviewDialog")(_pdf(), "台账"),
    "ImportWizard": lambda c: _f("tsdesk.ui.import_wizard", "ImportWizard")(c.session),
    "SecretDialog": lambda c: _f("tsdesk.ui.secret_dialog", "SecretDialog")(c.session, None),
    "CarrierDialog": lambda c: _f(P + "carrier_dialogs", "CarrierDialog")(c.session, c.carrier),
    "MovementDialog": lambda c: _f(P + "carrier_dialogs", "MovementDialog")(
        c.session, c.carrier, MovementKind.BORROW
    ),
    "SealDialog": lambda c: _f(P + "carrier_dialogs", "SealDialog")(c.session, c.carrier),
    "SealCheckDialog": lambda c: _f(P + "carrier_dialogs", "SealCheckDialog")(c.session, c.carrier),
    "NoteDialog": lambda c: _f(P + "carrier_dialogs", "NoteDialog")(
        c.session, "启封", "启封 ZT-2026-0001 图纸：载体回到在库状态。", "启封原因", carriers.unseal
    ),
    "RekeyConfirmDialog": lambda c: _f(P + "settings", "RekeyConfirmDialog")(),
    "RecoveryKeyDialog": lambda c: _f(P + "settings", "RecoveryKeyDialog")(
        c.session, "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    ),
    "GrantDialog": lambda c: _f(P + "secret_detail", "GrantDialog")(c.session, c.world.top_secret),
    "SecretDetailDialog": lambda c: _f(P + "secret_detail", "SecretDetailDialog")(
        c.session, c.world.top_secret
    ),
    "PersonDialog": lambda c: _f(P + "people", "PersonDialog")(
        c.session, c.page("PeoplePage").model.row_at(0)
    ),
    "LeaveDialog": lambda c: _f(P + "people", "LeaveDialog")(
        c.session, c.page("PeoplePage").model.row_at(0)
    ),
    "AreaDialog": lambda c: _f(P + "areas_tab", "AreaDialog")(c.session, c.world.archive),
    "AccessDialog": lambda c: _f(P + "areas_tab", "AccessDialog")(
        c.session, _loaded(c.page("CarriersPage").areas_tab).model.row_at(0)
    ),
    "DepartmentDialog": lambda c: _f(P + "company", "DepartmentDialog")(
        c.session, company.list_departments(c.session.vault)[0]
    ),
    "DesignationDialog": lambda c: _f(P + "company", "DesignationDialog")(
        c.session, company.list_departments(c.session.vault)
    ),
    "AuditDetailDialog": lambda c: _f(P + "audit", "AuditDetailDialog")(
        audit_service.page(c.session.vault, AuditFilter(), 0, 1)[0]
    ),
    "CustomTemplateDialog": lambda c: _f(P + "labels", "CustomTemplateDialog")(c.session),
    "AreaSignDialog": lambda c: _f(P + "labels", "AreaSignDialog")(c.session),
    "StampDialog": lambda c: _f(P + "labels", "StampDialog")(c.session),
    "AddOperatorDialog": lambda c: _f(P + "operators", "AddOperatorDialog")(c.session),
    "ResetPasswordDialog": lambda c: _f(P + "operators", "ResetPasswordDialog")(
        c.session, c.page("OperatorsPage").model.row_at(0)
    ),
    "RoleDialog": lambda c: _f(P + "operators", "RoleDialog")(
        c.session, c.page("OperatorsPage").model.row_at(0)
    ),
    "ChangeOwnPasswordDialog": lambda c: _f(P + "operators", "ChangeOwnPasswordDialog")(c.session),
}


def _loaded(tab):
    tab.refresh()
    return tab


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    assert i18n.install_translator(qapp, request.param)
    yield request.param
    i18n.install_translator(qapp, "zh_CN")


@pytest.fixture
def ctx(opened, qtbot, language):
    world = build_world(opened)
    carrier = world.carrier("主轴热处理工艺图纸（全套，含工艺卡与检验记录）")
    session = UiSession(world.vault, world.admin)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Ctx(world, window, session, carrier)
    window.close()


def too_big(hint: QSize) -> list[str]:
    return [
        f"{hint.width()}×{hint.height()} > {limit.width()}×{limit.height()} ({screen})"
        for screen, limit in LIMITS.items()
        if hint.width() > limit.width() or hint.height() > limit.height()
    ]


def _select_first_rows(widget: QWidget) -> None:
    """Details shown only for a selected row count too."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and view.selectionModel():
            view.setCurrentIndex(model.index(0, 0))


def test_main_window_and_every_page_fit(ctx, language):
    window = ctx.window
    problems = []
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        _select_first_rows(page)
        for name, tabs in (("", None), *_tab_sets(page)):
            for index in range(tabs.count()) if tabs else [None]:
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    _select_first_rows(tabs.currentWidget())
                for problem in too_big(window.minimumSizeHint()):
                    problems.append(f"{type(page).__name__}{name}[{index}]: {problem}")
    assert not problems, f"{language}: " + "; ".join(problems)


def _tab_sets(page: QWidget):
    from PySide6.QtWidgets import QTabWidget

    return [(f".{t.objectName() or 'tabs'}", t) for t in page.findChildren(QTabWidget)]


def test_every_dialog_is_measured():
    missing = sorted(set(dialog_classes()) - set(DIALOGS))
    assert not missing, f"add a factory to DIALOGS for: {missing}"


def test_every_dialog_fits(ctx, language, qtbot, monkeypatch):
    # The 150 % screen's work area, whatever screen the tests run on.
    limit = LIMITS["1280x720"]
    room = QRect(0, 0, 1280, 720 - TASKBAR)
    monkeypatch.setattr(common, "available_geometry", lambda widget=None: room)
    problems = []
    for name in sorted(dialog_classes()):
        dialog = DIALOGS[name](ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        _select_first_rows(dialog)
        problems += [f"{name}: minimum {p}" for p in too_big(QWidget.minimumSizeHint(dialog))]
        size = QWidget.size(dialog)  # some dialogs have a `size` field
        if size.width() > limit.width() or size.height() > limit.height():
            problems.append(f"{name}: opens at {size.width()}×{size.height()}")
        dialog.reject()
    assert not problems, f"{language}: " + "; ".join(problems)


def test_main_window_opens_maximised_on_a_small_screen(opened, qtbot, monkeypatch):
    monkeypatch.setattr(
        "tsdesk.ui.main_window.available_geometry", lambda widget=None: QRect(0, 0, 1366, 728)
    )
    window = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(window)
    assert window.isMaximized()
    assert window.width() <= 1366 and window.height() <= 728
    window.close()


def test_main_window_opens_at_its_size_on_a_big_screen(opened, qtbot, monkeypatch):
    monkeypatch.setattr(
        "tsdesk.ui.main_window.available_geometry", lambda widget=None: QRect(0, 0, 2560, 1400)
    )
    window = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(window)
    assert not window.isMaximized() and window.size() == QSize(1280, 800)
    assert ADMIN
    window.close()
