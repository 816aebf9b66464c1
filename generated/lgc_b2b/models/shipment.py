from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """Tracking numbers of the kit. Casing differs between sources (`outboundTrackingNumber` in the release notes); the
    other casing is kept as an unknown field.

    """

    outbound_tracking_number: None | str | Unset = UNSET
    """ Tracking number of the kit's trip to the participant. """
    inbound_tracking_number: None | str | Unset = UNSET
    """ Tracking number of the sample's trip to the lab. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outbound_tracking_number: None | str | Unset
        if isinstance(self.outbound_tracking_number, Unset):
            outbound_tracking_number = UNSET
        else:
            outbound_tracking_number = self.outbound_tracking_number

        inbound_tracking_number: None | str | Unset
        if isinstance(self.inbound_tracking_number, Unset):
            inbound_tracking_number = UNSET
        else:
            inbound_tracking_number = self.inbound_tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outbound_tracking_number is not UNSET:
            field_dict["OutboundTrackingNumber"] = outbound_tracking_number
        if inbound_tracking_number is not UNSET:
            field_dict["InboundTrackingNumber"] = inbound_tracking_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_outbound_tracking_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound_tracking_number = _parse_outbound_tracking_number(d.pop("OutboundTrackingNumber", UNSET))

        def _parse_inbound_tracking_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_tracking_number = _parse_inbound_tracking_number(d.pop("InboundTrackingNumber", UNSET))

        shipment = cls(
            outbound_tracking_number=outbound_tracking_number,
            inbound_tracking_number=inbound_tracking_number,
        )

        shipment.additional_properties = d
        return shipment

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
