"""Server-side secrets shared by all replicas (e.g. the pseudonym key); never sent or logged."""

import sqlalchemy as sa

from matchwerk.db import metadata

server_secrets = sa.Table(
    "server_secrets",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("value", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.CheckConstraint("octet_length(value) >= 32", name="value_length"),
)
