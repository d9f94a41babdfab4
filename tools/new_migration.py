"""Autogenerate a migration from the models:

    python tools/new_migration.py "message" [--rev-id 0004] [--tables a,b,c]

Runs against a throw-away plain SQLite database brought to the current head, so the new
revision holds exactly what the models changed (only the named tables with --tables).
Review the result; tests/vault/test_migrations.py checks models and migrations agree.
"""

import argparse
import tempfile
from pathlib import Path

import sqlcipher3
from alembic import command
from sqlalchemy import create_engine

from tsdesk.vault.migrate import alembic_config


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    parser.add_argument("--rev-id")
    parser.add_argument("--tables")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # SQLCipher's own SQLite (unkeyed): the system's may be too old for the FTS5 options.
        engine = create_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}", module=sqlcipher3.dbapi2)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            if args.tables:
                cfg.attributes["only_tables"] = set(args.tables.split(","))
            command.revision(cfg, message=args.message, autogenerate=True, rev_id=args.rev_id)


if __name__ == "__main__":
    main()
