"""The encrypted database: key slots, unlock, engine, migrations, the audit chain."""

from tsdesk.vault.vault import RECOVERY_ACTOR, Actor, UnitOfWork, Vault

__all__ = ["RECOVERY_ACTOR", "Actor", "UnitOfWork", "Vault"]
