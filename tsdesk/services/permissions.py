"""Who may do what. Checked in the services; the UI only hides what would be refused."""

from __future__ import annotations

import enum

from tsdesk.errors import QT_TRANSLATE_NOOP, PermissionDenied
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


# What the user is told they may not do.
LABELS: dict[Permission, str] = {
    Permission.MANAGE_OPERATORS: QT_TRANSLATE_NOOP("errors", "管理操作员"),
    Permission.EDIT_COMPANY: QT_TRANSLATE_NOOP("errors", "修改企业信息"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("errors", "修改设置"),
    Permission.MANAGE_KEYS: QT_TRANSLATE_NOOP("errors", "管理密钥"),
    Permission.EDIT_DATA: QT_TRANSLATE_NOOP("errors", "修改台账数据"),
    Permission.APPROVE: QT_TRANSLATE_NOOP("errors", "审批"),
    Permission.READ: QT_TRANSLATE_NOOP("errors", "查看数据"),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP("errors", "查看审计日志"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("errors", "导出数据"),
}


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied(action=LABELS[permission])
