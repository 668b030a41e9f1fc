"""ASGI middleware at the HTTP edge: correlation id, body size limit, one log line per request."""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Mapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import PayloadTooLarge
from shared.logging_context import correlation_id

log = logging.getLogger("vigor.http")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class EdgeMiddleware:
    """Sets the request's correlation id, refuses bodies over `max_body_bytes` with 413, logs one line.

    `route_limits`: a larger limit for the paths named (exactly), such as the CSV import's; the global
    limit stays small for every other route. The body is buffered here (bounded by the limit) so an
    oversized chunked body is refused before any handler runs, except on `streamed` paths (the import,
    whose file goes on to blob storage as it arrives): there the handler reads the body as it comes and
    the read that passes the limit raises `PayloadTooLarge` (413 through the app's error handler). The
    log line holds method, path, status and duration only: query strings and bodies may carry personal data.
    """

    def __init__(
        self, app: ASGIApp, max_body_bytes: int, route_limits: Mapping[str, int] | None = None,
        streamed: frozenset[str] = frozenset(),
    ) -> None:  # fmt: skip
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.route_limits = dict(route_limits or {})
        self.streamed = streamed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        incoming = headers.get("x-request-id", "")
        request_id = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        token = correlation_id.set(request_id)
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        limit = self.route_limits.get(str(scope["path"]), self.max_body_bytes)
        try:
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                await self._too_large(send_with_id, limit)
                return
            if str(scope["path"]) in self.streamed:
                await self.app(scope, self._counted(receive, limit), send_with_id)
                return
            body = (
                await self._read_body(receive, limit) if scope["method"] in {"POST", "PUT", "PATCH", "DELETE"} else None
            )
            if body is False:
                await self._too_large(send_with_id, limit)
                return
            await self.app(scope, self._replay(body, receive) if body is not None else receive, send_with_id)
        except Exception:
            # The error handler outside this middleware answers 500: log it as such, never as status 0
            # (a log-based alert on 5xx would miss it).
            status = status or 500
            raise
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            # A decoded path may hold %0A or %00: escaped, so no request writes a log line of its own.
            path = str(scope["path"]).encode("unicode_escape").decode("ascii")[:512]
            log.info("%s %s -> %s in %.1f ms", scope["method"], path, status, elapsed_ms)
            correlation_id.reset(token)

    async def _read_body(self, receive: Receive, limit: int) -> bytes | bool:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return False
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    def _counted(receive: Receive, limit: int) -> Receive:
        size = 0

        async def counted() -> Message:
            nonlocal size
            message = await receive()
            size += len(message.get("body", b""))
            if size > limit:
                raise PayloadTooLarge(f"The request body must be at most {limit} bytes.")
            return message

        return counted

    @staticmethod
    def _replay(body: bytes | bool, receive: Receive) -> Receive:
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay

    async def _too_large(self, send: Send, limit: int) -> None:
        payload: dict[str, Any] = {
            "type": "urn:vigor:problem:request-body-too-large",
            "title": "Request body too large",
            "status": 413,
            "detail": f"The request body must be at most {limit} bytes.",
        }
        data = json.dumps(payload).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/problem+json"),
                    (b"content-length", str(len(data)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})
