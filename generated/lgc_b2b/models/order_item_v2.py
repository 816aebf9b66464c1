from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lgc_kit_identifier import LgcKitIdentifier
    from ..models.order_item_status import OrderItemStatus
    from ..models.shipment import Shipment


T = TypeVar("T", bound="OrderItemV2")


@_attrs_define
class OrderItemV2:
    """One item (test kit) of a v2 order."""

    id: str
    """ The order item identifier (a GUID); the `orderItemId` of PATCH. """
    code: str
    """ The test kit code. """
    replacement_order_item_id: None | str | Unset = UNSET
    """ The item that replaced this one (lost or damaged kit, unusable sample), if any. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the order was created, UTC. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the item last changed, UTC (the row was cut; meaning assumed). """
    status: OrderItemStatus | OrderStatus | str | Unset = UNSET
    """ The item's status. Its shape was not captured: the v2 notification carries it as `{"code": …}`, so that
    shape is assumed, and a bare status string is accepted too. """
    lgc_kit_identifier: LgcKitIdentifier | None | Unset = UNSET
    """ The kit's identifiers; `null` until the kit is registered (`KitRegistered`). """
    shipment: Shipment | Unset = UNSET
    """ Tracking numbers of the kit. Casing differs between sources (`outboundTrackingNumber` in the release notes);
    the other casing is kept as an unknown field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lgc_kit_identifier import LgcKitIdentifier  # noqa: PLC0415
        from ..models.order_item_status import OrderItemStatus  # noqa: PLC0415

        id = self.id

        code = self.code

        replacement_order_item_id: None | str | Unset
        if isinstance(self.replacement_order_item_id, Unset):
            replacement_order_item_id = UNSET
        else:
            replacement_order_item_id = self.replacement_order_item_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderItemStatus):
            status = self.status.to_dict()
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        lgc_kit_identifier: dict[str, Any] | None | Unset
        if isinstance(self.lgc_kit_identifier, Unset):
            lgc_kit_identifier = UNSET
        elif isinstance(self.lgc_kit_identifier, LgcKitIdentifier):
            lgc_kit_identifier = self.lgc_kit_identifier.to_dict()
        else:
            lgc_kit_identifier = self.lgc_kit_identifier

        shipment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment, Unset):
            shipment = self.shipment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
            }
        )
        if replacement_order_item_id is not UNSET:
            field_dict["replacementOrderItemId"] = replacement_order_item_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if lgc_kit_identifier is not UNSET:
            field_dict["lgcKitIdentifier"] = lgc_kit_identifier
        if shipment is not UNSET:
            field_dict["shipment"] = shipment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lgc_kit_identifier import LgcKitIdentifier  # noqa: PLC0415
        from ..models.order_item_status import OrderItemStatus  # noqa: PLC0415
        from ..models.shipment import Shipment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        def _parse_replacement_order_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replacement_order_item_id = _parse_replacement_order_item_id(d.pop("replacementOrderItemId", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_status(data: object) -> OrderItemStatus | OrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = OrderItemStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_order_status_type_0 = OrderStatus(data)

                return componentsschemas_open_order_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderItemStatus | OrderStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        _shipment = d.pop("shipment", UNSET)
        shipment: Shipment | Unset
        if isinstance(_shipment, Unset):
            shipment = UNSET
        else:
            shipment = Shipment.from_dict(_shipment)

        order_item_v2 = cls(
            id=id,
            code=code,
            replacement_order_item_id=replacement_order_item_id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            lgc_kit_identifier=lgc_kit_identifier,
            shipment=shipment,
        )

        order_item_v2.additional_properties = d
        return order_item_v2

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
