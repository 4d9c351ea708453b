from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cefr_level import CefrLevel






T = TypeVar("T", bound="RequiredLanguage")



@_attrs_define
class RequiredLanguage:
    """ A language other than German that the job needs.

        Attributes:
            code (str):
            level (CefrLevel):
     """

    code: str
    level: CefrLevel





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        level = self.level.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "level": level,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        level = CefrLevel(d.pop("level"))




        required_language = cls(
            code=code,
            level=level,
        )

        return required_language

