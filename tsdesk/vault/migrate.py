"""Schema migrations, run at open.

Before a pending migration touches an existing database, an encrypted copy of the file is
taken beside it. A database stamped with a revision this TSDesk does not know was made by a
newer version and is refused.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from tsdesk.errors import DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# A migration's file is named after its revision ("0006_register_filter_status.py", revision
# "0006", down_revision "0005"): tests/vault/test_migrations.py holds every file to it.
_REVISION_FILE = re.compile(r"(\d{4})_\w+\.py")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}: the installation is incomplete")
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def newest_file_revision() -> str | None:
    """The revision of the newest migration file, read from the file names alone."""
    found = (_REVISION_FILE.fullmatch(p.name) for p in (MIGRATIONS_DIR / "versions").iterdir())
    return max((m.group(1) for m in found if m), default=None)


def _stamped(engine: Engine) -> str | None:
    """The revision the database is stamped with (one row of alembic_version), in plain SQL."""
    with engine.connect() as conn:
        table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        return (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if table
            else None
        )


def pending(engine: Engine) -> bool:
    # Every open asks this: a database at the newest file's revision is answered without
    # loading alembic (a fifth of a CLI command's start-up); anything else asks alembic.
    newest = newest_file_revision()
    if newest is not None and _stamped(engine) == newest:
        return False
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

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
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
