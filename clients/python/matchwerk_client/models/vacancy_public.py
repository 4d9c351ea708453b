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
  from ..models.location import Location
  from ..models.offers import Offers
  from ..models.requirements import Requirements
  from ..models.resolution import Resolution





T = TypeVar("T", bound="VacancyPublic")



@_attrs_define
class VacancyPublic:
    """ A vacancy as the API returns it.

        Attributes:
            created_at (datetime.datetime):
            description (None | str):
            employer_id (UUID):
            employment_type (EmploymentType):
            external_id (None | str):
            id (UUID):
            isco08_code (None | str):
            kldb_code (None | str):
            location (Location): A place given by German postal code and/or municipality.
            offers (Offers): What the employer offers beyond the job.
            positions (int):
            radius_km (int | None):
            requirements (Requirements): What the job asks for.
            resolution (None | Resolution):
            start_date (datetime.date | None):
            status (VacancyStatus):
            title (str):
            updated_at (datetime.datetime):
            positions_filled (int | Unset): Hires recorded through placements. Default: 0.
     """

    created_at: datetime.datetime
    description: None | str
    employer_id: UUID
    employment_type: EmploymentType
    external_id: None | str
    id: UUID
    isco08_code: None | str
    kldb_code: None | str
    location: Location
    offers: Offers
    positions: int
    radius_km: int | None
    requirements: Requirements
    resolution: None | Resolution
    start_date: datetime.date | None
    status: VacancyStatus
    title: str
    updated_at: datetime.datetime
    positions_filled: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.location import Location # noqa: PLC0415
        from ..models.offers import Offers # noqa: PLC0415
        from ..models.requirements import Requirements # noqa: PLC0415
        from ..models.resolution import Resolution # noqa: PLC0415
        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        employer_id = str(self.employer_id)

        employment_type = self.employment_type.value

        external_id: None | str
        external_id = self.external_id

        id = str(self.id)

        isco08_code: None | str
        isco08_code = self.isco08_code

        kldb_code: None | str
        kldb_code = self.kldb_code

        location = self.location.to_dict()

        offers = self.offers.to_dict()

        positions = self.positions

        radius_km: int | None
        radius_km = self.radius_km

        requirements = self.requirements.to_dict()

        resolution: dict[str, Any] | None
        if isinstance(self.resolution, Resolution):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status = self.status.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        positions_filled = self.positions_filled


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "description": description,
            "employer_id": employer_id,
            "employment_type": employment_type,
            "external_id": external_id,
            "id": id,
            "isco08_code": isco08_code,
            "kldb_code": kldb_code,
            "location": location,
            "offers": offers,
            "positions": positions,
            "radius_km": radius_km,
            "requirements": requirements,
            "resolution": resolution,
            "start_date": start_date,
            "status": status,
            "title": title,
            "updated_at": updated_at,
        })
        if positions_filled is not UNSET:
            field_dict["positions_filled"] = positions_filled

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location import Location # noqa: PLC0415
        from ..models.offers import Offers # noqa: PLC0415
        from ..models.requirements import Requirements # noqa: PLC0415
        from ..models.resolution import Resolution # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        employer_id = UUID(d.pop("employer_id"))




        employment_type = EmploymentType(d.pop("employment_type"))




        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))


        id = UUID(d.pop("id"))




        def _parse_isco08_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        isco08_code = _parse_isco08_code(d.pop("isco08_code"))


        def _parse_kldb_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        kldb_code = _parse_kldb_code(d.pop("kldb_code"))


        location = Location.from_dict(d.pop("location"))




        offers = Offers.from_dict(d.pop("offers"))




        positions = d.pop("positions")

        def _parse_radius_km(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        radius_km = _parse_radius_km(d.pop("radius_km"))


        requirements = Requirements.from_dict(d.pop("requirements"))




        def _parse_resolution(data: object) -> None | Resolution:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = Resolution.from_dict(data)



                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Resolution, data)

        resolution = _parse_resolution(d.pop("resolution"))


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


        status = VacancyStatus(d.pop("status"))




        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        positions_filled = d.pop("positions_filled", UNSET)

        vacancy_public = cls(
            created_at=created_at,
            description=description,
            employer_id=employer_id,
            employment_type=employment_type,
            external_id=external_id,
            id=id,
            isco08_code=isco08_code,
            kldb_code=kldb_code,
            location=location,
            offers=offers,
            positions=positions,
            radius_km=radius_km,
            requirements=requirements,
            resolution=resolution,
            start_date=start_date,
            status=status,
            title=title,
            updated_at=updated_at,
            positions_filled=positions_filled,
        )


        vacancy_public.additional_properties = d
        return vacancy_public

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
