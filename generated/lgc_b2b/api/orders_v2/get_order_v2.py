from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_v2 import OrderV2
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    client_id: str,
    client_order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/api/v2/orders/{client_order_id}".format(
            client_id=quote(str(client_id), safe=""),
            client_order_id=quote(str(client_order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderV2 | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = OrderV2.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(response.json())

        return response_410

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
) -> Response[OrderV2 | ProblemDetail]:
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
) -> Response[OrderV2 | ProblemDetail]:
    """Get an order (v2)

     Returns the order with the status of each of its items. This is the URL the v2 order
    notification's `callbackURL` points at. The response table was cut after
    `orderItems[].createdAt`: further fields may exist and are kept when parsing.

    Args:
        client_id (str):
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderV2 | ProblemDetail]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_order_id=client_order_id,
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
) -> OrderV2 | ProblemDetail | None:
    """Get an order (v2)

     Returns the order with the status of each of its items. This is the URL the v2 order
    notification's `callbackURL` points at. The response table was cut after
    `orderItems[].createdAt`: further fields may exist and are kept when parsing.

    Args:
        client_id (str):
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderV2 | ProblemDetail
    """

    return sync_detailed(
        client_id=client_id,
        client_order_id=client_order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    client_order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[OrderV2 | ProblemDetail]:
    """Get an order (v2)

     Returns the order with the status of each of its items. This is the URL the v2 order
    notification's `callbackURL` points at. The response table was cut after
    `orderItems[].createdAt`: further fields may exist and are kept when parsing.

    Args:
        client_id (str):
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderV2 | ProblemDetail]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_order_id=client_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    client_order_id: str,
    *,
    client: AuthenticatedClient,
) -> OrderV2 | ProblemDetail | None:
    """Get an order (v2)

     Returns the order with the status of each of its items. This is the URL the v2 order
    notification's `callbackURL` points at. The response table was cut after
    `orderItems[].createdAt`: further fields may exist and are kept when parsing.

    Args:
        client_id (str):
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderV2 | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client_order_id=client_order_id,
            client=client,
        )
    ).parsed
