"""Occupation codes and labels imported from the official KldB 2010 and ESCO files.

Revision ID: 0002_occupation_imports
Revises: 0001_initial
Create Date: 2026-11-21 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_occupation_imports"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "occupation_codes",
        sa.Column("kldb_code", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.CheckConstraint("kldb_code ~ '^[0-9]{1,5}$'", name=op.f("ck_occupation_codes_kldb_code")),
        sa.PrimaryKeyConstraint("kldb_code", name=op.f("pk_occupation_codes")),
    )
    op.create_table(
        "occupation_labels",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kldb_code", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("lang", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("kldb_code ~ '^[0-9]{5}$'", name=op.f("ck_occupation_labels_kldb_code")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupation_labels")),
        sa.UniqueConstraint("kldb_code", "label", "lang", "source", name="uq_occupation_labels_entry"),
    )
    op.create_table(
        "occupation_catalogue_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.BigInteger(), server_default="0", nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_occupation_catalogue_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupation_catalogue_state")),
    )
    op.execute("INSERT INTO occupation_catalogue_state (id, revision) VALUES (1, 0)")


def downgrade() -> None:
    op.drop_table("occupation_catalogue_state")
    op.drop_table("occupation_labels")
    op.drop_table("occupation_codes")
