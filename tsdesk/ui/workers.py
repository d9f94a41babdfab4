"""Slow work off the GUI thread.

`run_in_thread(fn, *args, on_done=…, on_error=…)` runs `fn` in Qt's global thread pool and
delivers its result or exception back on the GUI thread through queued signals: the worker
never touches a widget. Running tasks are kept in a module-level set so that neither the
task nor its signals are garbage-collected while the work is under way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from tsdesk.errors import TSDeskError
from tsdesk.logs import log_exception
from tsdesk.ui.messages import error_text

# (done, total, text): what a progress callback receives.
ProgressFn = Callable[[int, int, str], None]

_running: set[Task] = set()


class Task(QObject):
    """The GUI-thread end of one piece of background work. Wait on `finished` in tests."""

    succeeded = Signal(object)  # fn's return value
    failed = Signal(object)  # the exception fn raised
    progressed = Signal(int, int, str)
    finished = Signal()  # after succeeded or failed

    def __init__(self) -> None:
        super().__init__()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False


class _Runnable(QRunnable):
    def __init__(
        self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict[str, Any]
    ) -> None:
        super().__init__()
        self._task, self._fn, self._args, self._kwargs = task, fn, args, kwargs

    def run(self) -> None:
        task = self._task
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # delivered to on_error; the worker thread must not die loudly
            if not isinstance(exc, TSDeskError):
                # A bug, not a user error: keep the traceback (never the message) for support.
                log_exception(exc)
            task.failed.emit(exc)
        else:
            task.succeeded.emit(result)
        finally:
            # Drop our references to the arguments (they may hold a password) right away.
            self._fn, self._args, self._kwargs = None, (), {}
            task.finished.emit()


def run_in_thread(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: ProgressFn | None = None,
    **kwargs: Any,
) -> Task:
    """Run `fn(*args, **kwargs)` in a worker thread; callbacks run on the GUI thread.

    With `on_progress`, fn is also given `progress=<callable(done, total, text)>` to report
    with; the reports arrive at `on_progress` on the GUI thread.
    """
    task = Task()
    # Signals emitted from the worker reach the task (which lives in the GUI thread) queued.
    task.succeeded.connect(lambda value: _store(task, result=value))
    task.failed.connect(lambda exc: _store(task, error=exc))
    if on_done is not None:
        task.succeeded.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        task.progressed.connect(on_progress)
        kwargs["progress"] = lambda done, total, text="": task.progressed.emit(done, total, text)
    task.finished.connect(lambda: _finish(task))
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task, fn, args, kwargs))
    return task


def _store(task: Task, *, result: Any = None, error: BaseException | None = None) -> None:
    task.result, task.error = result, error


def _finish(task: Task) -> None:
    task.done = True
    _running.discard(task)


def running() -> int:
    """How many tasks have not yet reported back."""
    return len(_running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every task has finished and reported (used at exit and by tests)."""
    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(timeout_ms)
    # The workers are done; deliver their queued reports so callbacks run before we return.
    app = QCoreApplication.instance()
    while finished and app is not None and _running:
        QCoreApplication.processEvents()
    return finished


def describe(exc: BaseException) -> str:
    """What to show the user for an exception a task raised."""
    if isinstance(exc, TSDeskError):
        return error_text(exc)
    if isinstance(exc, OSError):  # a folder without write access, a full disk …
        return QCoreApplication.translate("workers", "无法访问文件 {path}：{reason}").format(
            path=exc.filename or "", reason=exc.strerror or type(exc).__name__
        )
    return QCoreApplication.translate("workers", "发生意外错误（{kind}），详情已写入日志。").format(
        kind=type(exc).__name__
    )
