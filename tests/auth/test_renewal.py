"""Fetching, sharing and renewing the token: lazy, single-flight, proactive and reactive."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import anyio
import httpx
import pytest

from lgc_b2b_auth import ClientCredentials, InMemoryTokenStore, TokenEndpointUnavailableError
from tests.auth.conftest import FakeClock
from tests.auth.idp import KEY_ID, SECRET, Failure, IdentityProvider

API_PATH = "/A1B2/api/v2/orders/ORD-1"


def make_auth(base_url: str, **options: object) -> ClientCredentials:
    options.setdefault("backoff", 0.01)
    return ClientCredentials(base_url, KEY_ID, SECRET, **options)  # type: ignore[arg-type]


def hammer_threads(client: httpx.Client, threads: int, requests: int) -> list[int]:
    statuses: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads)

    def work() -> None:
        barrier.wait()
        for _ in range(requests):
            status = client.get(API_PATH).status_code
            with lock:
                statuses.append(status)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return statuses


async def hammer_tasks(client: httpx.AsyncClient, tasks: int) -> list[int]:
    responses = await asyncio.gather(*(client.get(API_PATH) for _ in range(tasks)))
    return [response.status_code for response in responses]


def test_first_token_is_fetched_lazily_by_the_first_request(base_url: str, idp: IdentityProvider) -> None:
    auth = make_auth(base_url)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        assert idp.token_calls == 0 and auth.token is None
        assert client.get(API_PATH).status_code == 200
        assert client.get(API_PATH).status_code == 200
    assert idp.token_calls == 1
    request = idp.last_token_request
    assert request["basic_ok"] and request["query"] == {"grant_type": ["client_credentials"]}
    assert request["form"] == {"grant_type": ["client_credentials"]}
    assert request["content_type"] == "application/x-www-form-urlencoded"


def test_32_threads_cold_and_across_an_expiry_make_one_token_request_each(
    base_url: str, idp: IdentityProvider, clock: FakeClock
) -> None:
    idp.token_latency = 0.05
    auth = make_auth(base_url, clock=clock)
    with httpx.Client(base_url=base_url, auth=auth, limits=httpx.Limits(max_connections=64)) as client:
        statuses = hammer_threads(client, threads=32, requests=50)
        assert idp.token_calls == 1 and statuses.count(200) == 32 * 50
        clock.advance(3600)  # past expiry: every thread needs a new token at once
        statuses = hammer_threads(client, threads=32, requests=5)
    assert idp.token_calls == 2 and statuses.count(200) == 32 * 5
    assert idp.api_401s == 0


def test_200_tasks_cold_and_across_an_expiry_make_one_token_request_each(
    base_url: str, idp: IdentityProvider, clock: FakeClock
) -> None:
    idp.token_latency = 0.05
    auth = make_auth(base_url, clock=clock)

    async def scenario() -> None:
        async with httpx.AsyncClient(base_url=base_url, auth=auth, limits=httpx.Limits(max_connections=50)) as client:
            assert (await hammer_tasks(client, 200)).count(200) == 200
            assert idp.token_calls == 1
            clock.advance(3600)
            assert (await hammer_tasks(client, 200)).count(200) == 200

    asyncio.run(scenario())
    assert idp.token_calls == 2 and idp.api_401s == 0


def test_one_active_token_idp_sees_no_401_reach_callers(base_url: str, idp: IdentityProvider, clock: FakeClock) -> None:
    idp.revoke_on_issue = True
    idp.token_latency = 0.02
    auth = make_auth(base_url, clock=clock)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        for _ in range(3):
            statuses = hammer_threads(client, threads=16, requests=10)
            assert statuses.count(200) == 160
            clock.advance(3600)
    assert idp.token_calls == 3


def test_token_revoked_early_is_renewed_once_and_the_request_replayed(base_url: str, idp: IdentityProvider) -> None:
    auth = make_auth(base_url)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        client.get(API_PATH)
        idp.revoke_all()
        statuses = hammer_threads(client, threads=8, requests=3)
    assert statuses.count(200) == 24
    assert idp.token_calls == 2  # one renewal however many requests saw the 401
    assert idp.api_401s >= 1


def test_async_revocation_is_renewed_once(base_url: str, idp: IdentityProvider) -> None:
    auth = make_auth(base_url)

    async def scenario() -> list[int]:
        async with httpx.AsyncClient(base_url=base_url, auth=auth) as client:
            await client.get(API_PATH)
            idp.revoke_all()
            return await hammer_tasks(client, 50)

    assert asyncio.run(scenario()).count(200) == 50
    assert idp.token_calls == 2


def test_a_second_401_is_returned_without_looping(base_url: str, idp: IdentityProvider) -> None:
    auth = make_auth(base_url)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        response = client.get("/always-401")
    assert response.status_code == 401
    assert idp.api_calls == 2  # the request and one replay
    assert idp.token_calls == 2  # the first token and one renewal


def test_401_for_a_superseded_token_replays_with_the_current_one(base_url: str, idp: IdentityProvider) -> None:
    auth = make_auth(base_url)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        client.get(API_PATH)
        flow = auth.sync_auth_flow(client.build_request("GET", API_PATH))
        sent = next(flow)
        old_header = sent.headers["Authorization"]
        idp.revoke_all()
        client.get(API_PATH)  # another caller meets the 401 first and renews
        assert idp.token_calls == 2
        replay = flow.send(httpx.Response(401, request=sent))
    assert replay.headers["Authorization"] != old_header
    assert replay.headers["Authorization"] == auth.token.header  # type: ignore[union-attr]
    assert idp.token_calls == 2  # no further fetch


def test_streaming_body_is_not_replayed(base_url: str, idp: IdentityProvider) -> None:
    auth = make_auth(base_url)

    def body() -> object:
        yield b"{}"

    with httpx.Client(base_url=base_url, auth=auth) as client:
        response = client.put("/always-401", content=body())  # type: ignore[arg-type]
    assert response.status_code == 401 and idp.api_calls == 1


def test_proactive_renewal_caps_the_leeway_at_half_the_lifetime(
    base_url: str, idp: IdentityProvider, clock: FakeClock
) -> None:
    idp.ttl = 2.0  # 2-second tokens with the default 60 s leeway: renew every second, not every request
    auth = make_auth(base_url, clock=clock)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        for _ in range(16):
            assert client.get(API_PATH).status_code == 200
            clock.advance(0.25)
    assert idp.token_calls == 4


def test_soft_refresh_failure_keeps_the_valid_token_and_retries_throttled(
    base_url: str, idp: IdentityProvider, clock: FakeClock
) -> None:
    auth = make_auth(base_url, clock=clock, max_attempts=1, soft_retry_interval=30)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        client.get(API_PATH)
        clock.advance(3600 - 50)  # inside the 60 s leeway, 50 s before expiry
        idp.failures = [Failure(503)]
        assert client.get(API_PATH).status_code == 200  # renewal failed, old token still used
        assert idp.token_calls == 2
        clock.advance(10)
        assert client.get(API_PATH).status_code == 200
        assert idp.token_calls == 2  # throttled: no new attempt within 30 s
        clock.advance(25)
        assert client.get(API_PATH).status_code == 200
        assert idp.token_calls == 3  # retried after the interval, and succeeded
        assert auth.token is not None and auth.token.refresh_at > clock.now


def test_hard_expiry_failure_is_raised_to_every_waiter(base_url: str, idp: IdentityProvider, clock: FakeClock) -> None:
    idp.token_latency = 0.05
    idp.failures = [Failure(503)] * 2
    auth = make_auth(base_url, clock=clock, max_attempts=2)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            httpx.get(base_url + API_PATH, auth=auth)
        except TokenEndpointUnavailableError as exc:
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(errors) == 8
    assert idp.token_calls == 2  # one flight with its retry, shared by all eight callers


def test_slow_token_endpoint_does_not_block_the_event_loop(base_url: str, idp: IdentityProvider) -> None:
    idp.token_latency = 0.2
    auth = make_auth(base_url)
    ticks: list[float] = []

    async def scenario() -> None:
        async def ticker(stop: asyncio.Event) -> None:
            while not stop.is_set():
                ticks.append(asyncio.get_running_loop().time())
                await asyncio.sleep(0.005)

        stop = asyncio.Event()
        task = asyncio.create_task(ticker(stop))
        await asyncio.sleep(0)
        async with httpx.AsyncClient(base_url=base_url, auth=auth) as client:
            before = len(ticks)
            assert (await client.get(API_PATH)).status_code == 200
            during = len(ticks) - before
        stop.set()
        await task
        # A blocking fetch would freeze the ticker for the whole 200 ms: zero ticks.
        assert during >= 5

    asyncio.run(scenario())


def test_works_from_several_event_loops_and_under_trio(base_url: str, idp: IdentityProvider, clock: FakeClock) -> None:
    auth = make_auth(base_url, clock=clock)

    async def one_round() -> None:
        async with httpx.AsyncClient(base_url=base_url, auth=auth) as client:
            statuses = await asyncio.gather(*(client.get(API_PATH) for _ in range(20)))
            assert {response.status_code for response in statuses} == {200}

    async def trio_round() -> None:
        async with httpx.AsyncClient(base_url=base_url, auth=auth) as client:
            async with anyio.create_task_group() as group:
                for _ in range(20):
                    group.start_soon(client.get, API_PATH)
            assert (await client.get(API_PATH)).status_code == 200

    for _ in range(3):
        asyncio.run(one_round())
        clock.advance(3600)  # each loop must renew: the renewal machinery is not tied to a loop
    anyio.run(trio_round, backend="trio")
    assert idp.token_calls == 4 and idp.api_401s == 0


@pytest.mark.parametrize("shared", [True, False])
def test_token_store_shares_tokens_only_when_asked(base_url: str, idp: IdentityProvider, shared: bool) -> None:
    store = InMemoryTokenStore()
    make: Callable[[], ClientCredentials] = (
        (lambda: make_auth(base_url, store=store)) if shared else (lambda: make_auth(base_url))
    )
    for auth in (make(), make()):
        with httpx.Client(base_url=base_url, auth=auth) as client:
            assert client.get(API_PATH).status_code == 200
    assert idp.token_calls == (1 if shared else 2)
