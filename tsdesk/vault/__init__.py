"""The encrypted database: key slots, unlock, engine, migrations, the audit chain."""

from tsdesk.vault.credentials import RECOVERY_ACTOR
from tsdesk.vault.vault import Actor, UnitOfWork, Vault

__all__ = ["RECOVERY_ACTOR", "Actor", "UnitOfWork", "Vault"]
