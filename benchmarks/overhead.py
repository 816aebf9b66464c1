"""Per-request cost: plain httpx with a static Authorization header against each way to authenticate.

Over ``httpx.MockTransport`` the figure is pure client cost; over loopback the sandbox answers.
Variants run interleaved, round after round; each reports the median of its rounds.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from benchmarks.common import ORDER_BODY, SandboxProcess, make_async, make_sync, median
from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v2 import get_order_v2
from lgc_b2b_auth import ClientCredentials, connect

TOKEN = {"access_token": "eyJ." + "x" * 700 + ".sig", "token_type": "Bearer", "expires_in": 86400}
BASELINE = "httpx, static header"


@dataclass
class Row:
    scenario: str
    variant: str
    micros: float
    ratio: float
    spread: str


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/oauth2/token"):
        return httpx.Response(200, json=TOKEN)
    return httpx.Response(200, json=ORDER_BODY)


def _sync_variants(box: SandboxProcess, transport: httpx.BaseTransport | None) -> dict[str, Callable[[], Any]]:
    extra: dict[str, Any] = {"transport": transport} if transport else {}
    token = TOKEN["access_token"] if transport else _real_token(box)
    static = httpx.Client(base_url=box.base_url, headers={"Authorization": f"Bearer {token}"}, **extra)
    ours = make_sync("lgc_b2b_auth", box, leeway=60, **extra)
    authlib = make_sync("Authlib", box, leeway=60, **extra)
    authlib.fetch_token()  # type: ignore[attr-defined]  # Authlib never fetches the first token itself
    httpx_auth = make_sync("httpx-auth", box, leeway=30, **extra)
    generated_static = AuthenticatedClient(base_url=box.base_url, token=str(token), httpx_args=extra)
    generated_ours = connect(
        auth=ClientCredentials(box.base_url, box.access_key_id, box.secret_access_key), httpx_args=extra
    )
    path, cid = box.api_path, box.client_id
    return {
        BASELINE: lambda: static.get(path),
        "httpx + lgc_b2b_auth.ClientCredentials": lambda: ours.get(path),
        "Authlib OAuth2Client": lambda: authlib.get(path),
        "httpx + httpx-auth OAuth2ClientCredentials": lambda: httpx_auth.get(path),
        "generated op, static token": lambda: get_order_v2.sync_detailed(cid, "BENCH-0001", client=generated_static),
        "generated op via connect()": lambda: get_order_v2.sync_detailed(cid, "BENCH-0001", client=generated_ours),
    }


def _real_token(box: SandboxProcess) -> str:
    answer = httpx.post(box.token_url, auth=(box.access_key_id, box.secret_access_key))
    token: str = answer.json()["access_token"]
    return token


def _rows(scenario: str, samples: dict[str, list[float]]) -> list[Row]:
    base = median(samples[BASELINE])
    rows = []
    for name, values in samples.items():
        ratios = [value / base for value in values]
        rows.append(
            Row(scenario, name, median(values) * 1e6, median(values) / base, f"{min(ratios):.2f}-{max(ratios):.2f}")
        )
    return rows


def measure_sync(box: SandboxProcess, *, mock: bool, rounds: int, requests: int) -> list[Row]:
    variants = _sync_variants(box, httpx.MockTransport(_answer) if mock else None)
    for call in variants.values():
        for _ in range(50):
            call()  # warm-up, first tokens
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, call in variants.items():
            start = time.perf_counter()
            for _ in range(requests):
                call()
            samples[name].append((time.perf_counter() - start) / requests)
    return _rows(f"sync, {'MockTransport' if mock else 'loopback sandbox'}", samples)


def measure_async(box: SandboxProcess, *, mock: bool, rounds: int, requests: int) -> list[Row]:
    async def run() -> dict[str, list[float]]:
        extra: dict[str, Any] = {"transport": httpx.MockTransport(_answer)} if mock else {}
        token = TOKEN["access_token"] if mock else _real_token(box)
        static = httpx.AsyncClient(base_url=box.base_url, headers={"Authorization": f"Bearer {token}"}, **extra)
        ours = make_async("lgc_b2b_auth", box, leeway=60, **extra)
        authlib = make_async("Authlib", box, leeway=60, **extra)
        await authlib.fetch_token()  # type: ignore[attr-defined]
        httpx_auth = make_async("httpx-auth", box, leeway=30, **extra)
        generated_static = AuthenticatedClient(base_url=box.base_url, token=str(token), httpx_args=extra)
        auth = ClientCredentials(box.base_url, box.access_key_id, box.secret_access_key)
        generated_ours = connect(auth=auth, httpx_args=extra)
        path, cid = box.api_path, box.client_id
        variants: dict[str, Callable[[], Awaitable[Any]]] = {
            BASELINE: lambda: static.get(path),
            "httpx + lgc_b2b_auth.ClientCredentials": lambda: ours.get(path),
            "Authlib AsyncOAuth2Client": lambda: authlib.get(path),
            "httpx + httpx-auth OAuth2ClientCredentials": lambda: httpx_auth.get(path),
            "generated op, static token": lambda: get_order_v2.asyncio_detailed(
                cid, "BENCH-0001", client=generated_static
            ),
            "generated op via connect()": lambda: get_order_v2.asyncio_detailed(
                cid, "BENCH-0001", client=generated_ours
            ),
        }
        for call in variants.values():
            for _ in range(50):
                await call()
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(rounds):
            for name, call in variants.items():
                start = time.perf_counter()
                for _ in range(requests):
                    await call()
                samples[name].append((time.perf_counter() - start) / requests)
        return samples

    return _rows(f"async, {'MockTransport' if mock else 'loopback sandbox'}", asyncio.run(run()))


def run(box: SandboxProcess, rounds: int) -> list[Row]:
    return [
        *measure_sync(box, mock=True, rounds=rounds, requests=3000),
        *measure_async(box, mock=True, rounds=rounds, requests=3000),
        *measure_sync(box, mock=False, rounds=rounds, requests=150),
        *measure_async(box, mock=False, rounds=rounds, requests=150),
    ]
