"""Issue 12 at 300,000 secrets: the register's paths on the 3× data set (900,000 carriers,
300,000 audit events; generated once, about 4 minutes, and cached like the 1× one), whatever
`--scale` says (it multiplies the 3): `python -m benchmarks --only paths300 --runs 5`.

- select a secret after an edit (the page reloads, counts, finds the row's place with one
  count and reads only its batch): ≤ 50 ms;
- sort by owner (count + first page): ≤ 0.3 s;
- a keystroke in the secret picker (the first hits of the register search): ≤ 100 ms;
- the register search, count + first page, p50 / p95 of 100 Chinese queries each of 1, 2,
  3 and 6 characters (as bench_register): p95 ≤ 30 ms.
"""

from __future__ import annotations

import random
import time

from benchmarks.bench_paths import register_paths
from benchmarks.bench_register import SEED, _page_query, _queries
from benchmarks.common import percentiles_ms
from benchmarks.dataset import copy_of
from benchmarks.probes import PASSWORD


def _search(path, results: dict) -> None:
    from tsdesk.services import register
    from tsdesk.vault import Vault

    vault, _ = Vault.unlock(path, "admin", PASSWORD)
    try:
        rng = random.Random(SEED + 2)
        for length in (2, 3, 6, 1):
            walls, cpus = [], []
            for q in _queries(vault, length, 100, rng):
                wall0, cpu0 = time.perf_counter(), time.process_time()
                _page_query(vault, register.RegisterFilter(search=q))
                walls.append(time.perf_counter() - wall0)
                cpus.append(time.process_time() - cpu0)
            target = " [p95 <= 30 ms]" if length > 1 else ""
            results[f"search {length} chars: count + first page p50 / p95, wall (ms){target}"] = (
                "{:.1f} / {:.1f}".format(*percentiles_ms(walls))
            )
            results[f"search {length} chars: count + first page p50 / p95, CPU (ms)"] = (
                "{:.1f} / {:.1f}".format(*percentiles_ms(cpus))
            )
    finally:
        vault.close()


def run(args) -> dict:
    path, meta = copy_of(3 * args.scale, args.workdir / "paths300.tsdesk")
    results: dict = {"secrets": float(meta["secrets"])}
    register_paths(path, args.runs, results)
    _search(path, results)
    return results
