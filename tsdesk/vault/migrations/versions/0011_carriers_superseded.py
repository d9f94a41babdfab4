"""carriers superseded: a copy or old version marked 已被替代, due for destruction

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 14:05:00

Issue 14's reminder "copies marked superseded": carrier.superseded_on, set by
carriers.mark_superseded; the 销毁 page lists such carriers until they are destroyed.
A plain ADD COLUMN (a batch copy of carrier would trip the foreign keys that point at it).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("carrier", sa.Column("superseded_on", sa.Date(), nullable=True))
    op.create_index("ix_carrier_superseded_on", "carrier", ["superseded_on"])


def downgrade() -> None:
    op.drop_index("ix_carrier_superseded_on", table_name="carrier")
    op.drop_column("carrier", "superseded_on")
