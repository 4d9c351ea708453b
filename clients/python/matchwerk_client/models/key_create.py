from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_scope import KeyScope
from ..models.role import Role
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="KeyCreate")



@_attrs_define
class KeyCreate:
    """ A new API key; employer keys need ``employer_id``, intake keys ``reception_centre``.

        Attributes:
            name (str):
            role (Role):
            employer_id (None | Unset | UUID):
            reception_centre (None | str | Unset):
            scope (KeyScope | None | Unset):
     """

    name: str
    role: Role
    employer_id: None | Unset | UUID = UNSET
    reception_centre: None | str | Unset = UNSET
    scope: KeyScope | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

        employer_id: None | str | Unset
        if isinstance(self.employer_id, Unset):
            employer_id = UNSET
        elif isinstance(self.employer_id, UUID):
            employer_id = str(self.employer_id)
        else:
            employer_id = self.employer_id

        reception_centre: None | str | Unset
        if isinstance(self.reception_centre, Unset):
            reception_centre = UNSET
        else:
            reception_centre = self.reception_centre

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, KeyScope):
            scope = self.scope.value
        else:
            scope = self.scope


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "role": role,
        })
        if employer_id is not UNSET:
            field_dict["employer_id"] = employer_id
        if reception_centre is not UNSET:
            field_dict["reception_centre"] = reception_centre
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = Role(d.pop("role"))




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


        def _parse_reception_centre(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reception_centre = _parse_reception_centre(d.pop("reception_centre", UNSET))


        def _parse_scope(data: object) -> KeyScope | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_0 = KeyScope(data)



                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeyScope | None | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))


        key_create = cls(
            name=name,
            role=role,
            employer_id=employer_id,
            reception_centre=reception_centre,
            scope=scope,
        )

        return key_create

