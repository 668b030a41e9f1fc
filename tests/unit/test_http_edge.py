"""The HTTP edge: problem+json for every error, field names at fault, 413, never a bare 500."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel, Field

from functions.http.middleware import EdgeMiddleware
from functions.http.problems import install_problem_handlers
from shared.errors import FieldError, InvalidInput, LimitExceeded, NotFound, Throttled


class SetIn(BaseModel):
    reps: int = Field(ge=0, le=100)
    weight_kg: float = Field(ge=0, le=500)


class SessionIn(BaseModel):
    sets: list[SetIn]
    notes: str = ""


def make_app() -> FastAPI:
    app = FastAPI()

    @app.post("/api/echo")
    async def echo(body: SessionIn) -> dict[str, int]:
        return {"sets": len(body.sets)}

    @app.get("/api/limited")
    async def limited() -> None:
        raise LimitExceeded("Daily AI limit reached", retry_after=3600.2, limit="day")

    @app.get("/api/missing")
    async def missing() -> None:
        raise NotFound("No such plan")

    @app.get("/api/busy")
    async def busy() -> None:
        raise Throttled("Store is busy", retry_after=2)

    @app.get("/api/invalid")
    async def invalid() -> None:
        raise InvalidInput("Bad profile", [FieldError("timezone", "not a real IANA zone")])

    @app.get("/api/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals: weight=82kg")

    install_problem_handlers(app)
    app.add_middleware(EdgeMiddleware, max_body_bytes=2048)
    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=make_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["type"].startswith("urn:vigor:problem:")
    return body


async def test_valid_body_passes(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/echo", json={"sets": [{"reps": 5, "weight_kg": 100}]})
    assert response.json() == {"sets": 1}


@pytest.mark.parametrize(
    "raw",
    [b"{", b"null", b"[]", b'"text"', b"\xff\xfe", b'{"sets": "many"}', b'{"sets": [{"reps": -1, "weight_kg": 1}]}'],
)
async def test_malformed_bodies_are_422_never_500(client: httpx.AsyncClient, raw: bytes) -> None:
    response = await client.post("/api/echo", content=raw, headers={"content-type": "application/json"})
    body = assert_problem(response, 422)
    assert body["errors"], "each error names a field"


async def test_field_path_names_the_nested_field(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/echo", json={"sets": [{"reps": 5, "weight_kg": 1}, {"reps": 500, "weight_kg": 1}]}
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "sets.1.reps"


async def test_validation_errors_never_echo_the_input(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/echo", json={"sets": [{"reps": "my-secret-diagnosis", "weight_kg": 1}]})
    assert "my-secret-diagnosis" not in response.text


async def test_body_over_the_limit_is_413_by_length_and_by_stream(client: httpx.AsyncClient) -> None:
    big = b'{"notes": "' + b"x" * 4000 + b'", "sets": []}'
    assert_problem(await client.post("/api/echo", content=big, headers={"content-type": "application/json"}), 413)

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b"x" * 500

    assert_problem(await client.post("/api/echo", content=chunks()), 413)


async def test_domain_errors_map_to_their_status(client: httpx.AsyncClient) -> None:
    limited = await client.get("/api/limited")
    body = assert_problem(limited, 429)
    assert limited.headers["retry-after"] == "3601"
    assert body["limit"] == "day" and body["retry_after"] == 3601
    assert assert_problem(await client.get("/api/missing"), 404)["detail"] == "No such plan"
    busy = await client.get("/api/busy")
    assert_problem(busy, 503)
    assert busy.headers["retry-after"] == "2"
    invalid = assert_problem(await client.get("/api/invalid"), 422)
    assert invalid["errors"] == [{"field": "timezone", "message": "not a real IANA zone"}]


async def test_unknown_route_and_method(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/api/nope"), 404)
    assert_problem(await client.get("/api/echo"), 405)


async def test_unexpected_errors_are_a_generic_problem(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="vigor.http"):
        response = await client.get("/api/boom")
    body = assert_problem(response, 500)
    assert "82kg" not in response.text and "secret" not in body.get("detail", "")
    # The request log says 500 (it said "-> 0": a log-based 5xx alert would miss it).
    assert any(r.getMessage().startswith("GET /api/boom -> 500 ") for r in caplog.records), caplog.text


async def test_request_id_is_echoed_or_made(client: httpx.AsyncClient) -> None:
    given = await client.get("/api/missing", headers={"x-request-id": "abc12345-trace"})
    assert given.headers["x-request-id"] == "abc12345-trace"
    made = await client.get("/api/missing", headers={"x-request-id": "bad id with spaces"})
    assert made.headers["x-request-id"] != "bad id with spaces" and len(made.headers["x-request-id"]) == 32
