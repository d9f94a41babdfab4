"""Who may be an operator and what a password must be: the rules the vault checks when it is
created with its first admin, and the operators service when it adds one or changes one."""

from __future__ import annotations

import re

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError

RECOVERY_ACTOR = "recovery-key"  # who acts after an unlock with the recovery key
MIN_PASSWORD = 8
_NAME = re.compile(r"^[\w.\-]{2,32}$")


def validate_name(name: str) -> None:
    if not _NAME.fullmatch(name or "") or name == RECOVERY_ACTOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "操作员名须为 2–32 个字母、数字、汉字或 . _ - ")
        )


def validate_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "密码至少 {n} 个字符"), n=MIN_PASSWORD)
