"""Starting the GUI: application, fonts, language, crash handling, then login or first run,
then the main window."""

from __future__ import annotations

import linecache
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from tsdesk import APP_NAME, __version__, logs, paths
from tsdesk.errors import TSDeskError
from tsdesk.settings import machine_get
from tsdesk.ui import collector
from tsdesk.ui.i18n import install_translator

if TYPE_CHECKING:
    from tsdesk.vault import Actor, Vault

log = logging.getLogger(__name__)

# Chinese UI fonts tried (when installed) after the platform's default, before the embedded
# fallback: the embedded one covers every glyph but looks plainer than these.
CJK_UI_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)

_showing_crash = False
embedded_families: list[str] = []  # the embedded font's families, once load_fonts ran


def setup_logging() -> Path:
    """The rotating log in the data folder (`tsdesk.log`); returns its path."""
    return logs.setup_logging()


# --- unexpected errors ------------------------------------------------------------------------


def _excepthook(kind: type[BaseException], value: BaseException, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    if value.__traceback__ is None:
        value = value.with_traceback(tb)
    path = logs.log_exception(value)  # type and frames only: messages may quote user data
    _show_crash_dialog(value, path)


def _show_crash_dialog(value: BaseException, log_path: Path) -> None:
    global _showing_crash
    app = QApplication.instance()
    if app is None or _showing_crash or QThread.currentThread() is not app.thread():
        return
    _showing_crash = True
    try:
        translate = QCoreApplication.translate
        if isinstance(value, TSDeskError):  # a page forgot to catch it: still the user's message
            from tsdesk.ui.messages import show_error

            show_error(QApplication.activeWindow(), value)
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            translate("app", "意外错误"),
            translate(
                "app",
                "发生意外错误（{kind}）。\n\n当前操作可能没有完成。建议关闭程序后重新打开；"
                "数据库中已保存的数据不受影响。\n\n详情已写入日志：{path}",
            ).format(kind=type(value).__name__, path=log_path),
        )
    finally:
        _showing_crash = False


embedded_families: list[str] = []  # the embedded font's families, once load_fonts ran


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        logs.log_exception(args.exc_value)  # no dialog from a worker thread


def install_excepthook() -> None:
    """Unhandled exceptions go to the log (never with values) and to a dialog."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


# --- application ------------------------------------------------------------------------------


def load_fonts(app: QApplication) -> None:
    """Register the embedded CJK font and use it as the last fallback of the app font, so
    Chinese renders on a PC without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(paths.font_path()))
    embedded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not embedded:
        log.warning("Embedded font %s could not be loaded", paths.font_path().name)
    embedded_families[:] = embedded
    font = app.font()
    families = [font.family(), *[f for f in CJK_UI_FAMILIES if QFontDatabase.hasFamily(f)]]
    font.setFamilies(list(dict.fromkeys([*families, *embedded])))
    app.setFont(font)


def forget_sources_read_by_pyside() -> None:
    """PySide6 reads the source of every module imported after it (does it use PySide6?) and
    linecache keeps every line: some 20 MB of peak memory once the pages are loaded. The
    answer stays; the lines go (a traceback reads them again). Nothing if PySide6 changed."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "forgets_sources", False):
        return

    def uses_pyside(module) -> bool:
        try:
            return check(module)
        finally:
            linecache.cache.pop(getattr(module, "__file__", None) or "", None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once: names, style, icon, fonts, language, crash handling."""
    forget_sources_read_by_pyside()
    existing = QApplication.instance()
    if existing is not None:
        return existing
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "tsdesk.png")))
    load_fonts(app)
    install_translator(app, machine_get("language"))
    install_excepthook()
    collector.install(app)  # cycles freed on the GUI thread only
    return app


def choose_database(db_path: Path | None) -> Path:
    """The database to offer: the one asked for, else the last one opened, else the default."""
    if db_path is not None:
        return Path(db_path)
    last = machine_get("last_database")
    if last and Path(last).exists():
        return Path(last)
    return paths.default_db_path()


def open_or_create(path: Path) -> tuple[Vault, Actor] | None:
    """Login if the database exists, first-run wizard otherwise; None when the user gives up."""
    from tsdesk.ui.login import LoginDialog

    from_login = False
    while True:
        if path.exists():
            dialog = LoginDialog(path)
            if dialog.exec() == LoginDialog.DialogCode.Accepted:
                return dialog.vault, dialog.actor
            if not dialog.new_database_requested:
                return None
            from_login = True
            wizard = _wizard(paths.default_db_path())
        else:
            wizard = _wizard(path)
        if wizard.exec() == wizard.DialogCode.Accepted:
            if wizard.vault is not None:
                return wizard.vault, wizard.actor
            if wizard.open_path is not None:
                path = wizard.open_path
                continue
        if not from_login:
            return None  # cancelled the wizard: back to the login it came from, if any


def _wizard(path: Path):
    from tsdesk.ui.wizard import FirstRunWizard  # not on the way to the login dialog

    return FirstRunWizard(path)


def run_gui(db_path: Path | None = None) -> int:
    setup_logging()
    app = create_application()
    log.info("TSDesk %s starting", __version__)
    app.setQuitOnLastWindowClosed(False)  # no window between the dialogs and the main window
    opened = open_or_create(choose_database(db_path))
    if opened is None:
        return 0
    vault, actor = opened
    # After the login: the pages are not on the way to the dialog (start-up time); the login
    # dialog imported them in a thread while the user typed.
    from tsdesk.ui.login import wait_for_preload

    wait_for_preload()
    from tsdesk.ui.main_window import MainWindow
    from tsdesk.ui.session import UiSession
    from tsdesk.ui.workers import wait_for_all

    window = MainWindow(UiSession(vault, actor))
    window.show()
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    wait_for_all(10_000)
    window.close()  # normally closed already (that closed the vault); both are idempotent
    vault.close()
    return code
