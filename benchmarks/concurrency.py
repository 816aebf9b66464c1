"""Token requests under concurrency: from a cold start and across an expiry, threads and asyncio,
with an ordinary identity provider and with one that revokes older tokens when it issues a new one.

Counts are token-endpoint calls (read from the sandbox) and failures seen by callers (401s and
exceptions). Each figure is the median over the repetitions.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from dataclasses import dataclass

import httpx

from benchmarks.common import LIBRARIES, SandboxProcess, make_async, make_sync, median

LIFETIME = 2.0  # seconds, in the across-expiry scenarios: short, so an expiry can be waited for
PEER_LEEWAY = 0.3  # the peers' leeway tuned below the lifetime (their defaults, 60 s and 30 s, exceed it)


@dataclass
class Outcome:
    token_calls: int
    failures: int
    errors: str


@dataclass
class Row:
    library: str
    scenario: str
    token_calls: float
    failures: float
    note: str


def _threads(client: httpx.Client, path: str, threads: int, requests: int) -> Counter[str]:
    seen: Counter[str] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(threads)

    def work() -> None:
        barrier.wait()
        for _ in range(requests):
            try:
                outcome = str(client.get(path).status_code)
            except Exception as exc:
                outcome = type(exc).__name__
            with lock:
                seen[outcome] += 1

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return seen


async def _tasks(client: httpx.AsyncClient, path: str, tasks: int) -> Counter[str]:
    async def one() -> str:
        try:
            return str((await client.get(path)).status_code)
        except Exception as exc:
            return type(exc).__name__

    return Counter(await asyncio.gather(*(one() for _ in range(tasks))))


def _outcome(box: SandboxProcess, before: int, seen: Counter[str]) -> Outcome:
    failures = sum(count for outcome, count in seen.items() if outcome != "404")  # 404: the order does not exist
    errors = ", ".join(f"{count}x {outcome}" for outcome, count in seen.items() if outcome != "404")
    return Outcome(box.token_requests() - before, failures, errors)


def threads_cold(box: SandboxProcess, library: str) -> Outcome:
    box.settings(tokenLifetime=3600)  # one token must outlive the whole burst
    with make_sync(library, box, leeway=PEER_LEEWAY, limits=httpx.Limits(max_connections=64)) as client:
        before = box.token_requests()
        return _outcome(box, before, _threads(client, box.api_path, 32, 50))


def threads_expiry(box: SandboxProcess, library: str) -> Outcome:
    box.settings(tokenLifetime=LIFETIME)
    with make_sync(library, box, leeway=PEER_LEEWAY, limits=httpx.Limits(max_connections=64)) as client:
        if library == "Authlib":
            client.fetch_token()  # type: ignore[attr-defined]
        client.get(box.api_path)
        time.sleep(LIFETIME + 0.1)  # every library now holds an expired token
        before = box.token_requests()
        return _outcome(box, before, _threads(client, box.api_path, 32, 5))


def tasks_cold(box: SandboxProcess, library: str) -> Outcome:
    box.settings(tokenLifetime=3600)

    async def run() -> Outcome:
        async with make_async(library, box, leeway=PEER_LEEWAY, limits=httpx.Limits(max_connections=100)) as client:
            before = box.token_requests()
            return _outcome(box, before, await _tasks(client, box.api_path, 200))

    return asyncio.run(run())


def tasks_expiry(box: SandboxProcess, library: str) -> Outcome:
    box.settings(tokenLifetime=LIFETIME)

    async def run() -> Outcome:
        async with make_async(library, box, leeway=PEER_LEEWAY, limits=httpx.Limits(max_connections=100)) as client:
            if library == "Authlib":
                await client.fetch_token()  # type: ignore[attr-defined]
            await client.get(box.api_path)
            await asyncio.sleep(LIFETIME + 0.1)
            before = box.token_requests()
            return _outcome(box, before, await _tasks(client, box.api_path, 200))

    return asyncio.run(run())


SCENARIOS = {
    "32 threads x 50, cold start": threads_cold,
    "32 threads x 5, across an expiry": threads_expiry,
    "200 tasks, cold start": tasks_cold,
    "200 tasks, across an expiry": tasks_expiry,
}


def run(box: SandboxProcess, repetitions: int) -> list[Row]:
    rows = []
    for one_active in (False, True):
        box.settings(oneActiveToken=one_active)
        for name, scenario in SCENARIOS.items():
            if one_active and "cold" in name:
                continue  # revocation on issue matters once tokens are being replaced
            label = f"{name}{', one-active-token IdP' if one_active else ''}"
            for library in LIBRARIES:
                outcomes = [scenario(box, library) for _ in range(repetitions)]
                notes = {outcome.errors for outcome in outcomes if outcome.errors}
                rows.append(
                    Row(
                        library,
                        label,
                        median([o.token_calls for o in outcomes]),
                        median([o.failures for o in outcomes]),
                        "; ".join(sorted(notes))[:120],
                    )
                )
    box.settings(tokenLifetime=3600, oneActiveToken=False)
    return rows
