"""job changes are procedures: person_review rows become transfer procedures

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 13:30:00

A department change used to open a person_review task (migration 0005). Issue 13 makes a job
change a transfer procedure with items to settle (003 §8.2.3), so each review becomes a
transfer procedure: raised_on → started_on, done_on/done_by → completed_on/completed_by, the
departments and the note kept. An open review becomes an open procedure with one task, "re-evaluate
grants and area access", settled by hand (done / not needed), so nothing asked of the officer
is lost. A done review becomes a completed procedure without items. Then the table goes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO procedure (person_id, kind, started_on, started_by, effective_on,"
        " completed_on, completed_by, from_department_id, to_department_id, from_post, to_post,"
        " noncompete_decision, note)"
        " SELECT r.person_id, 'transfer', r.raised_on, 'migration', r.raised_on, r.done_on,"
        " r.done_by, r.from_department_id, r.to_department_id, p.post, p.post, '', r.note"
        " FROM person_review r JOIN person p ON p.id = r.person_id ORDER BY r.id"
    )
    op.execute(
        "INSERT INTO procedure_item (procedure_id, kind, subject_id, label, due_on, settled_on,"
        " settled_by, outcome, note)"
        " SELECT id, 'task', NULL, '复核知悉权限和区域准入（迁移）', started_on, NULL, '', '', ''"
        " FROM procedure WHERE started_by = 'migration' AND completed_on IS NULL"
    )
    with op.batch_alter_table("person_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_review_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_review_done_on"))
    op.drop_table("person_review")


def downgrade() -> None:
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
    op.execute(
        "INSERT INTO person_review (person_id, raised_on, from_department_id, to_department_id,"
        " done_on, done_by, note) SELECT person_id, started_on, from_department_id,"
        " to_department_id, completed_on, completed_by, note FROM procedure"
        " WHERE started_by = 'migration'"
    )
    op.execute(
        "DELETE FROM procedure_item WHERE procedure_id IN"
        " (SELECT id FROM procedure WHERE started_by = 'migration')"
    )
    op.execute("DELETE FROM procedure WHERE started_by = 'migration'")
