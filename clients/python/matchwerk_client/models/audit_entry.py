from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.audit_entry_details import AuditEntryDetails





T = TypeVar("T", bound="AuditEntry")



@_attrs_define
class AuditEntry:
    """ An audit log entry as admins see it.

        Attributes:
            action (str):
            actor_key_id (None | UUID):
            actor_role (str):
            created_at (datetime.datetime):
            details (AuditEntryDetails):
            id (UUID):
            request_id (None | str):
            resource_id (None | UUID):
            resource_type (str):
     """

    action: str
    actor_key_id: None | UUID
    actor_role: str
    created_at: datetime.datetime
    details: AuditEntryDetails
    id: UUID
    request_id: None | str
    resource_id: None | UUID
    resource_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_details import AuditEntryDetails # noqa: PLC0415
        action = self.action

        actor_key_id: None | str
        if isinstance(self.actor_key_id, UUID):
            actor_key_id = str(self.actor_key_id)
        else:
            actor_key_id = self.actor_key_id

        actor_role = self.actor_role

        created_at = self.created_at.isoformat()

        details = self.details.to_dict()

        id = str(self.id)

        request_id: None | str
        request_id = self.request_id

        resource_id: None | str
        if isinstance(self.resource_id, UUID):
            resource_id = str(self.resource_id)
        else:
            resource_id = self.resource_id

        resource_type = self.resource_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "actor_key_id": actor_key_id,
            "actor_role": actor_role,
            "created_at": created_at,
            "details": details,
            "id": id,
            "request_id": request_id,
            "resource_id": resource_id,
            "resource_type": resource_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_details import AuditEntryDetails # noqa: PLC0415
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_actor_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_key_id_type_0 = UUID(data)



                return actor_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_key_id = _parse_actor_key_id(d.pop("actor_key_id"))


        actor_role = d.pop("actor_role")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        details = AuditEntryDetails.from_dict(d.pop("details"))




        id = UUID(d.pop("id"))




        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))


        def _parse_resource_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_id_type_0 = UUID(data)



                return resource_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        resource_id = _parse_resource_id(d.pop("resource_id"))


        resource_type = d.pop("resource_type")

        audit_entry = cls(
            action=action,
            actor_key_id=actor_key_id,
            actor_role=actor_role,
            created_at=created_at,
            details=details,
            id=id,
            request_id=request_id,
            resource_id=resource_id,
            resource_type=resource_type,
        )


        audit_entry.additional_properties = d
        return audit_entry

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
