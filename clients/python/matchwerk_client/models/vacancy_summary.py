from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="VacancySummary")



@_attrs_define
class VacancySummary:
    """ 
        Attributes:
            employer_id (UUID):
            id (UUID):
            kldb_code (None | str):
            municipality (None | str):
            start_date (datetime.date | None):
            title (str):
            title_de (None | str):
     """

    employer_id: UUID
    id: UUID
    kldb_code: None | str
    municipality: None | str
    start_date: datetime.date | None
    title: str
    title_de: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        employer_id = str(self.employer_id)

        id = str(self.id)

        kldb_code: None | str
        kldb_code = self.kldb_code

        municipality: None | str
        municipality = self.municipality

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        title = self.title

        title_de: None | str
        title_de = self.title_de


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "employer_id": employer_id,
            "id": id,
            "kldb_code": kldb_code,
            "municipality": municipality,
            "start_date": start_date,
            "title": title,
            "title_de": title_de,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employer_id = UUID(d.pop("employer_id"))




        id = UUID(d.pop("id"))




        def _parse_kldb_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        kldb_code = _parse_kldb_code(d.pop("kldb_code"))


        def _parse_municipality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        municipality = _parse_municipality(d.pop("municipality"))


        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)



                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))


        title = d.pop("title")

        def _parse_title_de(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title_de = _parse_title_de(d.pop("title_de"))


        vacancy_summary = cls(
            employer_id=employer_id,
            id=id,
            kldb_code=kldb_code,
            municipality=municipality,
            start_date=start_date,
            title=title,
            title_de=title_de,
        )


        vacancy_summary.additional_properties = d
        return vacancy_summary

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
