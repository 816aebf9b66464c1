"""Quickstart: token, create a v2 order, read it, follow it, cancel an item, watch the token renew.

    make demo                        # against the bundled sandbox (started and stopped for you)
    LGC_API_URL=https://… LGC_ACCESS_KEY_ID=… LGC_SECRET_ACCESS_KEY=… LGC_CLIENT_ID=… \
        python examples/quickstart.py   # against LGC (staging first)

Against LGC the order is real: LGC will ship a kit. Use staging credentials.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v2 import get_order_v2, patch_order_item_v2, put_order_v2
from lgc_b2b.models import (
    OrderItemPatchRequest,
    OrderItemRequest,
    OrderItemStatus,
    OrderItemV2,
    OrderV2,
    OrderV2Request,
    PatchOperation,
    PatchOperationOp,
)
from lgc_b2b_auth import ClientCredentials, connect

if TYPE_CHECKING:
    from lgc_sandbox import Sandbox


def say(text: str) -> None:
    print(text, flush=True)


def status_of(item: OrderItemV2) -> str:
    status = item.status
    return str(status.code) if isinstance(status, OrderItemStatus) else str(status)


def read_order(client: AuthenticatedClient, client_id: str, order_id: str) -> OrderV2:
    order = get_order_v2.sync(client_id, order_id, client=client)
    if not isinstance(order, OrderV2):
        sys.exit(f"GET Order failed: {order!r}")
    return order


@contextlib.contextmanager
def environment() -> Iterator[tuple[ClientCredentials, str, Sandbox | None]]:
    """LGC when its settings are in the environment, else a sandbox with 2-second tokens."""
    if os.environ.get("LGC_API_URL"):
        auth = ClientCredentials(
            os.environ["LGC_API_URL"], os.environ["LGC_ACCESS_KEY_ID"], os.environ["LGC_SECRET_ACCESS_KEY"]
        )
        say(f"Using LGC at {auth.base_url}")
        yield auth, os.environ["LGC_CLIENT_ID"], None
        return
    from lgc_sandbox import Sandbox  # noqa: PLC0415 - only needed without real credentials

    with Sandbox(token_lifetime=2.0) as sandbox:
        say(f"Sandbox running at {sandbox.base_url} (clientId {sandbox.client.client_id}; tokens live 2 s)")
        account = sandbox.client
        yield (
            ClientCredentials(sandbox.base_url, account.access_key_id, account.secret_access_key),
            account.client_id,
            sandbox,
        )
    say("Sandbox stopped.")


def main() -> None:
    with environment() as (auth, client_id, sandbox), connect(auth=auth) as client:
        order_id = f"QS-{uuid.uuid4().hex[:12]}"
        body = OrderV2Request(
            participant_id="EMP-000123",
            order_items=[OrderItemRequest(code="KIT-CODE-1"), OrderItemRequest(code="VITAMIN-D")],
        )
        created = put_order_v2.sync(client_id, order_id, client=client, body=body)
        if not isinstance(created, OrderV2):
            sys.exit(f"PUT Order failed: {created!r}")
        token = auth.token
        assert token is not None
        say(f"1. Token fetched on the first call: valid {token.lifetime:g} s (from {token.lifetime_source}).")
        say(f"2. Created order {order_id} with {len(created.order_items)} items:")
        for item in created.order_items:
            say(f"     {item.code:<11} {item.id}  {status_of(item)}")

        again = put_order_v2.sync(client_id, order_id, client=client, body=body)
        same = isinstance(again, OrderV2) and again.order_items[0].id == created.order_items[0].id
        outcome = "the same order came back" if same else repr(again)
        say(f"3. Sent the same PUT again (idempotent): {outcome}.")

        first, second = created.order_items
        if sandbox is not None:
            for _ in range(3):
                sandbox.advance(order_id, item_id=first.id)
        current = read_order(client, client_id, order_id)
        kit = current.order_items[0].lgc_kit_identifier
        kit_text = kit.to_dict() if kit else "not assigned yet"
        say(f"4. Read it back: {first.code} is {status_of(current.order_items[0])}, kit {kit_text}.")

        cancel = OrderItemPatchRequest(
            patch_operation=PatchOperation(op=PatchOperationOp.REPLACE, path="/status", value="Cancelled")
        )
        answer = patch_order_item_v2.sync_detailed(client_id, order_id, second.id, client=client, body=cancel)
        say(f"5. Asked to cancel {second.code}: HTTP {answer.status_code} (processed asynchronously).")
        deadline = time.monotonic() + 10
        while (state := status_of(read_order(client, client_id, order_id).order_items[1])) != "Cancelled":
            if time.monotonic() > deadline:
                say(f"   still {state} after 10 s; LGC reports the change by notification.")
                break
            time.sleep(0.1)
        else:
            say(f"   {second.code} is now Cancelled.")

        before = auth.token
        time.sleep(1.2 if sandbox is not None else 0)
        read_order(client, client_id, order_id)
        renewed = auth.token is not before
        if renewed:
            say("6. The token neared its expiry during the pause: renewed automatically, no call failed.")
        else:
            say("6. The token is still fresh; it is renewed automatically 60 s before it expires.")
        if sandbox is not None:
            say(f"   Token requests so far: {sandbox.token_requests}.")


if __name__ == "__main__":
    main()
