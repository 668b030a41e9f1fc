"""The error responses of every operation: each status it can answer with is a `Problem` (problem+json).

Routers declare what only they know (`responses=NOT_FOUND | STALE`, `problem(409, "...")`);
`install_problem_schema` adds, to the finished schema, what follows from the operation itself
(`ERROR_RULES`): 401 where it needs a bearer token, 403 on the admin routes and wherever the route
depends on `consented_user` (health data: consent not given or withdrawn), 404 where the path names
a resource, 409 where it takes an Idempotency-Key, 412 where it takes If-Match, 413 where it takes a
body, 422 where it takes any input (replacing FastAPI's HTTPValidationError: the handler in
`problems.py` answers validation errors with problem+json), 503 wherever a dependency is used. There
is no `default`: a status the schema does not list is a bug the conformance test
(tests/integration/test_openapi_conformance.py) finds. A 500 is never declared: no input may produce one.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from functions.http.deps import consented_user
from functions.http.problems import PROBLEM_JSON, Problem

Responses = dict[int | str, dict[str, Any]]
SCHEMAS = "#/components/schemas/"
PROBLEM_REF = SCHEMAS + "Problem"


def problem(status: int | str, description: str) -> Responses:
    """One error status for `responses=`: a problem+json body typed as Problem. Merge several with `|`."""
    return {status: {"description": description, "content": {PROBLEM_JSON: {"schema": {"$ref": PROBLEM_REF}}}}}


NOT_FOUND = problem(404, "No such resource (or another user's)")
STALE = problem(412, "Changed since it was read (stale If-Match)")
AI_QUOTA = problem(429, "AI quota used up (Retry-After, limit)")
INVALID = problem(422, "Invalid input: `errors` names each field at fault")
UNAUTHENTICATED = problem(401, "Not signed in: no bearer token, or an expired or revoked one (WWW-Authenticate)")
FORBIDDEN = problem(403, "Signed in without the admin role")
NO_CONSENT = problem(403, "Health data needs consent: none given, or withdrawn (accept the privacy notice)")
IDEMPOTENCY_CONFLICT = problem(409, "The Idempotency-Key was used for another request, or its first is running")
TOO_LARGE = problem(413, "The request body is larger than the limit")
UNAVAILABLE = problem(503, "A dependency is down or busy; try again (Retry-After when known)")

_FASTAPI_422 = {"application/json": {"schema": {"$ref": SCHEMAS + "HTTPValidationError"}}}
_NO_DEPENDENCY = {("get", "/api/health")}  # liveness touches nothing


def _parameters(operation: dict[str, Any], where: str) -> set[str]:
    return {p["name"].lower() for p in operation.get("parameters", []) if p.get("in") == where}


def declared_errors(
    path: str, method: str, operation: dict[str, Any], consent_gated: frozenset[tuple[str, str]] = frozenset()
) -> Responses:
    """The error statuses that follow from what the operation is: see the module docstring.
    `consent_gated` holds the (method, path) of operations behind `consented_user` (`consent_gated`)."""
    rules: list[tuple[bool, Responses]] = [
        (bool(operation.get("security")), UNAUTHENTICATED),
        (path.startswith("/api/admin/"), FORBIDDEN),
        ((method, path) in consent_gated, NO_CONSENT),
        (bool(_parameters(operation, "path")), NOT_FOUND),
        ("idempotency-key" in _parameters(operation, "header"), IDEMPOTENCY_CONFLICT),
        ("if-match" in _parameters(operation, "header"), STALE),
        ("requestBody" in operation, TOO_LARGE),
        (bool(operation.get("parameters")) or "requestBody" in operation, INVALID),
        ((method, path) not in _NO_DEPENDENCY, UNAVAILABLE),
    ]
    declared: Responses = {}
    for applies, responses in rules:
        if applies:
            declared |= responses
    return declared


def problem_schemas() -> dict[str, dict[str, Any]]:
    """Problem and the models it uses, as OpenAPI components."""
    schema = Problem.model_json_schema(ref_template=SCHEMAS + "{model}", mode="serialization")
    return {**schema.pop("$defs", {}), "Problem": schema}


def consent_gated(app: FastAPI) -> frozenset[tuple[str, str]]:
    """(method, path) of every operation that depends, at any depth, on `consented_user`."""

    def gated(dependant: Dependant) -> bool:
        return dependant.call is consented_user or any(gated(d) for d in dependant.dependencies)

    return frozenset(
        (method.lower(), str(context.path_format))
        for context in iter_route_contexts(app.routes)
        if isinstance(route := context.original_route, APIRoute) and gated(route.dependant)
        for method in route.methods or ()
    )


def with_problems(openapi: dict[str, Any], consent_gated: frozenset[tuple[str, str]] = frozenset()) -> dict[str, Any]:
    """The app's OpenAPI with the Problem components and every operation's error statuses as Problems."""
    components = openapi.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in problem_schemas().items():
        if components.get(name, schema) != schema:
            raise RuntimeError(f"another model is also called {name} in the OpenAPI schema")
        components[name] = schema
    for path, operations in openapi.get("paths", {}).items():
        for method, operation in operations.items():
            declared = operation.setdefault("responses", {})
            if declared.get("422", {}).get("content") == _FASTAPI_422:
                del declared["422"]
            for status, response in declared_errors(path, method, operation, consent_gated).items():
                declared.setdefault(str(status), copy.deepcopy(response))
            operation["responses"] = dict(sorted(declared.items()))
    # FastAPI's own validation models are unused now, unless something else refers to them (in this
    # order: HTTPValidationError refers to ValidationError).
    for name in ("HTTPValidationError", "ValidationError"):
        others = {key: value for key, value in components.items() if key != name}
        if name in components and f'"{SCHEMAS}{name}"' not in json.dumps([openapi.get("paths"), others]):
            del components[name]
    return openapi


def install_problem_schema(app: FastAPI) -> None:
    """Makes `app.openapi()` (and /api/openapi.json) include the Problem declarations above."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if not app.openapi_schema:
            app.openapi_schema = with_problems(generate(), consent_gated(app))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
