from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="OccupationMatch")



@_attrs_define
class OccupationMatch:
    """ An occupation ranked for a query.

        Attributes:
            isco08_code (None | str):
            kldb_code (str):
            matched_label (str):
            matched_lang (str):
            regulated (bool):
            score (float):
            title_de (str):
     """

    isco08_code: None | str
    kldb_code: str
    matched_label: str
    matched_lang: str
    regulated: bool
    score: float
    title_de: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        isco08_code: None | str
        isco08_code = self.isco08_code

        kldb_code = self.kldb_code

        matched_label = self.matched_label

        matched_lang = self.matched_lang

        regulated = self.regulated

        score = self.score

        title_de = self.title_de


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "isco08_code": isco08_code,
            "kldb_code": kldb_code,
            "matched_label": matched_label,
            "matched_lang": matched_lang,
            "regulated": regulated,
            "score": score,
            "title_de": title_de,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_isco08_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        isco08_code = _parse_isco08_code(d.pop("isco08_code"))


        kldb_code = d.pop("kldb_code")

        matched_label = d.pop("matched_label")

        matched_lang = d.pop("matched_lang")

        regulated = d.pop("regulated")

        score = d.pop("score")

        title_de = d.pop("title_de")

        occupation_match = cls(
            isco08_code=isco08_code,
            kldb_code=kldb_code,
            matched_label=matched_label,
            matched_lang=matched_lang,
            regulated=regulated,
            score=score,
            title_de=title_de,
        )


        occupation_match.additional_properties = d
        return occupation_match

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
