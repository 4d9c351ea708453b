"""Placements with their history, hires counted on vacancies, name search keys for candidates.

Revision ID: placements
Revises: users
Create Date: 2026-12-06 20:30:00
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "placements"
down_revision: str | None = "users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = "stage NOT IN ('hired', 'closed')"
_STAGES = (
    "'requested', 'proposed', 'released', 'contacted', 'interview', 'trial_work', 'offer', 'hired', 'closed'"
)
_REASONS = (
    "'not_suitable', 'employer_declined', 'candidate_declined', 'candidate_unreachable', "
    "'consent_withdrawn', 'no_work_permit', 'language', 'recognition', 'vacancy_filled', "
    "'vacancy_closed', 'duplicate', 'other'"
)


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i"})


def _fold(text: str | None) -> str:
    """A frozen copy of matchwerk.candidates.names.fold at this revision (migrations never import the app)."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_UNDECOMPOSED))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _backfill_search_names() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT candidate_id, given_name, family_name FROM candidate_personal"))
    for candidate_id, given, family in rows.fetchall():
        given_key, family_key = _fold(given), _fold(family)
        connection.execute(
            sa.text(
                "UPDATE candidate_personal SET search_name = :forward, search_name_reversed = :reversed "
                "WHERE candidate_id = :id"
            ),
            {
                "id": candidate_id,
                "forward": f"{given_key} {family_key}".strip() or None,
                "reversed": f"{family_key} {given_key}".strip() or None,
            },
        )


def upgrade() -> None:
    op.create_table(
        "placements",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=True),
        sa.Column("vacancy_id", sa.Uuid(), nullable=False),
        sa.Column("employer_id", sa.Uuid(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("closed_reason", sa.Text(), nullable=True),
        sa.Column("score_at_proposal", sa.Float(), nullable=True),
        sa.Column(
            "components_at_proposal",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.Column("flags_at_proposal", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("next_step_due", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(f"stage IN ({_STAGES})", name=op.f("ck_placements_stage")),
        sa.CheckConstraint(f"closed_reason IN ({_REASONS})", name=op.f("ck_placements_closed_reason")),
        sa.CheckConstraint(
            "(stage = 'closed') = (closed_reason IS NOT NULL)", name=op.f("ck_placements_closed_has_reason")
        ),
        sa.CheckConstraint(
            "jsonb_typeof(components_at_proposal) = 'object'", name=op.f("ck_placements_components")
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_placements_candidate_id_candidates"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_placements_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancies.id"],
            name=op.f("fk_placements_vacancy_id_vacancies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
    )
    op.create_index(
        "uq_placements_open_pair",
        "placements",
        ["candidate_id", "vacancy_id"],
        unique=True,
        postgresql_where=sa.text(_OPEN),
    )
    op.create_index("ix_placements_created", "placements", ["created_at", "id"], unique=False)
    op.create_index("ix_placements_vacancy", "placements", ["vacancy_id"], unique=False)
    op.create_index("ix_placements_employer", "placements", ["employer_id", "created_at"], unique=False)
    op.create_index(
        "ix_placements_due", "placements", ["next_step_due"], unique=False, postgresql_where=sa.text(_OPEN)
    )
    op.create_index(op.f("ix_placements_candidate_id"), "placements", ["candidate_id"], unique=False)
    op.create_table(
        "placement_history",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.Text(), nullable=True),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("by_role", sa.Text(), nullable=False),
        sa.Column("by_key_id", sa.Uuid(), nullable=True),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("clock_timestamp()"), nullable=False
        ),
        sa.CheckConstraint(f"stage IN ({_STAGES})", name=op.f("ck_placement_history_stage")),
        sa.CheckConstraint(
            "by_role IN ('admin','advisor','intake','employer','partner','system')",
            name=op.f("ck_placement_history_by_role"),
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_history_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_history")),
        sa.UniqueConstraint("placement_id", "version", name="uq_placement_history_version"),
    )
    op.add_column(
        "vacancies", sa.Column("positions_filled", sa.Integer(), server_default="0", nullable=False)
    )
    op.create_check_constraint(op.f("ck_vacancies_positions_filled"), "vacancies", "positions_filled >= 0")
    op.add_column("candidate_personal", sa.Column("search_name", sa.Text(), nullable=True))
    op.add_column("candidate_personal", sa.Column("search_name_reversed", sa.Text(), nullable=True))
    _backfill_search_names()
    op.create_index(
        "ix_candidate_personal_search_name",
        "candidate_personal",
        ["search_name"],
        unique=False,
        postgresql_ops={"search_name": "text_pattern_ops"},
    )
    op.create_index(
        "ix_candidate_personal_search_name_reversed",
        "candidate_personal",
        ["search_name_reversed"],
        unique=False,
        postgresql_ops={"search_name_reversed": "text_pattern_ops"},
    )


def downgrade() -> None:
    op.drop_index("ix_candidate_personal_search_name_reversed", table_name="candidate_personal")
    op.drop_index("ix_candidate_personal_search_name", table_name="candidate_personal")
    op.drop_column("candidate_personal", "search_name_reversed")
    op.drop_column("candidate_personal", "search_name")
    op.drop_constraint(op.f("ck_vacancies_positions_filled"), "vacancies", type_="check")
    op.drop_column("vacancies", "positions_filled")
    op.drop_table("placement_history")
    op.drop_index(op.f("ix_placements_candidate_id"), table_name="placements")
    op.drop_index("ix_placements_due", table_name="placements", postgresql_where=sa.text(_OPEN))
    op.drop_index("ix_placements_employer", table_name="placements")
    op.drop_index("ix_placements_vacancy", table_name="placements")
    op.drop_index("ix_placements_created", table_name="placements")
    op.drop_index("uq_placements_open_pair", table_name="placements", postgresql_where=sa.text(_OPEN))
    op.drop_table("placements")
