"""people and agreements

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 11:38:03

Issue 13. Attachments live in the database (attachment + attachment_content, the bytes apart
so listing reads no blob). Agreements with people and outside parties (party), the secrets
and carriers they cover, the enterprise's templates and the monthly non-compete payments.
Procedures (joining, job change, leaving) with the items to settle; training sessions and
attendance, drills, inspections and their corrective actions. A person gains a hire date and
the key-post flag; a movement may name an outside party instead of a person.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_template",
        sa.Column(
            "kind",
            sa.Enum(
                "nda",
                "business",
                "noncompete",
                "exit",
                "transfer",
                name="agreementkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_agreement_template")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_superseded_by_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_owner", ["owner_kind", "owner_id"], unique=False)

    op.create_table(
        "drill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario", sa.Text(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("timeline", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill")),
    )
    with op.batch_alter_table("drill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drill_held_on"), ["held_on"], unique=False)

    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "customer",
                "supplier",
                "contractor",
                "visitor",
                "other",
                name="partykind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("contact", sa.String(length=128), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_name"), ["name"], unique=False)

    op.create_table(
        "training_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column(
            "audience",
            sa.Enum("new", "key", "all", name="trainingaudience", native_enum=False),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("trainer", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_session_held_on"), ["held_on"], unique=False)

    op.create_table(
        "attachment_content",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_content_attachment_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_content")),
    )
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "nda",
                "business",
                "noncompete",
                "exit",
                "transfer",
                name="agreementkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "signed",
                "in_force",
                "ended",
                "terminated",
                "breached",
                name="agreementstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("damages_fen", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("nc_starts_on", sa.Date(), nullable=True),
        sa.Column("nc_months", sa.Integer(), nullable=True),
        sa.Column("nc_area", sa.Text(), nullable=False),
        sa.Column("nc_business", sa.Text(), nullable=False),
        sa.Column("nc_competitors", sa.Text(), nullable=False),
        sa.Column("nc_monthly_fen", sa.Integer(), nullable=True),
        sa.Column("nc_average_wage_fen", sa.Integer(), nullable=True),
        sa.Column("waived_on", sa.Date(), nullable=True),
        sa.Column("waiver_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_agreement_party_id_party")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_agreement_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("number", name=op.f("uq_agreement_number")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agreement_kind_status", ["kind", "status", "end_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_party_id"), ["party_id"], unique=False)
        batch_op.create_index(
            "ix_agreement_person", ["person_id", "kind", "status", "end_on"], unique=False
        )

    op.create_table(
        "drill_participant",
        sa.Column("drill_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["drill_id"], ["drill.id"], name=op.f("fk_drill_participant_drill_id_drill")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_drill_participant_person_id_person")
        ),
        sa.PrimaryKeyConstraint("drill_id", "person_id", name=op.f("pk_drill_participant")),
    )
    with op.batch_alter_table("drill_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_drill_participant_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "procedure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("join", "transfer", "exit", name="procedurekind", native_enum=False),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("started_by", sa.String(length=64), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("completed_by", sa.String(length=64), nullable=False),
        sa.Column("from_department_id", sa.Integer(), nullable=True),
        sa.Column("to_department_id", sa.Integer(), nullable=True),
        sa.Column("from_post", sa.String(length=64), nullable=False),
        sa.Column("to_post", sa.String(length=64), nullable=False),
        sa.Column("noncompete_decision", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_department_id"],
            ["department.id"],
            name=op.f("fk_procedure_from_department_id_department"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_procedure_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["to_department_id"],
            ["department.id"],
            name=op.f("fk_procedure_to_department_id_department"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure")),
    )
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.create_index(
            "ix_procedure_open", ["kind", "completed_on", "person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_procedure_person_id"), ["person_id"], unique=False)

    op.create_table(
        "training_attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_training_attendance_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_training_attendance_session_id_training_session"),
        ),
        sa.PrimaryKeyConstraint("session_id", "person_id", name=op.f("pk_training_attendance")),
    )
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_training_attendance_person", ["person_id", "held_on"], unique=False
        )

    op.create_table(
        "agreement_secret",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("secret_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_secret_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["secret_id"], ["secret.id"], name=op.f("fk_agreement_secret_secret_id_secret")
        ),
        sa.PrimaryKeyConstraint("agreement_id", "secret_id", name=op.f("pk_agreement_secret")),
    )
    with op.batch_alter_table("agreement_secret", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_secret_secret_id"), ["secret_id"], unique=False
        )

    op.create_table(
        "noncompete_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("paid_fen", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_noncompete_payment_agreement_id_agreement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_noncompete_payment")),
    )
    with op.batch_alter_table("noncompete_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_noncompete_payment_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            "ix_noncompete_payment_due", ["paid_on", "due_on", "agreement_id"], unique=False
        )

    op.create_table(
        "procedure_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("settled_on", sa.Date(), nullable=True),
        sa.Column("settled_by", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedure.id"],
            name=op.f("fk_procedure_item_procedure_id_procedure"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_item")),
    )
    with op.batch_alter_table("procedure_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procedure_item_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_procedure_item_procedure_id"), ["procedure_id"], unique=False
        )

    op.create_table(
        "agreement_carrier",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("carrier_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_carrier_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carrier.id"], name=op.f("fk_agreement_carrier_carrier_id_carrier")
        ),
        sa.PrimaryKeyConstraint("agreement_id", "carrier_id", name=op.f("pk_agreement_carrier")),
    )
    with op.batch_alter_table("agreement_carrier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_carrier_carrier_id"), ["carrier_id"], unique=False
        )

    op.create_table(
        "inspection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("inspector", sa.String(length=64), nullable=False),
        sa.Column("scope_areas", sa.Text(), nullable=False),
        sa.Column("scope_carriers", sa.Text(), nullable=False),
        sa.Column("scope_people", sa.Text(), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["stocktake_id"], ["stock_take.id"], name=op.f("fk_inspection_stocktake_id_stock_take")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_planned_on"), ["planned_on"], unique=False)

    op.create_table(
        "inspection_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_action_inspection_id_inspection"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["person.id"],
            name=op.f("fk_inspection_action_owner_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_action")),
    )
    with op.batch_alter_table("inspection_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_action_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index("ix_inspection_action_open", ["closed_on", "due_on"], unique=False)

    # Plain ADD COLUMN: a batch copy of movement and person would trip the foreign keys
    # that point at them.
    op.execute(
        "ALTER TABLE movement ADD COLUMN party_id INTEGER"
        " CONSTRAINT fk_movement_party_id_party REFERENCES party (id)"
    )
    op.add_column("person", sa.Column("hire_date", sa.Date(), nullable=True))
    op.add_column(
        "person", sa.Column("key_post", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.drop_column("person", "key_post")
    op.drop_column("person", "hire_date")
    op.drop_column("movement", "party_id")

    with op.batch_alter_table("inspection_action", schema=None) as batch_op:
        batch_op.drop_index("ix_inspection_action_open")
        batch_op.drop_index(batch_op.f("ix_inspection_action_inspection_id"))

    op.drop_table("inspection_action")
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_planned_on"))

    op.drop_table("inspection")
    with op.batch_alter_table("agreement_carrier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_carrier_carrier_id"))

    op.drop_table("agreement_carrier")
    with op.batch_alter_table("procedure_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_item_procedure_id"))
        batch_op.drop_index(batch_op.f("ix_procedure_item_due_on"))

    op.drop_table("procedure_item")
    with op.batch_alter_table("noncompete_payment", schema=None) as batch_op:
        batch_op.drop_index("ix_noncompete_payment_due")
        batch_op.drop_index(batch_op.f("ix_noncompete_payment_agreement_id"))

    op.drop_table("noncompete_payment")
    with op.batch_alter_table("agreement_secret", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_secret_secret_id"))

    op.drop_table("agreement_secret")
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_training_attendance_person")

    op.drop_table("training_attendance")
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_person_id"))
        batch_op.drop_index("ix_procedure_open")

    op.drop_table("procedure")
    with op.batch_alter_table("drill_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drill_participant_person_id"))

    op.drop_table("drill_participant")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index("ix_agreement_person")
        batch_op.drop_index(batch_op.f("ix_agreement_party_id"))
        batch_op.drop_index("ix_agreement_kind_status")

    op.drop_table("agreement")
    op.drop_table("attachment_content")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_held_on"))

    op.drop_table("training_session")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_name"))

    op.drop_table("party")
    with op.batch_alter_table("drill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drill_held_on"))

    op.drop_table("drill")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_owner")

    op.drop_table("attachment")
    op.drop_table("agreement_template")
