from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_status_change import OrderItemStatusChange


T = TypeVar("T", bound="OrderNotificationV2Body")


@_attrs_define
class OrderNotificationV2Body:
    """Which item of which order changed, and to which status."""

    order_item_status: OrderItemStatusChange
    """ The item whose status changed. """
    client_order_id: str | Unset = UNSET
    """ Your order reference. """
    callback_url: str | Unset = UNSET
    """ GET Order (v2) URL of the order. Check that it points at your LGC host before sending a token to it. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the notification was created (UTC; up to 7 fractional digits). Use it to tell older events from newer
    ones. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_item_status = self.order_item_status.to_dict()

        client_order_id = self.client_order_id

        callback_url = self.callback_url

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderItemStatus": order_item_status,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if callback_url is not UNSET:
            field_dict["callbackURL"] = callback_url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_item_status_change import OrderItemStatusChange  # noqa: PLC0415

        d = dict(src_dict)
        order_item_status = OrderItemStatusChange.from_dict(d.pop("orderItemStatus"))

        client_order_id = d.pop("clientOrderId", UNSET)

        callback_url = d.pop("callbackURL", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        order_notification_v2_body = cls(
            order_item_status=order_item_status,
            client_order_id=client_order_id,
            callback_url=callback_url,
            timestamp=timestamp,
        )

        order_notification_v2_body.additional_properties = d
        return order_notification_v2_body

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
