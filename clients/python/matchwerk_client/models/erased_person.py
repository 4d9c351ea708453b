from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.erased_person_reason import ErasedPersonReason
from uuid import UUID






T = TypeVar("T", bound="ErasedPerson")



@_attrs_define
class ErasedPerson:
    """ Someone the receiver must delete too (GDPR Art. 17(2)).

        Attributes:
            candidate_id (UUID):
            change_no (int):
            reason (ErasedPersonReason):
     """

    candidate_id: UUID
    change_no: int
    reason: ErasedPersonReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        change_no = self.change_no

        reason = self.reason.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidate_id": candidate_id,
            "change_no": change_no,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidate_id"))




        change_no = d.pop("change_no")

        reason = ErasedPersonReason(d.pop("reason"))




        erased_person = cls(
            candidate_id=candidate_id,
            change_no=change_no,
            reason=reason,
        )


        erased_person.additional_properties = d
        return erased_person

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
