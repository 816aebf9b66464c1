"""End to end: the sandbox notifies the example receiver over 127.0.0.1 through an order's whole life."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from examples.notification_receiver import NotificationReceiver
from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v1 import put_order_v1
from lgc_b2b.api.orders_v2 import get_order_v2, patch_order_item_v2, put_order_v2
from lgc_b2b.models import (
    OrderItemPatchRequest,
    OrderItemRequest,
    OrderItemStatus,
    OrderStatusV1Response,
    OrderV1Request,
    OrderV2,
    OrderV2Request,
    PatchOperation,
    PatchOperationOp,
)
from lgc_b2b_auth import UntrustedCallbackError, fetch_current_order, parse_notification
from lgc_sandbox import Sandbox, sign

KEY = "c2lnbmluZy1rZXktb2YtdGhlLXBhcnRuZXItMDAwMDE="


@contextmanager
def serving(receiver: NotificationReceiver) -> Iterator[str]:
    server = uvicorn.Server(uvicorn.Config(receiver, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/lgc/notifications"
    finally:
        server.should_exit = True
        thread.join(5)


def wait_until_cancelled(sandbox: Sandbox, order_id: str, index: int) -> None:
    deadline = time.monotonic() + 5
    while sandbox.order_snapshot(order_id)["orderItems"][index]["status"]["code"] != "Cancelled":
        assert time.monotonic() < deadline, "the cancel never took effect"
        time.sleep(0.01)


def test_whole_life_of_an_order_reaches_the_receiver(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    receiver = NotificationReceiver(KEY)
    with serving(receiver) as url:
        lgc_sandbox.send_notifications_to(url, signing_key=KEY)
        body = OrderV2Request(order_items=[OrderItemRequest(code="KIT-CODE-1"), OrderItemRequest(code="VITAMIN-D")])
        order = put_order_v2.sync(cid, "LIFE", client=client, body=body)
        assert isinstance(order, OrderV2)
        first, second = order.order_items
        for _ in range(5):  # Submitted → … → ResultsAvailable
            lgc_sandbox.advance("LIFE", item_id=first.id)
        cancel = PatchOperation(op=PatchOperationOp.REPLACE, path="/status", value="Cancelled")
        patch_order_item_v2.sync(cid, "LIFE", second.id, client=client, body=OrderItemPatchRequest(cancel))
        wait_until_cancelled(lgc_sandbox, "LIFE", 1)
        assert lgc_sandbox.wait_for_notifications()

        deliveries = lgc_sandbox.deliveries
        assert len(deliveries) == 8 and all(d.statuses == [200] for d in deliveries)  # every one verified
        assert receiver.rejected == 0 and len(receiver.accepted) == 8

        # A redelivery (LGC delivers at least once) is acknowledged and recognised.
        replay = deliveries[3]
        signature = lgc_sandbox_signature(replay.body)
        assert httpx.post(url, content=replay.body, headers={"Authorization": signature}).status_code == 200
        assert receiver.duplicates == 1 and len(receiver.accepted) == 8

        # A tampered body is refused with 401, which LGC retries.
        tampered = replay.body.replace(b"KitDispatched", b"KitArrivedAtLab")
        assert tampered != replay.body
        assert httpx.post(url, content=tampered, headers={"Authorization": signature}).status_code == 401
        assert receiver.rejected == 1

        current = get_order_v2.sync(cid, "LIFE", client=client)
        assert isinstance(current, OrderV2)
        for item in current.order_items:
            assert isinstance(item.status, OrderItemStatus)
            assert receiver.item_status[("LIFE", item.id)][1] == str(item.status.code)
        assert receiver.item_status[("LIFE", first.id)][1] == "ResultsAvailable"

        # The callbackURL is followed only to the sandbox itself.
        followed = fetch_current_order(receiver.accepted[-1], client)
        assert isinstance(followed, OrderV2) and followed.to_dict() == current.to_dict()


def lgc_sandbox_signature(body: bytes) -> str:
    return sign(body, KEY)


def test_a_receiver_with_another_key_rejects_and_lgc_retries(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    receiver = NotificationReceiver(KEY)
    with serving(receiver) as url:
        lgc_sandbox.send_notifications_to(url, signing_key="b3RoZXIta2V5", pause=0.01)
        put_order_v1.sync(lgc_sandbox.client.client_id, "WRONG-KEY", client=client, body=OrderV1Request())
        assert lgc_sandbox.wait_for_notifications()
    (delivery,) = lgc_sandbox.deliveries
    assert delivery.statuses == [401] * 16 and not delivery.delivered
    assert receiver.accepted == [] and receiver.rejected == 16


def test_v1_notification_leads_to_the_order_status(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    receiver = NotificationReceiver(None)
    with serving(receiver) as url:
        lgc_sandbox.send_notifications_to(url)
        put_order_v1.sync(lgc_sandbox.client.client_id, "V1-LIFE", client=client, body=OrderV1Request())
        lgc_sandbox.advance("V1-LIFE")
        assert lgc_sandbox.wait_for_notifications()
    status = fetch_current_order(receiver.accepted[-1], client)
    assert isinstance(status, OrderStatusV1Response) and str(status.status) == "Created"

    forged = receiver.accepted[-1].to_dict()
    forged["body"]["callbackURL"] = "https://attacker.invalid/A1B2/api/v1/orders/V1-LIFE/status"
    with pytest.raises(UntrustedCallbackError):
        fetch_current_order(parse_notification(forged), client)
