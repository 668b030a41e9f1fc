"""Request and response models of the workouts and progress routers."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.plans.schema import Plan, PlanDraft, ProgressionMethod
from shared.workouts.model import LoggedSession
from shared.workouts.plan_checks import PlanWarning
from shared.workouts.plans import StoredPlan
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


class PlanList(BaseModel):
    items: list[PlanPublic]
    next_cursor: str | None


class SessionCreate(LoggedSession):
    """A session done from the plan in the path."""


class SessionUpdate(LoggedSession):
    """A session's corrected content (replaces the whole log)."""


class SessionPublic(LoggedSession):
    model_config = ConfigDict(extra="ignore")

    id: str
    plan_id: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, stored: StoredSession) -> SessionPublic:
        return cls.model_validate(
            {
                **stored.session.model_dump(),
                "id": stored.id,
                "plan_id": stored.plan_id,
                "created_at": datetime.fromisoformat(stored.created_at),
                "updated_at": datetime.fromisoformat(stored.updated_at),
            }
        )


class SessionRecord(BaseModel):
    """An all-time record this session set: value is kg for e1rm, [kg, reps] for heaviest_weight, reps for most_reps."""

    exercise_id: str
    kind: Literal["e1rm", "heaviest_weight", "most_reps"]
    value: float | int | list[float]
    weight_kg: float | None = None


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
                "new_records": held,
            }
        )


class SessionList(BaseModel):
    items: list[SessionPublic]
    next_cursor: str | None
