"""Per-request cost of ClientCredentials against plain httpx with a static Authorization header.

Both clients send their API requests to the same in-memory transport (httpx.MockTransport), so
the figure is pure client cost; the one token request goes to a tiny token server on 127.0.0.1.
Variants run interleaved, round after round; each reports the median of its rounds, and the
ratio is ours over the baseline measured in this same run. Nothing is asserted.

    python benchmarks/auth_overhead.py [--rounds 7] [--requests 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from lgc_b2b_auth import ClientCredentials

PATH = "/A1B2/api/v2/orders/ORD-0001"
KEY_ID, SECRET = "A" * 25, "B" * 25
TOKEN_BODY = {"access_token": "eyJ." + "x" * 700 + ".sig", "token_type": "Bearer", "expires_in": 86400}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"clientOrderId": "ORD-0001", "orderItems": []})


class _TokenHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(TOKEN_BODY).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _token_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TokenHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _time_sync(client: httpx.Client, requests: int) -> float:
    start = time.perf_counter()
    for _ in range(requests):
        client.get(PATH)
    return (time.perf_counter() - start) / requests


async def _time_async(client: httpx.AsyncClient, requests: int) -> float:
    start = time.perf_counter()
    for _ in range(requests):
        await client.get(PATH)
    return (time.perf_counter() - start) / requests


def _report(title: str, samples: dict[str, list[float]]) -> None:
    baseline = statistics.median(samples["static header"])
    print(f"\n{title}")
    print(f"  {'variant':<20} {'median µs/request':>18} {'ratio':>7}   range")
    for name, values in samples.items():
        median = statistics.median(values)
        low, high = min(values) / baseline, max(values) / baseline
        print(f"  {name:<20} {median * 1e6:>18.1f} {median / baseline:>7.3f}   {low:.3f}-{high:.3f}")


def _rounds(rounds: int, run: Callable[[], dict[str, float]]) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {}
    for _ in range(rounds):
        for name, value in run().items():
            samples.setdefault(name, []).append(value)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=5000)
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, httpx {httpx.__version__}, {platform.machine()}, {args.rounds} rounds")
    static = {"Authorization": f"Bearer {TOKEN_BODY['access_token']}"}
    transport = httpx.MockTransport(_answer)
    with _token_server() as base:
        auth = ClientCredentials(base, KEY_ID, SECRET)
        clients = {
            "static header": httpx.Client(base_url=base, transport=transport, headers=static),
            "ClientCredentials": httpx.Client(base_url=base, transport=transport, auth=auth),
        }
        for client in clients.values():
            _time_sync(client, 200)  # warm-up, and the one token request
        _report(
            "sync, MockTransport",
            _rounds(args.rounds, lambda: {name: _time_sync(c, args.requests) for name, c in clients.items()}),
        )

        async def async_samples() -> dict[str, list[float]]:
            variants = {
                "static header": httpx.AsyncClient(base_url=base, transport=transport, headers=static),
                "ClientCredentials": httpx.AsyncClient(base_url=base, transport=transport, auth=auth),
            }
            for client in variants.values():
                await _time_async(client, 200)
            samples: dict[str, list[float]] = {}
            for _ in range(args.rounds):
                for name, client in variants.items():
                    samples.setdefault(name, []).append(await _time_async(client, args.requests))
            return samples

        _report("async, MockTransport", asyncio.run(async_samples()))


if __name__ == "__main__":
    main()
