from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="VacancyFilter")



@_attrs_define
class VacancyFilter:
    """ Which open vacancies take part; every condition given must hold.

        Attributes:
            employer_id (None | Unset | UUID):
            kldb_code (None | str | Unset): KldB code or prefix (1 to 5 digits)
            municipality (None | str | Unset): Place of work (case-insensitive)
     """

    employer_id: None | Unset | UUID = UNSET
    kldb_code: None | str | Unset = UNSET
    municipality: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        employer_id: None | str | Unset
        if isinstance(self.employer_id, Unset):
            employer_id = UNSET
        elif isinstance(self.employer_id, UUID):
            employer_id = str(self.employer_id)
        else:
            employer_id = self.employer_id

        kldb_code: None | str | Unset
        if isinstance(self.kldb_code, Unset):
            kldb_code = UNSET
        else:
            kldb_code = self.kldb_code

        municipality: None | str | Unset
        if isinstance(self.municipality, Unset):
            municipality = UNSET
        else:
            municipality = self.municipality


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if employer_id is not UNSET:
            field_dict["employer_id"] = employer_id
        if kldb_code is not UNSET:
            field_dict["kldb_code"] = kldb_code
        if municipality is not UNSET:
            field_dict["municipality"] = municipality

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_employer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employer_id_type_0 = UUID(data)



                return employer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        employer_id = _parse_employer_id(d.pop("employer_id", UNSET))


        def _parse_kldb_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kldb_code = _parse_kldb_code(d.pop("kldb_code", UNSET))


        def _parse_municipality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        municipality = _parse_municipality(d.pop("municipality", UNSET))


        vacancy_filter = cls(
            employer_id=employer_id,
            kldb_code=kldb_code,
            municipality=municipality,
        )

        return vacancy_filter

