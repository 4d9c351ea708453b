from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.closed_reason import ClosedReason
from ..models.stage import Stage
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TransitionCreate")



@_attrs_define
class TransitionCreate:
    """ Move a placement to another stage.

        Attributes:
            to (Stage):
            keep_other_placements (bool | Unset): With `to: hired` (advisors, admins): keep the person's other open
                placements open. Default: False.
            next_step (None | str | Unset):
            next_step_due (datetime.date | None | Unset):
            note (None | str | Unset):
            reason (ClosedReason | None | Unset): Required with `to: closed`, else none.
     """

    to: Stage
    keep_other_placements: bool | Unset = False
    next_step: None | str | Unset = UNSET
    next_step_due: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET
    reason: ClosedReason | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        keep_other_placements = self.keep_other_placements

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

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, ClosedReason):
            reason = self.reason.value
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to": to,
        })
        if keep_other_placements is not UNSET:
            field_dict["keep_other_placements"] = keep_other_placements
        if next_step is not UNSET:
            field_dict["next_step"] = next_step
        if next_step_due is not UNSET:
            field_dict["next_step_due"] = next_step_due
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = Stage(d.pop("to"))




        keep_other_placements = d.pop("keep_other_placements", UNSET)

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


        def _parse_reason(data: object) -> ClosedReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = ClosedReason(data)



                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClosedReason | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        transition_create = cls(
            to=to,
            keep_other_placements=keep_other_placements,
            next_step=next_step,
            next_step_due=next_step_due,
            note=note,
            reason=reason,
        )

        return transition_create

