from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_item_patch_request import OrderItemPatchRequest
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    client_id: str,
    client_order_id: str,
    order_item_id: str,
    *,
    body: OrderItemPatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/{client_id}/api/v2/orders/{client_order_id}/orderItem/{order_item_id}".format(
            client_id=quote(str(client_id), safe=""),
            client_order_id=quote(str(client_order_id), safe=""),
            order_item_id=quote(str(order_item_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetail | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    client_order_id: str,
    order_item_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderItemPatchRequest,
) -> Response[Any | ProblemDetail]:
    """Change an order item (v2) — cancel it

     Changes an allowed value of one order item; the documented use is **cancelling** an
    item, allowed until it reaches `KitArrivedAtLab`. Processed asynchronously: LGC
    answers `202 Accepted`, and the item's status becomes `Cancelled` later (an order
    notification reports it). Note the singular `orderItem` path segment.

    The page was cut inside the `patchOp` table: the allowed `path` values and the `value`
    member are not documented. The cancel example (`/status` → `Cancelled`) is an
    assumption to confirm with LGC. `Content-Type` is not listed on the page
    (assumed: `application/json`).

    Args:
        client_id (str):
        client_order_id (str):
        order_item_id (str):
        body (OrderItemPatchRequest): Body of PATCH order item. LGC describes a `patchOperation`
            object (not a JSON Patch array); the allowed `path` values and `value` were cut off the
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetail]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_order_id=client_order_id,
        order_item_id=order_item_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    client_order_id: str,
    order_item_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderItemPatchRequest,
) -> Any | ProblemDetail | None:
    """Change an order item (v2) — cancel it

     Changes an allowed value of one order item; the documented use is **cancelling** an
    item, allowed until it reaches `KitArrivedAtLab`. Processed asynchronously: LGC
    answers `202 Accepted`, and the item's status becomes `Cancelled` later (an order
    notification reports it). Note the singular `orderItem` path segment.

    The page was cut inside the `patchOp` table: the allowed `path` values and the `value`
    member are not documented. The cancel example (`/status` → `Cancelled`) is an
    assumption to confirm with LGC. `Content-Type` is not listed on the page
    (assumed: `application/json`).

    Args:
        client_id (str):
        client_order_id (str):
        order_item_id (str):
        body (OrderItemPatchRequest): Body of PATCH order item. LGC describes a `patchOperation`
            object (not a JSON Patch array); the allowed `path` values and `value` were cut off the
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetail
    """

    return sync_detailed(
        client_id=client_id,
        client_order_id=client_order_id,
        order_item_id=order_item_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    client_order_id: str,
    order_item_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderItemPatchRequest,
) -> Response[Any | ProblemDetail]:
    """Change an order item (v2) — cancel it

     Changes an allowed value of one order item; the documented use is **cancelling** an
    item, allowed until it reaches `KitArrivedAtLab`. Processed asynchronously: LGC
    answers `202 Accepted`, and the item's status becomes `Cancelled` later (an order
    notification reports it). Note the singular `orderItem` path segment.

    The page was cut inside the `patchOp` table: the allowed `path` values and the `value`
    member are not documented. The cancel example (`/status` → `Cancelled`) is an
    assumption to confirm with LGC. `Content-Type` is not listed on the page
    (assumed: `application/json`).

    Args:
        client_id (str):
        client_order_id (str):
        order_item_id (str):
        body (OrderItemPatchRequest): Body of PATCH order item. LGC describes a `patchOperation`
            object (not a JSON Patch array); the allowed `path` values and `value` were cut off the
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetail]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        client_order_id=client_order_id,
        order_item_id=order_item_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    client_order_id: str,
    order_item_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderItemPatchRequest,
) -> Any | ProblemDetail | None:
    """Change an order item (v2) — cancel it

     Changes an allowed value of one order item; the documented use is **cancelling** an
    item, allowed until it reaches `KitArrivedAtLab`. Processed asynchronously: LGC
    answers `202 Accepted`, and the item's status becomes `Cancelled` later (an order
    notification reports it). Note the singular `orderItem` path segment.

    The page was cut inside the `patchOp` table: the allowed `path` values and the `value`
    member are not documented. The cancel example (`/status` → `Cancelled`) is an
    assumption to confirm with LGC. `Content-Type` is not listed on the page
    (assumed: `application/json`).

    Args:
        client_id (str):
        client_order_id (str):
        order_item_id (str):
        body (OrderItemPatchRequest): Body of PATCH order item. LGC describes a `patchOperation`
            object (not a JSON Patch array); the allowed `path` values and `value` were cut off the
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client_order_id=client_order_id,
            order_item_id=order_item_id,
            client=client,
            body=body,
        )
    ).parsed
