"""Typed errors for LGC API answers that are not a success, and the opt-in ``checked`` layer.

The generated functions return documented error bodies as models (and ``None`` for undocumented
statuses); callers that prefer exceptions wrap them:

    order = checked(put_order_v2.sync_detailed)("A1B2", "ORD-1", client=client, body=body)
    order = await checked(get_order_v2.asyncio_detailed)("A1B2", "ORD-1", client=client)
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, ParamSpec, TypeVar, overload

from lgc_b2b.models import OAuthError, ProblemDetail
from lgc_b2b.types import Response, Unset

from .errors import LgcAuthError

P = ParamSpec("P")
T = TypeVar("T")

HINTS: Final[Mapping[int, str]] = {
    400: "LGC rejected the request as malformed: compare the body and parameters with the spec.",
    401: (
        "The access token was refused even after a renewal: check LGC_ACCESS_KEY_ID/LGC_SECRET_ACCESS_KEY "
        "(issued per environment) and that this machine's clock is right."
    ),
    403: "LGC refused access: check that your keys are enabled for this API and clientId.",
    404: "Nothing there: check the clientId (issued by LGC) and the clientOrderId / order item id.",
    406: "LGC cannot answer in the requested format: send Accept: application/json.",
    409: "An order with this clientOrderId already exists with a different body: use a new id or resend the original.",
    410: "This API version is retired: move to the current version (see LGC's release notes).",
    415: "LGC does not accept this content type: send Content-Type: application/json.",
    429: "Rate-limited by LGC: slow down and retry after the Retry-After delay.",
}


def hint_for(status: int) -> str:
    if status in HINTS:
        return HINTS[status]
    if status >= 500:
        return "LGC had a server error: the idempotent calls (PUT, GET, cancel) are safe to retry later."
    return "An answer LGC does not document for this call: report it to the lgc-b2b-client maintainers."


class LgcApiError(LgcAuthError):
    """LGC answered with a status that is not a success. Carries the Problem Detail fields when present."""

    def __init__(
        self,
        status: int,
        *,
        operation: str,
        problem: Mapping[str, Any] | None = None,
        body: bytes = b"",
    ) -> None:
        self.status = status
        self.operation = operation
        self.problem: Mapping[str, Any] = dict(problem or {})
        self.title: str | None = _text(self.problem.get("title"))
        self.detail: str | None = _text(self.problem.get("detail") or self.problem.get("error_description"))
        self.type: str | None = _text(self.problem.get("type") or self.problem.get("error"))
        self.instance: str | None = _text(self.problem.get("instance"))
        self.body = body
        self.hint = hint_for(status)
        said = f": {self.detail or self.title}" if (self.detail or self.title) else ""
        super().__init__(f"{operation} failed with HTTP {status}{said}. {self.hint}")


class BadRequestError(LgcApiError): ...


class UnauthorizedError(LgcApiError): ...


class NotFoundError(LgcApiError): ...


class ConflictError(LgcApiError): ...


class GoneError(LgcApiError): ...


class RateLimitedError(LgcApiError): ...


class ServerError(LgcApiError): ...


_BY_STATUS: Final[Mapping[int, type[LgcApiError]]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    429: RateLimitedError,
}


def _text(value: object) -> str | None:
    return None if value is None or isinstance(value, Unset) else str(value)


def error_for(
    status: int, *, operation: str, problem: Mapping[str, Any] | None = None, body: bytes = b""
) -> LgcApiError:
    """The most specific :class:`LgcApiError` for ``status``."""
    kind = _BY_STATUS.get(status, ServerError if status >= 500 else LgcApiError)
    return kind(status, operation=operation, problem=problem, body=body)


def _problem_of(parsed: object, content: bytes) -> Mapping[str, Any] | None:
    if isinstance(parsed, ProblemDetail | OAuthError):
        return parsed.to_dict()
    try:
        data = json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def raise_for_status(response: Response[Any], operation: str) -> Any:
    """Return ``response.parsed`` for a 2xx answer; raise the matching :class:`LgcApiError` otherwise."""
    status = int(response.status_code)
    if 200 <= status < 300:
        return response.parsed
    raise error_for(
        status, operation=operation, problem=_problem_of(response.parsed, response.content), body=response.content
    )


def _operation_name(function: Callable[..., Any]) -> str:
    module = getattr(function, "__module__", "") or ""
    return module.rsplit(".", 1)[-1] if module.startswith("lgc_b2b.api.") else getattr(function, "__name__", "call")


@overload
def checked(function: Callable[P, Awaitable[Response[T]]]) -> Callable[P, Awaitable[Any]]: ...


@overload
def checked(function: Callable[P, Response[T]]) -> Callable[P, Any]: ...


def checked(function: Callable[P, Any]) -> Callable[P, Any]:
    """Wrap a generated ``sync_detailed`` or ``asyncio_detailed`` function so it returns the success
    model and raises :class:`LgcApiError` (with status, Problem Detail fields, operation and a hint)
    for anything else."""
    operation = _operation_name(function)
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def call_async(*args: P.args, **kwargs: P.kwargs) -> Any:
            return raise_for_status(await function(*args, **kwargs), operation)

        return call_async

    @functools.wraps(function)
    def call(*args: P.args, **kwargs: P.kwargs) -> Any:
        return raise_for_status(function(*args, **kwargs), operation)

    return call
