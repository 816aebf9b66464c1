"""Event-loop stall while a token request takes 200 ms: the largest gap seen by a 1 ms ticker task.

Every library starts with an expired token, so its next requests trigger a renewal; the token
endpoint then answers after 200 ms. The baseline is plain httpx with a static header making the
same requests. Median over the repetitions.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import httpx

from benchmarks.common import LIBRARIES, SandboxProcess, make_async, median

LIFETIME = 1.0
TOKEN_DELAY = 0.2


@dataclass
class Row:
    library: str
    stall_ms: float
    spread: str


async def _stall(client: httpx.AsyncClient, path: str) -> float:
    gaps: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    await asyncio.gather(*(client.get(path) for _ in range(20)))
    stop.set()
    await task
    return max(gaps) * 1000


def _one(box: SandboxProcess, library: str | None) -> float:
    async def run() -> float:
        if library is None:
            answer = httpx.post(box.token_url, auth=(box.access_key_id, box.secret_access_key)).json()
            headers = {"Authorization": f"Bearer {answer['access_token']}"}
            async with httpx.AsyncClient(base_url=box.base_url, headers=headers) as client:
                await client.get(box.api_path)
                return await _stall(client, box.api_path)
        async with make_async(library, box, leeway=0.1) as client:
            if library == "Authlib":
                await client.fetch_token()  # type: ignore[attr-defined]
            await client.get(box.api_path)
            await asyncio.sleep(LIFETIME + 0.1)
            box.slow_token(TOKEN_DELAY)
            return await _stall(client, box.api_path)

    return asyncio.run(run())


def run(box: SandboxProcess, repetitions: int) -> list[Row]:
    box.settings(tokenLifetime=LIFETIME, oneActiveToken=False)
    rows = []
    for library in (None, *LIBRARIES):
        values = [_one(box, library) for _ in range(repetitions)]
        rows.append(
            Row(library or "httpx, static header (baseline)", median(values), f"{min(values):.0f}-{max(values):.0f}")
        )
    box.settings(tokenLifetime=3600)
    return rows
