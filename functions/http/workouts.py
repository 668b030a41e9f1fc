"""/api/workouts: plans, logging sessions, session history and progress analytics.

Static paths (/sessions, /progress) are declared before /{plan_id} so they are never taken for ids.
The busiest routes come first: FastAPI tries a router's routes in order, twice per request.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Query, Response, status

from functions.http.deps import ConsentedUser, CurrentUser, ServicesDep
from functions.http.idempotency import KEY_CONFLICT, IdempotencyKey, once
from functions.http.responses import NOT_FOUND, STALE, problem
from functions.http.routing import PrefixRouter
from functions.http.workouts_models import (
    PlanCreate,
    PlanList,
    PlanPublic,
    PlanSwap,
    PlanSwapped,
    PlanUpdate,
    ProgressionUpdate,
    SessionCreate,
    SessionList,
    SessionLog,
    SessionLogged,
    SessionPublic,
    SessionUpdate,
    SwapCandidate,
    SwapOptions,
)
from shared.coach import flags
from shared.dates import DayOrInstant
from shared.errors import FieldError, InvalidInput, NotFound
from shared.idempotency import derived_id
from shared.identity.profiles import parse_if_match
from shared.workouts import plans, sessions
from shared.workouts.progress import MAX_WEEKS, progress_json
from shared.workouts.progress_models import ProgressPublic

router = PrefixRouter(prefix="/workouts", tags=["workouts"])
IfMatch = Annotated[str | None, Header(max_length=256)]
Limit = Annotated[int, Query(ge=1, le=100)]
Cursor = Annotated[str | None, Query(max_length=2048)]


def _etag(response: Response, etag: str) -> None:
    response.headers["ETag"] = etag if etag.startswith('"') else f'"{etag}"'
    response.headers["Cache-Control"] = "no-store"


@router.get("", operation_id="listPlans", response_model=PlanList)
async def list_plans(user: CurrentUser, services: ServicesDep, limit: Limit = 20, cursor: Cursor = None) -> PlanList:
    """The caller's plans, newest first; `active` marks the one being followed."""
    docs, active, next_cursor = await plans.list_plan_docs(services.store, user.user_id, limit, cursor)
    return PlanList(items=[PlanPublic.of_doc(doc, active) for doc in docs], next_cursor=next_cursor)


@router.post("", operation_id="createPlan", status_code=status.HTTP_201_CREATED, response_model=PlanPublic,
             responses=KEY_CONFLICT)  # fmt: skip
async def create_plan(
    body: PlanCreate, user: CurrentUser, services: ServicesDep, response: Response,
    idempotency_key: IdempotencyKey = None,
) -> PlanPublic:  # fmt: skip
    """Create a plan by hand. It is stored as written; what the plan engine would not do comes back as warnings.
    With an `Idempotency-Key` a retry returns the first answer and creates nothing more."""

    async def make() -> PlanPublic:
        made_id = derived_id(user.user_id, idempotency_key) if idempotency_key else None
        stored = await plans.create_plan(services.store, user.user_id, body, made_id)
        _etag(response, stored.etag)
        response.headers["Location"] = f"/api/workouts/{stored.plan.id}"
        return PlanPublic.of(stored)

    key = idempotency_key
    return await once(services, user.user_id, key, "createPlan", body, response, 201, PlanPublic, make)


@router.post("/{plan_id}/log", operation_id="logSession", status_code=status.HTTP_201_CREATED,
             response_model=SessionLogged, responses=NOT_FOUND | KEY_CONFLICT)  # fmt: skip
async def log_session(
    plan_id: str,
    body: SessionCreate,
    user: ConsentedUser,
    services: ServicesDep,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> SessionLogged:
    """Log a session done from this plan: 201 with the session and any personal records it set.
    Send an `Idempotency-Key` to retry safely: a replay returns the first answer and logs nothing more."""

    async def make() -> SessionLogged:
        made_id = derived_id(user.user_id, idempotency_key) if idempotency_key else None
        stored, held = await sessions.log_session_with_records(services.store, user.user_id, plan_id, body, made_id)
        await flags.remember_notes(services.store, user.user_id, flags.session_notes([(stored.id, stored.session)]))
        _etag(response, stored.etag)
        response.headers["Location"] = f"/api/workouts/sessions/{stored.id}"
        return SessionLogged.of(stored, held)

    return await once(
        services, user.user_id, idempotency_key, f"logSession:{plan_id}", body, response, 201, SessionLogged, make
    )


@router.get("/progress", operation_id="getProgress", response_model=ProgressPublic)
async def progress(
    user: CurrentUser, services: ServicesDep, weeks: Annotated[int, Query(ge=1, le=MAX_WEEKS)] = 12
) -> Response:
    """Per ISO week sessions, volume and hard sets per muscle against the band; e1RM over time; records;
    streak and adherence. Costs the same however long the history is. Weeks, dates, this week and the
    streak are the user's: a session counts in the week (Monday to Sunday) and on the date of its start
    in the profile's `timezone` (UTC without a profile), whatever offset it was logged with."""
    # Serialised here: validating the whole model on the way out was a quarter of this request's CPU.
    found = await progress_json(services.store, user.user_id, weeks)
    return Response(found, media_type="application/json", headers={"Cache-Control": "no-store"})


@router.post("/sessions", operation_id="createSession", status_code=status.HTTP_201_CREATED,
             response_model=SessionLogged, responses=KEY_CONFLICT)  # fmt: skip
async def create_session(
    body: SessionLog,
    user: ConsentedUser,
    services: ServicesDep,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> SessionLogged:
    """Log a session without a plan, or a past one (any `started_at` up to now): the body of
    `POST /{plan_id}/log`, with an optional `plan_id` (then `day_index` must be one of its days; 422
    naming `plan_id` when the caller has no such plan). 201 with the session and any personal records
    it set. An `Idempotency-Key` makes a retry safe, as for `POST /{plan_id}/log`."""

    async def make() -> SessionLogged:
        made_id = derived_id(user.user_id, idempotency_key) if idempotency_key else None
        try:
            stored, held = await sessions.log_session_with_records(
                services.store, user.user_id, body.plan_id, body.logged(), made_id
            )
        except NotFound:
            raise InvalidInput("No such plan.", [FieldError("plan_id", "you have no plan with this id")]) from None
        await flags.remember_notes(services.store, user.user_id, flags.session_notes([(stored.id, stored.session)]))
        _etag(response, stored.etag)
        response.headers["Location"] = f"/api/workouts/sessions/{stored.id}"
        return SessionLogged.of(stored, held)

    return await once(
        services, user.user_id, idempotency_key, "createSession", body, response, 201, SessionLogged, make
    )


@router.get("/sessions", operation_id="listSessions", response_model=SessionList)
async def list_sessions(
    user: CurrentUser,
    services: ServicesDep,
    start: Annotated[DayOrInstant | None, Query(alias="from")] = None,
    end: Annotated[DayOrInstant | None, Query(alias="to")] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> SessionList:
    """Session history, newest first, each `started_at` on the user's clock (the same instant, in the
    offset of the profile's `timezone` then). `from` is inclusive; `to` is exclusive, or a date includes
    that whole day. A date is a day of the user's calendar (from their local midnight, in the profile's
    time zone); a date-time with an offset is that instant, one without is the user's local time. Both
    ISO 8601, within the years 2000-2100."""
    found, next_cursor = await sessions.history(services.store, user.user_id, start, end, limit, cursor)
    return SessionList(items=[SessionPublic.of(s) for s in found], next_cursor=next_cursor)


@router.get("/sessions/{session_id}", operation_id="getSession", response_model=SessionPublic, responses=NOT_FOUND)
async def get_session(session_id: str, user: CurrentUser, services: ServicesDep, response: Response) -> SessionPublic:
    """One logged session, `started_at` on the user's clock."""
    stored = await sessions.read_session(services.store, user.user_id, session_id)
    _etag(response, stored.etag)
    return SessionPublic.of(stored)


@router.put("/sessions/{session_id}", operation_id="updateSession", response_model=SessionPublic,
            responses=NOT_FOUND | STALE)  # fmt: skip
async def update_session(
    session_id: str, body: SessionUpdate, user: ConsentedUser, services: ServicesDep, response: Response,
    if_match: IfMatch = None,
) -> SessionPublic:  # fmt: skip
    """Correct a logged session; progress follows. Only the fields sent change: one left out stays as it
    is (an older client that never sends notes, `session_rpe` or `energy` erases none of them), an explicit
    null clears it, `exercises` replaces them all. If-Match with the ETag you read; a stale one is a 412."""
    changes = body.changes()
    stored = await sessions.update_session(services.store, user.user_id, session_id, changes, parse_if_match(if_match))
    # A worry written in the notes (chest tightness on a set) shapes the coach's later answers, as one said in chat.
    await flags.remember_notes(services.store, user.user_id, flags.session_notes([(stored.id, stored.session)]))
    _etag(response, stored.etag)
    return SessionPublic.of(stored)


@router.delete("/sessions/{session_id}", operation_id="deleteSession", status_code=status.HTTP_204_NO_CONTENT,
               responses=NOT_FOUND | STALE)  # fmt: skip
async def delete_session(session_id: str, user: CurrentUser, services: ServicesDep, if_match: IfMatch = None) -> None:
    """Delete a logged session; progress follows."""
    await sessions.delete_session(services.store, user.user_id, session_id, parse_if_match(if_match))


@router.get("/{plan_id}", operation_id="getPlan", response_model=PlanPublic, responses=NOT_FOUND)
async def get_plan(plan_id: str, user: CurrentUser, services: ServicesDep, response: Response) -> PlanPublic:
    """One plan, with its ETag for a later If-Match."""
    stored = await plans.get_plan(services.store, user.user_id, plan_id)
    _etag(response, stored.etag)
    return PlanPublic.of(stored)


@router.put("/{plan_id}", operation_id="updatePlan", response_model=PlanPublic, responses=NOT_FOUND | STALE)
async def update_plan(
    plan_id: str, body: PlanUpdate, user: CurrentUser, services: ServicesDep, response: Response,
    if_match: IfMatch = None,
) -> PlanPublic:  # fmt: skip
    """Replace a plan's content. Send If-Match with the ETag you read; a stale one is a 412."""
    stored = await plans.update_plan(services.store, user.user_id, plan_id, body, parse_if_match(if_match))
    _etag(response, stored.etag)
    return PlanPublic.of(stored)


@router.patch("/{plan_id}/progression", operation_id="setPlanProgression", response_model=PlanPublic,
              responses=NOT_FOUND | STALE)  # fmt: skip
async def set_progression(
    plan_id: str, body: ProgressionUpdate, user: CurrentUser, services: ServicesDep, response: Response,
    if_match: IfMatch = None,
) -> PlanPublic:  # fmt: skip
    """Change how the plan progresses: the whole plan, or one exercise everywhere in it (`exercise_id`).
    422 for an exercise the plan does not have; If-Match as for PUT."""
    stored = await plans.set_progression(
        services.store, user.user_id, plan_id, body.method, body.exercise_id, parse_if_match(if_match)
    )
    _etag(response, stored.etag)
    return PlanPublic.of(stored)


_SWAP_ERRORS = problem(409, "No profile yet, or nothing that fits can replace the exercise")


@router.get("/{plan_id}/swap-options", operation_id="listSwapOptions", response_model=SwapOptions,
            responses=NOT_FOUND | _SWAP_ERRORS)  # fmt: skip
async def swap_options(
    plan_id: str, user: CurrentUser, services: ServicesDep, response: Response,
    day_index: Annotated[int, Query(ge=0, le=6, description="the day (its `day_index`)")],
    exercise_id: Annotated[str, Query(min_length=1, max_length=80, description="the exercise on that day")],
) -> SwapOptions:  # fmt: skip
    """What may replace one exercise of a day, best first: the same movement pattern and role, sharing its
    lead muscle, with the caller's equipment, nothing their injuries (or level, or PAR-Q answers) rule
    out, not already on that day, and keeping a generated plan within its checks. 422 naming
    `query.day_index` or `query.exercise_id` when the plan has no such day or exercise."""
    try:
        item, options = await plans.swap_options(services.store, user.user_id, plan_id, day_index, exercise_id)
    except InvalidInput as exc:
        raise InvalidInput(exc.detail, [FieldError(f"query.{e.field}", e.message) for e in exc.errors]) from None
    response.headers["Cache-Control"] = "no-store"
    return SwapOptions(
        day_index=day_index, exercise_id=item.exercise_id, name=item.name, items=[SwapCandidate.of(o) for o in options]
    )


@router.post("/{plan_id}/swap", operation_id="swapPlanExercise", response_model=PlanSwapped,
             responses=NOT_FOUND | STALE | _SWAP_ERRORS)  # fmt: skip
async def swap_exercise(
    plan_id: str, body: PlanSwap, user: CurrentUser, services: ServicesDep, response: Response,
    if_match: IfMatch = None,
) -> PlanSwapped:  # fmt: skip
    """Swap one exercise of a day for `replacement_id` (one of `GET /{plan_id}/swap-options`) or, without
    it, for the best one that fits the caller's equipment and injuries. The slot keeps its sets, role,
    warm-up sets and place; reps (or a duration), RPE, rest and progression are dosed for the new
    exercise. A generated plan is revalidated and stored as repaired (`repairs`); a swap that would make
    it fail a check is a 422. A hand-made plan changes only in that slot, with fresh `warnings`.

    Answers the plan as GET /{plan_id} does, with `swapped` {day_index, from, to} and `repairs`, and its
    new ETag. If-Match as for PUT (412 when stale). 422 naming `day_index` (no such day), `exercise_id`
    (not on that day, or a custom exercise) or `replacement_id` (unknown, or it does not fit: equipment,
    injuries, level, another movement, already on that day); 409 without a profile or when nothing fits."""
    done = await plans.swap_exercise(
        services.store, user.user_id, plan_id, body.day_index, body.exercise_id, body.replacement_id,
        parse_if_match(if_match),
    )  # fmt: skip
    _etag(response, done.stored.etag)
    return PlanSwapped.of_swap(done)


@router.delete("/{plan_id}", operation_id="deletePlan", status_code=status.HTTP_204_NO_CONTENT,
               responses=NOT_FOUND | STALE)  # fmt: skip
async def delete_plan(plan_id: str, user: CurrentUser, services: ServicesDep, if_match: IfMatch = None) -> None:
    """Delete a plan; sessions logged from it stay in the history."""
    await plans.delete_plan(services.store, user.user_id, plan_id, parse_if_match(if_match))


@router.post("/{plan_id}/activate", operation_id="activatePlan", response_model=PlanPublic, responses=NOT_FOUND)
async def activate_plan(plan_id: str, user: CurrentUser, services: ServicesDep, response: Response) -> PlanPublic:
    """Make this the plan being followed (streak and adherence are measured against it)."""
    stored = await plans.activate_plan(services.store, user.user_id, plan_id)
    _etag(response, stored.etag)
    return PlanPublic.of(stored)
