"""A rotating log in the user's data folder. Only exception types and stack frames go in it:
never a password, key or field value (exception messages may quote user data, so the
formatter leaves them out for every logger under "tsdesk")."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from tsdesk import paths


class _NoMessageFormatter(logging.Formatter):
    """`log.exception(...)` anywhere writes the exception's type and frames, not its text."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        exc_type, exc, tb = ei
        return f"{exc_type.__name__ if exc_type else 'Exception'}\n" + "".join(
            traceback.format_tb(tb)
        )


def log_file() -> Path:
    return paths.log_dir() / "tsdesk.log"


def setup_logging() -> Path:
    """Attach the rotating file handler (again if the data folder changed, as in tests)."""
    path = log_file()
    root = logging.getLogger("tsdesk")
    current = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    if current and Path(current[0].baseFilename) == path:
        return path
    for handler in current:
        root.removeHandler(handler)
        handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(_NoMessageFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def log_exception(exc: BaseException) -> Path:
    """Log a traceback without the exception's message (it may quote user data)."""
    path = setup_logging()
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logging.getLogger("tsdesk").error("unhandled %s\n%s", type(exc).__name__, frames)
    return path
