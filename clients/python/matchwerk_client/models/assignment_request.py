from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.vacancy_filter import VacancyFilter





T = TypeVar("T", bound="AssignmentRequest")



@_attrs_define
class AssignmentRequest:
    """ Solve the assignment for the filtered open vacancies.

        Attributes:
            create_placements (bool | Unset): Create a proposed placement per pair once the placement workflow exists; until
                then nothing is created and placements_created is false. Default: False.
            min_score (float | Unset): Pairs below this score are not used Default: 0.0.
            vacancy_filter (VacancyFilter | Unset): Which open vacancies take part; every condition given must hold.
     """

    create_placements: bool | Unset = False
    min_score: float | Unset = 0.0
    vacancy_filter: VacancyFilter | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.vacancy_filter import VacancyFilter # noqa: PLC0415
        create_placements = self.create_placements

        min_score = self.min_score

        vacancy_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vacancy_filter, Unset):
            vacancy_filter = self.vacancy_filter.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if create_placements is not UNSET:
            field_dict["create_placements"] = create_placements
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if vacancy_filter is not UNSET:
            field_dict["vacancy_filter"] = vacancy_filter

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vacancy_filter import VacancyFilter # noqa: PLC0415
        d = dict(src_dict)
        create_placements = d.pop("create_placements", UNSET)

        min_score = d.pop("min_score", UNSET)

        _vacancy_filter = d.pop("vacancy_filter", UNSET)
        vacancy_filter: VacancyFilter | Unset
        if isinstance(_vacancy_filter,  Unset):
            vacancy_filter = UNSET
        else:
            vacancy_filter = VacancyFilter.from_dict(_vacancy_filter)




        assignment_request = cls(
            create_placements=create_placements,
            min_score=min_score,
            vacancy_filter=vacancy_filter,
        )

        return assignment_request

