"""Measurements that need a fresh process each: `python -m benchmarks.probes NAME ARGS…`.

Each prints one JSON line last (its own figures); the caller times the whole process too
(common.probe / common.run_process). Password: benchmarks.bench_register.PASSWORD.

- start_login DB: `tsdesk --db DB` up to the login dialog on screen, then exits at once
  (the caller's whole-process figure is the one that counts).
- unlock_ready DB: with the login dialog's modules loaded and its background imports done
  (as when the user types the password; their CPU reported as `preloaded`): unlock, build and show the main window, and wait until the dashboard has counted
  every reminder (ready); then until the first visit's audit chain check has answered (the
  events since the last verification; the whole chain on a database never verified).
- all_pages DB: the main window on DB, every page visited in turn (each page's worker waited
  for); the process's peak RSS.
- export DB N OUT / ledger DB N OUT: the .xlsx export / the ledger PDF of the first N secrets
  (time and the process's peak RSS).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "bench-password-1"


def _fail(kind, value, tb) -> None:
    import traceback

    traceback.print_exception(kind, value, tb)
    os._exit(3)


def _wait(app, done, timeout_s: float = 600.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the main window did not get ready")
        app.processEvents()
        time.sleep(0.001)


def start_login(db: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from tsdesk.__main__ import main
    from tsdesk.ui import login

    def shown_then_exit(dialog) -> int:
        dialog.show()
        QApplication.processEvents()
        print(json.dumps({"login_dialog": type(dialog).__name__}), flush=True)
        os._exit(0)  # the user would now type; nothing after this belongs to the figure

    login.LoginDialog.exec = shown_then_exit
    main(["--db", db])
    raise SystemExit("the login dialog was not shown")


def unlock_ready(db: str) -> dict:
    from benchmarks.common import qt_app
    from tsdesk.ui import login
    from tsdesk.ui.app import create_application

    create_application()
    sys.excepthook = _fail  # not the app's crash dialog: a bug must end the probe
    app = qt_app()
    # What the login dialog imports in the background once it is shown, while the user types
    # (reported apart: it is in neither the start-up figure nor this one).
    wall0, cpu0 = time.perf_counter(), time.process_time()
    login.preload_unlock()
    login.wait_for_preload()
    preloaded = time.perf_counter() - wall0, time.process_time() - cpu0
    from tsdesk.vault import Vault

    wall0, cpu0 = time.perf_counter(), time.process_time()
    vault, actor = Vault.unlock(Path(db), "admin", PASSWORD)
    unlocked = time.perf_counter() - wall0, time.process_time() - cpu0
    from tsdesk.ui.dashboard.dashboard import DashboardPage
    from tsdesk.ui.main_window import MainWindow
    from tsdesk.ui.session import UiSession
    from tsdesk.ui.workers import wait_for_all

    window = MainWindow(UiSession(vault, actor))
    window.show()
    app.processEvents()
    shown = time.perf_counter() - wall0, time.process_time() - cpu0
    dashboard = next(p for p in window.pages if isinstance(p, DashboardPage))
    _wait(app, lambda: bool(dashboard.counts))
    ready = time.perf_counter() - wall0, time.process_time() - cpu0
    _wait(app, lambda: dashboard._chain_at is not None)  # the check starts once counted
    chain = time.perf_counter() - wall0, time.process_time() - cpu0
    chain_ok = bool(dashboard._chain and dashboard._chain.ok)
    checked = dashboard._chain.count if dashboard._chain else 0
    whole = bool(dashboard._chain and dashboard._chain.since == 0)
    wait_for_all(60_000)
    window.close()
    vault.close()
    return {
        "preloaded": preloaded,
        "unlock": unlocked,
        "shown": shown,
        "ready": ready,
        "chain_checked": chain,
        "chain_ok": chain_ok,
        "chain_events_checked": checked,
        "chain_whole": whole,
        "reminders": len(dashboard.counts),
    }


def all_pages(db: str) -> dict:
    from benchmarks.common import peak_rss_mb, qt_app
    from tsdesk.ui.app import create_application
    from tsdesk.ui.main_window import MainWindow
    from tsdesk.ui.session import UiSession
    from tsdesk.ui.workers import wait_for_all
    from tsdesk.vault import Vault

    create_application()
    sys.excepthook = _fail  # not the app's crash dialog: a bug must end the probe
    app = qt_app()
    vault, actor = Vault.unlock(Path(db), "admin", PASSWORD)
    window = MainWindow(UiSession(vault, actor))
    window.resize(1366, 768)
    window.show()
    visited, per_page = [], {}
    for row, page in enumerate(window.pages):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        window.nav.setCurrentRow(row)
        app.processEvents()
        wait_for_all(600_000)
        app.processEvents()
        per_page[type(page).__name__] = (time.perf_counter() - wall0, time.process_time() - cpu0)
        visited.append(type(page).__name__)
    window.nav.setCurrentRow(0)
    wait_for_all(600_000)
    window.close()
    vault.close()
    return {"pages": visited, "per_page": per_page, "peak_rss_mb": peak_rss_mb()}


def _timed_in_process(fn) -> tuple[float, float]:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall0, time.process_time() - cpu0


def export(db: str, rows: str, out: str) -> dict:
    """The register's .xlsx export of the first `rows` secrets, as the File menu runs it."""
    from benchmarks.common import peak_rss_mb
    from tsdesk.services import register_io
    from tsdesk.vault import Vault

    vault, actor = Vault.unlock(Path(db), "admin", PASSWORD)
    with vault.reader() as session:
        ids = list(session.scalars(_first_ids(int(rows))))
    with vault.unit_of_work(actor) as uow:
        figure = _timed_in_process(lambda: register_io.export_register(uow, out, ids))
    vault.close()
    return {"export": figure, "peak_rss_mb": peak_rss_mb(), "mb": Path(out).stat().st_size / 1e6}


def ledger(db: str, rows: str, out: str) -> dict:
    """The ledger PDF of the first `rows` secrets."""
    from benchmarks.common import peak_rss_mb
    from tsdesk.services import register_print
    from tsdesk.vault import Vault

    vault, actor = Vault.unlock(Path(db), "admin", PASSWORD)
    with vault.reader() as session:
        ids = list(session.scalars(_first_ids(int(rows))))

    def print_ledger() -> int:
        with vault.unit_of_work(actor) as uow:
            return register_print.print_ledger(uow, ids, out)

    figure = _timed_in_process(print_ledger)
    vault.close()
    return {"ledger": figure, "peak_rss_mb": peak_rss_mb()}


def _first_ids(n: int):
    from sqlalchemy import select

    from tsdesk.models import Secret

    return select(Secret.id).order_by(Secret.id).limit(n)


PROBES = {
    "start_login": start_login,
    "unlock_ready": unlock_ready,
    "all_pages": all_pages,
    "export": export,
    "ledger": ledger,
}

if __name__ == "__main__":
    name, *rest = sys.argv[1:]
    result = PROBES[name](*rest)
    print(json.dumps(result), flush=True)
