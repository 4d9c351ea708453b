from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.residence_status import ResidenceStatus
from ..models.work_authorization import WorkAuthorization
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Residence")



@_attrs_define
class Residence:
    """ Residence status and the resulting right to work.

        Attributes:
            status (None | ResidenceStatus | Unset):
            work_authorization (None | Unset | WorkAuthorization):
     """

    status: None | ResidenceStatus | Unset = UNSET
    work_authorization: None | Unset | WorkAuthorization = UNSET





    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResidenceStatus):
            status = self.status.value
        else:
            status = self.status

        work_authorization: None | str | Unset
        if isinstance(self.work_authorization, Unset):
            work_authorization = UNSET
        elif isinstance(self.work_authorization, WorkAuthorization):
            work_authorization = self.work_authorization.value
        else:
            work_authorization = self.work_authorization


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status
        if work_authorization is not UNSET:
            field_dict["work_authorization"] = work_authorization

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_status(data: object) -> None | ResidenceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResidenceStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResidenceStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_work_authorization(data: object) -> None | Unset | WorkAuthorization:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                work_authorization_type_0 = WorkAuthorization(data)



                return work_authorization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkAuthorization, data)

        work_authorization = _parse_work_authorization(d.pop("work_authorization", UNSET))


        residence = cls(
            status=status,
            work_authorization=work_authorization,
        )

        return residence

