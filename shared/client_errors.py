"""Errors the web app reports from browsers (window `error` / `unhandledrejection`), sent on to Application
Insights as a `vigor.web` log line plus the `vigor.web.errors` metric.

Reports are anonymous (an error can happen before sign-in), so each address may send `PER_MINUTE` a minute
(more are 429, counted per `limit_key` like sign-in limits: an IPv6 client by its /64) and every text field is
short text scrubbed like any log line (no e-mail, token, `password=...` or query string reaches telemetry) with
its control characters escaped, so one report is one log line and cannot forge others. The web client sends
no application state, so no health data comes with a report.
"""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared import telemetry
from shared.identity import ratelimit
from shared.identity.addresses import limit_key
from shared.store.port import DocumentStore

log = logging.getLogger("vigor.web")

PER_MINUTE = 10


class ClientErrorReport(BaseModel):
    """One browser error: what kind, its message, and where in Vigor's own scripts it happened."""

    model_config = ConfigDict(extra="forbid", strict=True)

    kind: Literal["error", "unhandledrejection"]
    message: str = Field(max_length=500, description="The error's message (cut to 500 characters by the client)")
    source: str = Field("", max_length=300, description="Script path the error came from, without query string")
    # Strict like every number in the API (docs/decisions.md, "Every input bounded"): 12, not 12.0.
    line: int = Field(0, ge=0, le=10_000_000, description="Line number, an integer written without a fraction")
    column: int = Field(0, ge=0, le=10_000_000, description="Column number, an integer written without a fraction")
    route: str = Field("", max_length=200, description="The page's path when it happened (no query, no hash)")
    release: str = Field("", max_length=64, description="The web build's version, if known")


def _text(text: str) -> str:
    return telemetry.escape_controls(telemetry.scrub_text(text))


def _path(text: str) -> str:
    return _text(text.split("?", 1)[0].split("#", 1)[0])


async def report(store: DocumentStore, client_ip: str, error: ClientErrorReport) -> None:
    """Log one report and count it; LimitExceeded (429) past PER_MINUTE reports from one address."""
    await ratelimit.enforce(store, f"client-errors:{limit_key(client_ip)}", PER_MINUTE, 60, "client_errors_per_minute")
    log.warning(
        "web app %s: %s",
        error.kind,
        telemetry.escape_controls(telemetry.scrub_text(error.message)[:300]),  # cut after scrubbing: no half e-mail
        extra={
            "web_source": _path(error.source),
            "web_line": error.line,
            "web_column": error.column,
            "web_route": _path(error.route),
            "web_release": _text(error.release),
        },
    )
    telemetry.record_web_error(error.kind)
