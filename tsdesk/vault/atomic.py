"""Crash-safe file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

_BINARY = getattr(os, "O_BINARY", 0)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable."""
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(
    path: Path, data: bytes, *, keep_previous: bool = False, private: bool = False
) -> None:
    """Write `data` to `path` through a temp file, fsync and rename.

    With `keep_previous`, the file being replaced is kept as `<path>.bak` (one copy). With
    `private`, the file (and its copy) is owner-only, 0600; on Windows the mode is moot and
    the per-user folder's ACL protects it.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)  # a leftover would keep its old, wider permissions
    mode = 0o600 if private else 0o666  # (the umask narrows the latter, as open() would)
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, mode), "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    if keep_previous and path.exists():
        backup = path.with_name(path.name + ".bak")
        shutil.copy2(path, backup)
        if private:
            os.chmod(backup, 0o600)  # copy2 copied the source's mode, perhaps an old 0644
        with open(backup, "rb+") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def replace_atomic(src: Path, dst: Path) -> None:
    """Move a finished file over `dst` (both on the same volume)."""
    with open(src, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(src, dst)
    fsync_dir(Path(dst).parent)
