from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.employer_size import EmployerSize
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.contact import Contact
  from ..models.location import Location





T = TypeVar("T", bound="EmployerPublic")



@_attrs_define
class EmployerPublic:
    """ An employer as the API returns it.

        Attributes:
            contact (Contact): The employer's contact person.
            created_at (datetime.datetime):
            handwerk (bool):
            id (UUID):
            location (Location): A place given by German postal code and/or municipality.
            name (str):
            sector (None | str):
            size (EmployerSize | None):
            updated_at (datetime.datetime):
     """

    contact: Contact
    created_at: datetime.datetime
    handwerk: bool
    id: UUID
    location: Location
    name: str
    sector: None | str
    size: EmployerSize | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.location import Location # noqa: PLC0415
        contact = self.contact.to_dict()

        created_at = self.created_at.isoformat()

        handwerk = self.handwerk

        id = str(self.id)

        location = self.location.to_dict()

        name = self.name

        sector: None | str
        sector = self.sector

        size: None | str
        if isinstance(self.size, EmployerSize):
            size = self.size.value
        else:
            size = self.size

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "contact": contact,
            "created_at": created_at,
            "handwerk": handwerk,
            "id": id,
            "location": location,
            "name": name,
            "sector": sector,
            "size": size,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.location import Location # noqa: PLC0415
        d = dict(src_dict)
        contact = Contact.from_dict(d.pop("contact"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        handwerk = d.pop("handwerk")

        id = UUID(d.pop("id"))




        location = Location.from_dict(d.pop("location"))




        name = d.pop("name")

        def _parse_sector(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sector = _parse_sector(d.pop("sector"))


        def _parse_size(data: object) -> EmployerSize | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = EmployerSize(data)



                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployerSize | None, data)

        size = _parse_size(d.pop("size"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        employer_public = cls(
            contact=contact,
            created_at=created_at,
            handwerk=handwerk,
            id=id,
            location=location,
            name=name,
            sector=sector,
            size=size,
            updated_at=updated_at,
        )


        employer_public.additional_properties = d
        return employer_public

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
