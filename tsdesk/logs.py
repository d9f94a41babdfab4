"""A rotating log in the user's data folder. Only exception types and tracebacks go in it:
never a password, key or field value (the messages we log are ours, not the user's data)."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from tsdesk import paths

_configured = False


def log_file() -> Path:
    return paths.log_dir() / "tsdesk.log"


def setup_logging() -> Path:
    global _configured
    path = log_file()
    if not _configured:
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("tsdesk")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = True
    return path


def log_exception(exc: BaseException) -> Path:
    """Log a traceback without the exception's message (it may quote user data)."""
    path = setup_logging()
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logging.getLogger("tsdesk").error("unhandled %s\n%s", type(exc).__name__, frames)
    return path
