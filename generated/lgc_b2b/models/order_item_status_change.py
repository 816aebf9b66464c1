from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_status import OrderItemStatus


T = TypeVar("T", bound="OrderItemStatusChange")


@_attrs_define
class OrderItemStatusChange:
    """The item whose status changed."""

    id: str | Unset = UNSET
    """ The order item ID (a GUID). """
    status: OrderItemStatus | Unset = UNSET
    """ A status wrapped as `{"code": …}`, as in the v2 order notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_item_status import OrderItemStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: OrderItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderItemStatus.from_dict(_status)

        order_item_status_change = cls(
            id=id,
            status=status,
        )

        order_item_status_change.additional_properties = d
        return order_item_status_change

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
