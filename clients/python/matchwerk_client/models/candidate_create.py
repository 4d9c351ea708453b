from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_status import CandidateStatus
from ..models.employment_type import EmploymentType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.consent import Consent
  from ..models.language_in import LanguageIn
  from ..models.location_input import LocationInput
  from ..models.occupation_in import OccupationIn
  from ..models.personal import Personal
  from ..models.residence import Residence





T = TypeVar("T", bound="CandidateCreate")



@_attrs_define
class CandidateCreate:
    """ A new candidate profile.

        Attributes:
            reception_centre (str):
            reference (str):
            available_from (datetime.date | None | Unset):
            consent (Consent | Unset): What the person agreed to; everything defaults to no.
            driving_licences (list[str] | Unset):
            employment_types (list[EmploymentType] | Unset):
            languages (list[LanguageIn] | Unset):
            location (LocationInput | Unset): A place as clients send it: a postal code must be a German postal code that
                exists.
            max_commute_km (int | None | Unset):
            occupations (list[OccupationIn] | Unset):
            personal (Personal | Unset): Personal data: only advisors, admins and the person's reception centre see it.
            residence (Residence | Unset): Residence status and the resulting right to work.
            skills (list[str] | Unset):
            status (CandidateStatus | Unset):
            willing_to_relocate (bool | Unset):  Default: False.
     """

    reception_centre: str
    reference: str
    available_from: datetime.date | None | Unset = UNSET
    consent: Consent | Unset = UNSET
    driving_licences: list[str] | Unset = UNSET
    employment_types: list[EmploymentType] | Unset = UNSET
    languages: list[LanguageIn] | Unset = UNSET
    location: LocationInput | Unset = UNSET
    max_commute_km: int | None | Unset = UNSET
    occupations: list[OccupationIn] | Unset = UNSET
    personal: Personal | Unset = UNSET
    residence: Residence | Unset = UNSET
    skills: list[str] | Unset = UNSET
    status: CandidateStatus | Unset = UNSET
    willing_to_relocate: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.language_in import LanguageIn # noqa: PLC0415
        from ..models.location_input import LocationInput # noqa: PLC0415
        from ..models.occupation_in import OccupationIn # noqa: PLC0415
        from ..models.personal import Personal # noqa: PLC0415
        from ..models.residence import Residence # noqa: PLC0415
        reception_centre = self.reception_centre

        reference = self.reference

        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        elif isinstance(self.available_from, datetime.date):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        consent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consent, Unset):
            consent = self.consent.to_dict()

        driving_licences: list[str] | Unset = UNSET
        if not isinstance(self.driving_licences, Unset):
            driving_licences = self.driving_licences



        employment_types: list[str] | Unset = UNSET
        if not isinstance(self.employment_types, Unset):
            employment_types = []
            for employment_types_item_data in self.employment_types:
                employment_types_item = employment_types_item_data.value
                employment_types.append(employment_types_item)



        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)



        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        max_commute_km: int | None | Unset
        if isinstance(self.max_commute_km, Unset):
            max_commute_km = UNSET
        else:
            max_commute_km = self.max_commute_km

        occupations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.occupations, Unset):
            occupations = []
            for occupations_item_data in self.occupations:
                occupations_item = occupations_item_data.to_dict()
                occupations.append(occupations_item)



        personal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personal, Unset):
            personal = self.personal.to_dict()

        residence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.residence, Unset):
            residence = self.residence.to_dict()

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills



        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        willing_to_relocate = self.willing_to_relocate


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reception_centre": reception_centre,
            "reference": reference,
        })
        if available_from is not UNSET:
            field_dict["available_from"] = available_from
        if consent is not UNSET:
            field_dict["consent"] = consent
        if driving_licences is not UNSET:
            field_dict["driving_licences"] = driving_licences
        if employment_types is not UNSET:
            field_dict["employment_types"] = employment_types
        if languages is not UNSET:
            field_dict["languages"] = languages
        if location is not UNSET:
            field_dict["location"] = location
        if max_commute_km is not UNSET:
            field_dict["max_commute_km"] = max_commute_km
        if occupations is not UNSET:
            field_dict["occupations"] = occupations
        if personal is not UNSET:
            field_dict["personal"] = personal
        if residence is not UNSET:
            field_dict["residence"] = residence
        if skills is not UNSET:
            field_dict["skills"] = skills
        if status is not UNSET:
            field_dict["status"] = status
        if willing_to_relocate is not UNSET:
            field_dict["willing_to_relocate"] = willing_to_relocate

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.language_in import LanguageIn # noqa: PLC0415
        from ..models.location_input import LocationInput # noqa: PLC0415
        from ..models.occupation_in import OccupationIn # noqa: PLC0415
        from ..models.personal import Personal # noqa: PLC0415
        from ..models.residence import Residence # noqa: PLC0415
        d = dict(src_dict)
        reception_centre = d.pop("reception_centre")

        reference = d.pop("reference")

        def _parse_available_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.date.fromisoformat(data)



                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        available_from = _parse_available_from(d.pop("available_from", UNSET))


        _consent = d.pop("consent", UNSET)
        consent: Consent | Unset
        if isinstance(_consent,  Unset):
            consent = UNSET
        else:
            consent = Consent.from_dict(_consent)




        driving_licences = cast(list[str], d.pop("driving_licences", UNSET))


        _employment_types = d.pop("employment_types", UNSET)
        employment_types: list[EmploymentType] | Unset = UNSET
        if _employment_types is not UNSET:
            employment_types = []
            for employment_types_item_data in _employment_types:
                employment_types_item = EmploymentType(employment_types_item_data)



                employment_types.append(employment_types_item)


        _languages = d.pop("languages", UNSET)
        languages: list[LanguageIn] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = LanguageIn.from_dict(languages_item_data)



                languages.append(languages_item)


        _location = d.pop("location", UNSET)
        location: LocationInput | Unset
        if isinstance(_location,  Unset):
            location = UNSET
        else:
            location = LocationInput.from_dict(_location)




        def _parse_max_commute_km(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_commute_km = _parse_max_commute_km(d.pop("max_commute_km", UNSET))


        _occupations = d.pop("occupations", UNSET)
        occupations: list[OccupationIn] | Unset = UNSET
        if _occupations is not UNSET:
            occupations = []
            for occupations_item_data in _occupations:
                occupations_item = OccupationIn.from_dict(occupations_item_data)



                occupations.append(occupations_item)


        _personal = d.pop("personal", UNSET)
        personal: Personal | Unset
        if isinstance(_personal,  Unset):
            personal = UNSET
        else:
            personal = Personal.from_dict(_personal)




        _residence = d.pop("residence", UNSET)
        residence: Residence | Unset
        if isinstance(_residence,  Unset):
            residence = UNSET
        else:
            residence = Residence.from_dict(_residence)




        skills = cast(list[str], d.pop("skills", UNSET))


        _status = d.pop("status", UNSET)
        status: CandidateStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = CandidateStatus(_status)




        willing_to_relocate = d.pop("willing_to_relocate", UNSET)

        candidate_create = cls(
            reception_centre=reception_centre,
            reference=reference,
            available_from=available_from,
            consent=consent,
            driving_licences=driving_licences,
            employment_types=employment_types,
            languages=languages,
            location=location,
            max_commute_km=max_commute_km,
            occupations=occupations,
            personal=personal,
            residence=residence,
            skills=skills,
            status=status,
            willing_to_relocate=willing_to_relocate,
        )

        return candidate_create

