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
import datetime






T = TypeVar("T", bound="KeyCreated")



@_attrs_define
class KeyCreated:
    """ A key just created, with its token: shown this once, never again.

        Attributes:
            created_at (datetime.datetime):
            employer_id (None | UUID):
            id (UUID):
            last_used_at (datetime.datetime | None):
            name (str):
            reception_centre (None | str):
            revoked_at (datetime.datetime | None):
            role (Role):
            token (str):
            token_prefix (str):
            scope (KeyScope | None | Unset):
     """

    created_at: datetime.datetime
    employer_id: None | UUID
    id: UUID
    last_used_at: datetime.datetime | None
    name: str
    reception_centre: None | str
    revoked_at: datetime.datetime | None
    role: Role
    token: str
    token_prefix: str
    scope: KeyScope | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        employer_id: None | str
        if isinstance(self.employer_id, UUID):
            employer_id = str(self.employer_id)
        else:
            employer_id = self.employer_id

        id = str(self.id)

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        name = self.name

        reception_centre: None | str
        reception_centre = self.reception_centre

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        role = self.role.value

        token = self.token

        token_prefix = self.token_prefix

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, KeyScope):
            scope = self.scope.value
        else:
            scope = self.scope


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "employer_id": employer_id,
            "id": id,
            "last_used_at": last_used_at,
            "name": name,
            "reception_centre": reception_centre,
            "revoked_at": revoked_at,
            "role": role,
            "token": token,
            "token_prefix": token_prefix,
        })
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_employer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employer_id_type_0 = UUID(data)



                return employer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        employer_id = _parse_employer_id(d.pop("employer_id"))


        id = UUID(d.pop("id"))




        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))


        name = d.pop("name")

        def _parse_reception_centre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reception_centre = _parse_reception_centre(d.pop("reception_centre"))


        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))


        role = Role(d.pop("role"))




        token = d.pop("token")

        token_prefix = d.pop("token_prefix")

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


        key_created = cls(
            created_at=created_at,
            employer_id=employer_id,
            id=id,
            last_used_at=last_used_at,
            name=name,
            reception_centre=reception_centre,
            revoked_at=revoked_at,
            role=role,
            token=token,
            token_prefix=token_prefix,
            scope=scope,
        )


        key_created.additional_properties = d
        return key_created

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
