"""Schema migrations, run at open.

Before a pending migration touches an existing database, an encrypted copy of the file is
taken beside it. A database stamped with a revision this TSDesk does not know was made by a
newer version and is refused.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from tsdesk.errors import DatabaseTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}: the installation is incomplete")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def pending(engine: Engine) -> bool:
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise DatabaseTooNew(revision=current) from None
    return current != script.get_current_head()


def backup_before_migration(engine: Engine, db_path: Path) -> Path:
    """Copy the (encrypted) file after folding the WAL into it."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    revision = current_revision(engine) or "empty"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.pre-{revision}-{stamp}.bak")
    shutil.copy2(db_path, target)
    return target


def upgrade(engine: Engine, db_path: Path) -> Path | None:
    """Bring the schema to head. Returns the backup taken, if any."""
    if not pending(engine):
        return None
    backup = backup_before_migration(engine, db_path) if current_revision(engine) else None
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
