from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="PlacementCreate")



@_attrs_define
class PlacementCreate:
    """ An advisor proposes a candidate for a vacancy.

        Attributes:
            candidate_id (UUID):
            vacancy_id (UUID):
            next_step (None | str | Unset):
            next_step_due (datetime.date | None | Unset):
            note (None | str | Unset):
     """

    candidate_id: UUID
    vacancy_id: UUID
    next_step: None | str | Unset = UNSET
    next_step_due: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        vacancy_id = str(self.vacancy_id)

        next_step: None | str | Unset
        if isinstance(self.next_step, Unset):
            next_step = UNSET
        else:
            next_step = self.next_step

        next_step_due: None | str | Unset
        if isinstance(self.next_step_due, Unset):
            next_step_due = UNSET
        elif isinstance(self.next_step_due, datetime.date):
            next_step_due = self.next_step_due.isoformat()
        else:
            next_step_due = self.next_step_due

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "candidate_id": candidate_id,
            "vacancy_id": vacancy_id,
        })
        if next_step is not UNSET:
            field_dict["next_step"] = next_step
        if next_step_due is not UNSET:
            field_dict["next_step_due"] = next_step_due
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidate_id"))




        vacancy_id = UUID(d.pop("vacancy_id"))




        def _parse_next_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_step = _parse_next_step(d.pop("next_step", UNSET))


        def _parse_next_step_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_due_type_0 = datetime.date.fromisoformat(data)



                return next_step_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_step_due = _parse_next_step_due(d.pop("next_step_due", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        placement_create = cls(
            candidate_id=candidate_id,
            vacancy_id=vacancy_id,
            next_step=next_step,
            next_step_due=next_step_due,
            note=note,
        )

        return placement_create

