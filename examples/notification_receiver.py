"""A small ASGI app that receives LGC order notifications: verify, parse, deduplicate, keep the newest.

    LGC_SIGNING_KEY=<the base64 key you gave LGC> uvicorn examples.notification_receiver:app --port 9000

It answers 200 for every notification it accepts (duplicates too, so LGC stops retrying), 401
for a bad or missing signature (LGC retries those) and 400 for a body that is not a
notification. A real receiver would queue the work and return at once; processing here is a
dict update.
"""

from __future__ import annotations

import datetime
import os
from collections import OrderedDict
from typing import Any

from lgc_b2b.models import OrderItemStatus, OrderNotificationV2
from lgc_b2b_auth import (
    EventKey,
    Notification,
    NotificationFormatError,
    event_key,
    parse_notification,
    timestamp_of,
    verify_notification,
)
from lgc_b2b_auth.notifications import NotificationError

Scope = dict[str, Any]
MAX_REMEMBERED = 100_000  # event keys kept for deduplication; LGC retries within about an hour


class NotificationReceiver:
    def __init__(self, signing_key: str | None) -> None:
        self._signing_key = signing_key
        self._seen: OrderedDict[EventKey, None] = OrderedDict()
        self.accepted: list[Notification] = []
        self.duplicates = 0
        self.rejected = 0
        # (clientOrderId, order item id) -> (timestamp, status): the newest status of each item.
        self.item_status: dict[tuple[str, str], tuple[datetime.datetime, str]] = {}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await self._answer(send, 405)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        await self._answer(send, self.handle(body, headers.get("authorization")))

    def handle(self, body: bytes, authorization: str | None) -> int:
        """Process one delivery; return the HTTP status to answer."""
        try:
            if self._signing_key is not None:
                verify_notification(body, authorization, self._signing_key)
            notification = parse_notification(body)
        except NotificationFormatError:
            self.rejected += 1
            return 400
        except NotificationError:
            self.rejected += 1
            return 401
        key = event_key(notification)
        if key in self._seen:
            self.duplicates += 1
            return 200
        self._seen[key] = None
        if len(self._seen) > MAX_REMEMBERED:
            self._seen.popitem(last=False)
        self.accepted.append(notification)
        self._record(notification)
        return 200

    def _record(self, notification: Notification) -> None:
        if not isinstance(notification, OrderNotificationV2):
            return  # v1 notifications carry no status: GET the order (fetch_current_order) to learn it
        change = notification.body.order_item_status
        moment = timestamp_of(notification)
        if not isinstance(change.status, OrderItemStatus) or moment is None or not isinstance(change.id, str):
            return
        item = (str(notification.body.client_order_id), change.id)
        known = self.item_status.get(item)
        if known is None or known[0] < moment:  # deliveries arrive in any order: keep the newest
            self.item_status[item] = (moment, str(change.status.code))

    @staticmethod
    async def _answer(send: Any, status: int) -> None:
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


app = NotificationReceiver(os.environ.get("LGC_SIGNING_KEY"))
