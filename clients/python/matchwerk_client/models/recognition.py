from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recognition_status import RecognitionStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Recognition")



@_attrs_define
class Recognition:
    """ State of the recognition (Anerkennung) of a foreign qualification.

        Attributes:
            compensation_measure (None | str | Unset):
            reference_occupation (None | str | Unset):
            status (RecognitionStatus | Unset):
     """

    compensation_measure: None | str | Unset = UNSET
    reference_occupation: None | str | Unset = UNSET
    status: RecognitionStatus | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        compensation_measure: None | str | Unset
        if isinstance(self.compensation_measure, Unset):
            compensation_measure = UNSET
        else:
            compensation_measure = self.compensation_measure

        reference_occupation: None | str | Unset
        if isinstance(self.reference_occupation, Unset):
            reference_occupation = UNSET
        else:
            reference_occupation = self.reference_occupation

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if compensation_measure is not UNSET:
            field_dict["compensation_measure"] = compensation_measure
        if reference_occupation is not UNSET:
            field_dict["reference_occupation"] = reference_occupation
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_compensation_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compensation_measure = _parse_compensation_measure(d.pop("compensation_measure", UNSET))


        def _parse_reference_occupation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_occupation = _parse_reference_occupation(d.pop("reference_occupation", UNSET))


        _status = d.pop("status", UNSET)
        status: RecognitionStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = RecognitionStatus(_status)




        recognition = cls(
            compensation_measure=compensation_measure,
            reference_occupation=reference_occupation,
            status=status,
        )

        return recognition

