"""``connect()``: the generated ``AuthenticatedClient``, wired with token auth and sane defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Final

import httpx

from lgc_b2b import AuthenticatedClient

from .auth import ClientCredentials
from .errors import MissingSettingError
from .transport import DEFAULT_RETRY, LgcTransport, RetryPolicy

ENV_BASE_URL: Final = "LGC_API_URL"
ENV_ACCESS_KEY_ID: Final = "LGC_ACCESS_KEY_ID"
ENV_SECRET_ACCESS_KEY: Final = "LGC_SECRET_ACCESS_KEY"

# The generated client waits forever by default. Orders calls are small JSON exchanges: 10 s to
# connect, 30 s for each read or write, 10 s to get a pooled connection. On top of these,
# RetryPolicy.deadline (60 s by default) bounds a whole call, retries included.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0, pool=10.0)


def _setting(value: str | None, variable: str, what: str, environ: Mapping[str, str]) -> str:
    if value is None:
        value = environ.get(variable)
    if not value:
        raise MissingSettingError(
            f"{what} is not set: pass it to connect() or set the {variable} environment variable."
        )
    return value


def connect(
    base_url: str | None = None,
    access_key_id: str | None = None,
    secret_access_key: str | None = None,
    *,
    auth: ClientCredentials | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    headers: Mapping[str, str] | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    raise_on_unexpected_status: bool = False,
    environ: Mapping[str, str] = os.environ,
) -> AuthenticatedClient:
    """Return the generated ``AuthenticatedClient`` for LGC, authenticated by :class:`ClientCredentials`.

    Settings not passed are read from ``LGC_API_URL``, ``LGC_ACCESS_KEY_ID`` and
    ``LGC_SECRET_ACCESS_KEY``. Pass ``auth=`` to share one token provider between clients.
    ``headers`` and ``httpx_args`` are copied, never changed. The client works for the generated
    ``sync*`` and ``asyncio*`` functions alike; use it as a context manager to close its pools.

    Calls that are safe to repeat (GET, the idempotent PUTs, the cancel PATCH) are retried on
    connection errors, timeouts and 429/500/502/503/504, within ``retry.deadline`` seconds in
    all; ``retry=None`` turns retries and the deadline off. A clientId or clientOrderId the spec
    does not allow raises :class:`~lgc_b2b_auth.transport.InvalidRequestError` before sending.
    A ``transport`` in ``httpx_args`` is used under these layers.
    """
    if auth is None:
        auth = ClientCredentials(
            _setting(base_url, ENV_BASE_URL, "The LGC API base URL", environ),
            _setting(access_key_id, ENV_ACCESS_KEY_ID, "The access key ID", environ),
            _setting(secret_access_key, ENV_SECRET_ACCESS_KEY, "The secret access key", environ),
        )
    elif base_url is None:
        base_url = str(auth.base_url)
    extra = dict(httpx_args or {})
    if "auth" in extra:
        raise ValueError("httpx_args must not contain 'auth': pass auth=ClientCredentials(...) instead")
    own = extra.pop("transport", None)
    extra["transport"] = LgcTransport(
        retry,
        sync_transport=own if isinstance(own, httpx.BaseTransport) else None,
        async_transport=own if isinstance(own, httpx.AsyncBaseTransport) else None,
    )
    return AuthenticatedClient(
        base_url=str(base_url or auth.base_url),
        token="",  # never sent: ClientCredentials sets Authorization on every request
        timeout=timeout,
        headers={"Accept": "application/json", **(headers or {})},
        httpx_args={**extra, "auth": auth},
        raise_on_unexpected_status=raise_on_unexpected_status,
    )
