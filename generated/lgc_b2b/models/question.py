from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_type import QuestionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice import Choice


T = TypeVar("T", bound="Question")


@_attrs_define
class Question:
    """One question."""

    id: str | Unset = UNSET
    """ The question's GUID. """
    text: str | Unset = UNSET
    """ The question. """
    shortened_text: str | Unset = UNSET
    """ A short form of the question. """
    question_type: QuestionType | str | Unset = UNSET
    """ A `QuestionType`, or any other string LGC may add later. """
    tooltip: str | Unset = UNSET
    """ Help text. """
    choices: list[Choice] | Unset = UNSET
    """ The possible answers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        shortened_text = self.shortened_text

        question_type: str | Unset
        if isinstance(self.question_type, Unset):
            question_type = UNSET
        elif isinstance(self.question_type, QuestionType):
            question_type = self.question_type.value
        else:
            question_type = self.question_type

        tooltip = self.tooltip

        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = []
            for choices_item_data in self.choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if shortened_text is not UNSET:
            field_dict["shortenedText"] = shortened_text
        if question_type is not UNSET:
            field_dict["questionType"] = question_type
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if choices is not UNSET:
            field_dict["choices"] = choices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice import Choice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        shortened_text = d.pop("shortenedText", UNSET)

        def _parse_question_type(data: object) -> QuestionType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_question_type_type_0 = QuestionType(data)

                return componentsschemas_open_question_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QuestionType | str | Unset, data)

        question_type = _parse_question_type(d.pop("questionType", UNSET))

        tooltip = d.pop("tooltip", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: list[Choice] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = Choice.from_dict(choices_item_data)

                choices.append(choices_item)

        question = cls(
            id=id,
            text=text,
            shortened_text=shortened_text,
            question_type=question_type,
            tooltip=tooltip,
            choices=choices,
        )

        question.additional_properties = d
        return question

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
