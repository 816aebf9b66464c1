from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lgc_kit_identifier import LgcKitIdentifier


T = TypeVar("T", bound="OrderStatusV1Response")


@_attrs_define
class OrderStatusV1Response:
    """Answer of GET Order Status v1. The table was cut after `lgcKitIdentifier`; unknown fields (tracking numbers, dates)
    are kept.

    """

    client_order_id: str
    """ Your order reference. """
    status: OrderStatus | str
    """ An `OrderStatus`, or any other string: a status LGC adds later parses as a plain string instead of failing
    the response. Match the known values and keep a default branch. """
    lgc_order_ref: str | Unset = UNSET
    """ LGC's reference of the order, a GUID. """
    participant_id: str | Unset = UNSET
    """ Your unique ID of the person. """
    lgc_kit_identifier: LgcKitIdentifier | None | Unset = UNSET
    """ The kit's identifiers; `null` until the kit is registered (`KitRegistered`). """
    replacement_orders: list[Any] | Unset = UNSET
    """ Orders sent to replace this one (a lost or damaged kit, an unusable sample); the original's status is not
    updated. The element shape was not captured. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lgc_kit_identifier import LgcKitIdentifier  # noqa: PLC0415

        client_order_id = self.client_order_id

        status: str
        if isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        lgc_order_ref = self.lgc_order_ref

        participant_id = self.participant_id

        lgc_kit_identifier: dict[str, Any] | None | Unset
        if isinstance(self.lgc_kit_identifier, Unset):
            lgc_kit_identifier = UNSET
        elif isinstance(self.lgc_kit_identifier, LgcKitIdentifier):
            lgc_kit_identifier = self.lgc_kit_identifier.to_dict()
        else:
            lgc_kit_identifier = self.lgc_kit_identifier

        replacement_orders: list[Any] | Unset = UNSET
        if not isinstance(self.replacement_orders, Unset):
            replacement_orders = self.replacement_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientOrderId": client_order_id,
                "status": status,
            }
        )
        if lgc_order_ref is not UNSET:
            field_dict["lgcOrderRef"] = lgc_order_ref
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if lgc_kit_identifier is not UNSET:
            field_dict["lgcKitIdentifier"] = lgc_kit_identifier
        if replacement_orders is not UNSET:
            field_dict["replacementOrders"] = replacement_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lgc_kit_identifier import LgcKitIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        client_order_id = d.pop("clientOrderId")

        def _parse_status(data: object) -> OrderStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_order_status_type_0 = OrderStatus(data)

                return componentsschemas_open_order_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderStatus | str, data)

        status = _parse_status(d.pop("status"))

        lgc_order_ref = d.pop("lgcOrderRef", UNSET)

        participant_id = d.pop("participantId", UNSET)

        def _parse_lgc_kit_identifier(data: object) -> LgcKitIdentifier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lgc_kit_identifier_type_0 = LgcKitIdentifier.from_dict(data)

                return lgc_kit_identifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LgcKitIdentifier | None | Unset, data)

        lgc_kit_identifier = _parse_lgc_kit_identifier(d.pop("lgcKitIdentifier", UNSET))

        replacement_orders = cast(list[Any], d.pop("replacementOrders", UNSET))

        order_status_v1_response = cls(
            client_order_id=client_order_id,
            status=status,
            lgc_order_ref=lgc_order_ref,
            participant_id=participant_id,
            lgc_kit_identifier=lgc_kit_identifier,
            replacement_orders=replacement_orders,
        )

        order_status_v1_response.additional_properties = d
        return order_status_v1_response

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
