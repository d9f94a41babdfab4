"""`tsdesk operators list|add|passwd`: who may sign in, with which role."""

from __future__ import annotations

import argparse

from tsdesk.cli import open_for_reading, open_vault, password_from_env, print_json, record_read
from tsdesk.cli import recovery_key as given_recovery_key
from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.i18n import translate
from tsdesk.models import Role


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services import operators

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = operators.list_operators(session, vault.keyfile)
        record_read(vault, actor, "read.operators", "operator", count=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json(
            [
                {
                    "name": r.name,
                    "display_name": r.display_name,
                    "role": r.role.value,
                    "active": r.active,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(
                f"{r.name:<16} {r.role.value:<9} {'active' if r.active else 'inactive':<9} {r.display_name}"
            )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from tsdesk.services import operators

    vault, actor = open_vault(args)
    try:
        password = password_from_env(
            "TSDESK_NEW_PASSWORD",
            translate("cli", "{name} 的密码: ").format(name=args.name),
            confirm=True,
        )
        with vault.unit_of_work(actor) as uow:
            operators.add(uow, args.name, Role(args.role), password, args.display_name)
    finally:
        vault.close()
    print(translate("cli", "已添加操作员 {name}（{role}）").format(name=args.name, role=args.role))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from tsdesk.services import operators

    # The current password is asked once (or read from TSDESK_PASSWORD): it opens the vault
    # and proves the change of one's own password.
    current = None
    if not given_recovery_key(args):
        current = password_from_env(
            "TSDESK_PASSWORD", translate("cli", "{name} 的密码: ").format(name=args.user)
        )
    vault, actor = open_vault(args, password=current)
    try:
        target = args.name or actor.name
        new = password_from_env(
            "TSDESK_NEW_PASSWORD",
            translate("cli", "{name} 的新密码: ").format(name=target),
            confirm=True,
        )
        with vault.unit_of_work(actor) as uow:
            if target == actor.name:
                operators.change_own_password(uow, current or "", new)
            else:
                operators.reset_password(uow, target, new)
    finally:
        vault.close()
    print(translate("cli", "已更改 {name} 的密码").format(name=target))
    return 0


def add_commands(sub, add) -> None:
    group = sub.add_parser("operators", help=translate("cli", "操作员")).add_subparsers(
        dest="operators_command", metavar="ACTION", required=True
    )
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出操作员"), group)
    p.add_argument("--json", action="store_true")
    p = add(
        "add",
        cmd_add,
        QT_TRANSLATE_NOOP("cli", "添加操作员（密码取自 TSDESK_NEW_PASSWORD）"),
        group,
    )
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    p.add_argument("--display-name", default="")
    p = add(
        "passwd",
        cmd_passwd,
        QT_TRANSLATE_NOOP("cli", "修改自己的密码，或（管理员）重置他人密码"),
        group,
    )
    p.add_argument("name", nargs="?")
