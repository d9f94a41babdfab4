"""Shared test setup: headless Qt, a throw-away data folder, an in-memory keyring, cheap KDF."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Lets TSDESK_KDF=minimum (set by `_isolated`) take effect in the CLI subprocesses the tests
# start; never outside the suite.
os.environ["TSDESK_TEST_SUITE"] = "1"

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, COMPANY, Ran, invoke  # noqa: E402

from tsdesk.vault import Actor, Vault, attempts, keys  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """Tests never touch the developer's real credential store."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


_derive = keys._derive
_derived: dict[tuple[str, bytes, keys.KdfParams], bytes] = {}


def _derive_once(password: str, salt: bytes, params: keys.KdfParams) -> bytes:
    """Argon2id is a pure function of its inputs: each (password, salt, cost) is derived for
    real once per session, and opening the same slot again reuses the result. A new slot has
    a new random salt, and a wrong password is another input, so both are still derived."""
    key = (password, salt, params)
    if key not in _derived:
        _derived[key] = _derive(password, salt, params)
    return _derived[key]


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("TSDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TSDESK_CONFIG_DIR", str(tmp_path / "config"))
    # OWASP's minimum Argon2id cost keeps the suite fast, in this process and in every
    # `python -m tsdesk` a test starts; production uses keys.DEFAULT_KDF.
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.OWASP_MINIMUM)
    monkeypatch.setenv("TSDESK_KDF", "minimum")
    monkeypatch.setattr(keys, "_derive", _derive_once)
    keyring.set_keyring(MemoryKeyring())


@pytest.fixture
def sleeps(monkeypatch) -> list[float]:
    """The delays the unlock throttle asked for, instead of sleeping them."""
    asked: list[float] = []
    monkeypatch.setattr(attempts, "sleep", asked.append)
    return asked


@dataclass
class OpenVault:
    vault: Vault
    admin: Actor
    recovery_key: str
    path: Path


@pytest.fixture
def opened(tmp_path, sleeps) -> OpenVault:
    path = tmp_path / "data" / "company.tsdesk"
    vault, admin, recovery_key = Vault.create(
        path, company=COMPANY, admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    yield OpenVault(vault, admin, recovery_key, path)
    vault.close()


@dataclass
class Demo:
    made: Ran  # what `tsdesk demo` printed and returned
    path: Path  # this test's own copy of the demo database


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture(scope="session")
def _demo_made(tmp_path_factory):
    """`tsdesk demo` run once per session (per xdist worker), in a home of its own. No test
    opens these files: each gets a copy (`demo`), and the session ends by checking that the
    originals are byte for byte what the command wrote."""
    home = tmp_path_factory.mktemp("demo-home")
    folder = home / "db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TSDESK_DATA_DIR", str(home / "data"))
        mp.setenv("TSDESK_CONFIG_DIR", str(home / "config"))
        mp.setattr(keys, "DEFAULT_KDF", keys.OWASP_MINIMUM)
        keyring.set_keyring(MemoryKeyring())
        made = invoke("--db", str(folder / "demo.tsdesk"), "demo", env={"TSDESK_PASSWORD": None})
    written = _digests(folder) if made.returncode == 0 else {}
    yield made, folder
    assert _digests(folder) == written, "a test wrote to the shared demo database"


@pytest.fixture
def demo(_demo_made, tmp_path) -> Demo:
    """The demo company, as `tsdesk demo` makes it, in a copy this test may change."""
    made, folder = _demo_made
    copy = tmp_path / "demo"
    if made.returncode == 0:
        shutil.copytree(folder, copy)
    return Demo(made, copy / "demo.tsdesk")


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(request):
    """Qt tests run as the application does: cycles are collected on the GUI thread only
    (tsdesk/ui/collector.py), never by a worker that happens to allocate."""
    if {"qapp", "qtbot"} & set(request.fixturenames):
        from tsdesk.ui import collector

        collector.install(request.getfixturevalue("qapp"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """Before any fixture closes a window: let the background tasks a test started (the
    工作台's counts, the chain check) finish and deliver their reports while their receivers
    still exist. A report reaching a window torn down by the previous test is a crash in the
    next test's event processing (seen in test_keyboard under load)."""
    workers = sys.modules.get("tsdesk.ui.workers")
    if workers is not None and workers.running():
        workers.wait_for_all()
    collector = sys.modules.get("tsdesk.ui.collector")
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if collector is not None and app is not None:
        collector.install(app).collect()  # what its timer would have done meanwhile
    yield
