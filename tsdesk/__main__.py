"""`python -m tsdesk` / `tsdesk`: the GUI without a command, the CLI with one."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from tsdesk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
