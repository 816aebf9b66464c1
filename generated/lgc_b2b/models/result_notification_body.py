from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultNotificationBody")


@_attrs_define
class ResultNotificationBody:
    """Which kit's result changed."""

    barcode: str | Unset = UNSET
    """ The kit barcode (`LGC-…`). """
    alpha_code: str | Unset = UNSET
    """ The kit's six-letter code. """
    callback_url: str | Unset = UNSET
    """ GET Results Status URL of the result. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the notification was created (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode = self.barcode

        alpha_code = self.alpha_code

        callback_url = self.callback_url

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if alpha_code is not UNSET:
            field_dict["alphaCode"] = alpha_code
        if callback_url is not UNSET:
            field_dict["callbackURL"] = callback_url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        barcode = d.pop("barcode", UNSET)

        alpha_code = d.pop("alphaCode", UNSET)

        callback_url = d.pop("callbackURL", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        result_notification_body = cls(
            barcode=barcode,
            alpha_code=alpha_code,
            callback_url=callback_url,
            timestamp=timestamp,
        )

        result_notification_body.additional_properties = d
        return result_notification_body

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
