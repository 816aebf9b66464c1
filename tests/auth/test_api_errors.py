"""Typed errors, odd statuses and local checks over MockTransport (token from the local IdP)."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v1 import get_order_status_v1
from lgc_b2b.api.orders_v2 import get_order_v2, put_order_v2
from lgc_b2b.models import OrderV2Request
from lgc_b2b_auth import (
    BadRequestError,
    ClientCredentials,
    GoneError,
    LgcApiError,
    RetryPolicy,
    ServerError,
    UnauthorizedError,
    checked,
    connect,
)
from lgc_b2b_auth.transport import CLIENT_ID_PATTERN, CLIENT_ORDER_ID_MAX
from tests import spec
from tests.auth.idp import KEY_ID, SECRET, IdentityProvider


def client_answering(base_url: str, status: int, body: bytes = b"", **headers: str) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/problem+json", **headers})

    auth = ClientCredentials(base_url, KEY_ID, SECRET)
    return connect(auth=auth, retry=RetryPolicy(attempts=1), httpx_args={"transport": httpx.MockTransport(answer)})


@pytest.mark.parametrize(
    ("status", "kind", "hint"),
    [
        (400, BadRequestError, "malformed"),
        (401, UnauthorizedError, "clock"),
        (410, GoneError, "retired"),
        (503, ServerError, "safe to retry"),
        (418, LgcApiError, "does not document"),
    ],
)
def test_each_failure_becomes_a_typed_error_with_a_hint(
    base_url: str, idp: IdentityProvider, status: int, kind: type[LgcApiError], hint: str
) -> None:
    problem = b'{"type":"about:blank","title":"T","status":%d,"detail":"what happened","traceId":"t-1"}' % status
    with client_answering(base_url, status, problem) as client, pytest.raises(kind) as caught:
        checked(get_order_v2.sync_detailed)("A1B2", "ORD-1", client=client)
    error = caught.value
    assert (error.status, error.operation, error.detail, error.title) == (status, "get_order_v2", "what happened", "T")
    assert error.problem["traceId"] == "t-1" and hint in error.hint
    assert "what happened" in str(error)
    assert all(token not in str(error) for token in idp.issued) and SECRET not in str(error)


def test_async_checked(base_url: str, idp: IdentityProvider) -> None:
    async def scenario() -> None:
        async with client_answering(base_url, 410, b"{}") as client:
            with pytest.raises(GoneError):
                await checked(get_order_status_v1.asyncio_detailed)("A1B2", "ORD-1", client=client)

    asyncio.run(scenario())


@pytest.mark.parametrize("status", [499, 520])
def test_status_outside_httpstatus_is_a_typed_error_not_a_crash(
    base_url: str, idp: IdentityProvider, status: int
) -> None:
    with client_answering(base_url, status, b"<html>proxy</html>") as client, pytest.raises(LgcApiError) as caught:
        put_order_v2.sync_detailed("A1B2", "ORD-1", client=client, body=OrderV2Request())
    assert caught.value.status == status and caught.value.body == b"<html>proxy</html>"
    assert "PUT /A1B2/api/v2/orders/ORD-1" in str(caught.value)


def test_success_passes_through_checked(base_url: str, idp: IdentityProvider) -> None:
    body = b'{"clientOrderId":"ORD-1","orderItems":[]}'
    with client_answering(base_url, 200, body) as client:
        order = checked(get_order_v2.sync_detailed)("A1B2", "ORD-1", client=client)
    assert order.client_order_id == "ORD-1"


def test_local_constraints_agree_with_the_spec() -> None:
    parameters = spec.load()["components"]["parameters"]
    assert f"^{CLIENT_ID_PATTERN.pattern}$" == parameters["ClientId"]["schema"]["pattern"]
    assert parameters["ClientOrderId"]["schema"]["maxLength"] == CLIENT_ORDER_ID_MAX
    assert parameters["ClientOrderId"]["schema"]["minLength"] == 1
    assert re.fullmatch(CLIENT_ID_PATTERN, "A1B2") and not re.fullmatch(CLIENT_ID_PATTERN, "A1B2C")


def test_retry_policy_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="POST"):
        RetryPolicy(methods=frozenset({"GET", "POST"}))
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
