"""Retention of the logs: the append-only trigger lets the retention job prune audit events older than 30
days, and an index on the change log finds an entity's newer rows (superseded rows are pruned).

Revision ID: audit_retention
Revises: placements
Create Date: 2026-12-07 03:00:00

The log stays append-only for everything else: UPDATE is always refused, and DELETE only inside a
transaction that has set ``matchwerk.audit_prune`` (the retention job does, just around its DELETE) and
only for events older than 30 days, so that even a mistaken prune cannot remove what a restore from a
backup (kept at most 30 days) needs to replay erasures.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "audit_retention"
down_revision: str | None = "placements"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRUNABLE = """CREATE OR REPLACE FUNCTION matchwerk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE'
       AND current_setting('matchwerk.audit_prune', true) = 'on'
       AND OLD.created_at < clock_timestamp() - interval '30 days' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$"""

APPEND_ONLY = """CREATE OR REPLACE FUNCTION matchwerk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$"""


def upgrade() -> None:
    op.execute(PRUNABLE)
    op.create_index("ix_entity_changes_entity_id", "entity_changes", ["entity_id", "change_no"])


def downgrade() -> None:
    op.drop_index("ix_entity_changes_entity_id", table_name="entity_changes")
    op.execute(APPEND_ONLY)
