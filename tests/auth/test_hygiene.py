"""Secrets stay secret; keys are checked up front; tokens go only where they belong."""

from __future__ import annotations

import base64
import json
import logging
import pickle
import traceback
from collections.abc import Iterator

import httpx
import pytest

from lgc_b2b.api.orders_v2 import get_order_v2
from lgc_b2b_auth import (
    ClientCredentials,
    InsecureTransportError,
    InvalidCredentialsError,
    InvalidKeyFormatError,
    LgcAuthError,
    Secret,
    UntrustedHostError,
    connect,
)
from tests.auth.conftest import FakeClock
from tests.auth.idp import KEY_ID, SECRET, Failure, IdentityProvider

API_PATH = "/A1B2/api/v2/orders/ORD-1"


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))
        if record.exc_info:
            self.lines.append("".join(traceback.format_exception(*record.exc_info)))


@pytest.fixture
def captured_logs() -> Iterator[_Capture]:
    handler = _Capture()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def test_no_secret_or_token_in_logs_reprs_or_errors(
    base_url: str, idp: IdentityProvider, clock: FakeClock, captured_logs: _Capture
) -> None:
    texts: list[tuple[str, str]] = []

    def keep(where: str, error: BaseException) -> None:
        texts.append((f"{where} str", str(error)))
        texts.append((f"{where} repr", repr(error)))
        texts.append((f"{where} traceback", "".join(traceback.format_exception(error))))

    auth = ClientCredentials(base_url, KEY_ID, SECRET, clock=clock, backoff=0.01, max_attempts=2)
    client = connect(auth=auth)
    with client:
        get_order_v2.sync_detailed("A1B2", "ORD-1", client=client)
        idp.revoke_all()
        get_order_v2.sync_detailed("A1B2", "ORD-1", client=client)  # 401, renewal, replay
        clock.advance(3600 - 30)
        idp.failures = [Failure(503)] * 2
        get_order_v2.sync_detailed("A1B2", "ORD-1", client=client)  # soft-refresh failure: a warning
        texts += [("auth repr", repr(auth)), ("client repr", repr(client)), ("token repr", repr(auth.token))]
        texts += [("store repr", repr(auth._store)), ("vars(auth)", repr(vars(auth)))]

    # A server that echoes the secret back must not get it into our error message.
    echo = json.dumps({"error": "invalid_client", "error_description": f"bad secret {SECRET}"}).encode()
    idp.failures = [Failure(401, echo)]
    with pytest.raises(InvalidCredentialsError) as refused:
        httpx.get(base_url + API_PATH, auth=ClientCredentials(base_url, KEY_ID, SECRET))
    keep("refusal", refused.value)
    idp.failures = [Failure(503)] * 2
    with pytest.raises(LgcAuthError) as down:
        httpx.get(base_url + API_PATH, auth=ClientCredentials(base_url, KEY_ID, SECRET, max_attempts=2, backoff=0))
    keep("unavailable", down.value)
    with pytest.raises(InvalidKeyFormatError) as malformed:
        ClientCredentials(base_url, KEY_ID, SECRET[:-1] + "!")
    keep("key format", malformed.value)

    texts += [("log", line) for line in captured_logs.lines]
    assert any("token obtained" in text for _, text in texts)  # the capture really saw our logs
    assert any("Renewing the LGC access token failed" in text for _, text in texts)
    basic = base64.b64encode(f"{KEY_ID}:{SECRET}".encode()).decode()
    secrets = {"secret access key": SECRET, "basic credentials": basic, "malformed key": SECRET[:-1]}
    secrets |= {f"token #{n}": token for n, token in enumerate(idp.issued)}
    leaks = [f"{name} in {where}" for where, text in texts for name, secret in secrets.items() if secret in text]
    assert leaks == []  # names only: the assertion itself must not print a secret


@pytest.mark.parametrize(
    ("key_id", "secret", "named"),
    [
        ("short", SECRET, "LGC_ACCESS_KEY_ID"),
        (KEY_ID, SECRET + "x", "LGC_SECRET_ACCESS_KEY"),
        (KEY_ID, " " + SECRET[1:], "LGC_SECRET_ACCESS_KEY"),
        (KEY_ID, "é" * 25, "LGC_SECRET_ACCESS_KEY"),
    ],
)
def test_malformed_keys_are_refused_naming_the_key_without_echoing_it(key_id: str, secret: str, named: str) -> None:
    with pytest.raises(InvalidKeyFormatError) as caught:
        ClientCredentials("https://lgc.invalid", key_id, secret)
    message = str(caught.value)
    assert named in message and "25 letters and digits" in message
    assert secret not in message and key_id not in message


@pytest.mark.parametrize("url", ["http://lgc-api.example.com", "http://10.0.0.5:8080", "ftp://127.0.0.1"])
def test_credentials_are_refused_over_plain_http_except_to_loopback(url: str) -> None:
    with pytest.raises(InsecureTransportError, match="only https://"):
        ClientCredentials(url, KEY_ID, SECRET)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:8000", "https://h.x"])
def test_https_and_loopback_are_accepted(url: str) -> None:
    ClientCredentials(url, KEY_ID, SECRET)


def test_token_is_never_sent_to_another_host(base_url: str, idp: IdentityProvider) -> None:
    auth = ClientCredentials(base_url, KEY_ID, SECRET)
    with httpx.Client(auth=auth) as client, pytest.raises(UntrustedHostError, match="not an allowed host"):
        client.get("https://attacker.invalid/A1B2/api/v2/orders/1")
    assert idp.token_calls == 0  # refused before any token was even fetched


def test_token_is_never_sent_over_plain_http_to_an_allowed_remote_host() -> None:
    auth = ClientCredentials("https://lgc.invalid", KEY_ID, SECRET)
    with httpx.Client(auth=auth) as client, pytest.raises(InsecureTransportError):
        client.get("http://lgc.invalid/A1B2/api/v2/orders/1")


def test_secret_wrapper_does_not_pickle_or_print() -> None:
    secret = Secret(SECRET)
    assert SECRET not in f"{secret} {secret!r}"
    with pytest.raises(TypeError):
        pickle.dumps(secret)
