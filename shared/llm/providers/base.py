"""The provider interface every adapter subclasses (in the manner of simonw/llm's Model classes)."""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator
from typing import ClassVar

from shared.llm.types import Completion, CompletionRequest, ProviderConfig, ProviderError, StreamDelta


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds form; HTTP dates are treated as absent)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def status_error(status: int, retry_after: float | None = None) -> ProviderError:
    """Map an HTTP status to a ProviderError, naming only the status (bodies may echo secrets)."""
    if status == 429:
        return ProviderError("rate_limited", "provider rate limited (429)", retryable=True, retry_after=retry_after)
    if status in (401, 403):
        return ProviderError("auth", f"provider refused the credentials ({status})")
    if status == 408 or status >= 500:
        return ProviderError("server", f"provider error ({status})", retryable=True, retry_after=retry_after)
    return ProviderError("client", f"provider rejected the request ({status})")


class Provider(abc.ABC):
    """A model endpoint. Subclasses implement `complete` and `stream`; the gateway owns retries and timeouts."""

    kind: ClassVar[str]

    def __init__(self, config: ProviderConfig, api_key: str = "") -> None:
        self.config = config
        self._api_key = api_key

    def __repr__(self) -> str:  # never shows the key
        return f"{type(self).__name__}(id={self.config.id!r}, model={self.config.model!r})"

    @property
    def paid(self) -> bool:
        return self.config.paid

    @abc.abstractmethod
    async def complete(self, request: CompletionRequest) -> Completion:
        """One attempt; raise ProviderError on failure."""

    @abc.abstractmethod
    def stream(self, request: CompletionRequest) -> AsyncIterator[StreamDelta]:
        """Yield text deltas, then the finish reason and usage totals the provider sent; raise ProviderError
        on failure. A stream that ends without a `finish` is treated as cut (see `StreamDelta`)."""

    def prepare(self) -> None:  # noqa: B027 - optional hook
        """Import the SDK and build the client now, outside any per-attempt timeout (cold start)."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release HTTP connections."""
