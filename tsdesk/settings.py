"""Every setting, declared once with its default.

`vault` settings live in the encrypted database (they shape how the company works and are
audited when changed); `machine` settings live in a JSON file in the user's config folder
(which database was open last, the UI language) and hold nothing secret.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from tsdesk import APP_NAME
from tsdesk.vault.atomic import write_atomic
from tsdesk.vault.banner import DEFAULT_NOTICE, NOTICE_SETTING


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    scope: str  # "vault" or "machine"
    minimum: int | None = None
    maximum: int | None = None


SETTINGS: dict[str, SettingDef] = {
    s.key: s
    for s in (
        SettingDef("idle_lock_minutes", 10, "vault", minimum=1, maximum=240),
        SettingDef("clipboard_clear_seconds", 30, "vault", minimum=5, maximum=600),
        SettingDef(NOTICE_SETTING, DEFAULT_NOTICE, "vault"),  # vault/banner.py
        # Number patterns: {year} and {seq} (with a width, e.g. {seq:04}); see services/numbering.py
        SettingDef("secret_number_pattern", "TS-{year}-{seq:04}", "vault"),
        SettingDef("carrier_number_pattern", "ZT-{year}-{seq:04}", "vault"),
        SettingDef("area_number_pattern", "QY-{seq:03}", "vault"),
        SettingDef("label_template", "A4-3x8-70x37", "vault"),  # default label template
        SettingDef("language", "zh_CN", "machine"),
        SettingDef("last_database", "", "machine"),
        SettingDef("last_operator", "", "machine"),  # the login offers who worked here last
        # Per-printer label calibration {printer name: [right mm, down mm]}, on this PC only.
        SettingDef("printer_offsets", {}, "machine"),
    )
}


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
