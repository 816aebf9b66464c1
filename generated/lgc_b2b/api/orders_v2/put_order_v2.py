from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_v2 import OrderV2
from ...models.order_v2_request import OrderV2Request
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    client_id: str,
    client_order_id: str,
    *,
    body: OrderV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{client_id}/api/v2/orders/{client_order_id}".format(
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
    body: OrderV2Request,
) -> Response[OrderV2 | ProblemDetail]:
    """Create an order (v2)

     Creates one order for the client. **Idempotent:** if the response never arrived (a
    dropped connection, a timeout), send the same request again; the order is created if
    the first request never reached LGC, and otherwise the earlier result comes back. The
    order is queued for dispatch at once, normally within one business day.

    The request-definitions table of this page could not be read: the body fields are
    known by name only, and none is marked required here. The success status and the
    response body are not documented either (assumed: `200` with the order as GET Order
    returns it). LGC lists `409` for "the order that is being sent already exists"; how
    this squares with idempotency is not documented (assumed: an identical replay gets the
    earlier result, a different body for the same `clientOrderId` gets `409`).

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV2Request): Body of PUT Order v2. LGC's request-definitions table was not
            captured: the fields are known by name only (release notes and a derived profile), nothing
            is marked required, and any further field you send is passed through unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderV2 | ProblemDetail]
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
    body: OrderV2Request,
) -> OrderV2 | ProblemDetail | None:
    """Create an order (v2)

     Creates one order for the client. **Idempotent:** if the response never arrived (a
    dropped connection, a timeout), send the same request again; the order is created if
    the first request never reached LGC, and otherwise the earlier result comes back. The
    order is queued for dispatch at once, normally within one business day.

    The request-definitions table of this page could not be read: the body fields are
    known by name only, and none is marked required here. The success status and the
    response body are not documented either (assumed: `200` with the order as GET Order
    returns it). LGC lists `409` for "the order that is being sent already exists"; how
    this squares with idempotency is not documented (assumed: an identical replay gets the
    earlier result, a different body for the same `clientOrderId` gets `409`).

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV2Request): Body of PUT Order v2. LGC's request-definitions table was not
            captured: the fields are known by name only (release notes and a derived profile), nothing
            is marked required, and any further field you send is passed through unchanged.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    client_order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderV2Request,
) -> Response[OrderV2 | ProblemDetail]:
    """Create an order (v2)

     Creates one order for the client. **Idempotent:** if the response never arrived (a
    dropped connection, a timeout), send the same request again; the order is created if
    the first request never reached LGC, and otherwise the earlier result comes back. The
    order is queued for dispatch at once, normally within one business day.

    The request-definitions table of this page could not be read: the body fields are
    known by name only, and none is marked required here. The success status and the
    response body are not documented either (assumed: `200` with the order as GET Order
    returns it). LGC lists `409` for "the order that is being sent already exists"; how
    this squares with idempotency is not documented (assumed: an identical replay gets the
    earlier result, a different body for the same `clientOrderId` gets `409`).

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV2Request): Body of PUT Order v2. LGC's request-definitions table was not
            captured: the fields are known by name only (release notes and a derived profile), nothing
            is marked required, and any further field you send is passed through unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderV2 | ProblemDetail]
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
    body: OrderV2Request,
) -> OrderV2 | ProblemDetail | None:
    """Create an order (v2)

     Creates one order for the client. **Idempotent:** if the response never arrived (a
    dropped connection, a timeout), send the same request again; the order is created if
    the first request never reached LGC, and otherwise the earlier result comes back. The
    order is queued for dispatch at once, normally within one business day.

    The request-definitions table of this page could not be read: the body fields are
    known by name only, and none is marked required here. The success status and the
    response body are not documented either (assumed: `200` with the order as GET Order
    returns it). LGC lists `409` for "the order that is being sent already exists"; how
    this squares with idempotency is not documented (assumed: an identical replay gets the
    earlier result, a different body for the same `clientOrderId` gets `409`).

    Args:
        client_id (str):
        client_order_id (str):
        body (OrderV2Request): Body of PUT Order v2. LGC's request-definitions table was not
            captured: the fields are known by name only (release notes and a derived profile), nothing
            is marked required, and any further field you send is passed through unchanged.

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
            body=body,
        )
    ).parsed
