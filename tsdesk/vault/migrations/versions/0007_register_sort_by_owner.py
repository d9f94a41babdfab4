"""register sort by owner: the owner from an index

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:30:00

Sorting the register by 责任人 read owner_id from every secret row: 0.3–0.4 s at 300,000
secrets (issue 12). From an index of owner_id alone the sort reads a small covering index:
about 30 ms.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_secret_owner", "secret", ["owner_id"])


def downgrade() -> None:
    op.drop_index("ix_secret_owner", table_name="secret")
