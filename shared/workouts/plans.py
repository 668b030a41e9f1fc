"""Plans: create (by hand or from the generator), list, read, replace with If-Match, delete, activate.

Document `plan:<id>`: {type: "plan", plan: Plan (JSON), warnings: [...], updated_at}. Which plan
is active lives in one `active_plan` document ({plan_id, activated_at}), so exactly one plan is
active by construction and switching is a single write. A user's first plan becomes active.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shared.errors import FieldError, InvalidInput, NotFound, PreconditionFailed
from shared.identity.profiles import load_profile
from shared.plans.schema import Plan, PlanDraft, PlanSource, ProgressionMethod
from shared.store.port import Document, DocumentStore, Filter, Query
from shared.workouts import plan_checks
from shared.workouts.aggregates import read_or_none
from shared.workouts.keys import ACTIVE_PLAN_ID, WORKOUTS, doc_id, now_utc, utc_key
from shared.workouts.plan_checks import PlanWarning

HAND_MADE = PlanSource(provider="user", model="hand-made")


@dataclass(frozen=True)
class StoredPlan:
    plan: Plan
    etag: str
    active: bool
    updated_at: str
    warnings: list[PlanWarning] = field(default_factory=list)


def _stored(doc: Document, active_id: str | None) -> StoredPlan:
    plan = Plan.model_validate(doc["plan"])
    warnings = [PlanWarning.model_validate(w) for w in doc.get("warnings", [])]
    return StoredPlan(plan, str(doc["_etag"]), plan.id == active_id, str(doc["updated_at"]), warnings)


def _doc(user_id: str, plan: Plan, warnings: list[PlanWarning]) -> Document:
    return {
        "id": f"plan:{plan.id}", "userId": user_id, "type": "plan", "created": utc_key(plan.created_at),
        "plan": plan.model_dump(mode="json"), "warnings": [w.model_dump() for w in warnings],
        "updated_at": now_utc().isoformat(timespec="seconds"),
    }  # fmt: skip


async def active_plan_id(store: DocumentStore, user_id: str) -> str | None:
    pointer = await read_or_none(store, user_id, ACTIVE_PLAN_ID)
    return str(pointer["plan_id"]) if pointer else None


async def _read(store: DocumentStore, user_id: str, plan_id: str) -> Document:
    key = doc_id("plan", plan_id)
    doc = await read_or_none(store, user_id, key) if key else None
    if doc is None:
        raise NotFound("No such plan.")
    return doc


async def _set_active(store: DocumentStore, user_id: str, plan_id: str) -> None:
    await store.upsert(
        WORKOUTS,
        {
            "id": ACTIVE_PLAN_ID,
            "userId": user_id,
            "type": "active_plan",
            "plan_id": plan_id,
            "activated_at": now_utc().isoformat(timespec="seconds"),
        },
    )


async def save_plan(
    store: DocumentStore,
    user_id: str,
    plan: Plan,
    warnings: list[PlanWarning] | None = None,
    activate: bool | None = None,
) -> StoredPlan:
    """Store a new plan (the generator calls this too). `activate=None` activates it when none is active."""
    saved = await store.create(WORKOUTS, _doc(user_id, plan, warnings or []))
    active = await active_plan_id(store, user_id)
    if activate or (
        activate is None and (active is None or await read_or_none(store, user_id, f"plan:{active}") is None)
    ):
        await _set_active(store, user_id, plan.id)
        active = plan.id
    return _stored(saved, active)


async def create_plan(store: DocumentStore, user_id: str, draft: PlanDraft) -> StoredPlan:
    """A plan made by hand: 422 for unusable fields, warnings for what the engine would not do."""
    plan_checks.check_draft(draft)
    stored_profile = await load_profile(store, user_id)
    profile = stored_profile.profile if stored_profile else None
    plan = Plan.from_draft(draft, HAND_MADE, weekly_sets=plan_checks.weekly_sets(draft, profile))
    return await save_plan(store, user_id, plan, plan_checks.warnings_for(plan, profile))


async def get_plan(store: DocumentStore, user_id: str, plan_id: str) -> StoredPlan:
    """One plan; NotFound for an unknown id and for another user's plan."""
    doc = await _read(store, user_id, plan_id)
    return _stored(doc, await active_plan_id(store, user_id))


async def plan_days(store: DocumentStore, user_id: str, plan_id: str) -> tuple[str, set[int]]:
    """(id, day indexes) of one of the user's plans, NotFound otherwise: what logging a session needs,
    read from the stored plan (validated when it was written) without building the whole Plan."""
    plan = (await _read(store, user_id, plan_id))["plan"]
    return str(plan["id"]), {int(day["day_index"]) for day in plan["days"]}


async def list_plans(
    store: DocumentStore, user_id: str, limit: int, cursor: str | None
) -> tuple[list[StoredPlan], str | None]:
    """The user's plans, newest first."""
    docs, active, next_cursor = await list_plan_docs(store, user_id, limit, cursor)
    return [_stored(doc, active) for doc in docs], next_cursor


async def list_plan_docs(
    store: DocumentStore, user_id: str, limit: int, cursor: str | None
) -> tuple[list[Document], str | None, str | None]:
    """`list_plans` as stored documents, with the active plan's id and the next cursor (for the API,
    which validates each plan once, into its response model)."""
    page = await store.query(
        WORKOUTS,
        Query(
            filters=(Filter("type", "eq", "plan"),),
            partition_key=user_id,
            order_by=(("created", True),),
            limit=limit,
            continuation=cursor,
        ),
    )
    return page.items, await active_plan_id(store, user_id), page.continuation


def _check_etag(doc: Document, if_match: str | None) -> None:
    if if_match is not None and if_match.strip('"') != str(doc["_etag"]).strip('"'):
        raise PreconditionFailed("The plan changed since you read it; reload it and try again.")


async def update_plan(
    store: DocumentStore, user_id: str, plan_id: str, draft: PlanDraft, if_match: str | None
) -> StoredPlan:
    """Replace a plan's content (its id, source and creation time stay); 412 on a stale If-Match."""
    doc = await _read(store, user_id, plan_id)
    _check_etag(doc, if_match)
    plan_checks.check_draft(draft)
    old = Plan.model_validate(doc["plan"])
    stored_profile = await load_profile(store, user_id)
    profile = stored_profile.profile if stored_profile else None
    extra: dict[str, Any] = {
        "id": old.id,
        "created_at": old.created_at,
        "weekly_sets": plan_checks.weekly_sets(draft, profile),
    }
    source = (
        old.source if old.source == HAND_MADE else PlanSource(provider="user", model=f"edited {old.source.provider}")
    )
    plan = Plan.from_draft(draft, source, **extra)
    try:
        saved = await store.replace(
            WORKOUTS, _doc(user_id, plan, plan_checks.warnings_for(plan, profile)), if_match=doc["_etag"]
        )
    except NotFound:
        raise PreconditionFailed("The plan was deleted meanwhile.") from None
    return _stored(saved, await active_plan_id(store, user_id))


def with_progression(plan: Plan, method: ProgressionMethod, exercise_id: str | None) -> Plan:
    """The plan with a new scheme: for the whole plan (its `method`, and every exercise's own scheme
    cleared so they follow it), or for one exercise everywhere it appears. 422 naming `exercise_id`
    when the plan does not have that exercise."""
    data = plan.model_dump()
    if exercise_id is None:
        data["progression"]["method"] = method
        for day in data["days"]:
            for item in day["exercises"]:
                item["progression"] = None
        return Plan.model_validate(data)
    found = False
    for day in data["days"]:
        for item in day["exercises"]:
            if item["exercise_id"] == exercise_id:
                item["progression"], found = method, True
    if not found:
        raise InvalidInput(
            "The plan has no such exercise.", [FieldError("exercise_id", "not an exercise of this plan")]
        )
    return Plan.model_validate(data)


async def set_progression(
    store: DocumentStore,
    user_id: str,
    plan_id: str,
    method: ProgressionMethod,
    exercise_id: str | None,
    if_match: str | None,
) -> StoredPlan:
    """Change the progression scheme of a plan, or of one of its exercises; 412 on a stale If-Match."""
    doc = await _read(store, user_id, plan_id)
    _check_etag(doc, if_match)
    plan = with_progression(Plan.model_validate(doc["plan"]), method, exercise_id)
    warnings = [PlanWarning.model_validate(w) for w in doc.get("warnings", [])]
    try:
        saved = await store.replace(WORKOUTS, _doc(user_id, plan, warnings), if_match=doc["_etag"])
    except NotFound:
        raise PreconditionFailed("The plan was deleted meanwhile.") from None
    return _stored(saved, await active_plan_id(store, user_id))


async def delete_plan(store: DocumentStore, user_id: str, plan_id: str, if_match: str | None) -> None:
    """Delete a plan (its logged sessions stay); an active plan leaves no plan active."""
    doc = await _read(store, user_id, plan_id)
    _check_etag(doc, if_match)
    await store.delete(WORKOUTS, user_id, doc["id"], if_match=doc["_etag"])
    pointer = await read_or_none(store, user_id, ACTIVE_PLAN_ID)
    if pointer and pointer["plan_id"] == plan_id:
        try:
            await store.delete(WORKOUTS, user_id, ACTIVE_PLAN_ID, if_match=pointer["_etag"])
        except (NotFound, PreconditionFailed):
            pass  # someone activated another plan meanwhile: theirs stands


async def activate_plan(store: DocumentStore, user_id: str, plan_id: str) -> StoredPlan:
    """Make this plan the active one (any other stops being active)."""
    doc = await _read(store, user_id, plan_id)
    await _set_active(store, user_id, plan_id)
    return _stored(doc, plan_id)


async def load_active_plan(store: DocumentStore, user_id: str) -> Plan | None:
    """The active plan, or None (for progress, the coach and daily messages)."""
    active = await active_plan_id(store, user_id)
    doc = await read_or_none(store, user_id, f"plan:{active}") if active else None
    return Plan.model_validate(doc["plan"]) if doc else None
