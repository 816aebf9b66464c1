from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderNotificationV1Body")


@_attrs_define
class OrderNotificationV1Body:
    """Which order changed."""

    client_order_id: str | Unset = UNSET
    """ Your order reference. """
    callback_url: str | Unset = UNSET
    """ GET Order Status (v1) URL of the order. Check that it points at your LGC host before sending a token to it.
    """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the notification was created (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        callback_url = self.callback_url

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if callback_url is not UNSET:
            field_dict["callbackURL"] = callback_url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_order_id = d.pop("clientOrderId", UNSET)

        callback_url = d.pop("callbackURL", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        order_notification_v1_body = cls(
            client_order_id=client_order_id,
            callback_url=callback_url,
            timestamp=timestamp,
        )

        order_notification_v1_body.additional_properties = d
        return order_notification_v1_body

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
