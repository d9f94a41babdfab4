"""Idle lock and clipboard clearing (modelled on KeePassXC).

`IdleWatcher` watches every key and mouse event of the application and emits `idle` when
none came for its interval. `copy_secret_text` puts text on the clipboard, marked so that
clipboard managers and Windows' clipboard history skip it, and clears it after a timeout if
it is still there.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

DEFAULT_CLIPBOARD_SECONDS = 30

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without user input anywhere in the application."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        QGuiApplication.instance().installEventFilter(self)  # Qt drops it when we are deleted

    def interval(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown; stopped (locked) stays stopped
        return False


# --- clipboard ---------------------------------------------------------------------------------

_clipboard_seconds = DEFAULT_CLIPBOARD_SECONDS
_pending: list[str] = []  # secrets we put on the clipboard that are not yet cleared


def set_clipboard_timeout(seconds: float) -> None:
    """The vault's `clipboard_clear_seconds`, set by the main window after login."""
    global _clipboard_seconds
    _clipboard_seconds = seconds


def _secret_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    # Windows: keep it out of clipboard history and cloud sync; KDE/Klipper: a password hint.
    mime.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
    mime.setData("CanIncludeInClipboardHistory", QByteArray(b"\0\0\0\0"))
    mime.setData("CanUploadToCloudClipboard", QByteArray(b"\0\0\0\0"))
    mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    return mime


def copy_secret_text(text: str, seconds: float | None = None) -> None:
    """Copy `text`; after `seconds` (default: the vault's setting) clear the clipboard if it
    still holds exactly this text (something copied since then is left alone)."""
    QGuiApplication.clipboard().setMimeData(_secret_mime(text))
    _pending.append(text)
    delay = _clipboard_seconds if seconds is None else seconds
    QTimer.singleShot(int(delay * 1000), lambda: clear_clipboard_if(text))


def clear_clipboard_if(text: str) -> bool:
    """Clear the clipboard when it holds `text`; True if it did."""
    if text in _pending:
        _pending.remove(text)
    clipboard = QGuiApplication.clipboard()
    if text and clipboard.text() == text:
        clipboard.clear()
        return True
    return False


def clear_secrets_now() -> None:
    """On lock and on exit: clear the clipboard at once if it holds a secret we copied."""
    for text in list(_pending):
        clear_clipboard_if(text)
