"""The logged-in state every page shares: the open vault and the acting operator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tsdesk.errors import TSDeskError
from tsdesk.services.permissions import Permission, allowed
from tsdesk.ui.messages import show_error
from tsdesk.vault import Actor, UnitOfWork, Vault

T = TypeVar("T")


class UiSession(QObject):
    """Pages receive this; they never open the vault themselves."""

    data_changed = Signal(str)  # an entity type ("operator", "company_profile", …) that changed
    actor_changed = Signal()  # a different operator unlocked the window
    # Pages tell each other things here rather than import each other:
    carrier_selected = Signal(object)  # the carrier id selected on the carriers page, or None
    # A destruction request for ("carrier" | "secret", id); the main window shows 销毁.
    destruction_requested = Signal(str, int)
    # The legal holds of ("carrier" | "secret", id, its number), managed on the 销毁 page.
    holds_requested = Signal(str, int, str)
    # Open an incident case from (IncidentSource value, the record's id: carrier, stocktake
    # item, label issue, person); the main window shows 应急处置 with the case dialog filled.
    incident_requested = Signal(str, int)

    def __init__(self, vault: Vault, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.actor = actor

    def can(self, permission: Permission) -> bool:
        return allowed(self.actor, permission)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit()

    def run(
        self,
        parent: QWidget | None,
        change: Callable[[UnitOfWork], T],
        entity_type: str = "",
        *,
        show: bool = True,
    ) -> tuple[bool, T | None]:
        """Run `change(uow)` in one transaction. On a TSDeskError nothing is changed and the
        message is shown (unless `show=False`, for dialogs that show errors inline)."""
        try:
            with self.vault.unit_of_work(self.actor) as uow:
                result = change(uow)
        except TSDeskError as err:
            if show:
                show_error(parent, err)
            else:
                raise
            return False, None
        self.data_changed.emit(entity_type)
        return True, result

    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`query(session, *args, **kwargs)` in a read session of its own (services' reads
        take a Session)."""
        with self.vault.reader() as session:
            return query(session, *args, **kwargs)
