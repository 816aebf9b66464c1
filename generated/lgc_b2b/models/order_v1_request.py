from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient_info import PatientInfo
    from ..models.physician_info import PhysicianInfo
    from ..models.questionnaire_info import QuestionnaireInfo


T = TypeVar("T", bound="OrderV1Request")


@_attrs_define
class OrderV1Request:
    """Body of PUT Order v1. Like v2, its table was not captured; names come from the release notes. Whether
    `clientOrderId` and `participantId` belong in the v1 body is unconfirmed.

    """

    client_order_id: str | Unset = UNSET
    """ Your order reference (the release notes mention a `clientOrderId` definition in the request table). Send the
    same value as in the path. """
    participant_id: str | Unset = UNSET
    """ Your unique ID of the person. Never reuse or recycle it. """
    patient_info: PatientInfo | Unset = UNSET
    """ The participant the kit ships to. Only these members are known by name; first and last name, date of birth,
    e-mail and phone number surely exist but their names and formats were not captured: send them as LGC's
    onboarding material names them (they are passed through). """
    physician_info: PhysicianInfo | Unset = UNSET
    """ The ordering or reviewing physician. Members not captured. """
    questionnaire_info: QuestionnaireInfo | Unset = UNSET
    """ Questionnaire answers. Members not captured; probably keyed to GET Questionnaire's question IDs. """
    custom_data: Any | Unset = UNSET
    """ Client-controlled extra data (added 2022-02). Its shape (object or string) is not documented, so any JSON
    value is accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_order_id = self.client_order_id

        participant_id = self.participant_id

        patient_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient_info, Unset):
            patient_info = self.patient_info.to_dict()

        physician_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.physician_info, Unset):
            physician_info = self.physician_info.to_dict()

        questionnaire_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.questionnaire_info, Unset):
            questionnaire_info = self.questionnaire_info.to_dict()

        custom_data = self.custom_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if participant_id is not UNSET:
            field_dict["participantId"] = participant_id
        if patient_info is not UNSET:
            field_dict["patientInfo"] = patient_info
        if physician_info is not UNSET:
            field_dict["physicianInfo"] = physician_info
        if questionnaire_info is not UNSET:
            field_dict["questionnaireInfo"] = questionnaire_info
        if custom_data is not UNSET:
            field_dict["customData"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patient_info import PatientInfo  # noqa: PLC0415
        from ..models.physician_info import PhysicianInfo  # noqa: PLC0415
        from ..models.questionnaire_info import QuestionnaireInfo  # noqa: PLC0415

        d = dict(src_dict)
        client_order_id = d.pop("clientOrderId", UNSET)

        participant_id = d.pop("participantId", UNSET)

        _patient_info = d.pop("patientInfo", UNSET)
        patient_info: PatientInfo | Unset
        if isinstance(_patient_info, Unset):
            patient_info = UNSET
        else:
            patient_info = PatientInfo.from_dict(_patient_info)

        _physician_info = d.pop("physicianInfo", UNSET)
        physician_info: PhysicianInfo | Unset
        if isinstance(_physician_info, Unset):
            physician_info = UNSET
        else:
            physician_info = PhysicianInfo.from_dict(_physician_info)

        _questionnaire_info = d.pop("questionnaireInfo", UNSET)
        questionnaire_info: QuestionnaireInfo | Unset
        if isinstance(_questionnaire_info, Unset):
            questionnaire_info = UNSET
        else:
            questionnaire_info = QuestionnaireInfo.from_dict(_questionnaire_info)

        custom_data = d.pop("customData", UNSET)

        order_v1_request = cls(
            client_order_id=client_order_id,
            participant_id=participant_id,
            patient_info=patient_info,
            physician_info=physician_info,
            questionnaire_info=questionnaire_info,
            custom_data=custom_data,
        )

        order_v1_request.additional_properties = d
        return order_v1_request

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
