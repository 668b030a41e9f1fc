"""Next-session targets and recovery advice from the user's logged sessions (GET /api/ai/recommendations).

Each exercise follows its scheme (the plan item's `progression`, else the plan's `method`; see
`shared.plans.progression`): linear, double progression, RPE-based or a training-max wave. Targets
come from the working sets of the latest exposure (not warm-ups, heavy singles far outside the rep
range or 0-rep sets; a missed set, logged as not completed, is a failed attempt at its load: `missed`),
in the user's units and loadable in them. Stalls get a reset or a
change of rep scheme; a deload is suggested from the logs (stalls, falling e1RM, rising RPE at the
same loads) as well as from session RPE and the plan's deload rhythm.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import BaseModel

from shared.exercises.catalog import find_exercise, rungs_below
from shared.exercises.model import Exercise
from shared.plans import felt as felt_
from shared.plans import progression as prog
from shared.plans.schema import Plan, PlanExercise, ProgressionMethod
from shared.profile.model import Units
from shared.workouts.model import LoggedExercise, LoggedSession, LoggedSet

Action = Literal[
    "increase_load",
    "add_reps",
    "hold",
    "reduce_load",
    "harder_variation",
    "easier_variation",
    "reduce_assistance",
    "add_time",
    "add_distance",
    "reset",
    "change_rep_scheme",
    "wave",
]
VARIATION_ACTIONS = ("harder_variation", "easier_variation")  # targets that change the exercise, not its load
E1RM_MAX_REPS = 12


def epley(weight_kg: float, reps: int) -> float:
    """Epley's e1RM: w x (1 + reps / 30); a single is its own 1RM."""
    return weight_kg if reps <= 1 else weight_kg * (1 + reps / 30)


def brzycki(weight_kg: float, reps: int) -> float:
    """Brzycki's e1RM: w x 36 / (37 - reps); only meaningful below about 12 reps."""
    return weight_kg if reps <= 1 else weight_kg * 36 / (37 - min(reps, 36))


def counts(logged_set: LoggedSet) -> bool:
    """Whether a set counts at all: completed with at least one rep (a 0-rep set is a missed attempt), or a
    timed or distance bout (`for_targets` reads such a bout at 0 reps as one)."""
    return logged_set.completed and logged_set.reps >= 1


def bout(logged_set: LoggedSet) -> bool:
    """A timed or distance set: a duration or a distance was logged."""
    return bool(logged_set.duration_seconds or logged_set.distance_m)


def _kg(logged_set: LoggedSet) -> float:
    """A set's load for targets (`for_targets` has already read a blank weight as none or left the set out)."""
    return logged_set.weight_kg or 0.0


def for_targets(logged: LoggedExercise) -> LoggedExercise:
    """What targets read of one logged exercise: no drop sets (lighter loads taken without rest after a
    heavier set say nothing about the working load) and, on a loaded lift (catalog `load_type` "weight",
    not assisted), no set without a weight: its load is unknown, not 0 kg (a blank weight once made
    "4 x 3-6 at 0 lb (hold)"). Anywhere else a blank weight is no load: bodyweight, no assistance. A timed
    or distance bout logged at 0 reps is one bout.
    May leave no sets at all (then the exercise gives no exposure)."""
    exercise = find_exercise(logged.exercise_id)
    loaded = (
        exercise is not None and exercise.load_type == "weight" and not prog.is_assisted(exercise, logged.exercise_id)
    )
    sets = [
        s if s.weight_kg is not None and (s.reps or not bout(s)) else
        s.model_copy(update={"weight_kg": s.weight_kg or 0.0, "reps": s.reps or 1})
        for s in logged.sets
        if s.set_type != "drop" and not (loaded and not s.weight_kg)
    ]  # fmt: skip
    return logged if sets == logged.sets else logged.model_copy(update={"sets": sets})


SetKind = Literal["top", "backoff", "work"]
E1rmFormula = Literal["rpe_table", "epley"]


class TargetSet(BaseModel):
    """One prescribed set: load (in `unit` and kg), reps (`reps`..`reps_max`), its role (a top set,
    a back-off set or an ordinary work set), the target RPE when there is one, and whether it is an
    all-out AMRAP set (training-max wave)."""

    weight_kg: float
    weight: float
    reps: int
    reps_max: int
    amrap: bool = False
    role: SetKind = "work"
    rpe: float | None = None


class NextTarget(BaseModel):
    """What to aim for next time on one exercise. `sets_detail` is the prescription, set by set; `sets`,
    `reps_min`/`reps_max`, `weight` and `target_rpe` summarise it (the number of sets, the lowest and
    highest reps, the heaviest load, the top RPE). `weight` is in `unit` (the user's), loadable in it;
    `weight_kg` is the same load in kg. For assisted exercises the weight is the assistance.

    One e1RM per target (`e1rm` in `unit`, `e1rm_kg`), the one the target was computed from, and the
    formula it came from (`rpe_table`: the RPE/RIR table when RPE was logged, else `epley`). `notes`
    are remarks about the logs (a heavy single left out of the target); `reason` ends with them."""

    exercise_id: str
    name: str
    action: Action
    method: ProgressionMethod = "double_progression"
    weight_kg: float
    weight: float = 0.0
    unit: Literal["kg", "lb"] = "kg"
    assisted: bool = False
    reps_min: int
    reps_max: int
    sets: int
    target_rpe: float | None = None
    seconds: int | None = None
    distance_m: int | None = None
    variation_id: str | None = None
    variation_name: str | None = None
    sets_detail: list[TargetSet] = []
    reason: str
    notes: list[str] = []
    e1rm: float | None = None
    e1rm_kg: float | None = None
    e1rm_formula: E1rmFormula | None = None


RecoveryKind = Literal[
    "high_effort",
    "accumulated_fatigue",
    "low_energy",
    "missed_sessions",
    "returning",
    "deload_due",
    "stalled_lifts",
    "performance_drop",
    "rpe_creep",
    "novice_caution",
    "warning_signs",  # a PAR-Q-flagged user's note told dizziness or chest tightness: stop, see a doctor (hAL)
    "max_after_misses",  # an all-out single after work sets that fell short: the cut stands, no more maxes (hBK)
]


class RecoveryAdvice(BaseModel):
    """A nudge about effort, energy, consistency, the deload rhythm or what the logs show."""

    kind: RecoveryKind
    message: str


class Recommendations(BaseModel):
    """The recommendations response."""

    targets: list[NextTarget]
    recovery: list[RecoveryAdvice]


# --- Working sets ---------------------------------------------------------------------------------


@dataclass
class Exposure:
    """One exercise in one session, reduced to its working sets."""

    when: datetime
    load: float  # kg (assistance for assisted exercises); 0 for bodyweight
    reps: list[int]  # reps of the sets at the working load
    rpes: list[float]
    sets: int  # working sets (within 10% of the working load)
    best_reps: int
    seconds: int = 0
    e1rm: float | None = None  # Epley, kg (bodyweight minus assistance for assisted, when known)
    heavy: LoggedSet | None = None  # the heaviest counted set above the working load, left out
    # Sets at the working load logged as not completed (or 0 reps): they count toward nothing, but they
    # say the prescription was missed.
    failed: int = 0
    # The heaviest set above the working load logged as failed, (kg, reps done): a missed top set (5/3/1's last
    # set at 0 reps, or 2 of 3 marked not completed).
    failed_above: tuple[float, int] | None = None
    # The set at the working load with the best e1RM, (reps, its RPE or None): what `e1rm` and every e1RM shown
    # from this exposure come from (`progression.estimated_1rm`, the records' own). None: no set of 1-12 reps.
    top_set: tuple[int, float | None] | None = None
    # The reps of every set at the working load in the order done, missed ones included: what the words list.
    done: list[int] = field(default_factory=list)


def _near(reps_min: int, reps_max: int) -> tuple[int, int]:
    """Reps close enough to the prescribed range to be working sets (singles only if prescribed)."""
    low = max(1 if reps_min <= 1 else 2, reps_min - max(1, reps_min // 4))
    return low, reps_max + max(2, reps_max // 3)


def missed(logged_set: LoggedSet) -> bool:
    """A set logged as not completed after at least one rep (not a warm-up, not a timed or distance bout): a failed
    attempt at its load. It says the lifter could not do the reps asked there, so it marks that load as the one
    worked at (review 26: a missed 245 lb top set, left out, made the 220 lb back-off set the next top set). It sets
    no record or volume, and an e1RM only as a set to failure when nothing at its load was done: it never shows the
    strength that load needs is gone."""
    return not logged_set.completed and logged_set.reps >= 1 and logged_set.role != "warmup" and not bout(logged_set)


# Back-off sets are 80-90% of the top set (the engine's ~90%; NSCA, Helms et al. 2018: 80-90%).
TOP_SET_BAND = 0.8


def working_sets(
    logged: LoggedExercise, reps_min: int, reps_max: int, assisted: bool = False
) -> tuple[float, list[LoggedSet], list[LoggedSet]] | None:
    """(working load, sets at it, all working sets) of one exposure, or None when nothing counts.

    The working load is the heaviest load of the sets near the range, done or missed (`missed`: a failed attempt
    at its load); the sets at it include the missed ones (their reps are what was done), the working sets only
    counted ones. Ignores 0-rep sets, sets marked warm-up, singles unless the range starts at 1, sets much
    lighter than the working load (much more assisted), and heavy sets far outside the range."""
    valid = [s for s in logged.sets if counts(s) and s.role != "warmup" and (reps_min <= 1 or s.reps >= 2)]
    if not valid:
        return None
    low, high = _near(reps_min, reps_max)
    done_near = [s for s in valid if low <= s.reps <= high]
    # A done set short of the prescribed reps far above every done set inside them (those below the top-set band
    # of it) is a heavy attempt, like a single: not the working load (review 28 D3, hBK: 130 lb x 2 among 100 lb x 5
    # work sets on a 3-5 plan took the target to 120 lb after two short sessions). `_left_out` names it.
    inside = [_kg(s) for s in done_near if s.reps >= reps_min]
    if inside and not assisted:
        done_near = [s for s in done_near if s.reps >= reps_min or max(inside) >= _kg(s) * TOP_SET_BAND - 1e-9]
    # A missed set over done work sets at 80%+ of its load is a top set over its back-offs: a failed attempt at the
    # prescribed work, however short it fell (a done triple in a 5-rep plan may be a chosen heavy set; a missed one
    # is not). One far above every done work set is an attempt like a heavy single: it says nothing of the work.
    tried = [] if assisted else [
        s for s in logged.sets if missed(s) and s.reps <= high
        and any(_kg(v) >= _kg(s) * TOP_SET_BAND - 1e-9 for v in done_near)
    ]  # fmt: skip
    near = done_near + tried

    def key(load: float) -> float:
        return -load if assisted else load

    if near:
        load = max((_kg(s) for s in near), key=key)
    else:  # everything outside the range: the load most sets were done at
        loads = [_kg(s) for s in valid]
        load = max(set(loads), key=lambda w: (loads.count(w), key(w)))
    if assisted:
        band = [s for s in valid if load <= _kg(s) <= load * 1.1 + 2.5]
    else:
        band = [s for s in valid if load * 0.9 - 1e-9 <= _kg(s) <= load]
    # A single at the working load of a prescription of 2+ reps is a set that fell short (5, 1, 1 on a 3 x 5), not a
    # test single: without it two such sessions read as "2 of 3 sets done" and never reset (review 25, hAJ).
    kept = {id(s) for s in band}
    band = [s for s in logged.sets if id(s) in kept or (s.reps == 1 and counts(s) and s.role != "warmup"
                                                        and _kg(s) == load and reps_min > 1)]  # fmt: skip
    at_load = {id(s) for s in band if _kg(s) == load} | {id(s) for s in tried if _kg(s) == load}
    at = [s for s in logged.sets if id(s) in at_load]  # in the order they were done
    return load, at, band


def _exposure(
    logged: LoggedExercise,
    when: datetime,
    reps_min: int,
    reps_max: int,
    exercise: Exercise | None,
    body_kg: float | None,
) -> Exposure | None:
    assisted = prog.is_assisted(exercise, logged.exercise_id)
    load_type = exercise.load_type if exercise else "weight"
    if load_type in ("time", "distance"):
        reps_min, reps_max = 1, 100  # one bout a set: any completed set counts
    found = working_sets(logged, reps_min, reps_max, assisted)
    if found is None:
        return None
    load, at, band = found
    # The reps of the done sets at the working load; when every set there was missed (a missed top set over its
    # back-offs), what was done in them: a missed set only ever tells less than a done one.
    done_at = [s for s in at if counts(s)]
    source = done_at or at
    reps = [s.reps for s in source]
    best = max(reps)
    effective = (body_kg - load if body_kg and body_kg > load else None) if assisted else load
    if not assisted and load_type != "weight":
        effective = None  # bodyweight (an added-weight e1RM means nothing), timed and distance work
    # Missed sets alone at the working load are read as sets to failure (RPE 10) at the reps done in them: what the
    # same sets logged as done at RPE 10 would say, never more (records and volume still leave them out).
    rated = [(s.reps, 10.0 if s.set_type == "failure" or not counts(s) else s.rpe) for s in source
             if s.reps <= E1RM_MAX_REPS]  # fmt: skip
    top_set = max(rated, key=lambda rr: prog.estimated_1rm(1.0, *rr), default=None)
    e1 = prog.estimated_1rm(effective, *top_set) if effective and top_set is not None else None
    heavy = None
    if not assisted and load_type == "weight":
        above = [s for s in logged.sets if counts(s) and s.role != "warmup" and _kg(s) > load + 1e-9]
        heavy = max(above, key=lambda s: (_kg(s), s.reps), default=None)
    rpes = [s.rpe for s in done_at if s.rpe is not None] if done_at else [s.rpe or 10.0 for s in at]
    failed = sum(
        1 for s in logged.sets if s.role != "warmup" and not counts(s) and abs(_kg(s) - load) <= max(0.1 * load, 1e-9)
    )
    misses = [s for s in logged.sets if s.role != "warmup" and not counts(s) and _kg(s) > load * 1.1 + 1e-9]
    worst = max(misses, key=lambda s: _kg(s), default=None)
    failed_above = (_kg(worst), worst.reps) if worst is not None else None
    return Exposure(when, load, reps, rpes, len(band), best, best, e1, heavy, failed=failed, failed_above=failed_above,
                    top_set=top_set, done=_done(logged, at, load))  # fmt: skip


def _done(logged: LoggedExercise, at: Sequence[LoggedSet], load: float) -> list[int]:
    """The reps of every set at the working load in the order done: the done and missed sets, and 0 for a set
    logged with no rep (what a message lists; none of it is a warm-up)."""
    kept = {id(s) for s in at}
    return [s.reps for s in logged.sets if id(s) in kept or (s.reps == 0 and s.role != "warmup" and not bout(s)
                                                              and _kg(s) == load)]  # fmt: skip


def sets_of(reps: Sequence[int]) -> str:
    """Reps of sets as a coach says them: "3 sets of 5", "1 set of 5", "sets of 5, 5 and 3" (review 26: a reset
    said "(5, 5, then 5)", listing the done sets only and repeating the same number)."""
    if not reps:
        return "no sets"
    if len(set(reps)) == 1:
        return f"{len(reps)} set{'s' if len(reps) > 1 else ''} of {reps[0]}"
    return f"sets of {', '.join(map(str, reps[:-1]))} and {reps[-1]}"


# --- Context --------------------------------------------------------------------------------------


@dataclass
class Context:
    unit: prog.Unit
    body_kg: float | None
    now: datetime
    returning: bool
    plan: Plan | None
    item: PlanExercise | None
    method: ProgressionMethod
    reps_min: int
    reps_max: int
    rpe_target: float
    notes: list[str] = field(default_factory=list)
    sets: int = 3  # the prescription's sets (the plan item's), else the sets logged last time
    top_sets: bool = False  # the plan prescribes one top set, then back-off sets
    e1rm: float | None = None  # the latest exposure's e1RM in `unit`, 0.1 (one per target)
    e1rm_formula: E1rmFormula | None = None
    heavy: list[LoggedSet] = field(default_factory=list)  # heavy sets left out, one per session, latest first
    previous: bool = False  # computing the target the session before the latest one was given (`_previous_target`)
    felt: felt_.Felt | None = None  # the user's latest word on the exercise since its latest exposure (`felt`)
    deload_week: bool = False  # the recovery advice asks for a deload week before this target


def _items(plan: Plan | None, exercise_id: str) -> list[tuple[int, PlanExercise]]:
    return [(d.day_index, i) for d in (plan.days if plan else []) for i in d.exercises if i.exercise_id == exercise_id]


def day_item(plan: Plan | None, exercise_id: str, day_index: int | None) -> PlanExercise | None:
    """The exercise's item on the plan day a session was logged for (None without a day, or when that
    day does not list the exercise)."""
    if day_index is None:
        return None
    return next((i for d, i in _items(plan, exercise_id) if d == day_index), None)


def plan_item(plan: Plan | None, exercise_id: str, day_index: int | None = None) -> PlanExercise | None:
    """The plan item an exposure follows: the one on the day it was logged for when the session carries
    a plan day; else the main-lift occurrence (an exercise can be a main lift one day and a secondary
    lift another); else the first."""
    found = day_item(plan, exercise_id, day_index)
    if found is not None:
        return found
    items = [i for _, i in _items(plan, exercise_id)]
    return next((i for i in items if i.role == "main"), items[0] if items else None)


def _same_rx(a: PlanExercise, b: PlanExercise) -> bool:
    return (a.role, a.progression, a.reps_min, a.reps_max) == (b.role, b.progression, b.reps_min, b.reps_max)


def prescribes_top_set(item: PlanExercise | None) -> bool:
    """A main lift whose plan item prescribes one top set, then back-off sets (the engine's wording)."""
    return item is not None and item.role == "main" and item.sets >= 2 and "top set" in item.notes.lower()


def _method(plan: Plan | None, item: PlanExercise | None, exercise: Exercise | None) -> ProgressionMethod:
    """The item's scheme; else the plan's `method`, which is the main lifts' scheme (accessories and
    exercises the plan does not list follow double progression)."""
    method: ProgressionMethod = "double_progression"
    if item is not None and item.progression is not None:
        method = item.progression
    elif plan is not None and exercise is not None and prog.is_main_lift(exercise, item.role if item else None):
        method = plan.progression.method
    return prog.effective_method(method, exercise)


def _fmt(weight: float, unit: str) -> str:
    return f"{weight:.2f}".rstrip("0").rstrip(".") + f" {unit}"


# --- Stalls ---------------------------------------------------------------------------------------

Stall = Literal["flat", "falling"]


def stall(exposures: Sequence[Exposure]) -> Stall | None:
    """A stall over the latest exposures at one load: the same reps for 3+ exposures while RPE rises
    (4+ with no RPE logged), or reps falling for 3 exposures with RPE not easing."""
    recent = list(exposures[:4])
    if len(recent) < 3 or len({e.load for e in recent[:3]}) != 1:
        return None
    last3 = recent[:3]  # latest first
    totals = [sum(e.reps) for e in last3]
    rpes = [max(e.rpes) if e.rpes else None for e in last3]
    rising = all(r is not None for r in rpes) and rpes[0] > rpes[2] and rpes[0] >= rpes[1] >= rpes[2]  # type: ignore[operator]
    easing = all(r is not None for r in rpes) and rpes[0] < rpes[2]  # type: ignore[operator]
    if totals[0] < totals[1] < totals[2] and not easing:
        return "falling"
    # The same reps: the same total with no set short of the fewest reps three sessions ago (5, 2, 4, 4 after 5, 5, 5
    # is a miss, whose own rule repeats the load, not a flat stall).
    if totals[0] == totals[1] == totals[2] and min(last3[0].reps) >= min(last3[2].reps):
        if rising:
            return "flat"
        four = len(recent) == 4 and recent[3].load == recent[0].load and sum(recent[3].reps) == totals[0]
        if four and not any(rpes):
            return "flat"
    return None


def _was_reset(exposures: Sequence[Exposure]) -> bool:
    """Whether this lift already came back from a reset (a drop of 7%+ to an earlier load, then back up)."""
    loads = [e.load for e in reversed(exposures)]  # oldest first
    pairs = enumerate(itertools.pairwise(loads))
    return any(b <= a * 0.93 and max(loads[i + 1 :]) >= a * 0.97 for i, (a, b) in pairs)


def _other_scheme(reps_min: int, reps_max: int, compound: bool) -> tuple[int, int]:
    if reps_max <= 6:
        return 8, 10
    if reps_min >= 10:
        return 6, 8
    return (4, 6) if compound else (12, 15)


# --- Targets --------------------------------------------------------------------------------------


@dataclass
class Draft:
    action: Action
    weight: float  # in the user's unit
    reps_min: int
    reps_max: int
    reason: str
    method: ProgressionMethod
    target_rpe: float | None = None
    seconds: int | None = None
    distance_m: int | None = None
    variation: Exercise | None = None
    variation_id: str | None = None
    sets_detail: list[TargetSet] = field(default_factory=list)
    e1rm: float | None = None  # when the draft computed from an e1RM other than the latest (the wave's TM)
    e1rm_formula: E1rmFormula | None = None


def _missed(exposure: Exposure, reps_min: int) -> bool:
    return exposure.failed > 0 or any(r < reps_min for r in exposure.reps)


def _top(exposure: Exposure, reps: int, rpe_target: float) -> bool:
    done = all(r >= reps for r in exposure.reps) and not exposure.failed
    return done and (not exposure.rpes or max(exposure.rpes) <= rpe_target + 0.5)


# rr12 (kind 5): 3 x 5 at RPE 9 on a lift prescribed 8-12 became "hold 80 kg for 8-12 reps", which asks for 3+ more
# reps per set at a load that already left about one in reserve: sets to failure (for a PAR-Q-capped user, too).
# Sets 3 or more reps below the range mean the load is wrong, not the effort: the load comes down to one that fits the
# bottom of the range at the target RPE, from the session's own e1RM (RPE table, Helms et al. 2016).
FAR_SHORT_REPS = 3


def _fit_range(last: Exposure, exercise: Exercise | None, ctx: Context, method: ProgressionMethod) -> Draft | None:
    """A lighter load when every set fell `FAR_SHORT_REPS` or more below the range; None otherwise."""
    lo, hi, unit = ctx.reps_min, ctx.reps_max, ctx.unit
    current = prog.to_display(last.load, unit)
    if not last.reps or current <= 0 or max(last.reps) > lo - FAR_SHORT_REPS or prog.is_assisted(exercise):
        return None
    done = min(last.reps)
    e1rm = prog.estimated_1rm(current, max(done, 1), max(last.rpes) if last.rpes else None)
    fit = prog.floor_loadable(e1rm * prog.pct_1rm(lo, ctx.rpe_target), prog.kit(exercise), unit)
    if not fit or fit >= current:
        return None
    return Draft("reduce_load", fit, lo, hi, f"You did {sets_of(last.done or last.reps)} reps, well short of "
                 f"{lo}-{hi}: the load is too heavy for this range, not a missed day. Take {_fmt(fit, unit)}, where "
                 f"{lo} reps should leave about {max(0, round(10 - ctx.rpe_target))} in reserve.", method)  # fmt: skip


def _double(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context, method: ProgressionMethod) -> Draft:
    """Double progression (and linear's fallback): reps up to the top, then the smallest loadable step
    within the plan's %, or, when that step is bigger, one rep past the top first."""
    last = exposures[0]
    lo, hi, unit = ctx.reps_min, ctx.reps_max, ctx.unit
    current = prog.to_display(last.load, unit)
    which = prog.kit(exercise)
    if _missed(last, lo):
        fitted = _fit_range(last, exercise, ctx, method)
        if fitted is not None:
            return fitted
        before = exposures[1] if len(exposures) > 1 else None
        if before is not None and before.load >= last.load and _missed(before, lo) and current:
            back = prog.about_fraction(current, 0.9, which, unit) or current
            return Draft("reduce_load", back, lo, hi, "Two sessions short of the rep range: back off about 10% "
                         "and build up again.", method)  # fmt: skip
        return Draft("hold", current, lo, hi, "Some sets fell short of the range: same load, aim to complete "
                     "every set.", method)  # fmt: skip
    if _top(last, hi, ctx.rpe_target):
        step = prog.next_load(current, exercise, unit) if current else None
        if step is not None:
            return Draft("increase_load", step, lo, hi, f"Every set reached {hi} reps at a manageable effort: "
                         f"go to {_fmt(step, unit)} and restart at {lo} reps.", method)  # fmt: skip
        nxt = prog.step_above(current, which, unit) if current else None
        if nxt is None:
            return _no_load_step(exercise, ctx, method, last)
        if _top(last, hi + 1, ctx.rpe_target):
            return Draft("increase_load", nxt, lo, hi, f"You did {hi + 1} reps on every set: take the next "
                         f"weight you can load ({_fmt(nxt, unit)}) and restart at {lo} reps.", method)  # fmt: skip
        return Draft("add_reps", current, hi + 1, hi + 1, _reps_first(current, nxt, hi + 1, exercise, unit), method)
    if last.rpes and max(last.rpes) >= ctx.rpe_target + 1.5:
        return Draft("hold", current, lo, hi, _over_target(max(last.rpes), ctx.rpe_target), method)
    # The next rep (double progression moves one rep at a time): 9, 9, 8 in an 8-12 range aims at 9 on every set.
    more = min(hi, min(last.reps) + 1) if last.reps else lo
    return Draft("add_reps", current, more, hi, f"Inside the range: keep the load and aim for {more} reps or more "
                 f"on every set (up to {hi}).", method)  # fmt: skip


def _over_target(done: float, target: float) -> str:
    """Why a load holds after sets far harder than the target, and what the target RPE asks (review 19: a held
    target labelled RPE 7 after RPE 10 sets, with no word on how)."""
    reserve = max(0, round(10 - target))
    return (
        f"Effort ran well above target (RPE {done:g} against {target:g}): keep the load and stop each set at "
        f"about RPE {target:g} ({reserve} reps in reserve), even if that is fewer reps, until it feels easier."
    )


def _reps_first(current: float, nxt: float, up_to: int, exercise: Exercise | None, unit: prog.Unit) -> str:
    """Why reps go first: the smallest loadable step is over the plan's % of the current load."""
    step, pct = round(nxt - current, 2), prog.step_ceiling_pct(exercise)
    return (f"{_fmt(step, unit)} is more than {pct:g}% of {_fmt(current, unit)}: add a rep per set first "
            f"(up to {up_to}), then add {_fmt(step, unit)} ({_fmt(nxt, unit)}) and restart at the bottom of the "
            "range.")  # fmt: skip


def _harder(exercise: Exercise | None) -> Exercise | None:
    if exercise is None:
        return None
    nxt = getattr(exercise, "harder", None)
    return find_exercise(nxt) if nxt else None


def _no_load_step(exercise: Exercise | None, ctx: Context, method: ProgressionMethod, last: Exposure) -> Draft:
    """Top of the range with no load to add (bodyweight, bands): the next variation on the ladder."""
    harder = _harder(exercise)
    current = prog.to_display(last.load, ctx.unit)
    if harder is not None:
        return Draft("harder_variation", current, ctx.reps_min, ctx.reps_max, f"Top of the range: move on to "
                     f"{harder.name} and start at {ctx.reps_min} reps.", method, variation=harder)  # fmt: skip
    return Draft("harder_variation", current, ctx.reps_min, ctx.reps_max, "Top of the range: switch to a harder "
                 "variation, add load (a vest or belt) or slow the lowering to 3-4 seconds.", method)  # fmt: skip


def _bodyweight(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """Bodyweight: reps, then a harder variation; with added weight (weighted pull-ups, dips) a plate
    step once reps pass the top (within the % of bodyweight plus load when bodyweight is known)."""
    last = exposures[0]
    if last.load <= 0:
        if _top(last, ctx.reps_max, ctx.rpe_target):
            return _no_load_step(exercise, ctx, "double_progression", last)
        easier = _easier(exercise)
        stuck = len(exposures) >= STUCK_SESSIONS and all(
            e.load <= 0 and e.best_reps < ctx.reps_min for e in exposures[:STUCK_SESSIONS]
        )
        if stuck and easier is not None:
            # Below the range three sessions running (chin-ups at 4-5 of 5-8): the rung below builds the reps that
            # this one cannot yet (the fifteenth review: a stalled chin-up was told to hold, with no way forward).
            return Draft("easier_variation", 0.0, ctx.reps_min, ctx.reps_max, (
                f"Below {ctx.reps_min} reps three sessions running: build up with {easier.name} for "
                f"{ctx.reps_min}-{ctx.reps_max} reps, then come back to {exercise.name if exercise else 'it'}."),
                "double_progression", variation=easier)  # fmt: skip
        return _double(exposures, exercise, ctx, "double_progression")
    return _double(exposures, exercise, ctx, "double_progression")


STUCK_SESSIONS = 3


def _easier(exercise: Exercise | None) -> Exercise | None:
    """The rung below `exercise` on its ladder (the first exercise whose `harder` it is), if any."""
    below = () if exercise is None else rungs_below(exercise.id)
    return below[0] if below else None


def _assisted(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """Assisted: less assistance is progress; at the top of the range, one step less help."""
    last = exposures[0]
    lo, hi, unit = ctx.reps_min, ctx.reps_max, ctx.unit
    current = prog.to_display(last.load, unit)
    which = prog.kit(exercise, last_id := (exercise.id if exercise else "assisted"))
    method: ProgressionMethod = "double_progression"
    if _missed(last, lo):
        more = prog.step_above(current, which, unit)
        before = exposures[1] if len(exposures) > 1 else None
        if more is not None and before is not None and before.load <= last.load and _missed(before, lo):
            return Draft("hold", more, lo, hi, "Two sessions short of the range: take one step more assistance "
                         "and build back.", method)  # fmt: skip
        return Draft("hold", current, lo, hi, "Some sets fell short: same assistance, aim to complete every set.",
                     method)  # fmt: skip
    if not _top(last, hi, ctx.rpe_target):
        return Draft("add_reps", current, lo, hi, "Inside the range: same assistance, add a rep to each set.", method)
    if which == "band":
        return Draft("reduce_assistance", current, lo, hi, "Top of the range: use a lighter band next time and "
                     f"restart at {lo} reps.", method)  # fmt: skip
    less = prog.floor_loadable(current - 1e-3, which, unit) if current > 0 else 0.0
    if current <= 0 or less <= 0:
        harder = _harder(exercise) or find_exercise(last_id.replace("band-assisted-", "").replace("assisted-", "")
                                                   .replace("-machine", ""))  # fmt: skip
        name = harder.name if harder else "the unassisted version"
        return Draft("harder_variation", 0.0, lo, hi, f"Little or no assistance left: move on to {name}.", method,
                     variation=harder)  # fmt: skip
    if ctx.body_kg:
        body = prog.to_display(ctx.body_kg, unit)
        effort, harder_effort = body - current, body - less
        pct = prog.load_step_pct(exercise)
        if effort > 0 and harder_effort > effort * (1 + pct / 100) + 1e-6 and not _top(last, hi + 1, ctx.rpe_target):
            return Draft("add_reps", current, hi + 1, hi + 1, f"One step less assistance is more than a {pct:g}% "
                         f"step for you: do {hi + 1} reps on every set first.", method)  # fmt: skip
    return Draft("reduce_assistance", less, lo, hi, f"Every set reached {hi} reps: take {_fmt(less, unit)} of "
                 f"assistance (less help is progress) and restart at {lo} reps.", method)  # fmt: skip


def _seconds_step(current: int) -> int:
    return max(5, round(current * 0.1 / 5) * 5)


def _timed(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """Timed work: add seconds within the exercise's dose range, then a harder variation."""
    last = exposures[0]
    item = ctx.item
    current = item.duration_seconds if item and item.duration_seconds else (last.seconds if last.seconds > 1 else 0)
    lo = exercise.dose_min if exercise else 5
    hi = exercise.dose_max if exercise else 600
    weight = prog.to_display(last.load, ctx.unit)
    if not current:
        return Draft("hold", weight, 1, 1, "Hold each bout for the time the plan gives; log it to progress.",
                     "double_progression")  # fmt: skip
    if current >= hi:
        draft = _no_load_step(exercise, ctx, "double_progression", last)
        draft.seconds, draft.reps_min, draft.reps_max = max(lo, min(current, hi)), 1, 1
        return draft
    if exercise is not None and exercise.pattern == "conditioning":
        # Aerobic work grows in whole minutes, about 10% a week (ACSM 2009), and reads in minutes (the eighteenth
        # review's new user: "hold for 980 s (up to 7200 s)" for a ride).
        minutes = max(1, round(current / 60))
        nxt_min = min(hi // 60, max(minutes + 1, round(minutes * 1.1)))
        return Draft("add_time", weight, 1, 1, f"Every session done: {nxt_min} min next time, building about 10% a "
                     f"week (up to {hi // 60} min).", "double_progression", seconds=nxt_min * 60)  # fmt: skip
    nxt = min(hi, max(lo, current + _seconds_step(current)))
    return Draft("add_time", weight, 1, 1, f"Every bout done: hold for {nxt} s next time (up to {hi} s, then a "
                 "harder variation).", "double_progression", seconds=nxt)  # fmt: skip


def _distance(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """Distance work: about 10% more distance within the exercise's dose range."""
    last = exposures[0]
    item = ctx.item
    weight = prog.to_display(last.load, ctx.unit)
    current = item.distance_m if item and item.distance_m else None
    if not current:
        return Draft("hold", weight, 1, 1, "Same distance and load; keep the pace even.", "double_progression")
    hi = exercise.dose_max if exercise else 10000
    nxt = min(max(hi, current), current + max(10, round(current * 0.1 / 10) * 10))
    if nxt <= current:
        return Draft("hold", weight, 1, 1, "At the top of the distance range: add load or pace instead.",
                     "double_progression", distance_m=current)  # fmt: skip
    return Draft("add_distance", weight, 1, 1, f"Every bout done: go {nxt} m next time.", "double_progression",
                 distance_m=nxt)  # fmt: skip


def _resets(exposures: Sequence[Exposure], reps_min: int) -> list[float]:
    """The loads (kg) a lift was reset from: a drop of 7%+ right after a session that missed its reps
    (a restart after a break has no miss before it)."""
    ordered = list(reversed(exposures))  # oldest first
    return [a.load for a, b in itertools.pairwise(ordered) if b.load <= a.load * 0.93 and _missed(a, reps_min)]


def _similar(a: float, b: float) -> bool:
    return abs(a - b) <= 0.05 * max(a, b)


def _linear(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """Linear: one loadable step each session while every set meets its reps. Two sessions in a row short
    of the reps at one load reset it about 10% (Starting Strength's reset, StrongLifts' deload); a second
    reset at about the same load switches the lift to double progression: what the plan's text says
    (`progression.SCHEME_WORDS["linear"]`, review 21's D9)."""
    last = exposures[0]
    lo, hi, unit = ctx.reps_min, ctx.reps_max, ctx.unit
    current = prog.to_display(last.load, unit)
    resets = _resets(exposures, lo)
    if len(resets) >= 2 and any(_similar(a, b) for a, b in itertools.combinations(resets, 2)):
        draft = _double(exposures, exercise, ctx, "double_progression")
        where = _fmt(prog.to_display(max(resets), unit), unit)
        draft.reason = (f"Reset twice at about {where}: this lift now follows double progression. "
                        f"{draft.reason}")  # fmt: skip
        return draft
    if _missed(last, lo):
        before = exposures[1] if len(exposures) > 1 else None
        if before is not None and before.load == last.load and _missed(before, lo):
            back = prog.about_fraction(current, prog.RESET_FRACTION, prog.kit(exercise), unit) or current
            why = (f"Two sessions in a row short of {lo} reps at {_fmt(current, unit)} "
                   f"({sets_of(before.done or before.reps)}, then {sets_of(last.done or last.reps)})")  # fmt: skip
            if any(_similar(r, last.load) for r in resets):
                return Draft("reset", back, lo, hi, f"{why}, and this load has stalled before: reset to "
                             f"{_fmt(back, unit)} (about {100 - prog.RESET_PCT}%) once more; from here this lift "
                             f"follows double progression: build up to {hi} reps before adding load.",
                             "double_progression")  # fmt: skip
            return Draft("reset", back, lo, hi, f"{why}: reset about {prog.RESET_PCT}% to {_fmt(back, unit)} and "
                         "add the smallest step each session again; you should pass this load within a few weeks.",
                         "linear")  # fmt: skip
        fitted = _fit_range(last, exercise, ctx, "linear")
        if fitted is not None:
            return fitted
        return Draft("hold", current, lo, hi, "A set fell short: repeat the load and complete every set.", "linear")
    if last.rpes and max(last.rpes) >= ctx.rpe_target + 1.5:
        return Draft("hold", current, lo, hi, f"Reps met, but {_over_target(max(last.rpes), ctx.rpe_target)[0].lower()}"
                     f"{_over_target(max(last.rpes), ctx.rpe_target)[1:]}", "linear")  # fmt: skip
    step = prog.next_load(current, exercise, unit, linear=True)
    if step is not None:
        pct = prog.step_ceiling_pct(exercise)
        light = (f" On a light lift the smallest step you can load is taken even though it is more than {pct:g}% "
                 f"(novice linear progression: up to {prog.NOVICE_STEP_MAX_PCT:g}%)."
                 if step > current * (1 + pct / 100) + prog.EPS else "")  # fmt: skip
        return Draft("increase_load", step, lo, hi, f"Every set met its reps: add the next step "
                     f"({_fmt(step, unit)}).{light}", "linear")  # fmt: skip
    draft = _double(exposures, exercise, ctx, "linear")
    nxt = prog.step_above(current, prog.kit(exercise), unit)
    if draft.action == "add_reps" and nxt is not None and draft.reps_max <= hi:
        draft.reason = _reps_first(current, nxt, hi + 1, exercise, unit)
    return draft


def _e1rm_display(last: Exposure, unit: prog.Unit) -> float | None:
    """e1RM (user's unit) from the best set at the working load (`Exposure.top_set`), the records' formula: the RPE
    table when that set's RPE was logged, else Epley (`progression.estimated_1rm`)."""
    if last.load <= 0 or last.top_set is None:
        return None
    return prog.estimated_1rm(prog.to_display(last.load, unit), *last.top_set)


def _formula(exposure: Exposure) -> E1rmFormula:
    """The formula an exposure's e1RM came from."""
    return "rpe_table" if exposure.top_set is not None and exposure.top_set[1] is not None else "epley"


def _source(exposure: Exposure) -> str:
    """The set an e1RM came from, as "x 8 @ 8.5" (after its load)."""
    reps, rpe = exposure.top_set or (exposure.best_reps, None)
    return f"x {reps}" + (f" @ {rpe:g}" if rpe is not None else "")


def _formula_words(formula: E1rmFormula | None) -> str:
    return "RPE table" if formula == "rpe_table" else "Epley"


E1RM_WINDOW = 3  # exposures the RPE scheme's e1RM looks back over (the best of them)


def _reserve(exposure: Exposure) -> float:
    """The weakest set at the working load as reps at RPE 10 (its reps plus the reps left in reserve;
    with no RPE logged, its reps)."""
    return min(exposure.reps) + (10 - max(exposure.rpes) if exposure.rpes else 0)


# RPE is rated in half steps and a set lands half a step either side of its target all the time
# (Helms et al. 2016): 8 reps at RPE 8.5 against "8 at RPE 8" is on target, not a miss.
RPE_TOLERANCE = 0.5


def _under(exposure: Exposure, reps: int, rpe: float) -> bool:
    """Below the prescription at its own load: fewer reps than prescribed, or the reps at an RPE more
    than half a step above the target."""
    slack = RPE_TOLERANCE if exposure.rpes else 0.0
    return exposure.failed > 0 or _reserve(exposure) < reps + (10 - rpe if exposure.rpes else 0) - slack - prog.EPS


# Reps (at RPE 10) short of the prescription beyond which one session is a load that was too heavy, not a bad day.
FAR_UNDER_REPS = 2


def _far_under(exposure: Exposure, reps: int, rpe: float) -> bool:
    """More than `FAR_UNDER_REPS` reps short of the prescription at its load, reps and effort together."""
    wanted = reps + (10 - rpe if exposure.rpes else 0)
    return _reserve(exposure) < wanted - FAR_UNDER_REPS - prog.EPS


def _beat(exposure: Exposure, reps: int, rpe: float) -> bool:
    """Better than the prescription: every set at the working load hit the reps, and reps and effort
    together (reps at RPE 10) at least half an RPE better than prescribed."""
    if min(exposure.reps) < reps or exposure.failed:
        return False
    if exposure.rpes:
        # Reps and effort together (reps at RPE 10): 7 reps at RPE 9 is 6 at RPE 8, on target, not a
        # beat (the sixth review: it was read as one and asked for 8 reps at RPE 8).
        return _reserve(exposure) >= reps + (10 - rpe) + RPE_TOLERANCE - prog.EPS
    return min(exposure.reps) > reps


def _estimate(exposures: Sequence[Exposure], unit: prog.Unit) -> tuple[float, Exposure] | None:
    """The best e1RM (user's unit, unrounded) over the latest exposures and the exposure it came from."""
    found = [(v, e) for e in exposures[:E1RM_WINDOW] if (v := _e1rm_display(e, unit)) is not None]
    return max(found, key=lambda p: p[0]) if found else None


# The RPE table is interpolated to a tenth of a percent: a load within 0.1% under a loadable weight is that weight
# (119.97 kg from 130 kg x 3 @ 9.5 is 120 kg, not 117.5; 59.97 from a rounded e1RM is still 60).
TABLE_TOLERANCE = 0.001


def _table_load(e1: float, reps: int, rpe: float, which: prog.Kit, unit: prog.Unit) -> float:
    """The load the RPE table gives for `reps` at `rpe` from an e1RM, rounded down to a loadable weight."""
    raw = e1 * prog.pct_1rm(reps, rpe)
    return prog.floor_loadable(raw + max(1e-3, raw * TABLE_TOLERANCE), which, unit)


def _rpe_stall(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context, kind: Stall) -> Draft | None:
    """RPE-based after a stall at one load (reps falling, or the same reps at a rising RPE, three sessions running),
    inside the rep range or not: the load for the target reps at the target RPE from the latest exposure's e1RM, not
    from the best of the last three (review 20: 130 kg x 5 @ 8.5, x 4 @ 9.5, x 3 @ 9.5 held at 130 kg for 4 @ 8).
    None when that load is not below the current one (the other stall rules then apply)."""
    last = exposures[0]
    unit = ctx.unit
    e1 = _e1rm_display(last, unit)
    current = prog.to_display(last.load, unit)
    if e1 is None or current <= 0:
        return None
    reps, rpe = (ctx.reps_min + ctx.reps_max) // 2, ctx.rpe_target
    load = _table_load(e1, reps, rpe, prog.kit(exercise), unit)
    if not 0 < load < current - prog.EPS:
        return None
    formula = _formula(last)
    trail = ", then ".join(f"{min(e.reps)}" + (f" @ {max(e.rpes):g}" if e.rpes else "")
                           for e in reversed(exposures[:3]))  # fmt: skip
    what = "reps falling" if kind == "falling" else "the same reps at a rising effort"
    reason = (f"Three sessions at {_fmt(current, unit)} ({trail}): {what} is a stall, inside the rep range or not. "
              f"Your latest sets ({_fmt(current, unit)} {_source(last)}) put your estimated 1RM at "
              f"{_fmt(round(e1, 1), unit)} ({_formula_words(formula)}): {reps} reps at RPE {rpe:g} is about "
              f"{_fmt(load, unit)} (rounded down): go to {_fmt(load, unit)} and build back up from there.")  # fmt: skip
    return Draft("reduce_load", load, reps, reps, reason, "rpe", target_rpe=rpe, e1rm=round(e1, 1),
                 e1rm_formula=formula)  # fmt: skip


def _previous_target(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft | None:
    """The target given after the session before the latest one (the same rules on the older sessions)."""
    if ctx.previous or len(exposures) < 2:
        return None
    return _draft(exposures[1:], exercise, exercise.id if exercise else "", replace(ctx, notes=[], previous=True))


def _below_last_target(
    draft: Draft, exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context, head: str, did: str
) -> Draft:
    """An increase over a session done lighter than the one before is not an increase when it stays below the load
    the previous target asked for (review 20: "increase_load 87.5 kg" after a "reduce_load 90 kg" target and a
    session at 85 kg): it is a hold on the way back to that target, and says so."""
    last, before = exposures[0], exposures[1] if len(exposures) > 1 else None
    if draft.action != "increase_load" or before is None or last.load >= before.load - prog.EPS:
        return draft
    previous = _previous_target(exposures, exercise, ctx)
    if previous is None or previous.action in VARIATION_ACTIONS or previous.weight <= draft.weight + prog.EPS:
        return draft
    unit = ctx.unit
    current = prog.to_display(last.load, unit)
    draft.action = "hold"
    draft.reason = (f"{head} (rounded down). Your last target was {_fmt(previous.weight, unit)} and your work sets "
                    f"were at {_fmt(current, unit)} ({did}): go to {_fmt(draft.weight, unit)}, one step above those, "
                    f"on the way back to {_fmt(previous.weight, unit)}.")  # fmt: skip
    return draft


def _rpe(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """RPE-based: the load whose e1RM estimate gives the target reps at the target RPE, rounded down to a
    loadable weight and never more than the plan's step above the current load.

    The estimate is the best e1RM of the latest three exposures, so one bad day does not cut the load: a
    session below the prescription holds the load, and only two in a row reduce it (from the better of
    those two). A session that beat the prescription never gets a target below it: when the table rounds
    back to the same load, the smallest loadable step if it is within the plan's %, else one more rep per
    set at the same load up to the top of the range, then that step."""
    last = exposures[0]
    unit, lo, hi = ctx.unit, ctx.reps_min, ctx.reps_max
    current = prog.to_display(last.load, unit)
    reps = (lo + hi) // 2
    rpe = ctx.rpe_target
    which = prog.kit(exercise)
    under = _under(last, reps, rpe)
    twice = under and len(exposures) > 1 and _under(exposures[1], reps, rpe)
    found = _estimate(exposures[:2] if twice else exposures, unit)
    if found is None or current <= 0:
        return _double(exposures, exercise, ctx, "rpe")
    e1, source = found
    formula = _formula(source)
    table = _table_load(e1, reps, rpe, which, unit)
    span = "" if len(exposures) == 1 else f", the best of your last {min(len(exposures), 2 if twice else 3)} sessions"
    from_load = _fmt(prog.to_display(source.load, unit), unit)
    head = (f"Estimated 1RM {_fmt(round(e1, 1), unit)} ({_formula_words(formula)}, from {from_load} {_source(source)}"
            f"{span}): {reps} reps at RPE {rpe:g} is about {_fmt(table, unit)}")  # fmt: skip
    did = f"{min(last.reps)} reps" + (f" at RPE {max(last.rpes):g}" if last.rpes else "")

    def draft(action: Action, load: float, n: int, why: str) -> Draft:
        return Draft(action, load, n, n, f"{head}{why}", "rpe", target_rpe=rpe, e1rm=round(e1, 1),
                     e1rm_formula=formula)  # fmt: skip

    if twice:
        if 0 < table < current:
            return draft("reduce_load", table, reps, (f" (rounded down). Two sessions in a row below the target "
                         f"({did} last time): go down to {_fmt(table, unit)}."))  # fmt: skip
        return draft("hold", current, reps, f". Two sessions below the target: stay at {_fmt(current, unit)} and "
                     f"aim for {reps} reps at RPE {rpe:g}.")  # fmt: skip
    if under and 0 < table < current and _far_under(last, reps, rpe):
        # Far short (8 @ RPE 8 asked, 7, 6, 6, 5 done at RPE 9-10): the load was too heavy, not a bad day, and
        # holding it prescribes what just failed (the fourteenth review).
        return draft("reduce_load", table, reps, (f" (rounded down). Last time ({did} at {_fmt(current, unit)}) "
                     f"was well short of {reps} reps at RPE {rpe:g}: go down to {_fmt(table, unit)}."))  # fmt: skip
    if under:
        return draft(
            "hold",
            current,
            reps,
            f". One session below the target ({did} at {_fmt(current, unit)}) is "
            "one day, not a trend: keep the load; it comes down only after two such sessions in a row.",
        )
    step = prog.next_load(current, exercise, unit)
    if table > current + prog.EPS and step is not None:
        load = min(table, step)
        # "about 90 kg (at most one step up): go to 87.5 kg" read as a contradiction (review 20): say which load
        # the step is taken from.
        why = (f" (rounded down), but at most one step above the {_fmt(current, unit)} of your last work sets: go "
               f"to {_fmt(load, unit)}." if load < table - prog.EPS
               else f" (rounded down): go to {_fmt(load, unit)}.")  # fmt: skip
        return _below_last_target(draft("increase_load", load, reps, why), exposures, exercise, ctx, head, did)
    beat = _beat(last, reps, rpe)
    if not beat and table > current + prog.EPS:
        return draft("hold", current, reps, f", but the next loadable step is more than "
                     f"{prog.step_ceiling_pct(exercise):g}% of {_fmt(current, unit)}: stay at {_fmt(current, unit)} "
                     f"for {reps} reps at RPE {rpe:g}; beat that and the load goes up.")  # fmt: skip
    if not beat:  # on target (or the table rounds lower): hold, never below what was just done
        return draft("hold", current, reps, f" (rounded down); you hit the target at {_fmt(current, unit)}: stay "
                     f"there for {reps} reps at RPE {rpe:g}.")  # fmt: skip
    if step is not None:
        beaten = draft("increase_load", step, reps, f" (rounded down), but you beat the target ({did} at "
                       f"{_fmt(current, unit)}): take the next step, {_fmt(step, unit)}.")  # fmt: skip
        return _below_last_target(beaten, exposures, exercise, ctx, head, did)
    nxt = prog.step_above(current, which, unit)
    pct = prog.step_ceiling_pct(exercise)
    if nxt is not None and _top(last, hi, rpe):
        return draft("increase_load", nxt, reps, f"; you reached the top of the {lo}-{hi} range ({did} at "
                     f"{_fmt(current, unit)}): take the smallest step you can load, {_fmt(nxt, unit)}.")  # fmt: skip
    more = min(hi, max(reps, min(last.reps) + 1))
    then = f", then {_fmt(nxt, unit)}" if nxt is not None else ""
    return draft("add_reps", current, more, (f"; you beat the target ({did} at {_fmt(current, unit)}) and the next "
                 f"loadable step is more than {pct:g}% of it: same load for {more} reps at RPE {rpe:g} (up to "
                 f"{hi}{then})."))  # fmt: skip


# Recent wave sessions (the best e1RM of the last three non-deload weeks) below 95% of the training max
# mean it is too heavy: the minimum reps of a week (85% x 5, 90% x 3) read as about 99% of it.
RESET_BELOW_TM = 0.95
WAVE_SAME_WEEK_DAYS = 4  # a session of the lift within this many days of the last counted one is that week's


def _wave_weeks(exposures: Sequence[Exposure]) -> list[Exposure]:
    """The sessions of a wave lift that each complete one week of the wave, oldest first: one per week,
    by the session dates (a second session of the lift within a few days belongs to the same week)."""
    counted: list[Exposure] = []
    for e in reversed(exposures):  # oldest first
        if not counted or e.when - counted[-1].when >= timedelta(days=WAVE_SAME_WEEK_DAYS):
            counted.append(e)
    return counted


def _wave(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """Training-max wave (5/3/1): this week's percentages of the training max, the last set AMRAP; when
    the plan prescribes more sets, back-off sets of 5 at the first wave set's load (Wendler's "First Set Last":
    65/70/75% of the training max; not in the deload week).

    The training max is 90% of the e1RM of the lift's last sets before the plan began, else of its first
    sets on the plan (which are week 1). Every week with a session of the lift since then moves the wave on
    a week (week 2, week 3, the deload week, then week 1 of a new cycle with the training max up one
    increment): weeks without a session do not skip ahead, and two sessions in one week count once."""
    unit = ctx.unit
    with_e1 = [e for e in exposures if e.load > 0 and e.best_reps <= E1RM_MAX_REPS]
    if not with_e1:
        return _double(exposures, exercise, ctx, "training_max_wave")
    since = ctx.plan.created_at if ctx.plan is not None else None
    before = [e for e in with_e1 if since is not None and e.when < since]
    # The training max comes from the last sets before the plan began, else its first logged sets (week 1).
    first = before[0] if before else with_e1[-1]
    source = first
    start_e1 = round(_e1rm_display(first, unit) or 0.0, 1)
    # A lone single (a heavy test day) is not a week of the wave: it neither moves the wave on nor counts
    # as its top set (the ninth review: a test day in week 3's slot moved the wave to the deload).
    tests = [e for e in exposures if e.sets == 1 and e.best_reps == 1 and e is not first]
    weeks = _wave_weeks([e for e in exposures if (e.when > first.when or (e is first and not before))
                         and not any(e is t for t in tests)])  # fmt: skip
    if tests and (not weeks or tests[0].when > weeks[-1].when):
        single = prog.to_display(tests[0].load, unit)
        ctx.notes.append(f"Your single at {_fmt(single, unit)} is a test, not a week of the wave: the wave "
                         "goes on where it was.")  # fmt: skip
    week = len(weeks) % 4
    inc = prog.tm_increment(exercise, unit)
    tm = prog.round_to(start_e1 * prog.TM_FRACTION, 0.5, up=False)
    missed: tuple[int, int] | None = None
    # The training max's history, week by week: +1 step after each cycle's deload week, 10% off after a
    # top set short of its minimum (Wendler), and a cut stays cut (the fifth review: it came back).
    for index, done in enumerate(weeks):
        if index % 4 == 3:
            tm += inc
            continue
        required = prog.WAVE[index % 4][-1][1]
        top_kg = prog.to_kg(prog.wave_sets(tm, index, exercise, unit)[-1][0], unit)
        # A failed top set counts when it was the prescribed one, not a heavier load the lifter chose (the
        # tenth review: 180 kg missed where 165 kg was written cut the training max).
        if done.failed_above is not None and done.failed_above[0] <= top_kg * 1.025:
            tm = prog.round_to(tm * 0.9, 0.5, up=False)
            missed = (done.failed_above[1], required)
        elif done.best_reps < required:
            tm = prog.round_to(tm * 0.9, 0.5, up=False)
            missed = (done.best_reps, required)
    # Where the number came from, as it did (the fourteenth review: "first logged sets" for sets before the plan).
    origin = "your last sets before this plan" if before else "your first logged sets"
    base = f"90% of the {_fmt(start_e1, unit)} e1RM of {origin}, +{_fmt(inc, unit)} each completed cycle"
    if missed is not None:
        base += (f", less 10% for a top set short of its minimum (last: {missed[0]} of {missed[1]} reps): the "
                 "training max was too heavy")  # fmt: skip
    # The best e1RM of the last three weeks of the wave (deload weeks say nothing about strength).
    working = [e for i, e in enumerate(weeks) if i % 4 != 3 and e.load > 0 and e.best_reps <= E1RM_MAX_REPS][-3:]
    recent_e1, recent = max(((round(_e1rm_display(e, unit) or 0.0, 1), e) for e in working or with_e1[:3]),
                            key=lambda p: p[0])  # fmt: skip
    if recent_e1 < tm * RESET_BELOW_TM:
        tm = prog.round_to(recent_e1 * prog.TM_FRACTION, 0.5, up=False)
        source, start_e1 = recent, recent_e1
        base = (f"reset to 90% of your current {_fmt(recent_e1, unit)} e1RM, as your recent sets are well below the "
                "old training max")  # fmt: skip
    rows = prog.wave_sets(tm, week, exercise, unit)
    detail = [TargetSet(weight_kg=prog.to_kg(w, unit), weight=w, reps=r, reps_max=r, amrap=a,
                        role="top" if a else "work") for w, r, a in rows]  # fmt: skip
    top = rows[-1]
    label = "deload week" if week == 3 else f"week {week + 1}"
    reason = (f"Training max {_fmt(tm, unit)} ({base}); {label}: "
              + ", ".join(f"{_fmt(w, unit)} x {r}{'+' if a else ''}" for w, r, a in rows)
              + (" (last set as many reps as you can with good form)." if week != 3 else "."))  # fmt: skip
    extra = ctx.sets - len(rows) if week != 3 else 0
    if extra > 0:
        # First Set Last (Wendler, Beyond 5/3/1): the week's first set again for fives, not 90% of the top set,
        # which reached about 85% of the training max in week 3 (review 18: heavier than FSL's 65-75%).
        back, reps = rows[0][0], prog.FSL_REPS
        detail += [TargetSet(weight_kg=prog.to_kg(back, unit), weight=back, reps=reps, reps_max=reps,
                             role="backoff") for _ in range(extra)]  # fmt: skip
        reason += (f" Then {extra} back-off set{'s' if extra > 1 else ''} of {reps} at {_fmt(back, unit)} (the "
                   "first set's load: First Set Last).")  # fmt: skip
    formula = _formula(source)
    return Draft("wave", top[0], top[1], top[1], reason, "training_max_wave", sets_detail=detail, e1rm=start_e1,
                 e1rm_formula=formula)  # fmt: skip


def _sets_short(last: Exposure, ctx: Context) -> Draft | None:
    """A hold when fewer working sets than the plan's were logged at the working load: the load goes up only
    after every set (review 16: a heavy single and one of three sets got "every set met its reps: add a step")."""
    if ctx.method not in ("linear", "double_progression") or ctx.top_sets or ctx.item is None:
        return None
    if last.load <= 0 or last.sets >= ctx.sets or _missed(last, ctx.reps_min):
        return None  # a set short of the reps has its own rules
    current = prog.to_display(last.load, ctx.unit)
    return Draft("hold", current, ctx.reps_min, ctx.reps_max, f"{last.sets} of {ctx.sets} working sets were done at "
                 f"{_fmt(current, ctx.unit)}: repeat the load and complete every set before adding to it.",
                 ctx.method)  # fmt: skip


def _stalled(exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context, kind: Stall) -> Draft:
    unit = ctx.unit
    last = exposures[0]
    current = prog.to_display(last.load, unit)
    why = ("the same load and reps for three sessions while the effort keeps rising" if kind == "flat"
           else "reps falling at the same load three sessions running")  # fmt: skip
    if _was_reset(exposures) and ctx.method == "linear":
        # Linear's own rule for a stall after a reset (the plan's text): the lift moves to double progression, not
        # to another rep scheme (review 21: the text and the targets must say the same thing).
        draft = _double(exposures, exercise, ctx, "double_progression")
        draft.reason = (f"Stalled again ({why}) after a reset: this lift now follows double progression. "
                        f"{draft.reason}")  # fmt: skip
        return draft
    if _was_reset(exposures):
        lo, hi = _other_scheme(ctx.reps_min, ctx.reps_max, bool(exercise and exercise.compound))
        e1 = ctx.e1rm
        load = current
        if e1:
            load = prog.floor_loadable(e1 * prog.pct_1rm((lo + hi) // 2, ctx.rpe_target), prog.kit(exercise), unit)
            load = min(load, prog.next_load(current, exercise, unit) or current) or current
        return Draft("change_rep_scheme", load, lo, hi, f"Stalled ({why}) and a reset has not helped: change the "
                     f"rep scheme to {lo}-{hi} reps for the next 3-4 weeks.", ctx.method)  # fmt: skip
    back = _reset_load(current, exposures, exercise, unit)
    return Draft("reset", back, ctx.reps_min, ctx.reps_max, f"Stalled ({why}): reset about 10% to "
                 f"{_fmt(back, unit)} and build back up; you should pass this point within a few weeks.",
                 ctx.method)  # fmt: skip


def _reset_load(current: float, exposures: Sequence[Exposure], exercise: Exercise | None, unit: prog.Unit) -> float:
    """The load about 10% under `current` (user's unit): the loadable weight nearest 90% of it, where the
    weights the person has logged for this lift count as loadable too (their own 14 kg dumbbells). Rounding
    down to the equipment's ladder overshot (the fourteenth review: 52.5 -> 45 kg, 16 -> 12.5 kg dumbbells)."""
    which, target = prog.kit(exercise), current * 0.9
    below = prog.floor_loadable(target, which, unit)
    options = {below, prog.step_above(below, which, unit) or below}
    options |= {prog.to_display(e.load, unit) for e in exposures if e.load > 0}
    options = {w for w in options if 0 < w < current - prog.EPS}
    return min(options, key=lambda w: (abs(w - target), w), default=current)


def _draft(exposures: Sequence[Exposure], exercise: Exercise | None, exercise_id: str, ctx: Context) -> Draft:
    """The next target from the exposures (newest first); a hold is never above the load the last target asked
    for (`_hold_at_target`)."""
    draft = _draft_for(exposures, exercise, exercise_id, ctx)
    if draft.action != "hold" or ctx.previous or prog.is_assisted(exercise, exercise_id):
        return draft
    return _hold_at_target(draft, exposures, exercise, ctx)


def _hold_at_target(draft: Draft, exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """A hold keeps the load the last target asked for, not a heavier one the user chose: review 27 (target 250 lb,
    255 x 4 @ 9.5 done, "keep the load" at 255 under "4 reps at RPE 8 is about 250 lb"). Holding an overshoot that
    fell short prescribes what just failed; the target's number and its words agree."""
    unit = ctx.unit
    current = prog.to_display(exposures[0].load, unit)
    if (exercise is not None and exercise.load_type != "weight") or abs(draft.weight - current) > prog.EPS:
        return draft
    previous = _previous_target(exposures, exercise, ctx)
    if previous is None or previous.action in VARIATION_ACTIONS or not 0 < previous.weight < current - prog.EPS:
        return draft
    target = _fmt(previous.weight, unit)
    draft.weight = previous.weight
    for said, meant in (("keep the load", "keep the target load"), ("same load", "target load"),
                        ("repeat the load", "repeat the target load")):  # fmt: skip
        draft.reason = draft.reason.replace(said, meant)
    for stay in ("stay at", "Stay at"):
        draft.reason = draft.reason.replace(f"{stay} {_fmt(current, unit)}", f"{stay} {target}")
    draft.reason += f" The load to keep is your target, {target}: the {_fmt(current, unit)} you lifted was above it."
    return draft


def _draft_for(exposures: Sequence[Exposure], exercise: Exercise | None, exercise_id: str, ctx: Context) -> Draft:
    load_type = exercise.load_type if exercise else "weight"
    if prog.is_assisted(exercise, exercise_id):
        return _assisted(exposures, exercise, ctx)
    if load_type == "time":
        return _timed(exposures, exercise, ctx)
    if load_type == "distance":
        return _distance(exposures, exercise, ctx)
    if load_type == "bodyweight" or exposures[0].load <= 0:
        return _bodyweight(exposures, exercise, ctx)
    if ctx.method != "training_max_wave":
        kind = stall(exposures)
        if kind is not None and ctx.method == "rpe" and not _was_reset(exposures):
            # The RPE method takes the load from the latest e1RM on a stall, inside the range or not (review 20).
            stalled = _rpe_stall(exposures, exercise, ctx, kind)
            if stalled is not None:
                return stalled
        if kind == "falling" and not any(_missed(e, ctx.reps_min) for e in exposures[:3]) and not _was_reset(exposures):
            # Reps slipping inside the range is fatigue before it is a stall: hold the load (review 16: 8,8,7 then
            # 7,7,7 then 6,6,5 in a 5-8 range reset 10%; Starting Strength resets after sessions short of the reps).
            current = prog.to_display(exposures[0].load, ctx.unit)
            return Draft("hold", current, ctx.reps_min, ctx.reps_max, "Reps have slipped three sessions running at "
                         "this load, though every set stayed in the range: keep the load, sleep and eat well; if a "
                         "session falls short of the range twice, the load comes down.", ctx.method)  # fmt: skip
        if kind is not None and ctx.method == "linear" and _missed(exposures[0], ctx.reps_min):
            kind = None  # sessions short of the reps: linear's own reset rule (`_linear`), the one its text states
        if kind is not None:
            return _stalled(exposures, exercise, ctx, kind)
    short = _sets_short(exposures[0], ctx)
    if short is not None:
        return short
    if ctx.method == "linear":
        return _linear(exposures, exercise, ctx)
    if ctx.method == "rpe":
        return _rpe(exposures, exercise, ctx)
    if ctx.method == "training_max_wave":
        return _wave(exposures, exercise, ctx)
    return _double(exposures, exercise, ctx, "double_progression")


def _detail(draft: Draft, ctx: Context, exercise: Exercise | None, assisted: bool) -> list[TargetSet]:
    """The prescription set by set: the draft's own (a wave), else the plan's number of sets at the draft's
    load and reps; a top set and back-off sets at about 90% of it (rounded down, reps +1-2) when the plan
    prescribes them. Adds the back-offs to the draft's reason."""
    if draft.sets_detail:
        return draft.sets_detail
    unit, n = ctx.unit, max(1, ctx.sets)
    w = draft.weight

    def row(weight: float, reps: int, reps_max: int, role: SetKind, rpe: float | None) -> TargetSet:
        return TargetSet(weight_kg=prog.to_kg(weight, unit), weight=weight, reps=reps, reps_max=reps_max, role=role,
                         rpe=rpe)  # fmt: skip

    loaded = w > 0 and not assisted and prog.loaded(exercise) and draft.action not in VARIATION_ACTIONS
    if ctx.top_sets and loaded and n >= 2:
        back = prog.backoff_load(w, exercise, unit)
        lo, hi = draft.reps_min + 1, draft.reps_max + 2
        draft.reason += (f" Then {n - 1} back-off set{'s' if n > 2 else ''} of {lo}-{hi} reps at {_fmt(back, unit)} "
                         "(about 90% of the top set, rounded down).")  # fmt: skip
        top = row(w, draft.reps_min, draft.reps_max, "top", draft.target_rpe or ctx.rpe_target)
        return [top, *(row(back, lo, hi, "backoff", None) for _ in range(n - 1))]
    # Every work set carries an effort: the draft's, else the plan's (a linear "repeat the load" after an
    # RPE 9 session said nothing of effort: the ninth review).
    rpe = draft.target_rpe if draft.target_rpe is not None else ctx.rpe_target
    return [row(w, draft.reps_min, draft.reps_max, "work", rpe) for _ in range(n)]


def _heavy_note(heavy: LoggedSet, unit: prog.Unit) -> str:
    """A heavy single (or set) above the working load, left out of the target, named with its load."""
    load = prog.to_display(_kg(heavy), unit)
    what = "A heavy single" if heavy.reps == 1 else f"A heavy set of {heavy.reps}"
    rpe = f" at RPE {heavy.rpe:g}" if heavy.rpe is not None else ""
    text = (f"{what} at {_fmt(load, unit)}{rpe} was logged; it is not used for this target, which comes from your "
            "work sets")  # fmt: skip
    if heavy.reps <= E1RM_MAX_REPS:
        # In the user's unit from the load as logged in it: a 225 lb single is a 225 lb e1RM, not 225.1 lb (review 20:
        # kg rounded to 0.1 then converted back).
        record = round(prog.estimated_1rm(load, heavy.reps, heavy.rpe), 1)
        text += f" (your records count it: an e1RM of {_fmt(record, unit)})"
    return text + "."


# A lone entry short of the reps is a test only above any load a target could have asked for after the work sets
# before it: the largest step, 10% (NSCA's lower-body ceiling, `progression.SMALLEST_STEP_MAX_PCT`, and the novice
# cap). Within it, it is a work session at the next load that went badly (190 lb x 5, then 195 lb x 2 @ 10: a bad day).
TEST_ABOVE = 1 + max(prog.NOVICE_STEP_MAX_PCT, *prog.SMALLEST_STEP_MAX_PCT.values()) / 100


def _tests_left_out(
    found: list[tuple[datetime, LoggedExercise, Exposure | None]],
    reps_min: int,
    reps_max: int,
    exercise: Exercise | None,
    assisted: bool,
) -> list[tuple[datetime, LoggedExercise, Exposure | None]]:
    """`found` (latest first) with a heavy test left out of the exposures: an entry none of whose sets reached the
    prescribed reps, more than `TEST_ABOVE` heavier than the work sets before it (a lone double or triple above
    them). It is outside the working reps, so it never sets the target, as a single never does (review 28 D3, hBK: a
    lone 2-rep set above 100 lb short work sets gave "take 110 lb"); `_left_out` names it. A first entry, or one
    within the step, stays: the lifter tried the prescribed work and fell far short."""
    if assisted or (exercise is not None and exercise.load_type != "weight"):
        return found
    low, high = _near(reps_min, reps_max)
    out = list(found)
    before: float | None = None  # the load of the kept exposure before this entry (oldest first)
    for i in range(len(out) - 1, -1, -1):
        when, logged, exposure = out[i]
        if exposure is None:
            continue
        near = any(max(low, reps_min) <= s.reps <= high for s in logged.sets if s.role != "warmup" and s.reps >= 1)
        if before is not None and not near and exposure.load > before * TEST_ABOVE + 1e-9:
            out[i] = (when, logged, None)
            continue
        before = exposure.load
    return out


def _left_out(
    found: Sequence[tuple[datetime, LoggedExercise, Exposure | None]],
    exposures: Sequence[Exposure],
    exercise: Exercise | None,
    exercise_id: str,
) -> list[LoggedSet]:
    """The heavy sets left out of the target since the exposure before the latest: the latest exposure's
    heaviest set above its working load, and the heaviest set above that load in every entry that gave
    no exposure at all (a single logged on its own, in another session or as a separate entry)."""
    last = exposures[0]
    if prog.is_assisted(exercise, exercise_id) or (exercise is not None and exercise.load_type != "weight"):
        return []
    since = exposures[1].when if len(exposures) > 1 else None
    out: list[LoggedSet] = []
    for when, logged, exposure in found:  # latest first
        if since is not None and when <= since:
            break
        if exposure is last and last.heavy is not None:
            out.append(last.heavy)
        elif exposure is None:
            above = [s for s in logged.sets if counts(s) and s.role != "warmup" and _kg(s) > last.load + 1e-9]
            if above:
                out.append(max(above, key=lambda s: (_kg(s), s.reps)))
    return out


# After a deload week, loads come back at about 95% of the last work sets that met their prescription (review 21:
# "the week after should return to about 95% of the last good work sets"; the plan's own rule, "then resume where
# you left off").
RESUME_FRACTION = prog.RESUME_PCT / 100


def _good(exposure: Exposure, ctx: Context) -> bool:
    """Work sets that met their prescription, or came close: the RPE method's within two reps of it (reps and effort
    together, `_far_under`), the others every set at its minimum reps."""
    if ctx.method == "rpe":
        return not _far_under(exposure, (ctx.reps_min + ctx.reps_max) // 2, ctx.rpe_target)
    return not _missed(exposure, ctx.reps_min)


def _nearest_loadable(
    target: float, ceiling: float, exercise: Exercise | None, unit: prog.Unit, own: Sequence[Exposure] = ()
) -> float:
    """The loadable weight nearest `target` (the lighter on a tie), never above `ceiling`; the weights the person has
    logged count as loadable (their own 14 kg dumbbells, as `_reset_load`)."""
    which = prog.kit(exercise)
    below = prog.floor_loadable(target, which, unit)
    options = {below, prog.step_above(below, which, unit) or below} | {prog.to_display(e.load, unit) for e in own}
    options = {w for w in options if 0 < w <= ceiling + prog.EPS}
    return min(options, key=lambda w: (abs(w - target), w), default=below)


def _heavy_beats(exposures: Sequence[Exposure], ctx: Context) -> tuple[LoggedSet, float, float] | None:
    """(the heavy set, its e1RM, the latest work sets' e1RM), in the user's unit, when a heavy set left out of the
    target (`Context.heavy`) shows more strength than the work sets that fell short."""
    last = _e1rm_display(exposures[0], ctx.unit)
    rated = [(h, prog.estimated_1rm(prog.to_display(_kg(h), ctx.unit), h.reps, h.rpe)) for h in ctx.heavy
             if h.reps <= E1RM_MAX_REPS]  # fmt: skip
    if last is None or not rated:
        return None
    heavy, e1 = max(rated, key=lambda p: p[1])
    return (heavy, e1, last) if e1 > last + prog.EPS else None


# What a heavy set stronger than the short work sets means, in the target and in the recovery advice alike.
FATIGUE_WORDS = "that is fatigue, not lost strength"


def _one_reduction(draft: Draft, exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context) -> Draft:
    """One reduction after a stall, not two (review 21's D11: a deload week and a further 9-14% cut from
    fatigue-depressed e1RMs). When a deload week comes first, the load after it is about 95% of the last good work
    sets when that is more than the cut (never above the current load). A wave has its own rules.

    A heavy single (or any set outside the prescribed reps) never lessens, cancels nor deepens the cut, for every
    method: it counts in the records, not in the target, and the cut stays until the work sets recover at it (review
    28 D3: a 295 lb single took a squat cut to 240 lb back to 250 lb, "fatigue, not lost strength", +10 lb over the
    cut after two failed sessions; review 25 hAJ had already ruled so for linear). Its note says it was left out."""
    if draft.action not in ("reduce_load", "reset") or ctx.method == "training_max_wave" or ctx.returning:
        return draft
    current = prog.to_display(exposures[0].load, ctx.unit)
    if current <= 0 or draft.weight >= current - prog.EPS:
        return draft
    return _after_deload(draft, exposures, exercise, ctx, current)


def _after_deload(
    draft: Draft, exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context, current: float
) -> Draft:
    """The cut when a deload week comes first: about 95% of the last good work sets, when more than `draft`'s."""
    if not ctx.deload_week:
        return draft
    unit = ctx.unit
    good = next((e for e in exposures if e.load > 0 and _good(e, ctx)), None)
    if good is None:
        return draft
    done = prog.to_display(good.load, unit)
    resume = min(current, _nearest_loadable(done * RESUME_FRACTION, done, exercise, unit, exposures))
    if resume <= draft.weight + prog.EPS:
        return draft
    sets = ", ".join(map(str, good.reps)) + (f" @ {max(good.rpes):g}" if good.rpes else "")
    action: Action = "hold" if resume >= current - prog.EPS else "reduce_load"
    reason = (f"Your last work sets at {_fmt(current, unit)} fell short, and a deload week comes first: it is the step "
              f"back, so the load is not cut twice. After it, come back at {_fmt(resume, unit)}, about "
              f"{RESUME_FRACTION:.0%} of your last good work sets ({_fmt(done, unit)} x {sets}).")  # fmt: skip
    if draft.method == "double_progression" and ctx.method == "linear":
        reason += " This load has stalled before: from here this lift follows double progression."
    return replace(draft, action=action, weight=resume, reason=reason)


def _target(
    exercise_id: str, name: str, exposures: Sequence[Exposure], exercise: Exercise | None, ctx: Context
) -> NextTarget:
    draft = _one_reduction(_draft(exposures, exercise, exercise_id, ctx), exposures, exercise, ctx)
    last = exposures[0]
    unit = ctx.unit
    if ctx.felt is not None:
        draft = felt_.adjust(draft, ctx.felt.kind, exercise, exercise_id, last.load, last.seconds, unit,
                             (ctx.reps_min, ctx.reps_max))  # fmt: skip
    assisted = prog.is_assisted(exercise, exercise_id)
    loaded = draft.weight > 0 and draft.action not in (*VARIATION_ACTIONS, "wave")
    if ctx.returning and loaded and draft.action not in ("reduce_load", "reset"):
        which = prog.kit(exercise, exercise_id)
        if assisted:
            draft.weight = prog.to_display(last.load, unit)
        else:
            draft.weight = prog.about_fraction(prog.to_display(last.load, unit), 0.9, which, unit) or draft.weight
            draft.action = "reduce_load"
        draft.reps_min, draft.reps_max = ctx.reps_min, ctx.reps_max
        draft.reason = "After a break of two weeks or more, restart at about 90% and build back up."
    detail = _detail(draft, ctx, exercise, assisted)
    notes = [_heavy_note(h, unit) for h in ctx.heavy] + ctx.notes
    e1, formula = (draft.e1rm, draft.e1rm_formula) if draft.e1rm is not None else (ctx.e1rm, ctx.e1rm_formula)
    heaviest = max(detail, key=lambda s: s.weight)
    rpes = [s.rpe for s in detail if s.rpe is not None]
    variation = draft.variation
    return NextTarget(
        exercise_id=exercise_id,
        name=name,
        action=draft.action,
        method=draft.method,
        weight_kg=heaviest.weight_kg,
        weight=heaviest.weight,
        unit=unit,
        assisted=assisted,
        reps_min=min(s.reps for s in detail),
        reps_max=max(s.reps_max for s in detail),
        sets=len(detail),
        target_rpe=max(rpes) if rpes else None,
        seconds=draft.seconds,
        distance_m=draft.distance_m,
        variation_id=variation.id if variation else draft.variation_id,
        variation_name=variation.name if variation else None,
        sets_detail=detail,
        reason=tidy_reps(" ".join([draft.reason, *notes])),
        notes=notes,
        e1rm=e1,
        e1rm_kg=round(prog.to_kg(e1, unit), 1) if e1 is not None else None,
        e1rm_formula=formula if e1 is not None else None,
    )


_SAME_RANGE = re.compile(r"\b(\d+)-\1 (reps?)\b")
_ONE_REPS = re.compile(r"\b1 reps\b")


def rep_range(low: int, high: int) -> str:
    """ "8" or "8-10": a range only when it is one."""
    return f"{low}" if low == high else f"{low}-{high}"


def tidy_reps(text: str) -> str:
    """Rep counts as a coach writes them: "8 reps", not "8-8 reps"; "1 rep", not "1 reps"."""
    return _ONE_REPS.sub("1 rep", _SAME_RANGE.sub(r"\1 \2", text))


def describe_sets(target: NextTarget) -> str:
    """The prescription in a line: "1 x 4 @ 102.5 kg (RPE 8), 3 x 5-6 @ 92.5 kg" (groups of equal sets)."""
    groups: list[tuple[TargetSet, int]] = []
    for row in target.sets_detail:
        if groups and groups[-1][0] == row:
            groups[-1] = (row, groups[-1][1] + 1)
        else:
            groups.append((row, 1))
    parts = []
    for row, n in groups:
        reps = f"{row.reps}" if row.reps == row.reps_max else f"{row.reps}-{row.reps_max}"
        load = f" @ {_fmt(row.weight, target.unit)}" if row.weight else ""
        extra = "+" if row.amrap else ""
        rpe = f" (RPE {row.rpe:g})" if row.rpe is not None else ""
        parts.append(f"{n} x {reps}{extra}{load}{rpe}")
    return ", ".join(parts)


def _latest_e1rm(last: Exposure, unit: prog.Unit, assisted: bool) -> tuple[float | None, E1rmFormula | None]:
    """The latest exposure's e1RM in the user's unit, None when no e1RM applies: for every scheme the records' own
    (`progression.estimated_1rm` of the best set at the working load; bodyweight minus assistance for assisted)."""
    if last.e1rm is None:
        return None, None
    if assisted:
        return round(prog.to_display(last.e1rm, unit), 1), _formula(last)
    value = _e1rm_display(last, unit)
    return (round(value, 1), _formula(last)) if value is not None else (None, None)


# --- Recovery -------------------------------------------------------------------------------------

_MESSAGES = {
    "high_effort": "Your last session was very hard (RPE 9+): keep loads, drop a set per exercise next time, "
    "or take an extra rest day.",
    "accumulated_fatigue": "Three hard sessions in a row: consider a deload week ({deload}).",
    "low_energy": "Energy was low last time: prioritise sleep and food, and stop a rep or two further from failure.",
    "returning": "It has been two weeks or more: restart at about 90% of your last loads.",
    "missed_sessions": "{done} of {planned} planned sessions in the last {span}: keep loads steady and focus on "
    "showing up; shorter sessions count.",
    "deload_due": "{streak} training weeks in a row: time for a deload week ({deload}).",
    "stalled_lifts": "Several lifts have stalled ({lifts}): take a deload week ({deload}), then build back up.",
    "performance_drop": "{what}: take a deload week ({deload}) and look at sleep and food.",
    "rpe_creep": "The same loads feel harder each time on {lifts}: take a deload week ({deload}) before pushing on.",
    "novice_caution": "A caution for your first months of lifting: {what}. Sets to failure and all-out singles add "
    "injury risk and fatigue, and a beginner gets stronger without them: stop every set with a rep or two left "
    "(RPE 8 at most), leave max attempts for later, and follow your targets, which build the strength without them. "
    "Sleep and food matter as much.",
    "max_after_misses": "Your work sets fell short twice in a row, then you went all out on a heavy single or set "
    "({what}). It counts in your records, not in your target: the lighter load is the step back, and it stays until "
    "your work sets are back on target there. Leave max attempts until then; sleep, food and a rest day before the "
    "next heavy session help the sets come back.",
}


Signals = list[tuple[str, dict[str, object]]]


def _week(moment: datetime) -> tuple[int, int]:
    year, week, _ = moment.astimezone(UTC).isocalendar()
    return year, week


def _dropping(exposures: Sequence[Exposure]) -> bool:
    """e1RM falling across the latest three exposures, by more than 2% in all."""
    values = [e.e1rm for e in exposures[:3]]
    if len(values) < 3 or any(v is None for v in values):
        return False
    a, b, c = values  # latest first
    return a < b < c and a < c * 0.98  # type: ignore[operator]


# A load taken down by 5% or more with at least the reps of the session before is a reset, a "lighter" target or a
# restart done as written: a lower e1RM from it is the prescription, not a performance drop (review 20: "your e1RM
# has dropped: take a deload week" right after the app's own 10% reset).
CUT_FRACTION = 0.95


def since_cut(exposures: Sequence[Exposure]) -> list[Exposure]:
    """The exposures (latest first) from the latest load cut done as asked (the cut's session included, nothing
    before it): all of them when there was none."""
    for i, (newer, older) in enumerate(itertools.pairwise(exposures)):
        if older.load > 0 and newer.load <= older.load * CUT_FRACTION and min(newer.reps) >= min(older.reps):
            return list(exposures[: i + 1])
    return list(exposures)


def reset_days(series: dict[str, list[Exposure]]) -> set[datetime]:
    """The sessions (by start time) in which some lift's load was cut as asked (`since_cut`'s rule: 5%+ lighter with
    at least the reps of the session before): the app's reset, a "lighter" target or a restart done as written."""
    cuts: set[datetime] = set()
    for exposures in series.values():
        for newer, older in itertools.pairwise(exposures):
            if older.load > 0 and newer.load <= older.load * CUT_FRACTION and min(newer.reps) >= min(older.reps):
                cuts.add(newer.when)
    return cuts


def _creeping(exposures: Sequence[Exposure]) -> bool:
    """Set RPE up by a point or more at the same (or a lighter) load and the same reps as last time. Fewer reps is
    a miss, which the target's own rule answers (one miss: repeat the load; two: cut it), not a deload week (review 24:
    "one session is not a trend, keep the load" beside "take a deload week" after the first short session)."""
    if len(exposures) < 2 or not exposures[0].rpes or not exposures[1].rpes:
        return False
    a, b = exposures[0], exposures[1]
    held = sum(a.reps) == sum(b.reps) and min(a.reps) >= min(b.reps)
    return a.load <= b.load and held and max(a.rpes) >= max(b.rpes) + 1


# A session whose loaded lifts all sit at 75% or less of their previous load is a deload (a wave's
# 40/50/60% week, or "about 90% of the load for half the sets" done lighter still): it says nothing
# about a performance drop and it ends a streak of training weeks.
DELOAD_LOAD_FRACTION = 0.75
# The plan's own deload, "half the sets at about 90% of your loads", is one too (the fifteenth review's log: the
# deload done as written was not seen as one, so the advice to take one would have stayed).
PLAN_DELOAD_LOAD_FRACTION = 0.92


def _lighter(newer: Exposure, older: Exposure) -> bool:
    """`newer` is a deload of `older`: at most 75% of its load, or about 90% of it for half the sets or fewer."""
    if newer.load <= older.load * DELOAD_LOAD_FRACTION:
        return True
    return newer.load <= older.load * PLAN_DELOAD_LOAD_FRACTION and newer.sets * 2 <= older.sets + 1


def deload_days(series: dict[str, list[Exposure]]) -> set[datetime]:
    """The sessions (by start time) that were deloads: every loaded lift in them a deload of its previous
    exposure (`_lighter`)."""
    light: dict[datetime, list[bool]] = {}
    for exposures in series.values():
        for newer, older in itertools.pairwise(exposures):
            if older.load > 0:
                light.setdefault(newer.when, []).append(_lighter(newer, older))
    return {when for when, flags in light.items() if flags and all(flags)}


def _drop_words(dropped: Sequence[str], tired: Sequence[str]) -> str:
    """The head of the performance-drop advice: lifts whose e1RM fell, and lifts whose work sets fell short while a
    heavy set since was stronger (`_heavy_beats`), which is fatigue, as their targets say (review 25: "the strength is
    there" in the target beside "your estimated 1RM has dropped" for the same lift)."""
    parts = [f"Your estimated 1RM has dropped over the last sessions on {', '.join(dropped)}"] if dropped else []
    if tired:
        lifts = ", ".join(tired)
        parts.append(f"on {lifts} your work sets fell short while a heavy set was strong ({FATIGUE_WORDS})" if dropped
                     else f"Your work sets on {lifts} fell short over the last sessions while a heavy set was strong, "
                     f"and {FATIGUE_WORDS}")  # fmt: skip
    return "; ".join(parts)


def _log_signals(
    names: dict[str, str], series: dict[str, list[Exposure]], strong: frozenset[str] = frozenset()
) -> Signals:
    """Deload advice from the lifts' logs; `strong`: the lifts whose latest heavy set beat their short work sets."""
    deloads = deload_days(series)
    series = {k: [e for e in v if e.when not in deloads] for k, v in series.items()}
    loaded = {k: v for k, v in series.items() if v and v[0].load > 0}
    several = 2 if len(loaded) >= 2 else 1
    kinds: Signals = []
    # The same reps at a rising RPE is a stall first: its RPE-aware e1RM falls too, but "stalled" names it (review 21).
    # The e1RM and RPE checks start at the latest load cut done as asked: a reset's lighter sets are the prescription.
    checks: tuple[tuple[str, Callable[[list[Exposure]], bool]], ...] = (
        ("stalled_lifts", lambda v: stall(v) is not None),
        ("performance_drop", lambda v: _dropping(since_cut(v)) and stall(v) != "flat"),
        ("rpe_creep", lambda v: _creeping(since_cut(v))),
    )
    for kind, test in checks:
        hits = sorted(names[k] for k, v in loaded.items() if test(v))
        if len(hits) >= several and (kind != "stalled_lifts" or len(hits) >= 2):
            kinds.append((kind, {"lifts": ", ".join(hits[:4])}))
            if kind == "performance_drop":
                tired = {names[k] for k in strong}
                dropped = [h for h in hits[:4] if h not in tired]
                kinds[-1][1]["what"] = _drop_words(dropped, [h for h in hits[:4] if h in tired])
    return kinds


CONSISTENCY_WINDOW_DAYS = 14  # missed sessions are counted over two weeks ...
CONSISTENCY_GRACE_DAYS = 7  # ... or the days since the start, never in the first week


def _missed_sessions(sessions: Sequence[LoggedSession], per_week: int, now: datetime, start: datetime) -> Signals:
    """Sessions done against planned over the last two weeks, or only the days since `start` (the plan's
    creation, else the first logged session) when that is less; nothing in the first week."""
    days = min(CONSISTENCY_WINDOW_DAYS, (now - start).total_seconds() / 86400)
    if days < CONSISTENCY_GRACE_DAYS:
        return []
    done = sum(1 for s in sessions if now - s.started_at <= timedelta(days=days))
    planned = round(per_week * days / 7)
    if done * 2 >= planned:  # at least half of the planned sessions
        return []
    span = "two weeks" if days >= CONSISTENCY_WINDOW_DAYS else f"{int(days)} days"
    return [("missed_sessions", {"done": done, "planned": planned, "span": span})]


# Sets with an RPE that tell a session's effort when its own RPE was not logged (the fourteenth review: two
# sessions of sets at RPE 10 with falling reps gave no recovery advice, because only session RPE was read).
MIN_RATED_SETS = 3


def session_effort(session: LoggedSession) -> float | None:
    """How hard a session was, RPE 1-10: its session RPE when logged, else the median RPE of its rated working
    sets (warm-ups and missed sets left out; at least `MIN_RATED_SETS` of them), else None. Session RPE tracks
    the sets' effort closely (Day et al. 2004; Helms et al. 2016)."""
    if session.session_rpe is not None:
        return session.session_rpe
    rated = sorted(s.rpe for e in session.exercises for s in e.sets
                   if s.rpe is not None and counts(s) and s.role != "warmup")  # fmt: skip
    if len(rated) < MIN_RATED_SETS:
        return None
    return rated[(len(rated) - 1) // 2]  # the lower median: one all-out set among easier ones is not the session


# Advice that asks for a deload week, most specific first: one of them is said, and it replaces "keep loads, drop
# a set" (review 16: a reset, "drop a set" and "take a deload week" given at once).
_DELOAD_KINDS = ("performance_drop", "stalled_lifts", "rpe_creep", "accumulated_fatigue", "deload_due")


def _one_instruction(kinds: Signals) -> Signals:
    """`kinds` with at most one deload request, and no "drop a set" beside it."""
    deloads = sorted((k for k in kinds if k[0] in _DELOAD_KINDS), key=lambda k: _DELOAD_KINDS.index(k[0]))
    if not deloads:
        return kinds
    kept = [k for k in kinds if k[0] not in _DELOAD_KINDS and k[0] != "high_effort"]
    return [*kept, deloads[0]]


# Four weeks of logs before a novice is told to deload from them (Rippetoe's and StrongLifts' novice programs reset
# a stalled lift and deload only after weeks of stalls; NSCA: deloads follow weeks of accumulated training).
NOVICE_DELOAD_AFTER_DAYS = 28
# Two weeks of logs before a lifter on RPE-based loads is told to deload from them: the RPE table already lowers the
# next load after a hard or short session (Helms et al. 2016, Zourdos et al. 2016: autoregulation adjusts the load
# first), and a deload answers fatigue accumulated over weeks, not one short session (review 24; decisions.md).
AUTOREGULATED_DELOAD_AFTER_DAYS = 14


def settling_days(method: ProgressionMethod | None) -> int:
    """Days of logs on a plan of main-lift scheme `method` before the logs ask for a deload week (none without a
    plan): a novice's linear program four weeks, RPE-based loads two, a wave (its own deload week) or double
    progression none."""
    if method == "linear":
        return NOVICE_DELOAD_AFTER_DAYS
    return AUTOREGULATED_DELOAD_AFTER_DAYS if method == "rpe" else 0


def _recovery(
    sessions: list[LoggedSession],
    per_week: int,
    deload_every: int,
    now: datetime,
    signals: Signals,
    deload: str,
    start: datetime | None = None,
    deloads: set[datetime] | None = None,
    resets: set[datetime] | None = None,
    settle: int = 0,
) -> list[RecoveryAdvice]:
    """Recovery advice from the sessions (latest first); `settle`: the days of logs before they ask for a deload
    week (`settling_days`: a novice's linear program, RPE-based loads)."""
    kinds: Signals = []
    if not sessions:
        return []
    deloads = deloads or set()
    last = sessions[0]
    last_effort = session_effort(last)
    if last_effort is not None and last_effort >= 9:
        kinds.append(("high_effort", {}))
    # Session RPEs ask for a deload only from sessions after the latest deload or reset the user did, and never in
    # that week (review 20: "three hard sessions in a row: consider a deload week" on the week of the app's own
    # reset, from the hard sessions that led to it). The sessions before it are what the reset answered.
    lightened = max(deloads | (resets or set()), default=None)
    fresh = sessions if lightened is None else [s for s in sessions if s.started_at > lightened]
    if lightened is not None and _week(lightened) == _week(last.started_at):
        fresh = []
    # The latest three sessions that tell their effort: one with none (a lone heavy single) does not break the run
    # (review 24: a single logged after three hard sessions took the deload advice, and with it the target, away).
    recent = [e for s in fresh if (e := session_effort(s)) is not None][:3]
    # A novice's first weeks ask for no deload from the logs: misses are answered by linear's repeat-then-reset, and
    # there is no accumulated training to recover from yet (review 24: a deload week in week 2 of a novice program).
    # Likewise an RPE lifter's first two weeks: the RPE table lowers the next load (review 24: a deload week after
    # the second short session in week 2).
    settling = now - sessions[-1].started_at < timedelta(days=settle)
    if len(recent) == 3 and sum(recent) / 3 >= 8.5 and not settling:
        kinds.append(("accumulated_fatigue", {}))
    if last.energy is not None and last.energy <= 2:
        kinds.append(("low_energy", {}))
    if now - last.started_at >= timedelta(days=14):
        kinds.append(("returning", {}))
    else:
        kinds += _missed_sessions(sessions, per_week, now, start or sessions[-1].started_at)
        kinds += [] if settling else signals
    # A logged deload week is the deload the streak asks for: weeks count from after it.
    light = {_week(when) for when in deloads}
    weeks = {_week(s.started_at) for s in sessions}
    cursor = now if _week(now) in weeks else now - timedelta(days=7)
    streak = 0
    while _week(cursor) in weeks and _week(cursor) not in light:
        streak, cursor = streak + 1, cursor - timedelta(days=7)
    if streak >= deload_every:
        kinds.append(("deload_due", {"streak": streak}))
    kinds = _one_instruction(kinds)
    return [
        RecoveryAdvice.model_validate({"kind": k, "message": _MESSAGES[k].format(deload=deload, **v)}) for k, v in kinds
    ]


# A novice's all-out effort (review 25: a beginner's 60 kg single at RPE 10 in week 2, after two sessions of sets missed
# at RPE 10, got no word at all). Novice programs keep sets short of failure and test no maxes (Rippetoe's Starting
# Strength; NSCA Essentials: moderate loads for novices; ACSM 2009: beginners train at moderate loads, not to failure).
ALL_OUT_RPE = 9.5  # RPE 9.5-10, or a set logged as to failure
MAX_ATTEMPT_REPS = 3  # a single, double or triple above the work sets is a max attempt
GROUND_SESSIONS = 2  # exposures short of the reps at an all-out effort before a novice hears about grinding


def _all_out(logged_set: LoggedSet) -> bool:
    return logged_set.set_type == "failure" or (logged_set.rpe is not None and logged_set.rpe >= ALL_OUT_RPE)


def _novice_caution(
    pending: Sequence[tuple[str, str, list[Exposure], Exercise | None, Context]], now: datetime
) -> Signals:
    """A caution for a novice (a linear plan) who tested an all-out max or ground out sets short of the reps at RPE
    9.5-10 in the last two weeks: the lifts and loads named, in plain words. Not a deload: the targets' own rules
    (repeat, then reset) answer the misses."""
    maxes: list[str] = []
    ground: list[str] = []
    recent = timedelta(days=CONSISTENCY_WINDOW_DAYS)
    for _, name, exposures, _, ctx in pending:
        tests = [h for h in ctx.heavy if h.reps <= MAX_ATTEMPT_REPS and _all_out(h)]
        if tests:
            top = max(tests, key=_kg)
            effort = f"RPE {top.rpe:g}" if top.rpe is not None else "failure"
            maxes.append(f"{name} {_fmt(prog.to_display(_kg(top), ctx.unit), ctx.unit)} at {effort}")
        short = [e for e in exposures if now - e.when <= recent and _missed(e, ctx.reps_min)
                 and (e.failed or (e.rpes and max(e.rpes) >= ALL_OUT_RPE))]  # fmt: skip
        if len(short) >= GROUND_SESSIONS:
            ground.append(name)
    parts = []
    if maxes:
        parts.append(f"you went all out on a heavy single or set ({', '.join(maxes)})")
    if ground:
        parts.append(f"your sets on {', '.join(ground)} fell short at RPE 9.5-10 more than once")
    return [("novice_caution", {"what": " and ".join(parts)})] if parts else []


def _short(exposure: Exposure, ctx: Context) -> bool:
    """Work sets below their prescription: the RPE method's reps and effort together (`_under`), the others a set
    short of the minimum reps or missed."""
    if ctx.method == "rpe":
        return _under(exposure, (ctx.reps_min + ctx.reps_max) // 2, ctx.rpe_target)
    return _missed(exposure, ctx.reps_min)


def _max_after_misses(pending: Sequence[tuple[str, str, list[Exposure], Exercise | None, Context]]) -> Signals:
    """The lifts whose last two exposures fell short of the reps and that then (or among them) got an all-out max
    attempt (a single, double or triple at RPE 9.5-10 or to failure, left out of the target): named with the load, so
    the recovery field says what the target does (review 28 D3: empty after two failed sessions and a 295 lb single).
    Not for a novice's linear plan, whose caution says it (`_novice_caution`), nor for a wave (its single is the
    wave's)."""
    maxes: list[str] = []
    for _, name, exposures, _, ctx in pending:
        if ctx.method == "training_max_wave" or len(exposures) < 2:
            continue
        tests = [h for h in ctx.heavy if h.reps <= MAX_ATTEMPT_REPS and _all_out(h)]
        if tests and all(_short(e, ctx) for e in exposures[:2]):
            top = max(tests, key=_kg)
            effort = f"RPE {top.rpe:g}" if top.rpe is not None else "failure"
            maxes.append(f"{name} {_fmt(prog.to_display(_kg(top), ctx.unit), ctx.unit)} at {effort}")
    return [("max_after_misses", {"what": ", ".join(maxes)})] if maxes else []


def recommend(
    sessions: Sequence[LoggedSession],
    plan: Plan | None = None,
    days_per_week: int = 3,
    now: datetime | None = None,
    units: Units = "metric",
    body_weight_kg: float | None = None,
    feedback: Mapping[str, felt_.Felt] | None = None,
) -> Recommendations:
    """Targets for each exercise in the user's logs (latest first wins), in the user's units, and
    recovery advice. `feedback`: the user's latest word per exercise id (`shared.plans.felt`), which moves
    a target when it was given since the exercise's latest exposure."""
    now = now or datetime.now(UTC)
    unit = prog.unit_of(units)
    ordered = sorted(sessions, key=lambda s: s.started_at, reverse=True)
    per_week = len(plan.days) if plan else days_per_week
    returning = bool(ordered) and now - ordered[0].started_at >= timedelta(days=14)
    history: dict[str, list[tuple[datetime, LoggedExercise, int | None]]] = {}
    for session in ordered:
        for logged in session.exercises:
            history.setdefault(logged.exercise_id, []).append(
                (session.started_at, for_targets(logged), session.day_index)
            )
    pending: list[tuple[str, str, list[Exposure], Exercise | None, Context]] = []
    series: dict[str, list[Exposure]] = {}
    names: dict[str, str] = {}
    for exercise_id, entries in history.items():
        exercise = find_exercise(exercise_id)
        item = plan_item(plan, exercise_id, entries[0][2])
        if item is not None:  # exposures logged for another occurrence with another prescription do not count
            entries = [e for e in entries if (other := day_item(plan, exercise_id, e[2])) is None
                       or _same_rx(other, item)]  # fmt: skip
        reps_min, reps_max, rpe_target = (item.reps_min, item.reps_max, item.target_rpe) if item else (8, 12, 8.0)
        assisted = prog.is_assisted(exercise, exercise_id)
        method = _method(plan, item, exercise)
        # A wave's sets are its own 5s, 3s and 1s, and its last set goes for as many reps as it can: all count.
        span = (1, E1RM_MAX_REPS) if method == "training_max_wave" else (reps_min, reps_max)
        found = [(when, logged, _exposure(logged, when, *span, exercise, body_weight_kg))
                 for when, logged, _ in entries]  # fmt: skip
        found = _tests_left_out(found, *span, exercise, assisted)
        exposures = [e for _, _, e in found if e is not None]
        if not exposures:
            continue
        name = exercise.name if exercise else (entries[0][1].name or exercise_id)
        names[exercise_id] = name
        if exercise is None or (exercise.load_type == "weight" and not assisted):
            series[exercise_id] = exposures
        e1, formula = _latest_e1rm(exposures[0], unit, assisted)
        ctx = Context(unit, body_weight_kg, now, returning, plan, item, method, reps_min,
                      reps_max, rpe_target, sets=item.sets if item else exposures[0].sets,
                      top_sets=prescribes_top_set(item), e1rm=e1, e1rm_formula=formula,
                      heavy=_left_out(found, exposures, exercise, exercise_id))  # fmt: skip
        said = (feedback or {}).get(exercise.id if exercise else exercise_id)
        if said is not None and said.at >= exposures[0].when:
            ctx.felt = said
        pending.append((exercise_id, name, exposures, exercise, ctx))
    deload_every = plan.progression.deload_every_weeks if plan else 5
    strong = frozenset(k for k, _, exposures, _, ctx in pending if k in series and _heavy_beats(exposures, ctx))
    signals = _log_signals(names, series, strong)
    methods: list[ProgressionMethod] = []
    if plan is not None:
        methods = [plan.progression.method, *(i.progression for d in plan.days for i in d.exercises if i.progression)]
    deload = prog.deload_rule(methods)
    start = plan.created_at if plan is not None else None
    recovery = _recovery(
        ordered,
        per_week,
        deload_every,
        now,
        signals,
        deload,
        start,
        deload_days(series),
        reset_days(series),
        settle=settling_days(plan.progression.method if plan is not None else None),
    )
    if plan is not None and plan.progression.method == "linear" and not returning:
        recovery += [RecoveryAdvice(kind=k, message=_MESSAGES[k].format(**v)) for k, v in _novice_caution(pending, now)]
    elif not returning:
        recovery += [RecoveryAdvice(kind=k, message=_MESSAGES[k].format(**v)) for k, v in _max_after_misses(pending)]
    deload_week = any(advice.kind in _DELOAD_KINDS for advice in recovery)
    targets: list[NextTarget] = []
    for exercise_id, name, exposures, exercise, ctx in pending:
        ctx.deload_week = deload_week  # one reduction, not two (`_one_reduction`)
        targets.append(_target(exercise_id, name, exposures, exercise, ctx))
    if any(t.action in ("reset", "reduce_load") for t in targets) and not returning:
        # "Keep loads, drop a set" beside a target that cuts the load is two instructions (review 24): the cut is the
        # answer to the hard session.
        recovery = [advice for advice in recovery if advice.kind != "high_effort"]
    if deload_week:
        # The targets are for the week after the deload the recovery advice asks for (review 19: "hold" beside
        # "take a deload week" read as two instructions for the same week).
        for target in targets:  # a wave has its own deload week, which its target already says
            if target.method != "training_max_wave":
                target.reason += " This is for the week after your deload week."
    return Recommendations(targets=targets, recovery=recovery)
