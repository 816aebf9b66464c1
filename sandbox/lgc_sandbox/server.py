"""``Sandbox``: the app served by uvicorn on 127.0.0.1 in a background thread, with its controls."""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import Any, Self

import uvicorn

from .app import create_app
from .state import CallFault, ClientAccount, Order, OrderItem, PutFault, SandboxState, TokenFault
from .webhooks import Delivery, Notifier

DEFAULT_CLIENT_IDS = ("A1B2", "Z9Y8")


class Sandbox:
    """A local LGC emulator. Use it as a context manager (or ``start()``/``stop()``).

    ``base_url`` and ``clients`` (clientId and key pair each; ``client`` is the first) are what
    a client needs. The methods below steer it: fault injection, status progression, webhooks.
    """

    def __init__(
        self,
        *,
        client_ids: tuple[str, ...] = DEFAULT_CLIENT_IDS,
        clients: list[ClientAccount] | None = None,
        token_lifetime: float = 3600.0,
        port: int = 0,
    ) -> None:
        self.clients = clients if clients is not None else [ClientAccount.generate(c) for c in client_ids]
        self.state = SandboxState(self.clients, token_lifetime)
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.notifier: Notifier | None = None

    @property
    def client(self) -> ClientAccount:
        return self.clients[0]

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> Self:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this; without it, Nagle's algorithm and delayed ACKs add ~40 ms
        # to every response that uvicorn writes in two parts (headers, then body).
        listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        listener.bind(("127.0.0.1", self._port))
        self.base_url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        self.notifier = Notifier(self.base_url)
        self.state.on_change = self.notifier
        config = uvicorn.Config(
            create_app(self.state), log_level="warning", lifespan="off", access_log=False, timeout_graceful_shutdown=1
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [listener]}, name="lgc-sandbox", daemon=True
        )
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server failed to start")
            self._thread.join(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
        if self.notifier is not None:
            self.notifier.close()
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    # -- faults ---------------------------------------------------------------------------------

    def fail_next_token_calls(self, count: int = 1, *, status: int | None = 503, delay: float = 0.0) -> None:
        """The next ``count`` token requests answer ``status`` (or, with ``status=None``, succeed after ``delay``)."""
        with self.state.lock:
            self.state.token_faults.extend(TokenFault(status, delay) for _ in range(count))

    def revoke_all_tokens(self) -> None:
        self.state.revoke_all_tokens()

    def one_active_token(self, enabled: bool = True) -> None:
        """When on, each new token revokes the client's older ones (as some identity providers do)."""
        with self.state.lock:
            self.state.one_active_token = enabled

    def fail_next_put(self, mode: PutFault = "500", count: int = 1) -> None:
        """Commit the next ``count`` order PUTs, then answer 500 (``"500"``) or drop the connection (``"drop"``)."""
        with self.state.lock:
            self.state.put_faults.extend([mode] * count)

    def fail_next_cancel(self, mode: PutFault = "500", count: int = 1) -> None:
        """Commit the next ``count`` cancel PATCHes, then answer 500 or drop the connection."""
        with self.state.lock:
            self.state.cancel_faults.extend([mode] * count)

    def fail_next_calls(
        self, count: int = 1, *, status: int = 503, retry_after: float | None = None, method: str | None = None
    ) -> None:
        """Answer the next ``count`` API calls (of ``method``, or any) with ``status``, committing nothing."""
        with self.state.lock:
            self.state.call_faults.extend(CallFault(status, retry_after, method) for _ in range(count))

    def set_latency(self, seconds: float) -> None:
        with self.state.lock:
            self.state.latency = seconds

    def set_token_lifetime(self, seconds: float) -> None:
        with self.state.lock:
            self.state.token_lifetime = seconds

    # -- orders ---------------------------------------------------------------------------------

    def _find(self, client_order_id: str, item_id: str | None, client_id: str | None) -> tuple[Order, OrderItem]:
        order = self.state.order(client_id or self.client.client_id, client_order_id)
        if order is None:
            raise KeyError(f"no order {client_order_id!r} for client {client_id or self.client.client_id}")
        if item_id is None:
            return order, order.items[0]
        for item in order.items:
            if item.id == item_id:
                return order, item
        raise KeyError(f"no item {item_id!r} in order {client_order_id!r}")

    def advance(
        self, client_order_id: str, *, item_id: str | None = None, to: str | None = None, client_id: str | None = None
    ) -> str:
        """Move an order item to ``to`` or to its next status (Submitted → … → ResultsAvailable)."""
        order, item = self._find(client_order_id, item_id, client_id)
        return self.state.advance(order, item, to)

    def fail_validation(
        self, client_order_id: str, *, item_id: str | None = None, client_id: str | None = None
    ) -> None:
        order, item = self._find(client_order_id, item_id, client_id)
        self.state.advance(order, item, "ValidationFailed")

    def order_snapshot(self, client_order_id: str, client_id: str | None = None) -> dict[str, Any]:
        order, _ = self._find(client_order_id, None, client_id)
        with self.state.lock:
            return order.to_v2() if order.version == 2 else order.to_v1_status()

    def count_orders(self, client_id: str | None = None) -> int:
        with self.state.lock:
            return sum(1 for owner, _ in self.state.orders if owner == (client_id or self.client.client_id))

    @property
    def token_requests(self) -> int:
        with self.state.lock:
            return self.state.token_requests

    @property
    def spec_violations(self) -> list[str]:
        with self.state.lock:
            return list(self.state.spec_violations)

    # -- webhooks -------------------------------------------------------------------------------

    def send_notifications_to(self, url: str | None, *, signing_key: str | None = None, pause: float = 0.2) -> None:
        """POST a notification for every status change to ``url`` (``None`` stops), signed when a key is given."""
        assert self.notifier is not None, "start the sandbox first"
        self.notifier.configure(url, signing_key, pause)

    @property
    def deliveries(self) -> list[Delivery]:
        assert self.notifier is not None, "start the sandbox first"
        return list(self.notifier.deliveries)

    def wait_for_notifications(self, timeout: float = 10.0) -> bool:
        assert self.notifier is not None, "start the sandbox first"
        return self.notifier.wait_idle(timeout)
