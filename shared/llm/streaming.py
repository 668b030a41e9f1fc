"""Streaming chat with fallback: a provider that sends no first token in time is abandoned for the next.

Once a token has reached the user the answer is committed to that provider: if its stream breaks
later, the stream ends with an `error` event carrying the partial text and `partial=True`, so the
caller keeps it, marked, instead of silently mixing two providers' answers. A stream is whole only
when the provider says so (finish reason `stop`): one whose body simply ends without a finish is cut
the same way, and one ended for `length` (max tokens) or a filter is partial too. The user's
reservation holds the stream's worst case (`shared.llm.worst_case`) until it is settled.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from shared.experiments import outcomes
from shared.llm.breaker import Admission, breaker_id
from shared.llm.configs import provider_for
from shared.llm.prompts import text_request
from shared.llm.router import Caller, estimate_usd, prompt_tokens, text_tokens
from shared.llm.types import FINISHED, CompletionRequest, ProviderConfig, ProviderError, StreamDelta
from shared.llm.worst_case import worst_case_usd
from shared.quota import budget, reservations
from shared.quota.prices import get_prices
from shared.quota.tiers import get_limits
from shared.quota.usage import Outcome

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
    experiment: str = ""  # "<experiment id>/<variant>" the answer was asked under ("" for none)


class _Failed(Exception):
    def __init__(self, outcome: Outcome) -> None:
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
        caller = Caller(principal.user_id, principal.tier, "chat", external=principal.ai_providers)
        limits = await get_limits(self.services, principal.tier)
        choice = await self.router.choose("chat", principal.ai_providers, principal.user_id, principal.tier,
                                          "interactive")  # fmt: skip
        chain = choice.chain
        label = choice.arm.label if choice.arm is not None else ""
        started = time.perf_counter()
        worst = worst_case_usd(await get_prices(self.services), chain, request, repair=False)
        reservation = await reservations.reserve(
            self.services.store, principal.user_id, limits, max(self.services.settings.llm_reserve_usd, worst)
        )
        delivered = paid = False
        try:
            for depth, config in enumerate(chain):
                bid = breaker_id(config.id, config.model)
                admission: Admission = await self.breakers.admit(bid) if config.paid else "closed"
                if admission == "denied":
                    continue
                asked = request
                if depth == 0 and choice.head_prompt:
                    asked = dataclasses.replace(request, system=request.system + choice.head_prompt)
                async with aclosing(self._one_provider(caller, config, asked, depth, admission)) as events:
                    async for event in events:  # closed before the settlement below, so its cost is counted
                        if event.event == "token" and not delivered:
                            delivered, paid = True, config.paid
                        event.experiment = label
                        yield event
                if delivered:
                    if choice.arm is not None:
                        await self.bookkeeping.later(outcomes.answered(
                            self.services.store, choice.arm, principal.user_id, self.services.clock().date(),
                            provider=config.id, model=config.model, rejected=False, repaired=False,
                            latency_ms=(time.perf_counter() - started) * 1000, cost_usd=caller.spent_usd,
                        ))  # fmt: skip
                    return
            yield StreamEvent("error", text="", partial=False)
        finally:
            if delivered and paid:
                await self.bookkeeping.later(reservations.settle(self.services.store, reservation, caller.spent_usd))
            else:  # nothing delivered, or the built-in coach answered (no AI ran): the request is given back
                await reservations.release(self.services.store, reservation)

    async def _one_provider(
        self, caller: Caller, config: ProviderConfig, request: CompletionRequest, depth: int, admission: Admission
    ) -> AsyncGenerator[StreamEvent, None]:
        """This provider's events; yields nothing when it failed before its first token (fall back).

        Whatever arrived is costed, from the provider's usage or, when it sent none, estimated from the
        prompt and the text received, also when the reader stops early (a client that went away).
        """
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
        finish: str | None = None
        outcome: Outcome = "cut"  # stays so if the reader stops mid-answer
        ended, cost = False, 0.0
        stream: AsyncIterator[StreamDelta] | None = None

        def costed() -> float:
            nonlocal tokens_in, tokens_out
            if parts:  # never $0 for text received: estimate what the provider did not report
                tokens_in = tokens_in or prompt_tokens(request)
                tokens_out = tokens_out or text_tokens("".join(parts))
            spent = prices.cost(config.model, tokens_in, tokens_out)
            caller.spent_usd += spent
            return spent

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
                    outcome = _ending(bool(parts), finish)
                    break
                finish = delta.finish or finish
                tokens_in = delta.tokens_in if delta.tokens_in is not None else tokens_in
                tokens_out = delta.tokens_out if delta.tokens_out is not None else tokens_out
                if delta.text:
                    parts.append(delta.text)
                    timeout = config.timeout_s
                    yield StreamEvent(
                        "token", text=delta.text, provider=config.id, model=config.model, fallback_depth=depth
                    )
            ended, cost = True, costed()
            if parts:
                final: Literal["done", "error"] = "done" if outcome == "ok" else "error"
                yield StreamEvent(final, text="".join(parts), provider=config.id, model=config.model,
                                  fallback_depth=depth, partial=final == "error")  # fmt: skip
        finally:
            if stream is not None and hasattr(stream, "aclose"):
                await stream.aclose()
            if not ended:
                cost = costed()
            await self.router.record(caller, config, depth, started, tokens_in=tokens_in, tokens_out=tokens_out,
                                   cost_usd=cost, price_as_of=prices.as_of, outcome=outcome)  # fmt: skip
            if config.paid:
                await self.bookkeeping.later(budget.settle_spend(self.services, reserved, cost))
                await self._judge(config, admission, outcome, ended)

    async def _judge(self, config: ProviderConfig, admission: Admission, outcome: Outcome, ended: bool) -> None:
        """The breaker's view: a whole answer, or one the provider ended on purpose (`incomplete`: max tokens,
        a content filter), is a success; a cut or failed stream a failure; a reader who left, neither."""
        bid = breaker_id(config.id, config.model)
        if outcome in ("ok", "incomplete"):
            await self.breakers.success(bid, admission)
        elif ended:
            log.warning("stream from %s ended with %s", config.id, outcome)
            await self.breakers.failure(bid, admission)


def _ending(delivered: bool, finish: str | None) -> Outcome:
    """How a stream that ended (no error) went: `ok` only with a `stop` finish; no finish at all is `cut`."""
    if not delivered:
        return "error"
    if finish == FINISHED:
        return "ok"
    return "cut" if finish is None else "incomplete"
