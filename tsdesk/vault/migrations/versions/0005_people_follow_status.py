"""people follow status: department review tasks, temporary grant index

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 05:50:00

person_review: a department change raises a task to re-evaluate the person's grants and
area access (003 §8.2.3), open until an operator marks it done. ix_knower_valid_until lets
the 工作台 count temporary grants that end soon without reading every grant.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("from_department_id", sa.Integer(), nullable=True),
        sa.Column("to_department_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_department_id"],
            ["department.id"],
            name=op.f("fk_person_review_from_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_review_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["to_department_id"],
            ["department.id"],
            name=op.f("fk_person_review_to_department_id_department"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_review")),
    )
    with op.batch_alter_table("person_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_review_done_on"), ["done_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_review_person_id"), ["person_id"], unique=False)
    with op.batch_alter_table("knower", schema=None) as batch_op:
        batch_op.create_index(
            "ix_knower_valid_until",
            ["valid_until", "revoked_on", "valid_from", "person_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("knower", schema=None) as batch_op:
        batch_op.drop_index("ix_knower_valid_until")
    with op.batch_alter_table("person_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_review_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_review_done_on"))
    op.drop_table("person_review")
