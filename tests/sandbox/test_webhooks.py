"""Order notifications from the sandbox: documented shapes, LGC's signature, LGC's retry rule."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v1 import put_order_v1
from lgc_b2b.api.orders_v2 import patch_order_item_v2, put_order_v2
from lgc_b2b.models import (
    OrderItemPatchRequest,
    OrderItemRequest,
    OrderItemStatus,
    OrderNotificationV1,
    OrderNotificationV2,
    OrderV1Request,
    OrderV2,
    OrderV2Request,
    PatchOperation,
    PatchOperationOp,
)
from lgc_sandbox import Sandbox, sign

KEY = "c2FtcGxlLXNpZ25pbmcta2V5LWZvci1kb2N1bWVudGF0aW9uLW9ubHktMDAwMDE="


class Receiver:
    def __init__(self) -> None:
        self.received: list[tuple[bytes, str | None]] = []
        self.answers: list[int] = []  # statuses to answer first, then 200
        self.lock = threading.Lock()


@contextmanager
def receiver() -> Iterator[tuple[Receiver, str]]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with state.lock:
                state.received.append((body, self.headers.get("Authorization")))
                status = state.answers.pop(0) if state.answers else 200
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/lgc/notifications"
    finally:
        server.shutdown()
        server.server_close()


def expected_signature(body: bytes) -> str:
    digest = hmac.new(KEY.encode(), body, hashlib.sha256).digest()
    return "LGC2-HMAC-SHA256 " + base64.b64encode(digest).decode()


def test_signature_matches_the_documented_test_vector() -> None:
    body = (
        b'{"type":"order","body":{"clientOrderId":"ORD-0001","callbackURL":"{LGC-API}/A1B2/api/v2/orders/ORD-0001",'
        b'"orderItemStatus":{"id":"6f1c2d3e-0000-4000-8000-000000000001","status":{"code":"Cancelled"}},'
        b'"timestamp":"2024-01-02T03:04:05.1234567Z"}}'
    )
    assert sign(body, KEY) == "LGC2-HMAC-SHA256 tvoRfFIvg+VUg/GHRIVhyv9ceZ4KswEJvJ0oLv6S+y0="


def test_v2_status_changes_are_notified_signed(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    with receiver() as (inbox, url):
        lgc_sandbox.send_notifications_to(url, signing_key=KEY)
        body = OrderV2Request(order_items=[OrderItemRequest(code="KIT-CODE-1"), OrderItemRequest(code="VITAMIN-D")])
        order = put_order_v2.sync(cid, "HOOK-2", client=client, body=body)
        assert isinstance(order, OrderV2)
        first, second = order.order_items
        lgc_sandbox.advance("HOOK-2", item_id=first.id)
        cancel = PatchOperation(op=PatchOperationOp.REPLACE, path="/status", value="Cancelled")
        patch_order_item_v2.sync(cid, "HOOK-2", second.id, client=client, body=OrderItemPatchRequest(cancel))
        deadline = time.monotonic() + 5
        while lgc_sandbox.order_snapshot("HOOK-2")["orderItems"][1]["status"]["code"] != "Cancelled":
            assert time.monotonic() < deadline, "the cancel never took effect"
            time.sleep(0.01)
        assert lgc_sandbox.wait_for_notifications()
        lgc_sandbox.send_notifications_to(None)
        assert len(lgc_sandbox.deliveries) == 4  # two Submitted, one Created, one Cancelled
        assert lgc_sandbox.wait_for_notifications()
    seen = []
    for raw, authorization in inbox.received:
        assert authorization == expected_signature(raw)
        notification = OrderNotificationV2.from_dict(json.loads(raw))
        assert notification.body.callback_url == f"{lgc_sandbox.base_url}/{cid}/api/v2/orders/HOOK-2"
        change = notification.body.order_item_status
        assert isinstance(change.status, OrderItemStatus)
        seen.append((change.id, str(change.status.code)))
    assert sorted(seen) == sorted(
        [(first.id, "Submitted"), (second.id, "Submitted"), (first.id, "Created"), (second.id, "Cancelled")]
    )


def test_v1_orders_get_the_v1_payload_unsigned_without_a_key(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    with receiver() as (inbox, url):
        lgc_sandbox.send_notifications_to(url)
        put_order_v1.sync(cid, "HOOK-1", client=client, body=OrderV1Request(client_order_id="HOOK-1"))
        lgc_sandbox.advance("HOOK-1")
        assert lgc_sandbox.wait_for_notifications()
    assert len(inbox.received) == 2
    for raw, authorization in inbox.received:
        assert authorization is None
        payload = json.loads(raw)
        assert "orderItemStatus" not in payload["body"]
        notification = OrderNotificationV1.from_dict(payload)
        assert notification.body.callback_url == f"{lgc_sandbox.base_url}/{cid}/api/v1/orders/HOOK-1/status"


def test_retried_on_5xx_401_403_only(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    with receiver() as (inbox, url):
        lgc_sandbox.send_notifications_to(url, signing_key=KEY, pause=0.01)
        inbox.answers = [500, 401, 403, 503, 200]
        put_order_v2.sync(cid, "RETRY", client=client, body=OrderV2Request(order_items=[OrderItemRequest(code="K")]))
        assert lgc_sandbox.wait_for_notifications()
        retried = lgc_sandbox.deliveries[-1]
        assert (retried.statuses, retried.delivered) == ([500, 401, 403, 503, 200], True)

        inbox.answers = [400]
        lgc_sandbox.advance("RETRY")
        assert lgc_sandbox.wait_for_notifications()
        refused = lgc_sandbox.deliveries[-1]
        assert (refused.statuses, refused.delivered) == ([400], False)

        inbox.answers = [500] * 20
        lgc_sandbox.advance("RETRY")
        assert lgc_sandbox.wait_for_notifications()
        given_up = lgc_sandbox.deliveries[-1]
        # LGC: 3 immediate retries, then 4 rounds of (wait, 3 tries): 16 attempts in all.
        assert (given_up.attempts, given_up.delivered) == (16, False)
