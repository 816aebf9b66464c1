from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderV1Receipt")


@_attrs_define
class OrderV1Receipt:
    """Answer of PUT Order v1. Only these two members are known (release notes)."""

    client_order_id: str | Unset = UNSET
    """ Your order reference. """
    lgc_order_ref: str | Unset = UNSET
    """ LGC's reference of the order, a GUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        lgc_order_ref = self.lgc_order_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if lgc_order_ref is not UNSET:
            field_dict["lgcOrderRef"] = lgc_order_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_order_id = d.pop("clientOrderId", UNSET)

        lgc_order_ref = d.pop("lgcOrderRef", UNSET)

        order_v1_receipt = cls(
            client_order_id=client_order_id,
            lgc_order_ref=lgc_order_ref,
        )

        order_v1_receipt.additional_properties = d
        return order_v1_receipt

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
