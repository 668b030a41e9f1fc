"""Plans: create (by hand or from the generator), list, read, replace with If-Match, delete, activate;
swap one exercise for one that fits the user (`swap_options`, `swap_exercise`).

Document `plan:<id>`: {type: "plan", plan: Plan (JSON), warnings: [...], updated_at}. Which plan
is active lives in one `active_plan` document ({plan_id, activated_at}), so exactly one plan is
active by construction and switching is a single write. A user's first plan becomes active.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shared.errors import Conflict, FieldError, InvalidInput, NotFound, PreconditionFailed
from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.feedback import latest as exercise_feedback
from shared.identity.profiles import load_profile
from shared.migrations import stamped, upgraded
from shared.plans import substitutes, supersets
from shared.plans.rules import PlanOverrides, Request
from shared.plans.schema import Plan, PlanDraft, PlanExercise, PlanSource, ProgressionMethod
from shared.plans.validator import Finding, PlanValidator, ValidationReport
from shared.profile.model import FitnessProfile
from shared.store import containers
from shared.store.port import Document, DocumentStore, Filter, Query, etag_of
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


def _plan_of(doc: Document) -> Plan:
    """The stored plan at the current schema version (`shared/migrations.py`)."""
    return Plan.model_validate(upgraded(doc)["plan"])


def _stored(doc: Document, active_id: str | None) -> StoredPlan:
    plan = _plan_of(doc)
    warnings = [PlanWarning.model_validate(w) for w in doc.get("warnings", [])]
    return StoredPlan(plan, str(etag_of(doc)), plan.id == active_id, str(doc["updated_at"]), warnings)


def _doc(user_id: str, plan: Plan, warnings: list[PlanWarning]) -> Document:
    return stamped({
        "id": f"plan:{plan.id}", "userId": user_id, "type": "plan", "created": utc_key(plan.created_at),
        "plan": plan.model_dump(mode="json"), "warnings": [w.model_dump() for w in warnings],
        "updated_at": now_utc().isoformat(timespec="seconds"),
    })  # fmt: skip


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


async def create_plan(store: DocumentStore, user_id: str, draft: PlanDraft, plan_id: str | None = None) -> StoredPlan:
    """A plan made by hand: 422 for unusable fields, warnings for what the engine would not do.

    `plan_id`: the id an `Idempotency-Key` names (`shared.idempotency.derived_id`); when that plan exists
    already (a first attempt wrote it and died before its key recorded the answer), it is the answer."""
    plan_checks.check_draft(draft)
    if plan_id is not None and (found := await read_or_none(store, user_id, f"plan:{plan_id}")) is not None:
        return _stored(found, await active_plan_id(store, user_id))
    stored_profile = await load_profile(store, user_id)
    profile = stored_profile.profile if stored_profile else None
    extra = {"id": plan_id} if plan_id is not None else {}
    plan = Plan.from_draft(draft, HAND_MADE, weekly_sets=plan_checks.weekly_sets(draft, profile), **extra)
    return await save_plan(store, user_id, plan, plan_checks.warnings_for(plan, profile))


async def get_plan(store: DocumentStore, user_id: str, plan_id: str) -> StoredPlan:
    """One plan; NotFound for an unknown id and for another user's plan."""
    doc = await _read(store, user_id, plan_id)
    return _stored(doc, await active_plan_id(store, user_id))


async def plan_days(store: DocumentStore, user_id: str, plan_id: str) -> tuple[str, dict[int, str]]:
    """(id, day index -> the day's name) of one of the user's plans, NotFound otherwise: what logging a
    session needs, read from the stored plan (validated when it was written) without building the whole Plan."""
    plan = (await _read(store, user_id, plan_id))["plan"]
    return str(plan["id"]), {int(day["day_index"]): str(day.get("name") or "") for day in plan["days"]}


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
    if if_match is not None and if_match.strip('"') != str(etag_of(doc)).strip('"'):
        raise PreconditionFailed("The plan changed since you read it; reload it and try again.")


async def update_plan(
    store: DocumentStore, user_id: str, plan_id: str, draft: PlanDraft, if_match: str | None
) -> StoredPlan:
    """Replace a plan's content (its id, source and creation time stay); 412 on a stale If-Match."""
    doc = await _read(store, user_id, plan_id)
    _check_etag(doc, if_match)
    plan_checks.check_draft(draft)
    old = _plan_of(doc)
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
            WORKOUTS, _doc(user_id, plan, plan_checks.warnings_for(plan, profile)), if_match=etag_of(doc)
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
    plan = with_progression(_plan_of(doc), method, exercise_id)
    warnings = [PlanWarning.model_validate(w) for w in doc.get("warnings", [])]
    try:
        saved = await store.replace(WORKOUTS, _doc(user_id, plan, warnings), if_match=etag_of(doc))
    except NotFound:
        raise PreconditionFailed("The plan was deleted meanwhile.") from None
    return _stored(saved, await active_plan_id(store, user_id))


# --- Swapping one exercise ---------------------------------------------------------------------
#
# Generated plans (engine or an LLM, validated when they were made) are revalidated after a swap and
# stored as the validator repaired them; a swap that makes them fail a check they passed before is
# refused. Hand-made and edited plans (source provider "user") are the user's own, stored as written
# (see plan_checks): the swap changes that one slot, and the validator's findings become warnings.


@dataclass(frozen=True)
class SwapOption:
    """A replacement the user may pick, and why it fits."""

    exercise: Exercise
    why: str


@dataclass(frozen=True)
class Swapped:
    """A swap done: the stored plan, what left and what came in, and what the validator changed."""

    stored: StoredPlan
    day_index: int
    removed: PlanExercise
    added: Exercise
    repairs: list[Finding]


@dataclass(frozen=True)
class _Slot:
    plan: Plan
    day: int  # position in plan.days
    position: int  # position in that day's exercises
    item: PlanExercise
    exercise: Exercise


@dataclass(frozen=True)
class _User:
    profile: FitnessProfile
    request: Request
    pool: tuple[Exercise, ...]
    validator: PlanValidator
    avoided: frozenset[str] = frozenset()  # disliked or unavailable, by the user's feedback: never offered


def _hand_made(plan: Plan) -> bool:
    return plan.source.provider == HAND_MADE.provider


def _slot(plan: Plan, day_index: int, exercise_id: str) -> _Slot:
    """The exercise on that day (an earlier id of the same exercise matches too); 422 naming `day_index`
    or `exercise_id` otherwise."""
    day = next((d for d, found in enumerate(plan.days) if found.day_index == day_index), None)
    if day is None:
        raise InvalidInput("The plan has no such day.", [FieldError("day_index", "no day of this plan has this index")])
    wanted = find_exercise(exercise_id)
    for position, item in enumerate(plan.days[day].exercises):
        current = find_exercise(item.exercise_id)
        if item.exercise_id == exercise_id or (wanted is not None and current is not None and current.id == wanted.id):
            if current is None:
                raise InvalidInput(
                    "A custom exercise has no catalog replacements; edit the plan to change it.",
                    [FieldError("exercise_id", "a custom exercise cannot be swapped")],
                )
            return _Slot(plan, day, position, item, current)
    raise InvalidInput(
        "That exercise is not on this day of the plan.", [FieldError("exercise_id", "not an exercise of this day")]
    )


async def _plan_overrides(store: DocumentStore, user_id: str, plan: Plan, profile: FitnessProfile) -> PlanOverrides:
    """What the plan was made for, to validate it against: its goal and number of days, and the session
    length its request asked for (a generated plan's id is its job's, kept a month), else the profile's,
    unless a session is longer than that allows (the user asked for longer ones)."""
    minutes: int | None = None
    if not _hand_made(plan):
        try:
            job = await store.read(containers.AI.name, user_id, plan.id)
        except NotFound:
            job = {}
        asked = (job.get("request") or {}).get("session_minutes") if job.get("kind") == "plan" else None
        minutes = asked if isinstance(asked, int) else None
    if minutes is None:
        longest = max(day.estimated_minutes for day in plan.days)
        minutes = profile.session_minutes if longest <= profile.session_minutes * 1.1 else longest
    return PlanOverrides(focus=plan.goal, days_per_week=len(plan.days), session_minutes=min(max(minutes, 15), 180))


async def _user(store: DocumentStore, user_id: str, plan: Plan) -> _User:
    """The caller's profile resolved for this plan; 409 before onboarding (swaps fit the profile)."""
    stored = await load_profile(store, user_id)
    if stored is None:
        raise Conflict(
            "Complete your fitness profile first (PUT /api/users/profile): swaps fit your equipment and injuries."
        )
    validator = PlanValidator(stored.profile, await _plan_overrides(store, user_id, plan, stored.profile))
    # The plan is checked as it was made; only what a swap offers leaves out what the user said they dislike or
    # cannot do (the other slots of the plan are not changed behind their back).
    avoided = frozenset(await exercise_feedback.avoided(store, user_id))
    return _User(stored.profile, validator.request, validator.pool, validator, avoided)


def _options(slot: _Slot, user: _User) -> list[Exercise]:
    taken = {item.exercise_id for item in slot.plan.days[slot.day].exercises}
    found = substitutes.candidates(slot.exercise, user.request, user.pool, taken)
    return [e for e in found if e.id not in user.avoided]


def _new_violations(before: ValidationReport, after: ValidationReport) -> list[Finding]:
    seen = {(f.code, f.day_index) for f in before.violations}
    return [f for f in after.violations if (f.code, f.day_index) not in seen]


def _attempt(
    slot: _Slot, new: Exercise, user: _User, before: ValidationReport | None
) -> tuple[Plan, list[Finding], list[Finding]]:
    """(the plan to store, the validator's repairs, violations the swap brings) with `new` in the slot.
    `before` is the plan's report before the swap, None for a hand-made plan (never repaired)."""
    day = slot.plan.days[slot.day]
    items = list(day.exercises)
    items[slot.position] = substitutes.replaced(slot.item, new, user.request)
    items = supersets.relabel(items)  # partners name the new exercise
    days = list(slot.plan.days)
    days[slot.day] = day.model_copy(update={"exercises": items})
    swapped = Plan.model_validate({**slot.plan.model_dump(), "days": [d.model_dump() for d in days]})
    if before is None:
        return swapped.model_copy(update={"weekly_sets": plan_checks.weekly_sets(swapped, user.profile)}), [], []
    after = user.validator.validate(swapped)
    return after.plan, after.repairs, _new_violations(before, after)


def _before(slot: _Slot, user: _User) -> ValidationReport | None:
    return None if _hand_made(slot.plan) else user.validator.validate(slot.plan)


async def swap_options(
    store: DocumentStore, user_id: str, plan_id: str, day_index: int, exercise_id: str
) -> tuple[PlanExercise, list[SwapOption]]:
    """The plan's slot and what may replace it, best first: `substitutes.candidates` for the caller,
    leaving out any that would make a generated plan fail its checks. 404, 422 and 409 as for a swap."""
    doc = await _read(store, user_id, plan_id)
    slot = _slot(_plan_of(doc), day_index, exercise_id)
    user = await _user(store, user_id, slot.plan)
    before = _before(slot, user)
    return slot.item, [
        SwapOption(new, substitutes.why(slot.exercise, new))
        for new in _options(slot, user)
        if not _attempt(slot, new, user, before)[2]
    ]


async def swap_exercise(
    store: DocumentStore,
    user_id: str,
    plan_id: str,
    day_index: int,
    exercise_id: str,
    replacement_id: str | None,
    if_match: str | None,
) -> Swapped:
    """Replace one exercise of a day with `replacement_id`, or with the best replacement that fits.

    404 for an unknown or another user's plan; 412 on a stale If-Match; 422 naming `day_index`,
    `exercise_id` or `replacement_id` (unknown, or not a fitting replacement: equipment, injuries,
    level, a different movement, already on that day, or it would make the plan fail its checks);
    409 without a profile, or when nothing fits."""
    doc = await _read(store, user_id, plan_id)
    _check_etag(doc, if_match)
    slot = _slot(_plan_of(doc), day_index, exercise_id)
    user = await _user(store, user_id, slot.plan)
    options, before = _options(slot, user), _before(slot, user)
    name = slot.exercise.name
    if replacement_id is not None:
        new = find_exercise(replacement_id)
        if new is None:
            raise InvalidInput("No such exercise.", [FieldError("replacement_id", "not an exercise in the catalog")])
        if new.id not in {e.id for e in options}:
            reason = substitutes.unfit_reason(slot.exercise, new, user.request, user.pool) or (
                "is one you said you dislike or cannot do (give other feedback on it to have it back)"
                if new.id in user.avoided
                else "is already on this day"
            )
            raise InvalidInput(
                f"{new.name} cannot replace {name}: it {reason}.", [FieldError("replacement_id", reason)]
            )
        plan, repairs, broken = _attempt(slot, new, user, before)
        if broken:
            raise InvalidInput(
                f"With {new.name} instead of {name} the plan fails its checks: " + " ".join(f.message for f in broken),
                [FieldError("replacement_id", "the plan would fail its checks with this exercise")],
            )
    else:
        for new in options:
            plan, repairs, broken = _attempt(slot, new, user, before)
            if not broken:
                break
        else:
            why = "keeps the plan within its checks" if options else "does the same job"
            raise Conflict(f"No exercise that fits your equipment and injuries {why}; {name} stays.")
    warnings = [PlanWarning.model_validate(w) for w in doc.get("warnings", [])]
    if _hand_made(plan):
        warnings = plan_checks.warnings_for(plan, user.profile)
    try:
        saved = await store.replace(WORKOUTS, _doc(user_id, plan, warnings), if_match=etag_of(doc))
    except NotFound:
        raise PreconditionFailed("The plan was deleted meanwhile.") from None
    stored = _stored(saved, await active_plan_id(store, user_id))
    return Swapped(stored, day_index, slot.item, new, repairs)


async def delete_plan(store: DocumentStore, user_id: str, plan_id: str, if_match: str | None) -> None:
    """Delete a plan (its logged sessions stay); an active plan leaves no plan active."""
    doc = await _read(store, user_id, plan_id)
    _check_etag(doc, if_match)
    await store.delete(WORKOUTS, user_id, doc["id"], if_match=etag_of(doc))
    pointer = await read_or_none(store, user_id, ACTIVE_PLAN_ID)
    if pointer and pointer["plan_id"] == plan_id:
        try:
            await store.delete(WORKOUTS, user_id, ACTIVE_PLAN_ID, if_match=etag_of(pointer))
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
    return _plan_of(doc) if doc else None
