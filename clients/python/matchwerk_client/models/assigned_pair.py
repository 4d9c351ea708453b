from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="AssignedPair")



@_attrs_define
class AssignedPair:
    """ One candidate proposed for one vacancy.

        Attributes:
            candidate_id (UUID):
            score (float):
            vacancy_id (UUID):
     """

    candidate_id: UUID
    score: float
    vacancy_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        score = self.score

        vacancy_id = str(self.vacancy_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidate_id": candidate_id,
            "score": score,
            "vacancy_id": vacancy_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidate_id"))




        score = d.pop("score")

        vacancy_id = UUID(d.pop("vacancy_id"))




        assigned_pair = cls(
            candidate_id=candidate_id,
            score=score,
            vacancy_id=vacancy_id,
        )


        assigned_pair.additional_properties = d
        return assigned_pair

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
