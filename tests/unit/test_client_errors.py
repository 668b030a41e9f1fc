"""Browser error reports: POST /api/client-errors logs a scrubbed line and counts the metric; one address
gets 10 a minute, then 429; anything but the report's fields is refused."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from shared import telemetry
from shared import telemetry_names as names
from shared.client_errors import PER_MINUTE

REPORT = {
    "kind": "error",
    "message": "TypeError: cannot read 'sets' of undefined for alice@example.com Bearer eyJhbGciOiJIUzI1NiJ9.eyJ.sig",
    "source": "/assets/index-abc.js?token=secret#frag",
    "line": 12,
    "column": 7,
    "route": "/plans/plan:123?email=alice@example.com",
    "release": "1.0.0",
}


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def test_a_report_is_logged_scrubbed_and_counted(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    reader = InMemoryMetricReader()
    telemetry.enable_metrics(MeterProvider(metric_readers=[reader]))
    try:
        with caplog.at_level(logging.WARNING, logger="vigor.web"):
            response = await client.post("/api/client-errors", json=REPORT)
        data = reader.get_metrics_data()
    finally:
        telemetry.disable_metrics()
    assert response.status_code == 204
    [record] = [r for r in caplog.records if r.name == "vigor.web"]
    text = f"{record.getMessage()} {vars(record)}"
    assert "TypeError" in text and "/assets/index-abc.js" in text and "/plans/plan:123" in text
    for secret in ("alice@example.com", "eyJhbGciOiJIUzI1NiJ9", "token=secret", "frag"):
        assert secret not in text, secret
    assert data is not None
    counted: list[Any] = [
        point
        for resource in data.resource_metrics
        for scope in resource.scope_metrics
        for metric in scope.metrics
        if metric.name == names.WEB_ERRORS
        for point in metric.data.data_points
    ]
    assert [(p.attributes, p.value) for p in counted] == [({"kind": "error"}, 1)]


async def test_one_address_is_limited_to_ten_a_minute(client: httpx.AsyncClient) -> None:
    statuses = [(await client.post("/api/client-errors", json=REPORT)).status_code for _ in range(PER_MINUTE + 1)]
    assert statuses == [204] * PER_MINUTE + [429]


@pytest.mark.parametrize(
    "body",
    [
        {**REPORT, "profile": {"injuries": ["knee"]}},  # no other data rides along
        {**REPORT, "kind": "console"},
        {**REPORT, "message": "x" * 501},
    ],
)
async def test_anything_but_a_report_is_refused(client: httpx.AsyncClient, body: dict[str, object]) -> None:
    response = await client.post("/api/client-errors", json=body)
    assert response.status_code == 422


async def test_control_characters_cannot_forge_log_lines(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    forged = "boom\r\n2026-01-01 ERROR vigor.auth admin signed in\x1b[2J\x00\x85\u2028\u2029\x7f"
    body = {**REPORT, "message": forged, "source": f"/a.js{forged}", "route": f"/r{forged}", "release": f"1{forged}"}
    with caplog.at_level(logging.WARNING, logger="vigor.web"):
        assert (await client.post("/api/client-errors", json=body)).status_code == 204
    [record] = [r for r in caplog.records if r.name == "vigor.web"]
    fields = [record.getMessage(), *(str(getattr(record, f"web_{k}")) for k in ("source", "route", "release"))]
    for text in fields:
        assert "admin signed in" in text  # kept, on the same line
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in text), repr(text)
        assert "\\x0d\\x0a" in text and "\\x1b[2J" in text and "\\u2028" in text


@pytest.mark.parametrize("field", ["message", "source", "route", "release"])
async def test_every_field_is_scrubbed_like_the_message(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, field: str
) -> None:
    refresh = "0123456789abcdef0123456789abcdef.fam1lyIdXyz.S3cr3tRandomPartOfTheToken_-"
    secrets = ("bob@example.com", "hunter2-pass", refresh, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx.c2ln")
    value = f"password=hunter2-pass {secrets[0]} {refresh} {secrets[3]}"
    value = value if field != "release" else f"{refresh[:40]}.x{secrets[0]}"[:64]
    with caplog.at_level(logging.WARNING, logger="vigor.web"):
        assert (await client.post("/api/client-errors", json={**REPORT, field: value})).status_code == 204
    [record] = [r for r in caplog.records if r.name == "vigor.web"]
    text = f"{record.getMessage()} {vars(record)}"
    for secret in (*secrets, refresh[:40], "hunter2"):
        assert secret not in text, (field, secret, text)


async def test_an_ipv6_client_is_limited_by_its_slash_64(app: FastAPI) -> None:
    for i in range(PER_MINUTE + 1):  # a fresh address in the same /64 for each report
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(f"2001:db8:1:2::{i + 1:x}", 1))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            status = (await c.post("/api/client-errors", json=REPORT)).status_code
    assert status == 429


async def test_line_and_column_are_integers_written_as_integers_as_the_schema_says(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    schema = app.openapi()["components"]["schemas"]["ClientErrorReport"]["properties"]
    assert "without a fraction" in schema["line"]["description"]
    assert (await client.post("/api/client-errors", json={**REPORT, "line": 1.0})).status_code == 422
    assert (await client.post("/api/client-errors", json={**REPORT, "line": 1})).status_code == 204
