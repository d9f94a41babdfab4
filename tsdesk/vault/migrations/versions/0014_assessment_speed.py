"""assessment speed: partial indexes for the secrets marked 隐密 and those graded

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 21:05:00

The self-assessment (004 第十条（四）) counts confirmed secrets marked 隐密 and those graded
with the grading assistant. Neither column is in an index, so at 100,000 secrets each count
read every confirmed secret's row (about 1 s each; benchmarks/bench_reminders.py). Two small
partial indexes hold only the rows those counts look for.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# As tsdesk/models/register.py has them (a migration keeps its own copy: models change).
CONCEALED = "concealed = 1"
GRADED = "grading NOT IN ('', '{}')"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_secret_concealed_status ON secret (status) WHERE {CONCEALED}")
    op.execute(f"CREATE INDEX ix_secret_graded_status ON secret (status) WHERE {GRADED}")


def downgrade() -> None:
    op.drop_index("ix_secret_graded_status", table_name="secret")
    op.drop_index("ix_secret_concealed_status", table_name="secret")
