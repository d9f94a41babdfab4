"""The wait behind a modal dialog returns however quickly its job ends."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer

from tsdesk.ui.register import register_io_actions


def test_a_job_done_before_the_wait_begins_does_not_hang_it(qtbot, monkeypatch):
    real = register_io_actions.run_in_thread

    def done_before_return(fn, *args, **kwargs):
        task = real(fn, *args, **kwargs)
        QThreadPool.globalInstance().waitForDone()  # the worker has emitted `finished`
        return task

    monkeypatch.setattr(register_io_actions, "run_in_thread", done_before_return)
    hung = []
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (hung.append(True), QCoreApplication.exit(1)))
    guard.start(5_000)  # a wait that never ends is broken out of, and fails the test
    try:
        assert register_io_actions.run_waiting(None, "请稍候", lambda: 42) == 42
    finally:
        guard.stop()
    assert hung == []
