from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_status import CandidateStatus
from ..models.employment_type import EmploymentType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.consent import Consent
  from ..models.language_in import LanguageIn
  from ..models.location import Location
  from ..models.occupation_out import OccupationOut
  from ..models.personal import Personal
  from ..models.residence import Residence





T = TypeVar("T", bound="CandidatePublic")



@_attrs_define
class CandidatePublic:
    """ A candidate as advisors and intake staff see it.

        Attributes:
            available_from (datetime.date | None):
            consent (Consent): What the person agreed to; everything defaults to no.
            created_at (datetime.datetime):
            driving_licences (list[str]):
            employment_types (list[EmploymentType]):
            id (UUID):
            languages (list[LanguageIn]):
            location (Location): A place given by German postal code and/or municipality.
            max_commute_km (int | None):
            occupations (list[OccupationOut]):
            personal (Personal): Personal data: only advisors, admins and the person's reception centre see it.
            reception_centre (str):
            reference (str):
            residence (Residence): Residence status and the resulting right to work.
            skills (list[str]):
            status (CandidateStatus):
            updated_at (datetime.datetime):
            willing_to_relocate (bool):
     """

    available_from: datetime.date | None
    consent: Consent
    created_at: datetime.datetime
    driving_licences: list[str]
    employment_types: list[EmploymentType]
    id: UUID
    languages: list[LanguageIn]
    location: Location
    max_commute_km: int | None
    occupations: list[OccupationOut]
    personal: Personal
    reception_centre: str
    reference: str
    residence: Residence
    skills: list[str]
    status: CandidateStatus
    updated_at: datetime.datetime
    willing_to_relocate: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.language_in import LanguageIn # noqa: PLC0415
        from ..models.location import Location # noqa: PLC0415
        from ..models.occupation_out import OccupationOut # noqa: PLC0415
        from ..models.personal import Personal # noqa: PLC0415
        from ..models.residence import Residence # noqa: PLC0415
        available_from: None | str
        if isinstance(self.available_from, datetime.date):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        consent = self.consent.to_dict()

        created_at = self.created_at.isoformat()

        driving_licences = self.driving_licences



        employment_types = []
        for employment_types_item_data in self.employment_types:
            employment_types_item = employment_types_item_data.value
            employment_types.append(employment_types_item)



        id = str(self.id)

        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)



        location = self.location.to_dict()

        max_commute_km: int | None
        max_commute_km = self.max_commute_km

        occupations = []
        for occupations_item_data in self.occupations:
            occupations_item = occupations_item_data.to_dict()
            occupations.append(occupations_item)



        personal = self.personal.to_dict()

        reception_centre = self.reception_centre

        reference = self.reference

        residence = self.residence.to_dict()

        skills = self.skills



        status = self.status.value

        updated_at = self.updated_at.isoformat()

        willing_to_relocate = self.willing_to_relocate


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "available_from": available_from,
            "consent": consent,
            "created_at": created_at,
            "driving_licences": driving_licences,
            "employment_types": employment_types,
            "id": id,
            "languages": languages,
            "location": location,
            "max_commute_km": max_commute_km,
            "occupations": occupations,
            "personal": personal,
            "reception_centre": reception_centre,
            "reference": reference,
            "residence": residence,
            "skills": skills,
            "status": status,
            "updated_at": updated_at,
            "willing_to_relocate": willing_to_relocate,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent import Consent # noqa: PLC0415
        from ..models.language_in import LanguageIn # noqa: PLC0415
        from ..models.location import Location # noqa: PLC0415
        from ..models.occupation_out import OccupationOut # noqa: PLC0415
        from ..models.personal import Personal # noqa: PLC0415
        from ..models.residence import Residence # noqa: PLC0415
        d = dict(src_dict)
        def _parse_available_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.date.fromisoformat(data)



                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        available_from = _parse_available_from(d.pop("available_from"))


        consent = Consent.from_dict(d.pop("consent"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        driving_licences = cast(list[str], d.pop("driving_licences"))


        employment_types = []
        _employment_types = d.pop("employment_types")
        for employment_types_item_data in (_employment_types):
            employment_types_item = EmploymentType(employment_types_item_data)



            employment_types.append(employment_types_item)


        id = UUID(d.pop("id"))




        languages = []
        _languages = d.pop("languages")
        for languages_item_data in (_languages):
            languages_item = LanguageIn.from_dict(languages_item_data)



            languages.append(languages_item)


        location = Location.from_dict(d.pop("location"))




        def _parse_max_commute_km(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_commute_km = _parse_max_commute_km(d.pop("max_commute_km"))


        occupations = []
        _occupations = d.pop("occupations")
        for occupations_item_data in (_occupations):
            occupations_item = OccupationOut.from_dict(occupations_item_data)



            occupations.append(occupations_item)


        personal = Personal.from_dict(d.pop("personal"))




        reception_centre = d.pop("reception_centre")

        reference = d.pop("reference")

        residence = Residence.from_dict(d.pop("residence"))




        skills = cast(list[str], d.pop("skills"))


        status = CandidateStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        willing_to_relocate = d.pop("willing_to_relocate")

        candidate_public = cls(
            available_from=available_from,
            consent=consent,
            created_at=created_at,
            driving_licences=driving_licences,
            employment_types=employment_types,
            id=id,
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
            updated_at=updated_at,
            willing_to_relocate=willing_to_relocate,
        )


        candidate_public.additional_properties = d
        return candidate_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
