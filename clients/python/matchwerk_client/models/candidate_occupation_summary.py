from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CandidateOccupationSummary")



@_attrs_define
class CandidateOccupationSummary:
    """ 
        Attributes:
            kldb_code (None | str):
            qualification_level (None | str):
            recognition_status (str):
            title (str):
            title_de (None | str):
            years_experience (float | None):
     """

    kldb_code: None | str
    qualification_level: None | str
    recognition_status: str
    title: str
    title_de: None | str
    years_experience: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kldb_code: None | str
        kldb_code = self.kldb_code

        qualification_level: None | str
        qualification_level = self.qualification_level

        recognition_status = self.recognition_status

        title = self.title

        title_de: None | str
        title_de = self.title_de

        years_experience: float | None
        years_experience = self.years_experience


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kldb_code": kldb_code,
            "qualification_level": qualification_level,
            "recognition_status": recognition_status,
            "title": title,
            "title_de": title_de,
            "years_experience": years_experience,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_kldb_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        kldb_code = _parse_kldb_code(d.pop("kldb_code"))


        def _parse_qualification_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        qualification_level = _parse_qualification_level(d.pop("qualification_level"))


        recognition_status = d.pop("recognition_status")

        title = d.pop("title")

        def _parse_title_de(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title_de = _parse_title_de(d.pop("title_de"))


        def _parse_years_experience(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        years_experience = _parse_years_experience(d.pop("years_experience"))


        candidate_occupation_summary = cls(
            kldb_code=kldb_code,
            qualification_level=qualification_level,
            recognition_status=recognition_status,
            title=title,
            title_de=title_de,
            years_experience=years_experience,
        )


        candidate_occupation_summary.additional_properties = d
        return candidate_occupation_summary

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
