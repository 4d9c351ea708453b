from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cefr_level import CefrLevel
from ..models.certificate import Certificate
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LanguageIn")



@_attrs_define
class LanguageIn:
    """ 
        Attributes:
            code (str):
            level (CefrLevel):
            certificate (Certificate | None | Unset):
     """

    code: str
    level: CefrLevel
    certificate: Certificate | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        level = self.level.value

        certificate: None | str | Unset
        if isinstance(self.certificate, Unset):
            certificate = UNSET
        elif isinstance(self.certificate, Certificate):
            certificate = self.certificate.value
        else:
            certificate = self.certificate


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "level": level,
        })
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        level = CefrLevel(d.pop("level"))




        def _parse_certificate(data: object) -> Certificate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certificate_type_0 = Certificate(data)



                return certificate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Certificate | None | Unset, data)

        certificate = _parse_certificate(d.pop("certificate", UNSET))


        language_in = cls(
            code=code,
            level=level,
            certificate=certificate,
        )

        return language_in

