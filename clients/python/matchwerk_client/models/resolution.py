from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Resolution")



@_attrs_define
class Resolution:
    """ How a free-text title was mapped to a KldB code.

        Attributes:
            confidence (float):
            matched_label (None | str | Unset):
            matched_lang (None | str | Unset):
            title_de (None | str | Unset): German title of the resolved occupation, for staff to confirm it
     """

    confidence: float
    matched_label: None | str | Unset = UNSET
    matched_lang: None | str | Unset = UNSET
    title_de: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        matched_label: None | str | Unset
        if isinstance(self.matched_label, Unset):
            matched_label = UNSET
        else:
            matched_label = self.matched_label

        matched_lang: None | str | Unset
        if isinstance(self.matched_lang, Unset):
            matched_lang = UNSET
        else:
            matched_lang = self.matched_lang

        title_de: None | str | Unset
        if isinstance(self.title_de, Unset):
            title_de = UNSET
        else:
            title_de = self.title_de


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "confidence": confidence,
        })
        if matched_label is not UNSET:
            field_dict["matched_label"] = matched_label
        if matched_lang is not UNSET:
            field_dict["matched_lang"] = matched_lang
        if title_de is not UNSET:
            field_dict["title_de"] = title_de

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confidence = d.pop("confidence")

        def _parse_matched_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matched_label = _parse_matched_label(d.pop("matched_label", UNSET))


        def _parse_matched_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matched_lang = _parse_matched_lang(d.pop("matched_lang", UNSET))


        def _parse_title_de(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_de = _parse_title_de(d.pop("title_de", UNSET))


        resolution = cls(
            confidence=confidence,
            matched_label=matched_label,
            matched_lang=matched_lang,
            title_de=title_de,
        )


        resolution.additional_properties = d
        return resolution

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
