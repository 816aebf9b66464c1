"""Transient failures are retried without duplicates; what cannot be retried fails fast and clearly."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from lgc_b2b.api.orders_v2 import get_order_v2, patch_order_item_v2, put_order_v2
from lgc_b2b.models import (
    OrderItemPatchRequest,
    OrderItemRequest,
    OrderV2,
    OrderV2Request,
    PatchOperation,
    PatchOperationOp,
)
from lgc_b2b_auth import (
    ConflictError,
    DeadlineExceededError,
    InvalidRequestError,
    NotFoundError,
    RetryPolicy,
    checked,
    connect,
)
from lgc_sandbox import Sandbox
from tests.sandbox.conftest import auth_for

BODY = OrderV2Request(participant_id="EMP-1", order_items=[OrderItemRequest(code="KIT-CODE-1")])
CANCEL = OrderItemPatchRequest(
    patch_operation=PatchOperation(op=PatchOperationOp.REPLACE, path="/status", value="Cancelled")
)
FAST = RetryPolicy(backoff=0.01)


@pytest.mark.parametrize("mode", ["500", "drop"])
def test_committed_put_whose_answer_is_lost_is_retried_once_and_exists_once(lgc_sandbox: Sandbox, mode: str) -> None:
    lgc_sandbox.fail_next_put(mode)  # type: ignore[arg-type]
    with connect(auth=auth_for(lgc_sandbox), retry=FAST) as client:
        order = put_order_v2.sync(lgc_sandbox.client.client_id, "ONCE", client=client, body=BODY)
    assert isinstance(order, OrderV2) and order.client_order_id == "ONCE"
    assert lgc_sandbox.count_orders() == 1


@pytest.mark.parametrize("mode", ["500", "drop"])
def test_async_committed_put_is_retried_too(lgc_sandbox: Sandbox, mode: str) -> None:
    lgc_sandbox.fail_next_put(mode, count=2)  # type: ignore[arg-type]

    async def scenario() -> object:
        async with connect(auth=auth_for(lgc_sandbox), retry=FAST) as client:
            return await put_order_v2.asyncio(lgc_sandbox.client.client_id, "ONCE-A", client=client, body=BODY)

    assert isinstance(asyncio.run(scenario()), OrderV2)
    assert lgc_sandbox.count_orders() == 1


@pytest.mark.parametrize("mode", ["500", "drop"])
def test_cancel_whose_answer_is_lost_is_retried(lgc_sandbox: Sandbox, mode: str) -> None:
    cid = lgc_sandbox.client.client_id
    with connect(auth=auth_for(lgc_sandbox), retry=FAST) as client:
        order = put_order_v2.sync(cid, "CANCEL", client=client, body=BODY)
        assert isinstance(order, OrderV2)
        lgc_sandbox.fail_next_cancel(mode)  # type: ignore[arg-type]
        item = order.order_items[0].id
        assert patch_order_item_v2.sync_detailed(cid, "CANCEL", item, client=client, body=CANCEL).status_code == 202
    deadline = time.monotonic() + 5
    while lgc_sandbox.order_snapshot("CANCEL")["orderItems"][0]["status"]["code"] != "Cancelled":
        assert time.monotonic() < deadline, "the cancel never took effect"
        time.sleep(0.01)


def test_503_and_429_with_retry_after_are_retried(lgc_sandbox: Sandbox) -> None:
    cid = lgc_sandbox.client.client_id
    with connect(auth=auth_for(lgc_sandbox), retry=FAST) as client:
        put_order_v2.sync(cid, "GET", client=client, body=BODY)
        lgc_sandbox.fail_next_calls(1, status=503)
        lgc_sandbox.fail_next_calls(1, status=429, retry_after=0.05)
        lgc_sandbox.fail_next_calls(1, status=502)
        assert isinstance(get_order_v2.sync(cid, "GET", client=client), OrderV2)
    assert lgc_sandbox.state.call_faults == []  # all three were consumed by retries of one call


def test_async_get_is_retried(lgc_sandbox: Sandbox) -> None:
    cid = lgc_sandbox.client.client_id

    async def scenario() -> int:
        async with connect(auth=auth_for(lgc_sandbox), retry=FAST) as client:
            await put_order_v2.asyncio(cid, "AGET", client=client, body=BODY)
            lgc_sandbox.fail_next_calls(2, status=504)
            return (await get_order_v2.asyncio_detailed(cid, "AGET", client=client)).status_code

    assert asyncio.run(scenario()) == 200


def test_retries_give_up_after_the_configured_attempts(lgc_sandbox: Sandbox) -> None:
    lgc_sandbox.fail_next_calls(10, status=503)
    with connect(auth=auth_for(lgc_sandbox), retry=RetryPolicy(attempts=3, backoff=0.01)) as client:
        response = get_order_v2.sync_detailed(lgc_sandbox.client.client_id, "X", client=client)
    assert response.status_code == 503 and len(lgc_sandbox.state.call_faults) == 7


def test_retries_can_be_switched_off(lgc_sandbox: Sandbox) -> None:
    lgc_sandbox.fail_next_calls(1, status=503)
    with connect(auth=auth_for(lgc_sandbox), retry=None) as client:
        assert get_order_v2.sync_detailed(lgc_sandbox.client.client_id, "X", client=client).status_code == 503


def test_non_idempotent_requests_are_never_retried(lgc_sandbox: Sandbox) -> None:
    lgc_sandbox.fail_next_calls(2, status=503, method="POST")
    with connect(auth=auth_for(lgc_sandbox), retry=FAST) as client:
        response = client.get_httpx_client().post(f"/{lgc_sandbox.client.client_id}/api/v2/orders/X")
    assert response.status_code == 503 and len(lgc_sandbox.state.call_faults) == 1


def test_a_hung_server_does_not_hang_the_caller_past_the_deadline(lgc_sandbox: Sandbox) -> None:
    cid = lgc_sandbox.client.client_id
    with connect(auth=auth_for(lgc_sandbox), retry=RetryPolicy(deadline=0.5, backoff=0.01)) as client:
        put_order_v2.sync(cid, "SLOW", client=client, body=BODY)  # token and order first
        lgc_sandbox.set_latency(5.0)
        started = time.monotonic()
        with pytest.raises(httpx.TimeoutException) as caught:
            get_order_v2.sync_detailed(cid, "SLOW", client=client)
        waited = time.monotonic() - started
        lgc_sandbox.set_latency(0)
    assert isinstance(caught.value, DeadlineExceededError | httpx.ReadTimeout)
    assert waited < 4.0  # far below the server's 5 s: the deadline, not the server, ended the call


def test_async_deadline(lgc_sandbox: Sandbox) -> None:
    cid = lgc_sandbox.client.client_id

    async def scenario() -> None:
        async with connect(auth=auth_for(lgc_sandbox), retry=RetryPolicy(deadline=0.5, backoff=0.01)) as client:
            await put_order_v2.asyncio(cid, "ASLOW", client=client, body=BODY)
            lgc_sandbox.set_latency(5.0)
            with pytest.raises(httpx.TimeoutException):
                await get_order_v2.asyncio_detailed(cid, "ASLOW", client=client)
            lgc_sandbox.set_latency(0)

    started = time.monotonic()
    asyncio.run(scenario())
    assert time.monotonic() - started < 4.0


def test_typed_errors_from_real_answers(lgc_sandbox: Sandbox) -> None:
    cid = lgc_sandbox.client.client_id
    with connect(auth=auth_for(lgc_sandbox)) as client:
        put = checked(put_order_v2.sync_detailed)
        assert isinstance(put(cid, "TYPED", client=client, body=BODY), OrderV2)
        with pytest.raises(ConflictError) as conflict:
            put(cid, "TYPED", client=client, body=OrderV2Request(participant_id="someone else"))
        with pytest.raises(NotFoundError) as missing:
            checked(get_order_v2.sync_detailed)(cid, "NOPE", client=client)
    assert conflict.value.status == 409 and conflict.value.operation == "put_order_v2"
    assert "already exists with different content" in str(conflict.value) and "new id" in conflict.value.hint
    assert missing.value.title == "Not Found" and "clientOrderId" in missing.value.hint


def test_local_checks_refuse_bad_ids_before_sending(lgc_sandbox: Sandbox) -> None:
    with connect(auth=auth_for(lgc_sandbox)) as client:
        with pytest.raises(InvalidRequestError, match="clientId"):
            get_order_v2.sync_detailed("TOOLONG", "X", client=client)
        with pytest.raises(InvalidRequestError, match="1 to 100 characters"):
            get_order_v2.sync_detailed("A1B2", "x" * 101, client=client)
    assert lgc_sandbox.state.orders == {}


def test_async_cancel_whose_answer_is_lost_is_retried(lgc_sandbox: Sandbox) -> None:
    cid = lgc_sandbox.client.client_id

    async def scenario() -> int:
        async with connect(auth=auth_for(lgc_sandbox), retry=FAST) as client:
            order = await put_order_v2.asyncio(cid, "ACANCEL", client=client, body=BODY)
            assert isinstance(order, OrderV2)
            lgc_sandbox.fail_next_cancel("drop")
            item = order.order_items[0].id
            response = await patch_order_item_v2.asyncio_detailed(cid, "ACANCEL", item, client=client, body=CANCEL)
            return response.status_code

    assert asyncio.run(scenario()) == 202
    deadline = time.monotonic() + 5
    while lgc_sandbox.order_snapshot("ACANCEL")["orderItems"][0]["status"]["code"] != "Cancelled":
        assert time.monotonic() < deadline, "the cancel never took effect"
        time.sleep(0.01)
