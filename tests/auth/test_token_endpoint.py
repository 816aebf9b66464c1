"""What the token endpoint can answer, and the typed error each failure becomes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from lgc_b2b.models import TokenResponse
from lgc_b2b_auth import (
    ClientCredentials,
    InvalidCredentialsError,
    MalformedTokenResponseError,
    TokenEndpointError,
    TokenEndpointUnavailableError,
)
from lgc_b2b_auth.token import token_lifetime
from tests.auth.conftest import FakeClock
from tests.auth.idp import KEY_ID, SECRET, Failure, IdentityProvider, make_jwt

API_PATH = "/A1B2/api/v1/orders/ORD-1/status"


def call(base_url: str, **options: Any) -> httpx.Response:
    options.setdefault("backoff", 0.01)
    auth = ClientCredentials(base_url, KEY_ID, SECRET, **options)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        return client.get(API_PATH)


def test_503_then_success_is_retried_transparently(base_url: str, idp: IdentityProvider) -> None:
    idp.failures = [Failure(503, b"<html>down</html>", "text/html"), Failure(429, headers={"Retry-After": "0"})]
    assert call(base_url).status_code == 200
    assert idp.token_calls == 3


def test_endpoint_down_raises_unavailable_after_bounded_retries(base_url: str, idp: IdentityProvider) -> None:
    idp.failures = [Failure(503)] * 10
    with pytest.raises(TokenEndpointUnavailableError) as caught:
        call(base_url, max_attempts=3)
    assert idp.token_calls == 3
    assert (caught.value.status, caught.value.attempts) == (503, 3)
    assert "try again later" in str(caught.value)


def test_unreachable_endpoint_raises_unavailable() -> None:
    with pytest.raises(TokenEndpointUnavailableError, match="ConnectError"):
        call("http://127.0.0.1:9", max_attempts=2)


@pytest.mark.parametrize("status", [400, 401])
def test_bad_credentials_carry_the_rfc_6749_fields(base_url: str, idp: IdentityProvider, status: int) -> None:
    body = json.dumps({"error": "invalid_client", "error_description": "unknown key"}).encode()
    idp.failures = [Failure(status, body)]
    with pytest.raises(InvalidCredentialsError) as caught:
        call(base_url)
    error = caught.value
    assert (error.status, error.error, error.error_description) == (status, "invalid_client", "unknown key")
    assert "LGC_SECRET_ACCESS_KEY" in str(error)
    assert idp.token_calls == 1  # refusals are not retried


def test_wrong_secret_against_the_server(base_url: str, idp: IdentityProvider) -> None:
    auth = ClientCredentials(base_url, KEY_ID, "W" * 25)
    with httpx.Client(base_url=base_url, auth=auth) as client, pytest.raises(InvalidCredentialsError) as caught:
        client.get(API_PATH)
    assert caught.value.status == 401 and caught.value.error == "invalid_client"


def test_refusal_without_json_still_says_what_happened(base_url: str, idp: IdentityProvider) -> None:
    idp.failures = [Failure(401, b"Unauthorized", "text/plain")]
    with pytest.raises(InvalidCredentialsError, match="HTTP 401, no error details"):
        call(base_url)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (Failure(200, b"<html>login</html>", "text/html"), "not JSON"),
        (Failure(200, b'{"token": "x"}'), "without an access_token"),
        (Failure(200, b'["x"]'), "without an access_token"),
    ],
)
def test_malformed_answers(base_url: str, idp: IdentityProvider, failure: Failure, expected: str) -> None:
    idp.failures = [failure]
    with pytest.raises(MalformedTokenResponseError, match=expected):
        call(base_url)


def test_wrong_base_url_is_reported_with_the_fix(base_url: str, idp: IdentityProvider) -> None:
    idp.failures = [Failure(404, b"{}")]
    with pytest.raises(TokenEndpointError, match="Check LGC_API_URL") as caught:
        call(base_url)
    assert caught.value.status == 404


@pytest.mark.parametrize(
    ("members", "lifetime", "source"),
    [
        ({"expires_in": 120}, 120, "expires_in"),
        ({"expires_in": "3599.0"}, 3599, "expires_in"),
        ({}, 900, "JWT exp - iat"),
        ({"expires_in": "soon"}, 900, "JWT exp - iat"),
    ],
)
def test_lifetime_from_the_answer(
    base_url: str, idp: IdentityProvider, clock: FakeClock, members: dict[str, Any], *, lifetime: float, source: str
) -> None:
    idp.ttl = 900
    idp.answer = lambda token, _claims: {"access_token": token, **members}
    auth = ClientCredentials(base_url, KEY_ID, SECRET, clock=clock)
    with httpx.Client(base_url=base_url, auth=auth) as client:
        assert client.get(API_PATH).status_code == 200
    token = auth.token
    assert token is not None
    assert (token.lifetime, token.lifetime_source) == (lifetime, source)
    assert token.expires_at == clock.now + lifetime
    assert token.refresh_at == clock.now + lifetime - 60


@pytest.mark.parametrize(
    ("validity", "source"),
    [
        ("Thu, 01 Jan 2026 01:00:00 GMT", "expires_at"),
        ("2026-01-01T01:00:00Z", "expires_at"),
        (1767229200, "expires_at"),
        (1767229200000, "expires_at"),
    ],
)
def test_absolute_validity_when_there_is_no_relative_one(
    base_url: str, idp: IdentityProvider, validity: object, source: str
) -> None:
    wall = 1767225600.0  # 2026-01-01T00:00:00Z: the token lives one hour
    idp.answer = lambda _token, _claims: {"access_token": "opaque-token", "expires_at": validity}
    auth = ClientCredentials(base_url, KEY_ID, SECRET, wall_clock=lambda: wall)
    flow = auth.sync_auth_flow(httpx.Request("GET", base_url + API_PATH))
    assert next(flow).headers["Authorization"] == "Bearer opaque-token"
    assert auth.token is not None
    assert (auth.token.lifetime, auth.token.lifetime_source) == (3600, source)


def test_jwt_without_iat_uses_exp_and_no_hint_uses_the_default() -> None:
    wall = 1_700_000_000.0
    with_exp = TokenResponse(access_token=make_jwt({"exp": int(wall) + 600}))
    assert token_lifetime(with_exp, sent_at_wall=wall, default=300) == (600, "JWT exp")
    assert token_lifetime(TokenResponse(access_token="opaque"), sent_at_wall=wall, default=300) == (
        300,
        "default lifetime",
    )
