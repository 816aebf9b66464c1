"""Order notifications: the documented v1/v2 payloads, optionally signed, retried as LGC retries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx

from .state import StatusChange

logger = logging.getLogger("lgc_sandbox")

SIGNATURE_SCHEME = "LGC2-HMAC-SHA256"


def sign(raw_body: bytes, signing_key: str) -> str:
    """LGC's signature: Base64(HMAC-SHA256(key text as UTF-8, raw body)); the key is *not* base64-decoded."""
    digest = hmac.new(signing_key.encode("utf-8"), raw_body, hashlib.sha256).digest()
    return f"{SIGNATURE_SCHEME} {base64.b64encode(digest).decode('ascii')}"


def payload(change: StatusChange, base_url: str) -> dict[str, Any]:
    order = change.order
    if order.version == 1:
        callback = f"{base_url}/{order.client_id}/api/v1/orders/{order.client_order_id}/status"
        body: dict[str, Any] = {"clientOrderId": order.client_order_id, "callbackURL": callback}
    else:
        callback = f"{base_url}/{order.client_id}/api/v2/orders/{order.client_order_id}"
        body = {
            "clientOrderId": order.client_order_id,
            "callbackURL": callback,
            "orderItemStatus": {"id": change.item.id, "status": {"code": change.status}},
        }
    body["timestamp"] = change.timestamp
    return {"type": "order", "body": body}


@dataclass
class Delivery:
    """One notification and what became of it."""

    body: bytes
    statuses: list[int | str] = field(default_factory=list)
    delivered: bool = False

    @property
    def attempts(self) -> int:
        return len(self.statuses)

    def as_dict(self) -> dict[str, Any]:
        return {
            "payload": json.loads(self.body),
            "attempts": self.attempts,
            "statuses": self.statuses,
            "delivered": self.delivered,
        }


@dataclass
class RetrySchedule:
    """LGC: after a failure, 3 immediate retries; then wait 15 minutes and retry 3 times; 4 such rounds.

    The sandbox keeps the shape and shortens the wait (``pause``, seconds).
    """

    immediate_retries: int = 3
    rounds: int = 4
    pause: float = 0.2

    def delays(self) -> list[float]:
        """Delay before each retry, in order (the first attempt is not listed)."""
        burst = [0.0] * self.immediate_retries
        return burst + [delay for _ in range(self.rounds) for delay in ([self.pause, *burst[1:]])]


class Notifier:
    """Posts a notification for every status change to the configured URL, in background threads."""

    RETRY_STATUSES = frozenset({401, 403})

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.url: str | None = None
        self.signing_key: str | None = None
        self.schedule = RetrySchedule()
        self.deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lgc-sandbox-webhook")
        self._client = httpx.Client(timeout=5.0)
        self._pending = 0
        self._idle = threading.Condition(self._lock)

    def configure(self, url: str | None, signing_key: str | None = None, pause: float | None = None) -> None:
        with self._lock:
            self.url, self.signing_key = url, signing_key
            if pause is not None:
                self.schedule = RetrySchedule(pause=pause)

    def __call__(self, change: StatusChange) -> None:
        with self._lock:
            url, key = self.url, self.signing_key
            if url is None:
                return
            raw = json.dumps(payload(change, self.base_url), separators=(",", ":")).encode()
            delivery = Delivery(raw)
            self.deliveries.append(delivery)
            self._pending += 1
        self._pool.submit(self._deliver, delivery, url, key)

    def _deliver(self, delivery: Delivery, url: str, key: str | None) -> None:
        headers = {"Content-Type": "application/json"}
        if key is not None:
            headers["Authorization"] = sign(delivery.body, key)
        try:
            for delay in [0.0, *self.schedule.delays()]:
                time.sleep(delay)
                try:
                    status: int | str = self._client.post(url, content=delivery.body, headers=headers).status_code
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                delivery.statuses.append(status)
                if status == 200:
                    delivery.delivered = True
                    return
                # LGC documents retries on 5xx, 401 and 403 only.
                if not (isinstance(status, int) and (status >= 500 or status in self.RETRY_STATUSES)):
                    return
            logger.warning("notification not delivered after %d attempts", delivery.attempts)
        finally:
            with self._lock:
                self._pending -= 1
                self._idle.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until every notification so far is delivered or given up; False on timeout."""
        with self._lock:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._client.close()
