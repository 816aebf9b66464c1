from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_v1_receipt import OrderV1Receipt
from ...models.order_v1_request import OrderV1Request
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    client_id: str,
    client_order_id: str,
    *,
    body: OrderV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{client_id}/api/v1/orders/{client_order_id}".format(
            client_id=quote(str(client_id), safe=""),
            client_order_id=quote(str(client_order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderV1Receipt | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = OrderV1Receipt.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = ProblemDetail.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(response.json())

        return response_410

    if response.status_code == 415:
        response_415 = ProblemDetail.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderV1Receipt | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    client_order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderV1Request,
) -> Response[OrderV1Receipt | ProblemDetail]:
    """Create an order (v1)

     Creates one order for the client. **Idempotent**, as the v2 call: repeat the same
    request when its answer was lost. The request-definitions table could not be read; the
    body fields are known by name only and none is marked required here. The response is
    known to carry `clientOrderId` and `lgcOrderRef`; its status code is assumed `200`.

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV1Request): Body of PUT Order v1. Like v2, its table was not captured; names
            come from the release notes. Whether `clientOrderId` and `participantId` belong in the v1
            body is unconfirmed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderV1Receipt | ProblemDetail]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_order_id=client_order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    client_order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderV1Request,
) -> OrderV1Receipt | ProblemDetail | None:
    """Create an order (v1)

     Creates one order for the client. **Idempotent**, as the v2 call: repeat the same
    request when its answer was lost. The request-definitions table could not be read; the
    body fields are known by name only and none is marked required here. The response is
    known to carry `clientOrderId` and `lgcOrderRef`; its status code is assumed `200`.

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV1Request): Body of PUT Order v1. Like v2, its table was not captured; names
            come from the release notes. Whether `clientOrderId` and `participantId` belong in the v1
            body is unconfirmed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderV1Receipt | ProblemDetail
    """

    return sync_detailed(
        client_id=client_id,
        client_order_id=client_order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    client_order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderV1Request,
) -> Response[OrderV1Receipt | ProblemDetail]:
    """Create an order (v1)

     Creates one order for the client. **Idempotent**, as the v2 call: repeat the same
    request when its answer was lost. The request-definitions table could not be read; the
    body fields are known by name only and none is marked required here. The response is
    known to carry `clientOrderId` and `lgcOrderRef`; its status code is assumed `200`.

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV1Request): Body of PUT Order v1. Like v2, its table was not captured; names
            come from the release notes. Whether `clientOrderId` and `participantId` belong in the v1
            body is unconfirmed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderV1Receipt | ProblemDetail]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_order_id=client_order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    client_order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderV1Request,
) -> OrderV1Receipt | ProblemDetail | None:
    """Create an order (v1)

     Creates one order for the client. **Idempotent**, as the v2 call: repeat the same
    request when its answer was lost. The request-definitions table could not be read; the
    body fields are known by name only and none is marked required here. The response is
    known to carry `clientOrderId` and `lgcOrderRef`; its status code is assumed `200`.

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV1Request): Body of PUT Order v1. Like v2, its table was not captured; names
            come from the release notes. Whether `clientOrderId` and `participantId` belong in the v1
            body is unconfirmed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderV1Receipt | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client_order_id=client_order_id,
            client=client,
            body=body,
        )
    ).parsed
