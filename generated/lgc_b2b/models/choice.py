from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Choice")


@_attrs_define
class Choice:
    """One possible answer. The member list was cut off; unknown members are kept."""

    index: int | Unset = UNSET
    """ Position of the answer. """
    text: str | Unset = UNSET
    """ The answer. """
    shortened_text: str | Unset = UNSET
    """ A short form of the answer. """
    answer_type: str | Unset = UNSET
    """ An `AnswerType` value; the values were not captured. """
    supporting_field_type: str | Unset = UNSET
    """ A `SupportingFieldType` value; the values were not captured. """
    supporting_field_text: str | Unset = UNSET
    """ Label of the supporting field. """
    supporting_field_description: str | Unset = UNSET
    """ Description of the supporting field. """
    symptom_flag: str | Unset = UNSET
    """ Symptom flag (meaning not captured). """
    next_question_id: None | str | Unset = UNSET
    """ GUID of the question to ask next when this answer is chosen (the meaning of `null` was cut off). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        text = self.text

        shortened_text = self.shortened_text

        answer_type = self.answer_type

        supporting_field_type = self.supporting_field_type

        supporting_field_text = self.supporting_field_text

        supporting_field_description = self.supporting_field_description

        symptom_flag = self.symptom_flag

        next_question_id: None | str | Unset
        if isinstance(self.next_question_id, Unset):
            next_question_id = UNSET
        else:
            next_question_id = self.next_question_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if text is not UNSET:
            field_dict["text"] = text
        if shortened_text is not UNSET:
            field_dict["shortenedText"] = shortened_text
        if answer_type is not UNSET:
            field_dict["answerType"] = answer_type
        if supporting_field_type is not UNSET:
            field_dict["supportingFieldType"] = supporting_field_type
        if supporting_field_text is not UNSET:
            field_dict["supportingFieldText"] = supporting_field_text
        if supporting_field_description is not UNSET:
            field_dict["supportingFieldDescription"] = supporting_field_description
        if symptom_flag is not UNSET:
            field_dict["symptomFlag"] = symptom_flag
        if next_question_id is not UNSET:
            field_dict["nextQuestionId"] = next_question_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        text = d.pop("text", UNSET)

        shortened_text = d.pop("shortenedText", UNSET)

        answer_type = d.pop("answerType", UNSET)

        supporting_field_type = d.pop("supportingFieldType", UNSET)

        supporting_field_text = d.pop("supportingFieldText", UNSET)

        supporting_field_description = d.pop("supportingFieldDescription", UNSET)

        symptom_flag = d.pop("symptomFlag", UNSET)

        def _parse_next_question_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_question_id = _parse_next_question_id(d.pop("nextQuestionId", UNSET))

        choice = cls(
            index=index,
            text=text,
            shortened_text=shortened_text,
            answer_type=answer_type,
            supporting_field_type=supporting_field_type,
            supporting_field_text=supporting_field_text,
            supporting_field_description=supporting_field_description,
            symptom_flag=symptom_flag,
            next_question_id=next_question_id,
        )

        choice.additional_properties = d
        return choice

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
