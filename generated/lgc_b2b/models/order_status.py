from enum import StrEnum


class OrderStatus(StrEnum):
    CANCELLED = "Cancelled"
    CREATED = "Created"
    KIT_ARRIVED_AT_LAB = "KitArrivedAtLab"
    KIT_DISPATCHED = "KitDispatched"
    KIT_REGISTERED = "KitRegistered"
    RESULTS_AVAILABLE = "ResultsAvailable"
    SUBMITTED = "Submitted"
    VALIDATION_FAILED = "ValidationFailed"

    def __str__(self) -> str:
        return str(self.value)
