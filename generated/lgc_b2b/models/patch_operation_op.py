from enum import StrEnum


class PatchOperationOp(StrEnum):
    REPLACE = "replace"

    def __str__(self) -> str:
        return str(self.value)
