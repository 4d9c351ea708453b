from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.cell_key import CellKey
  from ..models.cell_labels import CellLabels
  from ..models.cell_values import CellValues





T = TypeVar("T", bound="Cell")



@_attrs_define
class Cell:
    """ One group: its key (and readable names of the key's codes) and its count, unless suppressed.

        Attributes:
            count (int | None): Persons in the group; null when suppressed.
            key (CellKey):
            labels (CellLabels | Unset): Names of the key's codes (region, occupation area), if known.
            suppressed (bool | Unset): True: 1-4 persons, or hidden so that such a cell cannot be worked out. Default:
                False.
            values (CellValues | Unset): Further figures of the group (supply/demand, placements); null when suppressed.
     """

    count: int | None
    key: CellKey
    labels: CellLabels | Unset = UNSET
    suppressed: bool | Unset = False
    values: CellValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cell_key import CellKey # noqa: PLC0415
        from ..models.cell_labels import CellLabels # noqa: PLC0415
        from ..models.cell_values import CellValues # noqa: PLC0415
        count: int | None
        count = self.count

        key = self.key.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        suppressed = self.suppressed

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "key": key,
        })
        if labels is not UNSET:
            field_dict["labels"] = labels
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cell_key import CellKey # noqa: PLC0415
        from ..models.cell_labels import CellLabels # noqa: PLC0415
        from ..models.cell_values import CellValues # noqa: PLC0415
        d = dict(src_dict)
        def _parse_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        count = _parse_count(d.pop("count"))


        key = CellKey.from_dict(d.pop("key"))




        _labels = d.pop("labels", UNSET)
        labels: CellLabels | Unset
        if isinstance(_labels,  Unset):
            labels = UNSET
        else:
            labels = CellLabels.from_dict(_labels)




        suppressed = d.pop("suppressed", UNSET)

        _values = d.pop("values", UNSET)
        values: CellValues | Unset
        if isinstance(_values,  Unset):
            values = UNSET
        else:
            values = CellValues.from_dict(_values)




        cell = cls(
            count=count,
            key=key,
            labels=labels,
            suppressed=suppressed,
            values=values,
        )


        cell.additional_properties = d
        return cell

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
