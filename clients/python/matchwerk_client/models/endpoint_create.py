from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_type import EventType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="EndpointCreate")



@_attrs_define
class EndpointCreate:
    """ A receiver; admins may name an employer or leave it out for an admin-wide endpoint.

        Attributes:
            events (list[EventType]):
            url (str): https URL; private addresses only with MATCHWERK_WEBHOOK_ALLOW_PRIVATE=1
            description (None | str | Unset):
            employer_id (None | Unset | UUID):
     """

    events: list[EventType]
    url: str
    description: None | str | Unset = UNSET
    employer_id: None | Unset | UUID = UNSET





    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)



        url = self.url

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "events": events,
            "url": url,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if employer_id is not UNSET:
            field_dict["employer_id"] = employer_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = EventType(events_item_data)



            events.append(events_item)


        url = d.pop("url")

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


        endpoint_create = cls(
            events=events,
            url=url,
            description=description,
            employer_id=employer_id,
        )

        return endpoint_create

