from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="PatientInfo")


@_attrs_define
class PatientInfo:
    """The participant the kit ships to. Only these members are known by name; first and last name, date of birth, e-mail
    and phone number surely exist but their names and formats were not captured: send them as LGC's onboarding material
    names them (they are passed through).

    """

    gender: str | Unset = UNSET
    """ Values not captured (its type was "corrected" in 2022). The only gender vocabulary in the Orders docs is
    `male` / `female` (questionnaire query). """
    participant_language: str | Unset = UNSET
    """ The participant's language; the code system (ISO 639-1? BCP 47?) is not documented. """
    phone_country_code: str | Unset = UNSET
    """ Phone country code; the format (`+1`, `1`, `US`) is not documented. """
    address: Address | Unset = UNSET
    """ Delivery address of the test kit. Street, city and postal-code member names were not captured. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender = self.gender

        participant_language = self.participant_language

        phone_country_code = self.phone_country_code

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gender is not UNSET:
            field_dict["gender"] = gender
        if participant_language is not UNSET:
            field_dict["participantLanguage"] = participant_language
        if phone_country_code is not UNSET:
            field_dict["phoneCountryCode"] = phone_country_code
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        gender = d.pop("gender", UNSET)

        participant_language = d.pop("participantLanguage", UNSET)

        phone_country_code = d.pop("phoneCountryCode", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        patient_info = cls(
            gender=gender,
            participant_language=participant_language,
            phone_country_code=phone_country_code,
            address=address,
        )

        patient_info.additional_properties = d
        return patient_info

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
