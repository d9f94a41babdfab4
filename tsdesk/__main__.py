"""`python -m tsdesk` / `tsdesk`: the GUI without a command, the CLI with one."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from tsdesk.cli import main as cli_main
    from tsdesk.commands.vault import cmd_gui

    return cli_main(sys.argv[1:] if argv is None else argv, default=cmd_gui)


if __name__ == "__main__":
    sys.exit(main())
