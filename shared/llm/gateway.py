"""The gateway's entry points: what the rest of Vigor calls to use an LLM.

Each call reserves the caller's quota first: one request and the call's worst-case dollars
(LimitExceeded → 429 when either is used up). It answers from the cache when an identical request
was answered recently, otherwise routes over the providers (see `shared.llm.router`), then settles
the reservation with the real cost; a call that fails, or a text the built-in coach wrote (no AI ran),
releases its reservation.

    result = await gateway.generate_plan(services, principal, profile, overrides)
    reply = await gateway.chat(services, principal, "How heavy next time?", figures={...})
    async for event in gateway.chat_stream(services, principal, "..."): ...
    text = await gateway.complete_text(services, principal, task="daily_message", figures={...})
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from shared.bootstrap import Services
from shared.experiments import outcomes
from shared.experiments.choose import Choice
from shared.identity.principal import Principal
from shared.llm import cache, prompts
from shared.llm.breaker import BreakerPolicy, CircuitBreakers
from shared.llm.router import Bookkeeping, Caller, Prepaid, Routed, RoutePolicy, Router
from shared.llm.streaming import ChatStreamer
from shared.llm.structured import check_plan, with_source
from shared.llm.types import Completion, CompletionRequest, Message, ProviderConfig, Task
from shared.llm.worst_case import worst_case_usd
from shared.plans.schema import Plan
from shared.quota import reservations, usage
from shared.quota.prices import get_prices
from shared.quota.tiers import get_limits


@dataclass
class PlanResult:
    plan: Plan
    provider: str
    model: str
    fallback_depth: int
    cached: bool
    repairs: tuple[str, ...] = ()  # what Vigor's checks changed in the writer's plan, in plain words
    rejected: tuple[str, ...] = ()  # providers whose plans failed Vigor's checks before this one was taken
    experiment: str = ""  # "<experiment id>/<variant>" the request ran under ("" for none)


@dataclass
class TextResult:
    text: str
    provider: str
    model: str
    fallback_depth: int
    cached: bool
    experiment: str = ""  # "<experiment id>/<variant>" the request ran under ("" for none)
    cache_key: tuple[str, str] | None = None  # where the answer is cached (None: not cached), for `forget`


@dataclass
class _Held:
    reservation: reservations.Reservation
    cost_usd: float = 0.0
    paid: bool = True  # may a paid provider answer (False: an adopted hold the budget cannot top up)
    engine: bool = False  # the built-in engine answered: no AI ran, so nothing counts against the quota


def _repair(request: CompletionRequest, answer: Completion, errors: list[str]) -> CompletionRequest:
    turn = [
        Message("assistant", answer.text[: prompts.MAX_USER_CHARS * 4]),
        Message("user", prompts.repair_prompt(errors)),
    ]
    return dataclasses.replace(request, messages=[*request.messages, *turn])


class Gateway:
    """The gateway bound to one Services (its store and settings); see the module docstring."""

    def __init__(self, services: Services) -> None:
        s = services.settings
        self.services = services
        self.store = services.store
        self.settings = s
        self.breakers = CircuitBreakers(
            services.store,
            BreakerPolicy(
                failures=s.llm_breaker_failures, failure_rate=s.llm_breaker_failure_rate,
                min_calls=s.llm_breaker_min_calls, window_s=s.llm_breaker_window_s, cooldown_s=s.llm_breaker_cooldown_s,
            ),
        )  # fmt: skip
        self.policy = RoutePolicy(
            max_attempts=s.llm_max_attempts, backoff_base_s=s.llm_backoff_base_s,
            backoff_cap_s=s.llm_backoff_cap_s, first_token_timeout_s=s.llm_first_token_timeout_s,
        )  # fmt: skip
        self.bookkeeping = Bookkeeping(deferred=s.llm_defer_accounting)
        self.router = Router(services, self.policy, self.breakers, self.bookkeeping)
        self.streamer = ChatStreamer(services, self.router, self.breakers, self.bookkeeping, self.policy)

    async def drain(self) -> None:
        """Wait for deferred usage records and settlements (shutdown, tests)."""
        await self.bookkeeping.drain()

    async def reserve_usd(
        self, request: CompletionRequest | None, external: bool = True, chain: list[ProviderConfig] | None = None
    ) -> float:
        """What the user's reservation holds for `request`: the call's worst case along the task's chain
        (`shared.llm.worst_case`; plans with their repair), never less than `llm_reserve_usd`; None is a
        cache hit (nothing to pay, the floor is held and settled to $0)."""
        floor = self.settings.llm_reserve_usd
        if request is None:
            return floor
        chain = chain or await self.router.plan_chain(request.task, external)
        prices = await get_prices(self.services)
        return max(floor, worst_case_usd(prices, chain, request, repair=request.task == "plan"))

    @asynccontextmanager
    async def quota(
        self, principal: Principal, idempotency_key: str | None = None, prepaid: Prepaid | None = None,
        request: CompletionRequest | None = None, chain: list[ProviderConfig] | None = None,
    ) -> AsyncIterator[_Held]:  # fmt: skip
        """Reserve one request and its worst-case cost before the call; settle with the real cost after,
        or release on failure, so concurrent calls cannot together take the user past a limit.

        `idempotency_key` (a job id) charges a redelivered request once: see `reservations.reserve`. A
        hold taken earlier under it is adopted and raised to this call's worst case; when the budget
        cannot take that, `held.paid` is False and only the engine answers (the job was accepted).
        `prepaid` (from `Router.prepay`) is the first paid provider's budget reservation, taken in
        the same store call; whatever of it no attempt used is given back on the way out. `request`
        sizes the reservation (`reserve_usd`; None for an answer served from the cache).
        """
        limits = await get_limits(self.services, principal.tier)
        estimate = await self.reserve_usd(request, principal.ai_providers, chain)
        held = _Held(
            await reservations.reserve(
                self.store, principal.user_id, limits, estimate,
                idempotency_key=idempotency_key, companion=prepaid.companion if prepaid is not None else None,
            )
        )  # fmt: skip
        if held.reservation.adopted:  # held already (a plan job's door, a delivery that died): size it to this call
            held.paid = await reservations.top_up(self.store, held.reservation, limits, estimate)
        try:
            yield held
        except BaseException:
            await reservations.release(self.store, held.reservation)
            raise
        finally:
            await self.router.release(prepaid)
        if held.engine:  # the built-in coach or planner answered: the request is given back, a keyed hold too
            await reservations.release(self.store, held.reservation)
            if held.reservation.adopted and held.reservation.key is not None:
                await reservations.release_hold(self.store, principal.user_id, held.reservation.key)
            return
        await self.bookkeeping.later(reservations.settle(self.store, held.reservation, held.cost_usd))

    async def _cache_key(
        self, task: Task, inputs: Any, user_id: str | None, external: bool = True, choice: Choice | None = None
    ) -> tuple[str, str] | None:
        """The answer's cache key under the request's provider chain and prompt version (None when the cache is off).

        Another instance sees an admin's provider edit within the config cache's TTL (2 s).
        """
        if self.settings.llm_cache_ttl_s <= 0:
            return None
        chain = choice.chain if choice is not None else await self.router.plan_chain(task, external)
        version = cache.chain_version(chain) + (choice.head_prompt if choice is not None else "")
        return cache.cache_key(task, inputs, user_id, version)

    async def _observe(self, principal: Principal, choice: Choice, routed: Routed, started: float) -> None:
        """Count the request's outcome for its experiment arm (none outside an experiment)."""
        if choice.arm is None:
            return
        head = choice.chain[0] if choice.chain else None
        variant_rejected = head is not None and head.id == choice.arm.provider and head.id in routed.rejected
        await self.bookkeeping.later(outcomes.answered(
            self.store, choice.arm, principal.user_id, self.services.clock().date(), provider=routed.config.id,
            model=routed.config.model, rejected=variant_rejected, repaired=routed.repaired,
            latency_ms=(time.perf_counter() - started) * 1000, cost_usd=routed.cost_usd,
        ))  # fmt: skip

    async def _lookup(self, key: tuple[str, str] | None) -> tuple[dict[str, Any], float] | None:
        """A cached answer and when the lookup started (None when the cache is off or has none); records nothing."""
        if key is None:
            return None
        started = time.perf_counter()
        hit = await cache.lookup(self.store, key)
        return (hit, started) if hit is not None else None

    async def _served_from_cache(self, principal: Principal, task: str, found: tuple[dict[str, Any], float]) -> None:
        hit, started = found
        rec = usage.UsageRecord(
            user_id=principal.user_id, tier=principal.tier, task=task, provider=str(hit.get("provider", "")),
            model=str(hit.get("model", "")), outcome="cache_hit", cache_hit=True,
            latency_ms=(time.perf_counter() - started) * 1000,
        )  # fmt: skip
        await self.bookkeeping.later(usage.record(self.store, rec))

    async def _remember(self, key: tuple[str, str] | None, config: ProviderConfig, answer: dict[str, Any]) -> None:
        """Cache a provider's answer; never the engine's (an offline or fallback answer must not outlive the
        outage or stand in for a provider an admin adds later)."""
        if key is not None and config.paid:
            await cache.save(self.store, key, answer, self.settings.llm_cache_ttl_s)

    async def generate_plan(
        self, principal: Principal, profile: Any, overrides: Any = None, *, idempotency_key: str | None = None
    ) -> PlanResult:
        """A validated plan: the best provider's, repaired once if needed, else the engine's."""
        inputs = {
            "profile": profile.model_dump(mode="json"),
            "overrides": overrides.model_dump(mode="json") if overrides is not None else None,
        }
        from shared.llm import plan_prompt  # the plan modules stay out of the cold start's imports

        request = await plan_prompt.plan_request(self.store, principal.user_id, profile, overrides)
        # The prompt carries the recent training summary: a session logged since makes a new key.
        inputs["prompt"] = [m.content for m in request.messages]
        external = principal.ai_providers
        started = time.perf_counter()
        choice = await self.router.choose("plan", external, principal.user_id, principal.tier, "interactive")
        key = await self._cache_key("plan", inputs, principal.user_id, external, choice)
        found = await self._lookup(key)
        prepaid = None if found is not None else await self.router.prepay("plan", request, external, choice.chain)
        async with self.quota(
            principal, idempotency_key, prepaid, None if found is not None else request, choice.chain
        ) as held:
            if found is not None:
                await self._served_from_cache(principal, "plan", found)
                hit = found[0]
                fresh = {"id": uuid.uuid4().hex, "created_at": datetime.now(UTC)}
                plan = Plan.model_validate(hit["data"]).model_copy(update=fresh)
                return PlanResult(plan, hit["provider"], hit["model"], int(hit.get("fallback_depth", 0)), True,
                                  tuple(hit.get("repairs") or ()))  # fmt: skip
            routed = await self.router.route(
                Caller(
                    principal.user_id,
                    principal.tier,
                    "plan",
                    paid=held.paid,
                    external=external,
                    chain=choice.chain,
                    head_prompt=choice.head_prompt,
                ),
                request,
                check=lambda c: check_plan(c.text, c.data, profile, overrides),
                repair=_repair,
                prepaid=prepaid,
            )
            held.cost_usd = routed.cost_usd  # an engine plan still counts: the plan door's hold limits queued work
            config = routed.config
            checked = routed.value
            await self._remember(key, config, {"data": checked.plan.model_dump(mode="json"), "provider": config.id,
                                               "repairs": list(checked.repairs),
                                               "model": config.model, "fallback_depth": routed.depth})  # fmt: skip
            await self._observe(principal, choice, routed, started)
            label = choice.arm.label if choice.arm is not None else ""
            plan = with_source(checked.plan, config.id, config.model, label)
            return PlanResult(plan, config.id, config.model, routed.depth, False, checked.repairs, routed.rejected,
                              label)  # fmt: skip

    async def complete_text(
        self, principal: Principal, task: Task, text: str = "", *, figures: dict[str, Any] | None = None,
        history: Sequence[tuple[str, str]] = (), personal: bool = True, display_name: str = "",
        idempotency_key: str | None = None, waiting: bool = False,
    ) -> TextResult:  # fmt: skip
        """A text answer for `task` from the user's `text` (delimited) and `figures` (their real numbers).
        `waiting`: a person waits on the answer (an HTTP request): paid providers get `llm_request_deadline_s`
        in all, then the engine answers."""
        deadline = time.monotonic() + self.settings.llm_request_deadline_s if waiting else None
        request = prompts.text_request(task, text, figures, history, display_name)
        inputs = {"text": text, "figures": figures, "history": list(history)}
        external = principal.ai_providers
        started = time.perf_counter()
        context = "interactive" if waiting else "background"
        choice = await self.router.choose(task, external, principal.user_id, principal.tier, context)
        key = await self._cache_key(task, inputs, principal.user_id if personal else None, external, choice)
        found = await self._lookup(key)
        prepaid = None if found is not None else await self.router.prepay(task, request, external, choice.chain)
        async with self.quota(
            principal, idempotency_key, prepaid, None if found is not None else request, choice.chain
        ) as held:
            if found is not None:
                await self._served_from_cache(principal, task, found)
                hit = found[0]
                return TextResult(hit["text"], hit["provider"], hit["model"], int(hit.get("fallback_depth", 0)), True,
                                  cache_key=key)  # fmt: skip
            caller = Caller(principal.user_id, principal.tier, task, paid=held.paid, external=external,
                            deadline=deadline, chain=choice.chain, head_prompt=choice.head_prompt)  # fmt: skip
            routed = await self.router.route(caller, request, prepaid=prepaid)
            held.cost_usd, held.engine = routed.cost_usd, not routed.config.paid
            config = routed.config
            await self._remember(key, config, {"text": routed.value, "provider": config.id, "model": config.model,
                                               "fallback_depth": routed.depth})  # fmt: skip
            await self._observe(principal, choice, routed, started)
            label = choice.arm.label if choice.arm is not None else ""
            return TextResult(routed.value, config.id, config.model, routed.depth, False, label,
                              key if config.paid else None)  # fmt: skip


async def forget(services: Services, result: TextResult) -> None:
    """Drop `result` from the answer cache: an answer the safety rules stopped is neither kept nor served again."""
    if result.cache_key is not None:
        await cache.forget(services.store, result.cache_key)


def gateway_for(services: Services) -> Gateway:
    """The gateway of these services (`Services.gateway`: one per Services, so breaker caches and
    deferred bookkeeping are shared by everything that instance serves)."""
    return services.gateway


async def generate_plan(
    services: Services, principal: Principal, profile: Any, overrides: Any = None, *,
    idempotency_key: str | None = None,
) -> PlanResult:  # fmt: skip
    return await gateway_for(services).generate_plan(principal, profile, overrides, idempotency_key=idempotency_key)


async def chat(
    services: Services, principal: Principal, message: str, *, history: Sequence[tuple[str, str]] = (),
    figures: dict[str, Any] | None = None,
) -> TextResult:  # fmt: skip
    return await gateway_for(services).complete_text(
        principal, "chat", message, figures=figures, history=history, waiting=True
    )


async def complete_text(
    services: Services, principal: Principal, *, task: Task, text: str = "", figures: dict[str, Any] | None = None,
    personal: bool = True, display_name: str = "", history: Sequence[tuple[str, str]] = (),
    idempotency_key: str | None = None, waiting: bool = False,
) -> TextResult:  # fmt: skip
    return await gateway_for(services).complete_text(
        principal, task, text, figures=figures, personal=personal, display_name=display_name, history=history,
        idempotency_key=idempotency_key, waiting=waiting,
    )  # fmt: skip


def chat_stream(
    services: Services, principal: Principal, message: str, *, history: Sequence[tuple[str, str]] = (),
    figures: dict[str, Any] | None = None,
) -> AsyncIterator[Any]:  # fmt: skip
    """Server-sent-event-ready events: `token`, then `done` (or `error` with the partial text kept)."""
    return gateway_for(services).streamer.stream(principal, message, history, figures)
