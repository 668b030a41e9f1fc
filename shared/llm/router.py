"""Routing: providers in priority order, per-attempt timeouts, retries with backoff, breakers, fallback.

For each provider of the task's chain (the engine last): skip it if its circuit is open or, for a
paid one, if the system budget cannot take the attempt's worst-case cost; otherwise try it up to
`max_attempts` times (a half-open probe gets one), waiting exponential backoff with jitter, or the
provider's Retry-After when that is longer, never more than `backoff_cap_s` (a longer Retry-After
moves on to the next provider at once). Every attempt is recorded as a usage record.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from shared import telemetry
from shared.errors import Unavailable
from shared.experiments import repo as experiment_repo
from shared.experiments.choose import Choice, choose
from shared.llm.breaker import Admission, CircuitBreakers, breaker_id
from shared.llm.configs import chain, list_configs, provider_for
from shared.llm.providers.base import Provider
from shared.llm.providers.engine import ENGINE_CONFIG
from shared.llm.types import Completion, CompletionRequest, ProviderConfig, ProviderError, Task
from shared.quota import budget, usage
from shared.quota.prices import PriceTable, get_prices
from shared.quota.reservations import Companion, to_micro

if TYPE_CHECKING:
    from shared.bootstrap import Services

log = logging.getLogger("vigor.llm")
CHARS_PER_TOKEN = 3  # conservative: real prompts average about 4


@dataclass(frozen=True)
class RoutePolicy:
    max_attempts: int = 2
    backoff_base_s: float = 0.5
    backoff_cap_s: float = 8.0
    first_token_timeout_s: float = 8.0


@dataclass
class Caller:
    user_id: str
    tier: str
    task: str
    spent_usd: float = 0.0  # every attempt's cost, invalid answers included (settled on the user's quota)
    paid: bool = True  # False: the user's budget cannot take a paid attempt, only the engine may answer
    external: bool = True  # False: the user has not opted in to external AI providers: the engine only
    deadline: float | None = None  # time.monotonic() past which no paid attempt starts or runs on (`remaining`)
    chain: list[ProviderConfig] | None = None  # the providers `Router.choose` picked (None: the task's chain)
    head_prompt: str = ""  # added to the system prompt for the chain's first provider (an experiment's version)

    def remaining(self, config: ProviderConfig) -> float:
        """Seconds this attempt at `config` may take: its own timeout, cut to the request's deadline (paid only)."""
        if self.deadline is None or not config.paid:
            return config.timeout_s
        return min(config.timeout_s, self.deadline - time.monotonic())

    def out_of_time(self, config: ProviderConfig, after: float = 0.0) -> bool:
        """A paid attempt at `config`, `after` seconds from now, would have less than `MIN_ATTEMPT_S` left."""
        return self.deadline is not None and config.paid and self.deadline - time.monotonic() - after < MIN_ATTEMPT_S


MIN_ATTEMPT_S = 1.0  # a paid attempt with less time than this left is not started: the engine answers instead


@dataclass
class Attempt:
    completion: Completion
    cost_usd: float
    value: Any
    errors: list[str]


@dataclass
class Routed:
    value: Any
    completion: Completion
    config: ProviderConfig
    depth: int
    cost_usd: float
    rejected: tuple[str, ...] = ()  # providers that answered but whose answers failed the check (after a repair)
    repaired: bool = False  # the accepted answer came from the repair round


@dataclass
class Prepaid:
    """The budget for the first attempt at the chain's first (paid) provider, reserved with the user's quota.

    The gateway takes it in the same store call as the request's quota reservation, so the common
    path makes one reservation write instead of two. The first attempt at that provider uses it
    (or, when the companion was refused, skips the provider as over budget); later attempts reserve
    their own. If no attempt used a kept one, `release` gives it back.
    """

    config_id: str
    model: str
    micro: int
    companion: Companion
    used: bool = False

    def take(self, config: ProviderConfig) -> int | None:
        """The micro-dollars held for this attempt (None: over budget), or -1 when it is not for it."""
        if self.used or self.config_id != config.id or self.model != config.model:
            return -1
        if self.companion.outcome not in ("kept", "refused"):
            return -1
        self.used = True
        return self.micro if self.companion.outcome == "kept" else None

    @property
    def unused(self) -> bool:
        return not self.used and self.companion.outcome == "kept"


# A check returns (value, []) to accept an answer or (None, errors) to ask for one repair.
Check = Callable[[Completion], tuple[Any, list[str]]]
Repair = Callable[[CompletionRequest, Completion, list[str]], CompletionRequest]


def backoff(attempt: int, policy: RoutePolicy, retry_after: float | None) -> float | None:
    """Seconds to wait before retry number `attempt + 1`, or None to give up on this provider."""
    delay: float = min(policy.backoff_cap_s, policy.backoff_base_s * 2**attempt) * random.uniform(0.5, 1.0)
    if retry_after is not None:
        if retry_after > policy.backoff_cap_s:
            return None
        delay = max(delay, retry_after)
    return delay


def prompt_tokens(request: CompletionRequest) -> int:
    """The prompt's tokens at a conservative rate (for reservations, and costing when a provider sent no usage)."""
    chars = len(request.system) + sum(len(m.content) for m in request.messages)
    return chars // CHARS_PER_TOKEN + 16


def text_tokens(text: str) -> int:
    """Tokens of received text at the same conservative rate (at least one for any text)."""
    return -(-len(text) // CHARS_PER_TOKEN)


def estimate_usd(prices: PriceTable, config: ProviderConfig, request: CompletionRequest) -> float:
    """Worst-case cost of one attempt: the prompt at a conservative token rate plus every output token."""
    out = min(request.max_output_tokens, config.max_output_tokens)
    return prices.cost(config.model, prompt_tokens(request), out)


class Bookkeeping:
    """Runs after-the-call writes (usage records, settlements) in the background when `deferred`.

    Reservations are taken before a call, so deferring their settlement never lets anything through
    that should not pass; it only takes the writes off the user's wait. `drain()` waits for them.
    """

    def __init__(self, deferred: bool) -> None:
        self.deferred = deferred
        self._tasks: set[asyncio.Task[None]] = set()

    async def later(self, work: Awaitable[None]) -> None:
        if not self.deferred:
            await work
            return
        task = asyncio.ensure_future(self._guarded(work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _guarded(work: Awaitable[None]) -> None:
        try:
            await work
        except Exception as exc:  # a lost record must not surface in some other request
            log.error("deferred LLM bookkeeping failed: %s", type(exc).__name__)

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)


class Router:
    def __init__(
        self, services: Services, policy: RoutePolicy, breakers: CircuitBreakers,
        bookkeeping: Bookkeeping | None = None,
    ) -> None:  # fmt: skip
        self.services = services
        self.store = services.store
        self.policy = policy
        self.breakers = breakers
        self.bookkeeping = bookkeeping or Bookkeeping(deferred=False)

    async def plan_chain(self, task: str, external: bool = True) -> list[ProviderConfig]:
        """The task's providers in order, the engine last; only the engine when `external` is False (the user
        has not opted in to sending their data to an external AI provider)."""
        if not external:
            return [ENGINE_CONFIG]
        return chain(await list_configs(self.services), task)  # type: ignore[arg-type]

    async def choose(self, task: Task, external: bool, user_id: str, tier: str, context: str) -> Choice:
        """This request's providers and experiment arm (`shared.experiments.choose`)."""
        if not external:
            return Choice([ENGINE_CONFIG])
        listing = await experiment_repo.listing(self.services)
        configs = await list_configs(self.services)
        return choose(configs, listing.experiments, listing.rules, task, tier, user_id, context,
                      self.services.clock(), external)  # fmt: skip

    async def prepay(
        self, task: str, request: CompletionRequest, external: bool = True, chain: list[ProviderConfig] | None = None
    ) -> Prepaid | None:
        """A budget reservation to take with the quota for the first provider, when it is paid and closed."""
        first = (chain or await self.plan_chain(task, external))[0]
        if not first.paid or await self.breakers.state(breaker_id(first.id, first.model)) != "closed":
            return None
        estimate = estimate_usd(await get_prices(self.services), first, request)
        companion = await budget.spend_companion(self.services, estimate)
        return Prepaid(first.id, first.model, to_micro(estimate), companion)

    async def release(self, prepaid: Prepaid | None) -> None:
        """Give back a prepaid budget reservation that no attempt used."""
        if prepaid is not None and prepaid.unused:
            prepaid.used = True
            await self.bookkeeping.later(budget.settle_spend(self.services, prepaid.micro, 0.0))

    async def record(self, caller: Caller, config: ProviderConfig, depth: int, started: float, **fields: Any) -> None:
        rec = usage.UsageRecord(
            user_id=caller.user_id, tier=caller.tier, task=caller.task, provider=config.id, model=config.model,
            latency_ms=(time.perf_counter() - started) * 1000, fallback_depth=depth, **fields,
        )  # fmt: skip
        await self.bookkeeping.later(usage.record(self.store, rec))
        telemetry.record_llm_call(
            config.id, config.model, rec.latency_ms / 1000, input_tokens=fields.get("tokens_in", 0),
            output_tokens=fields.get("tokens_out", 0), cost_usd=fields.get("cost_usd", 0.0),
            outcome=fields.get("outcome", "ok"),
        )  # fmt: skip

    async def call_once(
        self, caller: Caller, config: ProviderConfig, provider: Provider, request: CompletionRequest, depth: int,
        check: Check | None = None, prepaid: Prepaid | None = None,
    ) -> Attempt:  # fmt: skip
        """One attempt with its timeout, budget reservation, answer check and usage record."""
        prices = await get_prices(self.services)
        reserved = 0
        if config.paid:
            held = prepaid.take(config) if prepaid is not None else -1
            if held == -1:
                held = await budget.reserve_spend(self.services, estimate_usd(prices, config, request))
            if held is None:
                raise ProviderError("budget", "system LLM budget is spent")
            reserved = held
        started = time.perf_counter()
        cost = 0.0
        try:
            async with asyncio.timeout(max(0.0, caller.remaining(config))):
                completion = await provider.complete(request)
            cost = prices.cost(config.model, completion.tokens_in, completion.tokens_out)
            caller.spent_usd += cost
            value, errors = check(completion) if check else (completion.text, [])
            await self.record(
                caller, config, depth, started, tokens_in=completion.tokens_in, tokens_out=completion.tokens_out,
                cost_usd=cost, price_as_of=prices.as_of, outcome="invalid_output" if errors else "ok",
            )  # fmt: skip
            return Attempt(completion, cost, value, errors)
        except TimeoutError:
            await self.record(caller, config, depth, started, outcome="timeout")
            raise ProviderError("timeout", "provider timed out", retryable=True) from None
        except ProviderError as exc:
            outcome = "rate_limited" if exc.kind == "rate_limited" else "error"
            await self.record(caller, config, depth, started, outcome=outcome)
            raise
        finally:
            if config.paid:
                await self.bookkeeping.later(budget.settle_spend(self.services, reserved, cost))

    async def attempts(
        self, caller: Caller, config: ProviderConfig, provider: Provider, request: CompletionRequest,
        depth: int, admission: Admission, check: Check | None, prepaid: Prepaid | None = None,
    ) -> Attempt:  # fmt: skip
        tries = 1 if admission == "probe" else max(1, self.policy.max_attempts)
        for attempt in range(tries):
            try:
                return await self.call_once(caller, config, provider, request, depth, check, prepaid)
            except ProviderError as exc:
                if exc.kind != "budget":
                    await self.breakers.failure(breaker_id(config.id, config.model), admission)
                delay = backoff(attempt, self.policy, exc.retry_after) if exc.retryable else None
                if delay is None or attempt == tries - 1 or caller.out_of_time(config, delay):
                    raise
                log.info("retrying %s in %.2fs after %s", config.id, delay, exc.kind)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def route(
        self, caller: Caller, request: CompletionRequest, check: Check | None = None, repair: Repair | None = None,
        prepaid: Prepaid | None = None,
    ) -> Routed:  # fmt: skip
        """The first acceptable answer along the chain; Unavailable if none (the engine failing too).

        `prepaid` (see `prepay`) is used by the first attempt at its provider; the caller releases it after.
        """
        rejected: list[str] = []
        providers = caller.chain if caller.chain is not None else await self.plan_chain(caller.task, caller.external)
        for depth, config in enumerate(providers):
            asked = request
            if depth == 0 and caller.head_prompt:
                asked = dataclasses.replace(request, system=request.system + caller.head_prompt)
            if config.paid and not caller.paid:
                continue
            if caller.out_of_time(config):
                # The person has waited long enough: the free engine answers now (the Static Web App cuts a
                # backend call at about 45 s, and two slow providers with retries took longer).
                log.warning("request deadline reached before %s; falling back", config.id)
                telemetry.record_llm_fallback(config.id, "next", "deadline")
                continue
            bid = breaker_id(config.id, config.model)
            admission: Admission = await self.breakers.admit(bid) if config.paid else "closed"
            if admission == "denied":
                continue
            try:
                provider = await provider_for(self.services, config)
                first = await self.attempts(caller, config, provider, asked, depth, admission, check, prepaid)
                result = first
                if first.errors and repair is not None:
                    log.info("repairing %s answer (%d problems)", config.id, len(first.errors))
                    fixed_request = repair(asked, first.completion, first.errors)
                    result = await self.call_once(caller, config, provider, fixed_request, depth, check)
                if result.errors:
                    log.warning("%s gave an invalid answer twice; falling back", config.id)
                    telemetry.record_llm_fallback(config.id, "next", "invalid")
                    rejected.append(config.id)
                    await self.breakers.failure(bid, admission)
                    continue
            except ProviderError as exc:
                log.warning("provider %s failed (%s); falling back", config.id, exc.kind)
                telemetry.record_llm_fallback(config.id, "next", exc.kind)
                continue
            except Exception as exc:  # an unexpected adapter bug must not stop the fallback
                log.exception("provider %s raised %s; falling back", config.id, type(exc).__name__)
                telemetry.record_llm_fallback(config.id, "next", "exception")
                await self.breakers.failure(bid, admission)
                continue
            if config.paid:
                await self.breakers.success(bid, admission)
            return Routed(
                value=result.value,
                completion=result.completion,
                config=config,
                depth=depth,
                cost_usd=caller.spent_usd,
                rejected=tuple(rejected),
                repaired=result is not first,
            )
        raise Unavailable("No AI provider could answer right now; please try again shortly.")
