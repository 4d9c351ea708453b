from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.blocker_code import BlockerCode
from ..models.match_flag import MatchFlag
from ..models.suggestion_code import SuggestionCode
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.candidate_summary import CandidateSummary
  from ..models.match_components import MatchComponents
  from ..models.vacancy_summary import VacancySummary





T = TypeVar("T", bound="MatchItem")



@_attrs_define
class MatchItem:
    """ One ranked pair with its explanation.

        Attributes:
            blocker_codes (list[BlockerCode]):
            blockers (list[str]):
            candidate (CandidateSummary): Matching-relevant facts only: no name, contact, birth date, nationality or
                reference.
            candidate_id (UUID):
            components (MatchComponents): The six components of the score (MATCHING.md §2); how they combine is stated on
                ``score``.
            flag_reasons (list[str]): One sentence per flag, in the order of ``flags``.
            flags (list[MatchFlag]):
            score (float): Match score 0..1 (model v2): occupation × (w_occ + (1 − w_occ) × rest), where rest is the
                weighted mean of the other components (language, recognition, experience, availability, and location when both
                places and a radius are known) with the weights reported per component. The occupation component caps the score;
                pairs whose occupation component is below MATCHWERK_MIN_OCCUPATION (default 0.35) are not matches.
            suggestion_codes (list[SuggestionCode]):
            suggestions (list[str]):
            vacancy (VacancySummary):
            vacancy_id (UUID):
     """

    blocker_codes: list[BlockerCode]
    blockers: list[str]
    candidate: CandidateSummary
    candidate_id: UUID
    components: MatchComponents
    flag_reasons: list[str]
    flags: list[MatchFlag]
    score: float
    suggestion_codes: list[SuggestionCode]
    suggestions: list[str]
    vacancy: VacancySummary
    vacancy_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_summary import CandidateSummary # noqa: PLC0415
        from ..models.match_components import MatchComponents # noqa: PLC0415
        from ..models.vacancy_summary import VacancySummary # noqa: PLC0415
        blocker_codes = []
        for blocker_codes_item_data in self.blocker_codes:
            blocker_codes_item = blocker_codes_item_data.value
            blocker_codes.append(blocker_codes_item)



        blockers = self.blockers



        candidate = self.candidate.to_dict()

        candidate_id = str(self.candidate_id)

        components = self.components.to_dict()

        flag_reasons = self.flag_reasons



        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.value
            flags.append(flags_item)



        score = self.score

        suggestion_codes = []
        for suggestion_codes_item_data in self.suggestion_codes:
            suggestion_codes_item = suggestion_codes_item_data.value
            suggestion_codes.append(suggestion_codes_item)



        suggestions = self.suggestions



        vacancy = self.vacancy.to_dict()

        vacancy_id = str(self.vacancy_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "blocker_codes": blocker_codes,
            "blockers": blockers,
            "candidate": candidate,
            "candidate_id": candidate_id,
            "components": components,
            "flag_reasons": flag_reasons,
            "flags": flags,
            "score": score,
            "suggestion_codes": suggestion_codes,
            "suggestions": suggestions,
            "vacancy": vacancy,
            "vacancy_id": vacancy_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_summary import CandidateSummary # noqa: PLC0415
        from ..models.match_components import MatchComponents # noqa: PLC0415
        from ..models.vacancy_summary import VacancySummary # noqa: PLC0415
        d = dict(src_dict)
        blocker_codes = []
        _blocker_codes = d.pop("blocker_codes")
        for blocker_codes_item_data in (_blocker_codes):
            blocker_codes_item = BlockerCode(blocker_codes_item_data)



            blocker_codes.append(blocker_codes_item)


        blockers = cast(list[str], d.pop("blockers"))


        candidate = CandidateSummary.from_dict(d.pop("candidate"))




        candidate_id = UUID(d.pop("candidate_id"))




        components = MatchComponents.from_dict(d.pop("components"))




        flag_reasons = cast(list[str], d.pop("flag_reasons"))


        flags = []
        _flags = d.pop("flags")
        for flags_item_data in (_flags):
            flags_item = MatchFlag(flags_item_data)



            flags.append(flags_item)


        score = d.pop("score")

        suggestion_codes = []
        _suggestion_codes = d.pop("suggestion_codes")
        for suggestion_codes_item_data in (_suggestion_codes):
            suggestion_codes_item = SuggestionCode(suggestion_codes_item_data)



            suggestion_codes.append(suggestion_codes_item)


        suggestions = cast(list[str], d.pop("suggestions"))


        vacancy = VacancySummary.from_dict(d.pop("vacancy"))




        vacancy_id = UUID(d.pop("vacancy_id"))




        match_item = cls(
            blocker_codes=blocker_codes,
            blockers=blockers,
            candidate=candidate,
            candidate_id=candidate_id,
            components=components,
            flag_reasons=flag_reasons,
            flags=flags,
            score=score,
            suggestion_codes=suggestion_codes,
            suggestions=suggestions,
            vacancy=vacancy,
            vacancy_id=vacancy_id,
        )


        match_item.additional_properties = d
        return match_item

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
