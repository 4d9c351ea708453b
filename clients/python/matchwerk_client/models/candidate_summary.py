from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.candidate_occupation_summary import CandidateOccupationSummary
  from ..models.language_summary import LanguageSummary





T = TypeVar("T", bound="CandidateSummary")



@_attrs_define
class CandidateSummary:
    """ Matching-relevant facts only: no name, contact, birth date, nationality or reference.

        Attributes:
            available_from (datetime.date | None):
            languages (list[LanguageSummary]):
            municipality (None | str):
            occupations (list[CandidateOccupationSummary]):
            pseudonym (None | str):
            willing_to_relocate (bool):
     """

    available_from: datetime.date | None
    languages: list[LanguageSummary]
    municipality: None | str
    occupations: list[CandidateOccupationSummary]
    pseudonym: None | str
    willing_to_relocate: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_occupation_summary import CandidateOccupationSummary # noqa: PLC0415
        from ..models.language_summary import LanguageSummary # noqa: PLC0415
        available_from: None | str
        if isinstance(self.available_from, datetime.date):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)



        municipality: None | str
        municipality = self.municipality

        occupations = []
        for occupations_item_data in self.occupations:
            occupations_item = occupations_item_data.to_dict()
            occupations.append(occupations_item)



        pseudonym: None | str
        pseudonym = self.pseudonym

        willing_to_relocate = self.willing_to_relocate


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "available_from": available_from,
            "languages": languages,
            "municipality": municipality,
            "occupations": occupations,
            "pseudonym": pseudonym,
            "willing_to_relocate": willing_to_relocate,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_occupation_summary import CandidateOccupationSummary # noqa: PLC0415
        from ..models.language_summary import LanguageSummary # noqa: PLC0415
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


        languages = []
        _languages = d.pop("languages")
        for languages_item_data in (_languages):
            languages_item = LanguageSummary.from_dict(languages_item_data)



            languages.append(languages_item)


        def _parse_municipality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        municipality = _parse_municipality(d.pop("municipality"))


        occupations = []
        _occupations = d.pop("occupations")
        for occupations_item_data in (_occupations):
            occupations_item = CandidateOccupationSummary.from_dict(occupations_item_data)



            occupations.append(occupations_item)


        def _parse_pseudonym(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pseudonym = _parse_pseudonym(d.pop("pseudonym"))


        willing_to_relocate = d.pop("willing_to_relocate")

        candidate_summary = cls(
            available_from=available_from,
            languages=languages,
            municipality=municipality,
            occupations=occupations,
            pseudonym=pseudonym,
            willing_to_relocate=willing_to_relocate,
        )


        candidate_summary.additional_properties = d
        return candidate_summary

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
