"""A small identity provider + API on 127.0.0.1 for the auth tests (the sandbox comes later).

It checks HTTP Basic and ``grant_type`` like LGC's token endpoint, issues JWT-shaped tokens,
and answers API calls with 200 for a live token and 401 otherwise. Behaviour is steered from the
test through attributes: latency, queued failures, one-active-token mode, revocation.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

KEY_ID = "AKIDTESTAKIDTESTAKIDTEST1"
SECRET = "s3cretS3cretS3cretS3cret9"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(claims: dict[str, Any]) -> str:
    header = b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    return f"{header}.{b64url(json.dumps(claims).encode())}.c2ln"


@dataclass
class Failure:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class IdentityProvider:
    ttl: float = 3600.0
    token_latency: float = 0.0
    revoke_on_issue: bool = False
    # Shapes the token answer: gets the token and its claims, returns the JSON members.
    answer: Callable[[str, dict[str, Any]], dict[str, Any]] = lambda token, claims: {
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": claims["exp"] - claims["iat"],
    }
    failures: list[Failure] = field(default_factory=list)
    token_calls: int = 0
    api_calls: int = 0
    api_401s: int = 0
    issued: list[str] = field(default_factory=list)
    last_token_request: dict[str, Any] = field(default_factory=dict)
    _live: dict[str, float] = field(default_factory=dict)
    _serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def revoke_all(self) -> None:
        with self._lock:
            self._live.clear()

    def is_live(self, token: str) -> bool:
        with self._lock:
            expiry = self._live.get(token)
        return expiry is not None and time.time() < expiry

    def issue(self) -> bytes:
        now = time.time()
        claims = {"sub": KEY_ID, "iat": int(now), "exp": int(now + self.ttl), "jti": next(self._serial)}
        token = make_jwt(claims)
        with self._lock:
            if self.revoke_on_issue:
                self._live.clear()
            self._live[token] = now + self.ttl
            self.issued.append(token)
        return json.dumps(self.answer(token, claims)).encode()


def _handler(idp: IdentityProvider) -> type[BaseHTTPRequestHandler]:
    expected_basic = "Basic " + base64.b64encode(f"{KEY_ID}:{SECRET}".encode()).decode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            form = parse_qs(self.rfile.read(length).decode())
            url = urlsplit(self.path)
            if url.path != "/oauth2/token":
                self._send(404, b"{}", "application/json")
                return
            with idp._lock:
                idp.token_calls += 1
                idp.last_token_request = {
                    "query": parse_qs(url.query),
                    "form": form,
                    "content_type": self.headers.get("Content-Type"),
                    "basic_ok": self.headers.get("Authorization") == expected_basic,
                }
                failure = idp.failures.pop(0) if idp.failures else None
            if idp.token_latency:
                time.sleep(idp.token_latency)
            if failure is not None:
                self._send(failure.status, failure.body, failure.content_type, failure.headers)
            elif self.headers.get("Authorization") != expected_basic:
                self._send(401, b'{"error":"invalid_client","error_description":"bad key pair"}', "application/json")
            elif parse_qs(url.query).get("grant_type") != ["client_credentials"]:
                self._send(400, b'{"error":"unsupported_grant_type"}', "application/json")
            else:
                self._send(200, idp.issue(), "application/json")

        def _api(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            self.rfile.read(length)
            with idp._lock:
                idp.api_calls += 1
            auth = self.headers.get("Authorization", "")
            token = auth.removeprefix("Bearer ")
            if self.path.startswith("/always-401") or not auth.startswith("Bearer ") or not idp.is_live(token):
                with idp._lock:
                    idp.api_401s += 1
                self._send(401, b'{"title":"Unauthorized","status":401}', "application/problem+json")
                return
            # Enough of an order for the generated v1 and v2 models to parse.
            order = {"clientOrderId": self.path.rstrip("/").split("/")[-1], "orderItems": [], "status": "Submitted"}
            self._send(200, json.dumps(order).encode(), "application/json")

        do_GET = do_PUT = do_PATCH = _api

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # listen() backlog: must be set before the socket listens


@contextmanager
def running(idp: IdentityProvider) -> Iterator[str]:
    """Serve ``idp`` on a free 127.0.0.1 port; yield its base URL; stop on exit."""
    server = _Server(("127.0.0.1", 0), _handler(idp))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
