"""Typed errors whose messages are fit for the user.

Messages are written in Chinese (the default UI language) and marked with
`QT_TRANSLATE_NOOP("errors", …)` so that `pyside6-lupdate` collects them into the
translation sources; the UI shows `err.translated(translate)`. Parameters are kept apart
from the template so that a translated template can be filled in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class TSDeskError(Exception):
    """Base of every error the user may see."""

    template: str = QT_TRANSLATE_NOOP("errors", "操作失败")

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def translated(self, translate) -> str:
        """`translate(context, text)` is QCoreApplication.translate in the UI. Text parameters
        go through it too: some are marked labels (a permission's name); others come back as
        they are."""
        params = {
            k: translate("errors", v) if isinstance(v, str) else v for k, v in self.params.items()
        }
        return translate("errors", self.template).format(**params)


class ValidationError(TSDeskError):
    """Bad input: nothing was changed."""


@dataclass(frozen=True, eq=True)
class Problem:
    """One thing wrong with an input, found before anything is changed: the field it is
    about (an input attribute, or a dialog's field name), a translatable template (context
    "errors") and its parameters. Services return lists of these; dialogs frame the field
    and show the text; a write refuses with the first (`raise_first`)."""

    field: str
    template: str
    # `dataclasses.field`: the attribute `field` above shadows the bare name here.
    params: dict[str, Any] = dataclasses.field(default_factory=dict, compare=True, hash=False)

    def error(self) -> ValidationError:
        return ValidationError(self.template, **self.params)

    @property
    def message(self) -> str:
        return self.error().message

    def translated(self, translate) -> str:
        return self.error().translated(translate)


def raise_first(problems: Sequence[Problem]) -> None:
    """Refuse a write that has problems: the first one is the error."""
    if problems:
        raise problems[0].error()


class NotFoundError(TSDeskError):
    """What the user named does not exist (any more)."""


class PermissionDenied(TSDeskError):
    template = QT_TRANSLATE_NOOP("errors", "当前操作员无权执行此操作：{action}")


class VaultError(TSDeskError):
    """The encrypted database cannot be opened or written."""


class WrongPassword(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "操作员名或密码错误")


class TooManyAttempts(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "密码错误次数过多，请 {seconds} 秒后再试")


class KeyringEntryMissing(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "本机凭据存储中没有此操作员的解锁项（可能已被删除或换了 Windows 账户），请用密码解锁",
    )


class WrongRecoveryKey(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "恢复密钥不正确")


class DatabaseDamaged(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "数据库文件已损坏或被截断，无法打开：{path}")


class KeySlotFileMissing(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors", "找不到密钥槽文件 {path}。请用恢复密钥打开数据库，或从备份恢复该文件。"
    )


class DatabaseMissing(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "数据库文件不存在：{path}")


class DatabaseTooNew(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "此数据库由更新版本的 TSDesk 创建（架构版本 {revision}），请升级 TSDesk 后再打开。",
    )


class DatabaseBusy(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "数据库正由 {operator} 在计算机 {machine} 上使用（自 {since} 起），可以只读方式打开。",
    )


class ReadOnlyError(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "数据库以只读方式打开，不能修改")


class KeyringUnavailable(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "系统凭据存储不可用：{reason}")


class DatabaseNotWritable(DatabaseBusy):
    """The file or its folder cannot be written: only a read-only open is possible (a
    DatabaseBusy, so that the login dialog offers exactly that)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "数据库文件 {path} 或其所在文件夹为只读（只读文件、只读磁盘或没有写权限），"
        "只能以只读方式打开。",
    )


class DiskFull(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors", "磁盘空间不足，无法写入 {path}。请释放磁盘空间后重试，未完成的操作没有保存。"
    )


class StorageError(VaultError):
    """The operating system refused a file operation (no permission, a path too long, …)."""

    template = QT_TRANSLATE_NOOP("errors", "无法读写文件 {path}：{reason}")


class PathTooLong(VaultError):
    template = QT_TRANSLATE_NOOP("errors", "文件路径过长，请换一个较短的位置：{path}")
