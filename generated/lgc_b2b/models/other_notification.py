from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.other_notification_body import OtherNotificationBody


T = TypeVar("T", bound="OtherNotification")


@_attrs_define
class OtherNotification:
    """Any other notification type LGC may add: kept whole, so a receiver can log and acknowledge it instead of failing."""

    type_: str
    """ Resource type (the envelope member every documented notification has). """
    body: OtherNotificationBody | Unset = UNSET
    """ Payload, shape unknown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_notification_body import OtherNotificationBody  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _body = d.pop("body", UNSET)
        body: OtherNotificationBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = OtherNotificationBody.from_dict(_body)

        other_notification = cls(
            type_=type_,
            body=body,
        )

        other_notification.additional_properties = d
        return other_notification

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
