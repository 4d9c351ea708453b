"""Candidate API schemas (nested, as in API.md); the tables are flat, see models.py."""

from datetime import date, datetime
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, Field, StringConstraints, field_validator

from matchwerk.candidates.models import (
    CandidateStatus,
    Certificate,
    QualificationLevel,
    RecognitionStatus,
    ResidenceStatus,
    WorkAuthorization,
)
from matchwerk.common import (
    CefrLevel,
    CountryCode,
    EmploymentType,
    KldbCode,
    LanguageCode,
    Location,
    LocationInput,
    NotNull,
    ShortText,
    StrictModel,
)
from matchwerk.employers.models import Email, Phone
from matchwerk.occupations.models import Resolution

DrivingLicence = Annotated[
    str, StringConstraints(pattern=r"^(AM|A1|A2|A|B|BE|B96|C1|C1E|C|CE|D1|D1E|D|DE|L|T)$")
]


class Personal(StrictModel):
    """Personal data: only advisors, admins and the person's reception centre see it."""

    given_name: ShortText | None = None
    family_name: ShortText | None = None
    birth_date: date | None = Field(default=None, ge=date(1900, 1, 1), le=date(2100, 1, 1))
    phone: Phone | None = None
    email: Email | None = None
    nationality: CountryCode | None = None


class Consent(StrictModel):
    """What the person agreed to; everything defaults to no."""

    matching: bool = False
    share_with_employers: bool = False
    share_with_employment_agency: bool = False


class Residence(StrictModel):
    """Residence status and the resulting right to work."""

    status: ResidenceStatus | None = None
    work_authorization: WorkAuthorization | None = None


class Qualification(StrictModel):
    level: QualificationLevel | None = None
    country: CountryCode | None = None


class Recognition(StrictModel):
    """State of the recognition (Anerkennung) of a foreign qualification."""

    status: RecognitionStatus = RecognitionStatus.NOT_STARTED
    reference_occupation: ShortText | None = None
    compensation_measure: ShortText | None = None


class OccupationIn(StrictModel):
    """An occupation as captured: a title in any language, optionally a KldB code."""

    title: ShortText
    kldb_code: KldbCode | None = None
    years_experience: float | None = Field(default=None, ge=0, le=60)
    qualification: Qualification = Field(default_factory=Qualification)
    recognition: Recognition = Field(default_factory=Recognition)


class OccupationOut(OccupationIn):
    """An occupation with its resolved codes."""

    isco08_code: str | None = None
    resolution: Resolution | None = None


class LanguageIn(StrictModel):
    code: LanguageCode
    level: CefrLevel
    certificate: Certificate | None = None


def _distinct_codes(value: list[LanguageIn]) -> list[LanguageIn]:
    codes = [item.code for item in value]
    if len(codes) != len(set(codes)):
        raise ValueError("each language at most once")
    return value


class CandidateCreate(StrictModel):
    """A new candidate profile."""

    reference: ShortText
    reception_centre: ShortText
    status: CandidateStatus = CandidateStatus.ACTIVE
    personal: Personal = Field(default_factory=Personal)
    consent: Consent = Field(default_factory=Consent)
    residence: Residence = Field(default_factory=Residence)
    location: LocationInput = Field(default_factory=LocationInput)
    max_commute_km: int | None = Field(default=None, ge=0, le=1000)
    willing_to_relocate: bool = False
    occupations: list[OccupationIn] = Field(default_factory=list, max_length=20)
    languages: list[LanguageIn] = Field(default_factory=list, max_length=20)
    skills: list[ShortText] = Field(default_factory=list, max_length=100)
    driving_licences: list[DrivingLicence] = Field(default_factory=list, max_length=20)
    available_from: date | None = None
    employment_types: list[EmploymentType] = Field(default_factory=list, max_length=4)

    _languages = field_validator("languages")(_distinct_codes)


class CandidateUpdate(StrictModel):
    """A partial update: nested objects are merged, lists are replaced, omitted fields stay."""

    reference: Annotated[ShortText | None, NotNull] = None
    reception_centre: Annotated[ShortText | None, NotNull] = None
    status: Annotated[CandidateStatus | None, NotNull] = None
    personal: Personal | None = None
    consent: Consent | None = None
    residence: Residence | None = None
    location: LocationInput | None = None
    max_commute_km: int | None = Field(default=None, ge=0, le=1000)
    willing_to_relocate: Annotated[bool | None, NotNull] = None
    occupations: list[OccupationIn] | None = Field(default=None, max_length=20)
    languages: list[LanguageIn] | None = Field(default=None, max_length=20)
    skills: Annotated[list[ShortText] | None, NotNull] = Field(default=None, max_length=100)
    driving_licences: Annotated[list[DrivingLicence] | None, NotNull] = Field(default=None, max_length=20)
    available_from: date | None = None
    employment_types: Annotated[list[EmploymentType] | None, NotNull] = Field(default=None, max_length=4)

    _languages = field_validator("languages")(lambda v: v if v is None else _distinct_codes(v))


class CandidatePublic(BaseModel):
    """A candidate as advisors and intake staff see it."""

    id: UUID
    reference: str
    reception_centre: str
    status: CandidateStatus
    personal: Personal
    consent: Consent
    residence: Residence
    location: Location
    max_commute_km: int | None
    willing_to_relocate: bool
    occupations: list[OccupationOut]
    languages: list[LanguageIn]
    skills: list[str]
    driving_licences: list[str]
    available_from: date | None
    employment_types: list[EmploymentType]
    created_at: datetime
    updated_at: datetime
