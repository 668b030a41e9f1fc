"""The authorization matrix: every route in the OpenAPI schema x {anonymous, user A, user B, admin}.

Routes come from the app's own schema, so routes added later are covered without edits.
Expectations (../shared/API.md): anonymous gets 401 except on the public routes; a non-admin
gets 403 on /api/admin/*; user B gets 404 on user A's resources (path parameters are filled
with A's real ids where `tests.support.identity.RESOURCE_FACTORIES` or this module knows
how to make them, random ids otherwise); nobody ever gets a 500.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from functions.http.app import create_app
from shared.bootstrap import close_services
from tests.support import resources
from tests.support.identity import (
    PROFILE,
    RESOURCE_FACTORIES,
    User,
    fast_hashing,
    make_admin,
    sign_up,
    verify_email,
)

PUBLIC = {
    ("POST", "/api/auth/register"),
    ("POST", "/api/auth/login"),
    ("POST", "/api/auth/refresh"),
    ("POST", "/api/auth/password/forgot"),
    ("POST", "/api/auth/password/reset"),
    ("POST", "/api/auth/2fa/recovery"),
    ("POST", "/api/auth/2fa/recovery/confirm"),
    ("POST", "/api/auth/verify-email"),
    ("GET", "/api/auth/providers"),
    ("GET", "/api/auth/microsoft/login"),
    ("GET", "/api/auth/microsoft/callback"),
    ("GET", "/api/tiers/features"),
    ("GET", "/api/health"),
    ("GET", "/api/health/ready"),
    ("POST", "/api/client-errors"),  # browser errors can happen before sign-in
    ("GET", "/api/calendar/{token}.ics"),  # the feed URL's unguessable token is the credential
}
SCHEMA = create_app().openapi()
ROUTES = sorted((method.upper(), path) for path, ops in SCHEMA["paths"].items() for method in ops)
PRINCIPALS = ("anonymous", "user_b", "user_a", "admin")


async def _user_id(user: User) -> str:
    return user.user_id


RESOURCE_FACTORIES.setdefault("user_id", _user_id)
resources.register()


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = SCHEMA["components"]["schemas"][name]
    return schema


def example(schema: dict[str, Any]) -> Any:
    """A small value valid for `schema` (enough for the handler to run past validation)."""
    schema = _resolve(schema)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if _resolve(s).get("type") != "null"]
            return example(options[0]) if options else None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: example(props[name]) for name in schema.get("required", []) if name in props}
    if kind == "array":
        return [example(schema.get("items", {})) for _ in range(schema.get("minItems", 0))]
    if kind == "integer":
        return int(schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if schema.get("format") == "date-time":
        return "2026-01-05T10:00:00+00:00"
    if schema.get("format") == "date":
        return "2026-01-05"
    return "x" * max(1, schema.get("minLength", 1))


def _operation(method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = SCHEMA["paths"][path][method.lower()]
    return operation


def _body(op: dict[str, Any]) -> Any:
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return None
    if op.get("operationId") == "updateProfile":
        return PROFILE
    return example(content["application/json"]["schema"])


def _query(op: dict[str, Any]) -> dict[str, Any]:
    return {
        p["name"]: example(p.get("schema", {}))
        for p in op.get("parameters", [])
        if p["in"] == "query" and p.get("required")
    }


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[dict[str, Any]]:
    fast_hashing(monkeypatch)
    app = create_app()
    user_a, user_b, admin = await sign_up(app), await sign_up(app), await sign_up(app)
    await make_admin(admin)
    for user in (user_a, user_b):  # confirmed, as people who use two-step sign-in are (it waits for that)
        await verify_email(user)
    assert (await user_a.client.put("/api/users/profile", json=PROFILE, headers=user_a.auth)).status_code == 200
    anonymous = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver")
    yield {"app": app, "anonymous": anonymous, "user_a": user_a, "user_b": user_b, "admin": admin}
    for client in (anonymous, user_a.client, user_b.client, admin.client):
        await client.aclose()
    await close_services()


async def _path_with_ids(path: str, owner: User) -> tuple[str, bool]:
    """Fill `{param}`s with the owner's real resources where known; returns (path, all filled with real ids)."""
    real = True
    for name in re.findall(r"{(\w+)}", path):
        factory = RESOURCE_FACTORIES.get(name)
        if factory is None:
            real = False
            value = uuid.uuid4().hex
        else:
            value = await factory(owner)
        path = path.replace("{" + name + "}", value)
    return path, real


def _check(method: str, path: str, who: str, real_ids: bool, response: httpx.Response) -> None:
    status = response.status_code
    where = f"{who} {method} {path}: {status} {response.text[:300]}"
    assert status != 500, where
    if (method, path) in PUBLIC:
        assert status != 403, where
    elif who == "anonymous":
        assert status == 401, where
        assert response.headers["content-type"].startswith("application/problem+json"), where
    elif path.startswith("/api/admin") and who != "admin":
        assert status == 403, where
    elif who == "user_b" and "{" in path and real_ids and not path.startswith("/api/admin"):
        assert status == 404, f"user B reached user A's resource: {where}"
    else:
        assert status not in (401, 403), where


@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[f"{m} {p}" for m, p in ROUTES])
async def test_route(world: dict[str, Any], method: str, path: str) -> None:
    """One route for every principal; user A before admin, so an admin action on A cannot mask A's result."""
    op = _operation(method, path)
    url, real_ids = await _path_with_ids(path, world["user_a"])
    for who in PRINCIPALS:
        if who == "anonymous":
            client, headers = world["anonymous"], {}
        else:
            user: User = world[who]
            client, headers = user.client, user.auth
        response = await client.request(method, url, headers=headers, params=_query(op), json=_body(op))
        _check(method, path, who, real_ids, response)


def test_the_matrix_covers_every_route() -> None:
    assert len(ROUTES) >= 20
    assert ("GET", "/api/users/me") in ROUTES and ("GET", "/api/admin/users") in ROUTES
    assert PUBLIC - set(ROUTES) <= {("GET", "/api/tiers/features")} | PUBLIC
