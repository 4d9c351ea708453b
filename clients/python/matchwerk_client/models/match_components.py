from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.match_component import MatchComponent





T = TypeVar("T", bound="MatchComponents")



@_attrs_define
class MatchComponents:
    """ The six components of the score (MATCHING.md §2); how they combine is stated on ``score``.

        Attributes:
            availability (MatchComponent): One component of the score: its value 0..1, its weight and a one-line reason.
            experience (MatchComponent): One component of the score: its value 0..1, its weight and a one-line reason.
            language (MatchComponent): One component of the score: its value 0..1, its weight and a one-line reason.
            location (MatchComponent): One component of the score: its value 0..1, its weight and a one-line reason.
            occupation (MatchComponent): One component of the score: its value 0..1, its weight and a one-line reason.
            recognition (MatchComponent): One component of the score: its value 0..1, its weight and a one-line reason.
     """

    availability: MatchComponent
    experience: MatchComponent
    language: MatchComponent
    location: MatchComponent
    occupation: MatchComponent
    recognition: MatchComponent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.match_component import MatchComponent # noqa: PLC0415
        availability = self.availability.to_dict()

        experience = self.experience.to_dict()

        language = self.language.to_dict()

        location = self.location.to_dict()

        occupation = self.occupation.to_dict()

        recognition = self.recognition.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "availability": availability,
            "experience": experience,
            "language": language,
            "location": location,
            "occupation": occupation,
            "recognition": recognition,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_component import MatchComponent # noqa: PLC0415
        d = dict(src_dict)
        availability = MatchComponent.from_dict(d.pop("availability"))




        experience = MatchComponent.from_dict(d.pop("experience"))




        language = MatchComponent.from_dict(d.pop("language"))




        location = MatchComponent.from_dict(d.pop("location"))




        occupation = MatchComponent.from_dict(d.pop("occupation"))




        recognition = MatchComponent.from_dict(d.pop("recognition"))




        match_components = cls(
            availability=availability,
            experience=experience,
            language=language,
            location=location,
            occupation=occupation,
            recognition=recognition,
        )


        match_components.additional_properties = d
        return match_components

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
