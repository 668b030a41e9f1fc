"""Correlation ids that follow a request into its queue messages and the functions that handle them.

The HTTP edge sets `correlation_id` per request (X-Request-Id or a new id); the job service copies it into
each queue message and sets it again while the queue function runs, so every log line of a job carries the
id of the request that created it. `configure_logging(json_format=True)` writes one JSON object per line for
log collectors; with Azure Monitor on, shared.telemetry exports the same id as a custom dimension.
"""

from __future__ import annotations

import json
import logging
from contextvars import ContextVar
from datetime import UTC, datetime

correlation_id: ContextVar[str] = ContextVar("correlation_id", default="-")


class CorrelationIdFilter(logging.Filter):
    """Adds `correlation_id` to every log record so formatters can print it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.correlation_id = correlation_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, correlation_id, message, exc_type."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "correlation_id": getattr(record, "correlation_id", correlation_id.get()),
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exc_type"] = record.exc_info[0].__name__
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str = "INFO", json_format: bool = False) -> None:
    """One line per event with time, level, logger, correlation id (text, or JSON). Idempotent."""
    root = logging.getLogger()
    if any(isinstance(f, CorrelationIdFilter) for h in root.handlers for f in h.filters):
        return
    handler = logging.StreamHandler()
    handler.addFilter(CorrelationIdFilter())
    handler.setFormatter(
        JsonFormatter()
        if json_format
        else logging.Formatter("%(asctime)s %(levelname)-7s %(name)s [%(correlation_id)s] %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("azure", "uvicorn.access", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
