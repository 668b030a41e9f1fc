"""Read deadlines and a connection cap for the local host's HTTP server (uvicorn).

uvicorn times out only idle keep-alive connections: a client that sends its request line and
headers a byte at a time (slow loris), or a body a byte at a time, holds a connection for as long
as it likes. `DeadlineProtocol` (uvicorn's httptools protocol) closes a connection that has not
sent a whole header block within `header_timeout_s` of connecting or of starting a request, and
one that has not sent a whole body within `body_timeout_s` of its headers; the app then sees a
client disconnect. `limit_concurrency` answers 503 beyond that many connections and tasks per
process, instead of letting slow clients take every file descriptor.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("vigor.localhost.http")

HEADER_TIMEOUT_S = 10.0  # a whole request line and headers, from the first byte (or the connection)
BODY_TIMEOUT_S = 30.0  # a whole body, from the end of its headers
KEEP_ALIVE_S = 5  # an idle connection between requests (uvicorn's own timer)
LIMIT_CONCURRENCY = 1000  # connections + tasks per worker process before 503
MAX_INCOMPLETE_EVENT_BYTES = 16 * 1024  # h11 only (a header block larger than this is refused)


class DeadlineProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with header and body read deadlines (see the module docstring)."""

    header_timeout_s = HEADER_TIMEOUT_S
    body_timeout_s = BODY_TIMEOUT_S

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None

    def _arm(self, seconds: float, what: str) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._expire, what)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self, what: str) -> None:
        self._deadline = None
        log.info("closing a connection that was too slow to send its %s", what)
        self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.header_timeout_s, "request headers")

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm(self.header_timeout_s, "request headers")

    def on_headers_complete(self) -> None:
        self._arm(self.body_timeout_s, "request body")
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()


def server_config(app: Any, **options: Any) -> uvicorn.Config:
    """A uvicorn config with the deadlines and the connection cap; `options` as for `uvicorn.Config`."""
    settings: dict[str, Any] = {
        "http": DeadlineProtocol,
        "timeout_keep_alive": KEEP_ALIVE_S,
        "limit_concurrency": LIMIT_CONCURRENCY,
        "h11_max_incomplete_event_size": MAX_INCOMPLETE_EVENT_BYTES,
    }
    return uvicorn.Config(app, **{**settings, **options})
