from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.qualification import Qualification
  from ..models.recognition import Recognition
  from ..models.resolution import Resolution





T = TypeVar("T", bound="OccupationOut")



@_attrs_define
class OccupationOut:
    """ An occupation with its resolved codes.

        Attributes:
            title (str):
            isco08_code (None | str | Unset):
            kldb_code (None | str | Unset):
            qualification (Qualification | Unset):
            recognition (Recognition | Unset): State of the recognition (Anerkennung) of a foreign qualification.
            resolution (None | Resolution | Unset):
            years_experience (float | None | Unset):
     """

    title: str
    isco08_code: None | str | Unset = UNSET
    kldb_code: None | str | Unset = UNSET
    qualification: Qualification | Unset = UNSET
    recognition: Recognition | Unset = UNSET
    resolution: None | Resolution | Unset = UNSET
    years_experience: float | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.qualification import Qualification # noqa: PLC0415
        from ..models.recognition import Recognition # noqa: PLC0415
        from ..models.resolution import Resolution # noqa: PLC0415
        title = self.title

        isco08_code: None | str | Unset
        if isinstance(self.isco08_code, Unset):
            isco08_code = UNSET
        else:
            isco08_code = self.isco08_code

        kldb_code: None | str | Unset
        if isinstance(self.kldb_code, Unset):
            kldb_code = UNSET
        else:
            kldb_code = self.kldb_code

        qualification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qualification, Unset):
            qualification = self.qualification.to_dict()

        recognition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recognition, Unset):
            recognition = self.recognition.to_dict()

        resolution: dict[str, Any] | None | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, Resolution):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        years_experience: float | None | Unset
        if isinstance(self.years_experience, Unset):
            years_experience = UNSET
        else:
            years_experience = self.years_experience


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
        })
        if isco08_code is not UNSET:
            field_dict["isco08_code"] = isco08_code
        if kldb_code is not UNSET:
            field_dict["kldb_code"] = kldb_code
        if qualification is not UNSET:
            field_dict["qualification"] = qualification
        if recognition is not UNSET:
            field_dict["recognition"] = recognition
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if years_experience is not UNSET:
            field_dict["years_experience"] = years_experience

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qualification import Qualification # noqa: PLC0415
        from ..models.recognition import Recognition # noqa: PLC0415
        from ..models.resolution import Resolution # noqa: PLC0415
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_isco08_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isco08_code = _parse_isco08_code(d.pop("isco08_code", UNSET))


        def _parse_kldb_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kldb_code = _parse_kldb_code(d.pop("kldb_code", UNSET))


        _qualification = d.pop("qualification", UNSET)
        qualification: Qualification | Unset
        if isinstance(_qualification,  Unset):
            qualification = UNSET
        else:
            qualification = Qualification.from_dict(_qualification)




        _recognition = d.pop("recognition", UNSET)
        recognition: Recognition | Unset
        if isinstance(_recognition,  Unset):
            recognition = UNSET
        else:
            recognition = Recognition.from_dict(_recognition)




        def _parse_resolution(data: object) -> None | Resolution | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = Resolution.from_dict(data)



                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Resolution | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))


        def _parse_years_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        years_experience = _parse_years_experience(d.pop("years_experience", UNSET))


        occupation_out = cls(
            title=title,
            isco08_code=isco08_code,
            kldb_code=kldb_code,
            qualification=qualification,
            recognition=recognition,
            resolution=resolution,
            years_experience=years_experience,
        )

        return occupation_out

