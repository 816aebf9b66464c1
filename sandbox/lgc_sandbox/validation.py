"""openapi-core middleware: every API request and response is checked against the spec.

Invalid requests get the answer the spec documents for them (Problem Details, or RFC 6749
errors on the token endpoint). A response that breaks the spec is a sandbox bug: it becomes a
loud 500 and is recorded, so tests can assert that none happened.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.starlette.middlewares import StarletteOpenAPIMiddleware
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.templating.security.exceptions import SecurityNotFound
from starlette.middleware.base import RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp

logger = logging.getLogger("lgc_sandbox")

TOKEN_PATH = "/oauth2/token"


def problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    return JSONResponse(body, status_code=status, media_type="application/problem+json", headers=headers)


def oauth_error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


class SpecValidation(StarletteOpenAPIMiddleware):
    def __init__(self, app: ASGIApp, openapi: OpenAPI, spec: dict[str, Any], violations: list[str]) -> None:
        super().__init__(app, openapi)
        self._spec = spec
        self._violations = violations

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        path = request.url.path
        rejected: list[Response] = []

        def reject(errors: Iterable[Exception]) -> Response:
            response = self._reject([error.__cause__ or error for error in errors], request)
            rejected.append(response)
            return response

        try:
            response = await self.handle_request(request, self.valid_request_handler_cls(request, call_next), reject)
        except UnicodeDecodeError:
            return problem(400, "Bad Request", "The request is not valid UTF-8.")
        if rejected:
            return response

        def broke_spec(errors: Iterable[Exception]) -> Response:
            message = "; ".join(str(error.__cause__ or error) for error in errors)
            self._violations.append(f"{request.method} {path}: {message}")
            logger.error("sandbox response violates the spec: %s %s: %s", request.method, path, message)
            return problem(500, "Sandbox bug", f"The sandbox's response violates the spec: {message}")

        return await self.handle_response(request, response, broke_spec)

    def _allowed(self, path: str) -> str:
        for template, item in self._spec["paths"].items():
            if re.fullmatch(re.sub(r"\{[^/]+\}", "[^/]+", template), path):
                return ", ".join(method.upper() for method in item if method in {"get", "put", "post", "patch"})
        return ""

    def _reject(self, errors: list[BaseException], request: Request) -> Response:
        kinds = {type(error) for error in errors}
        detail = "; ".join(str(error) for error in errors)
        token = request.url.path == TOKEN_PATH
        if PathNotFound in kinds:
            return problem(404, "Not Found", f"No such resource: {request.url.path}")
        if OperationNotFound in kinds:
            allowed = self._allowed(request.url.path)
            return problem(405, "Method Not Allowed", f"Allowed: {allowed}", headers={"Allow": allowed})
        if SecurityNotFound in kinds:
            if token:
                return oauth_error(401, "invalid_client", "HTTP Basic credentials are required.")
            return problem(401, "Unauthorized", "A bearer token is required.")
        if MediaTypeNotFound in kinds and not token:
            return problem(415, "Unsupported Media Type", "Send Content-Type: application/json.")
        if token:
            return oauth_error(400, "invalid_request", detail)
        return problem(400, "Bad Request", detail)
