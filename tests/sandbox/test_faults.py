"""Fault injection, from Python and over the /_sandbox/ admin API, and how the client copes."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v2 import get_order_v2, put_order_v2
from lgc_b2b.models import OrderItemRequest, OrderV2, OrderV2Request
from lgc_b2b_auth import TokenEndpointUnavailableError, connect
from lgc_sandbox import Sandbox
from tests.sandbox.conftest import auth_for

BODY = OrderV2Request(participant_id="EMP-1", order_items=[OrderItemRequest(code="KIT-CODE-1")])


def test_token_endpoint_503_then_success(lgc_sandbox: Sandbox) -> None:
    lgc_sandbox.fail_next_token_calls(2, status=503)
    with connect(auth=auth_for(lgc_sandbox, backoff=0.01)) as client:
        assert isinstance(put_order_v2.sync(lgc_sandbox.client.client_id, "O", client=client, body=BODY), OrderV2)
    assert lgc_sandbox.token_requests == 3


def test_token_endpoint_down(lgc_sandbox: Sandbox) -> None:
    lgc_sandbox.fail_next_token_calls(5, status=500)
    auth = auth_for(lgc_sandbox, backoff=0.01, max_attempts=3)
    with connect(auth=auth) as client, pytest.raises(TokenEndpointUnavailableError) as caught:
        get_order_v2.sync(lgc_sandbox.client.client_id, "O", client=client)
    assert caught.value.status == 500


def test_slow_token_endpoint_then_timeout(lgc_sandbox: Sandbox) -> None:
    lgc_sandbox.fail_next_token_calls(1, status=None, delay=0.5)
    auth = auth_for(lgc_sandbox, backoff=0.01, timeout=httpx.Timeout(0.2))
    with connect(auth=auth) as client:  # the first attempt times out, the retry is answered
        assert get_order_v2.sync_detailed(lgc_sandbox.client.client_id, "O", client=client).status_code == 404


def test_revoked_tokens_are_renewed_transparently(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    put_order_v2.sync(cid, "O", client=client, body=BODY)
    lgc_sandbox.revoke_all_tokens()
    assert isinstance(get_order_v2.sync(cid, "O", client=client), OrderV2)
    assert lgc_sandbox.token_requests == 2


def test_one_active_token_mode_under_threads(lgc_sandbox: Sandbox) -> None:
    lgc_sandbox.one_active_token()
    lgc_sandbox.set_token_lifetime(0.5)
    cid = lgc_sandbox.client.client_id
    statuses: list[int] = []
    with connect(auth=auth_for(lgc_sandbox)) as client:
        put_order_v2.sync(cid, "O", client=client, body=BODY)

        def work() -> None:
            for _ in range(15):
                statuses.append(get_order_v2.sync_detailed(cid, "O", client=client).status_code)

        workers = [threading.Thread(target=work) for _ in range(8)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    assert set(statuses) == {200}


@pytest.mark.parametrize("mode", ["500", "drop"])
def test_put_committed_then_answer_lost_without_retries(lgc_sandbox: Sandbox, mode: str) -> None:
    cid = lgc_sandbox.client.client_id
    lgc_sandbox.fail_next_put(mode)  # type: ignore[arg-type]
    with connect(auth=auth_for(lgc_sandbox), retry=None) as client:
        if mode == "500":
            assert put_order_v2.sync_detailed(cid, "LOST", client=client, body=BODY).status_code == 500
        else:
            with pytest.raises(httpx.RemoteProtocolError):
                put_order_v2.sync_detailed(cid, "LOST", client=client, body=BODY)
        assert lgc_sandbox.count_orders() == 1  # committed although the caller saw a failure
        replay = put_order_v2.sync(cid, "LOST", client=client, body=BODY)  # LGC's documented recovery: repeat it
    assert isinstance(replay, OrderV2) and lgc_sandbox.count_orders() == 1


def test_added_latency(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    lgc_sandbox.set_latency(0.3)
    impatient = connect(auth=auth_for(lgc_sandbox), timeout=httpx.Timeout(0.1))
    with impatient, pytest.raises(httpx.ReadTimeout):
        get_order_v2.sync_detailed(lgc_sandbox.client.client_id, "O", client=impatient)


def test_admin_api_drives_the_same_controls(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    admin = httpx.Client(base_url=lgc_sandbox.base_url + "/_sandbox")
    cid = lgc_sandbox.client.client_id
    put_order_v2.sync(cid, "ADMIN", client=client, body=BODY)
    advanced = admin.post(f"/orders/{cid}/ADMIN/advance").json()
    assert advanced["status"] == "Created"
    assert admin.post(f"/orders/{cid}/ADMIN/advance", json={"to": "ValidationFailed"}).status_code == 409
    assert admin.post("/tokens/revoke").status_code == 204
    assert admin.post("/faults/token", json={"count": 1, "status": 503}).status_code == 204
    assert admin.post("/faults/put", json={"mode": "sideways"}).status_code == 400
    assert admin.post("/settings", json={"tokenLifetime": 30, "oneActiveToken": False}).status_code == 204
    assert isinstance(get_order_v2.sync(cid, "ADMIN", client=client), OrderV2)  # renewed past the injected 503
    info = admin.get("/").json()
    assert info["tokenLifetime"] == 30 and info["orders"] == 1 and info["specViolations"] == []
    assert lgc_sandbox.token_requests == 3
    admin.close()


def test_every_request_is_validated_against_the_spec(lgc_sandbox: Sandbox) -> None:
    # A plain httpx client: connect()'s own checks would refuse some of these before sending.
    raw = httpx.Client(base_url=lgc_sandbox.base_url, auth=auth_for(lgc_sandbox))
    cid = lgc_sandbox.client.client_id
    assert (
        raw.put(f"/{cid}/api/v2/orders/O", content=b"[1]", headers={"Content-Type": "application/json"}).status_code
        == 400
    )
    assert raw.put(f"/{cid}/api/v2/orders/O", content=b"x", headers={"Content-Type": "text/plain"}).status_code == 415
    assert raw.get(f"/{cid}/api/v2/orders/{'x' * 101}").status_code == 400  # clientOrderId over 100 characters
    assert raw.get("/TOOLONG/api/v2/orders/O").status_code == 400  # clientId pattern
    assert raw.get(f"/{cid}/api/v3/orders/O").status_code == 404
    deleted = raw.delete(f"/{cid}/api/v2/orders/O")
    assert deleted.status_code == 405 and deleted.headers["Allow"] == "PUT, GET"
    assert lgc_sandbox.spec_violations == []
    raw.close()


def test_missing_wrong_expired_and_revoked_tokens_get_401(lgc_sandbox: Sandbox) -> None:
    account = lgc_sandbox.client
    url = f"{lgc_sandbox.base_url}/{account.client_id}/api/v2/orders/O"

    def fresh_token() -> str:
        answer = httpx.post(
            f"{lgc_sandbox.base_url}/oauth2/token",
            params={"grant_type": "client_credentials"},
            auth=(account.access_key_id, account.secret_access_key),
        )
        token: str = answer.json()["access_token"]
        return token

    def status(token: str | None) -> int:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.get(url, headers=headers).status_code

    assert status(None) == 401
    assert status("not-a-jwt") == 401
    assert status(fresh_token()) == 404  # a valid token: the order just does not exist
    lgc_sandbox.set_token_lifetime(0.2)
    short_lived = fresh_token()
    time.sleep(0.3)
    assert status(short_lived) == 401
    lgc_sandbox.set_token_lifetime(60)
    revoked = fresh_token()
    lgc_sandbox.revoke_all_tokens()
    assert status(revoked) == 401
