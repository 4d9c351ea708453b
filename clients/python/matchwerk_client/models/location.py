from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Location")



@_attrs_define
class Location:
    """ A place given by German postal code and/or municipality.

        Attributes:
            municipality (None | str | Unset):
            postal_code (None | str | Unset):
     """

    municipality: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        municipality: None | str | Unset
        if isinstance(self.municipality, Unset):
            municipality = UNSET
        else:
            municipality = self.municipality

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_municipality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        municipality = _parse_municipality(d.pop("municipality", UNSET))


        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal_code", UNSET))


        location = cls(
            municipality=municipality,
            postal_code=postal_code,
        )

        return location

