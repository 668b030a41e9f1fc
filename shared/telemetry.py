"""Azure Monitor telemetry through OpenTelemetry, on only when APPLICATIONINSIGHTS_CONNECTION_STRING is set.

`configure_telemetry(settings, app)` sets up the Azure Monitor distro: the FastAPI app's requests per route,
dependencies (Cosmos DB and Storage through the Azure SDK, LLM providers through httpx/requests), exceptions,
`vigor.*` logs with their correlation id, and the custom metrics below. Without a connection string it
returns at once and imports nothing: the distro is heavy and cold start matters.

Nothing that could hold health data or secrets leaves the process. `RedactingSpanProcessor` runs before the
exporter and drops attributes whose names say body, header, cookie, query, parameters, email, password,
token or profile-like data; strips query strings from URLs; replaces literals in database statements; masks
e-mail addresses, bearer tokens and JWTs in any remaining text; and cuts exception messages (they can echo
input) down to the exception type. `RedactingLogFilter` does the same to log records. Telemetry never
receives request bodies: no instrumentation here captures them.

Metric helpers (`record_llm_call`, `record_llm_fallback`, `record_breaker_opened`, `record_budget_alert`,
`record_quota_rejection`, `record_queue_age`, `record_poisoned`, `record_timer_run`, `record_web_error`) cost
one boolean test when telemetry is off. Their attributes are low-cardinality names (provider, model, tier,
queue, timer), never user ids. Metric names live in `shared/telemetry_names.py`; the alerts and the workbook
in infra/ query them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from shared import telemetry_names as names
from shared.logging_context import correlation_id

if TYPE_CHECKING:  # imported for types only: the SDK loads when telemetry is configured
    from fastapi import FastAPI
    from opentelemetry.context import Context
    from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor

    from shared.config import Settings

log = logging.getLogger("vigor.telemetry")

REDACTED = "<redacted>"
_DROP_KEY = re.compile(
    r"(body|payload|header|cookie|authorization|password|passwd|secret|api[_.-]?key|access_token|refresh_token"
    r"|id_token|bearer|email|e-mail|phone|profile|weight|height|injur|medical|health_?data|condition|birth"
    r"|url\.query|query_string|parameters?\b|db\.query\.parameter|enduser)",
    re.IGNORECASE,
)
_URL_KEYS = {"http.url", "url.full", "http.target", "url.original", "http.request.uri"}
_STATEMENT_KEYS = {"db.statement", "db.query.text"}
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
# `password=hunter2`, `"token": "abc"`: a secret named by its key, in a message or a form body.
_NAMED_SECRET = re.compile(
    r"(?i)\b(password|passwd|pwd|secret|token|access_token|refresh_token|id_token|api[_-]?key|client_secret)"
    r"(\\?[\"']?\s*[=:]\s*\\?[\"']?)[^\s&,;\"'\\]+"
)
# A refresh token (`shared.identity.refresh`): `<user id, 32 hex>.<family>.<random>`.
_REFRESH = re.compile(r"\b[0-9a-f]{32}(?:\.[A-Za-z0-9_-]{8,})+")
# C0 and C1 controls, DEL and the Unicode line/paragraph separators: each would start a new log line or
# drive a terminal (ESC [ ... for ANSI), so one piece of text could forge others.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SQL_LITERAL = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"|\b\d+(?:\.\d+)?\b")


def scrub_text(text: str) -> str:
    """Mask e-mail addresses, bearer/basic credentials, JWTs, refresh tokens and named secrets
    (`password=...`) in free text."""
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _JWT.sub(REDACTED, text)
    text = _REFRESH.sub(REDACTED, text)
    text = _NAMED_SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return _EMAIL.sub("<email>", text)


def escape_controls(text: str) -> str:
    """One line of printable text: control characters and U+2028/2029 written as `\\xNN` / `\\uNNNN`."""
    return _CONTROL.sub(lambda m: _escape(ord(m.group())), text)


def _escape(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _scrub_value(key: str, value: Any) -> Any:
    if isinstance(value, str):
        if key in _URL_KEYS:
            value = value.split("?", 1)[0].split("#", 1)[0]
        elif key in _STATEMENT_KEYS:
            value = _SQL_LITERAL.sub("?", value)
        return scrub_text(value)
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        return tuple(scrub_text(v) if isinstance(v, str) else v for v in value)
    return value


def redact_attributes(attributes: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of span/log attributes without anything that could carry health data or secrets."""
    return {k: _scrub_value(k, v) for k, v in (attributes or {}).items() if not _DROP_KEY.search(k)}


def _redact_event_attributes(name: str, attributes: Mapping[str, Any] | None) -> dict[str, Any]:
    cleaned = redact_attributes({k: v for k, v in (attributes or {}).items() if k != "exception.message"})
    if name == "exception":
        trace = str(cleaned.get("exception.stacktrace", ""))
        # The last line of a Python traceback is "Type: message"; keep the frames and the type.
        lines = trace.rstrip().splitlines()
        if lines:
            lines[-1] = lines[-1].split(":", 1)[0]
            cleaned["exception.stacktrace"] = "\n".join(lines)
        cleaned["exception.message"] = REDACTED
    return cleaned


def make_redacting_span_processor() -> SpanProcessor:
    """A span processor to register before any exporter (the distro runs custom processors first)."""
    from opentelemetry.sdk.trace import Event, SpanProcessor
    from opentelemetry.trace import Status
    from opentelemetry.util.types import Attributes

    class RedactingSpanProcessor(SpanProcessor):
        """Tags spans with the correlation id; redacts attributes, events and status text at span end."""

        def on_start(self, span: Span, parent_context: Context | None = None) -> None:
            current = correlation_id.get()
            if current != "-":
                span.set_attribute("vigor.correlation_id", current)

        def on_end(self, span: ReadableSpan) -> None:
            # A ReadableSpan is read-only by API; the exporter reads these fields after every processor ran.
            attributes: Attributes = redact_attributes(span.attributes)
            span._attributes = attributes
            span._events = tuple(
                Event(e.name, _redact_event_attributes(e.name, e.attributes), e.timestamp) for e in span.events
            )
            span._name = scrub_text(span.name)
            if span.status.description:
                span._status = Status(span.status.status_code, REDACTED)

    return RedactingSpanProcessor()


class RedactingLogFilter(logging.Filter):
    """Scrubs a record's message and extra attributes; adds `correlation_id` (a custom dimension in Azure)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub_text(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            # The exception's message may echo input: keep only its type.
            record.msg = f"{record.msg} [{record.exc_info[0].__name__}]"
            record.exc_info, record.exc_text = None, None
        for key in [k for k in vars(record) if _DROP_KEY.search(k)]:
            delattr(record, key)
        record.correlation_id = correlation_id.get()
        return True


_configured = False


def telemetry_enabled() -> bool:
    return _configured


def configure_telemetry(settings: Settings, app: FastAPI | None = None, *, credential: Any = None) -> bool:
    """Send telemetry to Application Insights when a connection string is set. Returns whether it is on.

    In production the Application Insights resource refuses key-based ingestion, so the exporter
    authenticates with the app's managed identity unless a `credential` is given.
    """
    global _configured
    if not settings.applicationinsights_connection_string:
        return False
    if _configured:
        return True
    from azure.monitor.opentelemetry import configure_azure_monitor

    if credential is None and settings.environment == "production":
        from azure.identity import ManagedIdentityCredential

        # A user-assigned identity must be named (AZURE_CLIENT_ID); None picks the system-assigned one.
        credential = ManagedIdentityCredential(client_id=settings.azure_client_id or None)
    configure_azure_monitor(
        connection_string=settings.applicationinsights_connection_string,
        credential=credential,
        logger_name="vigor",
        span_processors=[make_redacting_span_processor()],
        instrumentation_options={
            "fastapi": {"enabled": False},  # instrumented below, on this app instance
            "django": {"enabled": False},
            "flask": {"enabled": False},
            "psycopg2": {"enabled": False},
        },
    )
    for handler in logging.getLogger("vigor").handlers:
        if not any(isinstance(f, RedactingLogFilter) for f in handler.filters):
            handler.addFilter(RedactingLogFilter())
    if app is not None:
        instrument_app(app)
    enable_metrics()
    _configured = True
    log.info("telemetry to Azure Monitor is on")
    return True


def instrument_app(app: FastAPI, tracer_provider: Any = None, meter_provider: Any = None) -> None:
    """Server spans per route for the FastAPI app; no headers or bodies are captured."""
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(
        app,
        excluded_urls="api/health",
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
        http_capture_headers_server_request=[],
        http_capture_headers_server_response=[],
    )


# Custom metrics. Instruments are created on first use after telemetry is on; until then each helper
# is a single boolean test.
_instruments: dict[str, Any] = {}


def enable_metrics(meter_provider: Any = None) -> None:
    """Create the instruments on `meter_provider` (default: the global one the distro installed)."""
    from opentelemetry import metrics

    meter = (meter_provider or metrics.get_meter_provider()).get_meter("vigor")
    _instruments.update(
        llm_latency=meter.create_histogram(names.LLM_LATENCY, unit="s", description="LLM call duration"),
        llm_tokens=meter.create_counter(names.LLM_TOKENS, unit="{token}", description="LLM tokens"),
        llm_cost=meter.create_counter(names.LLM_COST, unit="USD", description="LLM cost"),
        llm_fallbacks=meter.create_counter(names.LLM_FALLBACKS, description="Provider fallbacks"),
        breaker_opened=meter.create_counter(names.LLM_BREAKER_OPENED, description="Circuit breakers that opened"),
        budget_alert=meter.create_counter(names.LLM_BUDGET_ALERT, description="LLM budget alert threshold crossed"),
        quota_rejections=meter.create_counter(names.QUOTA_REJECTIONS, description="AI requests refused by quota"),
        queue_age=meter.create_histogram(names.QUEUE_AGE, unit="s", description="Queue message age at start"),
        queue_poisoned=meter.create_counter(names.QUEUE_POISONED, description="Messages that ran out of retries"),
        timer_runs=meter.create_counter(names.TIMER_RUNS, description="Finished timer runs (heartbeat)"),
        web_errors=meter.create_counter(names.WEB_ERRORS, description="Errors reported by the web app"),
    )


def disable_metrics() -> None:
    """Back to no-ops (tests)."""
    _instruments.clear()


def record_llm_call(
    provider: str,
    model: str,
    latency_s: float,
    input_tokens: int = 0,
    output_tokens: int = 0,
    cost_usd: float = 0.0,
    outcome: str = "ok",
) -> None:
    """One LLM call: latency by provider/model/outcome, tokens by direction, cost in USD."""
    if not _instruments:
        return
    attrs = {"provider": provider, "model": model}
    _instruments["llm_latency"].record(latency_s, {**attrs, "outcome": outcome})
    if input_tokens:
        _instruments["llm_tokens"].add(input_tokens, {**attrs, "direction": "input"})
    if output_tokens:
        _instruments["llm_tokens"].add(output_tokens, {**attrs, "direction": "output"})
    if cost_usd:
        _instruments["llm_cost"].add(cost_usd, attrs)


def record_llm_fallback(from_provider: str, to_provider: str, reason: str) -> None:
    """The gateway moved on from one provider to the next (reason: timeout, 429, 5xx, invalid, breaker...)."""
    if _instruments:
        _instruments["llm_fallbacks"].add(1, {"provider": from_provider, "to": to_provider, "reason": reason})


def record_quota_rejection(tier: str, period: str) -> None:
    """An AI request refused by the user's quota (period: day, week, month, budget)."""
    if _instruments:
        _instruments["quota_rejections"].add(1, {"tier": tier, "period": period})


def record_queue_age(queue: str, age_s: float) -> None:
    """Seconds a message waited in `queue` before a handler started on it."""
    if _instruments:
        _instruments["queue_age"].record(max(0.0, age_s), {"queue": queue})


def record_breaker_opened(breaker: str) -> None:
    """A provider+model circuit breaker went open (calls to it are refused until its cooldown ends)."""
    if _instruments:
        _instruments["breaker_opened"].add(1, {"breaker": breaker})


def record_budget_alert(period: str) -> None:
    """Vigor's own LLM budget crossed its alert threshold (once per period; period: week or month)."""
    if _instruments:
        _instruments["budget_alert"].add(1, {"period": period})


def record_poisoned(queue: str) -> None:
    """A message of `queue` exhausted its retries and reached `<queue>-poison`."""
    if _instruments:
        _instruments["queue_poisoned"].add(1, {"queue": queue})


def record_timer_run(timer: str) -> None:
    """Heartbeat: the timer function `timer` finished a run (an alert fires when it stops coming)."""
    if _instruments:
        _instruments["timer_runs"].add(1, {"timer": timer})


def record_web_error(kind: str) -> None:
    """The web app reported an error (kind: error or unhandledrejection); the text goes to the log only."""
    if _instruments:
        _instruments["web_errors"].add(1, {"kind": kind})
