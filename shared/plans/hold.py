"""The plan for someone who should not start a training program yet.

A PAR-Q red flag without a physician's clearance (heart condition, chest pain, dizziness) or three or
more severely injured areas: ACSM's pre-participation screening (Riebe et al. 2015) says symptomatic
people stop exercise and see a physician before starting; a program around several severe injuries
needs a physiotherapist's assessment. Vigor still gives the week a shape the person can follow:
gentle breathing and pain-free mobility (everyday-activity effort), and for injuries an easy walk
where one fits, with the reason on every day. No hard sets, no intervals, nothing at more than RPE 3.
Waiting for a physiotherapist, each injured area's rehab basics come in too, gently (`hold_rehab`), in a session of
a sensible length (`HOLD_MINUTES`): review 24 found three 3-minute "sessions" for three severe injuries.
"""

from __future__ import annotations

from collections import defaultdict

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.exercises.posture import posture
from shared.plans import conditioning
from shared.plans.hold_rehab import REHAB_SECONDS, rehab_items
from shared.plans.rules import Request
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.volume import item_seconds
from shared.profile.model import Muscle

HOLD_RPE = 3.0
# Breathing comes first on its own; nothing to get down into and up out of (a deep squat hold, kneeling drills) for
# someone waiting for clearance, who may be dizzy (the eighteenth review: a 76-year-old's deep squat holds).
_HOLD_SKIPS = frozenset({"diaphragmatic-breathing"}) | conditioning.OLDER_SKIPS
WALK_MINUTES = 15
MOBILITY_SECONDS = 10 * 60
BREATHING = "diaphragmatic-breathing"
BREATHING_SECONDS, BREATHING_PAUSE, BREATHING_ROUNDS = 120, 30, 4  # about 10 minutes when nothing else fits
_LEVEL = {"standing": 0, "seated": 1, "lying": 2}
# A physiotherapy hold's session at most: walking, rehab basics and mobility in 20-40 minutes, as a sports physician
# would give while the assessment is booked (review 24, defect 13); a shorter ask is kept.
HOLD_MINUTES = 40
WAITING_NOTE = (
    "While you wait for the physiotherapist (book the assessment now): the rehab basics below each day, gently and "
    "pain-free{walk}; stop anything that hurts more."
)
NO_WALK_NOTE = " A walk or a ride waits for the assessment too: your {areas} would carry it."


def _grouped_by_position(items: list[PlanExercise]) -> list[PlanExercise]:
    """Standing work first, then seated, then the floor work together (breathing opens it): getting up from the floor
    once, not three times, for someone whose blood pressure drops on standing (review 22: a gentle day went floor,
    standing, floor, standing, floor). The order is otherwise kept."""
    positions = {i.exercise_id: posture(e) for i in items if (e := find_exercise(i.exercise_id)) is not None}
    return sorted(items, key=lambda i: (_LEVEL[positions.get(i.exercise_id, "standing")], i.exercise_id != BREATHING))


def _seconds(items: list[PlanExercise]) -> int:
    return sum(item_seconds(i, find_exercise(i.exercise_id)) for i in items)


def _mobility(
    pool: tuple[Exercise, ...], items: list[PlanExercise], seconds: int, position: int, share: int
) -> list[PlanExercise]:
    """Mobility drills not yet in `items`, in up to 1/`share` of the seconds left (at most `MOBILITY_SECONDS` a day)."""
    room = (seconds - _seconds(items)) // share
    taken = MOBILITY_SECONDS - sum(
        item_seconds(i, None) for i in items if i.role == "mobility" and i.exercise_id != BREATHING
    )
    skips = _HOLD_SKIPS | {i.exercise_id for i in items}
    drills = conditioning.mobility_program(pool, max(0, min(taken, room)), position, rounds=1, exclude=skips)
    return [i.model_copy(update={"target_rpe": HOLD_RPE}) for i in drills]


def _no_walk(request: Request, walked: bool) -> str:
    """Why a physiotherapy hold's day has no walk or ride: a severe knee, ankle or hip would carry it."""
    legs = sorted(a.replace("_", " ") for a, s in request.injuries if s == "severe" and a in ("knee", "ankle", "hip"))
    return "" if walked or not legs else NO_WALK_NOTE.format(areas=" and ".join(legs))


def hold_days(pool: tuple[Exercise, ...], request: Request, weekdays: list[int]) -> list[PlanDay]:
    """One gentle session per asked day, none longer than the minutes asked for."""
    seconds = (request.minutes if request.clearance_first else min(request.minutes, HOLD_MINUTES)) * 60
    days = []
    credit: dict[Muscle, float] = defaultdict(float)  # the rehab drills' weekly sets, kept under the band's top
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
        walked = len(items) > 1
        # Mobility, then the rehab basics (a third of the time left for the stretches when there are basics to do),
        # then more mobility if minutes are still left.
        rehab_first = request.rehab_first and not request.clearance_first
        items += _mobility(pool, items, seconds, position, share=3 if rehab_first else 1)
        rehab = rehab_items(pool, request, min(REHAB_SECONDS, seconds - _seconds(items)), position, credit)
        items += rehab
        if rehab:
            items += _mobility(pool, items, seconds, position + 1, share=1)
        only_breathing = [i.exercise_id for i in items] == [BREATHING]
        if only_breathing:
            # Every area too injured for a walk or a stretch (review 22: three sessions of 2 minutes): a breathing
            # session of a sensible length, a few rounds with an easy pause, and the physiotherapist first.
            rounds = max(1, min(BREATHING_ROUNDS, seconds // (BREATHING_SECONDS + BREATHING_PAUSE)))
            pause = BREATHING_PAUSE if rounds > 1 else 0
            notes = f"{items[0].notes} {rounds} rounds of 2 minutes."
            items[0] = items[0].model_copy(update={"sets": rounds, "rest_seconds": pause, "notes": notes})
        elif rehab_first and items and items[0].exercise_id == BREATHING and _seconds(items) < MOBILITY_SECONDS:
            # Little left to do (every area severe, or the week's top reached by the drills): more breathing rounds
            # make a session of about 10 minutes, not 4 (review 22's breathing session, with the drills beside it).
            others = _seconds(items) - item_seconds(items[0], None)
            room = min(seconds, MOBILITY_SECONDS) - others
            rounds = max(1, min(BREATHING_ROUNDS, room // (BREATHING_SECONDS + BREATHING_PAUSE)))
            if rounds > 1:
                notes = f"{items[0].notes} {rounds} rounds of 2 minutes."
                items[0] = items[0].model_copy(update={"sets": rounds, "rest_seconds": BREATHING_PAUSE, "notes": notes})
        items = _grouped_by_position(items)
        minutes = max(1, round(_seconds(items) / 60))
        note = (
            "No workouts until a physician clears you: gentle movement only."
            if request.clearance_first
            else "See a physiotherapist before any training: with your injuries, only gentle breathing until then."
            if only_breathing
            else WAITING_NOTE.format(walk=", and the easy walk or ride" if walked else "") + _no_walk(request, walked)
            if rehab
            else "Gentle movement until a physiotherapist has assessed your injuries."
        )
        days.append(
            PlanDay(
                day_index=weekday,
                name="Gentle movement",
                focus="Breathing, rehab basics and pain-free mobility" if rehab else "Breathing and pain-free mobility",
                estimated_minutes=min(minutes, request.minutes),
                exercises=items,
                time_note=note,
            )
        )
    return days
