from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order_notification_v2_body import OrderNotificationV2Body


T = TypeVar("T", bound="OrderNotificationV2")


@_attrs_define
class OrderNotificationV2:
    """Order item status change of an order created with Orders API v2."""

    type_: Literal["order"]
    """ Resource type. """
    body: OrderNotificationV2Body
    """ Which item of which order changed, and to which status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_notification_v2_body import OrderNotificationV2Body  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["order"], d.pop("type"))
        if type_ != "order":
            raise ValueError(f"type must match const 'order', got '{type_}'")

        body = OrderNotificationV2Body.from_dict(d.pop("body"))

        order_notification_v2 = cls(
            type_=type_,
            body=body,
        )

        order_notification_v2.additional_properties = d
        return order_notification_v2

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
