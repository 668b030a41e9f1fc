"""Weekly volume: what the user can do, hard sets per muscle, and which floors the plan may miss."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from shared.exercises.catalog import available_exercises, find_exercise, loading
from shared.exercises.model import Exercise
from shared.plans.rules import (
    FLOOR_MUSCLES,
    LEVEL_RANK,
    LOWER_MUSCLES,
    RAMP_SET_SECONDS,
    SESSION_HARD_SETS_MAX,
    SESSION_MUSCLE_SETS_MAX,
    Request,
    floor_fits,
    loads_area,
    prescribe,
    rehab_basics,
    session_set_capacity,
    set_seconds,
    sets_cap,
)
from shared.plans.schema import MuscleVolume, PlanDay, PlanExercise
from shared.plans.splits import region
from shared.plans.templates import lifting_seconds
from shared.profile.model import MUSCLES, Level, Muscle, Severity


def eligible_pool(request: Request) -> tuple[Exercise, ...]:
    """Exercises this user may be given: their equipment, nothing their injuries rule out, at most one
    level up; beginners nothing technical (skill 3); no impact or plyometrics for PAR-Q flags, older
    adults and severe lower-limb injuries (`Request.low_impact`); rehabilitation-style options only
    for someone with a moderate injury in the region they work; nothing that loads a severely injured
    area (`rules.unloaded_areas`); nothing the user asked to avoid (`Request.avoided`); no loaded
    single-leg stance (single-leg deadlifts, pistols) for a PAR-Q dizziness answer, cleared or not."""
    injured = frozenset(area for area, severity in request.injuries if severity != "mild")
    head_down = not (request.par_q or request.older)
    swings = request.older and request.level != "beginner" and not request.par_q  # a trained older lifter's power
    # A dizzy spell on one leg is a fall (review 21: a cleared dizziness answer got single-leg Romanian deadlifts);
    # two-leg hinges and squats train the same muscles with both feet down.
    steady = "dizziness" in request.par_q_answers
    pool = _pool(
        request.equipment, request.injuries, request.level, request.low_impact, request.older, injured, head_down,
        swings, steady,
    )  # fmt: skip
    # What the user said they dislike or cannot do (issue 22) is not given to them either.
    pool = tuple(e for e in pool if e.id not in request.avoided) if request.avoided else pool
    return trap_bar_for_novices(request, pool)


STRAIGHT_DEADLIFT, TRAP_BAR_DEADLIFT = "barbell-deadlift", "trap-bar-deadlift"


def trap_bar_for_novices(request: Request, pool: tuple[Exercise, ...]) -> tuple[Exercise, ...]:
    """A beginner or an older adult (65+) with a trap bar deadlifts with it, never the straight bar: the handles at
    the sides, a shorter pull and an upright torso, easier to learn and lighter on the lower back (Swinton et al.
    2011; Fragala et al. 2019). Review 27, defect 3: the straight bar in 378 of 1,080 such profiles. Its catalog rules
    are never stricter than the straight bar's, so it is in the pool whenever the straight bar is."""
    if not (request.level == "beginner" or request.older) or not any(e.id == TRAP_BAR_DEADLIFT for e in pool):
        return pool
    return tuple(e for e in pool if e.id != STRAIGHT_DEADLIFT)


_CHAIR_STANDS = frozenset({"sit-to-stand", "fast-sit-to-stand"})
SWING = "kettlebell-swing"
# Warm-up drills only, never a plan's hard sets: no one gets near failure with the weight of the arms (the
# seventeenth review: bodyweight good mornings at 12-20 reps and RPE 8 for an intermediate with a full gym), nor with a
# light bell circled round the head (review 22: a kettlebell halo as an RPE 8.5 accessory; it is shoulder mobility).
WARM_UP_ONLY = frozenset({"good-morning-bodyweight", "kettlebell-halo"})
HEAD_DOWN = frozenset({"pike-push-up", "decline-push-up", "feet-elevated-pike-push-up"})
_LOWER_AREAS = frozenset({"knee", "hip", "ankle"})


def _rehab_fits(exercise: Exercise, injured: frozenset[str]) -> bool:
    """A rehab option is for the injured region it works: leg isometrics for a knee, hip or ankle;
    shoulder and arm isometrics for the upper body; trunk drills for a lower back."""
    if exercise.pattern == "core":  # McGill's curl-up and side bridge are a back's rehabilitation (review 21)
        return "lower_back" in injured
    lower = exercise.primary_muscles[0] in LOWER_MUSCLES
    # (a lower back is neither: shoulder isometrics are no rehabilitation for it, the eighteenth review)
    return bool(injured & _LOWER_AREAS) if lower else bool(injured - _LOWER_AREAS - {"lower_back"})


def _held(exercise: Exercise, area: str, severe: frozenset[str]) -> bool:
    """Whether a severely injured `area` holds the exercise back: it loads the area and is not one of the area's
    rehab basics (`rules.rehab_basics`: straight-leg raises and isometric leg extensions for a knee)."""
    return loads_area(exercise, area, assisting=False) and exercise.id not in rehab_basics(area, severe)


@lru_cache(maxsize=1024)
def _pool(
    equipment: frozenset[str],
    injuries: frozenset[tuple[str, Severity]],
    level: Level,
    low_impact: bool,
    older: bool,
    injured: frozenset[str],
    head_down: bool = True,
    swings: bool = False,
    steady: bool = False,
) -> tuple[Exercise, ...]:
    ceiling = LEVEL_RANK[level] + 1
    skill = 2 if level == "beginner" or older else 3
    # An area waiting for a physiotherapist's go-ahead gets no hard sets at all, not even rehabilitation
    # holds, until the user lowers its severity (`rules.unloaded_areas`).
    unloaded = frozenset(area for area, severity in injuries if severity == "severe")
    pool = tuple(
        e
        for e in available_exercises(equipment, injuries)
        if LEVEL_RANK[e.level] <= ceiling
        and e.skill <= skill
        # A technical exercise of the next level (Nordic curls, pistol squats for an intermediate) is a goal to
        # work toward, not a prescription: the eighteenth review refused Nordic curls at 6-8 reps for a 51-year-old.
        and not (e.skill >= 3 and not e.main_lift and LEVEL_RANK[e.level] > LEVEL_RANK[level])
        and not (low_impact and (e.impact or e.intensity == "plyometric"))
        # fast chair stands: their power; kettlebell swings too for a trained older lifter (`conditioning.power_item`)
        and not (older and e.intensity == "ballistic" and e.id not in _CHAIR_STANDS and not (swings and e.id == SWING))
        # Unsupported heavy spinal loading (bent-over rows, good mornings) is not for older adults;
        # chair stands are for them, too easy a drill for anyone else.
        and not (older and e.pattern == "horizontal_pull" and not e.isolation and "barbell" in e.equipment)
        and (older or e.id not in _CHAIR_STANDS)
        and e.id not in WARM_UP_ONLY
        # Head-down pressing raises the pressure in the head: never for a PAR-Q answer or an older adult, whatever
        # else the equipment leaves (the eighteenth review: pike push-ups for a cleared heart patient and a 66-year-old)
        and (head_down or e.id not in HEAD_DOWN)
        and not (steady and e.balance and e.hard_sets)
        and (not e.rehab or _rehab_fits(e, injured))
        # Conditioning counts too: rowing intervals work the back and shoulders a severe shoulder waits with.
        and not ((e.hard_sets or e.pattern == "conditioning") and any(_held(e, area, unloaded) for area in unloaded))
    )
    return tuple(as_rehab(e, unloaded) for e in pool)


def as_rehab(exercise: Exercise, unloaded: frozenset[str]) -> Exercise:
    """A severely injured area's rehab basic (prone Y-T-W raises for an upper back) is a rehab drill for this person,
    whatever it is for others: low sets at RPE 6 or less, never a slot's lift, no floor chased with it (review 22:
    prone Y-T-W 4 x 10-15 on every day, 12 hard sets for an injured upper back). A physiotherapist sets the dose."""
    if exercise.rehab or not any(exercise.id in rehab_basics(area, unloaded) for area in unloaded):
        return exercise
    return exercise.model_copy(update={"rehab": True})


def trainable_floor_muscles(pool: Iterable[Exercise]) -> list[Muscle]:
    """Floor muscles that some exercise in the pool trains directly (as a primary muscle)."""
    direct = {m for e in pool if e.hard_sets for m in e.primary_muscles}
    return [m for m in FLOOR_MUSCLES if m in direct]


def add_credit(credit: dict[Muscle, float], exercise: Exercise, sets: float) -> None:
    """Count `sets` hard sets of `exercise`: full for primary muscles, half for secondary ones."""
    if not exercise.hard_sets:
        return
    for muscle in exercise.primary_muscles:
        credit[muscle] += sets
    for muscle in exercise.secondary_muscles:
        credit[muscle] += sets / 2


def weekly_hard_sets(days: Iterable[PlanDay]) -> dict[Muscle, float]:
    """Hard sets per muscle over the week (unknown exercises count nothing)."""
    credit: dict[Muscle, float] = defaultdict(float)
    for day in days:
        for item in day.exercises:
            exercise = find_exercise(item.exercise_id)
            if exercise is not None:
                add_credit(credit, exercise, item.sets)
    return {m: credit.get(m, 0.0) for m in MUSCLES}


def days_at_ceiling(request: Request, days: Iterable[Iterable[tuple[str, int]]]) -> bool:
    """Every lifting day (its (exercise id, sets) pairs) holds the level's ceiling of hard sets
    (`rules.SESSION_HARD_SETS_MAX`), give or take the two sets a floor's trade can move: no set can be
    added, so a floor left short is the ceiling's doing, like a session out of minutes."""
    ceiling = SESSION_HARD_SETS_MAX[request.level] - 2
    loads = [sum(n for ident, n in day if (e := find_exercise(ident)) and e.hard_sets) for day in days]
    lifting = [n for n in loads if n]
    return bool(lifting) and all(n >= ceiling for n in lifting)


def top_blocked(pool: Iterable[Exercise], credit: dict[Muscle, float], muscle: Muscle, top: int) -> bool:
    """Every allowed exercise that leads with `muscle` would take another muscle past the band's `top` with one
    more set (an older adult's chair stands and squats fill the glutes, and every hamstring exercise left also
    trains them): the floor gives way to the top, which the validator enforces."""
    options = [e for e in pool if e.hard_sets and muscle in e.primary_muscles]

    def blocks(e: Exercise) -> bool:
        loads = [(m, 1.0) for m in e.primary_muscles] + [(m, 0.5) for m in e.secondary_muscles]
        return any(m != muscle and credit.get(m, 0.0) + w > top + 1e-9 for m, w in loads)

    return bool(options) and all(blocks(e) for e in options)


def item_seconds(item: PlanExercise, exercise: Exercise | None) -> int:
    """Seconds an exercise takes: sets x (work + rest), and its ramp-up sets."""
    unilateral = exercise.unilateral if exercise is not None else False
    work = item.sets * set_seconds(item.reps_min, item.reps_max, item.rest_seconds, item.duration_seconds, unilateral)
    return work + item.warmup_sets * RAMP_SET_SECONDS


def day_seconds(day: PlanDay, warmup: int, cooldown: int) -> int:
    """A session's seconds: warm-up, every exercise, cool-down."""
    return warmup + cooldown + sum(item_seconds(i, find_exercise(i.exercise_id)) for i in day.exercises)


def minutes_ok(estimated: int, requested: int) -> bool:
    """Within 10% of the requested session length."""
    return abs(estimated - requested) <= requested * 0.1


def excused_below_floor(request: Request, pool: tuple[Exercise, ...]) -> tuple[bool, list[Muscle]]:
    """(time makes the floor impossible, floor muscles too few allowed exercises can train to their floor).

    A muscle is out of reach when its allowed direct exercises, at most `sets_cap` sets each per session
    and no more than one session's lifting minutes hold at their dose, cannot add up to the floor on the
    lifting days (e.g. a single safe chest exercise and one day; only cable kickbacks for the glutes,
    2 x 15 reps a set, in a 15-minute session).
    """
    time_limited, untrainable = _excused(request, tuple(e.id for e in pool))
    return time_limited, list(untrainable)


@lru_cache(maxsize=256)
def _excused(request: Request, ids: tuple[str, ...]) -> tuple[bool, tuple[Muscle, ...]]:
    """`excused_below_floor` for the pool of these exercise ids (memoised: engine, allocator and validator
    ask it for the same request several times)."""
    unloaded = frozenset(area for area, severity in request.injuries if severity == "severe")
    pool = tuple(as_rehab(e, unloaded) for e in (find_exercise(i) for i in ids) if e is not None)
    floor, _ = request.band
    direct: dict[Muscle, int] = defaultdict(int)
    trains: dict[Muscle, list[Exercise]] = defaultdict(list)
    once: dict[tuple[Muscle, str], int] = defaultdict(int)  # lifts a session holds one of (`_one_a_session`)
    for exercise in pool:
        if exercise.hard_sets and not exercise.rehab:  # rehab drills help; they are not a muscle's training
            cap = sets_cap(request, exercise)  # 2 a lift for a heart or blood-pressure answer
            group = _one_a_session(exercise)
            for muscle in exercise.primary_muscles:
                if group:
                    once[(muscle, group)] = max(once[(muscle, group)], cap)
                else:
                    direct[muscle] += cap
                trains[muscle].append(exercise)
    for (muscle, _), cap in once.items():
        direct[muscle] += cap

    def reachable(m: Muscle) -> bool:
        return direct[m] * request.hosting_days(m) >= floor

    trainable = [m for m in FLOOR_MUSCLES if reachable(m)]
    # A floor above what the muscle's sessions may hold (`SESSION_MUSCLE_SETS_MAX` each) needs more sessions.
    crowded = any(request.hosting_days(m) * SESSION_MUSCLE_SETS_MAX < floor for m in trainable)
    if crowded or not floor_fits(request, trainable) or not _regions_fit(request, trainable):
        return True, tuple(m for m in FLOOR_MUSCLES if m not in trainable)  # the week is short of time as a whole
    # The week has the minutes, but a muscle whose only exercises are slow (unilateral, long sets) may not.
    lifting = lifting_seconds(request, pool)
    seconds: dict[str, int] = {}  # per exercise id: a lift with two primary muscles is in two muscles' lists
    other = _other_region_seconds(request, pool)
    for muscle in trainable:
        room = max(0, lifting - other.get(region(muscle), 0))
        if room // _SLOWEST_SET_SECONDS >= direct[muscle]:
            continue  # even the slowest set fits as often as the caps allow
        # The slowest of its exercises: the engine may rightly prefer the harder, slower variation (a
        # single-leg bridge for an advanced lifter), and the floor is excused for what that allows.
        slowest = max(
            seconds[e.id] if e.id in seconds else seconds.setdefault(e.id, _set_seconds(request, e))
            for e in trains[muscle]
        )
        direct[muscle] = min(direct[muscle], room // max(1, slowest))
    return False, tuple(m for m in FLOOR_MUSCLES if not reachable(m))


def _other_region_seconds(request: Request, pool: tuple[Exercise, ...]) -> dict[str, int]:
    """Per region, the seconds a full-body session keeps for the other region's quickest lift, two sets (every
    full-body day has a leg lift, `engine._legs_every_day`, and a press or pull, `coverage.cover_press_and_pull`): an
    upper-body muscle's sets share the session with them (a 3 x 25 week with a 7-minute walk had room for one row
    and one bridge, not the 10 upper-back sets its floor asks)."""
    split, _ = request.split()
    if split != "full_body":
        return {}
    quickest: dict[str, int] = {}
    for exercise in pool:
        if exercise.hard_sets and not exercise.rehab and exercise.primary_muscles:
            area = region(exercise.primary_muscles[0])
            each = _set_seconds(request, exercise)
            quickest[area] = min(quickest.get(area, each), each)
    other = {"upper": "lower", "lower": "upper"}
    return {area: 2 * quickest[side] for area, side in other.items() if side in quickest}


def _one_a_session(exercise: Exercise) -> str:
    """ "hinge" for a hinge loaded in the hands or on the back, "bridge" for a hip thrust or glute bridge: a session
    holds one of each (`allocator.doubles_up`), so a floor counts the biggest of them once a session."""
    if exercise.pattern != "hinge":
        return ""
    if exercise.load_type == "weight" and exercise.compound and loading(exercise.id).spinal_load == "high":
        return "hinge"
    return "bridge" if "hip-thrust" in exercise.id or "glute-bridge" in exercise.id else ""


# No dose's set takes longer: 30 reps on each side at 3 s a rep, setting up, and the longest rest.
_SLOWEST_SET_SECONDS = 30 * 3 * 2 + 10 + 300


def _set_seconds(request: Request, exercise: Exercise) -> int:
    """Seconds one set of `exercise` takes at its dose (as the allocator counts it)."""
    rx = prescribe(request, exercise)
    return set_seconds(rx.reps_min, rx.reps_max, rx.rest_seconds, rx.duration_seconds, exercise.unilateral)


def _regions_fit(request: Request, trainable: list[Muscle]) -> bool:
    """Each body region's floors fit on the days that host it (a push/pull/legs week has two leg days
    for quads, hamstrings and glutes), with the same slack as `floor_fits`."""
    floor, _ = request.band
    capacity = session_set_capacity(request)
    for area in ("upper", "lower"):
        muscles = [m for m in trainable if region(m) == area]
        if not muscles:
            continue
        days = request.hosting_days(muscles[0])
        if capacity * days * 4 < floor * len(muscles) * 5:
            return False
    return True


def volume_table(credit: dict[Muscle, float], floor: int, top: int) -> list[MuscleVolume]:
    """The plan's weekly sets per muscle against the band."""
    return [
        MuscleVolume(muscle=m, hard_sets=round(credit[m], 1), band_min=floor if m in FLOOR_MUSCLES else 0, band_max=top)
        for m in MUSCLES
    ]
