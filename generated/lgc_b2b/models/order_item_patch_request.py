from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.patch_operation import PatchOperation


T = TypeVar("T", bound="OrderItemPatchRequest")


@_attrs_define
class OrderItemPatchRequest:
    """Body of PATCH order item. LGC describes a `patchOperation` object (not a JSON Patch array); the allowed `path`
    values and `value` were cut off the page.

    """

    patch_operation: PatchOperation
    """ One change to an order item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patch_operation = self.patch_operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patchOperation": patch_operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patch_operation import PatchOperation  # noqa: PLC0415

        d = dict(src_dict)
        patch_operation = PatchOperation.from_dict(d.pop("patchOperation"))

        order_item_patch_request = cls(
            patch_operation=patch_operation,
        )

        order_item_patch_request.additional_properties = d
        return order_item_patch_request

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
