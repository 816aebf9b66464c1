from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_v2 import OrderItemV2


T = TypeVar("T", bound="OrderV2")


@_attrs_define
class OrderV2:
    """An order as GET Order (v2) returns it. The table was cut after `orderItems[].createdAt`; unknown fields are kept.
    `lgcOrderRef` (v1) is absent from the captured v2 table.

    """

    client_order_id: str
    """ Your order reference. """
    order_items: list[OrderItemV2]
    """ The items of the order, one test kit each. """
    participant_id: str | Unset = UNSET
    """ Your unique ID of the person. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        participant_id = self.participant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientOrderId": client_order_id,
                "orderItems": order_items,
            }
        )
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_item_v2 import OrderItemV2  # noqa: PLC0415

        d = dict(src_dict)
        client_order_id = d.pop("clientOrderId")

        order_items = []
        _order_items = d.pop("orderItems")
        for order_items_item_data in _order_items:
            order_items_item = OrderItemV2.from_dict(order_items_item_data)

            order_items.append(order_items_item)

        participant_id = d.pop("participantId", UNSET)

        order_v2 = cls(
            client_order_id=client_order_id,
            order_items=order_items,
            participant_id=participant_id,
        )

        order_v2.additional_properties = d
        return order_v2

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
