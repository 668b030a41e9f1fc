"""Sends one Web Push with pywebpush over aiohttp: RFC 8291 `aes128gcm` encryption, RFC 8292 VAPID.

`PushSender.send` returns the push service's answer: its HTTP status (201 on success) and, for a 429 or 503, its
`Retry-After` in seconds (RFC 9110 section 10.2.3: seconds or an HTTP date); network errors and timeouts raise
`aiohttp.ClientError` / `TimeoutError`. One aiohttp session per Services (`Services.caches.push`), so connections to
FCM, Mozilla's autopush, Apple and WNS are reused.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from pywebpush import WebPusher

from shared.notifications.vapid import VapidKeys

TTL_S = 4 * 3600  # a browser offline longer than this does not get a stale reminder
TIMEOUT_S = 10.0
VAPID_LIFETIME_S = 12 * 3600  # RFC 8292 section 2: at most 24 hours


@dataclass(frozen=True)
class PushAnswer:
    """What the push service answered: its status and how long it asked us to wait (seconds; None: it did not say)."""

    status: int
    retry_after_s: float | None = None


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """A `Retry-After` header in seconds from `now` (epoch seconds): delay-seconds or an HTTP date; None when absent
    or unreadable (never negative)."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return float(min(int(text), 7 * 86400))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class PushSender:
    """Encrypts and posts pushes for one VAPID key pair. `session`: an aiohttp session to use (tests give one
    that trusts their fake push service's certificate); otherwise one is made on first use and closed by `close`."""

    def __init__(self, keys: VapidKeys, session: aiohttp.ClientSession | None = None) -> None:
        self.keys = keys
        self._session = session
        self._owned = session is None

    @property
    def public_key(self) -> str:
        return self.keys.public_key

    def _session_now(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TIMEOUT_S))
            self._owned = True
        return self._session

    async def send(self, subscription: dict[str, Any], payload: dict[str, Any], topic: str) -> PushAnswer:
        """Post `payload` (JSON, encrypted) to the subscription's endpoint; the push service's answer.

        `topic` (RFC 8030 section 5.4, at most 32 base64url characters) lets the service replace a pending
        push of the same topic, so a redelivered queue message does not show twice."""
        endpoint = str(subscription["endpoint"])
        parts = urlsplit(endpoint)
        claims = {"sub": self.keys.subject, "aud": f"{parts.scheme}://{parts.netloc}",
                  "exp": int(time.time()) + VAPID_LIFETIME_S}  # fmt: skip
        headers = {**self.keys.signer.sign(claims), "Topic": topic[:32], "Urgency": "normal"}
        pusher = WebPusher({"endpoint": endpoint, "keys": dict(subscription["keys"])},
                           aiohttp_session=self._session_now())  # fmt: skip
        data = json.dumps(payload, separators=(",", ":")).encode()
        response = await pusher.send_async(data, headers, ttl=TTL_S, content_encoding="aes128gcm",
                                           timeout=aiohttp.ClientTimeout(total=TIMEOUT_S))  # fmt: skip
        if isinstance(response, str):  # only with curl=True, never here
            raise TypeError("pywebpush returned a curl command")
        response.release()
        return PushAnswer(int(response.status), retry_after_seconds(response.headers.get("Retry-After")))

    async def close(self) -> None:
        if self._owned and self._session is not None:
            await self._session.close()
        self._session = None
