"""Plans through the queue: the POST accepts (quota reserved, job written, message sent), the job makes the plan.

Idempotent by construction: the plan's id is the job's id, so a rerun after a crash finds the plan
already saved and does not call the gateway again; the quota is reserved at the door under the job
id, so the job's gateway call (keyed by the job id) adopts and settles that hold, a redelivered
message is charged once, and a job that fails for good gives it back; and the job service lets one
delivery at a time run the handler. When every model fails, the router answers with the engine, and the plan is
saved with its source `engine` and a warning saying so.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.bootstrap import Services
from shared.errors import Conflict, NotFound
from shared.feedback import latest as exercise_feedback
from shared.identity import consents
from shared.identity.principal import Principal
from shared.identity.profiles import load_profile
from shared.identity.records import ACCOUNT_ID, USERS
from shared.jobs import progress
from shared.jobs.service import PermanentJobError, create_job, read_job
from shared.llm import gateway
from shared.quota import reservations
from shared.quota.tiers import get_limits
from shared.store import containers
from shared.store.port import Document
from shared.workouts import plans
from shared.workouts.plan_checks import PlanWarning

KIND = "plan"
ENGINE_LABEL = "Made by Vigor's built-in planner"
FALLBACK_NOTE = ENGINE_LABEL + ": no AI provider could answer, so this is the engine's plan."
REJECTED_NOTE = (
    ENGINE_LABEL + ": the AI provider's plan failed Vigor's safety and training checks, so this is the engine's plan."
)
REPAIRED = "Vigor's checks changed the AI's plan: "
OFFLINE_NOTE = ENGINE_LABEL + " (no AI provider is configured)."
INTERIM_NOTE = ENGINE_LABEL + ", ready at once while the AI coach writes its plan."
INTERIM_PHASE = "engine_plan_ready"


class PlanRequest(BaseModel):
    """What the user asks for this time (POST /api/ai/generate-workout), over their profile."""

    model_config = ConfigDict(extra="forbid")

    focus: str | None = Field(default=None, max_length=60, description="a goal (e.g. strength) or a short focus")
    days_per_week: int | None = Field(default=None, ge=1, le=7, strict=True)
    session_minutes: int | None = Field(default=None, ge=15, le=180, strict=True)
    notes: str | None = Field(default=None, max_length=500, description="free text for the AI writer")


class PlanJobRequest(PlanRequest):
    """The request as the plan job hands it on: the user's, and the exercises their feedback rules out
    (`shared.feedback.exercises.avoided`; the engine, the AI's candidates and the checks all leave them out)."""

    avoid: tuple[str, ...] = ()


async def principal_for(services: Services, user_id: str) -> Principal:
    """The job owner as the gateway sees them (current tier); PermanentJobError when the account is gone."""
    try:
        account = await services.store.read(USERS, user_id, ACCOUNT_ID)
    except NotFound:
        raise PermanentJobError("This account no longer exists.") from None
    if account.get("disabled"):
        raise PermanentJobError("This account is disabled.")
    return Principal(user_id, frozenset(account.get("roles", ["user"])), str(account.get("tier", "free")),
                     email=str(account.get("email", "")), ai_providers=consents.ai_providers(account))  # fmt: skip


def _job_id(user_id: str, idempotency_key: str | None) -> str:
    """A fresh job id, or the one this user's Idempotency-Key always names (so a retry finds its job)."""
    if idempotency_key is None:
        return uuid.uuid4().hex
    return hashlib.sha256(f"{user_id}\n{idempotency_key}".encode()).hexdigest()[:32]


async def _same_job(services: Services, user_id: str, job_id: str, request: dict[str, Any]) -> Document | None:
    """The job an earlier request with this Idempotency-Key made (Conflict if it asked for another plan)."""
    try:
        job = await read_job(services, user_id, job_id)
    except NotFound:
        return None
    if job.get("request") != request:
        raise Conflict("This Idempotency-Key was already used for a different plan request.")
    return job


async def _hold_usd(services: Services, principal: Principal, profile: Any, body: PlanRequest) -> float:
    """What the door holds: the plan call's worst case (repair included) from the request the job will
    send, when a paid provider may write the plan; the floor when only the engine can (it is free)."""
    gw = gateway.gateway_for(services)
    if not any(config.paid for config in await gw.router.plan_chain(KIND, principal.ai_providers)):
        return services.settings.llm_reserve_usd
    from shared.llm import plan_prompt  # the plan modules stay out of the cold start's imports

    request = await plan_prompt.plan_request(services.store, principal.user_id, profile, body)
    return await gw.reserve_usd(request, principal.ai_providers)


async def request_plan(
    services: Services, principal: Principal, body: PlanRequest, idempotency_key: str | None = None
) -> Document:
    """Accept a plan request: 409 without a profile, 429 when the quota cannot take it, else the queued job.

    The request and its worst-case dollars are reserved here, under the job id, before the job is
    queued: concurrent requests get exactly what the quota holds, and an accepted job never fails for
    quota. With an `idempotency_key` a retry returns the same job and takes nothing more.
    """
    stored = await load_profile(services.store, principal.user_id)
    if stored is None:
        raise Conflict("Complete your fitness profile first (PUT /api/users/profile).")
    request, job_id = body.model_dump(mode="json"), _job_id(principal.user_id, idempotency_key)
    if idempotency_key is not None and (done := await _same_job(services, principal.user_id, job_id, request)):
        return done
    limits = await get_limits(services, principal.tier)
    hold_usd = await _hold_usd(services, principal, stored.profile, body)
    hold = await reservations.reserve(services.store, principal.user_id, limits, hold_usd, idempotency_key=job_id)
    try:
        return await create_job(services, principal.user_id, KIND, request, job_id=job_id, holds_quota=True)
    except Conflict:  # a concurrent retry with the same key wrote the job first: that job holds the unit
        if (done := await _same_job(services, principal.user_id, job_id, request)) is None:
            raise
        return done
    except BaseException:
        await reservations.release(services.store, hold)
        with contextlib.suppress(Exception):  # a job written but never queued: let a retry write it again
            await services.store.delete(containers.AI.name, principal.user_id, job_id)
        raise


def _engine_note(depth: int, rejected: tuple[str, ...]) -> str:
    """Why the engine wrote the plan: a provider's plan failed the checks, none answered, or none is set up."""
    return REJECTED_NOTE if rejected else FALLBACK_NOTE if depth else OFFLINE_NOTE


def _result(
    stored: plans.StoredPlan, provider: str, model: str, depth: int, cached: bool, rejected: tuple[str, ...] = ()
) -> dict[str, Any]:
    engine = provider == "engine"
    return {
        "plan_id": stored.plan.id, "provider": provider, "model": model, "fallback_depth": depth,
        "cached": cached, "engine": engine, "label": _engine_note(depth, rejected) if engine else None,
    }  # fmt: skip


def interim_plan_id(job_id: str) -> str:
    """The id of the engine's plan saved first for job `job_id` (its own, so a rerun finds it)."""
    return f"{job_id}-engine"


async def _interim_plan(
    services: Services, job: Document, principal: Principal, profile: Any, asked: Any
) -> str | None:
    """When an AI provider may write the plan, the engine's plan is saved first (tens of milliseconds), not made
    active, and named in the job's progress (`plan_id`): the web app shows it when the AI takes longer than the
    spec's 3 s and offers the AI's plan once the job is done (issue 22, item 4). Free: no provider is called."""
    gw = gateway.gateway_for(services)
    if all(config.kind == "engine" for config in await gw.router.plan_chain(KIND, principal.ai_providers)):
        return None
    from shared.llm.structured import engine_plan  # the plan modules stay out of the cold start's imports

    store, user_id, plan_id = services.store, str(job["userId"]), interim_plan_id(str(job["id"]))
    try:
        await plans.get_plan(store, user_id, plan_id)
    except NotFound:
        plan = engine_plan(profile, asked).model_copy(update={"id": plan_id})
        warning = PlanWarning(code="engine_plan", message=INTERIM_NOTE)
        with contextlib.suppress(Conflict):  # a concurrent delivery saved it first
            await plans.save_plan(store, user_id, plan, [warning], activate=False)
    await progress.Reporter(store, job)(INTERIM_PHASE, 1, 1, "plans", plan_id=plan_id, force=True)
    return plan_id


async def run_plan_job(services: Services, job: Document) -> dict[str, Any]:
    """Generate, validate (the gateway does), save as plan `<job id>`, answer the job's result."""
    store, user_id, plan_id = services.store, str(job["userId"]), str(job["id"])
    try:
        done = await plans.get_plan(store, user_id, plan_id)  # a rerun after a crash: the plan is there
        if not done.active and await plans.active_plan_id(store, user_id) is None:
            await plans.activate_plan(store, user_id, plan_id)  # the crash came between saving and activating
        return _result(done, done.plan.source.provider, done.plan.source.model, 0, False)
    except NotFound:
        pass
    stored_profile = await load_profile(store, user_id)
    if stored_profile is None:
        raise PermanentJobError("Complete your fitness profile first, then ask for a plan again.")
    principal = await principal_for(services, user_id)
    asked = PlanRequest.model_validate(job.get("request") or {})
    # What the user said they dislike or cannot do (issue 22) stays out of the plan, whoever writes it.
    overrides = PlanJobRequest(**asked.model_dump(), avoid=await exercise_feedback.avoided(store, user_id))
    interim = await _interim_plan(services, job, principal, stored_profile.profile, overrides)
    made = await gateway.generate_plan(services, principal, stored_profile.profile, overrides, idempotency_key=plan_id)
    plan = made.plan.model_copy(update={"id": plan_id})
    warnings = []
    if made.provider == "engine":
        warnings.append(PlanWarning(code="engine_plan", message=_engine_note(made.fallback_depth, made.rejected)))
    else:  # every change Vigor's checks made to the AI's plan, in plain words
        warnings += [PlanWarning(code="ai_plan_repaired", message=REPAIRED + r) for r in made.repairs]
    try:
        saved = await plans.save_plan(store, user_id, plan, warnings)
    except Conflict:  # a concurrent run saved it first
        saved = await plans.get_plan(store, user_id, plan_id)
    result = _result(saved, made.provider, made.model, made.fallback_depth, made.cached, made.rejected)
    if interim is not None:
        result["interim_plan_id"] = interim  # the engine's plan the user may already be looking at
    return result
