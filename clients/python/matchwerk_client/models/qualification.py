from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.qualification_level import QualificationLevel
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Qualification")



@_attrs_define
class Qualification:
    """ 
        Attributes:
            country (None | str | Unset):
            level (None | QualificationLevel | Unset):
     """

    country: None | str | Unset = UNSET
    level: None | QualificationLevel | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, QualificationLevel):
            level = self.level.value
        else:
            level = self.level


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if country is not UNSET:
            field_dict["country"] = country
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))


        def _parse_level(data: object) -> None | QualificationLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = QualificationLevel(data)



                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QualificationLevel | Unset, data)

        level = _parse_level(d.pop("level", UNSET))


        qualification = cls(
            country=country,
            level=level,
        )

        return qualification

