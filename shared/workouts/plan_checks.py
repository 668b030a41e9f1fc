"""Checks on a plan made by hand (POST/PUT /api/workouts).

A hand-made plan is the user's own: it is stored as written, never silently repaired. What makes it
unusable is a 422 naming the field (an exercise neither in the catalog nor custom, a reversed rep
range, two days on one weekday). What the plan engine would not do (equipment the user lacks, an
exercise their injury rules out, volume outside the evidence bands) comes back as warnings.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from shared.errors import ErrorList
from shared.exercises.catalog import find_exercise
from shared.plans.rules import resolve, volume_band
from shared.plans.schema import MuscleVolume, Plan, PlanDraft
from shared.plans.validator import validate_plan
from shared.plans.volume import volume_table, weekly_hard_sets
from shared.profile.model import FitnessProfile

CUSTOM_ID = re.compile(r"^custom:[a-z0-9]+(-[a-z0-9]+)*$")
CUSTOM_HELP = "must be a catalog exercise id (GET /api/exercises) or a custom one like 'custom:sled-push'"


class PlanWarning(BaseModel):
    """Something the plan engine would not have done; the plan is stored anyway."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: str
    day_index: int | None = None
    exercise_id: str | None = None


def is_known_exercise(exercise_id: str) -> bool:
    """In the catalog, or a well-formed custom id."""
    return find_exercise(exercise_id) is not None or bool(CUSTOM_ID.match(exercise_id))


def check_draft(draft: PlanDraft) -> None:
    """422 for what would make the plan unusable, naming each field."""
    errors = ErrorList()
    seen: set[int] = set()
    for d, day in enumerate(draft.days):
        if day.day_index in seen:
            errors.add(f"days.{d}.day_index", "another day of the plan is already on this weekday")
        seen.add(day.day_index)
        for e, item in enumerate(day.exercises):
            where = f"days.{d}.exercises.{e}"
            if not is_known_exercise(item.exercise_id):
                errors.add(f"{where}.exercise_id", CUSTOM_HELP)
            if item.reps_min > item.reps_max:
                errors.add(f"{where}.reps_max", "must be at least reps_min")
    errors.raise_if_any("The plan has invalid fields")


def weekly_sets(draft: PlanDraft, profile: FitnessProfile | None) -> list[MuscleVolume]:
    """The plan's weekly hard sets per muscle against the band for its goal and the user's level."""
    # The engine's band for this person (an older adult's floor) when the plan is for their goal.
    floor, top = resolve(profile).band_for(draft.goal) if profile else volume_band(draft.goal, "beginner")
    return volume_table(weekly_hard_sets(draft.days), floor, top)


def warnings_for(plan: Plan, profile: FitnessProfile | None) -> list[PlanWarning]:
    """The validator's findings for this user, as warnings (none without a profile to judge by)."""
    if profile is None:
        return []
    report = validate_plan(plan, profile)
    found: list[PlanWarning] = []
    findings = [(f, f.message) for f in report.violations]
    findings += [(f, f"The plan engine would change this: {f.message}") for f in report.repairs]
    for finding, message in findings:
        if finding.code == "unknown_exercise" and finding.exercise_id and CUSTOM_ID.match(finding.exercise_id):
            continue
        found.append(
            PlanWarning(
                code=finding.code, message=message, day_index=finding.day_index, exercise_id=finding.exercise_id
            )
        )
    return found
