"""What each module's demo data is handed (a capability's `demo` function takes one)."""

from __future__ import annotations

from dataclasses import dataclass

from tsdesk.vault import Actor, Vault


@dataclass(frozen=True)
class Context:
    vault: Vault
    admin: Actor  # the demo's administrator: proposes, records, prints
    approver: str  # the operator who approves what takes four eyes
    password: str  # every demo operator's password
