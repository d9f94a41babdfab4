"""Per-database settings, read with their declared defaults and changed with an audit event."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import Setting
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.settings import SETTINGS
from tsdesk.vault import UnitOfWork

# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "setting": QT_TRANSLATE_NOOP("audit", "设置"),
        "setting.change": QT_TRANSLATE_NOOP("audit", "修改设置"),
    },
    entities={
        "setting": QT_TRANSLATE_NOOP("audit", "设置"),
    },
    fields={
        "value": QT_TRANSLATE_NOOP("audit", "值"),
    },
)


def get(session: Session, key: str) -> Any:
    """A database setting, or its declared default, read in the caller's transaction (a
    unit of work's session when a write depends on it)."""
    definition = SETTINGS.get(key)
    if definition is None or definition.scope != "vault":
        raise KeyError(f"{key} is not a database setting")
    row = session.get(Setting, key)
    return json.loads(row.value) if row else definition.default


def set_value(uow: UnitOfWork, key: str, value: Any) -> None:
    require(uow.actor, Permission.EDIT_SETTINGS)
    definition = SETTINGS.get(key)
    if definition is None or definition.scope != "vault":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "未知设置项：{key}"), key=key)
    if isinstance(definition.default, int):
        try:
            value = int(value)
        except (TypeError, ValueError):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{key} 应为整数"), key=key) from None
        if not definition.minimum <= value <= definition.maximum:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{key} 应在 {lo} 到 {hi} 之间"),
                key=key,
                lo=definition.minimum,
                hi=definition.maximum,
            )
    elif isinstance(definition.default, str):
        value = str(value).strip()
        if not value:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{key} 不能为空"), key=key)
        if definition.choices and value not in definition.choices:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{key} 只能是 {choices} 之一"),
                key=key,
                choices=" / ".join(definition.choices),
            )
    row = uow.session.get(Setting, key)
    before = json.loads(row.value) if row else definition.default
    if before == value:
        return
    if row is None:
        row = Setting(key=key, value="")
        uow.session.add(row)
    row.value = json.dumps(value, ensure_ascii=False)
    uow.record("setting.change", "setting", key, before={"value": before}, after={"value": value})
    if key == "confidentiality_notice":
        keyfile = uow.vault.ensure_keyfile()  # the login dialog shows it before unlock
        keyfile.banner["notice"] = value
        keyfile.save()
