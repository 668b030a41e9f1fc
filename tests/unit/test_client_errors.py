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
