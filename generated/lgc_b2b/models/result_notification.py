from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.result_notification_body import ResultNotificationBody


T = TypeVar("T", bound="ResultNotification")


@_attrs_define
class ResultNotification:
    """A lab result changed (Results API); shares the endpoint with order notifications."""

    type_: Literal["Result"]
    """ Resource type. """
    body: ResultNotificationBody
    """ Which kit's result changed. """
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
        from ..models.result_notification_body import ResultNotificationBody  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["Result"], d.pop("type"))
        if type_ != "Result":
            raise ValueError(f"type must match const 'Result', got '{type_}'")

        body = ResultNotificationBody.from_dict(d.pop("body"))

        result_notification = cls(
            type_=type_,
            body=body,
        )

        result_notification.additional_properties = d
        return result_notification

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
