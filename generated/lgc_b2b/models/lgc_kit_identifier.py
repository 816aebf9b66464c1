from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LgcKitIdentifier")


@_attrs_define
class LgcKitIdentifier:
    """The identifiers printed on the kit."""

    numerical_code: str | Unset = UNSET
    """ The kit barcode, `LGC-0000-0000-0000` (each 0 a digit). """
    alpha_code: str | Unset = UNSET
    """ Six upper-case letters, `AAAAAA` (format as in the Results API). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numerical_code = self.numerical_code

        alpha_code = self.alpha_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numerical_code is not UNSET:
            field_dict["numericalCode"] = numerical_code
        if alpha_code is not UNSET:
            field_dict["alphaCode"] = alpha_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        numerical_code = d.pop("numericalCode", UNSET)

        alpha_code = d.pop("alphaCode", UNSET)

        lgc_kit_identifier = cls(
            numerical_code=numerical_code,
            alpha_code=alpha_code,
        )

        lgc_kit_identifier.additional_properties = d
        return lgc_kit_identifier

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
