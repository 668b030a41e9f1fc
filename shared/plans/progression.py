"""Progression schemes, loadable steps in the user's units, and the RPE table.

Shared by the engine (the plan's `progression`, each main lift's scheme) and the recommendations
(next-session targets). The rules and their sources are in docs/training-science.md, "Progression":

* a load step is at most 2.5% (upper-body and isolation lifts) or 5% (lower-body compound lifts)
  once rounded to what the user can load in their units; when the smallest loadable step is bigger,
  reps go up first (double progression) and the load never overshoots; the one exception is linear
  progression on light loads (under about 60 kg upper body, 100 kg lower body), which takes the
  smallest loadable step up to 10% (novice progression, ACSM 2009: 2-10%);
* schemes: linear (novices' main lifts), double progression, RPE-based (load from an e1RM and the
  Helms/Zourdos/Tuchscherer RPE table) and a 5/3/1-style training-max wave (Wendler 2011).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from shared.exercises.model import Exercise
from shared.plans.rules import DELOAD_EVERY, Request, heavy_main_lifts, injury_cap, prescribe
from shared.plans.schema import Progression, ProgressionMethod, WaveSet, WaveWeek
from shared.profile.model import Units

LOAD_STEP_MIN_PCT = 2.5  # upper-body and isolation lifts
LOAD_STEP_MAX_PCT = 5.0  # lower-body compound lifts
# Novice linear progression on light loads: the smallest loadable step even when it is over the %
# cap, up to NOVICE_STEP_MAX_PCT (ACSM 2009: 2-10% for novices), under these loads (kg).
NOVICE_STEP_MAX_PCT = 10.0
# The smallest loadable step is taken whenever it stays inside NSCA's session-to-session increase (2.5-5% upper
# body, 5-10% lower body; Haff & Triplett, Essentials of Strength Training and Conditioning, 4th ed., ch. 17):
# a 2.5 kg step at 87.5 kg is 2.9%, which a 2.5% cap turned into weeks of extra reps (review 19).
SMALLEST_STEP_MAX_PCT = {LOAD_STEP_MIN_PCT: 5.0, LOAD_STEP_MAX_PCT: 10.0}
LIGHT_LOAD_KG = {"upper": 60.0, "lower": 100.0}
BACKOFF_FRACTION = 0.9  # back-off sets at about 90% of the top set
# Linear progression's answer to a stall (Rippetoe, Starting Strength 3rd ed.: reset about 10% after missing the reps
# at one load; GZCLP and StrongLifts the same, after 2-3 failed sessions): MISSES_TO_RESET sessions in a row short of
# the reps at one load take the load RESET_PCT% down; a second stall near the same load switches the lift to double
# progression (the plan text `SCHEME_WORDS["linear"]` says exactly this; recommendations._linear does it).
MISSES_TO_RESET = 2
RESET_PCT = 10
RESET_FRACTION = 1 - RESET_PCT / 100
# A deload week asked for by a stall or by fatigue is the one reduction: the loads after it come back at about 95% of
# the last work sets that met their prescription, with no further cut (review 21's D11; the plan's "resume where you
# left off", a step short of it after a stall).
RESUME_PCT = 95
FSL_REPS = 5  # a training-max wave's back-off sets: fives at the first set's load (Wendler's First Set Last)
KG_PER_LB = 0.45359237
EPS = 1e-6
_LOWER = frozenset({"quads", "glutes", "hamstrings", "adductors", "calves"})
_MAIN_PATTERNS = frozenset({"squat", "hinge", "horizontal_push", "vertical_push"})
Unit = Literal["kg", "lb"]
Kit = Literal["barbell", "dumbbell", "kettlebell", "stack", "plate", "band", "none"]

# Loadable weights (ACSM 2009 / NSCA load increments, in what gyms actually stock):
# barbells with 1.25 kg or 2.5 lb change plates a side; dumbbells in 2 kg steps to 10 kg then 2.5 kg,
# or 5 lb; kettlebells in 4 kg steps, or the lb bells sold (35, 40, 45, 53 ...); machine and cable
# stacks in 5 kg or 10 lb plates; a dip belt or vest in 2.5 kg or 5 lb plates.
_KETTLEBELLS_LB = (5, 10, 15, 20, 25, 30, 35, 40, 45, 53, 62, 70, 80, 88, 97, 106, 124, 141)
_DUMBBELLS_KG = (1, 2, 4, 6, 8, 10, *(10 + 2.5 * i for i in range(1, 29)))


def unit_of(units: Units) -> Unit:
    return "lb" if units == "imperial" else "kg"


LB_SHOWN_STEP = 0.5  # loads in pounds are shown to the half pound (`to_display`)


def to_display(weight_kg: float, unit: Unit) -> float:
    """A stored load (kg) in the user's unit: kilograms to 0.01, pounds to the half pound (a logged 102.058 kg is
    225 lb, and so is a record or e1RM stored at 0.1 kg as 102.1 kg, not "225.1 lb"). No plate or dumbbell in pounds
    is finer than half a pound, and a value stored at 0.1 kg is within 0.11 lb of what was lifted."""
    if unit == "lb":
        return round(round(weight_kg / KG_PER_LB / LB_SHOWN_STEP) * LB_SHOWN_STEP, 1)
    return round(weight_kg, 2)


def to_kg(weight: float, unit: Unit) -> float:
    """A load in the user's unit back to kg (kept to 3 decimals so it converts back exactly)."""
    return round(weight * KG_PER_LB, 3) if unit == "lb" else round(weight, 3)


def is_assisted(exercise: Exercise | None, exercise_id: str = "") -> bool:
    """Assisted machines and bands: the logged load is help, so less is progress."""
    if exercise is not None and exercise.load_type == "assisted":
        return True
    return "assisted" in (exercise.id if exercise is not None else exercise_id)


def kit(exercise: Exercise | None, exercise_id: str = "") -> Kit:
    """The equipment that sets the loadable steps."""
    if exercise is None:
        return "plate"
    equipment = set(exercise.equipment)
    if is_assisted(exercise, exercise_id):
        return "band" if "resistance_bands" in equipment and "machines" not in equipment else "stack"
    if exercise.load_type == "bodyweight":
        return "plate"  # added weight on a belt or vest
    if "barbell" in equipment:
        return "barbell"
    if "kettlebells" in equipment:
        return "kettlebell"
    if "dumbbells" in equipment:
        return "dumbbell"
    if equipment & {"machines", "cable_machine"}:
        return "stack"
    if "resistance_bands" in equipment:
        return "band"
    return "plate"


def _ladder(which: Kit, unit: Unit) -> tuple[float, ...] | float | None:
    """An explicit ladder, an arithmetic step, or None (bands: no numeric load steps)."""
    if which == "band" or which == "none":
        return None
    if which == "kettlebell":
        return _KETTLEBELLS_LB if unit == "lb" else 4.0
    if which == "dumbbell":
        return 5.0 if unit == "lb" else _DUMBBELLS_KG
    if which == "stack":
        return 10.0 if unit == "lb" else 5.0
    return 5.0 if unit == "lb" else 2.5  # barbell and plates


def step_above(load: float, which: Kit, unit: Unit) -> float | None:
    """The smallest loadable weight strictly above `load` (in `unit`), or None."""
    ladder = _ladder(which, unit)
    if ladder is None:
        return None
    if isinstance(ladder, float):
        return round((math.floor(load / ladder + EPS) + 1) * ladder, 2)
    return next((w for w in ladder if w > load + EPS), None)


def floor_loadable(load: float, which: Kit, unit: Unit) -> float:
    """The heaviest loadable weight at or below `load` (0 when nothing fits)."""
    ladder = _ladder(which, unit)
    if ladder is None:
        return round(load, 2)
    if isinstance(ladder, float):
        return round(math.floor(load / ladder + EPS) * ladder, 2)
    return max((w for w in ladder if w <= load + EPS), default=0.0)


def about_fraction(current: float, fraction: float, which: Kit, unit: Unit) -> float:
    """The loadable weight nearest `current` x `fraction` (a stated "about 10% off": 110 lb -> 100 lb, not 95, which
    is 13.6% off; review 27), below `current` whenever any loadable weight is; a tie takes the lighter. 0 when
    nothing fits. In `unit`, like `current`."""
    target = current * fraction
    below = floor_loadable(target, which, unit)
    above = step_above(below, which, unit) if below < target - EPS else None
    if above is not None and above < current - EPS and above - target < target - below - EPS:
        return above
    return below


def is_loadable(load: float, which: Kit, unit: Unit) -> bool:
    return abs(floor_loadable(load, which, unit) - load) < 1e-6


def load_step_pct(exercise: Exercise | None) -> float:
    """5% for lower-body compound lifts, 2.5% for everything else."""
    if exercise is not None and not exercise.isolation and exercise.primary_muscles[0] in _LOWER:
        return LOAD_STEP_MAX_PCT
    return LOAD_STEP_MIN_PCT


def step_ceiling_pct(exercise: Exercise | None) -> float:
    """The most the smallest loadable step may add, in % (5% upper body and isolation, 10% lower-body compounds)."""
    return SMALLEST_STEP_MAX_PCT[load_step_pct(exercise)]


def light_load(current: float, exercise: Exercise | None, unit: Unit = "kg") -> bool:
    """Under about 60 kg (upper body and isolation) or 100 kg (lower-body compound lifts)."""
    limit = LIGHT_LOAD_KG["lower" if load_step_pct(exercise) == LOAD_STEP_MAX_PCT else "upper"]
    return to_kg(current, unit) < limit - EPS


def next_load(current: float, exercise: Exercise | None, unit: Unit = "kg", *, linear: bool = False) -> float | None:
    """The next load up within the plan's step (in `unit`): up to `load_step_pct` of the load, or the smallest
    loadable step when that is more but within `step_ceiling_pct`; None when even the smallest loadable step is
    bigger (progress reps first). Never an overshoot.

    `linear`: novice linear progression, where a light load (`light_load`) may take the smallest
    loadable step even over the % cap, up to NOVICE_STEP_MAX_PCT (a 40 kg bench goes to 42.5 kg)."""
    which = kit(exercise)
    if current <= 0:
        return None
    nxt = step_above(current, which, unit)
    allowed = current * (1 + load_step_pct(exercise) / 100)
    if nxt is None:
        return None
    if nxt > allowed + EPS:
        if nxt <= current * (1 + step_ceiling_pct(exercise) / 100) + EPS:
            return nxt
        novice = linear and light_load(current, exercise, unit)
        return nxt if novice and nxt <= current * (1 + NOVICE_STEP_MAX_PCT / 100) + EPS else None
    return max(nxt, floor_loadable(allowed, which, unit))


def backoff_load(top: float, exercise: Exercise | None, unit: Unit = "kg") -> float:
    """About 90% of a top set's load, rounded down to a loadable weight (never 0 when the top loads)."""
    return floor_loadable(top * BACKOFF_FRACTION, kit(exercise), unit) or top


def plate_increment(exercise: Exercise | None, unit: Unit = "kg") -> float:
    """The usual smallest jump for this kind of equipment (dumbbells: the light-end step)."""
    ladder = _ladder(kit(exercise), unit)
    if ladder is None:
        return 0.0
    if isinstance(ladder, float):
        return ladder
    return ladder[2] - ladder[1]


def round_to(load: float, increment: float, *, up: bool) -> float:
    """Round a load to a plain increment (up or down)."""
    steps = load / increment
    steps = math.ceil(steps - 1e-9) if up else math.floor(steps + 1e-9)
    return round(steps * increment, 2)


# --- RPE / RIR: %1RM for reps done at RPE 10; RPE r at n reps reads as n + (10 - r) reps at RPE 10
# (Zourdos et al. 2016; Helms et al. 2016; Tuchscherer's table as used in RTS programming).
_PCT_AT_RPE10 = (100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6, 59.9, 57.4)


# An RPE under 6 reads as 6: at most 4 reps in reserve are credited, the table's range (RIR ratings further from
# failure are unreliable: Zourdos et al. 2016), so an easy set logged at RPE 5 does not claim an e1RM it never showed.
MIN_RPE = 6.0


def pct_1rm(reps: int, rpe: float) -> float:
    """The fraction of 1RM that `reps` at `rpe` takes (RPE 6-10, half steps interpolated)."""
    effective = reps + (10 - max(MIN_RPE, min(10.0, rpe))) - 1
    effective = max(0.0, min(effective, len(_PCT_AT_RPE10) - 1.0))
    low = int(effective)
    high = min(low + 1, len(_PCT_AT_RPE10) - 1)
    frac = effective - low
    return (_PCT_AT_RPE10[low] * (1 - frac) + _PCT_AT_RPE10[high] * frac) / 100


def e1rm_rpe(weight: float, reps: int, rpe: float) -> float:
    """e1RM from one set with its RPE (the table), for reps up to 12."""
    return weight / pct_1rm(reps, rpe)


E1RM_MAX_REPS = 12  # estimates from sets of more reps are poor (Reynolds et al. 2006)


def estimated_1rm(weight: float, reps: int, rpe: float | None = None) -> float:
    """The one e1RM Vigor shows anywhere (records, the progress chart, targets, the coach's words, the export): the
    RPE table above when the set's RPE was logged (reps plus reps in reserve; Helms et al. 2016, Zourdos et al.
    2016), else Epley, w x (1 + reps / 30), which reads a set as taken to failure and agrees with the table at RPE 10
    within about 2% from 2 to 10 reps. A single without an RPE is its own 1RM. Review 21's D10: the records and the
    chart used Epley and the targets the table, 107.7 against 113.3 kg for one session."""
    if rpe is not None:
        return weight / pct_1rm(reps, rpe)
    return weight if reps <= 1 else weight * (1 + reps / 30)


# --- Training-max wave (Wendler 2011, 5/3/1): TM = 90% of e1RM; three weeks then a deload.
TM_FRACTION = 0.9
WAVE: tuple[tuple[tuple[float, int], ...], ...] = (
    ((0.65, 5), (0.75, 5), (0.85, 5)),
    ((0.70, 3), (0.80, 3), (0.90, 3)),
    ((0.75, 5), (0.85, 3), (0.95, 1)),
    ((0.40, 5), (0.50, 5), (0.60, 5)),  # deload week: no AMRAP
)


def tm_increment(exercise: Exercise | None, unit: Unit) -> float:
    """+2.5 kg (5 lb) upper body, +5 kg (10 lb) lower body per cycle."""
    lower = load_step_pct(exercise) == LOAD_STEP_MAX_PCT
    if unit == "lb":
        return 10.0 if lower else 5.0
    return 5.0 if lower else 2.5


def wave_sets(training_max: float, week: int, exercise: Exercise | None, unit: Unit) -> list[tuple[float, int, bool]]:
    """(load in `unit`, reps, AMRAP) for week 0-3 of the wave, loads rounded down to loadable."""
    which = kit(exercise)
    rows = WAVE[week % 4]
    return [
        (floor_loadable(training_max * pct, which, unit), reps, week % 4 != 3 and i == len(rows) - 1)
        for i, (pct, reps) in enumerate(rows)
    ]


# The "+" set of a wave goes for as many good reps as there are: about one left before form breaks (Wendler 2011).
WAVE_AMRAP_RPE = 9.0


def wave_flat(sets: int, rpe_cap: float = 10.0) -> dict[str, int | float]:
    """The flat `reps_min`, `reps_max` and `target_rpe` of a wave lift of `sets` sets, read from its weeks: the reps
    its three training weeks hold (1-5: the 5s, 3s and the single, and the back-off fives) and the AMRAP set's effort,
    within the person's cap. A client showing only the flat fields read "5 x 3-6 @ RPE 8", which no week of the
    wave holds (review 25, defect 8)."""
    reps = [row.reps for week in wave_weeks(sets) if not week.deload for row in week.sets]
    return {"reps_min": min(reps), "reps_max": max(reps), "target_rpe": min(WAVE_AMRAP_RPE, rpe_cap)}


def wave_weeks(sets: int) -> list[WaveWeek]:
    """A wave item's structured cycle for a plan item of `sets` working sets: each week's percentages of the
    training max and reps, the last set AMRAP (not in the deload week), then `sets - 3` First Set Last back-off
    fives at the first set's percentage (none in the deload week). What `_wave` targets load week by week."""
    weeks = []
    for index, rows in enumerate(WAVE):
        deload = index == len(WAVE) - 1
        wave = [
            WaveSet(pct_training_max=pct, reps=reps, amrap=not deload and i == len(rows) - 1,
                    role="top" if not deload and i == len(rows) - 1 else "work")
            for i, (pct, reps) in enumerate(rows)
        ]  # fmt: skip
        back = [WaveSet(pct_training_max=rows[0][0], reps=FSL_REPS, role="backoff") for _ in range(sets - 3)]
        back = [] if deload else back
        weeks.append(WaveWeek(week=index + 1, deload=deload, sets=[*wave, *back]))
    return weeks


# --- Choosing a scheme ------------------------------------------------------------------------


def is_main_lift(exercise: Exercise, role: str | None = None) -> bool:
    """A main lift: the catalog says so, the plan gives it the main role, or (until the catalog marks
    them) a barbell compound squat, hinge or press."""
    if role is not None:
        return role == "main"
    if exercise.main_lift:
        return True
    return "barbell" in exercise.equipment and not exercise.isolation and exercise.pattern in _MAIN_PATTERNS


def loaded(exercise: Exercise | None) -> bool:
    """Whether load steps apply (weights; not bodyweight, assisted, time or distance work)."""
    return exercise is not None and exercise.load_type == "weight" and not is_assisted(exercise)


STRENGTH_REPS_MAX = 6  # main lifts dosed at 6 reps or fewer are strength work (ACSM 2009: 1-6 reps)


def strength_work(request: Request, exercise: Exercise | None = None) -> bool:
    """Whether the main lifts are trained for strength: strength is the primary goal, or strength is
    among the goals and the main lift is dosed as strength work (6 reps or fewer). A wave of 5s, 3s
    and 1s would contradict a plan of 6-10 or 8-12 reps on short rests."""
    if request.goal == "strength":
        return True
    if exercise is None:  # the plan as a whole: its main lifts are strength work when strength is a second goal
        return heavy_main_lifts(request)
    if "strength" not in request.goals:
        return False
    rx = prescribe(request, exercise)
    return rx.reps_max <= STRENGTH_REPS_MAX


def choose_method(request: Request, exercise: Exercise, role: str | None = None) -> ProgressionMethod:
    """The scheme for one exercise of a plan.

    Beginners: linear on main lifts; intermediates: RPE-based on main lifts; advanced: a training-max
    wave on the squat, bench press, deadlift and overhead press trained for strength (`strength_work`)
    when no effort cap rules out its all-out last sets (`Request.waves`: not over 65),
    RPE-based on other main lifts
    (hypertrophy, fat loss, endurance, general fitness); everything else, and anyone with a PAR-Q flag,
    double progression (bodyweight, assisted, timed and distance work always)."""
    if request.par_q or not loaded(exercise) or not is_main_lift(exercise, role):
        return "double_progression"
    if kit(exercise) in ("kettlebell", "band"):
        # A bell or a band cannot be set to the load an e1RM asks for: reps first, then the next bell (the
        # fourteenth review: "the load is picked from your estimated 1RM" beside kettlebell jumps).
        return "double_progression"
    if request.level == "beginner":
        # Linear progression adds load at fixed reps (3 x 5); a rep range (6-10, 8-12) is double progression,
        # as is an older beginner's 8-12 (`rules.OLDER_NOVICE_MIN_REPS`).
        linear = request.goal in LINEAR_GOALS and not request.older
        return "linear" if linear else "double_progression"
    # No all-out last set on a lift that loads an injured area (capped at RPE 6-7): the wave's note beside the injury's
    # came to over 300 characters and the validator crashed on the engine's own plan (`benchmarks.bench_engine`).
    if (
        request.waves
        and exercise.id in WAVE_LIFTS
        and strength_work(request, exercise)
        and not injury_cap(request, exercise)
    ):
        return "training_max_wave"
    return "rpe"


LINEAR_GOALS = frozenset({"strength", "general_fitness"})  # goals whose beginner main lifts use fixed low reps
# The lifts a 5/3/1-style wave is written for (Wendler 2011): the four barbell lifts it tests.
WAVE_LIFTS = frozenset({"barbell-back-squat", "barbell-bench-press", "barbell-deadlift", "barbell-overhead-press"})


def main_method(request: Request) -> ProgressionMethod:
    """The scheme the level's main lifts follow (the plan's `method`): the wave only for strength."""
    if request.par_q:
        return "double_progression"
    if request.level == "advanced":
        return "training_max_wave" if request.waves and strength_work(request) else "rpe"
    if request.level == "beginner":
        return "linear" if request.goal in LINEAR_GOALS else "double_progression"
    return "rpe"


def effective_method(method: ProgressionMethod, exercise: Exercise | None) -> ProgressionMethod:
    """A scheme an exercise can follow: load schemes need loads (a wave needs a barbell)."""
    if method == "double_progression" or not loaded(exercise):
        return "double_progression"
    if method == "training_max_wave" and (exercise is None or "barbell" not in exercise.equipment):
        return "rpe"
    return method


SCHEME_WORDS: dict[ProgressionMethod, str] = {
    "linear": "Main lifts, linear: the smallest step you can load each session while every set hits its reps (up to "
    "10% under 60 kg on an upper-body lift, 100 kg on a lower-body one; if too much, a rep per set first). Two "
    f"sessions short at one load: {RESET_PCT}% off (after a deload: {RESUME_PCT}% of the last good sets), climb again; "
    "a second stall there: double progression.",
    "double_progression": "Double progression: add reps to the top of the range, then a small step and back to "
    "the bottom (one rep past the top first if the step is too big).",
    "rpe": "Main lifts, RPE-based: the load is picked from your estimated 1RM for the target reps at the target RPE.",
    "training_max_wave": "Wave lifts (barbell squat, bench, deadlift, overhead press): 5/3/1 on a training max (TM, "
    "90% of your e1RM): week 1 65/75/85% x 5, 5, 5+; week 2 70/80/90% x 3, 3, 3+; week 3 75/85/95% x 5, 3, 1+ (+: "
    "all good reps); week 4 deload; TM +2.5 kg upper, +5 kg lower a cycle, 10% off after a missed minimum.",
}
# The same rules in pounds for people who load in pounds (the eighteenth review: "under 60 kg" and "TM +2.5 kg" for
# an imperial 5/3/1 lifter). Round gym numbers: 135 and 225 lb are a plate and two plates a side; Wendler's own
# cycle steps are 5 and 10 lb.
_IN_POUNDS = (
    ("under 60 kg on an upper-body lift, 100 kg on a lower-body one", "under 135 lb on an upper-body lift, 225 lb "
     "on a lower-body one"),
    ("TM +2.5 kg upper, +5 kg lower", "TM +5 lb upper, +10 lb lower"),
    ("often 4 kg, 12-25%", "often 5-10 lb, 12-25%"),
)  # fmt: skip


def in_units(text: str, imperial: bool) -> str:
    """A progression text with its loads in the person's unit (`_IN_POUNDS`)."""
    if imperial:
        for kg, lb in _IN_POUNDS:
            text = text.replace(kg, lb)
    return text


def deload_every(request: Request) -> int:
    """Weeks between deloads: 6 for beginners, 5 intermediate, 4 advanced or PAR-Q flagged."""
    return 4 if request.par_q else DELOAD_EVERY[request.level]


_FINE_LOADS = frozenset({"barbell", "dumbbells", "machines", "cable_machine"})
# How load moves where it cannot move in 2.5-5% steps (the eleventh review: percent steps for kettlebells and bands).
_COARSE_STEPS = (
    ("kettlebells", "Kettlebells come in big jumps (often 4 kg, 12-25%): take the reps to the top of the range, then "
     "add a set, then move to the next bell at the bottom of the range."),
    ("resistance_bands", "Bands: take the reps to the top of the range, then use the next band or a shorter hold."),
    ("bodyweight", "Bodyweight: take the reps to the top of the range, then move to the next harder variation at "
     "the bottom of the range."),
)  # fmt: skip


def progression_summary(
    methods: Sequence[ProgressionMethod],
    careful_start: bool = False,
    equipment: frozenset[str] | None = None,
    imperial: bool = False,
) -> str:
    """The plain-words summary of the schemes in use (double progression always: accessories), and how loads
    move with the person's `equipment` (percent steps only where loads come in small steps)."""
    # The wave first when a plan has one: it is the plan's method, and "Main lifts, RPE-based" before it read as the
    # method of the wave lifts too (review 24: one method per lift, named as such).
    order: tuple[ProgressionMethod, ...] = ("linear", "training_max_wave", "rpe")
    used = [m for m in order if m in methods]
    start = (
        "Start with loads you could lift for 3-4 more reps; the first two weeks are for technique. "
        if careful_start
        else ""
    )
    words = dict(SCHEME_WORDS)
    if "training_max_wave" in used:
        words["rpe"] = words["rpe"].replace("Main lifts, RPE-based", "Other main lifts, RPE-based")
    kit = equipment if equipment is not None else _FINE_LOADS
    if "bench" not in kit:  # no bench press without a bench (review 25: no text names kit the user lacks)
        words["training_max_wave"] = words["training_max_wave"].replace("squat, bench, deadlift", "squat, deadlift")
    text = start + " ".join(words[m] for m in (*used, "double_progression"))
    if kit & _FINE_LOADS:
        text += (
            " Loads go up by about 2.5% (upper body) or 5% (lower body), or the smallest step you can load when"
            " that is up to 5% or 10%."
        )
    text += "".join(f" {words}" for item, words in _COARSE_STEPS if item in kit and not kit & _FINE_LOADS)
    text = in_units(text, imperial)
    if len(text) > 600:  # whole sentences only
        text = text[: text.rfind(". ", 0, 599) + 1]
    return text


WAVE_DELOAD = "3 x 5 at 40/50/60% of the training max"
SETS_DELOAD = "half the sets at about 90% of your loads, 3-4 reps short of failure"


def deload_rule(methods: Sequence[ProgressionMethod]) -> str:
    """The deload in a few words, one rule per scheme in use (for advice that mentions deloads)."""
    if "training_max_wave" in methods:
        return f"wave lifts {WAVE_DELOAD}; other lifts {SETS_DELOAD}"
    return SETS_DELOAD


def deload_guidance(weeks: int, methods: Sequence[ProgressionMethod]) -> str:
    """The plan's deload rule: the wave's own deload week for wave lifts (Wendler 2011), half the sets at
    about 90% for the rest; when both are in one plan, which lifts follow which."""
    sooner = "Deload sooner when several lifts stall or your numbers drop for two sessions running."
    # Such a deload week is the stall's one reduction (review 21's D11; `recommendations._one_reduction`).
    once = (f"Deload sooner when lifts stall or numbers drop two sessions running; then resume at about "
            f"{RESUME_PCT}% of your last good sets, not lower.")  # fmt: skip
    others = f"every {weeks}th week, {SETS_DELOAD}, then resume where you left off."
    if "training_max_wave" not in methods:
        return f"{others[0].upper()}{others[1:]} {once}"
    wave = f"Barbell strength lifts on the 5/3/1 wave: week 4 of each cycle is the deload, {WAVE_DELOAD}."
    if all(m == "training_max_wave" for m in methods):
        return f"{wave} {sooner}"
    return f"{wave} All other lifts: {others} {once}"


def plan_progression(request: Request, methods: Sequence[ProgressionMethod] | None = None) -> Progression:
    """The plan's progression section: the level's main-lift scheme as `method`, a summary of the
    schemes in use (`methods`: the items' schemes, when the engine passes them) and one deload rule
    per scheme in use."""
    weeks = deload_every(request)
    method = main_method(request)
    in_use = list(methods) if methods is not None else [method]
    if in_use and method not in in_use and method != "double_progression":
        # The items decide: the main lifts' scheme is the heaviest one the items use (none: bodyweight,
        # bands or an older adult's plan without loaded main lifts progress by double progression).
        method = next((m for m in ("training_max_wave", "rpe", "linear") if m in in_use), "double_progression")
    if "training_max_wave" in in_use:
        weeks = 4  # the wave's cycle: three weeks, then its deload week
    return Progression(
        method=method,
        summary=progression_summary(
            in_use,
            careful_start=request.level == "beginner" or request.par_q,
            equipment=request.equipment | {"bodyweight"},
            imperial=request.imperial,
        ),
        load_step_pct_min=LOAD_STEP_MIN_PCT,
        load_step_pct_max=LOAD_STEP_MAX_PCT,
        deload_every_weeks=weeks,
        deload_guidance=deload_guidance(weeks, in_use),
    )
