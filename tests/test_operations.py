"""Each generated operation puts the right request on the wire (pure unit tests over MockTransport)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote

import httpx
import pytest

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.auth import create_access_token
from lgc_b2b.api.orders_v1 import get_order_status_v1, get_questionnaire_v1, put_order_v1
from lgc_b2b.api.orders_v2 import get_order_v2, patch_order_item_v2, put_order_v2
from lgc_b2b.models import (
    GetQuestionnaireV1Gender,
    OrderItemPatchRequest,
    OrderItemRequest,
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
    TokenResponse,
)
from lgc_b2b.types import Response
from tests import spec

BASE_URL = "https://lgc-api.invalid"
TOKEN = "test-token"
CLIENT_ID = "A1B2"
ORDER_ID = "ord/42 #x?"  # needs encoding: a slash, a space, a fragment and a query marker
ITEM_ID = "6f1c2d3e-0000-4000-8000-000000000001"


@dataclass
class Case:
    operation_id: str
    call: Callable[[AuthenticatedClient], Response[Any]]
    path_params: dict[str, str]
    query: dict[str, list[str]] = field(default_factory=dict)
    content_type: str | None = None
    body: Any = None
    parsed_type: type | None = None


CASES = [
    Case(
        "createAccessToken",
        lambda c: create_access_token.sync_detailed(
            client=c, grant_type="client_credentials", body=TokenRequest(grant_type="client_credentials")
        ),
        {},
        query={"grant_type": ["client_credentials"]},
        content_type="application/x-www-form-urlencoded",
        body={"grant_type": ["client_credentials"]},
        parsed_type=TokenResponse,
    ),
    Case(
        "putOrderV2",
        lambda c: put_order_v2.sync_detailed(
            CLIENT_ID,
            ORDER_ID,
            client=c,
            body=OrderV2Request(participant_id="EMP-1", order_items=[OrderItemRequest(code="KIT-1")]),
        ),
        {"clientId": CLIENT_ID, "clientOrderId": ORDER_ID},
        content_type="application/json",
        body={"participantId": "EMP-1", "orderItems": [{"code": "KIT-1"}]},
        parsed_type=OrderV2,
    ),
    Case(
        "getOrderV2",
        lambda c: get_order_v2.sync_detailed(CLIENT_ID, ORDER_ID, client=c),
        {"clientId": CLIENT_ID, "clientOrderId": ORDER_ID},
        parsed_type=OrderV2,
    ),
    Case(
        "patchOrderItemV2",
        lambda c: patch_order_item_v2.sync_detailed(
            CLIENT_ID,
            ORDER_ID,
            ITEM_ID,
            client=c,
            body=OrderItemPatchRequest(
                patch_operation=PatchOperation(op=PatchOperationOp.REPLACE, path="/status", value="Cancelled")
            ),
        ),
        {"clientId": CLIENT_ID, "clientOrderId": ORDER_ID, "orderItemId": ITEM_ID},
        content_type="application/json",
        body={"patchOperation": {"op": "replace", "path": "/status", "value": "Cancelled"}},
    ),
    Case(
        "putOrderV1",
        lambda c: put_order_v1.sync_detailed(
            CLIENT_ID, ORDER_ID, client=c, body=OrderV1Request(client_order_id=ORDER_ID, participant_id="EMP-1")
        ),
        {"clientId": CLIENT_ID, "clientOrderId": ORDER_ID},
        content_type="application/json",
        body={"clientOrderId": ORDER_ID, "participantId": "EMP-1"},
        parsed_type=OrderV1Receipt,
    ),
    Case(
        "getOrderStatusV1",
        lambda c: get_order_status_v1.sync_detailed(CLIENT_ID, ORDER_ID, client=c),
        {"clientId": CLIENT_ID, "clientOrderId": ORDER_ID},
        parsed_type=OrderStatusV1Response,
    ),
    Case(
        "getQuestionnaireV1",
        lambda c: get_questionnaire_v1.sync_detailed(
            CLIENT_ID, "KIT 1/a", client=c, gender=GetQuestionnaireV1Gender.FEMALE
        ),
        {"clientId": CLIENT_ID, "testKitCode": "KIT 1/a"},
        query={"gender": ["female"]},
        parsed_type=Questionnaire,
    ),
]

SPEC_OPERATIONS = {
    operation["operationId"]: (path, method, operation)
    for path, method, _, operation in spec.operations()
    if path.startswith("/")
}


def test_every_operation_in_the_spec_has_a_wire_test() -> None:
    assert sorted(case.operation_id for case in CASES) == sorted(SPEC_OPERATIONS)


def _success(operation: dict[str, Any]) -> tuple[int, Any]:
    """The operation's documented success status and its first example body (if any)."""
    status = min(int(code) for code in operation["responses"] if code.startswith("2"))
    content = spec.resolve(operation["responses"][str(status)]).get("content", {})
    examples = [example for media in content.values() for example in spec.media_examples(media)]
    return status, examples[0] if examples else None


@pytest.mark.parametrize("case", CASES, ids=[case.operation_id for case in CASES])
def test_operation_sends_the_request_the_spec_describes(case: Case) -> None:
    path, method, operation = SPEC_OPERATIONS[case.operation_id]
    status, example = _success(operation)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=example) if example is not None else httpx.Response(status)

    client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(answer)})
    response = case.call(client)

    (request,) = seen
    expected_path = path
    for name, value in case.path_params.items():
        expected_path = expected_path.replace("{" + name + "}", quote(value, safe=""))
    assert request.method == method.upper()
    assert request.url.raw_path.decode().split("?")[0] == expected_path
    assert parse_qs(request.url.query.decode()) == case.query
    assert request.headers.get("content-type") == case.content_type
    # Operation-level security makes the generator send the client's token (the auth extension
    # replaces it per request); the token operation's Basic credentials come from that extension.
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if case.content_type == "application/json":
        assert json.loads(request.content) == case.body
    elif case.content_type == "application/x-www-form-urlencoded":
        assert parse_qs(request.content.decode()) == case.body
    else:
        assert request.content == b""
    assert response.status_code == status
    if case.parsed_type is not None:
        assert isinstance(response.parsed, case.parsed_type)


def test_path_parameters_are_percent_encoded() -> None:
    seen: list[httpx.Request] = []

    def not_found(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={})

    client = AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(not_found)}
    )
    get_order_v2.sync_detailed("A1", "a/b c%d?e#f", client=client)
    assert seen[0].url.raw_path == b"/A1/api/v2/orders/a%2Fb%20c%25d%3Fe%23f"


def test_documented_error_comes_back_as_problem_detail_with_extra_members() -> None:
    body = {"title": "Conflict", "status": 409, "detail": "exists", "traceId": "t-1"}
    client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN)
    transport = httpx.MockTransport(lambda _: httpx.Response(409, json=body))
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=transport))
    parsed = put_order_v2.sync(CLIENT_ID, "o", client=client, body=OrderV2Request())
    assert isinstance(parsed, ProblemDetail)
    assert (parsed.status, parsed.additional_properties) == (409, {"traceId": "t-1"})
