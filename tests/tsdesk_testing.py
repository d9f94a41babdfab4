"""Constants and small helpers the tests share (imported as `from tsdesk_testing import …`;
a module name no other folder's conftest can shadow)."""

import subprocess

ADMIN = "admin"
ADMIN_PASSWORD = "correct-horse-1"
COMPANY = "绍兴越丰精密机械有限公司"


def pdf_text(path) -> str:
    """A PDF's text laid out as on paper, as poppler (and a court clerk) reads it."""
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
