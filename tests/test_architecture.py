"""House rules from shared/DESIGN.md that a test can hold."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)


def test_nothing_outside_ui_imports_pyside6():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "tsdesk").rglob("*.py")
        if "ui" not in p.relative_to(ROOT / "tsdesk").parts[:1]
        and QT_IMPORT.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_services_import_without_qt():
    import subprocess
    import sys

    code = (
        "import sys, tsdesk.cli, tsdesk.services.operators, tsdesk.services.company, "
        "tsdesk.services.audit, tsdesk.demo, tsdesk.vault; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
