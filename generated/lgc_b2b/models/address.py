from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """Delivery address of the test kit. Street, city and postal-code member names were not captured."""

    state: str | Unset = UNSET
    """ US state code (Alaska, `AK`, is accepted again since 2022-09). The full list was not captured. """
    country_iso_alpha_2: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code. Replaced `countryName` in 2022. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        country_iso_alpha_2 = self.country_iso_alpha_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if country_iso_alpha_2 is not UNSET:
            field_dict["countryIsoAlpha2"] = country_iso_alpha_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = d.pop("state", UNSET)

        country_iso_alpha_2 = d.pop("countryIsoAlpha2", UNSET)

        address = cls(
            state=state,
            country_iso_alpha_2=country_iso_alpha_2,
        )

        address.additional_properties = d
        return address

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
