"""Privacy: the audit log (append only) and server secrets (the key of employer-facing pseudonyms).

Revision ID: 0003_privacy
Revises: 0002_occupation_imports
Create Date: 2026-11-21 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003_privacy"
down_revision: str | None = "0002_occupation_imports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The application only ever appends to the audit log; the database refuses anything else from it.
APPEND_ONLY_UP = [
    """CREATE FUNCTION matchwerk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    "CREATE TRIGGER trg_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION matchwerk_audit_append_only()",
]
APPEND_ONLY_DOWN = [
    "DROP TRIGGER trg_audit_log_append_only ON audit_log",
    "DROP FUNCTION matchwerk_audit_append_only()",
]


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("clock_timestamp()"),
            nullable=False,
        ),
        sa.Column("actor_key_id", sa.Uuid(), nullable=True),
        sa.Column("actor_role", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("resource_type", sa.Text(), nullable=False),
        sa.Column("resource_id", sa.Uuid(), nullable=True),
        sa.Column("request_id", sa.Text(), nullable=True),
        sa.Column(
            "details",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "actor_role IN ('admin','advisor','intake','employer','partner','system')",
            name=op.f("ck_audit_log_actor_role"),
        ),
        sa.CheckConstraint("action ~ '^[a-z_]+[.][a-z_]+$'", name=op.f("ck_audit_log_action")),
        sa.CheckConstraint("jsonb_typeof(details) = 'object'", name=op.f("ck_audit_log_details")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_created", "audit_log", ["created_at", "id"], unique=False)
    op.create_index("ix_audit_log_resource", "audit_log", ["resource_id", "created_at"], unique=False)
    op.create_index("ix_audit_log_actor", "audit_log", ["actor_key_id", "created_at"], unique=False)
    op.create_table(
        "server_secrets",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("octet_length(value) >= 32", name=op.f("ck_server_secrets_value_length")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_secrets")),
    )
    for statement in APPEND_ONLY_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in APPEND_ONLY_DOWN:
        op.execute(statement)
    op.drop_table("server_secrets")
    op.drop_index("ix_audit_log_actor", table_name="audit_log")
    op.drop_index("ix_audit_log_resource", table_name="audit_log")
    op.drop_index("ix_audit_log_created", table_name="audit_log")
    op.drop_table("audit_log")
