"""Operators: add, list, deactivate, change role, change or reset passwords.

A change that touches the key-slot file commits the database change and its audit event first
and saves the slot file after (vault/slots.py tells why and how a crash between is mended).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.crashpoints import declare
from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import Operator, Role
from tsdesk.models.base import utcnow
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

# The name and password rules live in the vault, which checks the first admin itself; the
# slot file's staging and its reconciliation at open too. Re-exported for the UI and the tests.
from tsdesk.vault.credentials import MIN_PASSWORD, validate_name, validate_password  # noqa: F401
from tsdesk.vault.keys import KeySlotFile
from tsdesk.vault.slots import reconcile as reconcile_slots  # noqa: F401
from tsdesk.vault.slots import recorded_slot  # noqa: F401
from tsdesk.vault.slots import staged as _staged

ADD_COMMITTED = declare(
    "operators.add.after_commit", "operator and audit event committed, slot file not yet saved"
)
PASSWD_COMMITTED = declare(
    "operators.passwd.after_commit",
    "password change and audit event committed, slot file not yet saved",
)
# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "operator": QT_TRANSLATE_NOOP("audit", "操作员"),
        "operator.add": QT_TRANSLATE_NOOP("audit", "新增操作员"),
        "operator.role": QT_TRANSLATE_NOOP("audit", "更改角色"),
        "operator.active": QT_TRANSLATE_NOOP("audit", "停用/启用操作员"),
        "operator.password_changed": QT_TRANSLATE_NOOP("audit", "修改本人密码"),
        "operator.password_reset": QT_TRANSLATE_NOOP("audit", "重置密码"),
        "operator.keyring_enabled": QT_TRANSLATE_NOOP("audit", "启用本机解锁"),
        "operator.keyring_disabled": QT_TRANSLATE_NOOP("audit", "关闭本机解锁"),
        "operator.slot_removed": QT_TRANSLATE_NOOP("audit", "移除无主的密钥槽"),
        "operator.slot_reconciled": QT_TRANSLATE_NOOP("audit", "密码更改未生效（已核对）"),
    },
    entities={
        "operator": QT_TRANSLATE_NOOP("audit", "操作员"),
    },
    fields={
        "role": QT_TRANSLATE_NOOP("audit", "角色"),
        "active": QT_TRANSLATE_NOOP("audit", "启用"),
    },
    values={
        "role": (
            "roles",
            {
                Role.ADMIN: QT_TRANSLATE_NOOP("roles", "管理员"),
                Role.OFFICER: QT_TRANSLATE_NOOP("roles", "保密员"),
                Role.APPROVER: QT_TRANSLATE_NOOP("roles", "审批人"),
                Role.AUDITOR: QT_TRANSLATE_NOOP("roles", "审计员"),
            },
        )
    },
)


@dataclass(frozen=True)
class OperatorView:
    id: int
    name: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    keyring_unlock: bool
    password_changed_at: datetime  # UTC; 003 §9.1.2.3 a asks for regular changes


def _get(uow: UnitOfWork, name: str) -> Operator:
    row = uow.session.scalar(select(Operator).where(Operator.name == name))
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "没有名为 {name} 的操作员"), name=name)
    return row


def list_operators(session: Session, keyfile: KeySlotFile | None) -> list[OperatorView]:
    """Every operator, with whether the slot file (`vault.keyfile`) lets them unlock."""
    rows = session.scalars(select(Operator).order_by(Operator.name)).all()
    return [
        OperatorView(
            r.id,
            r.name,
            r.display_name,
            r.role,
            r.active,
            bool(keyfile and keyfile.slot_for(r.name)),
            bool(keyfile and keyfile.slot_for(r.name, "keyring")),
            r.password_changed_at,
        )
        for r in rows
    ]


def add(uow: UnitOfWork, name: str, role: Role, password: str, display_name: str = "") -> int:
    require(uow.actor, Permission.MANAGE_OPERATORS)
    validate_name(name)
    validate_password(password)
    if uow.session.scalar(select(Operator.id).where(Operator.name == name)) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "操作员 {name} 已存在"), name=name)
    row = Operator(name=name, display_name=display_name.strip(), role=Role(role))
    uow.session.add(row)
    uow.session.flush()
    keyfile = _staged(uow, ADD_COMMITTED)
    slot = keyfile.set_password(name, password, uow.vault.data_key)
    after = {"name": name, "role": row.role.value, "slot": slot.id}
    uow.record("operator.add", "operator", row.id, after=after)
    return row.id


def change_own_password(uow: UnitOfWork, old_password: str, new_password: str) -> None:
    """Every operator may change their own password; only their slot is rewrapped."""
    validate_password(new_password)
    uow.vault.verify_password(uow.actor.name, old_password)
    _set_password(uow, uow.actor.name, new_password, "operator.password_changed")


def reset_password(uow: UnitOfWork, name: str, new_password: str) -> None:
    """The admin sets a new password for someone who forgot theirs."""
    require(uow.actor, Permission.MANAGE_OPERATORS)
    validate_password(new_password)
    _get(uow, name)
    _set_password(uow, name, new_password, "operator.password_reset")


def _set_password(uow: UnitOfWork, name: str, password: str, action: str) -> None:
    row = _get(uow, name)
    row.password_changed_at = utcnow()
    keyfile = _staged(uow, PASSWD_COMMITTED)
    slot = keyfile.set_password(name, password, uow.vault.data_key)
    uow.record(action, "operator", row.id, after={"slot": slot.id})


def set_role(uow: UnitOfWork, name: str, role: Role) -> None:
    require(uow.actor, Permission.MANAGE_OPERATORS)
    row = _get(uow, name)
    if row.role == Role(role):
        return
    if row.role == Role.ADMIN and Role(role) != Role.ADMIN:
        _keep_one_admin(uow, row)
    before = row.role.value
    row.role = Role(role)
    uow.record(
        "operator.role", "operator", row.id, before={"role": before}, after={"role": row.role.value}
    )


def set_active(uow: UnitOfWork, name: str, active: bool) -> None:
    """Deactivate (never delete: the audit chain names them) or reactivate an operator."""
    require(uow.actor, Permission.MANAGE_OPERATORS)
    row = _get(uow, name)
    if row.name == uow.actor.name and not active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "不能停用自己的账户"))
    if row.role == Role.ADMIN and not active:
        _keep_one_admin(uow, row)
    row.active = active
    if active:
        uow.record("operator.active", "operator", row.id, after={"active": True})
    else:  # a deactivated operator's slots no longer open the vault
        _staged(uow).remove(name)
        uow.record("operator.active", "operator", row.id, after={"active": False, "slot": ""})


def _keep_one_admin(uow: UnitOfWork, leaving: Operator) -> None:
    others = uow.session.scalar(
        select(Operator.id).where(
            Operator.role == Role.ADMIN, Operator.active.is_(True), Operator.id != leaving.id
        )
    )
    if others is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "至少要保留一名在用的管理员"))


def enable_keyring_unlock(uow: UnitOfWork) -> None:
    """'Unlock on this Windows account' for the acting operator."""
    _staged(uow).enable_keyring(uow.actor.name, uow.vault.data_key)
    uow.record("operator.keyring_enabled", "operator", uow.actor.operator_id or "")


def disable_keyring_unlock(uow: UnitOfWork) -> None:
    _staged(uow).remove(uow.actor.name, "keyring")
    uow.record("operator.keyring_disabled", "operator", uow.actor.operator_id or "")
