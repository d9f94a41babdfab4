"""register speed: two-character search tokens, list indexes in number order

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 01:40:00

Search: secret_fts_chars held one token per character, so a two-character query was a
phrase whose two position lists (of the register's most common characters) had to be
walked: ~9,500 hits of a 100,000-secret register took 60+ ms to count and page.
secret_fts_grams holds each two-character window as one token, plus the last character of
each run, so a two-character query reads one document list and a one-character query is a
prefix query; it keeps no positions (detail=none), a third of the old table's size. The
tokenising functions are frozen copies here: a migration must keep meaning what it meant
when it shipped, while register.py may change. The upgrade rebuilds the table from the
secrets, 2,000 at a time.

List: each filter's index also holds the number, the order the register is shown in (see
models/register.py).
"""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 2000


def _grams(value: str) -> str:
    """register._grams as of revision 0004."""
    tokens: list[str] = []
    for run in value.split():
        tokens += [run[i : i + 2] for i in range(len(run) - 1)]
        tokens.append(run[-1])
    return " ".join(tokens)


def _spaced(value: str) -> str:
    """register._spaced as of revision 0002."""
    return " ".join(ch for ch in value if not ch.isspace())


def _fill(table: str, tokens: Callable[[str], str]) -> None:
    """Index every secret's number, subject, description and secret points into `table`."""
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.text(
                "SELECT s.id, s.number, s.subject, s.description,"
                " (SELECT group_concat(text, char(10) ORDER BY position)"
                "  FROM secret_point WHERE secret_id = s.id)"
                " FROM secret AS s WHERE s.id > :last ORDER BY s.id LIMIT :batch"
            ),
            {"last": last, "batch": BATCH},
        ).all()
        if not rows:
            return
        bind.exec_driver_sql(
            f"INSERT INTO {table}(rowid, body) VALUES (?, ?)",
            [(r[0], tokens("\n".join(part or "" for part in r[1:]))) for r in rows],
        )
        last = rows[-1][0]


OLD_INDEXES = [
    ("ix_secret_category", ["category"]),
    ("ix_secret_department_id", ["department_id"]),
    ("ix_secret_next_review", ["next_review"]),
    ("ix_secret_term_until", ["term_until"]),
]
NEW_INDEXES = [
    ("ix_secret_status_number", ["status", "number"]),
    ("ix_secret_category_number", ["category", "number"]),
    ("ix_secret_department_grade_number", ["department_id", "grade_id", "number"]),
    ("ix_secret_review_status", ["next_review", "status"]),
    ("ix_secret_term_status_number", ["term_until", "term_kind", "status", "number"]),
]


def _swap_indexes(drop: list, create: list) -> None:
    for name, _ in drop:
        op.drop_index(name, table_name="secret")
    for name, columns in create:
        op.create_index(name, "secret", columns)


def upgrade() -> None:
    _swap_indexes(OLD_INDEXES, NEW_INDEXES)
    op.execute(
        "CREATE VIRTUAL TABLE secret_fts_grams USING fts5("
        "body, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61')"
    )
    _fill("secret_fts_grams", _grams)
    op.execute("DROP TABLE secret_fts_chars")


def downgrade() -> None:
    _swap_indexes(NEW_INDEXES, OLD_INDEXES)
    op.execute(
        "CREATE VIRTUAL TABLE secret_fts_chars USING fts5("
        "body, content = '', contentless_delete = 1, tokenize = 'unicode61')"
    )
    _fill("secret_fts_chars", _spaced)
    op.execute("DROP TABLE secret_fts_grams")
