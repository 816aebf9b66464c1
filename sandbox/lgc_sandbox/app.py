"""The sandbox's ASGI app: LGC's token and Orders endpoints, spec-validated, plus ``/_sandbox/`` controls."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import math
import uuid
from typing import Any
from urllib.parse import parse_qs, unquote

import jwt
from openapi_core import Config, OpenAPI
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .admin import admin_routes
from .spec import load_spec
from .state import KNOWN_KIT_CODES, Order, SandboxState
from .validation import TOKEN_PATH, SpecValidation, oauth_error, problem

JWT_ALGORITHM = "HS256"


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


# A clientOrderId may contain "/", "?", "#" or even a tab or newline (LGC does not say it may
# not); clients send them percent-encoded. Starlette and openapi-core work on the decoded path,
# where such a character would split the segment, cut the URL short, or be dropped (urlsplit
# strips tabs and newlines). EncodedDelimiters swaps them for private-use characters before
# routing; _param swaps them back.
_STAND_INS = {"/": "\uf8ff", "?": "\uf8fe", "#": "\uf8fd", "\t": "\uf8fc", "\n": "\uf8fb", "\r": "\uf8fa"}


def _param(request: Request, name: str) -> str:
    value: str = request.path_params[name]
    for char, stand_in in _STAND_INS.items():
        value = value.replace(stand_in, char)
    return value


def _decode_segment(segment: str) -> str:
    value = unquote(segment)
    for char, stand_in in _STAND_INS.items():
        value = value.replace(char, stand_in)
    return value


class EncodedDelimiters:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path")
        if scope["type"] == "http" and raw and b"%" in raw:
            segments = raw.decode("latin-1").split("?", 1)[0].split("/")
            scope = {**scope, "path": "/".join(_decode_segment(segment) for segment in segments)}
        await self.app(scope, receive, send)


# -- token ----------------------------------------------------------------------------------


def _basic(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, sep, password = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (user, password) if sep else None


async def token(request: Request) -> Response:
    state = _state(request)
    with state.lock:
        state.token_requests += 1
    pair = _basic(request.headers.get("authorization", ""))
    account = state.account(*pair) if pair else None
    if account is None:
        return oauth_error(401, "invalid_client", "Unknown access key ID or wrong secret access key.")
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    if form.get("grant_type", ["client_credentials"]) != ["client_credentials"]:
        return oauth_error(400, "unsupported_grant_type", "grant_type must be client_credentials.")
    now, lifetime = state.clock(), state.token_lifetime
    jti = str(uuid.uuid4())
    claims: dict[str, str | int] = {"sub": account.access_key_id, "client_id": account.client_id, "jti": jti}
    claims |= {"iat": math.floor(now), "exp": math.ceil(now + lifetime)}
    access_token = jwt.encode(claims, state.jwt_key, algorithm=JWT_ALGORITHM)
    state.remember_token(jti, account.client_id, now + lifetime)
    expires_in = int(lifetime) if float(lifetime).is_integer() else lifetime
    return JSONResponse({"access_token": access_token, "token_type": "Bearer", "expires_in": expires_in})


# -- orders ---------------------------------------------------------------------------------


def _caller(request: Request) -> str | Response:
    """The clientId of a live bearer token that may act on the path's clientId, or the 401/404."""
    state = _state(request)
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    unauthorized = problem(
        401,
        "Unauthorized",
        "The access token is missing, expired or invalid.",
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )
    if scheme.lower() != "bearer" or not value:
        return unauthorized
    try:
        claims = jwt.decode(value, state.jwt_key, algorithms=[JWT_ALGORITHM], options={"verify_exp": False})
    except jwt.InvalidTokenError:
        return unauthorized
    client_id = state.token_client(str(claims.get("jti")))
    if client_id is None:
        return unauthorized
    if client_id != _param(request, "clientId"):
        # A token reaches its own client's orders only; say nothing about other clients.
        return _not_found(request)
    return client_id


def _not_found(request: Request) -> Response:
    if "clientOrderId" in request.path_params:
        detail = f"No order {_param(request, 'clientOrderId')} for client {_param(request, 'clientId')}."
    else:
        detail = f"Nothing at {request.url.path} for this client."
    return problem(404, "Not Found", detail)


def _order(request: Request, version: int) -> Order | Response:
    caller = _caller(request)
    if isinstance(caller, Response):
        return caller
    order = _state(request).order(caller, _param(request, "clientOrderId"))
    if order is None or order.version != version:
        return _not_found(request)
    return order


def _conflict(request: Request) -> Response:
    return problem(
        409,
        "Conflict",
        f"An order {_param(request, 'clientOrderId')} already exists with different content.",
    )


async def _put_order(request: Request, version: int) -> Response:
    """Idempotent create: the first body wins; the same body again gets the same answer, another one 409."""
    caller = _caller(request)
    if isinstance(caller, Response):
        return caller
    body = await request.json()
    order, same = _state(request).put_order(caller, _param(request, "clientOrderId"), version, body)
    if not same:
        return _conflict(request)
    return JSONResponse(order.to_v2() if version == 2 else order.to_v1_receipt())


async def put_order_v2(request: Request) -> Response:
    return await _put_order(request, 2)


async def get_order_v2(request: Request) -> Response:
    order = _order(request, 2)
    return order if isinstance(order, Response) else JSONResponse(order.to_v2())


async def patch_order_item_v2(request: Request) -> Response:
    order = _order(request, 2)
    if isinstance(order, Response):
        return order
    item = next((i for i in order.items if i.id == _param(request, "orderItemId")), None)
    if item is None:
        return problem(404, "Not Found", f"No item {_param(request, 'orderItemId')} in this order.")
    operation = (await request.json()).get("patchOperation", {})
    if (operation.get("op"), operation.get("path"), operation.get("value")) != ("replace", "/status", "Cancelled"):
        return problem(
            400,
            "Bad Request",
            'The sandbox supports cancelling only: {"op": "replace", "path": "/status", "value": "Cancelled"}.',
        )
    if not _state(request).request_cancel(order, item):
        return problem(409, "Conflict", f"The item is {item.status} and can no longer be cancelled.")
    return Response(status_code=202)


async def put_order_v1(request: Request) -> Response:
    return await _put_order(request, 1)


async def get_order_status_v1(request: Request) -> Response:
    order = _order(request, 1)
    return order if isinstance(order, Response) else JSONResponse(order.to_v1_status())


async def get_questionnaire_v1(request: Request) -> Response:
    caller = _caller(request)
    if isinstance(caller, Response):
        return caller
    code = _param(request, "testKitCode")
    if code not in KNOWN_KIT_CODES:
        return problem(404, "Not Found", f"No questionnaire for test kit {code}.")
    questions: list[dict[str, Any]] = [
        {
            "id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            "text": "Have you taken antibiotics in the last 14 days?",
            "shortenedText": "Antibiotics",
            "questionType": "SingleSelect",
            "tooltip": "Include any course you finished in that time.",
            "choices": [
                {"index": 0, "text": "Yes", "shortenedText": "Yes", "answerType": "Option", "nextQuestionId": None},
                {"index": 1, "text": "No", "shortenedText": "No", "answerType": "Option", "nextQuestionId": None},
            ],
        }
    ]
    if request.query_params.get("gender") == "female":
        questions.append(
            {
                "id": "9b2d7c1a-2f4e-4c6b-8d1e-5a7f3b9c0d12",
                "text": "Are you pregnant?",
                "shortenedText": "Pregnancy",
                "questionType": "SingleSelect",
                "choices": [{"index": 0, "text": "Yes"}, {"index": 1, "text": "No"}],
            }
        )
    return JSONResponse({"questions": questions})


# -- faults (outside the spec: applied around the validated app) -----------------------------


class FaultInjection:
    """Latency, token-endpoint failures, failing API calls, and PUTs or cancels committed but then
    answered with 500 or a dropped connection."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_sandbox"):
            await self.app(scope, receive, send)
            return
        state = self.state
        if state.latency:
            await asyncio.sleep(state.latency)
        if scope["path"] == TOKEN_PATH and scope["method"] == "POST":
            with state.lock:
                fault = state.token_faults.pop(0) if state.token_faults else None
            if fault is not None:
                await asyncio.sleep(fault.delay)
                if fault.status is not None:
                    with state.lock:
                        state.token_requests += 1
                    answer = problem(fault.status, "Injected failure", "Injected by the sandbox.")
                    await answer(scope, receive, send)
                    return
        if scope["path"] != TOKEN_PATH:
            with state.lock:
                call_fault = next((f for f in state.call_faults if f.method in (None, scope["method"])), None)
                if call_fault is not None:
                    state.call_faults.remove(call_fault)
            if call_fault is not None:
                headers = {} if call_fault.retry_after is None else {"Retry-After": f"{call_fault.retry_after:g}"}
                answer = problem(call_fault.status, "Injected failure", "Injected by the sandbox.", headers=headers)
                await answer(scope, receive, send)
                return
        write_faults = {"PUT": state.put_faults, "PATCH": state.cancel_faults}.get(scope["method"])
        if write_faults is not None and "/orders/" in scope["path"]:
            with state.lock:
                write_fault = write_faults.pop(0) if write_faults else None
            if write_fault is not None:
                await self._commit_then_fail(scope, receive, send, write_fault)
                return
        await self.app(scope, receive, send)

    async def _commit_then_fail(self, scope: Scope, receive: Receive, send: Send, fault: str) -> None:
        async def swallow(message: Message) -> None:
            pass  # the order is committed; its answer is lost

        await self.app(scope, receive, swallow)
        if fault == "500":
            await problem(500, "Injected failure", "Committed, then failed (injected).")(scope, receive, send)
            return
        # Promise a body and stop short: the client sees the connection drop mid-response.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise ConnectionAbortedError("connection dropped by the sandbox (injected)")


async def _unrouted(request: Request, exc: Exception) -> Response:
    return problem(404, "Not Found", f"No such resource: {request.url.path}")


def create_app(state: SandboxState) -> Starlette:
    """The sandbox app around ``state``; serve it with uvicorn (see :class:`lgc_sandbox.Sandbox`)."""
    spec = load_spec()
    # openapi-core parses only application/json as JSON; the error bodies are problem+json.
    config = Config(extra_media_type_deserializers={"application/problem+json": json.loads})
    openapi = OpenAPI.from_dict(spec, config=config)
    api = Starlette(
        routes=[
            Route(TOKEN_PATH, token, methods=["POST"]),
            Route("/{clientId}/api/v2/orders/{clientOrderId}", put_order_v2, methods=["PUT"]),
            Route("/{clientId}/api/v2/orders/{clientOrderId}", get_order_v2, methods=["GET"]),
            Route(
                "/{clientId}/api/v2/orders/{clientOrderId}/orderItem/{orderItemId}",
                patch_order_item_v2,
                methods=["PATCH"],
            ),
            Route("/{clientId}/api/v1/orders/{clientOrderId}", put_order_v1, methods=["PUT"]),
            Route("/{clientId}/api/v1/orders/{clientOrderId}/status", get_order_status_v1, methods=["GET"]),
            Route("/{clientId}/api/v1/questionnaires/{testKitCode}", get_questionnaire_v1, methods=["GET"]),
        ],
        middleware=[Middleware(SpecValidation, openapi=openapi, spec=spec, violations=state.spec_violations)],
    )
    api.state.sandbox = state
    app = Starlette(
        routes=[Mount("/_sandbox", routes=admin_routes()), Mount("", app=api)],
        # Paths no route knows (under /_sandbox/ too) answer like LGC's documented 404.
        exception_handlers={404: _unrouted},
        middleware=[Middleware(EncodedDelimiters), Middleware(FaultInjection, state=state)],
    )
    app.state.sandbox = state
    return app
