"""Set up, run and test TSDesk from a fresh clone — on Debian/Ubuntu and on Windows.

    python3 tools/dev.py run      set up, create a demo database if there is none, start the GUI
    python3 tools/dev.py test     set up, lint, type-check, run the whole test suite
    python3 tools/dev.py setup    only set up (.venv, the package, translations)
    python3 tools/dev.py translations   compile resources/translations/*.ts into .qm
    python3 tools/dev.py translations --update   first refresh the .ts from the code (lupdate)
    python3 tools/dev.py bench    run the benchmarks

Setup is idempotent: it reinstalls only when pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PY = BIN / ("python.exe" if WINDOWS else "python")
TRANSLATIONS = ROOT / "resources" / "translations"

# What Qt's wheels need from a bare Debian 12 (offscreen tests need the first line; a window the rest).
DEBIAN_QT_PACKAGES = [
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xfixes0",
    "libx11-xcb1",
]


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(*cmd: str | Path, check: bool = True, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], check=check, cwd=ROOT, **kw)


def apt_install(packages: list[str]) -> None:
    """Install Debian packages when we may (root); otherwise say exactly what to run."""
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing system packages: " + " ".join(packages))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run("apt-get", "update", "-q", env=env, stdout=subprocess.DEVNULL)
        run(*command, env=env, stdout=subprocess.DEVNULL)
    else:
        sys.exit("[dev] please run:  sudo apt-get update && sudo " + " ".join(command))


def ensure_venv() -> None:
    if PY.exists():
        return
    say(f"creating {VENV}")
    created = subprocess.run([sys.executable, "-m", "venv", str(VENV)], cwd=ROOT)
    if created.returncode != 0:
        if WINDOWS or not shutil.which("apt-get"):
            sys.exit("[dev] could not create a virtual environment with " + sys.executable)
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        apt_install([f"python{version}-venv"])
        run(sys.executable, "-m", "venv", VENV)


def ensure_packages() -> None:
    stamp = VENV / ".tsdesk-setup"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say("installing TSDesk and its dependencies into .venv")
    run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(PY, "-m", "pip", "install", "-q", "-e", ".[test]")
    drop_pyside_pdf_wheel()
    stamp.write_text(digest)


def drop_pyside_pdf_wheel() -> None:
    """A venv that once had PySide6 6.12 keeps its PySide6-Pdf wheel, whose QtPdf files shadow
    those of the pinned PySide6-Addons on Python 3.11: remove it and restore Addons' files."""
    if sys.version_info >= (3, 12):
        return
    listed = run(PY, "-m", "pip", "show", "-q", "PySide6-Pdf", check=False, capture_output=True)
    if listed.returncode != 0:
        return
    run(PY, "-m", "pip", "uninstall", "-q", "-y", "PySide6-Pdf")
    run(PY, "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", "PySide6-Addons<6.12")


def ensure_qt_libraries() -> None:
    """Qt's wheels load system libraries; a bare Debian lacks some."""
    if WINDOWS or sys.platform == "darwin":
        return
    probe = "import PySide6.QtWidgets, PySide6.QtPdf"
    if run(PY, "-c", probe, check=False, capture_output=True).returncode == 0 and xcb_loads():
        return
    if not shutil.which("apt-get"):
        sys.exit(
            "[dev] PySide6 cannot load its system libraries; install your distribution's Qt 6 dependencies"
        )
    apt_install(DEBIAN_QT_PACKAGES)


def xcb_loads() -> bool:
    """The window plugin (xcb) needs more system libraries than the offscreen one the tests
    use: without them a desktop or xvfb-run gets "could not load the Qt platform plugin"."""
    found = run(
        PY,
        "-c",
        "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)",
        check=False,
        capture_output=True,
        text=True,
    )
    plugin = Path(found.stdout.strip()) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if found.returncode or not plugin.exists() or not shutil.which("ldd"):
        return True  # nothing to check here: the import probe decides
    return "not found" not in run("ldd", plugin, capture_output=True, text=True).stdout


def tool(name: str) -> Path:
    return BIN / (name + (".exe" if WINDOWS else ""))


def translations(update_sources: bool = False) -> None:
    """Compile .ts → .qm (and, with update_sources, refresh the .ts from the code first)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tsdesk").rglob("*.py"))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        if update_sources:
            run(
                tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-ts",
                ts,
                stdout=subprocess.DEVNULL,
            )
        run(tool("pyside6-lrelease"), "-silent", ts, "-qm", ts.with_suffix(".qm"))


def setup() -> None:
    ensure_venv()
    ensure_packages()
    ensure_qt_libraries()
    translations()


def cmd_run(extra: list[str]) -> int:
    setup()
    env = dict(os.environ)
    if not WINDOWS and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        say("no display found (DISPLAY is unset); start from a desktop session, or use xvfb-run")
    # A newcomer with no database yet gets the demo company to look around in.
    has_db = (
        run(
            PY,
            "-c",
            "from tsdesk.settings import machine_get; from pathlib import Path; "
            "import sys; p = machine_get('last_database'); sys.exit(0 if p and Path(p).exists() else 1)",
            check=False,
        ).returncode
        == 0
    )
    if not has_db:
        run(tool("tsdesk"), "demo")
    return run(tool("tsdesk"), *extra, check=False).returncode


def ensure_test_tools() -> None:
    """The tests read PDFs back as text with poppler's pdftotext, as a court clerk would."""
    if WINDOWS or shutil.which("pdftotext"):
        return
    if not shutil.which("apt-get"):
        sys.exit("[dev] the tests need pdftotext: install poppler-utils")
    apt_install(["poppler-utils"])


def cmd_test(extra: list[str]) -> int:
    setup()
    ensure_test_tools()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        [tool("ruff"), "check", "."],
        [tool("ruff"), "format", "--check", "."],
        [PY, "-m", "mypy"],  # everything but the UI: [tool.mypy] in pyproject.toml
        [PY, "-m", "pytest", "-n", "auto", *extra],  # one worker per core; `-n 0` in extra: none
    ]
    for step in steps:
        say(" ".join(str(s.name if isinstance(s, Path) else s) for s in step))
        code = run(*step, check=False, env=env).returncode
        if code:
            return code
    return 0


def cmd_bench(extra: list[str]) -> int:
    setup()
    return run(PY, "-m", "benchmarks", *extra, check=False).returncode


def main() -> int:
    command, extra = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("run", [])
    if command == "setup":
        setup()
        return 0
    if command == "translations":
        ensure_venv()
        ensure_packages()
        translations(update_sources="--update" in extra)
        return 0
    handlers = {"run": cmd_run, "test": cmd_test, "bench": cmd_bench}
    if command not in handlers:
        print(__doc__)
        return 2
    return handlers[command](extra)


if __name__ == "__main__":
    sys.exit(main())
