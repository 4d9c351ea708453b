from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Offers")



@_attrs_define
class Offers:
    """ What the employer offers beyond the job.

        Attributes:
            housing (bool | Unset):  Default: False.
            language_course (bool | Unset):  Default: False.
            recognition_support (bool | Unset):  Default: False.
     """

    housing: bool | Unset = False
    language_course: bool | Unset = False
    recognition_support: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        housing = self.housing

        language_course = self.language_course

        recognition_support = self.recognition_support


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if housing is not UNSET:
            field_dict["housing"] = housing
        if language_course is not UNSET:
            field_dict["language_course"] = language_course
        if recognition_support is not UNSET:
            field_dict["recognition_support"] = recognition_support

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        housing = d.pop("housing", UNSET)

        language_course = d.pop("language_course", UNSET)

        recognition_support = d.pop("recognition_support", UNSET)

        offers = cls(
            housing=housing,
            language_course=language_course,
            recognition_support=recognition_support,
        )

        return offers

