"""Run the benchmarks: `python -m benchmarks [--scale 1.0] [--only vault,register] [--json FILE]`.

Every `benchmarks/bench_<name>.py` has `run(args) -> dict[str, float | str]`; numbers are
printed as a table (and optionally saved as JSON). `--scale 0.1` makes a quick smoke run.
Speed and memory targets live here, not in timed unit tests.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the sizes the issues name")
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    names = sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="tsdesk-bench-") as tmp:
        os.environ["TSDESK_DATA_DIR"] = tmp
        os.environ["TSDESK_CONFIG_DIR"] = tmp
        for name in names:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            args.workdir = Path(tmp) / name
            args.workdir.mkdir()
            started = time.perf_counter()
            results[name] = module.run(args)
            print(f"\n== {name} ({time.perf_counter() - started:.1f} s in all)")
            for key, value in results[name].items():
                shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
                print(f"  {key:<44} {shown}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
