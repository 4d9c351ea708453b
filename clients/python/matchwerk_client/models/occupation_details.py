from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.occupation_details_job_titles import OccupationDetailsJobTitles
  from ..models.occupation_details_labels import OccupationDetailsLabels
  from ..models.parent_group import ParentGroup
  from ..models.related_occupation import RelatedOccupation





T = TypeVar("T", bound="OccupationDetails")



@_attrs_define
class OccupationDetails:
    """ An occupation with its titles, ISCO-08 code, recognition facts, groups and related occupations.

        Attributes:
            isco08_code (None | str):
            job_titles (OccupationDetailsJobTitles):
            kldb_code (str):
            labels (OccupationDetailsLabels):
            parent_groups (list[ParentGroup]):
            recognition_authority (None | str):
            regulated (bool):
            related (list[RelatedOccupation]):
            skill_level (str):
            title_de (str):
            title_official (str):
     """

    isco08_code: None | str
    job_titles: OccupationDetailsJobTitles
    kldb_code: str
    labels: OccupationDetailsLabels
    parent_groups: list[ParentGroup]
    recognition_authority: None | str
    regulated: bool
    related: list[RelatedOccupation]
    skill_level: str
    title_de: str
    title_official: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.occupation_details_job_titles import OccupationDetailsJobTitles # noqa: PLC0415
        from ..models.occupation_details_labels import OccupationDetailsLabels # noqa: PLC0415
        from ..models.parent_group import ParentGroup # noqa: PLC0415
        from ..models.related_occupation import RelatedOccupation # noqa: PLC0415
        isco08_code: None | str
        isco08_code = self.isco08_code

        job_titles = self.job_titles.to_dict()

        kldb_code = self.kldb_code

        labels = self.labels.to_dict()

        parent_groups = []
        for parent_groups_item_data in self.parent_groups:
            parent_groups_item = parent_groups_item_data.to_dict()
            parent_groups.append(parent_groups_item)



        recognition_authority: None | str
        recognition_authority = self.recognition_authority

        regulated = self.regulated

        related = []
        for related_item_data in self.related:
            related_item = related_item_data.to_dict()
            related.append(related_item)



        skill_level = self.skill_level

        title_de = self.title_de

        title_official = self.title_official


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "isco08_code": isco08_code,
            "job_titles": job_titles,
            "kldb_code": kldb_code,
            "labels": labels,
            "parent_groups": parent_groups,
            "recognition_authority": recognition_authority,
            "regulated": regulated,
            "related": related,
            "skill_level": skill_level,
            "title_de": title_de,
            "title_official": title_official,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.occupation_details_job_titles import OccupationDetailsJobTitles # noqa: PLC0415
        from ..models.occupation_details_labels import OccupationDetailsLabels # noqa: PLC0415
        from ..models.parent_group import ParentGroup # noqa: PLC0415
        from ..models.related_occupation import RelatedOccupation # noqa: PLC0415
        d = dict(src_dict)
        def _parse_isco08_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        isco08_code = _parse_isco08_code(d.pop("isco08_code"))


        job_titles = OccupationDetailsJobTitles.from_dict(d.pop("job_titles"))




        kldb_code = d.pop("kldb_code")

        labels = OccupationDetailsLabels.from_dict(d.pop("labels"))




        parent_groups = []
        _parent_groups = d.pop("parent_groups")
        for parent_groups_item_data in (_parent_groups):
            parent_groups_item = ParentGroup.from_dict(parent_groups_item_data)



            parent_groups.append(parent_groups_item)


        def _parse_recognition_authority(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recognition_authority = _parse_recognition_authority(d.pop("recognition_authority"))


        regulated = d.pop("regulated")

        related = []
        _related = d.pop("related")
        for related_item_data in (_related):
            related_item = RelatedOccupation.from_dict(related_item_data)



            related.append(related_item)


        skill_level = d.pop("skill_level")

        title_de = d.pop("title_de")

        title_official = d.pop("title_official")

        occupation_details = cls(
            isco08_code=isco08_code,
            job_titles=job_titles,
            kldb_code=kldb_code,
            labels=labels,
            parent_groups=parent_groups,
            recognition_authority=recognition_authority,
            regulated=regulated,
            related=related,
            skill_level=skill_level,
            title_de=title_de,
            title_official=title_official,
        )


        occupation_details.additional_properties = d
        return occupation_details

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
