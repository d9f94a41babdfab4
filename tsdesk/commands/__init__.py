"""Command groups of the CLI, one module per capability; each has `add_commands(sub, add)`.

`sub` is the top-level subparsers object and `add(name, handler, help, parent)` registers a
command whose handler takes the parsed args and returns an exit code (see tsdesk/cli.py).
"""
