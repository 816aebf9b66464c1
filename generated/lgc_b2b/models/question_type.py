from enum import StrEnum


class QuestionType(StrEnum):
    EXTERNAL_LOOKUP = "ExternalLookup"
    INPUT = "Input"
    MULTI_SELECT = "MultiSelect"
    NOT_SET = "NotSet"
    SINGLE_SELECT = "SingleSelect"

    def __str__(self) -> str:
        return str(self.value)
