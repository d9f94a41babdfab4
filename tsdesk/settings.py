"""Every setting, declared once with its default by the capability it belongs to
(tsdesk/capabilities), and read or written here.

`vault` settings live in the encrypted database (they shape how the company works and are
audited when changed); `machine` settings live in a JSON file in the user's config folder
(which database was open last, the UI language) and hold nothing secret.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import platformdirs

from tsdesk import APP_NAME, capabilities
from tsdesk.capabilities import SettingDef
from tsdesk.vault.atomic import write_atomic
from tsdesk.vault.banner import DEFAULT_NOTICE  # noqa: F401  (the login's default)


class _Declared(Mapping[str, SettingDef]):
    """Every declared setting by key, read from the capabilities each time they change."""

    _cache: tuple[tuple[capabilities.Capability, ...], dict[str, SettingDef]] | None = None

    def _all(self) -> dict[str, SettingDef]:
        declared = capabilities.declared()
        if self._cache is None or self._cache[0] is not declared:
            found = {s.key: s for c in declared for s in c.settings}
            self._cache = (declared, found)
        return self._cache[1]

    def __getitem__(self, key: str) -> SettingDef:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


SETTINGS: Mapping[str, SettingDef] = _Declared()


def _machine_file() -> Path:
    override = os.environ.get("TSDESK_CONFIG_DIR")
    folder = (
        Path(override)
        if override
        else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "settings.json"


def _machine_setting(key: str) -> SettingDef:
    """Its declaration; a database setting is read through services/settings.py instead."""
    definition = SETTINGS.get(key)
    if definition is None or definition.scope != "machine":
        raise KeyError(f"{key} is not a machine setting")
    return definition


def machine_get(key: str) -> Any:
    definition = _machine_setting(key)
    try:
        return json.loads(_machine_file().read_text("utf-8")).get(key, definition.default)
    except (OSError, ValueError):
        return definition.default


def machine_set(key: str, value: Any) -> None:
    _machine_setting(key)
    path = _machine_file()
    try:
        current = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        current = {}
    current[key] = value
    write_atomic(path, json.dumps(current, ensure_ascii=False, indent=1).encode("utf-8"))
