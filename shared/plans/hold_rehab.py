"""The rehab basics of a week that waits for a physiotherapist's assessment (several severe injuries).

Review 24 (defect 13): three severe areas (lower back, knee, shoulder) gave three 3-minute "sessions" of neck
mobility and breathing. A sports physician would still have the person do each injured area's rehab basics, the
isometrics and unloaded drills compatible with most injuries of the area (`rules.REHAB_BASICS`: quadriceps sets and
straight-leg raises for a knee, McGill's curl-up and the dead bug for a back, the rotator cuff at 0 degrees for a
shoulder), gently and pain-free, until the physiotherapist sets the dose. Isometrics reduce pain and keep strength
in injured tendons and joints at low, pain-free effort (Rio et al. 2015; NICE NG59 for low back pain; early knee
rehabilitation protocols). Effort stays at RPE 3 or less, as everything else in a hold (`checks_volume.check_hold`).
"""

from __future__ import annotations

from shared.exercises.model import Exercise
from shared.plans.rules import PAR_Q_MIN_REST, REHAB_BASICS, Request, prescribe, unloaded_areas
from shared.plans.schema import PlanExercise
from shared.plans.volume import add_credit, item_seconds
from shared.profile.model import Muscle

REHAB_RPE = 3.0  # a third of an effort: pain-free, submaximal (the hold's ceiling)
REHAB_SETS = 2
REHAB_REST = 30  # seconds: an easy effort needs little rest
REHAB_SECONDS = 22 * 60  # the block's most: room left for a walk and mobility in a 20-40 minute session
REHAB_NOTE = "Rehab basics until the physiotherapist sets your dose: a pain-free range, gentle effort; stop if painful."


def rehab_options(pool: tuple[Exercise, ...], request: Request, position: int = 0) -> list[Exercise]:
    """The pool's rehabilitation drills for this person (`volume.as_rehab` marks a severe area's basics): one of each
    severely injured area's basics first (taking turns by day, `position`), then the area's other basics, then the
    other rehab drills its injuries allow (clamshells for a knee: hip work eases the knee's load)."""
    drills = {e.id: e for e in pool if e.rehab and e.hard_sets}
    rounds: list[list[str]] = []
    for area in sorted(unloaded_areas(request)):
        own = sorted(ident for ident in REHAB_BASICS.get(area, frozenset()) if ident in drills)
        if own:
            shift = position % len(own)
            rounds.append(own[shift:] + own[:shift])
    ordered: list[str] = []
    for turn in range(max((len(r) for r in rounds), default=0)):  # each area's first, then each area's second ...
        ordered += [r[turn] for r in rounds if turn < len(r) and r[turn] not in ordered]
    rest = [ident for ident in sorted(drills) if ident not in ordered]
    if rest:
        shift = position % len(rest)
        ordered += rest[shift:] + rest[:shift]
    return [drills[ident] for ident in ordered]


def held_rehab(request: Request, pool: tuple[Exercise, ...]) -> frozenset[str]:
    """The ids of the rehab drills a physiotherapy hold may hold (`pool`: the person's, where `volume.as_rehab` marked
    a severe area's basics); none in a clearance hold (a physician first) or outside a hold."""
    if not request.rehab_first or request.clearance_first:
        return frozenset()
    return frozenset(e.id for e in pool if e.rehab and e.hard_sets)


def rehab_items(
    pool: tuple[Exercise, ...], request: Request, seconds: int, position: int, credit: dict[Muscle, float]
) -> list[PlanExercise]:
    """Up to `seconds` of rehab drills, `REHAB_SETS` sets each at RPE 3, in `rehab_options` order (each injured
    area's basics every day the time allows, taking turns by day, `position`), no muscle past the band's top over the
    week (`credit`, updated). Empty for a clearance hold."""
    if request.clearance_first or not request.rehab_first:
        return []
    options = rehab_options(pool, request, position)
    items: list[PlanExercise] = []
    for exercise in options:
        item = _item(request, exercise)
        cost = item_seconds(item, exercise)
        # No muscle past the band's top over the week (`credit`: the week's so far, counted as the validator does)
        loads = [(m, 1.0) for m in exercise.primary_muscles] + [(m, 0.5) for m in exercise.secondary_muscles]
        if cost > seconds or any(credit.get(m, 0.0) + w * REHAB_SETS > request.band[1] for m, w in loads):
            continue
        seconds -= cost
        add_credit(credit, exercise, REHAB_SETS)
        items.append(item)
    return items


def _item(request: Request, exercise: Exercise) -> PlanExercise:
    rx = prescribe(request, exercise)
    timed = rx.duration_seconds is not None
    side = " Each side." if exercise.unilateral else ""
    return PlanExercise(
        exercise_id=exercise.id,
        name=exercise.name,
        sets=REHAB_SETS,
        reps_min=1 if timed else rx.reps_min,
        reps_max=1 if timed else rx.reps_max,
        target_rpe=REHAB_RPE,
        rest_seconds=max(REHAB_REST, PAR_Q_MIN_REST) if request.par_q else REHAB_REST,  # (a PAR-Q answer's rests)
        duration_seconds=rx.duration_seconds,
        notes=REHAB_NOTE + side,
        role="accessory",
    )
