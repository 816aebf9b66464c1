"""``/_sandbox/``: the same controls as :class:`lgc_sandbox.Sandbox`, over HTTP (outside the spec)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .state import CallFault, SandboxState, TokenFault


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


async def _json(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body:
        return {}
    data = await request.json()
    return data if isinstance(data, dict) else {}


async def info(request: Request) -> Response:
    state = _state(request)
    with state.lock:
        return JSONResponse(
            {
                "clients": [c.client_id for c in state.clients.values()],
                "tokenLifetime": state.token_lifetime,
                "tokenRequests": state.token_requests,
                "orders": len(state.orders),
                "specViolations": state.spec_violations,
            }
        )


async def token_faults(request: Request) -> Response:
    data = await _json(request)
    state = _state(request)
    fault = TokenFault(data.get("status", 503), float(data.get("delay", 0.0)))
    with state.lock:
        state.token_faults.extend([fault] * int(data.get("count", 1)))
    return Response(status_code=204)


async def put_faults(request: Request) -> Response:
    return await _write_faults(request, "put")


async def cancel_faults(request: Request) -> Response:
    return await _write_faults(request, "cancel")


async def _write_faults(request: Request, kind: str) -> Response:
    data = await _json(request)
    mode = data.get("mode", "500")
    if mode not in ("500", "drop"):
        return JSONResponse({"error": 'mode must be "500" or "drop"'}, status_code=400)
    state = _state(request)
    with state.lock:
        (state.put_faults if kind == "put" else state.cancel_faults).extend([mode] * int(data.get("count", 1)))
    return Response(status_code=204)


async def call_faults(request: Request) -> Response:
    data = await _json(request)
    state = _state(request)
    fault = CallFault(int(data.get("status", 503)), data.get("retryAfter"), data.get("method"))
    with state.lock:
        state.call_faults.extend([fault] * int(data.get("count", 1)))
    return Response(status_code=204)


async def settings(request: Request) -> Response:
    data = await _json(request)
    state = _state(request)
    with state.lock:
        if "latency" in data:
            state.latency = float(data["latency"])
        if "tokenLifetime" in data:
            state.token_lifetime = float(data["tokenLifetime"])
        if "oneActiveToken" in data:
            state.one_active_token = bool(data["oneActiveToken"])
    return Response(status_code=204)


async def revoke(request: Request) -> Response:
    _state(request).revoke_all_tokens()
    return Response(status_code=204)


async def advance(request: Request) -> Response:
    data = await _json(request)
    state = _state(request)
    order = state.order(request.path_params["clientId"], request.path_params["clientOrderId"])
    if order is None:
        return JSONResponse({"error": "no such order"}, status_code=404)
    item = next((i for i in order.items if i.id == data.get("itemId")), order.items[0])
    try:
        status = state.advance(order, item, data.get("to"))
    except ValueError as exc:
        return JSONResponse({"error": str(exc)}, status_code=409)
    return JSONResponse({"itemId": item.id, "status": status})


def admin_routes() -> list[Route]:
    return [
        Route("/", info, methods=["GET"]),
        Route("/faults/token", token_faults, methods=["POST"]),
        Route("/faults/put", put_faults, methods=["POST"]),
        Route("/faults/cancel", cancel_faults, methods=["POST"]),
        Route("/faults/calls", call_faults, methods=["POST"]),
        Route("/settings", settings, methods=["POST"]),
        Route("/tokens/revoke", revoke, methods=["POST"]),
        Route("/orders/{clientId}/{clientOrderId}/advance", advance, methods=["POST"]),
    ]
