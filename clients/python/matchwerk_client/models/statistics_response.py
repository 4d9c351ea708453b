from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.region_level import RegionLevel
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.cell import Cell





T = TypeVar("T", bound="StatisticsResponse")



@_attrs_define
class StatisticsResponse:
    """ Anonymous counts per group. Small numbers are never published (see docs/statistics.md).

        Attributes:
            cells (list[Cell]):
            group_by (list[str]):
            measure (str): What ``count`` counts.
            occupation_level (int):
            region_level (RegionLevel):
            suppressed_cells (int): How many cells are suppressed.
            total (int | None): All persons counted; null when it has to be suppressed too.
            total_suppressed (bool | Unset):  Default: False.
            value_names (list[str] | Unset): The figures each cell's ``values`` has.
     """

    cells: list[Cell]
    group_by: list[str]
    measure: str
    occupation_level: int
    region_level: RegionLevel
    suppressed_cells: int
    total: int | None
    total_suppressed: bool | Unset = False
    value_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cell import Cell # noqa: PLC0415
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)



        group_by = self.group_by



        measure = self.measure

        occupation_level = self.occupation_level

        region_level = self.region_level.value

        suppressed_cells = self.suppressed_cells

        total: int | None
        total = self.total

        total_suppressed = self.total_suppressed

        value_names: list[str] | Unset = UNSET
        if not isinstance(self.value_names, Unset):
            value_names = self.value_names




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cells": cells,
            "group_by": group_by,
            "measure": measure,
            "occupation_level": occupation_level,
            "region_level": region_level,
            "suppressed_cells": suppressed_cells,
            "total": total,
        })
        if total_suppressed is not UNSET:
            field_dict["total_suppressed"] = total_suppressed
        if value_names is not UNSET:
            field_dict["value_names"] = value_names

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cell import Cell # noqa: PLC0415
        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in (_cells):
            cells_item = Cell.from_dict(cells_item_data)



            cells.append(cells_item)


        group_by = cast(list[str], d.pop("group_by"))


        measure = d.pop("measure")

        occupation_level = d.pop("occupation_level")

        region_level = RegionLevel(d.pop("region_level"))




        suppressed_cells = d.pop("suppressed_cells")

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))


        total_suppressed = d.pop("total_suppressed", UNSET)

        value_names = cast(list[str], d.pop("value_names", UNSET))


        statistics_response = cls(
            cells=cells,
            group_by=group_by,
            measure=measure,
            occupation_level=occupation_level,
            region_level=region_level,
            suppressed_cells=suppressed_cells,
            total=total,
            total_suppressed=total_suppressed,
            value_names=value_names,
        )


        statistics_response.additional_properties = d
        return statistics_response

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
