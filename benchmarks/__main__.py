"""Run the benchmarks: `python -m benchmarks [--scale 1.0] [--runs 3] [--only vault,labels]
[--json FILE]`.

Every `benchmarks/bench_<name>.py` has `run(args) -> dict`; each benchmark runs in a process of
its own (its peak RSS is its own), and the results are printed as a table: timed figures as
CPU and wall seconds, min / median of `--runs` runs. `--scale 0.1` makes a quick smoke run.
The run refuses to start on a PySide6 that leaks references to None (see common.py).
Speed and memory targets live here, not in timed unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _names(only: str) -> list[str]:
    names = sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))
    return [n for n in names if n in only.split(",")] if only else names


def _child(args) -> int:
    """One benchmark, in this (fresh) process; its results as JSON in args.out."""
    import importlib

    from benchmarks.common import peak_rss_mb

    args.workdir = Path(args.workdir)
    module = importlib.import_module(f"benchmarks.bench_{args.child}")
    results = module.run(args)
    results["peak RSS of this benchmark's process (MB)"] = peak_rss_mb()
    results["load average at the end"] = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False), "utf-8")
    return 0


def _refuse_leaking_pyside() -> str:
    import PySide6

    from benchmarks.common import none_refcount_drift

    drift = none_refcount_drift(1000)
    about = f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}"
    if abs(drift) >= 500:
        sys.exit(
            f"refusing to run: 1,000 QLabel.setText calls changed sys.getrefcount(None) by "
            f"{drift} on {about}; this PySide6 leaks references to None and a large database "
            "would abort the interpreter (none_dealloc). Use the pinned version."
        )
    return f"{about}; refcount(None) drift over 1,000 setText calls: {drift}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the sizes the issues name")
    parser.add_argument("--runs", type=int, default=3, help="runs of each timed figure")
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args)

    from benchmarks.common import bench_env, python_cmd, run_process, shown
    from benchmarks.dataset import scale_db

    print(_refuse_leaking_pyside())
    print(f"load average at the start: {'{:.2f} {:.2f} {:.2f}'.format(*os.getloadavg())}"
          f" on {os.cpu_count()} CPUs")  # fmt: skip
    results: dict[str, dict] = {}
    failed = []
    with tempfile.TemporaryDirectory(prefix="tsdesk-bench-") as tmp:
        env = bench_env(TSDESK_DATA_DIR=tmp, TSDESK_CONFIG_DIR=tmp)
        os.environ.update(TSDESK_DATA_DIR=tmp, TSDESK_CONFIG_DIR=tmp)
        scale_db(args.scale)  # made (or found) once, before anything is timed
        for name in _names(args.only):
            workdir, out = Path(tmp) / name, Path(tmp) / f"{name}.json"
            workdir.mkdir()
            cmd = ["-m", "benchmarks", "--child", name, "--scale", str(args.scale)]
            cmd += ["--runs", str(args.runs), "--workdir", str(workdir), "--out", str(out)]
            started = time.perf_counter()
            run = run_process(python_cmd(*cmd), env)
            print(f"\n== {name} ({time.perf_counter() - started:.1f} s in all)")
            if run.returncode != 0 or not out.exists():
                print(run.stderr[-4000:])
                failed.append(name)
                continue
            results[name] = json.loads(out.read_text("utf-8"))
            for key, value in results[name].items():
                print(f"  {key:<64} {shown(value)}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
    if failed:
        print(f"\nFAILED: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
