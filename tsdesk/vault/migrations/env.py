"""Alembic environment. TSDesk runs migrations itself at open (tsdesk/vault/migrate.py) and
hands over its open SQLCipher connection; developers autogenerate with tools/new_migration.py."""

from alembic import context

from tsdesk.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
