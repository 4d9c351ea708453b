from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.assigned_pair import AssignedPair
  from ..models.assignment_figures import AssignmentFigures





T = TypeVar("T", bound="AssignmentResult")



@_attrs_define
class AssignmentResult:
    """ The assignment with the highest total score of the sparse graph, and the greedy one's figures.

        Attributes:
            edges (int): Candidate-vacancy pairs in the sparse graph (each vacancy's top K)
            greedy (AssignmentFigures): Total score and number placed of an assignment.
            pairs (list[AssignedPair]):
            placed (int):
            placements_created (bool):
            positions (int): Their open positions (positions − hired)
            total_score (float):
            vacancies (int): Open vacancies that took part
     """

    edges: int
    greedy: AssignmentFigures
    pairs: list[AssignedPair]
    placed: int
    placements_created: bool
    positions: int
    total_score: float
    vacancies: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assigned_pair import AssignedPair # noqa: PLC0415
        from ..models.assignment_figures import AssignmentFigures # noqa: PLC0415
        edges = self.edges

        greedy = self.greedy.to_dict()

        pairs = []
        for pairs_item_data in self.pairs:
            pairs_item = pairs_item_data.to_dict()
            pairs.append(pairs_item)



        placed = self.placed

        placements_created = self.placements_created

        positions = self.positions

        total_score = self.total_score

        vacancies = self.vacancies


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "edges": edges,
            "greedy": greedy,
            "pairs": pairs,
            "placed": placed,
            "placements_created": placements_created,
            "positions": positions,
            "total_score": total_score,
            "vacancies": vacancies,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_pair import AssignedPair # noqa: PLC0415
        from ..models.assignment_figures import AssignmentFigures # noqa: PLC0415
        d = dict(src_dict)
        edges = d.pop("edges")

        greedy = AssignmentFigures.from_dict(d.pop("greedy"))




        pairs = []
        _pairs = d.pop("pairs")
        for pairs_item_data in (_pairs):
            pairs_item = AssignedPair.from_dict(pairs_item_data)



            pairs.append(pairs_item)


        placed = d.pop("placed")

        placements_created = d.pop("placements_created")

        positions = d.pop("positions")

        total_score = d.pop("total_score")

        vacancies = d.pop("vacancies")

        assignment_result = cls(
            edges=edges,
            greedy=greedy,
            pairs=pairs,
            placed=placed,
            placements_created=placements_created,
            positions=positions,
            total_score=total_score,
            vacancies=vacancies,
        )


        assignment_result.additional_properties = d
        return assignment_result

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
