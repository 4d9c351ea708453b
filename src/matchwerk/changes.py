"""The change log written by database triggers on every candidate and vacancy change (see the migration);
retention prunes it (``privacy/repository.py``)."""

import sqlalchemy as sa

from matchwerk.db import metadata

entity_changes = sa.Table(
    "entity_changes",
    metadata,
    sa.Column("change_no", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column(
        "xact_id",
        sa.BigInteger,
        nullable=False,
        server_default=sa.text("(pg_current_xact_id())::text::bigint"),
    ),
    sa.Column("entity", sa.Text, nullable=False),
    sa.Column("entity_id", sa.Uuid, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("false")),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.CheckConstraint("entity IN ('candidate', 'vacancy')", name="entity"),
    sa.Index("ix_entity_changes_xact_id", "xact_id"),
    sa.Index("ix_entity_changes_entity_id", "entity_id", "change_no"),
)
