from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.employment_type import EmploymentType
from ..models.vacancy_status import VacancyStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.location_input import LocationInput
  from ..models.offers import Offers
  from ..models.requirements import Requirements





T = TypeVar("T", bound="VacancyUpdate")



@_attrs_define
class VacancyUpdate:
    """ A partial update; nested objects are merged, omitted fields stay as they are.

        Attributes:
            description (None | str | Unset):
            employment_type (EmploymentType | Unset):
            kldb_code (None | str | Unset):
            location (LocationInput | None | Unset):
            offers (None | Offers | Unset):
            positions (int | Unset):
            radius_km (int | None | Unset):
            requirements (None | Requirements | Unset):
            start_date (datetime.date | None | Unset):
            status (VacancyStatus | Unset):
            title (str | Unset):
     """

    description: None | str | Unset = UNSET
    employment_type: EmploymentType | Unset = UNSET
    kldb_code: None | str | Unset = UNSET
    location: LocationInput | None | Unset = UNSET
    offers: None | Offers | Unset = UNSET
    positions: int | Unset = UNSET
    radius_km: int | None | Unset = UNSET
    requirements: None | Requirements | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    status: VacancyStatus | Unset = UNSET
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.location_input import LocationInput # noqa: PLC0415
        from ..models.offers import Offers # noqa: PLC0415
        from ..models.requirements import Requirements # noqa: PLC0415
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        employment_type: str | Unset = UNSET
        if not isinstance(self.employment_type, Unset):
            employment_type = self.employment_type.value


        kldb_code: None | str | Unset
        if isinstance(self.kldb_code, Unset):
            kldb_code = UNSET
        else:
            kldb_code = self.kldb_code

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LocationInput):
            location = self.location.to_dict()
        else:
            location = self.location

        offers: dict[str, Any] | None | Unset
        if isinstance(self.offers, Unset):
            offers = UNSET
        elif isinstance(self.offers, Offers):
            offers = self.offers.to_dict()
        else:
            offers = self.offers

        positions = self.positions

        radius_km: int | None | Unset
        if isinstance(self.radius_km, Unset):
            radius_km = UNSET
        else:
            radius_km = self.radius_km

        requirements: dict[str, Any] | None | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        elif isinstance(self.requirements, Requirements):
            requirements = self.requirements.to_dict()
        else:
            requirements = self.requirements

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if description is not UNSET:
            field_dict["description"] = description
        if employment_type is not UNSET:
            field_dict["employment_type"] = employment_type
        if kldb_code is not UNSET:
            field_dict["kldb_code"] = kldb_code
        if location is not UNSET:
            field_dict["location"] = location
        if offers is not UNSET:
            field_dict["offers"] = offers
        if positions is not UNSET:
            field_dict["positions"] = positions
        if radius_km is not UNSET:
            field_dict["radius_km"] = radius_km
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_input import LocationInput # noqa: PLC0415
        from ..models.offers import Offers # noqa: PLC0415
        from ..models.requirements import Requirements # noqa: PLC0415
        d = dict(src_dict)
        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        _employment_type = d.pop("employment_type", UNSET)
        employment_type: EmploymentType | Unset
        if isinstance(_employment_type,  Unset):
            employment_type = UNSET
        else:
            employment_type = EmploymentType(_employment_type)




        def _parse_kldb_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kldb_code = _parse_kldb_code(d.pop("kldb_code", UNSET))


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


        def _parse_offers(data: object) -> None | Offers | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offers_type_0 = Offers.from_dict(data)



                return offers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Offers | Unset, data)

        offers = _parse_offers(d.pop("offers", UNSET))


        positions = d.pop("positions", UNSET)

        def _parse_radius_km(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        radius_km = _parse_radius_km(d.pop("radius_km", UNSET))


        def _parse_requirements(data: object) -> None | Requirements | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                requirements_type_0 = Requirements.from_dict(data)



                return requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Requirements | Unset, data)

        requirements = _parse_requirements(d.pop("requirements", UNSET))


        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)



                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))


        _status = d.pop("status", UNSET)
        status: VacancyStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = VacancyStatus(_status)




        title = d.pop("title", UNSET)

        vacancy_update = cls(
            description=description,
            employment_type=employment_type,
            kldb_code=kldb_code,
            location=location,
            offers=offers,
            positions=positions,
            radius_km=radius_km,
            requirements=requirements,
            start_date=start_date,
            status=status,
            title=title,
        )

        return vacancy_update

