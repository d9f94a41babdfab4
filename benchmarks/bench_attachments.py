"""Issue 13 §1: attachments kept inside the encrypted database. On a copy of the enterprise
data set (benchmarks/dataset.py), a 20 MB scan (incompressible, as a JPEG or a scanned PDF
is):

- stored (one unit of work: hash, check, insert, audit event, commit) and read back (the
  blob and its SHA-256 check), and saved as a plaintext copy (audited, renamed after commit);
- the same through the panel as the user does it (the file read from disk, stored, the list
  refreshed): how long the window is blocked behind its wait cursor;
- what the database file and its WAL grow by per scan, before and after a checkpoint.
"""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.common import Figure, qt_app, repeat, timed_cpu
from benchmarks.dataset import PASSWORD, copy_of

SCAN_MB = 20
OWNER = ("agreement", 1)


def scan_bytes(mb: int = SCAN_MB, seed: int = 13) -> bytes:
    """A PDF header over random bytes: a scan does not compress, nor does SQLCipher."""
    return b"%PDF-1.4\n" + random.Random(seed).randbytes(mb * 1024 * 1024 - 9)


def on_disk(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def run(args) -> dict:
    from sqlalchemy import text

    from tsdesk.services import attachments
    from tsdesk.vault import Vault

    path, meta = copy_of(args.scale, args.workdir / "vault.tsdesk")
    data = scan_bytes()
    results: dict = {
        "data set": "{secrets} secrets, {carriers} carriers, {audit_events} audit events".format(
            **meta
        ),
        "scan": f"{len(data) / 1024 / 1024:.0f} MB, incompressible",
    }
    vault, actor = Vault.unlock(path, "admin", PASSWORD)
    try:
        with vault.engine.begin() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        before_file, before_all = path.stat().st_size, on_disk(path)
        ids: list[int] = []

        def store() -> int:
            with vault.unit_of_work(actor) as uow:
                ids.append(attachments.add(uow, *OWNER, "签署扫描件.pdf", data))
            return ids[-1]

        figure, _ = repeat(store, args.runs)
        results["store a 20 MB scan (hash, check, insert, audit, commit)"] = figure.as_json()
        grown = on_disk(path) - before_all
        results["database + WAL growth per scan, before a checkpoint (MB)"] = grown / len(ids) / 1e6

        def read_back() -> bytes:
            with vault.reader() as session:
                return attachments.content(session, ids[-1])

        figure, back = repeat(read_back, args.runs)
        assert back == data
        results["read it back (blob + SHA-256 check)"] = figure.as_json()

        saved = Figure()
        for run_no in range(args.runs):
            target = args.workdir / f"copy{run_no}.pdf"

            def save(target: Path = target) -> None:
                with vault.unit_of_work(actor) as uow:
                    attachments.save_as(uow, ids[-1], target)

            wall, cpu, _ = timed_cpu(save)
            saved.add(wall, cpu)
            assert target.read_bytes() == data
            target.unlink()
        results["save as a plaintext copy (audited, renamed after commit)"] = saved.as_json()

        results.update(_through_the_panel(vault, actor, args, data))

        with vault.engine.begin() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        with vault.reader() as session:
            stored = len(attachments.attachments_of(session, *OWNER))
        results["database file growth per scan, after a checkpoint (MB)"] = (
            (path.stat().st_size - before_file) / stored / 1e6
        )
    finally:
        vault.close()
    return results


def _through_the_panel(vault, actor, args, data: bytes) -> dict:
    """The window's view: add by the file dialog's path, read, store, list."""
    from tsdesk.ui.attachments import AttachmentsPanel
    from tsdesk.ui.session import UiSession

    app = qt_app()
    source = args.workdir / "scan.pdf"
    source.write_bytes(data)
    panel = AttachmentsPanel(UiSession(vault, actor), OWNER[0])
    panel.show_owner(OWNER[1])
    panel.show()
    app.processEvents()

    def add() -> bool:
        ok = panel.add_files([source])
        app.processEvents()
        return ok

    figure, ok = repeat(add, args.runs)
    assert ok
    panel.close()
    source.unlink()
    return {"panel: add a 20 MB file (read, store, list; GUI blocked)": figure.as_json()}
