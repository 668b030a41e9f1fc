"""Streaming chat with fallback: a provider that sends no first token in time is abandoned for the next.

Once a token has reached the user the answer is committed to that provider: if its stream breaks
later, the stream ends with an `error` event carrying the partial text and `partial=True`, so the
caller keeps it, marked, instead of silently mixing two providers' answers.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from shared.llm.breaker import Admission, breaker_id
from shared.llm.configs import provider_for
from shared.llm.prompts import text_request
from shared.llm.router import Caller, estimate_usd
from shared.llm.types import CompletionRequest, ProviderConfig, ProviderError, StreamDelta
from shared.quota import budget, reservations
from shared.quota.prices import get_prices
from shared.quota.tiers import get_limits

if TYPE_CHECKING:
    from shared.bootstrap import Services
    from shared.identity.principal import Principal
    from shared.llm.breaker import CircuitBreakers
    from shared.llm.router import Bookkeeping, RoutePolicy, Router

log = logging.getLogger("vigor.llm")


@dataclass
class StreamEvent:
    event: Literal["token", "done", "error"]
    text: str = ""
    provider: str = ""
    model: str = ""
    fallback_depth: int = 0
    partial: bool = False


class _Failed(Exception):
    def __init__(self, outcome: str) -> None:
        self.outcome = outcome


async def _next(stream: AsyncIterator[StreamDelta], wait_s: float) -> StreamDelta | None:
    try:
        async with asyncio.timeout(wait_s):
            return await anext(stream)
    except StopAsyncIteration:
        return None
    except TimeoutError:
        raise _Failed("timeout") from None
    except ProviderError as exc:
        raise _Failed("rate_limited" if exc.kind == "rate_limited" else "error") from None


@dataclass
class ChatStreamer:
    """The gateway's streaming path, with its collaborators given explicitly (the gateway builds it
    with its own router, breakers, bookkeeping and policy, so both paths share them)."""

    services: Services
    router: Router
    breakers: CircuitBreakers
    bookkeeping: Bookkeeping
    policy: RoutePolicy

    async def stream(
        self, principal: Principal, message: str, history: Sequence[tuple[str, str]], figures: dict[str, Any] | None
    ) -> AsyncIterator[StreamEvent]:
        request = text_request("chat", message, figures, history)
        caller = Caller(principal.user_id, principal.tier, "chat")
        limits = await get_limits(self.services, principal.tier)
        reservation = await reservations.reserve(
            self.services.store, principal.user_id, limits, self.services.settings.llm_reserve_usd
        )
        delivered = False
        try:
            for depth, config in enumerate(await self.router.plan_chain("chat")):
                bid = breaker_id(config.id, config.model)
                admission: Admission = await self.breakers.admit(bid) if config.paid else "closed"
                if admission == "denied":
                    continue
                async for event in self._one_provider(caller, config, request, depth, admission):
                    delivered = delivered or event.event == "token"
                    yield event
                if delivered:
                    return
            yield StreamEvent("error", text="", partial=False)
        finally:
            if delivered:
                await self.bookkeeping.later(reservations.settle(self.services.store, reservation, caller.spent_usd))
            else:
                await reservations.release(self.services.store, reservation)

    async def _one_provider(
        self, caller: Caller, config: ProviderConfig, request: CompletionRequest, depth: int, admission: Admission
    ) -> AsyncIterator[StreamEvent]:
        """This provider's events; yields nothing when it failed before its first token (fall back)."""
        prices = await get_prices(self.services)
        reserved = 0
        if config.paid:
            held = await budget.reserve_spend(self.services, estimate_usd(prices, config, request))
            if held is None:
                return
            reserved = held
        started = time.perf_counter()
        parts: list[str] = []
        tokens_in = tokens_out = 0
        outcome, cost = "ok", 0.0
        stream: AsyncIterator[StreamDelta] | None = None
        try:
            provider = await provider_for(self.services, config)
            stream = provider.stream(request)
            timeout = self.policy.first_token_timeout_s
            while True:
                try:
                    delta = await _next(stream, timeout)
                except _Failed as exc:
                    outcome = exc.outcome if not parts else "cut"
                    break
                if delta is None:
                    outcome = "ok" if parts else "error"
                    break
                tokens_in = delta.tokens_in if delta.tokens_in is not None else tokens_in
                tokens_out = delta.tokens_out if delta.tokens_out is not None else tokens_out
                if delta.text:
                    parts.append(delta.text)
                    timeout = config.timeout_s
                    yield StreamEvent(
                        "token", text=delta.text, provider=config.id, model=config.model, fallback_depth=depth
                    )
            text = "".join(parts)
            if outcome == "cut" and not tokens_out:
                tokens_in = tokens_in or sum(len(m.content) for m in request.messages) // 4
                tokens_out = len(text) // 4
            cost = prices.cost(config.model, tokens_in, tokens_out)
            caller.spent_usd += cost
            if parts:
                final: Literal["done", "error"] = "done" if outcome == "ok" else "error"
                yield StreamEvent(final, text=text, provider=config.id, model=config.model, fallback_depth=depth,
                                  partial=final == "error")  # fmt: skip
        finally:
            if stream is not None and hasattr(stream, "aclose"):
                await stream.aclose()
            await self.router.record(caller, config, depth, started, tokens_in=tokens_in, tokens_out=tokens_out,
                                   cost_usd=cost, price_as_of=prices.as_of, outcome=outcome)  # fmt: skip
            if config.paid:
                await self.bookkeeping.later(budget.settle_spend(self.services, reserved, cost))
                bid = breaker_id(config.id, config.model)
                if outcome == "ok":
                    await self.breakers.success(bid, admission)
                else:
                    log.warning("stream from %s ended with %s", config.id, outcome)
                    await self.breakers.failure(bid, admission)
