"""Where TSDesk keeps things: the shipped resources and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from tsdesk import APP_NAME


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a source tree, in the bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder (databases, logs). TSDESK_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("TSDESK_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "tsdesk.db"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def font_path() -> Path:
    # WenQuanYi Micro Hei: Droid Sans Fallback merged with Droid Sans (so it has Latin too),
    # TrueType outlines (reportlab cannot embed CFF), Apache-2.0. Face 0 of the collection.
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
