"""One token request to LGC through the generated ``createAccessToken`` operation, with bounded retries.

The token endpoint's answers are classified as they arrive (a response hook), so every failure
becomes a typed error carrying the HTTP status, before the generated parser sees the body.
"""

from __future__ import annotations

import email.utils
import json
import random
import ssl
import time
from collections.abc import Callable
from typing import Any, Final

import anyio
import httpx

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.auth import create_access_token
from lgc_b2b.models import TokenRequest, TokenResponse

from .credentials import Secret, basic_authorization
from .errors import (
    InvalidCredentialsError,
    MalformedTokenResponseError,
    TokenEndpointError,
    TokenEndpointUnavailableError,
)

TOKEN_PATH: Final = "/oauth2/token"
_BODY: Final = TokenRequest(grant_type="client_credentials")
_RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})


class _Retryable(Exception):
    def __init__(self, status: int | None, retry_after: float | None, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.retry_after = retry_after


class _BasicAuth(httpx.Auth):
    """HTTP Basic from a :class:`Secret`, so the encoded key pair sits in no plain attribute."""

    def __init__(self, header: Secret) -> None:
        self._header = header

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = self._header.reveal()
        yield request


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        moment = email.utils.parsedate_to_datetime(value) if value.strip() else None
        return None if moment is None else max(0.0, moment.timestamp() - time.time())


class TokenFetcher:
    """Requests tokens for one key pair; sync and async, with jittered exponential backoff."""

    def __init__(
        self,
        base_url: httpx.URL,
        access_key_id: str,
        secret_access_key: Secret,
        *,
        timeout: httpx.Timeout,
        verify: ssl.SSLContext | str | bool,
        max_attempts: int,
        backoff: float,
        backoff_cap: float,
        wall_clock: Callable[[], float],
        clock: Callable[[], float],
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.token_url = base_url.join(TOKEN_PATH)
        self._base_url = base_url
        self._secret = secret_access_key
        self._auth = _BasicAuth(basic_authorization(access_key_id, secret_access_key))
        self._timeout = timeout
        # One SSL context for every client: building one costs ~20 ms of CPU, which must not
        # land on an event loop at each renewal.
        self._verify = httpx.create_ssl_context(verify=verify) if not isinstance(verify, ssl.SSLContext) else verify
        self._max_attempts = max_attempts
        self._backoff = backoff
        self._backoff_cap = backoff_cap
        self._wall_clock = wall_clock
        self._clock = clock

    # -- classification (shared by sync and async) ------------------------------------------

    def _scrub(self, text: str | None) -> str | None:
        return None if text is None else text.replace(self._secret.reveal(), "***")

    def _classify(self, response: httpx.Response) -> None:
        status = response.status_code
        if 200 <= status < 300:
            try:
                body = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                kind = response.headers.get("content-type", "no content type")
                raise MalformedTokenResponseError(
                    f"LGC's token endpoint answered HTTP {status} with a body that is not JSON ({kind}). "
                    "Check that LGC_API_URL is the API host LGC issued, not a web page or a proxy.",
                    status=status,
                ) from None
            token = body.get("access_token") if isinstance(body, dict) else None
            if not isinstance(token, str) or not token:
                raise MalformedTokenResponseError(
                    f"LGC's token endpoint answered HTTP {status} without an access_token. "
                    "Check that LGC_API_URL is the API host LGC issued; if it is, report this answer to LGC.",
                    status=status,
                )
            return
        if status in (400, 401):
            self._refused(response)
        if status in _RETRY_STATUSES:
            raise _Retryable(status, _retry_after(response), f"HTTP {status}")
        raise TokenEndpointError(
            f"LGC's token endpoint {self.token_url} answered HTTP {status}. "
            "Check LGC_API_URL: it must be the base URL LGC issued, without a path.",
            status=status,
        )

    def _refused(self, response: httpx.Response) -> None:
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        fields = body if isinstance(body, dict) else {}
        error = fields.get("error") if isinstance(fields.get("error"), str) else None
        description = fields.get("error_description")
        description = self._scrub(description) if isinstance(description, str) else None
        said = f"{error}: {description}" if error and description else error or description or "no error details"
        if error in (None, "invalid_client", "unauthorized_client", "access_denied"):
            advice = (
                "Check LGC_ACCESS_KEY_ID and LGC_SECRET_ACCESS_KEY: LGC issues them per environment, "
                "so staging keys do not work on production (and the reverse)."
            )
        else:
            advice = "The token request itself was rejected; report this to the lgc-b2b-client maintainers."
        raise InvalidCredentialsError(
            f"LGC's token endpoint refused the token request (HTTP {response.status_code}, {said}). {advice}",
            status=response.status_code,
            error=error,
            error_description=description,
        )

    def _check(self, response: httpx.Response) -> None:
        response.read()
        self._classify(response)

    async def _acheck(self, response: httpx.Response) -> None:
        await response.aread()
        self._classify(response)

    # -- retry policy (shared) --------------------------------------------------------------

    def _delay(self, attempt: int, failure: Exception) -> float:
        """Full-jitter exponential backoff, at least the server's Retry-After, at most the cap."""
        delay = random.uniform(0, min(self._backoff_cap, self._backoff * 2 ** (attempt - 1)))
        if isinstance(failure, _Retryable) and failure.retry_after is not None:
            delay = max(delay, failure.retry_after)
        return min(delay, self._backoff_cap)

    def _unavailable(self, failure: Exception, started: float) -> TokenEndpointUnavailableError:
        status = failure.status if isinstance(failure, _Retryable) else None
        last = str(failure) if isinstance(failure, _Retryable) else type(failure).__name__
        return TokenEndpointUnavailableError(
            f"LGC's token endpoint {self.token_url} failed {self._max_attempts} time(s) over "
            f"{self._clock() - started:.1f} s (last: {last}). LGC may be down or rate-limiting: try again later. "
            "If it persists, check that LGC_API_URL is reachable from this machine (staging is IP-restricted).",
            status=status,
            attempts=self._max_attempts,
        )

    def _answer(self, response: Any) -> TokenResponse:
        parsed = response.parsed
        # A 2xx other than the documented 200 was accepted by _classify; parse it the same way.
        return parsed if isinstance(parsed, TokenResponse) else TokenResponse.from_dict(json.loads(response.content))

    def _api(self) -> AuthenticatedClient:
        return AuthenticatedClient(base_url=str(self._base_url), token="", timeout=self._timeout)

    # -- I/O ------------------------------------------------------------------------------

    def fetch(self) -> tuple[TokenResponse, float, float]:
        """Request a token; return it with the wall and monotonic times the request was sent."""
        started = self._clock()
        # A client per fetch, as for async: renewals are rare, and nothing is left open to close.
        with httpx.Client(
            base_url=self._base_url,
            auth=self._auth,
            timeout=self._timeout,
            verify=self._verify,
            event_hooks={"response": [self._check]},
        ) as client:
            api = self._api().set_httpx_client(client)
            for attempt in range(1, self._max_attempts + 1):
                sent_wall, sent = self._wall_clock(), self._clock()
                try:
                    response = create_access_token.sync_detailed(
                        client=api, grant_type="client_credentials", body=_BODY
                    )
                    return self._answer(response), sent_wall, sent
                except (_Retryable, httpx.TimeoutException, httpx.TransportError) as failure:
                    if attempt == self._max_attempts:
                        raise self._unavailable(failure, started) from None
                    time.sleep(self._delay(attempt, failure))
        raise AssertionError("unreachable")

    async def afetch(self) -> tuple[TokenResponse, float, float]:
        """Async twin of :meth:`fetch`; works under asyncio and trio, from any event loop."""
        started = self._clock()
        # A client per fetch: an AsyncClient's connections belong to the loop that opened them.
        async with httpx.AsyncClient(
            base_url=self._base_url,
            auth=self._auth,
            timeout=self._timeout,
            verify=self._verify,
            event_hooks={"response": [self._acheck]},
        ) as client:
            api = self._api().set_async_httpx_client(client)
            for attempt in range(1, self._max_attempts + 1):
                sent_wall, sent = self._wall_clock(), self._clock()
                try:
                    response = await create_access_token.asyncio_detailed(
                        client=api, grant_type="client_credentials", body=_BODY
                    )
                    return self._answer(response), sent_wall, sent
                except (_Retryable, httpx.TimeoutException, httpx.TransportError) as failure:
                    if attempt == self._max_attempts:
                        raise self._unavailable(failure, started) from None
                    await anyio.sleep(self._delay(attempt, failure))
        raise AssertionError("unreachable")
