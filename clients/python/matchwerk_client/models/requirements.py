from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cefr_level import CefrLevel
from ..models.recognition_requirement import RecognitionRequirement
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.required_language import RequiredLanguage





T = TypeVar("T", bound="Requirements")



@_attrs_define
class Requirements:
    """ What the job asks for.

        Attributes:
            german_min (CefrLevel | None | Unset):
            languages (list[RequiredLanguage] | Unset):
            min_years_experience (float | None | Unset):
            recognition (RecognitionRequirement | Unset):
     """

    german_min: CefrLevel | None | Unset = UNSET
    languages: list[RequiredLanguage] | Unset = UNSET
    min_years_experience: float | None | Unset = UNSET
    recognition: RecognitionRequirement | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.required_language import RequiredLanguage # noqa: PLC0415
        german_min: None | str | Unset
        if isinstance(self.german_min, Unset):
            german_min = UNSET
        elif isinstance(self.german_min, CefrLevel):
            german_min = self.german_min.value
        else:
            german_min = self.german_min

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)



        min_years_experience: float | None | Unset
        if isinstance(self.min_years_experience, Unset):
            min_years_experience = UNSET
        else:
            min_years_experience = self.min_years_experience

        recognition: str | Unset = UNSET
        if not isinstance(self.recognition, Unset):
            recognition = self.recognition.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if german_min is not UNSET:
            field_dict["german_min"] = german_min
        if languages is not UNSET:
            field_dict["languages"] = languages
        if min_years_experience is not UNSET:
            field_dict["min_years_experience"] = min_years_experience
        if recognition is not UNSET:
            field_dict["recognition"] = recognition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.required_language import RequiredLanguage # noqa: PLC0415
        d = dict(src_dict)
        def _parse_german_min(data: object) -> CefrLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                german_min_type_0 = CefrLevel(data)



                return german_min_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CefrLevel | None | Unset, data)

        german_min = _parse_german_min(d.pop("german_min", UNSET))


        _languages = d.pop("languages", UNSET)
        languages: list[RequiredLanguage] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = RequiredLanguage.from_dict(languages_item_data)



                languages.append(languages_item)


        def _parse_min_years_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_years_experience = _parse_min_years_experience(d.pop("min_years_experience", UNSET))


        _recognition = d.pop("recognition", UNSET)
        recognition: RecognitionRequirement | Unset
        if isinstance(_recognition,  Unset):
            recognition = UNSET
        else:
            recognition = RecognitionRequirement(_recognition)




        requirements = cls(
            german_min=german_min,
            languages=languages,
            min_years_experience=min_years_experience,
            recognition=recognition,
        )

        return requirements

