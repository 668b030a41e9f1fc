"""Azure Storage SDK errors (blobs and queues) as `shared.errors` types, one mapping for both adapters.

404 or a not-found code -> `AdapterNotFound`; 429/503 or a busy code -> `Throttled`; auth failures, other 5xx,
401/403 and network errors -> `Unavailable`; 413 -> `PayloadTooLarge`; a bad name or an out-of-range value ->
`InvalidInput`. Anything else is re-raised. Details name the operation, status and error code only: a message
or blob body never goes into an error (they may hold health data).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from azure.core.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    ServiceRequestError,
    ServiceResponseError,
)

from shared.errors import AdapterNotFound, InvalidInput, PayloadTooLarge, Throttled, Unavailable

_BUSY = {"ServerBusy", "OperationTimedOut"}
_TOO_LARGE = {"RequestBodyTooLarge", "MessageTooLarge"}
_INVALID = {"InvalidResourceName", "OutOfRangeInput", "OutOfRangeQueryParameterValue"}


def error_code(exc: HttpResponseError) -> str:
    """The service's error code as a string ('' when there is none; the SDK gives a str enum, a string or None)."""
    code = getattr(exc, "error_code", None)
    return str(getattr(code, "value", code) or "")


@asynccontextmanager
async def mapped_errors(what: str, not_found: frozenset[str], too_large_hint: str = "") -> AsyncIterator[None]:
    """Run the block with SDK errors translated; `what` names the operation, `not_found` the service's codes
    that mean a missing resource, `too_large_hint` is added to a 413's detail (e.g. the service's size limit)."""
    try:
        yield
    except HttpResponseError as exc:
        code, status = error_code(exc), exc.status_code or 0
        detail = f"{what}: {status} {code}".strip()
        if status == 404 or code in not_found:
            raise AdapterNotFound(detail) from exc
        if status in (429, 503) or code in _BUSY:
            raise Throttled(detail) from exc
        if isinstance(exc, ClientAuthenticationError) or status >= 500 or status in (401, 403):
            raise Unavailable(detail) from exc
        if status == 413 or code in _TOO_LARGE:
            raise PayloadTooLarge(f"{detail}{too_large_hint}") from exc
        if code in _INVALID:
            raise InvalidInput(detail) from exc
        raise
    except (ServiceRequestError, ServiceResponseError, TimeoutError, OSError) as exc:
        raise Unavailable(f"{what}: {type(exc).__name__}") from exc
