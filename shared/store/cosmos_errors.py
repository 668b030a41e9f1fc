"""Map Azure Cosmos DB SDK errors onto shared.errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import aiohttp
from azure.core.exceptions import AzureError
from azure.cosmos.exceptions import CosmosBatchOperationError, CosmosHttpResponseError

from shared.errors import (
    AdapterNotFound,
    Conflict,
    InvalidInput,
    PayloadTooLarge,
    PreconditionFailed,
    Throttled,
    Unavailable,
    VigorError,
)

_BY_STATUS: dict[int, type[VigorError]] = {
    400: InvalidInput,
    404: AdapterNotFound,
    409: Conflict,
    412: PreconditionFailed,
    413: PayloadTooLarge,
}


def _retry_after(exc: CosmosHttpResponseError) -> float:
    headers = exc.headers or {}
    try:
        return max(float(headers.get("x-ms-retry-after-ms", 1000)) / 1000, 0.0)
    except (TypeError, ValueError):
        return 1.0


def from_cosmos(exc: CosmosHttpResponseError) -> VigorError:
    """The VigorError for one HTTP error answer of Cosmos DB."""
    message = (exc.message or str(exc)).splitlines()[0][:300]
    if exc.status_code == 429:
        return Throttled(f"cosmos: {message}", retry_after=_retry_after(exc))
    kind = _BY_STATUS.get(exc.status_code or 0)
    if kind is not None:
        return kind(f"cosmos: {message}")
    # 401/403 (bad credentials), 408, 449, 5xx: the store is unusable for us right now
    return Unavailable(f"cosmos {exc.status_code}: {message}")


def batch_error(exc: CosmosBatchOperationError) -> VigorError:
    """The VigorError for a transactional batch one of whose operations failed (nothing was written):
    that operation's status (the others answer 424, failed dependency)."""
    index = exc.error_index or 0
    responses = exc.operation_responses or []
    status = int(responses[index].get("statusCode", 0)) if index < len(responses) else int(exc.status_code or 0)
    message = f"cosmos batch operation {index} failed with {status}"
    if status == 429:
        return Throttled(message, retry_after=1.0)
    kind = _BY_STATUS.get(status)
    return kind(message) if kind is not None else Unavailable(message)


@contextlib.contextmanager
def cosmos_errors() -> Iterator[None]:
    """Translate SDK and transport exceptions raised inside the block."""
    try:
        yield
    except CosmosHttpResponseError as exc:
        raise from_cosmos(exc) from exc
    except (TimeoutError, AzureError, aiohttp.ClientError, OSError) as exc:  # connection refused, DNS, TLS, timeouts
        raise Unavailable(f"cosmos unreachable: {type(exc).__name__}: {exc}") from exc
