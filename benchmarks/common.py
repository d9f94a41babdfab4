"""Helpers the benchmarks share: CPU and wall time of a step or of a whole process, repeated
(min / median), percentiles, peak memory, a Qt application, the PySide6 None-refcount check."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    """Repeated measurements of one thing: wall and CPU seconds per run (and the peak RSS of
    each run, when it was a process of its own). Printed as CPU and wall, min / median."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float, rss_mb: float | None = None) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)
        if rss_mb is not None:
            self.rss_mb.append(rss_mb)

    def as_json(self) -> dict:
        return {"wall": self.wall, "cpu": self.cpu, "rss_mb": self.rss_mb}


def min_median(values: list[float]) -> tuple[float, float]:
    return min(values), statistics.median(values)


def shown(value: object) -> str:
    """One result as printed: a figure as CPU and wall min / median (seconds)."""
    if isinstance(value, dict) and "wall" in value:
        cpu, wall = min_median(value["cpu"]), min_median(value["wall"])
        text = (
            f"CPU {cpu[0]:8.3f} / {cpu[1]:8.3f}   wall {wall[0]:8.3f} / {wall[1]:8.3f}"
            f"   (s, min / median of {len(value['wall'])})"
        )
        if value.get("rss_mb"):
            text += f"  peak RSS {max(value['rss_mb']):.0f} MB"
        return text
    if isinstance(value, float):
        return f"{value:,.3f}"
    return str(value)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def timed_cpu(fn: Callable[[], object]) -> tuple[float, float, object]:
    """Wall and CPU seconds of `fn` in this process (CPU of every thread of the process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def repeat(fn: Callable[[], object], runs: int) -> tuple[Figure, object]:
    """`fn` run `runs` times in this process; the last result."""
    figure, result = Figure(), None
    for _ in range(runs):
        wall, cpu, result = timed_cpu(fn)
        figure.add(wall, cpu)
    return figure, result


@dataclass
class ProcessRun:
    wall: float
    cpu: float  # user + system of the child, from getrusage(RUSAGE_CHILDREN)
    rss_mb: float  # the child's own peak (wait4)
    returncode: int
    stdout: str
    stderr: str


def run_process(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> ProcessRun:
    """Run `cmd` as a whole process (through launch.py, so that its peak RSS is its own): wall
    clock from spawn to exit, CPU from the growth of RUSAGE_CHILDREN (start-up, imports and
    exit all counted)."""
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        figures, out, err = (Path(tmp) / n for n in ("figures.json", "out", "err"))
        launcher = [sys.executable, "-S", "-I", str(Path(__file__).with_name("launch.py"))]
        with out.open("w") as out_fh, err.open("w") as err_fh:
            subprocess.run(
                [*launcher, str(figures), *cmd], env=env, cwd=cwd, stdout=out_fh, stderr=err_fh
            )
        stdout, stderr = out.read_text(errors="replace"), err.read_text(errors="replace")
        if not figures.exists():
            raise RuntimeError(f"could not run {cmd[:3]}: {stderr[-2000:]}")
        f = json.loads(figures.read_text())
    return ProcessRun(f["wall"], f["cpu"], f["rss_mb"], f["code"], stdout, stderr)


def python_cmd(*args: str) -> list[str]:
    return [sys.executable, *args]


def bench_env(**extra: str) -> dict:
    """The environment for child processes: this checkout first on the path, no GUI."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def probe(name: str, *args: str, env: dict | None = None) -> tuple[ProcessRun, dict]:
    """Run `benchmarks.probes NAME ARGS` in a fresh process; its JSON answer (last line)."""
    run = run_process(python_cmd("-m", "benchmarks.probes", name, *args), env or bench_env())
    if run.returncode != 0:
        raise RuntimeError(f"probe {name} failed ({run.returncode}):\n{run.stderr[-3000:]}")
    return run, json.loads(run.stdout.strip().splitlines()[-1])


def percentiles_ms(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 of durations in seconds, as milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _kb_to_mb(value: int) -> float:
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def peak_rss_mb() -> float:
    """This process's own peak RSS. On Linux VmHWM (its memory's high-water mark since exec):
    ru_maxrss would include the RSS of the process that forked it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _kb_to_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def qt_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def none_refcount_drift(calls: int = 1000) -> int:
    """How much `calls` QLabel.setText calls change sys.getrefcount(None): 0 on a sound
    PySide6. PySide6 6.12.0 on Python 3.11 drops one reference per call that returns None,
    and the interpreter aborts (none_dealloc) once they are gone."""
    from PySide6.QtWidgets import QLabel

    app = qt_app()
    label = QLabel()
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for i in range(calls):
        label.setText(str(i))
    after = sys.getrefcount(None)
    label.deleteLater()
    app.processEvents()
    return after - before
