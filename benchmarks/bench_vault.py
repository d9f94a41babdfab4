"""Issue 2: time to unlock and time until the main window is shown, on a database with
N audit events (100,000 at scale 1) and 12 operators; also the chain verification time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from benchmarks.common import peak_rss_mb, qt_app, timed
from tsdesk.models import Role
from tsdesk.services import audit as audit_service
from tsdesk.services import operators
from tsdesk.vault import Vault, audit

PASSWORD = "bench-password-1"


def _fill_chain(vault: Vault, actor_name: str, count: int) -> None:
    """Append `count` valid events fast: hashes computed here, rows inserted in bulk."""
    with vault.reader() as session:
        head = audit.head(session)
    seq, prev = head.seq, head.hash
    start = datetime.now(UTC) - timedelta(days=365)
    rows = []
    for i in range(count):
        seq += 1
        body = {
            "seq": seq,
            "ts": (start + timedelta(seconds=300 * i)).isoformat(timespec="microseconds"),
            "operator": actor_name,
            "action": "department.add" if i % 3 else "login",
            "entity_type": "department",
            "entity_id": str(i),
            "before": None,
            "after": {"name": f"部门{i}"},
        }
        digest = audit._digest(prev, body)
        rows.append(
            (
                seq,
                body["ts"],
                actor_name,
                body["action"],
                "department",
                str(i),
                "null",
                audit.canonical(body["after"]),
                prev,
                digest,
            )
        )
        prev = digest
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_event (seq, ts, operator, action, entity_type, entity_id, before, after, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def run(args) -> dict:
    events = int(100_000 * args.scale)
    path = args.workdir / "bench.tsdesk"
    vault, admin, _ = Vault.create(
        path, company="基准测试企业", admin_name="admin", admin_password=PASSWORD
    )
    for i in range(11):
        with vault.unit_of_work(admin) as uow:
            operators.add(uow, f"op{i:02d}", Role.OFFICER, PASSWORD)
    fill_s, _ = timed(lambda: _fill_chain(vault, "admin", events))
    vault.close()

    unlock_s, (vault, actor) = timed(lambda: Vault.unlock(path, "admin", PASSWORD))
    verify_s, result = timed(lambda: audit_service.verify(vault))
    assert result.ok, result

    app = qt_app()
    from tsdesk.ui.main_window import MainWindow
    from tsdesk.ui.session import UiSession

    def show_main_window():
        window = MainWindow(UiSession(vault, actor))
        window.show()
        app.processEvents()
        return window

    window_s, window = timed(show_main_window)
    window.close()
    vault.close()
    return {
        "audit events": float(events),
        "operators": 12.0,
        "generate chain (s)": fill_s,
        "unlock incl. Argon2id (s)": unlock_s,
        "main window shown after unlock (s)": window_s,
        "unlock to window, total (s)": unlock_s + window_s,
        "verify whole chain (s)": verify_s,
        "peak RSS (MB)": peak_rss_mb(),
        "key derivation": "argon2id m={memory_cost} KiB t={time_cost} p={parallelism}".format(
            **vault.keyfile.slot_for("admin").protected
        ),
    }
