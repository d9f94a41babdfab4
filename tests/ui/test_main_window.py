"""The main window: navigation, status bar (operator, notice), search, dashboard, closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, COMPANY

from tsdesk.models import Role
from tsdesk.services import operators
from tsdesk.settings import DEFAULT_NOTICE
from tsdesk.ui.dashboard.dashboard import DashboardPage
from tsdesk.ui.main_window import MainWindow, declared_pages
from tsdesk.ui.session import UiSession
from tsdesk.vault import Vault
from tsdesk.vault.lock import lock_path


class FakePage(QWidget):
    """Follows the page contract and counts how it is called."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.field = QLineEdit(self)
        self.refreshed = 0
        self.cleared = 0

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FakePage", "测试页")

    def refresh(self) -> None:
        self.refreshed += 1

    def clear(self) -> None:
        self.cleared += 1
        self.field.clear()


@pytest.fixture
def make_window(qtbot, opened):
    windows: list[MainWindow] = []

    def make(pages=(DashboardPage, FakePage), vault=None, actor=None, **kwargs) -> MainWindow:
        session = UiSession(vault or opened.vault, actor or opened.admin)
        window = MainWindow(session, list(pages) if pages is not None else None, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # waits for workers, closes the vault


def test_status_bar_shows_operator_role_and_notice(make_window):
    window = make_window()
    assert window.windowTitle() == f"TSDesk — {COMPANY}"
    assert ADMIN in window.operator_label.text() and "管理员" in window.operator_label.text()
    assert window.notice_label.full_text() == DEFAULT_NOTICE
    assert window.notice_label.toolTip() == DEFAULT_NOTICE
    assert window.lock_label.text() == "已解锁"
    assert not window.read_only_badge.isVisibleTo(window)


def test_operator_display_name_and_role_in_status_bar(make_window, opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "lina", Role.OFFICER, "officer-pass-1", "李娜")
    officer = opened.vault.relogin("lina", "officer-pass-1")
    window = make_window(actor=officer)
    assert window.operator_label.text() == "操作员：李娜（lina） · 保密员"


def test_read_only_badge(make_window, opened):
    opened.vault.close()
    vault, actor = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD, read_only=True)
    window = make_window(vault=vault, actor=actor)
    assert window.read_only_badge.isVisibleTo(window)
    assert window.read_only_badge.text() == "只读"


def test_notice_follows_the_setting(make_window, opened):
    from tsdesk.services import settings

    window = make_window()
    window.session.run(
        None, lambda uow: settings.set_value(uow, "confidentiality_notice", "请勿外传"), "setting"
    )
    assert window.notice_label.full_text() == "请勿外传"


def test_navigation_refreshes_the_page_shown(make_window):
    window = make_window()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["工作台", "测试页"]
    fake = window.pages[1]
    assert fake.refreshed == 0
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is fake and fake.refreshed == 1
    assert window.page_title.text() == "测试页"


def test_dashboard_shows_company_operator_chain_and_recent_events(qtbot, make_window, opened):
    window = make_window()
    page = window.pages[0]
    assert isinstance(page, DashboardPage)
    assert page.company_label.text() == COMPANY
    assert ADMIN in page.operator_label.text()
    head = opened.vault.chain_head()
    assert page.chain_label.text() == f"第 {head.seq} 号 · {head.short}"
    qtbot.waitUntil(lambda: page.chain_detail.text().startswith("✓"))
    assert page.recent_table.rowCount() == head.seq  # fewer than 10 so far: all of them
    assert page.recent_table.item(0, 1).text() == ADMIN

    page.clear()
    assert page.company_label.text() == "" and page.recent_table.rowCount() == 0


def test_dashboard_hides_recent_events_without_audit_right(make_window, opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        operators.add(uow, "sunhao", Role.APPROVER, "approver-pass-1")
    approver = opened.vault.relogin("sunhao", "approver-pass-1")
    window = make_window(actor=approver)
    page = window.pages[0]
    assert not page.recent_table.isVisibleTo(window)
    assert page.recent_denied.isVisibleTo(window)


def test_search_emits_and_reports_not_found(qtbot, make_window):
    window = make_window()
    qtbot.keyClicks(window.search_edit, "TS-0001")
    with qtbot.waitSignal(window.search_requested) as signal:
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert signal.args == ["TS-0001"]
    assert window.statusBar().currentMessage() == "未找到：TS-0001"


def test_a_search_handler_that_finds_it_silences_not_found(qtbot, make_window):
    window = make_window()
    seen = []
    window.add_search_handler(lambda text: seen.append(text) or True)
    window.search_edit.setText("TS-0002")
    window.search_edit.returnPressed.emit()
    assert seen == ["TS-0002"]
    assert window.statusBar().currentMessage() == ""


class SearchingPage(FakePage):
    """Takes texts that start with its prefix."""

    prefix = "A"
    asked: list[str] = []

    def handle_search(self, text: str) -> bool:
        type(self).asked.append(f"{self.prefix}:{text}")
        return text.startswith(self.prefix)


class OtherSearchingPage(SearchingPage):
    prefix = "B"


def test_search_goes_to_the_page_on_screen_first_then_to_the_page_that_takes_it(make_window):
    SearchingPage.asked = []
    window = make_window(pages=(DashboardPage, SearchingPage, OtherSearchingPage))
    window.show_page(OtherSearchingPage)
    window.search_edit.setText("A-1")
    window.search_edit.returnPressed.emit()
    assert SearchingPage.asked == ["B:A-1", "A:A-1"]  # the page on screen was asked first
    assert isinstance(window.current_page(), SearchingPage)  # and the taker came forward
    assert window.statusBar().currentMessage() == ""


def test_ctrl_f_focuses_the_search_box(qtbot, make_window):
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.pages[1].field.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_edit.hasFocus)


def test_closing_the_window_closes_the_vault(qtbot, make_window, opened):
    window = make_window()
    assert lock_path(opened.path).exists()  # the writer lock is held while open
    window.close()
    assert not lock_path(opened.path).exists()
    # Released: the database opens writable again.
    vault, _actor = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD)
    vault.close()


def test_default_pages(make_window):
    window = make_window(pages=None)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [page.title() for page in declared_pages()]
    assert titles[0] == "工作台"
    assert {"企业信息", "操作员", "审计", "设置"} <= set(titles)
    assert [type(p) for p in window.pages] == declared_pages()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)  # each page refreshes without error


# --- application start-up (tsdesk/ui/app.py, tsdesk/ui/i18n.py) --------------------------------


def test_unhandled_exception_is_logged_without_its_message(qapp, monkeypatch):
    import logging
    import sys
    from logging.handlers import RotatingFileHandler

    from PySide6.QtWidgets import QMessageBox

    from tsdesk.ui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    app.setup_logging()
    secret = "hun" + "ter2"  # a value, not source text (tracebacks quote source lines)
    try:
        raise ValueError(f"password={secret}")
    except ValueError:
        app._excepthook(*sys.exc_info())

    handler = next(
        h for h in logging.getLogger("tsdesk").handlers if isinstance(h, RotatingFileHandler)
    )
    handler.flush()
    logged = Path(handler.baseFilename).read_text("utf-8")
    assert "ValueError" in logged and "test_main_window.py" in logged
    assert "hunter2" not in logged
    assert len(shown) == 1 and "ValueError" in shown[0] and "hunter2" not in shown[0]


def test_translator_loads_english_and_falls_back_to_chinese(qapp, tmp_path, monkeypatch):
    import shutil
    import subprocess
    import sys

    from tsdesk.ui import i18n

    ts = i18n.translations_dir() / "tsdesk_en.ts"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    lrelease = lrelease if lrelease.exists() else Path(shutil.which("pyside6-lrelease") or "")
    if not ts.exists() or not lrelease.is_file():
        pytest.skip("no English catalogue or lrelease to build it")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "tsdesk_en.qm")], check=True
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    try:
        assert i18n.available_languages() == ["zh_CN", "en"]
        assert i18n.install_translator(qapp, "en")
        assert QCoreApplication.translate("errors", "操作员名或密码错误") != "操作员名或密码错误"
        assert not i18n.install_translator(qapp, "xx")  # no such catalogue: stays Chinese
        assert QCoreApplication.translate("errors", "操作员名或密码错误") == "操作员名或密码错误"
    finally:
        i18n.install_translator(qapp, "zh_CN")


def test_database_offered_at_start(opened, tmp_path):
    from tsdesk import paths
    from tsdesk.settings import machine_set
    from tsdesk.ui.app import choose_database

    assert choose_database(None) == paths.default_db_path()  # first run
    machine_set("last_database", str(opened.path))
    assert choose_database(None) == opened.path
    assert choose_database(tmp_path / "other.tsdesk") == tmp_path / "other.tsdesk"
    machine_set("last_database", str(tmp_path / "gone.tsdesk"))  # moved away since
    assert choose_database(None) == paths.default_db_path()


def test_embedded_font_is_the_last_fallback(qapp):
    from tsdesk.ui import app

    before = qapp.font()
    try:
        app.load_fonts(qapp)
        families = qapp.font().families()
        assert app.embedded_families  # the shipped font registered
        assert families[0] == before.family()
        assert set(app.embedded_families) <= set(families)
    finally:
        qapp.setFont(before)
