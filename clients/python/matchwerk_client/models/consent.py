from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Consent")



@_attrs_define
class Consent:
    """ What the person agreed to; everything defaults to no.

        Attributes:
            matching (bool | Unset):  Default: False.
            share_with_employers (bool | Unset):  Default: False.
            share_with_employment_agency (bool | Unset):  Default: False.
     """

    matching: bool | Unset = False
    share_with_employers: bool | Unset = False
    share_with_employment_agency: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        matching = self.matching

        share_with_employers = self.share_with_employers

        share_with_employment_agency = self.share_with_employment_agency


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if matching is not UNSET:
            field_dict["matching"] = matching
        if share_with_employers is not UNSET:
            field_dict["share_with_employers"] = share_with_employers
        if share_with_employment_agency is not UNSET:
            field_dict["share_with_employment_agency"] = share_with_employment_agency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matching = d.pop("matching", UNSET)

        share_with_employers = d.pop("share_with_employers", UNSET)

        share_with_employment_agency = d.pop("share_with_employment_agency", UNSET)

        consent = cls(
            matching=matching,
            share_with_employers=share_with_employers,
            share_with_employment_agency=share_with_employment_agency,
        )

        return consent

