"""The benchmark harness tells the truth (issue 12): a whole process's peak RSS is its own,
a leaking PySide6 is refused, and a missing PDF decoder fails the label benchmark."""

from __future__ import annotations

import sys

import pytest

from benchmarks import __main__ as bench_main
from benchmarks import bench_labels, common


def test_a_child_process_reports_its_own_peak_rss():
    ballast = bytearray(300 * 1024 * 1024)  # the benchmark holds a lot when it starts a peer
    ballast[::4096] = b"x" * len(ballast[::4096])
    small = common.run_process([sys.executable, "-S", "-c", "pass"])
    big = common.run_process(
        [sys.executable, "-S", "-c", "b = bytearray(80_000_000); b[::4096] = b'x' * len(b[::4096])"]
    )
    assert small.returncode == 0 and small.rss_mb < 60, small
    assert big.rss_mb > small.rss_mb + 60, (small, big)
    assert small.cpu >= 0 and big.wall > 0


def test_the_pinned_pyside_does_not_leak_none(qapp):
    assert abs(common.none_refcount_drift(1000)) < 500


def test_the_run_refuses_a_leaking_pyside(monkeypatch):
    monkeypatch.setattr(common, "none_refcount_drift", lambda calls: -calls)
    with pytest.raises(SystemExit, match="refusing to run"):
        bench_main._refuse_leaking_pyside()


def test_decoding_fails_loudly_without_pypdfium2(monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(ImportError):
        bench_labels.decoded_first_page(b"%PDF-1.4")


def test_the_attachment_benchmark_stores_a_scan_the_store_accepts():
    from benchmarks import bench_attachments
    from tsdesk.services import attachments

    scan = bench_attachments.scan_bytes(1)
    assert len(scan) == 1024 * 1024
    assert attachments.media_type_of("签署扫描件.pdf", scan) == "application/pdf"


def test_the_people_benchmark_data_fits_the_schema(tmp_path):
    """The 5,000-people data set is written with SQL of its own: it must follow the schema
    (and the people the register generator made), or the benchmark measures nothing."""
    from benchmarks import bench_people

    _, counts = bench_people._build(tmp_path)
    assert counts["people"] == 5_000 and counts["agreements"] == 20_000
