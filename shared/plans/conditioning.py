"""Structured work beyond the hard sets: conditioning blocks, mobility programs and balance work.

Time is never padded: conditioning appears only where the goal calls for it, as one structured block
of bounded length (zone-2 steady state or intervals with a stated work:rest), on a modality that
fits the person (low impact for PAR-Q flags, older adults and severe lower-limb injuries). Sources:
ACSM's Guidelines (11th ed.) for aerobic dose (moderate 30-60 min/day, vigorous 20-60 min/day);
Seiler 2010 for polarised endurance training (mostly zone 2, a little hard interval work);
Garber et al. 2011 (ACSM position stand) for flexibility: 2-4 holds of 10-60 s per muscle group.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from shared.exercises.model import Exercise
from shared.plans.kit_words import held_load
from shared.plans.rules import SETUP_SECONDS, Request
from shared.plans.schema import PlanExercise, Role
from shared.plans.templates import AEROBIC_MINUTES, LONG_AEROBIC_MINUTES, MIN_BLOCK_MINUTES, block_minutes

# Block modalities, best first. Only cyclic, steady-state-capable work: burpees, jumping jacks, high
# knees, thrusters and swings are never used to fill time.
LOW_IMPACT = (
    "stationary-bike",
    "rowing-machine",
    "elliptical",
    "ski-erg",
    "stair-climber",
    "treadmill-walk",
    "arm-ergometer",
    "brisk-walk",
    "marching-in-place",
    "shadow-boxing",
    "seated-shadow-boxing",  # the option left for a severe ankle, knee or hip with no machines
)
WITH_IMPACT = ("treadmill-run", "jog")
FALLBACK_MODALITIES = frozenset({"marching-in-place", "shadow-boxing", "seated-shadow-boxing"})
# Where hard intervals make sense: machines whose pace you can push and ease at once, or running.
INTERVAL_MODALITIES = frozenset(
    {
        "stationary-bike",
        "rowing-machine",
        "elliptical",
        "ski-erg",
        "stair-climber",
        "arm-ergometer",
        "treadmill-run",
        "jog",
    }
)
# Hard intervals drive the legs through their machine's range at high force: a moderately injured knee, hip or ankle
# does its intervals on the bike, elliptical or arm ergometer, not on a rower (the drive: deep knee and hip flexion
# under the body's push) or a stair climber (the body's weight up every step). Steady zone 2 on them stays (review
# 26, D3: 7 x 1 min hard on a rowing machine for a moderate knee while the long session used a bike).
_SORE_LEG_INTERVALS_OFF = frozenset({"rowing-machine", "stair-climber"})
_LEG_JOINTS = frozenset({"knee", "hip", "ankle"})
RECOVERY_MINUTES = 25
MOBILITY_HOLD = 45  # seconds per drill and set
BALANCE_HOLD = 20  # seconds a side: long enough to challenge balance, short enough to keep form (NSCA 2019)


@dataclass(frozen=True)
class Block:
    """A conditioning block as the plan shows it: its item and a plain description."""

    item: PlanExercise
    kind: str  # "zone2" | "intervals" | "recovery"


def modalities(pool: tuple[Exercise, ...], request: Request) -> list[Exercise]:
    """Conditioning exercises fit for steady blocks, best first: the machines, then (for trained people free
    to run) running before walking, then walking, marching and shadow boxing; impact only if allowed (the
    twelfth review: an intermediate's aerobic days were marching in place and shadow boxing, not a run)."""
    by_id = {e.id: e for e in pool if e.pattern == "conditioning"}
    order: tuple[str, ...]
    if request.low_impact:
        order = LOW_IMPACT
    elif request.level == "beginner":
        order = LOW_IMPACT + WITH_IMPACT
    else:
        machines = LOW_IMPACT[: LOW_IMPACT.index("treadmill-walk")]
        order = machines + WITH_IMPACT + LOW_IMPACT[len(machines) :]
    return [by_id[ident] for ident in order if ident in by_id and not (request.low_impact and by_id[ident].impact)]


# Days a week a beginner's or intermediate's conditioning may run (jog, treadmill run), never two days running: the
# rest walk or ride (review 24: an intermediate's 7 x 30 fat-loss week ran on five days, the recovery day among them).
# Running injuries track weekly running load and its jumps (Nielsen et al. 2014; Videbaek et al. 2015, novice runners);
# a person who did not say they run starts with a walk/jog mix on alternate days (ACSM's Guidelines, 11th ed.).
RUN_DAYS_MAX = 3


def impact_ok(request: Request, run_days: list[int], weekday: int) -> bool:
    """Whether `weekday`'s conditioning may run, given the weekdays (0-6) that ran already: an advanced person or an
    endurance goal runs as they choose; anyone else on at most `RUN_DAYS_MAX` days, never beside a run (Sunday is
    beside Monday: the week repeats)."""
    if request.level == "advanced" or request.goal == "endurance":
        return True
    return len(run_days) < RUN_DAYS_MAX and all((weekday - day) % 7 not in (1, 6) for day in run_days)


def without_impact(pool: tuple[Exercise, ...]) -> tuple[Exercise, ...]:
    """The pool without its running modalities (`WITH_IMPACT`)."""
    return tuple(e for e in pool if e.id not in WITH_IMPACT)


def intervals_allowed(request: Request) -> bool:
    """Hard intervals only for trained people with no PAR-Q flag, under 65, no severe lower-limb injury."""
    return request.level != "beginner" and not request.low_impact


def block(
    pool: tuple[Exercise, ...], request: Request, seconds: int, position: int, *, bound: int | None = None,
    minimum: int = MIN_BLOCK_MINUTES,
) -> Block | None:  # fmt: skip
    """One conditioning block of at most `bound` minutes (default: the template rule for a lifting
    day, `templates.block_minutes`) and `seconds`, at least `minimum`, or None when none fits."""
    bound = block_minutes(request) if bound is None else bound
    options = modalities(pool, request)
    if not bound or not options:
        return None
    minutes = min(bound, (seconds - SETUP_SECONDS) // 60)
    if minutes < minimum:
        return None
    # Alternate steady and interval days for trained people (polarised: mostly easy, some hard). An
    # endurance athlete's hard work is on aerobic days, so the block after lifting stays easy.
    hard = [e for e in options if e.id in INTERVAL_MODALITIES]
    if any(area in _LEG_JOINTS and severity != "mild" for area, severity in request.injuries):
        hard = [e for e in hard if e.id not in _SORE_LEG_INTERVALS_OFF]
    after_lifting = bound != AEROBIC_MINUTES.get(request.level)
    easy_only = request.goal == "endurance" and after_lifting
    if intervals_allowed(request) and hard and not easy_only and position % 2 == 1 and minutes >= 12:
        return _intervals(hard[position % len(hard)], minutes)
    # Two modalities at most rotate through the week: the best ones (a bike and a rower, or a run and a walk).
    # Marching and shadow boxing only when nothing better fits: no one reaches zone 2 marching on the spot for 24
    # minutes when they could walk briskly (the eighteenth review: a 20-year-old's aerobic day).
    # A beginner walks rather than runs (the thirteenth review): running is for the trained.
    steady = [
        e for e in options if e.id not in FALLBACK_MODALITIES and not (request.level == "beginner" and e.impact)
    ] or options
    return _zone2(steady[position % min(2, len(steady))], minutes, request)


def aerobic_session(
    pool: tuple[Exercise, ...], request: Request, seconds: int, position: int, *, long: bool = False
) -> Block | None:
    """An aerobic day: zone 2, or intervals every other aerobic day; `long`: the week's long zone-2 session
    (an endurance goal's last aerobic day, up to `LONG_AEROBIC_MINUTES`)."""
    if long:
        options = modalities(pool, request)
        if not options:
            return None
        minutes = min(LONG_AEROBIC_MINUTES[request.level], (seconds - SETUP_SECONDS) // 60, options[0].dose_max // 60)
        return _zone2(options[0], minutes, request, long=True) if minutes >= 5 else None
    # A short aerobic day is still an aerobic day: 5 minutes or more (no equipment change to amortise).
    return block(pool, request, seconds, position, bound=AEROBIC_MINUTES[request.level], minimum=5)


# An easy zone-2 day of an endurance week at most this share of the long session (the long run is the week's
# longest by a clear margin, about a third longer than the easy runs: Daniels' Running Formula, 3rd ed., ch. 3).
EASY_SHARE_OF_LONG = 0.75


def easy_day_seconds(request: Request, seconds: int) -> int:
    """Seconds an endurance week's easy zone-2 day may take when a session of `seconds` also bounds its long day:
    `EASY_SHARE_OF_LONG` of the long session's minutes, never under 20 minutes (seconds, unchanged, when the long
    session can outgrow it)."""
    long_minutes = min(LONG_AEROBIC_MINUTES[request.level], seconds // 60)
    if long_minutes * EASY_SHARE_OF_LONG >= AEROBIC_MINUTES[request.level]:
        return seconds
    return max(20 * 60, int(long_minutes * EASY_SHARE_OF_LONG) * 60)


def recovery_block(pool: tuple[Exercise, ...], request: Request, seconds: int) -> Block | None:
    """The active-recovery day's easy aerobic work (up to 25 min at a conversational pace, within `seconds`): a walk or
    an easy ride, never a run (review 24: "Jog or run" on a 7 x 30 week's recovery day)."""
    options = modalities(without_impact(pool), request)
    options = [e for e in options if e.id not in FALLBACK_MODALITIES] or options
    minutes = min(RECOVERY_MINUTES, (seconds - SETUP_SECONDS) // 60)
    if not options or minutes < 5:
        return None
    item = timed_item(
        options[0],
        sets=1,
        seconds=minutes * 60,
        rest=0,
        rpe=3.0,
        notes=f"{minutes} min easy (zone 1-2): breathing through the nose, legs fresher at the end.",
    )
    return Block(item, "recovery")


def _zone2(exercise: Exercise, minutes: int, request: Request, *, long: bool = False) -> Block:
    rpe = 4.0 if request.par_q else 5.0
    head = "The week's long session: zone 2" if long else "Zone 2"
    notes = f"{head}, {minutes} min steady: you can talk in full sentences (about RPE {rpe:g})."
    return Block(timed_item(exercise, sets=1, seconds=minutes * 60, rest=0, rpe=rpe, notes=notes), "zone2")


def _intervals(exercise: Exercise, minutes: int) -> Block:
    # 1 min hard / 2 min easy, after 3 min easy: rounds fill the block (ACSM: vigorous intervals
    # count double towards the weekly aerobic dose).
    rounds = max(3, min(10, (minutes - 3) // 3))
    notes = f"Intervals: 3 min easy, then {rounds} x 1 min hard (RPE 8) with 2 min easy between."
    return Block(timed_item(exercise, sets=rounds, seconds=60, rest=120, rpe=8.0, notes=notes), "intervals")


def timed_item(
    exercise: Exercise, *, sets: int, seconds: int, rest: int, rpe: float, notes: str, role: Role = "conditioning"
) -> PlanExercise:
    """A timed plan item (reps 1-1, `seconds` a set): conditioning blocks, mobility holds, breathing."""
    return PlanExercise(
        exercise_id=exercise.id,
        name=exercise.name,
        sets=sets,
        reps_min=1,
        reps_max=1,
        target_rpe=rpe,
        rest_seconds=rest,
        duration_seconds=seconds,
        notes=notes,
        role=role,
    )


# Drills on the knees or in a deep squat: getting down and up again is a task of its own for an older adult, who
# stretches standing, seated or lying (the fourteenth review: child's pose and a deep squat hold at 76).
OLDER_SKIPS = frozenset({"childs-pose", "cat-cow", "thread-the-needle", "deep-squat-hold", "ninety-ninety",
                         "hip-flexor-stretch", "worlds-greatest-stretch"})  # fmt: skip


# Drills that are a warm-up's or a cool-down's, not a mobility program's work: arm circles warm the shoulders up,
# slow breathing calms down (the fifteenth review: both as "mobility" beside a single set of each lift). A plan on
# hold keeps its breathing (`hold.py` builds its own sessions).
NOT_MOBILITY_WORK = frozenset({"arm-circles", "diaphragmatic-breathing"})


def mobility_exclusions(request: Request) -> frozenset[str]:
    """Mobility drills left out for this person: warm-up and cool-down drills past the shortest sessions (at 15-20
    minutes they are what fits), and `OLDER_SKIPS` for an older adult."""
    drills = NOT_MOBILITY_WORK if request.minutes > 20 else frozenset()
    return drills | (OLDER_SKIPS if request.older else frozenset())


# The regions a mobility session covers first, each by the muscles its drills stretch: hips, spine, hamstrings,
# calves and ankles, chest and shoulders (ACSM, Garber et al. 2011: a series of exercises for each of the major
# muscle-tendon units). Neck and wrist drills come after (the seventeenth review: a 68-year-old's mobility days
# were calves and chest one day, hamstrings and glutes the next, with no hip or thoracic work).
MOBILITY_REGIONS: tuple[frozenset[str], ...] = (
    frozenset({"glutes", "adductors", "quads"}),
    frozenset({"upper_back", "lower_back"}),
    frozenset({"hamstrings"}),
    frozenset({"calves"}),
    frozenset({"chest", "front_delts", "side_delts"}),
)
LOCAL_DRILLS = frozenset({"neck-mobility", "wrist-mobility"})  # one joint's drills: after the regions, not for them
SINGLE_HOLD = 60  # seconds: ACSM's 60 s a stretch in one hold, when two of 45 s would leave a region out


def mobility_program(
    pool: tuple[Exercise, ...], seconds: int, position: int, *, rounds: int = 2, exclude: frozenset[str] = frozenset()
) -> list[PlanExercise]:
    """Mobility drills, `rounds` holds of 45 s each (both sides for one-sided drills), adding up to at most
    `seconds`: a drill for each of `MOBILITY_REGIONS` first (rotating through the pool by `position`), then more.
    When two holds a drill would leave a region out, each drill is one hold of 60 s (ACSM: 60 s in all a stretch)."""
    drills = sorted(
        (e for e in pool if e.pattern == "mobility" and not e.balance and e.id not in exclude), key=lambda e: e.id
    )
    if not drills:
        return []
    shift = (position * 3) % len(drills)
    rotated = drills[shift:] + drills[:shift]
    core: list[Exercise] = []
    for region in MOBILITY_REGIONS:  # each region's drills take turns through the week
        options = [e for e in drills if set(e.primary_muscles) & region and e.id not in LOCAL_DRILLS]
        pick = options[position % len(options)] if options else None
        if pick is not None and all(pick.id != e.id for e in core):
            core.append(pick)
    # Then the drills for muscles not yet stretched, then the rest (two hamstring stretches in a day add little).
    covered = {m for e in core for m in e.primary_muscles}
    chosen = {e.id for e in core}  # ids: comparing pydantic models field by field is slow
    rest = [e for e in rotated if e.id not in chosen]
    ordered = core + sorted(rest, key=lambda e: bool(set(e.primary_muscles) & covered))

    def cost(e: Exercise, sets: int, hold: int) -> int:
        return sets * (hold * (2 if e.unilateral else 1) + SETUP_SECONDS + 15)

    hold = MOBILITY_HOLD
    if rounds > 1 and sum(cost(e, rounds, hold) for e in core) > seconds:
        rounds, hold = 1, SINGLE_HOLD
    if sum(cost(e, rounds, hold) for e in core) > seconds:
        # Still a region short: one hold of 45 s each, inside ACSM's 30-60 s for older adults, covers every region
        # (the eighteenth read: a 68-year-old's day stretched three regions for 60 s, not five).
        rounds, hold = 1, MOBILITY_HOLD
    items: list[PlanExercise] = []
    for e in ordered:
        if cost(e, rounds, hold) > seconds:
            continue
        seconds -= cost(e, rounds, hold)
        # A breathing drill has no end range to breathe into (review 20): its own cue.
        cue = BREATHING_CUE if e.id == "diaphragmatic-breathing" else STRETCH_CUE
        note = cue + (" Each side." if e.unilateral else "")
        side = hold * (2 if e.unilateral else 1)
        items.append(timed_item(e, sets=rounds, seconds=side, rest=15, rpe=3.0, notes=note, role="mobility"))
    return items


STRETCH_CUE = "Slow and pain-free; breathe out into the end range."
BREATHING_CUE = "Slow breaths in through the nose into the belly, and long, relaxed breaths out."


def balance_item(pool: tuple[Exercise, ...], position: int, taken: set[str], sets: int = 3) -> PlanExercise | None:
    """One static or low-step balance drill for an older adult's session (ACSM/AHA: 2-3 days a week), `sets`
    rounds of it (two in a session of 45 minutes or less: `templates.BALANCE_SHORT_MINUTES`)."""
    options = sorted(
        (e for e in pool if e.balance and not e.hard_sets and not e.impact and e.id not in taken), key=lambda e: e.id
    )
    if not options:
        return None
    e = options[position % len(options)]
    timed = e.load_type in ("time", "distance")
    return PlanExercise(
        exercise_id=e.id,
        name=e.name,
        sets=sets if timed else 2,
        reps_min=1 if timed else max(e.dose_min, 6),
        reps_max=1 if timed else max(e.dose_min, min(e.dose_max, 10)),
        target_rpe=5.0,
        rest_seconds=45,
        duration_seconds=BALANCE_HOLD * (2 if e.unilateral else 1) if timed else None,
        notes="Near a wall or sturdy chair for safety; stand tall and look ahead."
        + (" Each side." if e.unilateral else ""),
        role="balance",
    )


def power_item(
    pool: tuple[Exercise, ...],
    taken: set[str],
    trained: bool = False,
    *,
    hinged: bool = False,
    equipment: AbstractSet[str] = frozenset(),
) -> PlanExercise | None:
    """Low-impact power for older adults: chair stands as fast as is safe, sitting down slowly; for a trained
    lifter with kettlebells, swings (a loaded fast hip extension: chair stands are no power stimulus for someone
    who back-squats, review 20). On a day that already has a loaded hinge, a trained lifter's chair stands are
    done holding a weight at the chest (from the person's `equipment`, `kit_words.held_load`): swings there would
    be a second back-loaded hinge in one session.

    Power declines faster than strength with age and predicts falls and function (Fragala et al. 2019:
    fast concentric, controlled eccentric, low to moderate load, 1-3 sets of 3-10 reps).
    """
    swing = next((e for e in pool if e.id == "kettlebell-swing" and e.id not in taken), None) if trained else None
    swing = None if hinged else swing
    if swing is not None:
        return PlanExercise(
            exercise_id=swing.id, name=swing.name, sets=2, reps_min=6, reps_max=8, target_rpe=6.0, rest_seconds=60,
            notes="A light bell, each rep a crisp hip snap; stop the set as soon as the speed drops.", role="power",
        )  # fmt: skip
    exercise = next((e for e in pool if e.id == "fast-sit-to-stand" and e.id not in taken), None)
    if exercise is None:
        return None
    return PlanExercise(
        exercise_id=exercise.id,
        name=exercise.name,
        sets=2,
        reps_min=5,
        reps_max=6,
        rest_seconds=60,
        notes=(
            f"Hold a light weight ({held_load(equipment)}) at your chest; stand up as fast as you can, sit "
            "down slowly; stop the set as soon as the speed drops."
            if trained and hinged
            else "Stand up as fast as you safely can, sit down slowly; hands off the knees once you are able."
        ),
        target_rpe=6.0 if trained and hinged else 5.0,
        role="power",
    )
