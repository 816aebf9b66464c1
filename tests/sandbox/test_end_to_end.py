"""The generated client and the auth extension against the sandbox, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import time

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.auth import create_access_token
from lgc_b2b.api.orders_v1 import get_order_status_v1, get_questionnaire_v1, put_order_v1
from lgc_b2b.api.orders_v2 import get_order_v2, patch_order_item_v2, put_order_v2
from lgc_b2b.models import (
    GetQuestionnaireV1Gender,
    OAuthError,
    OrderItemPatchRequest,
    OrderItemRequest,
    OrderItemStatus,
    OrderStatus,
    OrderStatusV1Response,
    OrderV1Receipt,
    OrderV1Request,
    OrderV2,
    OrderV2Request,
    PatchOperation,
    PatchOperationOp,
    ProblemDetail,
    Questionnaire,
    TokenRequest,
)
from lgc_b2b_auth import connect
from lgc_sandbox import Sandbox
from tests.sandbox.conftest import auth_for

CANCEL = OrderItemPatchRequest(
    patch_operation=PatchOperation(op=PatchOperationOp.REPLACE, path="/status", value="Cancelled")
)


def order_body(*codes: str) -> OrderV2Request:
    return OrderV2Request(participant_id="EMP-000123", order_items=[OrderItemRequest(code=c) for c in codes])


def item_status(order: OrderV2, index: int = 0) -> object:
    status = order.order_items[index].status
    assert isinstance(status, OrderItemStatus)
    return status.code


def test_v2_order_lifecycle(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    created = put_order_v2.sync(cid, "ORD-1", client=client, body=order_body("KIT-CODE-1", "VITAMIN-D"))
    assert isinstance(created, OrderV2) and len(created.order_items) == 2
    assert item_status(created) is OrderStatus.SUBMITTED

    replay = put_order_v2.sync(cid, "ORD-1", client=client, body=order_body("KIT-CODE-1", "VITAMIN-D"))
    assert isinstance(replay, OrderV2) and replay.to_dict() == created.to_dict()  # idempotent: same result
    conflict = put_order_v2.sync_detailed(cid, "ORD-1", client=client, body=order_body("STI-STANDARD"))
    assert conflict.status_code == 409 and isinstance(conflict.parsed, ProblemDetail)

    first, second = created.order_items
    for expected in ("Created", "KitDispatched", "KitRegistered"):
        assert lgc_sandbox.advance("ORD-1", item_id=first.id) == expected
    current = get_order_v2.sync(cid, "ORD-1", client=client)
    assert isinstance(current, OrderV2)
    assert item_status(current) is OrderStatus.KIT_REGISTERED
    kit = current.order_items[0].lgc_kit_identifier
    assert kit is not None and not isinstance(kit, type(None))
    assert current.order_items[1].lgc_kit_identifier is None

    assert patch_order_item_v2.sync_detailed(cid, "ORD-1", second.id, client=client, body=CANCEL).status_code == 202
    deadline = time.monotonic() + 5
    while item_status(get_order_v2.sync(cid, "ORD-1", client=client), 1) is not OrderStatus.CANCELLED:  # type: ignore[arg-type]
        assert time.monotonic() < deadline, "the cancel never took effect"
        time.sleep(0.02)

    lgc_sandbox.advance("ORD-1", item_id=first.id)  # KitArrivedAtLab: too late to cancel
    late = patch_order_item_v2.sync_detailed(cid, "ORD-1", first.id, client=client, body=CANCEL)
    assert late.status_code == 409 and isinstance(late.parsed, ProblemDetail)
    assert lgc_sandbox.advance("ORD-1", item_id=first.id) == "ResultsAvailable"


def test_validation_failed_path(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    put_order_v2.sync(cid, "ORD-BAD", client=client, body=order_body("KIT-CODE-1"))
    lgc_sandbox.fail_validation("ORD-BAD")
    order = get_order_v2.sync(cid, "ORD-BAD", client=client)
    assert isinstance(order, OrderV2) and item_status(order) is OrderStatus.VALIDATION_FAILED


def test_v1_order_status_and_questionnaire(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    cid = lgc_sandbox.client.client_id
    receipt = put_order_v1.sync(cid, "V1-1", client=client, body=OrderV1Request(client_order_id="V1-1"))
    assert isinstance(receipt, OrderV1Receipt) and receipt.client_order_id == "V1-1"
    status = get_order_status_v1.sync(cid, "V1-1", client=client)
    assert isinstance(status, OrderStatusV1Response) and status.status is OrderStatus.SUBMITTED
    assert status.lgc_order_ref == receipt.lgc_order_ref and status.lgc_kit_identifier is None

    female = get_questionnaire_v1.sync(cid, "STI-STANDARD", client=client, gender=GetQuestionnaireV1Gender.FEMALE)
    male = get_questionnaire_v1.sync(cid, "STI-STANDARD", client=client, gender=GetQuestionnaireV1Gender.MALE)
    assert isinstance(female, Questionnaire) and isinstance(male, Questionnaire)
    assert isinstance(female.questions, list) and isinstance(male.questions, list)
    assert len(female.questions) == len(male.questions) + 1
    unknown = get_questionnaire_v1.sync_detailed(cid, "NOPE", client=client, gender=GetQuestionnaireV1Gender.MALE)
    assert unknown.status_code == 404


def test_orders_are_scoped_by_client(lgc_sandbox: Sandbox, client: AuthenticatedClient) -> None:
    mine, theirs = (account.client_id for account in lgc_sandbox.clients[:2])
    put_order_v2.sync(mine, "SHARED-ID", client=client, body=order_body("KIT-CODE-1"))
    with connect(auth=auth_for(lgc_sandbox, 1)) as other:
        assert get_order_v2.sync_detailed(mine, "SHARED-ID", client=other).status_code == 404
        assert get_order_v2.sync_detailed(theirs, "SHARED-ID", client=other).status_code == 404
        assert isinstance(put_order_v2.sync(theirs, "SHARED-ID", client=other, body=order_body("VITAMIN-D")), OrderV2)
    assert lgc_sandbox.count_orders(mine) == 1 and lgc_sandbox.count_orders(theirs) == 1


def test_token_endpoint_answers_as_the_spec_says(lgc_sandbox: Sandbox) -> None:
    wrong = "Tk9QRTpOT1BF"  # base64("NOPE:NOPE")
    with AuthenticatedClient(base_url=lgc_sandbox.base_url, token=wrong, prefix="Basic") as anonymous:
        refused = create_access_token.sync_detailed(
            client=anonymous, grant_type="client_credentials", body=TokenRequest(grant_type="client_credentials")
        )
    assert refused.status_code == 401 and isinstance(refused.parsed, OAuthError)
    assert refused.parsed.error == "invalid_client"


def test_async_every_operation(lgc_sandbox: Sandbox) -> None:
    cid = lgc_sandbox.client.client_id

    async def scenario() -> None:
        async with connect(auth=auth_for(lgc_sandbox)) as client:
            puts = [
                put_order_v2.asyncio(cid, f"A-{n}", client=client, body=order_body("KIT-CODE-1")) for n in range(20)
            ]
            created = await asyncio.gather(*puts)
            assert all(isinstance(order, OrderV2) for order in created)
            first = created[0]
            assert isinstance(first, OrderV2)
            got = await get_order_v2.asyncio(cid, "A-0", client=client)
            assert isinstance(got, OrderV2) and got.order_items[0].id == first.order_items[0].id
            patched = await patch_order_item_v2.asyncio_detailed(
                cid, "A-0", first.order_items[0].id, client=client, body=CANCEL
            )
            assert patched.status_code == 202
            assert isinstance(
                await put_order_v1.asyncio(cid, "AV1", client=client, body=OrderV1Request()), OrderV1Receipt
            )
            status = await get_order_status_v1.asyncio(cid, "AV1", client=client)
            assert isinstance(status, OrderStatusV1Response)
            questionnaire = await get_questionnaire_v1.asyncio(
                cid, "VITAMIN-D", client=client, gender=GetQuestionnaireV1Gender.MALE
            )
            assert isinstance(questionnaire, Questionnaire)

    asyncio.run(scenario())
    assert lgc_sandbox.token_requests == 1


def test_several_token_expiries_without_a_failed_call(lgc_sandbox: Sandbox) -> None:
    lifetime = 0.6
    lgc_sandbox.set_token_lifetime(lifetime)
    auth = auth_for(lgc_sandbox)
    cid = lgc_sandbox.client.client_id
    tokens_seen: dict[int, object] = {}  # holding the objects keeps their ids unique
    statuses: list[int] = []
    started = time.monotonic()
    with connect(auth=auth) as client:
        put_order_v2.sync(cid, "LONG", client=client, body=order_body("KIT-CODE-1"))
        tokens_seen[id(auth.token)] = auth.token
        while time.monotonic() - started < 2.5:
            statuses.append(get_order_v2.sync_detailed(cid, "LONG", client=client).status_code)
            tokens_seen[id(auth.token)] = auth.token
            time.sleep(0.02)
    elapsed = time.monotonic() - started
    assert set(statuses) == {200}
    # Several expiries were crossed, each with exactly one token request (renewal at half-life).
    assert lgc_sandbox.token_requests == len(tokens_seen) >= 4
    assert lgc_sandbox.token_requests <= elapsed / (lifetime / 2) + 1


def test_async_tasks_across_expiries(lgc_sandbox: Sandbox) -> None:
    lifetime, rounds = 0.6, 6
    lgc_sandbox.set_token_lifetime(lifetime)
    cid = lgc_sandbox.client.client_id
    durations: list[float] = []

    async def scenario() -> list[int]:
        async with connect(auth=auth_for(lgc_sandbox)) as client:
            await put_order_v2.asyncio(cid, "ASYNC-LONG", client=client, body=order_body("KIT-CODE-1"))
            statuses: list[int] = []
            for _ in range(rounds):
                await asyncio.sleep(lifetime / 2 + 0.05)  # past the renewal point of the last token
                started = time.monotonic()
                responses = await asyncio.gather(
                    *(get_order_v2.asyncio_detailed(cid, "ASYNC-LONG", client=client) for _ in range(30))
                )
                durations.append(time.monotonic() - started)
                statuses += [response.status_code for response in responses]
            return statuses

    assert set(asyncio.run(scenario())) == {200}
    # One token request per renewal: each round of 30 concurrent calls renews once at its start
    # (more only if the round itself outlasts half a lifetime), never once per task.
    most = 1 + sum(1 + int(duration / (lifetime / 2)) for duration in durations)
    assert 1 + rounds <= lgc_sandbox.token_requests <= most
