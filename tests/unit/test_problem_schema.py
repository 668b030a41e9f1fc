"""Every error in the OpenAPI schema is a Problem, and Problem is what the API really sends.

The schema is what the web client is generated from (static_web/src/client/schema.d.ts): an error
declared without a schema, or FastAPI's HTTPValidationError for a 422 the API answers with
problem+json, leaves the client's error types `unknown` or wrong.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from functions.http import problems
from functions.http.app import create_app
from functions.http.middleware import EdgeMiddleware
from functions.http.problems import PROBLEM_JSON, Problem, install_problem_handlers
from functions.http.responses import PROBLEM_REF
from shared.errors import LimitExceeded, Throttled
from tests.support.identity import client_for, sign_up

SCHEMA = create_app().openapi()
OPERATIONS = [
    (f"{method.upper()} {path}", operation)
    for path, operations in SCHEMA["paths"].items()
    for method, operation in operations.items()
]
PROBLEM_CONTENT = {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_REF}}}


def assert_is_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """The body is a Problem as the schema declares it: no member the schema lacks, the required ones
    present, each of its declared type."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM_JSON
    body: dict[str, Any] = response.json()
    declared = SCHEMA["components"]["schemas"]["Problem"]
    assert set(body) <= set(declared["properties"]), f"undeclared members: {set(body) - set(declared['properties'])}"
    assert set(declared["required"]) <= set(body)
    Problem.model_validate_json(response.content, strict=True)
    assert body["status"] == status
    return body


@pytest.mark.parametrize(("operation", "spec"), OPERATIONS, ids=[name for name, _ in OPERATIONS])
def test_every_error_response_is_a_problem(operation: str, spec: dict[str, Any]) -> None:
    assert "default" not in spec["responses"], f"{operation}: every error status is listed, none left to `default`"
    errors = {code: r for code, r in spec["responses"].items() if code[0] in "45"}
    for code, response in errors.items():
        assert response.get("content") == PROBLEM_CONTENT, f"{operation} {code}: {response.get('content')}"
    if spec.get("parameters") or spec.get("requestBody"):
        assert "422" in errors, f"{operation}: takes input but declares no 422"
    if spec.get("requestBody"):
        assert "413" in errors, f"{operation}: takes a body but declares no 413"
    if spec.get("security"):
        assert "401" in errors, f"{operation}: needs a bearer token but declares no 401"
    if operation.split()[1].startswith("/api/admin/"):
        assert "403" in errors, f"{operation}: admin only but declares no 403"
    if "{" in operation:
        assert "404" in errors, f"{operation}: names a resource but declares no 404"
    assert "500" not in errors, f"{operation}: no input may produce a 500; do not promise one"


def test_problem_is_in_the_components_and_fastapi_validation_models_are_not() -> None:
    schemas = SCHEMA["components"]["schemas"]
    assert {"type", "title", "status"} == set(schemas["Problem"]["required"])
    assert schemas["Problem"]["properties"]["errors"]["items"] == {"$ref": "#/components/schemas/FieldError"}
    assert "HTTPValidationError" not in schemas and "ValidationError" not in schemas


async def test_real_error_bodies_match_the_problem_schema(app: FastAPI) -> None:
    user = await sign_up(app)
    client = user.client
    try:
        missing = await client.get("/api/workouts/sessions/no-such-session", headers=user.auth)
        assert assert_is_problem(missing, 404)["detail"]
        invalid = await client.post("/api/workouts", json={"name": 5, "days": "many"}, headers=user.auth)
        assert assert_is_problem(invalid, 422)["errors"]
        bad_query = await client.get("/api/workouts/sessions", params={"limit": 0}, headers=user.auth)
        assert assert_is_problem(bad_query, 422)["errors"][0]["field"] == "query.limit"
        assert_is_problem(await client.get("/api/no-such-route", headers=user.auth), 404)
    finally:
        await client.aclose()
    async with client_for(app) as anonymous:
        assert_is_problem(await anonymous.get("/api/workouts/sessions/no-such-session"), 401)
        too_large = await anonymous.post(
            "/api/auth/login", content=b"x" * (1 << 20), headers={"content-type": "application/json"}
        )
        assert_is_problem(too_large, 413)


async def test_extension_members_match_the_problem_schema() -> None:
    """429 (limit, retry_after), 503 (dependency throttled; readiness `checks`) and 500, as the app's handlers
    send them."""
    toy = FastAPI()

    @toy.get("/limited")
    async def limited() -> None:
        raise LimitExceeded("Daily AI limit reached", retry_after=3600.2, limit="requests_per_day")

    @toy.get("/busy")
    async def busy() -> None:
        raise Throttled("Store is busy", retry_after=2)

    @toy.get("/not-ready")
    async def not_ready() -> JSONResponse:
        return problems.problem(503, "Service unavailable", "A dependency is unreachable.", checks={"store": "ok"})

    @toy.get("/boom")
    async def boom() -> None:
        raise RuntimeError("unexpected")

    install_problem_handlers(toy)
    toy.add_middleware(EdgeMiddleware, max_body_bytes=2048)
    transport = httpx.ASGITransport(app=toy, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        limited_body = assert_is_problem(await client.get("/limited"), 429)
        assert limited_body["limit"] == "requests_per_day" and limited_body["retry_after"] == 3601
        assert_is_problem(await client.get("/busy"), 503)
        assert assert_is_problem(await client.get("/not-ready"), 503)["checks"] == {"store": "ok"}
        assert_is_problem(await client.get("/boom"), 500)
