"""Nothing the company writes into TSDesk reaches the disk in plain text (issue 2 §7)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tsdesk_testing import read

from tsdesk import paths
from tsdesk.logs import log_exception
from tsdesk.services import company, settings

MARKER = "MARKER-7f3a-秘密标记-甲乙丙丁"


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _leaks(folder: Path) -> list[str]:
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), "秘密标记".encode()]
    return [str(p) for p in _files(folder) if any(n in p.read_bytes() for n in needles)]


def test_marker_in_profile_appears_in_no_file(opened, monkeypatch):
    data = paths.data_dir()
    assert opened.path.is_relative_to(data)
    monkeypatch.setattr(tempfile, "tempdir", str(data))  # any temp file would land here
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.update_profile(
            uow,
            {
                "address": MARKER,
                "protection_work_summary": MARKER * 50,
                "contact_person": MARKER[:60],
            },
        )
        settings.set_value(uow, "idle_lock_minutes", 12)
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.add_department(uow, MARKER[:90])
    try:
        raise RuntimeError(MARKER)  # an exception quoting user data is logged without its text
    except RuntimeError as exc:
        log_exception(exc)
    assert read(opened.vault, company.get_profile)["address"] == MARKER

    names = {p.name for p in _files(data)}
    assert any(n.endswith("-wal") for n in names), names  # the WAL is there and was checked
    assert any(n.endswith(".keys") for n in names)
    assert any(n.endswith(".log") for n in names)
    assert _leaks(data) == []

    opened.vault.rekey(opened.admin.name)  # export and rename must not leave plaintext either
    opened.vault.close()
    assert _leaks(data) == []
