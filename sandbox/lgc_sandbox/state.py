"""The sandbox's world: clients, tokens, orders and their items, faults to inject. Thread-safe."""

from __future__ import annotations

import copy
import datetime
import json
import secrets
import string
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Literal

V1_PROGRESSION: Final = (
    "Submitted",
    "Created",
    "KitDispatched",
    "KitRegistered",
    "KitArrivedAtLab",
    "ResultsAvailable",
)
# From KitArrivedAtLab on, an item can no longer be cancelled (LGC's rule).
NOT_CANCELLABLE: Final = frozenset({"KitArrivedAtLab", "ResultsAvailable", "ValidationFailed"})
KNOWN_KIT_CODES: Final = ("KIT-CODE-1", "KIT-CODE-2", "STI-STANDARD", "VITAMIN-D")

PutFault = Literal["500", "drop"]


def _key(length: int = 25) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def utc_now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class ClientAccount:
    """One partner: its clientId and its key pair (25 alphanumerics each, as LGC issues them)."""

    client_id: str
    access_key_id: str
    secret_access_key: str = field(repr=False)

    @classmethod
    def generate(cls, client_id: str) -> ClientAccount:
        return cls(client_id, _key(), _key())


class OrderItem:
    def __init__(self, code: str) -> None:
        self.id = str(uuid.uuid4())
        self.code = code
        self.status = "Submitted"
        self.created_at = self.updated_at = utc_now()
        self.kit: dict[str, str] | None = None

    def to_v2(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "replacementOrderItemId": None,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "status": {"code": self.status},
            "lgcKitIdentifier": copy.deepcopy(self.kit),
        }


class Order:
    def __init__(self, client_id: str, client_order_id: str, version: int, body: dict[str, Any]) -> None:
        self.client_id = client_id
        self.client_order_id = client_order_id
        self.version = version
        self.body = body
        self.fingerprint = json.dumps(body, sort_keys=True, separators=(",", ":"))
        self.lgc_order_ref = str(uuid.uuid4())
        self.participant_id = body.get("participantId")
        codes = (
            [item.get("code") for item in body.get("orderItems", []) if isinstance(item, dict)] if version == 2 else []
        )
        self.items = [OrderItem(code if isinstance(code, str) else "UNKNOWN") for code in codes or ["DEFAULT-KIT"]]

    def to_v2(self) -> dict[str, Any]:
        order: dict[str, Any] = {"clientOrderId": self.client_order_id, "orderItems": [i.to_v2() for i in self.items]}
        if isinstance(self.participant_id, str):
            order["participantId"] = self.participant_id
        return order

    def to_v1_receipt(self) -> dict[str, Any]:
        return {"clientOrderId": self.client_order_id, "lgcOrderRef": self.lgc_order_ref}

    def to_v1_status(self) -> dict[str, Any]:
        item = self.items[0]
        status: dict[str, Any] = {
            "clientOrderId": self.client_order_id,
            "lgcOrderRef": self.lgc_order_ref,
            "status": item.status,
            "lgcKitIdentifier": copy.deepcopy(item.kit),
            "replacementOrders": [],
        }
        if isinstance(self.participant_id, str):
            status["participantId"] = self.participant_id
        return status


@dataclass
class TokenFault:
    status: int | None  # None: answer normally, after ``delay``
    delay: float = 0.0


@dataclass
class CallFault:
    """Answer an API call with ``status`` before it reaches the app (nothing is committed)."""

    status: int
    retry_after: float | None = None
    method: str | None = None  # None: any method


@dataclass
class IssuedToken:
    client_id: str
    expires_at: float  # time.time()


class StatusChange:
    """What a webhook reports: one item of one order reached a status."""

    def __init__(self, order: Order, item: OrderItem) -> None:
        self.order = order
        self.item = item
        self.status = item.status
        self.timestamp = utc_now()


class SandboxState:
    """Everything the sandbox knows. All access goes through the lock; nothing here does I/O."""

    def __init__(self, clients: list[ClientAccount], token_lifetime: float) -> None:
        self.lock = threading.RLock()
        self.clients = {client.access_key_id: client for client in clients}
        self.token_lifetime = token_lifetime
        self.jwt_key = secrets.token_bytes(32)
        self.tokens: dict[str, IssuedToken] = {}
        self.one_active_token = False
        self.orders: dict[tuple[str, str], Order] = {}
        self.token_faults: list[TokenFault] = []
        self.put_faults: list[PutFault] = []
        self.cancel_faults: list[PutFault] = []
        self.call_faults: list[CallFault] = []
        self.latency = 0.0
        self.cancel_delay = 0.05
        self.token_requests = 0
        self.spec_violations: list[str] = []
        self.on_change: Callable[[StatusChange], None] = lambda change: None
        self.clock: Callable[[], float] = time.time

    # -- tokens -------------------------------------------------------------------------------

    def account(self, access_key_id: str, secret_access_key: str) -> ClientAccount | None:
        client = self.clients.get(access_key_id)
        if client is None or not secrets.compare_digest(client.secret_access_key, secret_access_key):
            return None
        return client

    def remember_token(self, jti: str, client_id: str, expires_at: float) -> None:
        with self.lock:
            if self.one_active_token:
                for old in [k for k, t in self.tokens.items() if t.client_id == client_id]:
                    del self.tokens[old]
            self.tokens[jti] = IssuedToken(client_id, expires_at)

    def token_client(self, jti: str) -> str | None:
        """The clientId a live token belongs to, or None (unknown, revoked or expired)."""
        with self.lock:
            token = self.tokens.get(jti)
        if token is None or self.clock() >= token.expires_at:
            return None
        return token.client_id

    def revoke_all_tokens(self) -> None:
        with self.lock:
            self.tokens.clear()

    # -- orders -------------------------------------------------------------------------------

    def put_order(self, client_id: str, client_order_id: str, version: int, body: dict[str, Any]) -> tuple[Order, bool]:
        """Create the order, or return the existing one; ``False`` means a different body exists (409)."""
        candidate = Order(client_id, client_order_id, version, body)
        with self.lock:
            existing = self.orders.get((client_id, client_order_id))
            if existing is not None:
                same = existing.version == version and existing.fingerprint == candidate.fingerprint
                return existing, same
            self.orders[(client_id, client_order_id)] = candidate
            # Queued under the lock: once a change is visible, its notification is already pending.
            for item in candidate.items:
                self.on_change(StatusChange(candidate, item))
        return candidate, True

    def order(self, client_id: str, client_order_id: str) -> Order | None:
        with self.lock:
            return self.orders.get((client_id, client_order_id))

    def set_status(self, order: Order, item: OrderItem, status: str) -> None:
        with self.lock:
            item.status = status
            item.updated_at = utc_now()
            if status == "KitRegistered" and item.kit is None:
                digits = "".join(secrets.choice(string.digits) for _ in range(12))
                item.kit = {
                    "numericalCode": f"LGC-{digits[:4]}-{digits[4:8]}-{digits[8:]}",
                    "alphaCode": "".join(secrets.choice(string.ascii_uppercase) for _ in range(6)),
                }
            self.on_change(StatusChange(order, item))

    def advance(self, order: Order, item: OrderItem, to: str | None = None) -> str:
        """Move an item to ``to`` (or the next status of the happy path); return the new status."""
        with self.lock:
            current = item.status
            if to is None:
                if current not in V1_PROGRESSION or current == V1_PROGRESSION[-1]:
                    raise ValueError(f"item {item.id} is {current}: there is no next status")
                to = V1_PROGRESSION[V1_PROGRESSION.index(current) + 1]
            elif to == "ValidationFailed" and current != "Submitted":
                raise ValueError("only a Submitted item can fail validation")
            elif to not in (*V1_PROGRESSION, "ValidationFailed", "Cancelled"):
                raise ValueError(f"unknown status {to!r}")
        self.set_status(order, item, to)
        return to

    def request_cancel(self, order: Order, item: OrderItem) -> bool:
        """Accept a cancel (the status changes later, asynchronously); False once it is too late."""
        with self.lock:
            if item.status in NOT_CANCELLABLE:
                return False
            if item.status == "Cancelled":
                return True
        timer = threading.Timer(self.cancel_delay, self._cancel, args=(order, item))
        timer.daemon = True
        timer.start()
        return True

    def _cancel(self, order: Order, item: OrderItem) -> None:
        with self.lock:
            if item.status in NOT_CANCELLABLE or item.status == "Cancelled":
                return
        self.set_status(order, item, "Cancelled")
