"""Maps every error to application/problem+json (RFC 9457), in one place.

No input, however malformed, may produce a 500: validation errors become 422 with
the fields at fault, unknown routes 404, and anything unexpected is logged (without
request data) and answered with a generic 500 problem.
"""

from __future__ import annotations

import logging
import math
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.errors import AdapterNotFound, InvalidCursor, InvalidInput, LimitExceeded, Throttled, VigorError

log = logging.getLogger("vigor.http")
PROBLEM_JSON = "application/problem+json"


def _absent_when_unset(schema: dict[str, Any]) -> None:
    # Optional members are left out of the body, never sent as null: no `default` in the schema (a
    # generated client would otherwise type them as always present).
    for prop in schema.get("properties", {}).values():
        prop.pop("default", None)


class FieldError(BaseModel):
    """One field at fault: where (`sets.0.reps` for the body, `query.cursor`, `header.if-match`) and why."""

    model_config = ConfigDict(json_schema_extra=_absent_when_unset)

    field: str
    message: str


class Problem(BaseModel):
    """Every error body Vigor sends: RFC 9457 application/problem+json. Members other than type, title and
    status appear only when they apply."""

    # What `problem()` below and the body-size middleware send; tests/unit/test_problem_schema.py checks
    # real bodies against it. A new member (an `extra` of a VigorError) must be added here too.

    model_config = ConfigDict(json_schema_extra=_absent_when_unset)

    type: str = Field(description="`urn:vigor:problem:<the title as a slug>`, e.g. urn:vigor:problem:not-found")
    title: str = Field(description="Short and the same for every problem of this type, e.g. `Not found`")
    status: int = Field(description="The HTTP status code")
    detail: str | SkipJsonSchema[None] = Field(None, description="What went wrong this time, for people")
    errors: list[FieldError] | SkipJsonSchema[None] = Field(
        None, description="422: each field at fault (the input itself is never echoed back)"
    )
    limit: str | SkipJsonSchema[None] = Field(None, description="429: the limit that was hit, e.g. `requests_per_day`")
    retry_after: int | SkipJsonSchema[None] = Field(
        None, description="429: seconds until it resets (also the Retry-After header)"
    )
    secret: str | SkipJsonSchema[None] = Field(
        None, description="401 two-step-setup-required: the base32 key of the new authenticator app to set up"
    )
    otpauth_uri: str | SkipJsonSchema[None] = Field(
        None, description="401 two-step-setup-required: the same key as an otpauth:// URI (for a QR code)"
    )
    checks: dict[str, str] | SkipJsonSchema[None] = Field(
        None, description="503 from readiness: each dependency and its state (`ok`, `timeout`, ...)"
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "error"


def problem(
    status: int, title: str, detail: str = "", headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """A problem+json response."""
    body: dict[str, Any] = {"type": f"urn:vigor:problem:{_slug(title)}", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie"}:
        source, rest = parts[0], parts[1:]
        if source == "body":
            return ".".join(rest) or "body"
        return ".".join([source, *rest])
    return ".".join(parts)


def validation_errors(errors: list[dict[str, Any]]) -> list[dict[str, str]]:
    """FastAPI/pydantic error list → [{field, message}] (never echoes the input back)."""
    return [_field_error(e) for e in errors]


def _field_error(error: dict[str, Any]) -> dict[str, str]:
    if error.get("type") == "json_invalid":  # FastAPI's loc is ("body", <character offset>)
        loc = error.get("loc", ())
        where = f" at character {loc[-1]}" if len(loc) == 2 and isinstance(loc[-1], int) else ""
        return {"field": "body", "message": f"not valid JSON{where}"}
    return {"field": _field_name(error.get("loc", ())), "message": str(error.get("msg", "invalid"))}


async def _vigor_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, VigorError)
    headers: dict[str, str] = {}
    extra: dict[str, Any] = {}
    if isinstance(exc, LimitExceeded):
        headers["Retry-After"] = str(max(1, math.ceil(exc.retry_after)))
        extra = {"limit": exc.limit, "retry_after": max(1, math.ceil(exc.retry_after))}
    elif isinstance(exc, Throttled):
        headers["Retry-After"] = str(max(1, math.ceil(exc.retry_after)))
    if isinstance(exc, InvalidCursor):  # every paged list takes its cursor as the query parameter `cursor`
        extra["errors"] = [{"field": "query.cursor", "message": "not a cursor this list gave out"}]
    elif isinstance(exc, InvalidInput):
        extra["errors"] = [{"field": e.field, "message": e.message} for e in exc.errors]
    extra.update({k: v for k, v in exc.extra.items() if k not in extra})
    # The store's wording names its document ("document 'x' not found"): the API says it in its own words.
    detail = exc.PUBLIC_DETAIL if isinstance(exc, AdapterNotFound) else exc.detail
    return problem(exc.status, exc.title, detail, headers=headers or None, **extra)


async def _request_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return problem(422, "Invalid input", "Some fields are invalid", errors=validation_errors(list(exc.errors())))


_UNREADABLE_BODY = "There was an error parsing the body"  # FastAPI's 400 when decoding fails before validation
_NOT_JSON = "not valid JSON: not UTF-8 text, or nested too deeply"


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == _UNREADABLE_BODY:
        # Invalid UTF-8, or JSON nested too deep for the parser: the same kind of fault as malformed JSON.
        errors = [{"field": "body", "message": _NOT_JSON}]
        return problem(422, "Invalid input", "The request body is not valid JSON.", errors=errors)
    titles = {404: "Not found", 405: "Method not allowed", 401: "Not signed in", 403: "Not allowed"}
    title = titles.get(exc.status_code, "Request error")
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else ""
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
        detail = f"This resource supports {headers['Allow']}." if headers["Allow"] else detail
    return problem(exc.status_code, title, detail, headers=headers or None)


def allowed_methods(request: Request) -> str:
    """Every method the OpenAPI schema gives the request's path, for a 405's `Allow`. Starlette names only
    the methods of the first route whose path matches, but a path is often served by several handlers (GET
    and PUT). A literal segment beats a parameter: `/api/workouts/sessions` is not a plan id."""
    path = request.url.path
    best: tuple[int, list[str]] | None = None
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            rank = template.count("{")
            if best is None or rank < best[0]:
                best = (rank, sorted(method.upper() for method in operations))
    return ", ".join(best[1]) if best else ""


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Log the type and route only: request bodies may hold health data.
    log.exception("unhandled %s on %s %s", type(exc).__name__, request.method, request.url.path)
    return problem(500, "Internal error", "Something went wrong on our side; please try again.")


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(VigorError, _vigor_error)
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(Exception, _unexpected)
