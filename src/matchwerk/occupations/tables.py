"""Tables for occupation data imported from official classifications (KldB 2010, ESCO)."""

import sqlalchemy as sa

from matchwerk.db import metadata

occupation_codes = sa.Table(
    "occupation_codes",
    metadata,
    sa.Column("kldb_code", sa.Text, primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.CheckConstraint("kldb_code ~ '^[0-9]{1,5}$'", name="kldb_code"),
)

occupation_labels = sa.Table(
    "occupation_labels",
    metadata,
    sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
    sa.Column("kldb_code", sa.Text, nullable=False),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("lang", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.UniqueConstraint("kldb_code", "label", "lang", "source", name="uq_occupation_labels_entry"),
    sa.CheckConstraint("kldb_code ~ '^[0-9]{5}$'", name="kldb_code"),
)

# One row; bumped by every import so each process reloads its in-memory engine on its next use.
occupation_catalogue_state = sa.Table(
    "occupation_catalogue_state",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("revision", sa.BigInteger, nullable=False, server_default="0"),
    sa.CheckConstraint("id = 1", name="single_row"),
)
