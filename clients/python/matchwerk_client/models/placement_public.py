from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.closed_reason import ClosedReason
from ..models.stage import Stage
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.history_entry import HistoryEntry
  from ..models.placement_candidate import PlacementCandidate
  from ..models.placement_public_components_at_proposal import PlacementPublicComponentsAtProposal





T = TypeVar("T", bound="PlacementPublic")



@_attrs_define
class PlacementPublic:
    """ A placement as the API returns it.

        Attributes:
            candidate (PlacementCandidate): Who the placement is about: for employers a pseudonym, plus name and contact
                once released.
            candidate_id (None | UUID):
            closed_reason (ClosedReason | None):
            components_at_proposal (PlacementPublicComponentsAtProposal):
            created_at (datetime.datetime):
            employer_id (UUID):
            flags_at_proposal (list[str]):
            history (list[HistoryEntry]):
            id (UUID):
            next_step (None | str):
            next_step_due (datetime.date | None):
            score_at_proposal (float | None):
            stage (Stage):
            updated_at (datetime.datetime):
            vacancy_id (UUID):
            version (int): Also the ETag; send it as If-Match with a transition.
     """

    candidate: PlacementCandidate
    candidate_id: None | UUID
    closed_reason: ClosedReason | None
    components_at_proposal: PlacementPublicComponentsAtProposal
    created_at: datetime.datetime
    employer_id: UUID
    flags_at_proposal: list[str]
    history: list[HistoryEntry]
    id: UUID
    next_step: None | str
    next_step_due: datetime.date | None
    score_at_proposal: float | None
    stage: Stage
    updated_at: datetime.datetime
    vacancy_id: UUID
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.history_entry import HistoryEntry # noqa: PLC0415
        from ..models.placement_candidate import PlacementCandidate # noqa: PLC0415
        from ..models.placement_public_components_at_proposal import PlacementPublicComponentsAtProposal # noqa: PLC0415
        candidate = self.candidate.to_dict()

        candidate_id: None | str
        if isinstance(self.candidate_id, UUID):
            candidate_id = str(self.candidate_id)
        else:
            candidate_id = self.candidate_id

        closed_reason: None | str
        if isinstance(self.closed_reason, ClosedReason):
            closed_reason = self.closed_reason.value
        else:
            closed_reason = self.closed_reason

        components_at_proposal = self.components_at_proposal.to_dict()

        created_at = self.created_at.isoformat()

        employer_id = str(self.employer_id)

        flags_at_proposal = self.flags_at_proposal



        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)



        id = str(self.id)

        next_step: None | str
        next_step = self.next_step

        next_step_due: None | str
        if isinstance(self.next_step_due, datetime.date):
            next_step_due = self.next_step_due.isoformat()
        else:
            next_step_due = self.next_step_due

        score_at_proposal: float | None
        score_at_proposal = self.score_at_proposal

        stage = self.stage.value

        updated_at = self.updated_at.isoformat()

        vacancy_id = str(self.vacancy_id)

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidate": candidate,
            "candidate_id": candidate_id,
            "closed_reason": closed_reason,
            "components_at_proposal": components_at_proposal,
            "created_at": created_at,
            "employer_id": employer_id,
            "flags_at_proposal": flags_at_proposal,
            "history": history,
            "id": id,
            "next_step": next_step,
            "next_step_due": next_step_due,
            "score_at_proposal": score_at_proposal,
            "stage": stage,
            "updated_at": updated_at,
            "vacancy_id": vacancy_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_entry import HistoryEntry # noqa: PLC0415
        from ..models.placement_candidate import PlacementCandidate # noqa: PLC0415
        from ..models.placement_public_components_at_proposal import PlacementPublicComponentsAtProposal # noqa: PLC0415
        d = dict(src_dict)
        candidate = PlacementCandidate.from_dict(d.pop("candidate"))




        def _parse_candidate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_id_type_0 = UUID(data)



                return candidate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        candidate_id = _parse_candidate_id(d.pop("candidate_id"))


        def _parse_closed_reason(data: object) -> ClosedReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_reason_type_0 = ClosedReason(data)



                return closed_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClosedReason | None, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason"))


        components_at_proposal = PlacementPublicComponentsAtProposal.from_dict(d.pop("components_at_proposal"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        employer_id = UUID(d.pop("employer_id"))




        flags_at_proposal = cast(list[str], d.pop("flags_at_proposal"))


        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = HistoryEntry.from_dict(history_item_data)



            history.append(history_item)


        id = UUID(d.pop("id"))




        def _parse_next_step(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_step = _parse_next_step(d.pop("next_step"))


        def _parse_next_step_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_due_type_0 = datetime.date.fromisoformat(data)



                return next_step_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_step_due = _parse_next_step_due(d.pop("next_step_due"))


        def _parse_score_at_proposal(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score_at_proposal = _parse_score_at_proposal(d.pop("score_at_proposal"))


        stage = Stage(d.pop("stage"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        vacancy_id = UUID(d.pop("vacancy_id"))




        version = d.pop("version")

        placement_public = cls(
            candidate=candidate,
            candidate_id=candidate_id,
            closed_reason=closed_reason,
            components_at_proposal=components_at_proposal,
            created_at=created_at,
            employer_id=employer_id,
            flags_at_proposal=flags_at_proposal,
            history=history,
            id=id,
            next_step=next_step,
            next_step_due=next_step_due,
            score_at_proposal=score_at_proposal,
            stage=stage,
            updated_at=updated_at,
            vacancy_id=vacancy_id,
            version=version,
        )


        placement_public.additional_properties = d
        return placement_public

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
