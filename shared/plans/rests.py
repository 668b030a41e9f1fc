"""Rest between sets, from the set's dose alone: the same lift at the same reps and effort rests the
same on every day of a plan, whatever the day's minutes (the seventh review found a main lift at 180 s
on Monday and 90 s on Thursday at the same rep range). Sessions are fitted with sets, never with rest;
only a superset's rest is shorter, because the partner's set is part of it (`rules.paired_rest`).

    rest_seconds(exercise, reps_min, reps_max, rpe, trained=) -> int   one straight set of `exercise`
    dose_rest(compound=, loaded=, reps_min=, reps_max=, rpe=, heavy_barbell=) -> int   the same from the dose
    superset_rest(rest, compound_load=) -> int   the rest after a set of a superset (the partner works meanwhile)

Sources: NSCA *Essentials of Strength Training and Conditioning* (4th ed.), ch. 17 (rest by training
goal: 2-5 min for loads of 6 reps or fewer, 30-90 s for moderate loads, 30 s or less for light ones);
ACSM progression models 2009 (2-3 min for heavy multi-joint lifts, 1-2 min for lighter ones); Schoenfeld
et al., *J Strength Cond Res* 2016;30:1805-12, and Grgic et al., *Eur J Sport Sci* 2017;17:983-93 (at
least 2 min between heavy multi-joint sets for hypertrophy).
"""

from __future__ import annotations

from shared.exercises.model import Exercise

# The heavy barbell lifts whose low-rep sets earn 4 minutes for a trained lifter (NSCA: 2-5 min).
# (the specialty bars' squat and deadlift are the same heavy lifts: review 25, defect 1)
HEAVY_BARBELL_LIFTS = frozenset(
    {"barbell-back-squat", "barbell-front-squat", "barbell-bench-press", "barbell-deadlift", "barbell-overhead-press"}
    | {"safety-bar-squat", "trap-bar-deadlift"}
)
EASY_RPE = 6.0  # sets this far from failure recover within two minutes
# The least rest after a set of a loaded multi-joint lift, in any goal and in a superset too: NSCA gives main
# multi-joint lifts 2-5 min for strength and 60-90 s even in metabolic work; 30-45 s is for accessories and
# circuits (review 23: a fat-loss week's bench press at 45 s).
COMPOUND_MIN_REST = 60
SUPERSET_MIN_REST = 45  # an accessory's or a bodyweight lift's in a superset
# A heavy barbell squat, deadlift or RDL in a superset still rests 90 s: NSCA's 60 s is for light accessory and circuit
# work, not a spinal-loaded barbell lift (review 24: a 7 x 30 fat-loss week's deadlift, squats and RDL at 60 s).
HEAVY_LOWER_BARBELL = frozenset(
    {"barbell-back-squat", "barbell-front-squat", "barbell-deadlift", "barbell-rdl"}
    | {"safety-bar-squat", "trap-bar-deadlift"}
)
HEAVY_LOWER_MIN_REST = 90


def dose_rest(
    *, compound: bool, loaded: bool, reps_min: int, reps_max: int, rpe: float, heavy_barbell: bool = False
) -> int:
    """Seconds of rest after one straight set of reps: longer for heavier multi-joint sets (a range that
    starts at 5 reps or fewer: 3 min, a trained lifter's heavy barbell lift 4 min) and harder ones (RPE
    8 or more: 2 min up to 12 reps), a minute for light ones; isolation work recovers sooner; bands and
    bodyweight need no plate-loading or heavy-load recovery, and sets at RPE 6 or less no more than 2 min."""
    if not compound:
        rest = 90 if reps_max <= 10 else (75 if rpe >= 8 else 60) if reps_max <= 15 else 45
    elif reps_min <= 5:
        rest = 240 if heavy_barbell else 180
    elif reps_max <= 12:
        rest = 120 if rpe >= 8 or reps_max <= 8 else 90
    else:
        rest = 60
    if not loaded or rpe <= EASY_RPE:
        rest = min(rest, 120)
    return rest


def loaded_compound(exercise: Exercise) -> bool:
    """A multi-joint lift loaded with weight (a barbell, dumbbells, kettlebells, a machine or a cable; not a band or
    the body): its sets need `COMPOUND_MIN_REST` at least, whatever the goal."""
    return (
        exercise.compound and not exercise.isolation and exercise.load_type == "weight"
        and "resistance_bands" not in exercise.equipment and exercise.intensity not in ("plyometric", "ballistic")
    )  # fmt: skip


def superset_rest(rest: int, *, compound_load: bool = False, heavy_lower: bool = False) -> int:
    """Rest after each set of a superset: the partner's set is part of the muscle's rest, so about half (120 s ->
    60 s, 180 s -> 90 s), never under 45 s, nor under a minute after a loaded multi-joint lift (`loaded_compound`:
    the bench press and its partner row each rest a minute, so two bench sets are over two minutes apart), nor under
    90 s after a heavy barbell squat, deadlift or RDL (`heavy_lower`)."""
    least = HEAVY_LOWER_MIN_REST if heavy_lower else COMPOUND_MIN_REST if compound_load else SUPERSET_MIN_REST
    return max(least, rest // 2)


def rest_seconds(exercise: Exercise, reps_min: int, reps_max: int, rpe: float, *, trained: bool) -> int:
    """`dose_rest` for one set of `exercise`: fast work rests long enough to stay fast (plyometric 2 min,
    ballistic 90 s), holds a minute, carries 90 s; a trained lifter's heavy barbell squat, bench press,
    deadlift or press at 5 reps or fewer and RPE 8 or more 4 minutes."""
    if exercise.intensity == "plyometric":
        return 120
    if exercise.intensity == "ballistic":
        return 90
    if exercise.load_type == "time":
        return 60
    if exercise.load_type == "distance":
        return 90
    loaded = exercise.load_type == "weight" and "resistance_bands" not in exercise.equipment
    heavy = trained and exercise.id in HEAVY_BARBELL_LIFTS and rpe >= 8
    return dose_rest(
        compound=exercise.compound, loaded=loaded, reps_min=reps_min, reps_max=reps_max, rpe=rpe, heavy_barbell=heavy
    )
