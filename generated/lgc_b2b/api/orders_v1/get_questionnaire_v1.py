from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_questionnaire_v1_gender import GetQuestionnaireV1Gender
from ...models.problem_detail import ProblemDetail
from ...models.questionnaire import Questionnaire
from ...types import UNSET, Response


def _get_kwargs(
    client_id: str,
    test_kit_code: str,
    *,
    gender: GetQuestionnaireV1Gender,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_gender = gender.value
    params["gender"] = json_gender

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/api/v1/questionnaires/{test_kit_code}".format(
            client_id=quote(str(client_id), safe=""),
            test_kit_code=quote(str(test_kit_code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | Questionnaire | None:
    if response.status_code == 200:
        response_200 = Questionnaire.from_dict(response.json())

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
) -> Response[ProblemDetail | Questionnaire]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    test_kit_code: str,
    *,
    client: AuthenticatedClient,
    gender: GetQuestionnaireV1Gender,
) -> Response[ProblemDetail | Questionnaire]:
    """Get the questionnaire of a test kit (v1)

     Returns the questions, and their possible answers, the participant answers for a test
    kit, filtered by gender. Optional for clients that run their own care team. The page
    was cut inside the `Choice` list and the status-code table.

    Args:
        client_id (str):
        test_kit_code (str):
        gender (GetQuestionnaireV1Gender):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | Questionnaire]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        test_kit_code=test_kit_code,
        gender=gender,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    test_kit_code: str,
    *,
    client: AuthenticatedClient,
    gender: GetQuestionnaireV1Gender,
) -> ProblemDetail | Questionnaire | None:
    """Get the questionnaire of a test kit (v1)

     Returns the questions, and their possible answers, the participant answers for a test
    kit, filtered by gender. Optional for clients that run their own care team. The page
    was cut inside the `Choice` list and the status-code table.

    Args:
        client_id (str):
        test_kit_code (str):
        gender (GetQuestionnaireV1Gender):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | Questionnaire
    """

    return sync_detailed(
        client_id=client_id,
        test_kit_code=test_kit_code,
        client=client,
        gender=gender,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    test_kit_code: str,
    *,
    client: AuthenticatedClient,
    gender: GetQuestionnaireV1Gender,
) -> Response[ProblemDetail | Questionnaire]:
    """Get the questionnaire of a test kit (v1)

     Returns the questions, and their possible answers, the participant answers for a test
    kit, filtered by gender. Optional for clients that run their own care team. The page
    was cut inside the `Choice` list and the status-code table.

    Args:
        client_id (str):
        test_kit_code (str):
        gender (GetQuestionnaireV1Gender):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | Questionnaire]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        test_kit_code=test_kit_code,
        gender=gender,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    test_kit_code: str,
    *,
    client: AuthenticatedClient,
    gender: GetQuestionnaireV1Gender,
) -> ProblemDetail | Questionnaire | None:
    """Get the questionnaire of a test kit (v1)

     Returns the questions, and their possible answers, the participant answers for a test
    kit, filtered by gender. Optional for clients that run their own care team. The page
    was cut inside the `Choice` list and the status-code table.

    Args:
        client_id (str):
        test_kit_code (str):
        gender (GetQuestionnaireV1Gender):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | Questionnaire
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            test_kit_code=test_kit_code,
            client=client,
            gender=gender,
        )
    ).parsed
