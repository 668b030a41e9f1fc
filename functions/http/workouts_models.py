"""Request and response models of the workouts and progress routers."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.dates import Instant
from shared.exercises.model import LoadType
from shared.identity.profiles import quote_etag
from shared.plans.schema import Plan, PlanDraft, ProgressionMethod
from shared.profile.model import Equipment
from shared.workouts.model import MAX_SESSION_NAME, LoggedExercise, LoggedSession
from shared.workouts.plan_checks import PlanWarning
from shared.workouts.plans import StoredPlan, SwapOption, Swapped
from shared.workouts.sessions import StoredSession


class PlanCreate(PlanDraft):
    """A plan made by hand: the same schema as generated plans."""


class PlanUpdate(PlanDraft):
    """A plan's new content (replaces name, goal, split, days, routines, progression and notes)."""


class ProgressionUpdate(BaseModel):
    """A new progression scheme: for the whole plan, or (with `exercise_id`) for that exercise everywhere
    in the plan. linear: a small step each session; double_progression: reps up the range, then load;
    rpe: load from the estimated 1RM at a target RPE; training_max_wave: 5/3/1-style wave on a training max."""

    model_config = ConfigDict(extra="forbid")

    method: ProgressionMethod
    exercise_id: str | None = Field(default=None, min_length=1, max_length=80)


class PlanPublic(Plan):
    """A stored plan: whether it is the active one, and what the plan engine would not have done."""

    model_config = ConfigDict(extra="ignore")

    id: str  # always present on a stored plan (required in the schema the web client is generated from)
    active: bool
    warnings: list[PlanWarning]
    updated_at: datetime

    @classmethod
    def of(cls, stored: StoredPlan) -> PlanPublic:
        # model_validate of one dict: a third of the CPU of the same fields passed as keywords.
        return cls.model_validate(
            {
                **stored.plan.model_dump(),
                "active": stored.active,
                "warnings": stored.warnings,
                "updated_at": datetime.fromisoformat(stored.updated_at),
            }
        )

    @classmethod
    def of_doc(cls, doc: dict[str, Any], active_id: str | None) -> PlanPublic:
        """From a stored plan document, validated once (`of(plans.stored(doc))` validates the plan twice)."""
        return cls.model_validate(
            {
                **doc["plan"],
                "active": doc["plan"]["id"] == active_id,
                "warnings": doc.get("warnings", []),
                "updated_at": datetime.fromisoformat(str(doc["updated_at"])),
            }
        )


class PlanSwap(BaseModel):
    """Swap one exercise of a day: for `replacement_id` (one of GET /swap-options), or, without it, for
    the best replacement that fits the caller's equipment and injuries."""

    model_config = ConfigDict(extra="forbid")

    day_index: int = Field(ge=0, le=6, description="the day (its `day_index`, 0 = Monday)", strict=True)
    exercise_id: str = Field(min_length=1, max_length=80, description="the exercise on that day to replace")
    replacement_id: str | None = Field(default=None, min_length=1, max_length=80)


class ExerciseRef(BaseModel):
    exercise_id: str
    name: str


class SwapDone(BaseModel):
    """What left the day and what took its place."""

    model_config = ConfigDict(populate_by_name=True)

    day_index: int
    from_: ExerciseRef = Field(alias="from")
    to: ExerciseRef


class PlanRepair(BaseModel):
    """A change the plan validator made to the swapped plan (a trimmed set, a corrected estimate, ...)."""

    code: str
    message: str
    day_index: int | None = None
    exercise_id: str | None = None


class PlanSwapped(PlanPublic):
    """The plan after the swap (as GET /{plan_id} returns it), what was swapped, and what the validator
    repaired (hand-made plans are never repaired: what it would change is in `warnings`)."""

    swapped: SwapDone
    repairs: list[PlanRepair]

    @classmethod
    def of_swap(cls, done: Swapped) -> PlanSwapped:
        return cls.model_validate(
            {
                **done.stored.plan.model_dump(),
                "active": done.stored.active,
                "warnings": done.stored.warnings,
                "updated_at": datetime.fromisoformat(done.stored.updated_at),
                "swapped": {
                    "day_index": done.day_index,
                    "from": {"exercise_id": done.removed.exercise_id, "name": done.removed.name},
                    "to": {"exercise_id": done.added.id, "name": done.added.name},
                },
                "repairs": [r.model_dump() for r in done.repairs],
            }
        )


class SwapCandidate(BaseModel):
    """A replacement that fits the caller: same movement and role, their equipment, nothing their injuries rule out."""

    id: str
    name: str
    equipment: list[Equipment]
    load_type: LoadType
    why: str

    @classmethod
    def of(cls, option: SwapOption) -> SwapCandidate:
        e = option.exercise
        return cls(id=e.id, name=e.name, equipment=list(e.equipment), load_type=e.load_type, why=option.why)


class SwapOptions(BaseModel):
    """What may replace one exercise of a day, best first (empty when nothing fits)."""

    day_index: int
    exercise_id: str
    name: str
    items: list[SwapCandidate]


class PlanList(BaseModel):
    items: list[PlanPublic]
    next_cursor: str | None


class SessionCreate(LoggedSession):
    """A session done from the plan in the path."""


class SessionLog(LoggedSession):
    """A session logged without a plan, or a past one: the log body, with `plan_id` (one of the caller's
    plans, whose `day_index` it was) when it was done from a plan."""

    plan_id: str | None = Field(None, min_length=1, max_length=80)

    def logged(self) -> LoggedSession:
        """The session without `plan_id` (stored beside it, not in it)."""
        return LoggedSession.model_validate(self.model_dump(exclude={"plan_id"}))


class SessionUpdate(BaseModel):
    """Changes to a logged session: a field left out stays as it is, an explicit null clears it (`notes`,
    `session_rpe`, `energy`, `day_index`, `name`; `started_at`, `duration_minutes` and `exercises` cannot be
    cleared). `exercises`, when sent, replaces them all. Same ranges as the log body."""

    model_config = ConfigDict(extra="forbid")

    day_index: int | None = Field(None, ge=0, le=6, strict=True)
    started_at: Instant | None = None
    duration_minutes: int | None = Field(None, ge=1, le=600, strict=True)
    exercises: list[LoggedExercise] | None = Field(None, min_length=1, max_length=40)
    session_rpe: float | None = Field(None, ge=1, le=10, multiple_of=0.5, strict=True)
    energy: int | None = Field(None, ge=1, le=5, strict=True)
    notes: str | None = Field(None, max_length=2000)
    name: str | None = Field(None, max_length=MAX_SESSION_NAME)

    def changes(self) -> dict[str, Any]:
        """The fields the client sent, null included (absent ones are not in it)."""
        return self.model_dump(include=set(self.model_fields_set))


class SessionPublic(LoggedSession):
    model_config = ConfigDict(extra="ignore")

    # As stored, on the user's clock: the input's year bound (as written) does not apply to the read-back,
    # where 2000-01-01T00:00+14:00 shown in New York is in 1999 (a 500 in the attacker review).
    started_at: datetime
    id: str
    plan_id: str | None = Field(description="the plan it was done from; null when logged without one")
    created_at: datetime
    updated_at: datetime
    etag: str = Field(
        description="this version, as the ETag header names it (quoted): the If-Match of a later PUT or DELETE. "
        "In the list too, so a client that edits offline from the history it kept sends the version it saw."
    )

    @classmethod
    def of(cls, stored: StoredSession) -> SessionPublic:
        return cls.model_validate(
            {
                **stored.session.model_dump(),
                "id": stored.id,
                "plan_id": stored.plan_id,
                "created_at": datetime.fromisoformat(stored.created_at),
                "updated_at": datetime.fromisoformat(stored.updated_at),
                "etag": quote_etag(stored.etag),
            }
        )


class SessionRecord(BaseModel):
    """An all-time record this session holds: value is kg for e1rm, [kg, reps] for heaviest_weight, reps for
    most_reps. `previous` is the best it beat, in the same shape; null when there was none before (the
    exercise's first time, or the first set at that weight): a baseline, not a record beaten."""

    exercise_id: str
    kind: Literal["e1rm", "heaviest_weight", "most_reps"]
    value: float | int | list[float]
    weight_kg: float | None = None
    previous: float | int | list[float] | None = None


class SessionLogged(SessionPublic):
    """The logged session and the personal records it set."""

    new_records: list[SessionRecord]

    @classmethod
    def of(cls, stored: StoredSession, held: list[dict[str, Any]]) -> SessionLogged:  # type: ignore[override]
        """Built and validated once (not as a SessionPublic first, then dumped and validated again)."""
        return cls.model_validate(
            {
                **stored.session.model_dump(),
                "id": stored.id,
                "plan_id": stored.plan_id,
                "created_at": datetime.fromisoformat(stored.created_at),
                "updated_at": datetime.fromisoformat(stored.updated_at),
                "etag": quote_etag(stored.etag),
                "new_records": held,
            }
        )


class SessionList(BaseModel):
    items: list[SessionPublic]
    next_cursor: str | None
