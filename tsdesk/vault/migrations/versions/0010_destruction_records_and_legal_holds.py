"""destruction records and legal holds

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 13:10:00

Issue 14. Destruction batches with their items (carriers, data sets, whole secrets), the 监销人,
annotations, the enterprise's method catalogue (seeded here with the usual methods: shredding
to DIN 66399 P-4/P-5/P-6, incineration, pulping, degaussing, overwrite, crypto-erase, physical
destruction, return to the vendor) and legal holds any module may place.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# 003 §7.4; DIN 66399 security levels for paper (P-4 or higher for secrets, P-5 for 一级);
# NIST SP 800-88 Rev. 1 categories (clear / purge / destroy) for media and data.
METHODS = [
    ("shred-p4", "碎纸机粉碎（P-4）", "paper", "destroy", "P-4"),
    ("shred-p5", "碎纸机粉碎（P-5）", "paper", "destroy", "P-5"),
    ("shred-p6", "碎纸机粉碎（P-6）", "paper", "destroy", "P-6"),
    ("incinerate", "焚烧", "any", "destroy", ""),
    ("pulp", "化浆", "paper", "destroy", ""),
    ("degauss", "消磁", "media", "purge", ""),
    ("overwrite", "覆写（注明工具与遍数）", "data", "clear", ""),
    ("crypto-erase", "密码擦除（销毁密钥）", "data", "purge", ""),
    ("physical", "物理破坏存储介质", "media", "destroy", ""),
    ("vendor", "交有资质的机构销毁并取得证明", "any", "destroy", ""),
]


def upgrade() -> None:
    op.create_table(
        "destruction_method",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("applies_to", sa.String(length=16), nullable=False),
        sa.Column("sanitization", sa.String(length=16), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_destruction_method")),
    )
    op.create_table(
        "legal_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_by", sa.String(length=64), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=False),
        sa.Column("lifted_by", sa.String(length=64), nullable=False),
        sa.Column("lifted_at", sa.DateTime(), nullable=True),
        sa.Column("lift_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_hold")),
    )
    with op.batch_alter_table("legal_hold", schema=None) as batch_op:
        batch_op.create_index(
            "ix_legal_hold_entity", ["entity_type", "entity_id", "lifted_at"], unique=False
        )

    op.create_table(
        "destruction_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "pending",
                "approved",
                "done",
                "cancelled",
                name="destructionstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=64), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("executed_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("executor_person_id", sa.Integer(), nullable=True),
        sa.Column("executor", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("video_reference", sa.Text(), nullable=False),
        sa.Column("certificate_code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["executor_person_id"],
            ["person.id"],
            name=op.f("fk_destruction_batch_executor_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_batch")),
        sa.UniqueConstraint("number", name=op.f("uq_destruction_batch_number")),
    )
    with op.batch_alter_table("destruction_batch", schema=None) as batch_op:
        batch_op.create_index(
            "ix_destruction_batch_status", ["status", "approved_at"], unique=False
        )

    op.create_table(
        "destruction_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.String(length=64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["destruction_batch.id"],
            name=op.f("fk_destruction_note_batch_id_destruction_batch"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_note")),
    )
    with op.batch_alter_table("destruction_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_note_batch_id"), ["batch_id"], unique=False
        )

    op.create_table(
        "destruction_supervisor",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["destruction_batch.id"],
            name=op.f("fk_destruction_supervisor_batch_id_destruction_batch"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_destruction_supervisor_person_id_person")
        ),
        sa.PrimaryKeyConstraint("batch_id", "person_id", name=op.f("pk_destruction_supervisor")),
    )
    op.create_table(
        "destruction_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("carrier", "data", "secret", name="destructionitemkind", native_enum=False),
            nullable=False,
        ),
        sa.Column("carrier_id", sa.Integer(), nullable=True),
        sa.Column("secret_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column(
            "reason",
            sa.Enum(
                "term_ended",
                "declassified",
                "superseded",
                "leaving",
                "damaged",
                "other",
                name="destructionreason",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("hold_note", sa.Text(), nullable=False),
        sa.Column("method_key", sa.String(length=32), nullable=True),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("media_serial", sa.String(length=100), nullable=False),
        sa.Column("tool", sa.String(length=200), nullable=False),
        sa.Column("verification", sa.Text(), nullable=False),
        sa.Column(
            "result",
            sa.Enum("pending", "destroyed", "failed", name="destructionresult", native_enum=False),
            nullable=False,
        ),
        sa.Column("failure", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["destruction_batch.id"],
            name=op.f("fk_destruction_item_batch_id_destruction_batch"),
        ),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carrier.id"], name=op.f("fk_destruction_item_carrier_id_carrier")
        ),
        sa.ForeignKeyConstraint(
            ["method_key"],
            ["destruction_method.key"],
            name=op.f("fk_destruction_item_method_key_destruction_method"),
        ),
        sa.ForeignKeyConstraint(
            ["secret_id"], ["secret.id"], name=op.f("fk_destruction_item_secret_id_secret")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_item")),
    )
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_item_batch_id"), ["batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_destruction_item_carrier_id"), ["carrier_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_destruction_item_secret_id"), ["secret_id"], unique=False
        )

    method = sa.table(
        "destruction_method",
        sa.column("key", sa.String),
        sa.column("label", sa.String),
        sa.column("applies_to", sa.String),
        sa.column("sanitization", sa.String),
        sa.column("level", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("sort_order", sa.Integer),
    )
    op.bulk_insert(
        method,
        [
            {"key": k, "label": label, "applies_to": to, "sanitization": how, "level": level,
             "active": True, "sort_order": i}
            for i, (k, label, to, how, level) in enumerate(METHODS)
        ],
    )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_item_secret_id"))
        batch_op.drop_index(batch_op.f("ix_destruction_item_carrier_id"))
        batch_op.drop_index(batch_op.f("ix_destruction_item_batch_id"))

    op.drop_table("destruction_item")
    op.drop_table("destruction_supervisor")
    with op.batch_alter_table("destruction_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_note_batch_id"))

    op.drop_table("destruction_note")
    with op.batch_alter_table("destruction_batch", schema=None) as batch_op:
        batch_op.drop_index("ix_destruction_batch_status")

    op.drop_table("destruction_batch")
    with op.batch_alter_table("legal_hold", schema=None) as batch_op:
        batch_op.drop_index("ix_legal_hold_entity")

    op.drop_table("legal_hold")
    op.drop_table("destruction_method")
