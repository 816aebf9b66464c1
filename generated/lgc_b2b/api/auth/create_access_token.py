from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TokenRequest | Unset = UNSET,
    grant_type: Literal["client_credentials"],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["grant_type"] = grant_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    grant_type: Literal["client_credentials"],
) -> Response[OAuthError | TokenResponse]:
    """Get an access token (OAuth 2.0 client credentials)

     Exchanges the access key ID and secret access key (HTTP Basic, 25 alphanumeric
    characters each) for a JWT access token and its validity.

    **Why `grant_type` is sent twice.** LGC's only sample sends
    `grant_type=client_credentials` in the *query string* with a form content type and no
    body. RFC 6749 §4.4.2 expects it in the *form body*. A client that sends both satisfies
    a server that reads either; neither copy conflicts with the other.

    The response body is not documented by LGC: the docs only say that the call returns
    "the access token" (a JWT) and "the validity of the access token". The schema below is
    the RFC 6749 §5.1 shape such servers answer with, and is an assumption.

    Args:
        grant_type (Literal['client_credentials']):
        body (TokenRequest | Unset): RFC 6749 §4.4.2 form body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        grant_type=grant_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    grant_type: Literal["client_credentials"],
) -> OAuthError | TokenResponse | None:
    """Get an access token (OAuth 2.0 client credentials)

     Exchanges the access key ID and secret access key (HTTP Basic, 25 alphanumeric
    characters each) for a JWT access token and its validity.

    **Why `grant_type` is sent twice.** LGC's only sample sends
    `grant_type=client_credentials` in the *query string* with a form content type and no
    body. RFC 6749 §4.4.2 expects it in the *form body*. A client that sends both satisfies
    a server that reads either; neither copy conflicts with the other.

    The response body is not documented by LGC: the docs only say that the call returns
    "the access token" (a JWT) and "the validity of the access token". The schema below is
    the RFC 6749 §5.1 shape such servers answer with, and is an assumption.

    Args:
        grant_type (Literal['client_credentials']):
        body (TokenRequest | Unset): RFC 6749 §4.4.2 form body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        grant_type=grant_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    grant_type: Literal["client_credentials"],
) -> Response[OAuthError | TokenResponse]:
    """Get an access token (OAuth 2.0 client credentials)

     Exchanges the access key ID and secret access key (HTTP Basic, 25 alphanumeric
    characters each) for a JWT access token and its validity.

    **Why `grant_type` is sent twice.** LGC's only sample sends
    `grant_type=client_credentials` in the *query string* with a form content type and no
    body. RFC 6749 §4.4.2 expects it in the *form body*. A client that sends both satisfies
    a server that reads either; neither copy conflicts with the other.

    The response body is not documented by LGC: the docs only say that the call returns
    "the access token" (a JWT) and "the validity of the access token". The schema below is
    the RFC 6749 §5.1 shape such servers answer with, and is an assumption.

    Args:
        grant_type (Literal['client_credentials']):
        body (TokenRequest | Unset): RFC 6749 §4.4.2 form body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        grant_type=grant_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    grant_type: Literal["client_credentials"],
) -> OAuthError | TokenResponse | None:
    """Get an access token (OAuth 2.0 client credentials)

     Exchanges the access key ID and secret access key (HTTP Basic, 25 alphanumeric
    characters each) for a JWT access token and its validity.

    **Why `grant_type` is sent twice.** LGC's only sample sends
    `grant_type=client_credentials` in the *query string* with a form content type and no
    body. RFC 6749 §4.4.2 expects it in the *form body*. A client that sends both satisfies
    a server that reads either; neither copy conflicts with the other.

    The response body is not documented by LGC: the docs only say that the call returns
    "the access token" (a JWT) and "the validity of the access token". The schema below is
    the RFC 6749 §5.1 shape such servers answer with, and is an assumption.

    Args:
        grant_type (Literal['client_credentials']):
        body (TokenRequest | Unset): RFC 6749 §4.4.2 form body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            grant_type=grant_type,
        )
    ).parsed
