"""The plan for someone who should not start a training program yet.

A PAR-Q red flag without a physician's clearance (heart condition, chest pain, dizziness) or three or
more severely injured areas: ACSM's pre-participation screening (Riebe et al. 2015) says symptomatic
people stop exercise and see a physician before starting; a program around several severe injuries
needs a physiotherapist's assessment. Vigor still gives the week a shape the person can follow:
gentle breathing and pain-free mobility (everyday-activity effort), and for injuries an easy walk
where one fits, with the reason on every day. No hard sets, no intervals, nothing at more than RPE 3.
"""

from __future__ import annotations

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans import conditioning
from shared.plans.rules import Request
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.volume import item_seconds

HOLD_RPE = 3.0
# Breathing comes first on its own; nothing to get down into and up out of (a deep squat hold, kneeling drills) for
# someone waiting for clearance, who may be dizzy (the eighteenth review: a 76-year-old's deep squat holds).
_HOLD_SKIPS = frozenset({"diaphragmatic-breathing"}) | conditioning.OLDER_SKIPS
WALK_MINUTES = 15
MOBILITY_SECONDS = 10 * 60


def hold_days(pool: tuple[Exercise, ...], request: Request, weekdays: list[int]) -> list[PlanDay]:
    """One gentle session per asked day, none longer than the minutes asked for."""
    seconds = request.minutes * 60
    days = []
    for position, weekday in enumerate(weekdays):
        items: list[PlanExercise] = []
        breathing = find_exercise("diaphragmatic-breathing")
        if breathing is not None:
            note = "Slow breaths into the belly, longer out than in."
            items.append(
                conditioning.timed_item(breathing, sets=1, seconds=120, rest=0, rpe=2.0, notes=note, role="mobility")
            )
        if request.rehab_first and not request.clearance_first:
            block = conditioning.recovery_block(pool, request, min(WALK_MINUTES * 60, seconds // 2))
            if block is not None:
                walk = block.item.model_copy(
                    update={"target_rpe": HOLD_RPE, "notes": f"{block.item.notes} Stop if any injury hurts more."}
                )
                items.append(walk)
        left = seconds - sum(item_seconds(i, None) for i in items)
        items += [
            i.model_copy(update={"target_rpe": HOLD_RPE})
            for i in conditioning.mobility_program(
                pool, min(MOBILITY_SECONDS, left), position, rounds=1, exclude=_HOLD_SKIPS
            )
        ]
        minutes = max(1, round(sum(item_seconds(i, None) for i in items) / 60))
        note = (
            "No workouts until a physician clears you: gentle movement only."
            if request.clearance_first
            else "Gentle movement until a physiotherapist has assessed your injuries."
        )
        days.append(
            PlanDay(
                day_index=weekday,
                name="Gentle movement",
                focus="Breathing and pain-free mobility",
                estimated_minutes=min(minutes, request.minutes),
                exercises=items,
                time_note=note,
            )
        )
    return days
