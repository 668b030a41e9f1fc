"""Plans through the queue: the POST accepts (quota checked, job written, message sent), the job makes the plan.

Idempotent by construction: the plan's id is the job's id, so a rerun after a crash finds the plan
already saved and does not call the gateway again; the gateway's quota reservation is keyed by the
job id, so a redelivered message is charged once; and the job service lets one delivery at a time
run the handler. When every model fails, the router answers with the engine, and the plan is
saved with its source `engine` and a warning saying so.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.bootstrap import Services
from shared.errors import Conflict, NotFound
from shared.identity.principal import Principal
from shared.identity.profiles import load_profile
from shared.identity.records import ACCOUNT_ID, USERS
from shared.jobs.service import PermanentJobError, create_job
from shared.llm import gateway
from shared.quota import reservations
from shared.quota.tiers import get_limits
from shared.store.port import Document
from shared.workouts import plans
from shared.workouts.plan_checks import PlanWarning

KIND = "plan"
ENGINE_LABEL = "Made by Vigor's built-in planner"
FALLBACK_NOTE = ENGINE_LABEL + ": the AI providers could not answer, so this is the engine's plan."
OFFLINE_NOTE = ENGINE_LABEL + " (no AI provider is configured)."


class PlanRequest(BaseModel):
    """What the user asks for this time (POST /api/ai/generate-workout), over their profile."""

    model_config = ConfigDict(extra="forbid")

    focus: str | None = Field(default=None, max_length=60, description="a goal (e.g. strength) or a short focus")
    days_per_week: int | None = Field(default=None, ge=1, le=7)
    session_minutes: int | None = Field(default=None, ge=15, le=180)
    notes: str | None = Field(default=None, max_length=500, description="free text for the AI writer")


async def principal_for(services: Services, user_id: str) -> Principal:
    """The job owner as the gateway sees them (current tier); PermanentJobError when the account is gone."""
    try:
        account = await services.store.read(USERS, user_id, ACCOUNT_ID)
    except NotFound:
        raise PermanentJobError("This account no longer exists.") from None
    if account.get("disabled"):
        raise PermanentJobError("This account is disabled.")
    return Principal(user_id, frozenset(account.get("roles", ["user"])), str(account.get("tier", "free")))


async def request_plan(services: Services, principal: Principal, body: PlanRequest) -> Document:
    """Accept a plan request: 409 without a profile, 429 when the quota cannot take it, else the queued job."""
    if await load_profile(services.store, principal.user_id) is None:
        raise Conflict("Complete your fitness profile first (PUT /api/users/profile).")
    await reservations.check(services.store, principal.user_id, await get_limits(services, principal.tier))
    return await create_job(services, principal.user_id, KIND, body.model_dump(mode="json"))


def _result(stored: plans.StoredPlan, provider: str, model: str, depth: int, cached: bool) -> dict[str, Any]:
    engine = provider == "engine"
    return {
        "plan_id": stored.plan.id, "provider": provider, "model": model, "fallback_depth": depth,
        "cached": cached, "engine": engine,
        "label": (FALLBACK_NOTE if depth else OFFLINE_NOTE) if engine else None,
    }  # fmt: skip


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
    overrides = PlanRequest.model_validate(job.get("request") or {})
    made = await gateway.generate_plan(services, principal, stored_profile.profile, overrides, idempotency_key=plan_id)
    plan = made.plan.model_copy(update={"id": plan_id})
    warnings = []
    if made.provider == "engine":
        note = FALLBACK_NOTE if made.fallback_depth else OFFLINE_NOTE
        warnings.append(PlanWarning(code="engine_plan", message=note))
    try:
        saved = await plans.save_plan(store, user_id, plan, warnings)
    except Conflict:  # a concurrent run saved it first
        saved = await plans.get_plan(store, user_id, plan_id)
    return _result(saved, made.provider, made.model, made.fallback_depth, made.cached)
