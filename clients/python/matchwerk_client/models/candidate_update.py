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





T = TypeVar("T", bound="CandidateUpdate")



@_attrs_define
class CandidateUpdate:
    """ A partial update: nested objects are merged, lists are replaced, omitted fields stay.

        Attributes:
            available_from (datetime.date | None | Unset):
            consent (Consent | None | Unset):
            driving_licences (list[str] | Unset):
            employment_types (list[EmploymentType] | Unset):
            languages (list[LanguageIn] | None | Unset):
            location (LocationInput | None | Unset):
            max_commute_km (int | None | Unset):
            occupations (list[OccupationIn] | None | Unset):
            personal (None | Personal | Unset):
            reception_centre (str | Unset):
            reference (str | Unset):
            residence (None | Residence | Unset):
            skills (list[str] | Unset):
            status (CandidateStatus | Unset):
            willing_to_relocate (bool | Unset):
     """

    available_from: datetime.date | None | Unset = UNSET
    consent: Consent | None | Unset = UNSET
    driving_licences: list[str] | Unset = UNSET
    employment_types: list[EmploymentType] | Unset = UNSET
    languages: list[LanguageIn] | None | Unset = UNSET
    location: LocationInput | None | Unset = UNSET
    max_commute_km: int | None | Unset = UNSET
    occupations: list[OccupationIn] | None | Unset = UNSET
    personal: None | Personal | Unset = UNSET
    reception_centre: str | Unset = UNSET
    reference: str | Unset = UNSET
    residence: None | Residence | Unset = UNSET
    skills: list[str] | Unset = UNSET
    status: CandidateStatus | Unset = UNSET
    willing_to_relocate: bool | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.language_in import LanguageIn # noqa: PLC0415
        from ..models.location_input import LocationInput # noqa: PLC0415
        from ..models.occupation_in import OccupationIn # noqa: PLC0415
        from ..models.personal import Personal # noqa: PLC0415
        from ..models.residence import Residence # noqa: PLC0415
        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        elif isinstance(self.available_from, datetime.date):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, Consent):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        driving_licences: list[str] | Unset = UNSET
        if not isinstance(self.driving_licences, Unset):
            driving_licences = self.driving_licences



        employment_types: list[str] | Unset = UNSET
        if not isinstance(self.employment_types, Unset):
            employment_types = []
            for employment_types_item_data in self.employment_types:
                employment_types_item = employment_types_item_data.value
                employment_types.append(employment_types_item)



        languages: list[dict[str, Any]] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = []
            for languages_type_0_item_data in self.languages:
                languages_type_0_item = languages_type_0_item_data.to_dict()
                languages.append(languages_type_0_item)


        else:
            languages = self.languages

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LocationInput):
            location = self.location.to_dict()
        else:
            location = self.location

        max_commute_km: int | None | Unset
        if isinstance(self.max_commute_km, Unset):
            max_commute_km = UNSET
        else:
            max_commute_km = self.max_commute_km

        occupations: list[dict[str, Any]] | None | Unset
        if isinstance(self.occupations, Unset):
            occupations = UNSET
        elif isinstance(self.occupations, list):
            occupations = []
            for occupations_type_0_item_data in self.occupations:
                occupations_type_0_item = occupations_type_0_item_data.to_dict()
                occupations.append(occupations_type_0_item)


        else:
            occupations = self.occupations

        personal: dict[str, Any] | None | Unset
        if isinstance(self.personal, Unset):
            personal = UNSET
        elif isinstance(self.personal, Personal):
            personal = self.personal.to_dict()
        else:
            personal = self.personal

        reception_centre = self.reception_centre

        reference = self.reference

        residence: dict[str, Any] | None | Unset
        if isinstance(self.residence, Unset):
            residence = UNSET
        elif isinstance(self.residence, Residence):
            residence = self.residence.to_dict()
        else:
            residence = self.residence

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills



        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        willing_to_relocate = self.willing_to_relocate


        field_dict: dict[str, Any] = {}

        field_dict.update({
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
        if reception_centre is not UNSET:
            field_dict["reception_centre"] = reception_centre
        if reference is not UNSET:
            field_dict["reference"] = reference
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


        def _parse_consent(data: object) -> Consent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = Consent.from_dict(data)



                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Consent | None | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))


        driving_licences = cast(list[str], d.pop("driving_licences", UNSET))


        _employment_types = d.pop("employment_types", UNSET)
        employment_types: list[EmploymentType] | Unset = UNSET
        if _employment_types is not UNSET:
            employment_types = []
            for employment_types_item_data in _employment_types:
                employment_types_item = EmploymentType(employment_types_item_data)



                employment_types.append(employment_types_item)


        def _parse_languages(data: object) -> list[LanguageIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                languages_type_0 = []
                _languages_type_0 = data
                for languages_type_0_item_data in (_languages_type_0):
                    languages_type_0_item = LanguageIn.from_dict(languages_type_0_item_data)



                    languages_type_0.append(languages_type_0_item)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LanguageIn] | None | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))


        def _parse_location(data: object) -> LocationInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = LocationInput.from_dict(data)



                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationInput | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_max_commute_km(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_commute_km = _parse_max_commute_km(d.pop("max_commute_km", UNSET))


        def _parse_occupations(data: object) -> list[OccupationIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                occupations_type_0 = []
                _occupations_type_0 = data
                for occupations_type_0_item_data in (_occupations_type_0):
                    occupations_type_0_item = OccupationIn.from_dict(occupations_type_0_item_data)



                    occupations_type_0.append(occupations_type_0_item)

                return occupations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OccupationIn] | None | Unset, data)

        occupations = _parse_occupations(d.pop("occupations", UNSET))


        def _parse_personal(data: object) -> None | Personal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                personal_type_0 = Personal.from_dict(data)



                return personal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Personal | Unset, data)

        personal = _parse_personal(d.pop("personal", UNSET))


        reception_centre = d.pop("reception_centre", UNSET)

        reference = d.pop("reference", UNSET)

        def _parse_residence(data: object) -> None | Residence | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                residence_type_0 = Residence.from_dict(data)



                return residence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Residence | Unset, data)

        residence = _parse_residence(d.pop("residence", UNSET))


        skills = cast(list[str], d.pop("skills", UNSET))


        _status = d.pop("status", UNSET)
        status: CandidateStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = CandidateStatus(_status)




        willing_to_relocate = d.pop("willing_to_relocate", UNSET)

        candidate_update = cls(
            available_from=available_from,
            consent=consent,
            driving_licences=driving_licences,
            employment_types=employment_types,
            languages=languages,
            location=location,
            max_commute_km=max_commute_km,
            occupations=occupations,
            personal=personal,
            reception_centre=reception_centre,
            reference=reference,
            residence=residence,
            skills=skills,
            status=status,
            willing_to_relocate=willing_to_relocate,
        )

        return candidate_update

