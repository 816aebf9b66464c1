"""The transport under ``connect()``'s client: retries, a total deadline, local checks, odd statuses.

Layers, outside in (one object serves both ``httpx.Client`` and ``httpx.AsyncClient``):

1. local checks of the path against the spec's constraints, before anything is sent;
2. the deadline: each request gets ``deadline`` seconds in all, retries and waits included;
3. retries (httpx-retries) of connection errors, timeouts, 429/500/502/503/504 for the calls
   that are safe to repeat: GET, the idempotent PUTs and the cancel PATCH. POST is never
   retried here; the token request has its own policy in the auth;
4. each attempt's timeouts shortened to the time left, its body read within the attempt (so a
   connection dropped mid-answer is retried too); statuses outside ``HTTPStatus`` (499, 520
   from a proxy) become :class:`~lgc_b2b_auth.api_errors.LgcApiError` instead of crashing the
   generated code.
"""

from __future__ import annotations

import http
import re
import time
from typing import Final
from urllib.parse import unquote

import attrs
import httpx
from httpx_retries import Retry, RetryTransport

from .api_errors import error_for
from .errors import LgcAuthError

# The spec's path constraints (tests/test_resilience.py checks they agree with openapi/lgc-b2b.yaml).
CLIENT_ID_PATTERN: Final = re.compile(r"[A-Za-z0-9]{1,4}")
CLIENT_ORDER_ID_MAX: Final = 100
_ORDER_PATH: Final = re.compile(
    r"/(?P<client_id>[^/]*)/api/v[12]/(?:orders|questionnaires)/(?P<second>[^/]*)(?P<rest>.*)"
)
_DEADLINE: Final = "lgc_b2b.deadline"
_KNOWN_STATUSES: Final = frozenset(int(status) for status in http.HTTPStatus)
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's defaults


class InvalidRequestError(LgcAuthError, ValueError):
    """A request breaks the spec's constraints; it was not sent."""


class DeadlineExceededError(httpx.TimeoutException):
    """The request's total deadline passed (retries and waits included)."""


@attrs.frozen
class RetryPolicy:
    """How ``connect()`` retries. ``RetryPolicy(attempts=1)`` or ``retry=None`` turns retries off.

    ``attempts`` counts the first try; waits grow by ``backoff * 2**n`` with full jitter, at most
    ``max_wait`` each, at least what ``Retry-After`` asks; ``deadline`` bounds the whole call.
    """

    attempts: int = 4
    backoff: float = 0.5
    max_wait: float = 10.0
    deadline: float = 60.0
    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    methods: frozenset[str] = frozenset({"GET", "PUT", "PATCH"})

    def __attrs_post_init__(self) -> None:
        if self.attempts < 1 or self.deadline <= 0 or self.backoff < 0 or self.max_wait <= 0:
            raise ValueError("RetryPolicy needs attempts >= 1, deadline > 0, backoff >= 0 and max_wait > 0")
        if "POST" in self.methods:
            raise ValueError("POST is not idempotent at LGC and must not be retried")


DEFAULT_RETRY: Final = RetryPolicy()

_RETRIED_EXCEPTIONS: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


def check_path(url: httpx.URL) -> None:
    """Refuse, before sending, a clientId or clientOrderId the spec does not allow."""
    match = _ORDER_PATH.fullmatch(url.raw_path.decode("ascii").split("?", 1)[0])
    if match is None:
        return
    client_id = unquote(match["client_id"])
    if not CLIENT_ID_PATTERN.fullmatch(client_id):
        raise InvalidRequestError(
            f"clientId {client_id[:20]!r} is not valid: LGC issues 1 to 4 letters or digits. Check the clientId "
            "LGC gave you for this environment."
        )
    if "/orders/" in url.path:
        order_id = unquote(match["second"])
        if not 1 <= len(order_id) <= CLIENT_ORDER_ID_MAX:
            raise InvalidRequestError(
                f"clientOrderId must be 1 to {CLIENT_ORDER_ID_MAX} characters, this one has {len(order_id)}. "
                "Use a shorter reference for the order."
            )


class _Attempt(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One attempt: timeouts shortened to the time left; statuses outside HTTPStatus turned into errors."""

    def __init__(self, sync: httpx.BaseTransport, asynchronous: httpx.AsyncBaseTransport) -> None:
        self._sync = sync
        self._async = asynchronous

    @staticmethod
    def _prepare(request: httpx.Request) -> None:
        deadline = request.extensions.get(_DEADLINE)
        if deadline is None:
            return
        left = deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceededError(f"{request.method} {request.url.path}: the deadline passed", request=request)
        timeouts = dict(request.extensions.get("timeout", {}))
        request.extensions["timeout"] = {
            kind: left if timeouts.get(kind) is None else min(timeouts[kind], left)
            for kind in ("connect", "read", "write", "pool")
        }

    @staticmethod
    def _check_status(request: httpx.Request, response: httpx.Response) -> None:
        if response.status_code not in _KNOWN_STATUSES:
            raise error_for(
                response.status_code, operation=f"{request.method} {request.url.path}", body=response.content
            )

    # The body is read here, inside the attempt, so a connection dropped mid-body is retried like
    # any other transport failure (LGC's answers are small JSON documents).
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        response = self._sync.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        self._check_status(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        response = await self._async.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        self._check_status(request, response)
        return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


class LgcTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The transport of ``connect()``'s client (sync and async); see the module docstring."""

    def __init__(
        self,
        retry: RetryPolicy | None = DEFAULT_RETRY,
        *,
        verify: bool | str = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
        sync_transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.retry = retry
        attempt = _Attempt(
            sync_transport or httpx.HTTPTransport(verify=verify, limits=limits),
            async_transport or httpx.AsyncHTTPTransport(verify=verify, limits=limits),
        )
        self._attempt = attempt
        self._inner: httpx.BaseTransport | httpx.AsyncBaseTransport = attempt
        if retry is not None and retry.attempts > 1:
            self._inner = RetryTransport(
                transport=attempt,
                retry=Retry(
                    total=retry.attempts - 1,
                    backoff_factor=retry.backoff,
                    max_backoff_wait=retry.max_wait,
                    backoff_jitter=1.0,
                    total_timeout=retry.deadline,
                    status_forcelist=retry.statuses,
                    allowed_methods=retry.methods,
                    retry_on_exceptions=_RETRIED_EXCEPTIONS,
                    respect_retry_after_header=True,
                ),
            )

    def _start(self, request: httpx.Request) -> None:
        check_path(request.url)
        if self.retry is not None:
            request.extensions.setdefault(_DEADLINE, time.monotonic() + self.retry.deadline)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._start(request)
        assert isinstance(self._inner, httpx.BaseTransport)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._start(request)
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        self._attempt.close()

    async def aclose(self) -> None:
        await self._attempt.aclose()
