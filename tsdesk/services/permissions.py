"""Who may do what. Checked in the services; the UI only hides what would be refused."""

from __future__ import annotations

import enum

from tsdesk.errors import PermissionDenied
from tsdesk.models import Role
from tsdesk.vault import Actor


class Permission(enum.StrEnum):
    MANAGE_OPERATORS = "manage_operators"
    EDIT_COMPANY = "edit_company"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_KEYS = "manage_keys"  # rekey, recovery sheet
    EDIT_DATA = "edit_data"  # register and every module's records
    APPROVE = "approve"  # be the second pair of eyes
    READ = "read"
    READ_AUDIT = "read_audit"
    EXPORT = "export"


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.OFFICER: frozenset(
        {Permission.EDIT_DATA, Permission.READ, Permission.READ_AUDIT, Permission.EXPORT}
    ),
    Role.APPROVER: frozenset({Permission.APPROVE, Permission.READ, Permission.EXPORT}),
    Role.AUDITOR: frozenset({Permission.READ, Permission.READ_AUDIT, Permission.EXPORT}),
}


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied(action=permission.value)
