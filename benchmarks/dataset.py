"""The enterprise-sized database the scale benchmarks share: 100,000 secrets (three points and
two knowers each, search rows), 300,000 carriers (loans, seals, labels, areas, stock-takes),
100,000 audit events and 12 operators at scale 1.

Generating it takes minutes, so it is cached under the temp dir, keyed by scale and schema
head (and the generator's version below): repeated runs reuse it; each benchmark works on a
copy of its own. Opened with the default key derivation (the unlock figure is the real one).
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.bench_register import PASSWORD, SEED  # noqa: F401 - re-exported
from benchmarks.bench_register import _generate as generate_register
from benchmarks.bench_reminders import _generate_carriers

GENERATOR_VERSION = 2  # bump when the generated data changes
CACHE = Path(tempfile.gettempdir()) / "tsdesk-bench-cache"


KEPT = (".keys", ".keys.bak")  # the database's companions (the key slots and their backup)


def _move(source: Path, target: Path) -> None:
    """The database and its key slots under a new name; a leftover lock or attempts file
    belongs to no one."""
    source.rename(target)
    for suffix in KEPT:
        if Path(f"{source}{suffix}").exists():
            Path(f"{source}{suffix}").rename(f"{target}{suffix}")
    for extra in source.parent.glob(source.name + ".*"):
        extra.unlink()


def sizes(scale: float) -> dict[str, int]:
    return {
        "secrets": max(1000, round(100_000 * scale)),
        "carriers": max(3000, round(300_000 * scale)),
        "audit_events": max(1000, round(100_000 * scale)),
        "operators": 12,
    }


def _fill(path: str, recovery_key: str, scale: float) -> dict[str, float]:
    """Every table of the data set (a child process, so its memory is not the benchmark's)."""
    from benchmarks.bench_vault import add_operators, fill_chain
    from tsdesk.vault import Vault

    n = sizes(scale)
    seconds = {"secrets": generate_register(path, recovery_key, n["secrets"])}
    seconds["carriers"] = _generate_carriers(path, recovery_key, n["carriers"], n["secrets"])
    started = time.perf_counter()
    vault, actor = Vault.unlock_with_recovery_key(Path(path), recovery_key)
    try:
        add_operators(vault, actor)
        fill_chain(vault, actor.name, n["audit_events"])
    finally:
        vault.close()
    seconds["audit events"] = time.perf_counter() - started
    return seconds


def scale_db(scale: float, log=print) -> tuple[Path, dict]:
    """The cached database for `scale` (made when missing) and what is known about it."""
    from tsdesk.vault import Vault
    from tsdesk.vault.migrate import head_revision

    key = f"s{scale:g}-{head_revision()}-v{GENERATOR_VERSION}"
    path, meta_path = CACHE / f"{key}.tsdesk", CACHE / f"{key}.json"
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text("utf-8"))
        meta["cached"] = True
        return path, meta
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob(f"s{scale:g}-*"):  # this scale under an older schema or generator
        stale.unlink()
    log(f"generating the {scale:g}× data set (cached in {CACHE}) …")
    started = time.perf_counter()
    building = CACHE / f"{key}.building.tsdesk"
    vault, _, recovery_key = Vault.create(
        building, company="绍兴越丰纺织机械有限公司", admin_name="admin", admin_password=PASSWORD
    )
    vault.close()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        parts = pool.apply(_fill, (str(building), recovery_key, scale))
    _move(building, path)
    meta = {
        **sizes(scale),
        "generate_s": time.perf_counter() - started,
        "generate_parts_s": parts,
        "size_mb": path.stat().st_size / 1e6,
    }
    meta_path.write_text(json.dumps(meta, indent=2), "utf-8")
    log(f"  generated in {meta['generate_s']:.0f} s ({meta['size_mb']:.0f} MB)")
    meta["cached"] = False
    return path, meta


def copy_of(scale: float, target: Path, log=print) -> tuple[Path, dict]:
    """A private copy of the data set for a benchmark that writes to it."""
    path, meta = scale_db(scale, log)
    shutil.copyfile(path, target)
    for suffix in KEPT:
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")
    return target, meta
