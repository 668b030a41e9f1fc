"""Telemetry: off and import-free without a connection string; with one, the exporter never sees health
data or secrets. Everything is exported to in-memory exporters here; nothing leaves the process."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.instrumentation.logging.handler import LoggingHandler
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from shared import telemetry
from shared.config import REPO_ROOT, load_settings
from shared.logging_context import correlation_id

SECRETS = (
    "alice@example.com",  # e-mail
    "92.5",  # weight
    "ACL",  # injury
    "left knee",
    "eyJhbGciOiJIUzI1NiJ9",  # a JWT
    "s3cr3t-api-key",
    "sk-live-123",
)
BEARER = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl"
PROFILE = {"email": "alice@example.com", "weight_kg": 92.5, "injuries": ["left knee ACL tear"], "goal": "strength"}


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def test_without_a_connection_string_nothing_is_imported_or_configured() -> None:
    # shared.telemetry itself is light (its metric helpers are called from the code paths); the SDKs are not.
    env = {k: v for k, v in os.environ.items() if k != "APPLICATIONINSIGHTS_CONNECTION_STRING"}
    probe = (
        "import sys, function_app\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('azure.monitor', 'opentelemetry.sdk', "
        "'opentelemetry.instrumentation')))\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_configure_is_a_no_op_without_a_connection_string(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APPLICATIONINSIGHTS_CONNECTION_STRING", raising=False)
    assert telemetry.configure_telemetry(load_settings()) is False
    assert not telemetry.telemetry_enabled()
    telemetry.record_llm_call("openai", "gpt-4o-mini", 1.2, 10, 20, 0.01)  # no-ops, no error
    telemetry.record_llm_fallback("openai", "engine", "timeout")
    telemetry.record_quota_rejection("free", "day")
    telemetry.record_queue_age("ai-jobs", 3.0)


@pytest.fixture
def spans() -> Iterator[tuple[TracerProvider, InMemorySpanExporter]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(telemetry.make_redacting_span_processor())  # before the exporter, as in Azure
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


def _exported_text(exporter: InMemorySpanExporter) -> str:
    return "\n".join(span.to_json() for span in exporter.get_finished_spans())


async def test_requests_through_the_api_export_no_health_data_or_secrets(
    spans: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    from functions.http.app import create_app

    provider, exporter = spans
    app = create_app()

    @app.put("/api/test-telemetry/profile")
    async def echo_profile(body: dict[str, Any]) -> dict[str, Any]:
        raise ValueError(f"cannot plan for {body}")  # an exception whose message echoes health data

    telemetry.instrument_app(app, tracer_provider=provider, meter_provider=MeterProvider())
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        headers = {"Authorization": BEARER, "X-Request-Id": "req-telemetry-0001", "Cookie": "vigor_refresh=sk-live-123"}
        await client.put("/api/test-telemetry/profile?email=alice@example.com", json=PROFILE, headers=headers)
        await client.put("/api/users/me/profile?email=alice@example.com", json=PROFILE, headers=headers)

    finished = exporter.get_finished_spans()
    assert finished, "the FastAPI instrumentation produced no spans"
    text = _exported_text(exporter)
    assert not _leaks(text), f"exported spans leak {_leaks(text)}"
    assert "Bearer eyJ" not in text and "vigor_refresh" not in text
    server = [s for s in finished if s.kind.name == "SERVER"]
    assert any((s.attributes or {}).get("http.route") == "/api/test-telemetry/profile" for s in server)
    assert any((s.attributes or {}).get("vigor.correlation_id") == "req-telemetry-0001" for s in finished)
    events = [e for s in finished for e in s.events if e.name == "exception"]
    assert events and all((e.attributes or {}).get("exception.type") for e in events)


def test_dependency_spans_lose_query_strings_statement_literals_and_parameters(
    spans: tuple[TracerProvider, InMemorySpanExporter],
) -> None:
    provider, exporter = spans
    tracer = provider.get_tracer("test")
    token = correlation_id.set("job-corr-42")
    try:
        with tracer.start_as_current_span("Cosmos query") as span:
            span.set_attribute("db.statement", "SELECT * FROM c WHERE c.email = 'alice@example.com' AND c.w > 92.5")
            span.set_attribute("db.cosmosdb.parameters", json.dumps({"@injury": "ACL"}))
        with tracer.start_as_current_span("POST") as span:
            span.set_attribute("url.full", "https://generativelanguage.example/v1/models:gen?key=s3cr3t-api-key")
            span.set_attribute("http.request.header.authorization", (BEARER,))
            span.set_attribute("http.request.body", json.dumps(PROFILE))
            span.set_attribute("http.response.status_code", 429)
    finally:
        correlation_id.reset(token)
    text = _exported_text(exporter)
    assert not _leaks(text), f"exported spans leak {_leaks(text)}"
    cosmos, call = exporter.get_finished_spans()
    assert cosmos.attributes is not None and call.attributes is not None
    assert cosmos.attributes["db.statement"] == "SELECT * FROM c WHERE c.email = ? AND c.w > ?"
    assert call.attributes["url.full"] == "https://generativelanguage.example/v1/models:gen"
    assert call.attributes["http.response.status_code"] == 429
    assert cosmos.attributes["vigor.correlation_id"] == "job-corr-42"


def test_logs_reach_the_exporter_scrubbed_and_with_the_correlation_id() -> None:
    exporter = InMemoryLogRecordExporter()  # type: ignore[no-untyped-call]  # OpenTelemetry SDK: __init__ unannotated
    provider = LoggerProvider()
    provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
    handler = LoggingHandler(logger_provider=provider)
    handler.addFilter(telemetry.RedactingLogFilter())
    logger = logging.getLogger("vigor.test-telemetry")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    token = correlation_id.set("req-log-77")
    try:
        logger.info("profile saved for %s with header %s", "alice@example.com", BEARER, extra={"profile": PROFILE})
        try:
            raise ValueError("weight 92.5 and left knee ACL tear")
        except ValueError:
            logger.exception("planning failed")
    finally:
        correlation_id.reset(token)
        logger.removeHandler(handler)
        provider.shutdown()
    records = exporter.get_finished_logs()
    assert len(records) == 2
    text = "\n".join(
        f"{r.log_record.body!s} {json.dumps(dict(r.log_record.attributes or {}), default=str)}" for r in records
    )
    assert not _leaks(text), f"exported logs leak {_leaks(text)}"
    assert all((r.log_record.attributes or {}).get("correlation_id") == "req-log-77" for r in records)
    assert "ValueError" in str(records[1].log_record.body)


def test_metric_helpers_record_per_provider_when_on() -> None:
    reader = InMemoryMetricReader()
    telemetry.enable_metrics(MeterProvider(metric_readers=[reader]))
    try:
        telemetry.record_llm_call("openai", "gpt-4o-mini", 1.5, input_tokens=100, output_tokens=50, cost_usd=0.002)
        telemetry.record_llm_fallback("openai", "engine", "timeout")
        telemetry.record_quota_rejection("free", "day")
        telemetry.record_queue_age("ai-jobs", 4.0)
        data = reader.get_metrics_data()
    finally:
        telemetry.disable_metrics()
    assert data is not None
    points: dict[str, list[Any]] = {}
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                points[metric.name] = list(metric.data.data_points)
    assert set(points) == {
        "vigor.llm.latency",
        "vigor.llm.tokens",
        "vigor.llm.cost",
        "vigor.llm.fallbacks",
        "vigor.quota.rejections",
        "vigor.queue.age",
    }
    tokens = {p.attributes["direction"]: p.value for p in points["vigor.llm.tokens"]}
    assert tokens == {"input": 100, "output": 50}
    assert points["vigor.llm.fallbacks"][0].attributes == {"provider": "openai", "to": "engine", "reason": "timeout"}


def test_configure_wires_the_distro_with_redaction_and_managed_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    import azure.monitor.opentelemetry as distro

    calls: list[dict[str, Any]] = []
    otel_handler = logging.NullHandler()

    def fake_configure_azure_monitor(**kwargs: Any) -> None:  # stands in for the exporter setup
        calls.append(kwargs)
        logging.getLogger("vigor").addHandler(otel_handler)

    monkeypatch.setattr(distro, "configure_azure_monitor", fake_configure_azure_monitor)
    monkeypatch.setattr(telemetry, "enable_metrics", lambda meter_provider=None: None)
    monkeypatch.setenv("APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=00000000-0000-0000-0000-0;")
    monkeypatch.setenv("VIGOR_ENV", "production")
    monkeypatch.setenv("JWT_SIGNING_KEY", "x" * 64)
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", "k1:" + "t" * 64)
    try:
        settings = load_settings()
        assert telemetry.configure_telemetry(settings) is True
        assert telemetry.configure_telemetry(settings) is True  # idempotent
    finally:
        logging.getLogger("vigor").removeHandler(otel_handler)
        monkeypatch.setattr(telemetry, "_configured", False)
    (kwargs,) = calls
    assert kwargs["logger_name"] == "vigor"
    assert type(kwargs["credential"]).__name__ == "ManagedIdentityCredential"
    assert any(type(p).__name__ == "RedactingSpanProcessor" for p in kwargs["span_processors"])
    assert kwargs["instrumentation_options"]["fastapi"] == {"enabled": False}
    assert any(isinstance(f, telemetry.RedactingLogFilter) for f in otel_handler.filters)
