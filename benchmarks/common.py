"""Shared pieces of the benchmarks: a sandbox in its own process, the libraries compared, statistics."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from lgc_b2b_auth import ClientCredentials

API_PATH = "/{client_id}/api/v2/orders/BENCH-0001"
ORDER_BODY = {"clientOrderId": "BENCH-0001", "orderItems": []}


@dataclass
class SandboxProcess:
    """``python -m lgc_sandbox`` in a child process, so the server does not share our GIL."""

    base_url: str
    client_id: str
    access_key_id: str
    secret_access_key: str
    admin: httpx.Client

    @property
    def token_url(self) -> str:
        # The spec (and so the sandbox) wants grant_type in the query, as LGC's sample sends it;
        # the peers send it in the body only, so they get it in the URL.
        return f"{self.base_url}/oauth2/token?grant_type=client_credentials"

    @property
    def api_path(self) -> str:
        return API_PATH.format(client_id=self.client_id)

    def settings(self, **values: Any) -> None:
        self.admin.post("/settings", json=values).raise_for_status()

    def slow_token(self, seconds: float) -> None:
        self.admin.post("/faults/token", json={"count": 1, "status": None, "delay": seconds}).raise_for_status()

    def token_requests(self) -> int:
        count: int = self.admin.get("/").json()["tokenRequests"]
        return count


@contextmanager
def sandbox_process() -> Iterator[SandboxProcess]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("LGC_SANDBOX_")}  # fresh keys
    process = subprocess.Popen(
        [sys.executable, "-m", "lgc_sandbox", "--port", "0"], stdout=subprocess.PIPE, text=True, bufsize=1, env=env
    )
    try:
        assert process.stdout is not None
        seen: dict[str, str] = {}
        for line in process.stdout:
            if match := re.search(r"clientId (\w+):", line):
                seen.setdefault("client_id", match[1])
            elif match := re.search(r"export (LGC_\w+)=(\S+)", line):
                seen.setdefault(match[1], match[2])
            if "Ctrl-C" in line:
                break
        base = seen["LGC_API_URL"]
        with httpx.Client(base_url=f"{base}/_sandbox") as admin:
            yield SandboxProcess(
                base, seen["client_id"], seen["LGC_ACCESS_KEY_ID"], seen["LGC_SECRET_ACCESS_KEY"], admin
            )
    finally:
        process.terminate()
        process.wait(10)


# -- the libraries compared -------------------------------------------------------------------------

LIBRARIES = ("lgc_b2b_auth", "Authlib", "httpx-auth")


def _authlib_settings(box: SandboxProcess, leeway: float) -> dict[str, Any]:
    return {
        "client_id": box.access_key_id,
        "client_secret": box.secret_access_key,
        "token_endpoint": box.token_url,
        "grant_type": "client_credentials",
        "leeway": leeway,
        "base_url": box.base_url,
    }


def _httpx_auth(box: SandboxProcess, leeway: float) -> httpx.Auth:
    import httpx_auth  # noqa: PLC0415 - optional peer

    httpx_auth.OAuth2.token_cache.clear()  # process-global: start each run cold
    auth: httpx.Auth = httpx_auth.OAuth2ClientCredentials(
        box.token_url, box.access_key_id, box.secret_access_key, early_expiry=leeway
    )
    return auth


def _ours(box: SandboxProcess) -> ClientCredentials:
    return ClientCredentials(box.base_url, box.access_key_id, box.secret_access_key)


def make_sync(name: str, box: SandboxProcess, *, leeway: float, **client: Any) -> httpx.Client:
    """A sync httpx client authenticated by library ``name`` (as its docs show for client credentials)."""
    if name == "Authlib":
        from authlib.integrations.httpx_client import OAuth2Client  # noqa: PLC0415 - optional peer

        authlib_client: httpx.Client = OAuth2Client(**_authlib_settings(box, leeway), **client)
        return authlib_client
    auth = _ours(box) if name == "lgc_b2b_auth" else _httpx_auth(box, leeway)
    return httpx.Client(base_url=box.base_url, auth=auth, **client)


def make_async(name: str, box: SandboxProcess, *, leeway: float, **client: Any) -> httpx.AsyncClient:
    """The async twin of :func:`make_sync`."""
    if name == "Authlib":
        from authlib.integrations.httpx_client import AsyncOAuth2Client  # noqa: PLC0415 - optional peer

        authlib_client: httpx.AsyncClient = AsyncOAuth2Client(**_authlib_settings(box, leeway), **client)
        return authlib_client
    auth = _ours(box) if name == "lgc_b2b_auth" else _httpx_auth(box, leeway)
    return httpx.AsyncClient(base_url=box.base_url, auth=auth, **client)


def quiet_peers() -> None:
    # Authlib warns on import that it prefers httpx2; the warning is not a measurement.
    warnings.filterwarnings("ignore", category=DeprecationWarning)


def median(values: list[float]) -> float:
    return statistics.median(values)


def ratio_cell(value: float, baseline: float) -> str:
    return f"{value / baseline:.3f}x"
