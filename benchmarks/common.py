"""Helpers the benchmarks share: timing, percentiles, peak memory, a Qt application."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def percentiles_ms(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 of durations in seconds, as milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def qt_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])
