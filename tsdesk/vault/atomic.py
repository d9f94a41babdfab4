"""Crash-safe file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, keep_previous: bool = False) -> None:
    """Write `data` to `path` through a temp file, fsync and rename.

    With `keep_previous`, the file being replaced is kept as `<path>.bak` (one copy).
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    if keep_previous and path.exists():
        backup = path.with_name(path.name + ".bak")
        shutil.copy2(path, backup)
        with open(backup, "rb+") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def replace_atomic(src: Path, dst: Path) -> None:
    """Move a finished file over `dst` (both on the same volume)."""
    with open(src, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(src, dst)
    _fsync_dir(Path(dst).parent)
