"""Alembic environment. TSDesk runs migrations itself at open (tsdesk/vault/migrate.py) and
hands over its open SQLCipher connection; developers autogenerate with tools/new_migration.py."""

from alembic import context

from tsdesk.models import Base

config = context.config
only_tables = config.attributes.get("only_tables")  # tools/new_migration.py --tables …


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table" and name.startswith("secret_fts"):
        return False  # FTS5 virtual tables are created by hand in their migration
    if only_tables is not None and type_ == "table":
        return name in only_tables
    return True


context.configure(
    connection=config.attributes["connection"],
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
