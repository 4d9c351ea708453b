from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.personal_contact import PersonalContact





T = TypeVar("T", bound="PlacementCandidate")



@_attrs_define
class PlacementCandidate:
    """ Who the placement is about: for employers a pseudonym, plus name and contact once released.

        Attributes:
            id (None | UUID): For employers the pseudonymous id they saw in the matches.
            personal (None | PersonalContact | Unset):
            pseudonym (None | str | Unset):
     """

    id: None | UUID
    personal: None | PersonalContact | Unset = UNSET
    pseudonym: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.personal_contact import PersonalContact # noqa: PLC0415
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        personal: dict[str, Any] | None | Unset
        if isinstance(self.personal, Unset):
            personal = UNSET
        elif isinstance(self.personal, PersonalContact):
            personal = self.personal.to_dict()
        else:
            personal = self.personal

        pseudonym: None | str | Unset
        if isinstance(self.pseudonym, Unset):
            pseudonym = UNSET
        else:
            pseudonym = self.pseudonym


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if personal is not UNSET:
            field_dict["personal"] = personal
        if pseudonym is not UNSET:
            field_dict["pseudonym"] = pseudonym

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personal_contact import PersonalContact # noqa: PLC0415
        d = dict(src_dict)
        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)



                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id"))


        def _parse_personal(data: object) -> None | PersonalContact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                personal_type_0 = PersonalContact.from_dict(data)



                return personal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonalContact | Unset, data)

        personal = _parse_personal(d.pop("personal", UNSET))


        def _parse_pseudonym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pseudonym = _parse_pseudonym(d.pop("pseudonym", UNSET))


        placement_candidate = cls(
            id=id,
            personal=personal,
            pseudonym=pseudonym,
        )


        placement_candidate.additional_properties = d
        return placement_candidate

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
