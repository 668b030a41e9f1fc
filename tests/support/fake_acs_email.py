"""A fake Azure Communication Services Email endpoint (emails:send and its operation), for the real
`azure-communication-email` SDK on 127.0.0.1.

Sent messages are recorded in `fake.sent` (the request bodies) with their `Authorization` and
`x-ms-content-sha256` headers in `fake.auth`. `fake.fail = "Failed"` makes the operation end that way.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.support.net import serve_in_thread


@dataclass
class FakeAcsEmail:
    sent: list[dict[str, Any]] = field(default_factory=list)
    auth: list[tuple[str, str]] = field(default_factory=list)
    fail: str = ""
    url: str = ""


def build_app(fake: FakeAcsEmail) -> Starlette:
    async def send(request: Request) -> JSONResponse:
        fake.sent.append(await request.json())
        fake.auth.append((request.headers.get("authorization", ""), request.headers.get("x-ms-content-sha256", "")))
        operation = request.headers.get("operation-id") or uuid.uuid4().hex
        location = f"{fake.url}/emails/operations/{operation}?api-version={request.query_params.get('api-version')}"
        return JSONResponse({"id": operation, "status": "Running"}, status_code=202,
                            headers={"Operation-Location": location, "Retry-After": "0"})  # fmt: skip

    async def operation(request: Request) -> JSONResponse:
        status = fake.fail or "Succeeded"
        body: dict[str, Any] = {"id": request.path_params["op"], "status": status}
        if fake.fail:
            body["error"] = {"code": "EmailDroppedAllRecipientsSuppressed", "message": "suppressed"}
        return JSONResponse(body)

    return Starlette(routes=[
        Route("/emails:send", send, methods=["POST"]),
        Route("/emails/operations/{op}", operation, methods=["GET"]),
    ])  # fmt: skip


@contextmanager
def running_fake_acs_email() -> Iterator[FakeAcsEmail]:
    fake = FakeAcsEmail()
    with serve_in_thread(build_app(fake)) as url:
        fake.url = url
        yield fake
