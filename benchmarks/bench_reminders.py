"""Issue 8 §4: the 工作台's reminders on a large database — 100,000 secrets (the register
benchmark's data: points, knowers, search rows) and 300,000 carriers at scale 1, with loans,
seals, lost carriers, labels, areas and stock-takes. Reports the time to count every
registered reminder (what the dashboard runs in a worker on each visit), p50 and p95 over
10 runs, and the slowest single reminder.

Target: all reminders ≤ 100 ms at scale 1, so the tiles fill at once.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.bench_register import PASSWORD, SEED
from benchmarks.common import percentiles_ms, timed

RUNS = 10


def _generate_carriers(path: str, recovery_key: str, count: int, secrets: int) -> float:
    """Areas, carriers and what happens to them (child process). Returns the seconds."""
    from tsdesk.vault import Vault

    started = time.perf_counter()
    rng = random.Random(SEED + 1)
    vault, _ = Vault.unlock_with_recovery_key(Path(path), recovery_key)
    today = date.today()
    now = str(datetime.now(UTC).replace(tzinfo=None))
    # 94 % in store, 3 % lent, 1 % sealed, 1 % destroyed, 0.5 % repair, 0.5 % lost
    statuses = (
        ["in_store"] * 188 + ["lent"] * 6 + ["sealed"] * 2 + ["destroyed"] * 2 + ["repair", "lost"]
    )
    try:
        with vault.engine.begin() as conn:
            grade = conn.exec_driver_sql("SELECT min(id) FROM grade").scalar()
            areas = 60
            conn.exec_driver_sql(
                "INSERT INTO area (id, number, name, kind, grade_id, location, measures, active,"
                " created_at) VALUES (?, ?, ?, 'a', ?, '', '{}', 1, ?)",
                [(i, f"QY-{i:03d}", f"区域{i}", grade, now) for i in range(1, areas + 1)],
            )
            conn.exec_driver_sql(
                "INSERT INTO stock_take (area_id, location, started_at, finished_at, operator,"
                " result, note) VALUES (?, '', ?, ?, 'admin', '{}', '')",
                [
                    (i, str(when), str(when))
                    for i in range(1, areas + 1, 2)
                    for when in [datetime.now() - timedelta(days=rng.randint(1, 400))]
                ],
            )
            for start in range(1, count + 1, 10_000):
                rows, links, moves, seals, issues = [], [], [], [], []
                for i in range(start, min(start + 10_000, count + 1)):
                    status = statuses[i % len(statuses)]
                    rows.append(
                        (i, f"ZT-{2015 + i % 11}-{i:06d}", "paper", f"载体{i}", i % 600 + 1,
                         i % areas + 1, status, now)
                    )  # fmt: skip
                    links.append((i, i % secrets + 1))
                    if status in ("lent", "repair"):
                        due = today + timedelta(days=rng.randint(-30, 60))
                        kind = "borrow" if status == "lent" else "repair"
                        moves.append(
                            (i, kind, i % 600 + 1, str(due - timedelta(days=14)), str(due))
                        )
                    if status == "sealed":
                        seals.append((i, str(today + timedelta(days=rng.randint(-20, 90)))))
                    if i % 10:
                        issues.append((i, 1))
                conn.exec_driver_sql(
                    "INSERT INTO carrier (id, number, kind, title, description, device_detail,"
                    " custodian_id, area_id, location, status, copy_number, copies_made,"
                    " created_by, created_at) VALUES (?, ?, ?, ?, '', '', ?, ?, '', ?, 0, 0,"
                    " 'admin', ?)",
                    rows,
                )
                conn.exec_driver_sql(
                    "INSERT INTO carrier_secret (carrier_id, secret_id) VALUES (?, ?)", links
                )
                conn.exec_driver_sql(
                    "INSERT INTO movement (carrier_id, kind, person_id, purpose, content, device,"
                    " started_on, due_on, approved_by, media_removed, recorded_by, recorded_at,"
                    " note) VALUES (?, ?, ?, '核对', '', '', ?, ?, '', 0, 'admin', '"
                    + now
                    + "', '')",
                    moves,
                )
                conn.exec_driver_sql(
                    "INSERT INTO seal (carrier_id, reason, reason_note, seal_number, place,"
                    " sealed_on, sealed_by, check_interval_days, next_check) VALUES"
                    " (?, 'b', '', 'F', '档案柜', '" + str(today) + "', 'admin', 90, ?)",
                    seals,
                )
                conn.exec_driver_sql(
                    "INSERT INTO label_issue (carrier_id, issued) VALUES (?, ?)", issues
                )
            # Some people left (a few before leaving ended access), some changed department.
            conn.exec_driver_sql(
                "UPDATE person SET status = 'left', left_on = ? WHERE id % 50 = 0", (str(today),)
            )
            conn.exec_driver_sql(
                "INSERT INTO procedure (person_id, kind, started_on, started_by, completed_by,"
                " from_post, to_post, noncompete_decision, note)"
                " SELECT id, 'transfer', ?, 'admin', '', '', '', '', '' FROM person"
                " WHERE id % 37 = 0",
                (str(today),),
            )
    finally:
        vault.close()
    return time.perf_counter() - started


def run(args) -> dict[str, float | str]:
    from benchmarks.dataset import scale_db
    from tsdesk.services import reminders
    from tsdesk.vault import Vault

    path, meta = scale_db(args.scale)  # only read here: the cached data set itself
    results: dict[str, float | str] = {
        "secrets": float(meta["secrets"]),
        "carriers": float(meta["carriers"]),
    }
    vault, _ = Vault.unlock(path, "admin", PASSWORD)
    try:
        reminders.registered()  # imports the modules that register: not part of a count
        samples: list[float] = []
        slowest: dict[str, float] = {}
        counts: dict[str, int | None] = {}
        for _ in range(RUNS):

            def count_all():
                with vault.reader() as session:
                    return reminders.evaluate(session)

            seconds, evaluated = timed(count_all)
            samples.append(seconds)
            for c in evaluated:
                slowest[c.reminder.key] = max(slowest.get(c.reminder.key, 0.0), c.seconds)
                counts[c.reminder.key] = c.n
        p50, p95 = percentiles_ms(samples)
        results["all reminders p50 (ms)"] = p50
        results["all reminders p95 (ms)"] = p95
        key, worst = max(slowest.items(), key=lambda kv: kv[1])
        results["slowest reminder"] = f"{key} {worst * 1000:.1f} ms"
        for key, seconds in sorted(slowest.items()):
            results[f"  {key} (ms, n={counts[key]})"] = seconds * 1000
        # With an application planned, compliance.application_gaps runs the whole
        # self-assessment: what that adds to each visit (the data set plans none).
        from tsdesk.services.compliance import assessment

        def assess():
            with vault.reader() as session:
                return assessment.assess(session)

        p50, p95 = percentiles_ms([timed(assess)[0] for _ in range(RUNS)])
        results["self-assessment (planned application's tile) p50 (ms)"] = p50
        results["self-assessment (planned application's tile) p95 (ms)"] = p95
    finally:
        vault.close()
    return results
