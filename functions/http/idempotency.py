"""The Idempotency-Key header of POSTs that create something, and replaying what they answered."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

from fastapi import Header, Response
from pydantic import BaseModel

from functions.http.responses import problem
from shared import idempotency
from shared.bootstrap import Services

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key", min_length=1, max_length=255, pattern=r"^[\x21-\x7e]+$",
        description="Any unique string per intended request (a UUID). A retry with the same key within 24 h "
        "returns the original response (status and body) and creates nothing more; concurrent duplicates "
        "create one; reusing the key for a different request is 409.",
    ),
]  # fmt: skip
KEY_CONFLICT = problem(409, "The Idempotency-Key was used for a different request, or its first use is still running")
M = TypeVar("M", bound=BaseModel)
_REPLAYED_HEADERS = ("Location", "ETag")


async def once(
    services: Services, user_id: str, key: str | None, operation: str, request: BaseModel, response: Response,
    created: int, model: type[M], make: Callable[[], Awaitable[M]],
) -> M:  # fmt: skip
    """Run `make` (which may set `response`'s status and headers; else the status is `created`) once per
    key; replays and concurrent duplicates answer the same status, body and Location / ETag."""
    if key is None:
        return await make()

    async def run() -> idempotency.Outcome:
        made = await make()
        headers = {h: response.headers[h] for h in _REPLAYED_HEADERS if h in response.headers}
        return idempotency.Outcome(response.status_code or created, made.model_dump(mode="json"), headers)

    outcome = await idempotency.once(services.store, user_id, key, operation, request.model_dump(mode="json"), run)
    response.status_code = outcome.status
    for name, value in outcome.headers.items():
        response.headers[name] = value
    return model.model_validate(outcome.body)
