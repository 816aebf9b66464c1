"""connect(): the generated client with auth, defaults, and nothing of the caller's changed."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v1 import get_order_status_v1
from lgc_b2b.api.orders_v2 import put_order_v2
from lgc_b2b.models import OrderItemRequest, OrderV2Request
from lgc_b2b_auth import DEFAULT_TIMEOUT, ClientCredentials, MissingSettingError, connect
from tests.auth.idp import KEY_ID, SECRET, IdentityProvider


def test_connect_reads_the_environment(base_url: str, idp: IdentityProvider) -> None:
    environ = {"LGC_API_URL": base_url, "LGC_ACCESS_KEY_ID": KEY_ID, "LGC_SECRET_ACCESS_KEY": SECRET}
    with connect(environ=environ) as client:
        assert isinstance(client, AuthenticatedClient)
        response = get_order_status_v1.sync_detailed("A1B2", "ORD-1", client=client)
    assert response.status_code == 200 and idp.token_calls == 1


@pytest.mark.parametrize("missing", ["LGC_API_URL", "LGC_ACCESS_KEY_ID", "LGC_SECRET_ACCESS_KEY"])
def test_missing_setting_names_the_variable(missing: str) -> None:
    environ = {"LGC_API_URL": "https://lgc.invalid", "LGC_ACCESS_KEY_ID": KEY_ID, "LGC_SECRET_ACCESS_KEY": SECRET}
    del environ[missing]
    with pytest.raises(MissingSettingError, match=missing):
        connect(environ=environ)


def test_explicit_arguments_and_sane_defaults(base_url: str, idp: IdentityProvider) -> None:
    headers = {"X-Partner": "acme"}
    extra = {"trust_env": False}
    client = connect(base_url, KEY_ID, SECRET, headers=headers, httpx_args=extra)
    seen: list[httpx.Request] = []
    with client:
        httpx_client = client.get_httpx_client()
        httpx_client.event_hooks["request"].append(seen.append)
        body = OrderV2Request(participant_id="EMP-1", order_items=[OrderItemRequest(code="KIT")])
        assert put_order_v2.sync_detailed("A1B2", "ORD-1", client=client, body=body).status_code == 200
        assert httpx_client.timeout == DEFAULT_TIMEOUT
    assert headers == {"X-Partner": "acme"} and extra == {"trust_env": False}  # not mutated
    assert seen[0].headers["Accept"] == "application/json" and seen[0].headers["X-Partner"] == "acme"
    assert seen[0].headers["Authorization"].startswith("Bearer ey")


def test_async_use_through_the_generated_functions(base_url: str, idp: IdentityProvider) -> None:
    auth = ClientCredentials(base_url, KEY_ID, SECRET)

    async def scenario() -> list[int]:
        async with connect(auth=auth) as client:
            calls = [get_order_status_v1.asyncio_detailed("A1B2", f"ORD-{n}", client=client) for n in range(20)]
            return [response.status_code for response in await asyncio.gather(*calls)]

    assert asyncio.run(scenario()) == [200] * 20
    assert idp.token_calls == 1


def test_auth_must_come_as_auth_not_inside_httpx_args() -> None:
    auth = ClientCredentials("https://lgc.invalid", KEY_ID, SECRET)
    with pytest.raises(ValueError, match="auth=ClientCredentials"):
        connect(auth=auth, httpx_args={"auth": auth})
