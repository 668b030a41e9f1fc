"""Job queue messages: the one place a message body is parsed and validated.

A message names a job: `{"job_id": ..., "user_id": ..., "kind"?: ..., "correlation_id"?: ...}`.
`parse_job_message` checks it as the store will (ids non-empty, at most 255 characters, none of
`/ \\ ? #`, no control characters or surrounding spaces) and raises `MalformedMessage` with a
short machine-readable reason otherwise. A malformed message can never succeed, so the queue
edge dead-letters it once (`shared.jobs.dead_letters`) instead of retrying it into poison.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from shared.errors import InvalidInput
from shared.store.documents import check_id


class MalformedMessage(Exception):
    """A queue message no delivery can run; `reason` is one of the codes below (safe to log and count)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class JobRef:
    """A validated job reference."""

    job_id: str
    user_id: str
    kind: str = ""
    correlation_id: str = "-"


def _identifier(data: dict[str, Any], field: str) -> str:
    value = data.get(field)
    if value is None or value == "":
        raise MalformedMessage(f"missing_{field}")
    try:
        text = check_id(value, field)
    except InvalidInput:
        raise MalformedMessage(f"invalid_{field}") from None
    if text != text.strip() or any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise MalformedMessage(f"invalid_{field}")
    return text


def _optional_text(data: dict[str, Any], field: str, default: str) -> str:
    value = data.get(field, default)
    if value is None:
        return default
    if not isinstance(value, str) or len(value) > 256:
        raise MalformedMessage(f"invalid_{field}")
    return value


def parse_job_message(body: str) -> JobRef:
    """The job a message names; `MalformedMessage` when it is not a valid job message."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        raise MalformedMessage("not_json") from None
    if not isinstance(data, dict):
        raise MalformedMessage("not_an_object")
    return JobRef(
        job_id=_identifier(data, "job_id"),
        user_id=_identifier(data, "user_id"),
        kind=_optional_text(data, "kind", ""),
        correlation_id=_optional_text(data, "correlation_id", "-"),
    )
