"""The encrypted database: key slots, unlock, engine, migrations, the audit chain.

`Vault`, `Actor` and `UnitOfWork` are loaded when first asked for: the login dialog needs
only the key slots and the failure throttle, not SQLAlchemy and the models (start-up time)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tsdesk.vault.credentials import RECOVERY_ACTOR

if TYPE_CHECKING:
    from tsdesk.vault.vault import Actor, UnitOfWork, Vault

__all__ = ["RECOVERY_ACTOR", "Actor", "UnitOfWork", "Vault"]


def __getattr__(name: str) -> Any:
    if name in ("Actor", "UnitOfWork", "Vault"):
        from tsdesk.vault import vault

        globals()[name] = value = getattr(vault, name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
