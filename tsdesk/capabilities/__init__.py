"""What each module of TSDesk brings, declared once, in a file of its own in this package.

A capability names its parts as dotted strings, so that declaring one imports nothing and no
layer imports upward: its pages, its CLI command groups, the service modules that declare
`AUDIT_LABELS` and register reminders, its settings and its demo data. The main window, the
CLI, the audit text, the dashboard, the settings and the demo read these declarations; none
of them lists modules. Adding a module is a new file here plus the module's own files.

Every module of this package that defines `CAPABILITY` is found by itself; `plug_in()` adds
one from elsewhere (a plug-in, a test's toy module) with one line. (Not `register()`: that
name is the register capability's module here.)
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    scope: str  # "vault" (in the encrypted database, audited) or "machine" (a JSON file)
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()  # a text setting that takes one of these values


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: its settings hold dicts
class Capability:
    key: str  # unique, language-neutral ("carriers")
    order: int  # where its pages stand in the navigation (and its demo data in the demo)
    pages: tuple[str, ...] = ()  # "package.module:PageClass", in navigation order
    commands: tuple[str, ...] = ()  # modules with add_commands(subparsers, add)
    services: tuple[str, ...] = ()  # modules that declare AUDIT_LABELS or register reminders
    settings: tuple[SettingDef, ...] = ()
    demo: str = ""  # "package.module:function" taking a demo.Context


_extra: dict[str, Capability] = {}
_found: dict[str, Capability] | None = None


def _discover() -> dict[str, Capability]:
    global _found
    if _found is None:
        found: dict[str, Capability] = {}
        for info in pkgutil.iter_modules(__path__, __name__ + "."):
            capability = getattr(importlib.import_module(info.name), "CAPABILITY", None)
            if isinstance(capability, Capability):
                found[capability.key] = capability
        _found = found
    return _found


def plug_in(capability: Capability) -> Capability:
    """Add (or, with the same key, replace) a capability declared outside this package."""
    _extra[capability.key] = capability
    return capability


def unplug(key: str) -> None:
    _extra.pop(key, None)


def declared() -> tuple[Capability, ...]:
    """Every capability, in navigation order. Consumers may cache on the returned tuple: it
    is a new tuple only when a capability was plugged in or unplugged."""
    return _ordered(tuple({**_discover(), **_extra}.values()))


_last: tuple[tuple[Capability, ...], tuple[Capability, ...]] | None = None


def _ordered(found: tuple[Capability, ...]) -> tuple[Capability, ...]:
    global _last
    if _last is None or _last[0] != found:
        _last = (found, tuple(sorted(found, key=lambda c: (c.order, c.key))))
    return _last[1]


def resolve(reference: str) -> Any:
    """Import "package.module:attribute" (or a bare module)."""
    module, _, attribute = reference.partition(":")
    loaded = importlib.import_module(module)
    return getattr(loaded, attribute) if attribute else loaded


def each(part: Callable[[Capability], tuple[str, ...]]) -> Iterator[str]:
    """One part of every capability, in order, each reference once ("services", "commands")."""
    seen: set[str] = set()
    for capability in declared():
        for reference in part(capability):
            if reference not in seen:
                seen.add(reference)
                yield reference
