"""Warm-ups fitted to the person and the day: the RAMP structure (Jeffreys 2007, NSCA's Essentials,
4th ed., ch. 14): Raise temperature and heart rate, Activate and Mobilise the muscles and joints the
day's lifts use, Potentiate with ramp-up sets of the first lift.

routine(request, minutes) -> (warm-up, cool-down)   the steps done at every session
day_warmup(request, exercises, seconds) -> items    the day's activation and mobility drills

The day's drills fill the plan-level "Activate and mobilise" step (its seconds), so session times
do not change; they name what to do for that day's main movements, the person's injured areas and,
for older adults, the chair and balance practice the day will use. Nothing here is loaded: a drill
for an injured area is done within a pain-free range only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from shared.exercises.catalog import find_exercise
from shared.exercises.posture import posture
from shared.plans.rules import LOWER_PATTERNS as _LOWER
from shared.plans.rules import Request, session_routine
from shared.plans.schema import PlanExercise, RoutineItem
from shared.plans.templates import BALANCE_SHORT_MINUTES


class Drill(NamedTuple):
    """A warm-up drill: its name, dose and cue, and a catalog exercise that loads the body as the
    drill does, whose contraindications it shares (None: too gentle to have any)."""

    name: str
    notes: str
    proxy: str | None


# Activation and mobility per movement pattern.
PATTERN_DRILLS: dict[str, Drill] = {
    "squat": Drill("Bodyweight squats to a box or chair", "8-10 slow reps, knees tracking over the toes.",
              "bodyweight-squat"),
    "lunge": Drill("Split-stance rocks", "8 a side, front knee over the foot, torso tall.", "split-squat"),
    "hinge": Drill("Hip hinge to a wall", "8 reps: push the hips back to touch the wall, flat back.",
              "good-morning-bodyweight"),
    "horizontal_push": Drill("Scapular push-ups", "10 reps against a wall, shoulder blades glide.", "wall-push-up"),
    "vertical_push": Drill("Wall slides", "10 reps, forearms on the wall, slide up without shrugging.", "wall-push-up"),
    "horizontal_pull": Drill("Arm swings and shoulder-blade squeezes", "15 reps, squeeze the shoulder blades.",
                        "arm-circles"),
    "vertical_pull": Drill("Overhead reaches", "8 reps, reach long, then draw the shoulders down and back.",
                      "scapular-pull-up"),
}  # fmt: skip
_GLUTES: Drill = Drill("Glute bridges", "10 reps, squeeze at the top for a second.", "glute-bridge")
# Leg swings stand on one leg: the single-leg stand's rules decide (the thirteenth review: a severe ankle got them).
_HIPS: Drill = Drill("Leg swings", "10 a side, front to back and across, holding on to something.", "single-leg-stand")
_SHOULDERS: Drill = Drill("Arm circles", "10 forwards and 10 back, growing bigger.", "arm-circles")

# Gentle, unloaded, pain-free drills for an injured area (rehabilitation practice: move the area
# through its comfortable range before loading anything near it).
_INJURY_DRILLS: dict[str, Drill] = {
    "knee": Drill("Quad sets and heel slides", "10 each, pain-free range only.", None),
    "shoulder": Drill("Pendulum swings", "30 s each way, arm hanging loose, no pain.", None),
    "lower_back": Drill("Pelvic tilts and knee rocks on your back", "10 each, slow, pain-free.", None),
    "hip": Drill("Supine knee rocks and heel slides", "10 each, pain-free range.", None),
    "ankle": Drill("Ankle circles and alphabet", "10 circles each way, seated.", None),
    "wrist": Drill("Wrist circles", "10 each way, gentle.", None),
    "elbow": Drill("Elbow bends and forearm turns", "10 each, no load.", None),
    "neck": Drill("Chin tucks and gentle neck turns", "5 each side, slow, no pain.", None),
}
_OLDER: Drill = Drill("Sit-to-stand and heel raises holding a chair", "5 of each, slowly: practise getting up and "
                 "balance.", "sit-to-stand")  # fmt: skip

_BALANCE = Drill("Single-leg stand next to a chair", "20 s a side, twice; fingertips on the chair if needed.",
                 "single-leg-stand")  # fmt: skip
_SEVERITY_ORDER = ("severe", "moderate", "mild")
# Drills done lying on the floor that have no catalog proxy (the injured back's and hip's, done on the back).
_FLOOR_DRILLS = frozenset({_INJURY_DRILLS["lower_back"].name, _INJURY_DRILLS["hip"].name})


def routine(request: Request) -> tuple[list[RoutineItem], list[RoutineItem]]:
    """The warm-up and cool-down done at every session, sized to its length (longer for older adults)."""
    warm, cool = session_routine(request)
    # No skipping for anyone whose legs or back are injured (the thirteenth review: a moderate knee and a severe
    # lower back were told to skip), and seated work for a severely injured leg, which cannot walk it off either.
    legs = {area for area, _ in request.injuries if area in ("knee", "ankle", "hip")}
    back = any(area == "lower_back" and severity != "mild" for area, severity in request.injuries)
    seated = request.severe_lower_limb
    if seated:
        # an arm ergometer only for someone with cardio machines (review 25: no text names kit the user lacks)
        ergometer = " and an arm ergometer" if "cardio_machine" in request.equipment else ""
        raise_ = f"Seated: arm circles and punches{ergometer}, building up gently."
    elif request.low_impact or legs or back:
        raise_ = "Walk, march or cycle easily, building up gradually."
    else:
        raise_ = "Easy cardio or skipping, building to a light sweat."
    warmup = [
        RoutineItem(name="Raise: easy cardio", duration_seconds=warm // 2, notes=raise_),
        RoutineItem(
            name="Activate and mobilise",
            duration_seconds=warm - warm // 2,
            notes="Lifting days: the drills listed with the day, and ramp-up sets with the first lift. Aerobic days: "
            "the session's own activity, easy.",
        ),
    ]
    cooldown = [
        RoutineItem(
            name="Slow breathing, seated" if seated else "Easy walk and slow breathing",
            duration_seconds=cool // 2,
            notes="Let your heart rate settle.",
        ),
        RoutineItem(
            name="Gentle stretches", duration_seconds=cool - cool // 2, notes="The muscles you trained, 30 s each."
        ),
    ]
    return warmup, cooldown


def day_warmup(request: Request, exercises: Sequence[PlanExercise], seconds: int) -> list[RoutineItem]:
    """The day's activation and mobility drills (at most 5), sharing `seconds` (the plan's
    "Activate and mobilise" step): injured areas first, then the day's lifting patterns in order,
    an older adult's chair practice; [] when the day has no lifting."""
    patterns: list[str] = []
    for item in exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is not None and exercise.hard_sets and exercise.pattern in PATTERN_DRILLS:
            if exercise.pattern not in patterns:
                patterns.append(exercise.pattern)
    if not patterns:
        return []
    # The most severe injured area's drill (severe before moderate before mild).
    hurt = sorted(request.injuries, key=lambda pair: (_SEVERITY_ORDER.index(pair[1]), pair[0]))
    drills: list[Drill] = [_INJURY_DRILLS[area] for area, _ in hurt if area in _INJURY_DRILLS][:1]
    if request.older:
        drills.append(_OLDER)
        standing = not any(sev == "severe" and area in ("knee", "hip", "ankle") for area, sev in request.injuries)
        # The balance drill, moved here in a session of 30 minutes or less (never on one leg with a severe knee, hip
        # or ankle); over 30 minutes it is an item of the session (review 24), here only when that did not fit.
        drilled = any(i.role == "balance" for i in exercises)
        if request.minutes <= BALANCE_SHORT_MINUTES and standing and not drilled:
            drills.append(_BALANCE)
    lower = [p for p in patterns if p in _LOWER]
    upper = [p for p in patterns if p not in _LOWER]
    # Per region: its general drill, then each movement of the day (an older adult's chair practice
    # already covers the squat); the region of the day's first lift first, both regions' first two
    # drills before either region's rest (a full-body day warms up both).
    regions = []
    if lower:
        regions.append([_HIPS, *(PATTERN_DRILLS[p] for p in lower if not (request.older and p == "squat")), _GLUTES])
    if upper:
        regions.append([_SHOULDERS, *(PATTERN_DRILLS[p] for p in upper)])
    if patterns[0] not in _LOWER:
        regions.reverse()
    drills += [d for region in regions for d in region[:2]] + [d for region in regions for d in region[2:]]
    injuries = dict(request.injuries)
    chosen: list[Drill] = []
    for drill in drills:
        proxy = find_exercise(drill[2]) if drill[2] else None
        if drill not in chosen and not (proxy is not None and proxy.contraindicated_for(injuries)):
            chosen.append(drill)
    # At least 40 s a drill: a short session does fewer drills properly rather than five in a rush.
    chosen = chosen[: max(2, min(5, seconds // 40))]
    if request.orthostatic:
        chosen = _floor_together(chosen, exercises)
    each = max(15, seconds // max(1, len(chosen)))
    return [RoutineItem(name=name, duration_seconds=each, notes=notes) for name, notes, _ in chosen]


def _on_floor(drill: Drill) -> bool:
    proxy = find_exercise(drill.proxy) if drill.proxy else None
    return drill.name in _FLOOR_DRILLS or (proxy is not None and posture(proxy) == "lying")


def _floor_together(drills: list[Drill], exercises: Sequence[PlanExercise]) -> list[Drill]:
    """The floor drills together, so the warm-up gets down and up once: for someone whose blood pressure drops on
    standing up (blood-pressure medicine, a dizziness answer), each rise from the floor is a moment of light-headedness
    (review 23: standing, floor, standing drills). They come last when the day's first lift is done lying (one
    descent for both), else first, straight after the walk. The order is otherwise kept."""
    first = next((e for i in exercises if (e := find_exercise(i.exercise_id)) is not None and e.hard_sets), None)
    last = first is not None and posture(first) == "lying"
    return sorted(drills, key=lambda d: _on_floor(d) == last)


def aerobic_warmup(exercises: Sequence[PlanExercise], seconds: int) -> list[RoutineItem]:
    """An aerobic or recovery day's warm-up: the first minutes of its own activity, easy (review 21, D15: a zone-2
    walk was shown a lifting day's drills and ramp-up sets). A specific warm-up rehearses the session's movement at a
    low intensity (Jeffreys 2007; ACSM's Guidelines: 5-10 minutes of light-to-moderate activity); [] without one."""
    block = next((item for item in exercises if item.role == "conditioning" and item.duration_seconds), None)
    if block is None or seconds <= 0:
        return []
    hard = block.target_rpe >= 7  # intervals: easy minutes before the first hard one
    activity = block.name.lower()
    notes = (f"{block.name} at an easy pace before the first hard interval." if hard else
             f"The first minutes of the {activity}, slower than the session's pace, building up to it.")  # fmt: skip
    return [RoutineItem(name=f"Easy {block.name.lower()}"[:80], duration_seconds=min(seconds, 1800), notes=notes[:200])]


_ALL: dict[str, Drill] = {
    d.name: d
    for d in (*PATTERN_DRILLS.values(), *_INJURY_DRILLS.values(), _GLUTES, _HIPS, _SHOULDERS, _OLDER, _BALANCE)
}


def drills_of(items: Iterable[RoutineItem]) -> list[Drill]:
    """The drills behind a day's warm-up items (items Vigor did not write are skipped)."""
    return [_ALL[item.name] for item in items if item.name in _ALL]
