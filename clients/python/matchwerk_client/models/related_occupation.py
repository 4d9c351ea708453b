from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RelatedOccupation")



@_attrs_define
class RelatedOccupation:
    """ 
        Attributes:
            kldb_code (str):
            relation (str):
            strength (float):
            title_de (str):
     """

    kldb_code: str
    relation: str
    strength: float
    title_de: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kldb_code = self.kldb_code

        relation = self.relation

        strength = self.strength

        title_de = self.title_de


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kldb_code": kldb_code,
            "relation": relation,
            "strength": strength,
            "title_de": title_de,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kldb_code = d.pop("kldb_code")

        relation = d.pop("relation")

        strength = d.pop("strength")

        title_de = d.pop("title_de")

        related_occupation = cls(
            kldb_code=kldb_code,
            relation=relation,
            strength=strength,
            title_de=title_de,
        )


        related_occupation.additional_properties = d
        return related_occupation

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
