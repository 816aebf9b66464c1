"""``ClientCredentials``: an ``httpx.Auth`` that supplies and renews LGC's client-credentials bearer token."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import ssl
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from typing import Any, Final

import anyio
import httpx

from .credentials import Secret, check_key, is_loopback, require_secure
from .errors import InsecureTransportError, UntrustedHostError
from .fetch import TokenFetcher
from .store import InMemoryTokenStore, TokenStore
from .token import AccessToken, token_lifetime

logger = logging.getLogger("lgc_b2b_auth")

DEFAULT_TOKEN_TIMEOUT: Final = httpx.Timeout(10.0)
_THREADS: Final = "threads"  # flight key of synchronous callers; async ones use their event loop's id


class _Renew:
    """What the sans-I/O flow asks its driver for: a usable token other than ``stale``."""

    __slots__ = ("stale",)

    def __init__(self, stale: AccessToken | None) -> None:
        self.stale = stale


class _Flight:
    """One token request in progress; callers of the same kind wait for it instead of sending their own."""

    __slots__ = ("done", "error")

    def __init__(self, done: threading.Event | anyio.Event) -> None:
        self.done = done
        self.error: Exception | None = None


class _Lead:
    __slots__ = ("fallback", "flight")

    def __init__(self, flight: _Flight, fallback: AccessToken | None) -> None:
        self.flight = flight
        self.fallback = fallback  # still-valid token to keep using if a proactive renewal fails


def _replayable(request: httpx.Request) -> bool:
    try:
        request.content  # noqa: B018 - raises RequestNotRead for a streaming body
    except httpx.RequestNotRead:
        return False
    return True


def _loop_key() -> int:
    try:
        return id(asyncio.get_running_loop())
    except RuntimeError:  # not asyncio: anyio's other backend
        import trio  # noqa: PLC0415 - only needed under trio

        return id(trio.lowlevel.current_trio_token())


class ClientCredentials(httpx.Auth):
    """OAuth 2.0 client-credentials bearer auth for LGC, for ``httpx.Client`` and ``httpx.AsyncClient`` alike.

    Contract:

    - The first request fetches the token (lazily); a valid token is reused without any lock.
    - However many threads or tasks need a token at once, one token request is made; the
      others wait for it (per event loop for async callers) and no lock is held while an API
      request is in flight.
    - The token is renewed ``leeway`` seconds before it expires (at most half its lifetime).
      If that proactive renewal fails while the token is still valid, the token keeps being
      used and renewal is retried at most every ``soft_retry_interval`` seconds.
    - A ``401`` for the current token renews it and replays the request once (if its body can
      be replayed); a ``401`` for an already replaced token replays with the current one.
      A second ``401`` is returned to the caller.
    - The token goes only to ``allowed_hosts`` (default: the host of ``base_url``), and only
      over HTTPS unless the host is this machine.
    - Token-endpoint failures raise :class:`~lgc_b2b_auth.errors.TokenEndpointError` subclasses.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        base_url: str | httpx.URL,
        access_key_id: str,
        secret_access_key: str,
        *,
        leeway: float = 60.0,
        default_lifetime: float = 300.0,
        soft_retry_interval: float = 30.0,
        store: TokenStore | None = None,
        timeout: httpx.Timeout = DEFAULT_TOKEN_TIMEOUT,
        verify: ssl.SSLContext | str | bool = True,
        max_attempts: int = 4,
        backoff: float = 0.5,
        backoff_cap: float = 10.0,
        allowed_hosts: Iterable[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        url = httpx.URL(str(base_url))
        if not url.host:
            raise InsecureTransportError(f"base_url must be an absolute https:// URL, got {str(base_url)!r}")
        require_secure(url, "the secret access key")
        check_key("LGC_ACCESS_KEY_ID (the access key ID)", access_key_id)
        check_key("LGC_SECRET_ACCESS_KEY (the secret access key)", secret_access_key)
        if leeway < 0 or default_lifetime <= 0 or soft_retry_interval < 0:
            raise ValueError("leeway and soft_retry_interval must be >= 0 and default_lifetime > 0")
        self.base_url = url
        self.access_key_id = access_key_id
        self._fetcher = TokenFetcher(
            url,
            access_key_id,
            Secret(secret_access_key),
            timeout=timeout,
            verify=verify,
            max_attempts=max_attempts,
            backoff=backoff,
            backoff_cap=backoff_cap,
            wall_clock=wall_clock,
            clock=clock,
        )
        self.token_url = self._fetcher.token_url
        # Tokens of different endpoints or key IDs never share a slot in a shared store.
        self.store_key = hashlib.sha256(f"{self.token_url}\0{access_key_id}".encode()).hexdigest()
        self._store: TokenStore = InMemoryTokenStore() if store is None else store
        self._leeway = leeway
        self._default_lifetime = default_lifetime
        self._soft_retry_interval = soft_retry_interval
        self._clock = clock
        self._allowed_hosts = frozenset(allowed_hosts) if allowed_hosts is not None else frozenset({url.host})
        self._plain_http_hosts = frozenset(host for host in self._allowed_hosts if is_loopback(host))
        self._mutex = threading.Lock()  # guards _flights, _soft_retry_at and store updates; never held over I/O
        self._flights: dict[object, _Flight] = {}
        self._soft_retry_at = -math.inf

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(token_url={str(self.token_url)!r}, access_key_id={self.access_key_id[:4]!r}+'…', "
            "secret_access_key=***)"
        )

    @property
    def token(self) -> AccessToken | None:
        """The token currently held (``None`` before the first request); its text is redacted in ``repr``."""
        return self._store.get(self.store_key)

    # -- the flow, free of I/O -------------------------------------------------------------

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | _Renew, Any, None]:
        url = request.url
        if url.host not in self._allowed_hosts:
            raise UntrustedHostError(
                f"Not sending the LGC access token to {url.host}: it is not an allowed host "
                f"({', '.join(sorted(self._allowed_hosts))}). If a notification's callbackURL led here, "
                "it does not point at your LGC host; otherwise pass allowed_hosts= to ClientCredentials."
            )
        if url.scheme != "https" and url.host not in self._plain_http_hosts:
            require_secure(url, "the access token")
        token = self._store.get(self.store_key)
        if token is None or self._clock() >= token.refresh_at:
            token = yield _Renew(None)
        request.headers["Authorization"] = token.header
        response = yield request
        if response.status_code != 401 or not _replayable(request):
            return
        token = yield _Renew(token)
        request.headers["Authorization"] = token.header
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow(request)
        step = next(flow)
        while True:
            reply = self._token(step.stale) if isinstance(step, _Renew) else (yield step)
            try:
                step = flow.send(reply)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._flow(request)
        step = next(flow)
        while True:
            reply = (await self._atoken(step.stale)) if isinstance(step, _Renew) else (yield step)
            try:
                step = flow.send(reply)
            except StopIteration:
                return

    # -- single-flight renewal ---------------------------------------------------------------

    def _plan(self, stale: AccessToken | None, key: object, event: Callable[[], Any]) -> AccessToken | _Lead | _Flight:
        """Decide, under the mutex, between using a token, leading a renewal, or waiting for one."""
        now = self._clock()
        current = self._store.get(self.store_key)
        if current is not None and current is stale:
            self._store.set(self.store_key, None)  # LGC rejected it: nobody should send it again
            current = None
        if current is not None and now < current.expires_at:
            if now < current.refresh_at or self._flights or now < self._soft_retry_at:
                return current
            fallback: AccessToken | None = current
        else:
            fallback = None
            if key in self._flights:
                return self._flights[key]
        flight = self._flights[key] = _Flight(event())
        return _Lead(flight, fallback)

    def _finish(self, key: object, flight: _Flight, token: AccessToken | None, error: Exception | None) -> None:
        with self._mutex:
            if token is not None:
                self._store.set(self.store_key, token)
            self._flights.pop(key, None)
            flight.error = error

    def _issue(self, answer: Any, sent_at_wall: float, sent_at: float) -> AccessToken:
        lifetime, source = token_lifetime(answer, sent_at_wall=sent_at_wall, default=self._default_lifetime)
        leeway = min(self._leeway, lifetime / 2)
        token = AccessToken(
            answer.access_token,
            expires_at=sent_at + lifetime,
            refresh_at=sent_at + lifetime - leeway,
            lifetime=lifetime,
            source=source,
        )
        logger.info("LGC access token obtained; valid %.0f s (from %s)", lifetime, source)
        return token

    def _soft_failure(self, lead: _Lead, error: Exception) -> AccessToken:
        assert lead.fallback is not None
        with self._mutex:
            self._soft_retry_at = self._clock() + self._soft_retry_interval
        logger.warning(
            "Renewing the LGC access token failed (%s: %s); the current token stays valid for %.0f s and is used "
            "until then. Next attempt in %.0f s.",
            type(error).__name__,
            error,
            lead.fallback.expires_in(self._clock()),
            self._soft_retry_interval,
        )
        return lead.fallback

    def _settle(self, lead: _Lead, token: AccessToken | None, error: Exception | None) -> AccessToken:
        if token is not None:
            return token
        assert error is not None
        if lead.fallback is not None:
            return self._soft_failure(lead, error)
        raise error

    def _token(self, stale: AccessToken | None) -> AccessToken:
        while True:
            with self._mutex:
                plan = self._plan(stale, _THREADS, threading.Event)
            if isinstance(plan, AccessToken):
                return plan
            if isinstance(plan, _Flight):
                assert isinstance(plan.done, threading.Event)
                plan.done.wait()
                if plan.error is not None:
                    raise plan.error
                continue
            token: AccessToken | None = None
            error: Exception | None = None
            try:
                token = self._issue(*self._fetcher.fetch())
            except Exception as exc:
                error = exc
            finally:  # on any exit, interrupts included, waiters must wake up and re-plan
                self._finish(_THREADS, plan.flight, token, error)
                plan.flight.done.set()
            return self._settle(plan, token, error)

    async def _atoken(self, stale: AccessToken | None) -> AccessToken:
        key = _loop_key()
        while True:
            with self._mutex:
                plan = self._plan(stale, key, anyio.Event)
            if isinstance(plan, AccessToken):
                return plan
            if isinstance(plan, _Flight):
                assert isinstance(plan.done, anyio.Event)
                await plan.done.wait()
                if plan.error is not None:
                    raise plan.error
                continue
            token: AccessToken | None = None
            error: Exception | None = None
            try:
                token = self._issue(*await self._fetcher.afetch())
            except Exception as exc:
                error = exc
            finally:  # cancellation included: waiters must wake up and re-plan
                self._finish(key, plan.flight, token, error)
                plan.flight.done.set()
            return self._settle(plan, token, error)
