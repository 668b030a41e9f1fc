"""The `responses=` declarations of every router: each error status is a `Problem` (problem+json).

    @router.get(..., responses=NOT_FOUND | STALE)
    @router.get(..., responses=problem(404, "No exercise with this id"))

`install_problem_schema` puts `Problem` (and its `FieldError`) into the app's OpenAPI components, types
FastAPI's automatic 422 as a Problem (the handler in `problems.py` answers validation errors with
problem+json, not FastAPI's HTTPValidationError) and gives every operation a `default` Problem for the
errors it does not list (401, 403, 413, 500, ...), so the schema and the generated web client type every
error. Both are added to the finished schema: a `default` declared on a route would stop FastAPI from
adding the 422 where a route has parameters or a body.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from fastapi import FastAPI

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
ANY_OTHER = problem("default", "Any other error (401, 403, 413, 500, 503...), also a Problem")

_FASTAPI_422 = {"application/json": {"schema": {"$ref": SCHEMAS + "HTTPValidationError"}}}


def problem_schemas() -> dict[str, dict[str, Any]]:
    """Problem and the models it uses, as OpenAPI components."""
    schema = Problem.model_json_schema(ref_template=SCHEMAS + "{model}", mode="serialization")
    return {**schema.pop("$defs", {}), "Problem": schema}


def with_problems(openapi: dict[str, Any]) -> dict[str, Any]:
    """The app's OpenAPI with the Problem components, every automatic 422 declared as a Problem, and a
    `default` Problem on every operation."""
    components = openapi.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in problem_schemas().items():
        if components.get(name, schema) != schema:
            raise RuntimeError(f"another model is also called {name} in the OpenAPI schema")
        components[name] = schema
    for operations in openapi.get("paths", {}).values():
        for operation in operations.values():
            declared = operation.setdefault("responses", {})
            if declared.get("422", {}).get("content") == _FASTAPI_422:
                declared["422"] = copy.deepcopy(INVALID[422])
            declared.setdefault("default", copy.deepcopy(ANY_OTHER["default"]))
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
            app.openapi_schema = with_problems(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
