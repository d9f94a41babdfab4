"""Shared test setup: headless Qt, a throw-away data folder, an in-memory keyring, cheap KDF."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Lets TSDESK_KDF=minimum take effect in the CLI subprocesses the tests start (never outside).
os.environ["TSDESK_TEST_SUITE"] = "1"

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, COMPANY  # noqa: E402

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


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("TSDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TSDESK_CONFIG_DIR", str(tmp_path / "config"))
    # OWASP's minimum Argon2id cost keeps the suite fast; production uses keys.DEFAULT_KDF.
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.OWASP_MINIMUM)
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
