"""Vacancies: table and API schemas."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID, uuid4

import sqlalchemy as sa
from pydantic import BaseModel, Field, field_validator
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from matchwerk.common import (
    CefrLevel,
    EmploymentType,
    KldbCode,
    LanguageCode,
    Location,
    LocationInput,
    LongText,
    NotNull,
    ShortText,
    StrictModel,
)
from matchwerk.model_columns import column, flag, one_of
from matchwerk.occupations import service as occupation_service
from matchwerk.occupations.models import Resolution

ExternalId = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:~@+-]+$")]


class VacancyStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    FILLED = "filled"
    CLOSED = "closed"


class RecognitionRequirement(StrEnum):
    AUTO = "auto"
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"


class Vacancy(SQLModel, table=True):
    __tablename__ = "vacancies"
    __table_args__ = (
        sa.UniqueConstraint("employer_id", "external_id", name="uq_vacancies_employer_external"),
        sa.CheckConstraint(one_of("status", VacancyStatus), name="status"),
        sa.CheckConstraint(one_of("employment_type", EmploymentType), name="employment_type"),
        sa.CheckConstraint(one_of("german_min", CefrLevel), name="german_min"),
        sa.CheckConstraint(one_of("recognition_requirement", RecognitionRequirement), name="recognition"),
        sa.CheckConstraint("kldb_code ~ '^[0-9]{5}$'", name="kldb_code"),
        sa.CheckConstraint("positions >= 1", name="positions"),
        sa.CheckConstraint("positions_filled >= 0", name="positions_filled"),
        sa.CheckConstraint("radius_km >= 0", name="radius_km"),
        sa.CheckConstraint("jsonb_typeof(required_languages) = 'array'", name="required_languages"),
        sa.Index("ix_vacancies_kldb_code", "kldb_code", postgresql_ops={"kldb_code": "text_pattern_ops"}),
        sa.Index("ix_vacancies_created", "created_at", "id"),
    )

    id: UUID = SQLField(default_factory=uuid4, primary_key=True)
    employer_id: UUID = SQLField(foreign_key="employers.id", ondelete="CASCADE", index=True)
    external_id: str | None = SQLField(default=None, sa_column=column(sa.Text))
    title: str = SQLField(sa_column=column(sa.Text, nullable=False))
    kldb_code: str | None = SQLField(default=None, sa_column=column(sa.Text))
    isco08_code: str | None = SQLField(default=None, sa_column=column(sa.Text))
    resolution: dict[str, Any] | None = SQLField(default=None, sa_column=column(JSONB))
    description: str | None = SQLField(default=None, sa_column=column(sa.Text))
    postal_code: str | None = SQLField(default=None, sa_column=column(sa.Text))
    municipality: str | None = SQLField(default=None, sa_column=column(sa.Text))
    radius_km: int | None = SQLField(default=None, sa_column=column(sa.Integer))
    employment_type: str = SQLField(sa_column=column(sa.Text, nullable=False, default="full_time"))
    positions: int = SQLField(default=1, sa_column=column(sa.Integer, nullable=False, default="1"))
    # raised by each hire (placements); the vacancy becomes filled when it reaches ``positions``
    positions_filled: int = SQLField(default=0, sa_column=column(sa.Integer, nullable=False, default="0"))
    start_date: date | None = SQLField(default=None, sa_column=column(sa.Date))
    german_min: str | None = SQLField(default=None, sa_column=column(sa.Text))
    required_languages: list[dict[str, Any]] = SQLField(
        default_factory=list, sa_column=column(JSONB, nullable=False, default="[]")
    )
    min_years_experience: float | None = SQLField(default=None, sa_column=column(sa.Float))
    recognition_requirement: str = SQLField(sa_column=column(sa.Text, nullable=False, default="auto"))
    offers_language_course: bool = flag()
    offers_recognition_support: bool = flag()
    offers_housing: bool = flag()
    status: str = SQLField(sa_column=column(sa.Text, nullable=False, default="open"))
    version: int = SQLField(default=1, sa_column=column(sa.Integer, nullable=False, default="1"))
    change_no: int = SQLField(default=0, sa_column=column(sa.BigInteger, nullable=False, default="0"))
    created_at: datetime = SQLField(
        default=None, sa_column=column(sa.DateTime(timezone=True), nullable=False, default=sa.func.now())
    )
    updated_at: datetime = SQLField(
        default=None, sa_column=column(sa.DateTime(timezone=True), nullable=False, default=sa.func.now())
    )


class RequiredLanguage(StrictModel):
    """A language other than German that the job needs."""

    code: LanguageCode
    level: CefrLevel


class Requirements(StrictModel):
    """What the job asks for."""

    german_min: CefrLevel | None = None
    languages: list[RequiredLanguage] = Field(default_factory=list, max_length=10)
    min_years_experience: float | None = Field(default=None, ge=0, le=50)
    recognition: RecognitionRequirement = RecognitionRequirement.AUTO

    @field_validator("languages")
    @classmethod
    def _distinct_languages(cls, value: list[RequiredLanguage]) -> list[RequiredLanguage]:
        codes = [item.code for item in value]
        if len(codes) != len(set(codes)) or "de" in codes:
            raise ValueError("each language at most once; German goes into german_min")
        return value


class Offers(StrictModel):
    """What the employer offers beyond the job."""

    language_course: bool = False
    recognition_support: bool = False
    housing: bool = False


class VacancyFields(StrictModel):
    """The fields of a vacancy a client writes (a full replacement)."""

    title: ShortText
    kldb_code: KldbCode | None = None
    description: LongText | None = None
    location: LocationInput = Field(default_factory=LocationInput)
    radius_km: int | None = Field(default=None, ge=0, le=1000)
    employment_type: EmploymentType = EmploymentType.FULL_TIME
    positions: int = Field(default=1, ge=1, le=10_000)
    start_date: date | None = None
    requirements: Requirements = Field(default_factory=Requirements)
    offers: Offers = Field(default_factory=Offers)
    status: VacancyStatus = VacancyStatus.OPEN


class VacancyCreate(VacancyFields):
    """A new vacancy; an employer key implies ``employer_id``."""

    employer_id: UUID | None = None
    external_id: ExternalId | None = None


class VacancyPut(VacancyFields):
    """Create-or-replace body for ``PUT /vacancies/external/{external_id}``."""

    employer_id: UUID | None = None


class VacancyUpdate(StrictModel):
    """A partial update; nested objects are merged, omitted fields stay as they are."""

    title: Annotated[ShortText | None, NotNull] = None
    kldb_code: KldbCode | None = None
    description: LongText | None = None
    location: LocationInput | None = None
    radius_km: int | None = Field(default=None, ge=0, le=1000)
    employment_type: Annotated[EmploymentType | None, NotNull] = None
    positions: Annotated[int | None, NotNull] = Field(default=None, ge=1, le=10_000)
    start_date: date | None = None
    requirements: Requirements | None = None
    offers: Offers | None = None
    status: Annotated[VacancyStatus | None, NotNull] = None


class VacancyPublic(BaseModel):
    """A vacancy as the API returns it."""

    id: UUID
    employer_id: UUID
    external_id: str | None
    title: str
    kldb_code: str | None
    isco08_code: str | None
    resolution: Resolution | None
    description: str | None
    location: Location
    radius_km: int | None
    employment_type: EmploymentType
    positions: int
    positions_filled: int = Field(default=0, description="Hires recorded through placements.")
    start_date: date | None
    requirements: Requirements
    offers: Offers
    status: VacancyStatus
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: Vacancy) -> "VacancyPublic":
        """Shape a row for the API."""
        return cls(
            id=row.id,
            employer_id=row.employer_id,
            external_id=row.external_id,
            title=row.title,
            kldb_code=row.kldb_code,
            isco08_code=row.isco08_code,
            resolution=occupation_service.stored_resolution(row.resolution, row.kldb_code),
            description=row.description,
            location=Location(postal_code=row.postal_code, municipality=row.municipality),
            radius_km=row.radius_km,
            employment_type=EmploymentType(row.employment_type),
            positions=row.positions,
            positions_filled=row.positions_filled,
            start_date=row.start_date,
            requirements=Requirements(
                german_min=CefrLevel(row.german_min) if row.german_min else None,
                languages=[RequiredLanguage.model_validate(x) for x in row.required_languages],
                min_years_experience=row.min_years_experience,
                recognition=RecognitionRequirement(row.recognition_requirement),
            ),
            offers=Offers(
                language_course=row.offers_language_course,
                recognition_support=row.offers_recognition_support,
                housing=row.offers_housing,
            ),
            status=VacancyStatus(row.status),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
