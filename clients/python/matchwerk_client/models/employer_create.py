from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.employer_size import EmployerSize
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.contact import Contact
  from ..models.location_input import LocationInput





T = TypeVar("T", bound="EmployerCreate")



@_attrs_define
class EmployerCreate:
    """ A new employer.

        Attributes:
            name (str):
            contact (Contact | None | Unset):
            handwerk (bool | Unset):  Default: False.
            location (LocationInput | None | Unset):
            sector (None | str | Unset):
            size (EmployerSize | None | Unset):
     """

    name: str
    contact: Contact | None | Unset = UNSET
    handwerk: bool | Unset = False
    location: LocationInput | None | Unset = UNSET
    sector: None | str | Unset = UNSET
    size: EmployerSize | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.location_input import LocationInput # noqa: PLC0415
        name = self.name

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        handwerk = self.handwerk

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LocationInput):
            location = self.location.to_dict()
        else:
            location = self.location

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        else:
            sector = self.sector

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, EmployerSize):
            size = self.size.value
        else:
            size = self.size


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if contact is not UNSET:
            field_dict["contact"] = contact
        if handwerk is not UNSET:
            field_dict["handwerk"] = handwerk
        if location is not UNSET:
            field_dict["location"] = location
        if sector is not UNSET:
            field_dict["sector"] = sector
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.location_input import LocationInput # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_contact(data: object) -> Contact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Contact.from_dict(data)



                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))


        handwerk = d.pop("handwerk", UNSET)

        def _parse_location(data: object) -> LocationInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = LocationInput.from_dict(data)



                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationInput | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_sector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sector = _parse_sector(d.pop("sector", UNSET))


        def _parse_size(data: object) -> EmployerSize | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = EmployerSize(data)



                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployerSize | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))


        employer_create = cls(
            name=name,
            contact=contact,
            handwerk=handwerk,
            location=location,
            sector=sector,
            size=size,
        )

        return employer_create

