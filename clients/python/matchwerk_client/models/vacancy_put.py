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
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.location_input import LocationInput
  from ..models.offers import Offers
  from ..models.requirements import Requirements





T = TypeVar("T", bound="VacancyPut")



@_attrs_define
class VacancyPut:
    """ Create-or-replace body for ``PUT /vacancies/external/{external_id}``.

        Attributes:
            title (str):
            description (None | str | Unset):
            employer_id (None | Unset | UUID):
            employment_type (EmploymentType | Unset):
            kldb_code (None | str | Unset):
            location (LocationInput | Unset): A place as clients send it: a postal code must be a German postal code that
                exists.
            offers (Offers | Unset): What the employer offers beyond the job.
            positions (int | Unset):  Default: 1.
            radius_km (int | None | Unset):
            requirements (Requirements | Unset): What the job asks for.
            start_date (datetime.date | None | Unset):
            status (VacancyStatus | Unset):
     """

    title: str
    description: None | str | Unset = UNSET
    employer_id: None | Unset | UUID = UNSET
    employment_type: EmploymentType | Unset = UNSET
    kldb_code: None | str | Unset = UNSET
    location: LocationInput | Unset = UNSET
    offers: Offers | Unset = UNSET
    positions: int | Unset = 1
    radius_km: int | None | Unset = UNSET
    requirements: Requirements | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    status: VacancyStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.location_input import LocationInput # noqa: PLC0415
        from ..models.offers import Offers # noqa: PLC0415
        from ..models.requirements import Requirements # noqa: PLC0415
        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        employer_id: None | str | Unset
        if isinstance(self.employer_id, Unset):
            employer_id = UNSET
        elif isinstance(self.employer_id, UUID):
            employer_id = str(self.employer_id)
        else:
            employer_id = self.employer_id

        employment_type: str | Unset = UNSET
        if not isinstance(self.employment_type, Unset):
            employment_type = self.employment_type.value


        kldb_code: None | str | Unset
        if isinstance(self.kldb_code, Unset):
            kldb_code = UNSET
        else:
            kldb_code = self.kldb_code

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        offers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = self.offers.to_dict()

        positions = self.positions

        radius_km: int | None | Unset
        if isinstance(self.radius_km, Unset):
            radius_km = UNSET
        else:
            radius_km = self.radius_km

        requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.to_dict()

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



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if employer_id is not UNSET:
            field_dict["employer_id"] = employer_id
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

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_input import LocationInput # noqa: PLC0415
        from ..models.offers import Offers # noqa: PLC0415
        from ..models.requirements import Requirements # noqa: PLC0415
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


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


        _location = d.pop("location", UNSET)
        location: LocationInput | Unset
        if isinstance(_location,  Unset):
            location = UNSET
        else:
            location = LocationInput.from_dict(_location)




        _offers = d.pop("offers", UNSET)
        offers: Offers | Unset
        if isinstance(_offers,  Unset):
            offers = UNSET
        else:
            offers = Offers.from_dict(_offers)




        positions = d.pop("positions", UNSET)

        def _parse_radius_km(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        radius_km = _parse_radius_km(d.pop("radius_km", UNSET))


        _requirements = d.pop("requirements", UNSET)
        requirements: Requirements | Unset
        if isinstance(_requirements,  Unset):
            requirements = UNSET
        else:
            requirements = Requirements.from_dict(_requirements)




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




        vacancy_put = cls(
            title=title,
            description=description,
            employer_id=employer_id,
            employment_type=employment_type,
            kldb_code=kldb_code,
            location=location,
            offers=offers,
            positions=positions,
            radius_km=radius_km,
            requirements=requirements,
            start_date=start_date,
            status=status,
        )

        return vacancy_put

