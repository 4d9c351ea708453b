"""Initial schema: employers, vacancies, candidates (profile, personal data, occupations, languages),
API keys, and the change log that keeps matching indexes current.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-21 12:22:52.792416
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every write to a candidate or vacancy gets a number from one sequence and a row in entity_changes with the
# writing transaction's id, so an in-memory index can catch up with "changes since N" (MATCHING.md §4).
CHANGE_TRACKING_UP = [
    "CREATE SEQUENCE change_no_seq",
    """CREATE TABLE entity_changes (
        change_no bigint CONSTRAINT pk_entity_changes PRIMARY KEY,
        xact_id bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
        entity text NOT NULL CONSTRAINT ck_entity_changes_entity CHECK (entity IN ('candidate', 'vacancy')),
        entity_id uuid NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        changed_at timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE INDEX ix_entity_changes_xact_id ON entity_changes (xact_id)",
    """CREATE FUNCTION matchwerk_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.change_no := nextval('change_no_seq');
        INSERT INTO entity_changes (change_no, entity, entity_id) VALUES (NEW.change_no, TG_ARGV[0], NEW.id);
        RETURN NEW;
    END $$""",
    """CREATE FUNCTION matchwerk_log_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO entity_changes (change_no, entity, entity_id, deleted)
        VALUES (nextval('change_no_seq'), TG_ARGV[0], OLD.id, true);
        RETURN OLD;
    END $$""",
    "CREATE TRIGGER trg_candidates_change BEFORE INSERT OR UPDATE ON candidates "
    "FOR EACH ROW EXECUTE FUNCTION matchwerk_stamp_change('candidate')",
    "CREATE TRIGGER trg_candidates_delete AFTER DELETE ON candidates "
    "FOR EACH ROW EXECUTE FUNCTION matchwerk_log_delete('candidate')",
    "CREATE TRIGGER trg_vacancies_change BEFORE INSERT OR UPDATE ON vacancies "
    "FOR EACH ROW EXECUTE FUNCTION matchwerk_stamp_change('vacancy')",
    "CREATE TRIGGER trg_vacancies_delete AFTER DELETE ON vacancies "
    "FOR EACH ROW EXECUTE FUNCTION matchwerk_log_delete('vacancy')",
]
CHANGE_TRACKING_DOWN = [
    "DROP TRIGGER trg_vacancies_delete ON vacancies",
    "DROP TRIGGER trg_vacancies_change ON vacancies",
    "DROP TRIGGER trg_candidates_delete ON candidates",
    "DROP TRIGGER trg_candidates_change ON candidates",
    "DROP FUNCTION matchwerk_log_delete()",
    "DROP FUNCTION matchwerk_stamp_change()",
    "DROP TABLE entity_changes",
    "DROP SEQUENCE change_no_seq",
]


def upgrade() -> None:
    op.create_table(
        "candidates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("reception_centre", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default="active", nullable=False),
        sa.Column("consent_matching", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("consent_share_with_employers", sa.Boolean(), server_default="false", nullable=False),
        sa.Column(
            "consent_share_with_employment_agency", sa.Boolean(), server_default="false", nullable=False
        ),
        sa.Column("residence_status", sa.Text(), nullable=True),
        sa.Column("work_authorization", sa.Text(), nullable=True),
        sa.Column("postal_code", sa.Text(), nullable=True),
        sa.Column("municipality", sa.Text(), nullable=True),
        sa.Column("max_commute_km", sa.Integer(), nullable=True),
        sa.Column("willing_to_relocate", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("skills", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("driving_licences", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("available_from", sa.Date(), nullable=True),
        sa.Column("employment_types", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("change_no", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "residence_status IN ('asylum_seeker', 'tolerated', 'residence_permit', 'temporary_protection', 'settlement_permit', 'eu_citizen', 'other')",
            name=op.f("ck_candidates_residence_status"),
        ),
        sa.CheckConstraint("status IN ('active', 'placed', 'inactive')", name=op.f("ck_candidates_status")),
        sa.CheckConstraint(
            "work_authorization IN ('permitted', 'permitted_with_approval', 'not_permitted')",
            name=op.f("ck_candidates_work_authorization"),
        ),
        sa.CheckConstraint("max_commute_km >= 0", name=op.f("ck_candidates_max_commute_km")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidates")),
        sa.UniqueConstraint("reference", name=op.f("uq_candidates_reference")),
    )
    op.create_index("ix_candidates_created", "candidates", ["created_at", "id"], unique=False)
    op.create_index("ix_candidates_reception_centre", "candidates", ["reception_centre"], unique=False)
    op.create_table(
        "employers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sector", sa.Text(), nullable=True),
        sa.Column("size", sa.Text(), nullable=True),
        sa.Column("handwerk", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("postal_code", sa.Text(), nullable=True),
        sa.Column("municipality", sa.Text(), nullable=True),
        sa.Column("contact_name", sa.Text(), nullable=True),
        sa.Column("contact_email", sa.Text(), nullable=True),
        sa.Column("contact_phone", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("size IN ('micro','small','medium','large')", name=op.f("ck_employers_size")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employers")),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("employer_id", sa.Uuid(), nullable=True),
        sa.Column("reception_centre", sa.Text(), nullable=True),
        sa.Column("token_hash", sa.Text(), nullable=False),
        sa.Column("token_prefix", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "role <> 'employer' OR employer_id IS NOT NULL", name=op.f("ck_api_keys_employer_scope")
        ),
        sa.CheckConstraint(
            "role <> 'intake' OR reception_centre IS NOT NULL", name=op.f("ck_api_keys_intake_scope")
        ),
        sa.CheckConstraint(
            "role IN ('admin','advisor','intake','employer','partner')", name=op.f("ck_api_keys_role")
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_api_keys_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_keys_token_hash")),
    )
    op.create_table(
        "candidate_languages",
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "certificate IN ('goethe', 'telc', 'testdaf', 'dtz', 'osd', 'other', 'none')",
            name=op.f("ck_candidate_languages_certificate"),
        ),
        sa.CheckConstraint(
            "level IN ('A1','A2','B1','B2','C1','C2','native')", name=op.f("ck_candidate_languages_level")
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_candidate_languages_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("candidate_id", "code", name=op.f("pk_candidate_languages")),
    )
    op.create_table(
        "candidate_occupations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kldb_code", sa.Text(), nullable=True),
        sa.Column("isco08_code", sa.Text(), nullable=True),
        sa.Column("resolution", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("years_experience", sa.Float(), nullable=True),
        sa.Column("qualification_level", sa.Text(), nullable=True),
        sa.Column("qualification_country", sa.Text(), nullable=True),
        sa.Column("recognition_status", sa.Text(), server_default="not_started", nullable=False),
        sa.Column("recognition_reference_occupation", sa.Text(), nullable=True),
        sa.Column("recognition_compensation_measure", sa.Text(), nullable=True),
        sa.CheckConstraint("kldb_code ~ '^[0-9]{5}$'", name=op.f("ck_candidate_occupations_kldb_code")),
        sa.CheckConstraint(
            "qualification_level IN ('none', 'on_the_job', 'vocational', 'bachelor', 'master', 'doctorate')",
            name=op.f("ck_candidate_occupations_qualification_level"),
        ),
        sa.CheckConstraint(
            "recognition_status IN ('not_started', 'not_required', 'applied', 'partial', 'full', 'rejected', 'zab_evaluated')",
            name=op.f("ck_candidate_occupations_recognition_status"),
        ),
        sa.CheckConstraint("years_experience >= 0", name=op.f("ck_candidate_occupations_years_experience")),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_candidate_occupations_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_occupations")),
        sa.UniqueConstraint("candidate_id", "position", name="uq_candidate_occupations_position"),
    )
    op.create_index(
        op.f("ix_candidate_occupations_candidate_id"), "candidate_occupations", ["candidate_id"], unique=False
    )
    op.create_index(
        "ix_candidate_occupations_kldb",
        "candidate_occupations",
        ["kldb_code"],
        unique=False,
        postgresql_ops={"kldb_code": "text_pattern_ops"},
    )
    op.create_table(
        "candidate_personal",
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("given_name", sa.Text(), nullable=True),
        sa.Column("family_name", sa.Text(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("nationality", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_candidate_personal_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_candidate_personal")),
    )
    op.create_table(
        "vacancies",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("employer_id", sa.Uuid(), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kldb_code", sa.Text(), nullable=True),
        sa.Column("isco08_code", sa.Text(), nullable=True),
        sa.Column("resolution", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("postal_code", sa.Text(), nullable=True),
        sa.Column("municipality", sa.Text(), nullable=True),
        sa.Column("radius_km", sa.Integer(), nullable=True),
        sa.Column("employment_type", sa.Text(), server_default="full_time", nullable=False),
        sa.Column("positions", sa.Integer(), server_default="1", nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("german_min", sa.Text(), nullable=True),
        sa.Column(
            "required_languages", postgresql.JSONB(astext_type=sa.Text()), server_default="[]", nullable=False
        ),
        sa.Column("min_years_experience", sa.Float(), nullable=True),
        sa.Column("recognition_requirement", sa.Text(), server_default="auto", nullable=False),
        sa.Column("offers_language_course", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("offers_recognition_support", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("offers_housing", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("status", sa.Text(), server_default="open", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("change_no", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "employment_type IN ('full_time','part_time','apprenticeship','internship')",
            name=op.f("ck_vacancies_employment_type"),
        ),
        sa.CheckConstraint(
            "german_min IN ('A1','A2','B1','B2','C1','C2','native')", name=op.f("ck_vacancies_german_min")
        ),
        sa.CheckConstraint(
            "jsonb_typeof(required_languages) = 'array'", name=op.f("ck_vacancies_required_languages")
        ),
        sa.CheckConstraint("kldb_code ~ '^[0-9]{5}$'", name=op.f("ck_vacancies_kldb_code")),
        sa.CheckConstraint(
            "recognition_requirement IN ('auto','required','not_required')",
            name=op.f("ck_vacancies_recognition"),
        ),
        sa.CheckConstraint("status IN ('open','paused','filled','closed')", name=op.f("ck_vacancies_status")),
        sa.CheckConstraint("positions >= 1", name=op.f("ck_vacancies_positions")),
        sa.CheckConstraint("radius_km >= 0", name=op.f("ck_vacancies_radius_km")),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_vacancies_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacancies")),
        sa.UniqueConstraint("employer_id", "external_id", name="uq_vacancies_employer_external"),
    )
    op.create_index("ix_vacancies_created", "vacancies", ["created_at", "id"], unique=False)
    op.create_index(op.f("ix_vacancies_employer_id"), "vacancies", ["employer_id"], unique=False)
    op.create_index(
        "ix_vacancies_kldb_code",
        "vacancies",
        ["kldb_code"],
        unique=False,
        postgresql_ops={"kldb_code": "text_pattern_ops"},
    )

    op.create_index("ix_employers_created", "employers", ["created_at", "id"], unique=False)
    for statement in CHANGE_TRACKING_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in CHANGE_TRACKING_DOWN:
        op.execute(statement)
    op.drop_index("ix_employers_created", table_name="employers")
    op.drop_index(
        "ix_vacancies_kldb_code", table_name="vacancies", postgresql_ops={"kldb_code": "text_pattern_ops"}
    )
    op.drop_index(op.f("ix_vacancies_employer_id"), table_name="vacancies")
    op.drop_index("ix_vacancies_created", table_name="vacancies")
    op.drop_table("vacancies")
    op.drop_table("candidate_personal")
    op.drop_index(
        "ix_candidate_occupations_kldb",
        table_name="candidate_occupations",
        postgresql_ops={"kldb_code": "text_pattern_ops"},
    )
    op.drop_index(op.f("ix_candidate_occupations_candidate_id"), table_name="candidate_occupations")
    op.drop_table("candidate_occupations")
    op.drop_table("candidate_languages")
    op.drop_table("api_keys")
    op.drop_table("employers")
    op.drop_index("ix_candidates_reception_centre", table_name="candidates")
    op.drop_index("ix_candidates_created", table_name="candidates")
    op.drop_table("candidates")
