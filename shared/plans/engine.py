"""Vigor's deterministic plan engine: a complete, validated-by-construction plan from a profile.

No network, no cost: the last provider in every LLM chain. The same profile (and overrides)
always gives the same plan; variety between days comes from a seed derived from the profile.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from shared.exercises.catalog import all_exercises, find_exercise, get_exercise
from shared.exercises.model import Exercise
from shared.plans import (
    band_week,
    bar_days,
    conditioning,
    endurance_legs,
    explain,
    floors_last,
    heavy_lifts,
    lone_rests,
    main_dose,
    main_sets,
    mobility_days,
    one_movement,
    push_pull,
    short_days,
    supersets,
    templates,
    vertical_press,
)
from shared.plans.allocator import Entry, Week, allocate, doubles_up, spinal_hinge
from shared.plans.build_memo import BuildMemo
from shared.plans.coverage import day_kind
from shared.plans.cues import exercise_note, has_top_set, with_backoff_sets, with_wave_sets, without_top_set
from shared.plans.hold import hold_days
from shared.plans.kit_words import pull_load
from shared.plans.mobility_rehab import missing_basics
from shared.plans.note_fit import NOTES_MAX, fit_note
from shared.plans.novice import novice_deadlift
from shared.plans.progression import (
    LOAD_STEP_MAX_PCT,
    LOAD_STEP_MIN_PCT,
    WAVE_LIFTS,
    choose_method,
    plan_progression,
    wave_flat,
    wave_weeks,
)
from shared.plans.ramp_cap import older_ramp_sets, ramp_cap
from shared.plans.render import whole_minutes
from shared.plans.rests import (
    COMPOUND_MIN_REST,
    HEAVY_LOWER_BARBELL,
    HEAVY_LOWER_MIN_REST,
    SUPERSET_MIN_REST,
    loaded_compound,
)
from shared.plans.rules import (
    ALL_REHAB_BASICS,
    AREA_MUSCLES,
    FLOOR_MUSCLES,
    LEVEL_RANK,
    LOADED_EQUIPMENT,
    LOWER_MUSCLES,
    LOWER_PATTERNS,
    PAIRED_MINUTES,
    PAR_Q_MIN_REST,
    PULL_PATTERNS,
    PUSH_PATTERNS,
    REHAB_BASICS,
    SESSION_HARD_SETS_MAX,
    TRIMMED_WARMUP_SECONDS,
    UPPER_MUSCLES,
    PlanOverrides,
    Request,
    clamp_reps,
    dose_rest_for,
    goblet_held,
    heavy_held_squat,
    injury_cap,
    injury_redosed,
    novice_assistance,
    paired_rest,
    resolve,
    session_routine,
    sets_cap,
    strength_held_lift,
    unloaded_areas,
)
from shared.plans.schema import Plan, PlanDay, PlanExercise, PlanSource, Progression, Role, RoutineItem, Split
from shared.plans.spared_lead import spared_lower_lead
from shared.plans.splits import DayTemplate, Slot, weekdays
from shared.plans.splits import region as body_region
from shared.plans.volume import (
    add_credit,
    day_seconds,
    days_at_ceiling,
    eligible_pool,
    item_seconds,
    top_blocked,
    volume_table,
)
from shared.plans.warmup import aerobic_warmup, day_warmup, routine
from shared.profile.model import FitnessProfile, Muscle, Pattern, goal_order

ENGINE_SOURCE = PlanSource(provider="engine", model="vigor-engine-1")


def _seed(profile: FitnessProfile, overrides: PlanOverrides) -> int:
    # The goals in their leading order (hBI): the same goals ticked in another order draw the same variations.
    profile = profile.model_copy(update={"goals": list(goal_order(profile.goals))})
    relevant = profile.model_dump_json(exclude={"display_name", "timezone", "daily_message_hour", "coach_tone"})
    # Without exercises to avoid the seed is what it was before `avoid` existed: the same profile, the same plan.
    text = relevant + overrides.model_dump_json(exclude=None if overrides.avoid else {"avoid"})
    return int(hashlib.sha256(text.encode()).hexdigest()[:16], 16)


LINEAR_MAX_REPS = 5  # linear progression's fixed reps: Starting Strength's and StrongLifts' fives, no more
HEAVY_PULL_REST = 180  # a weighted pull-up at 3-6 rests as a heavy set does (NSCA: 2-5 minutes)


def _entry_item(
    entry: Entry,
    role: Role,
    request: Request,
    template: templates.Template,
    waved: set[str] | None = None,
    *,
    heavy: bool = False,
    wave_day: bool = False,
) -> PlanExercise:
    """One allocated lift as a plan item; `waved` collects the lifts already on the week's 5/3/1 wave
    (a lift is waved once a week: its second day follows RPE). `heavy`: the first main lift of a 5/3/1 week's day
    that has no wave lift keeps its heavy dose as a top set and back-off sets (`_heavy_without_wave`); `wave_day`: the
    day has a lift on the wave."""
    rx, exercise = entry.rx, entry.exercise
    method = choose_method(request, exercise, role=role)
    if method == "training_max_wave" and (entry.sets < 3 or (waved is not None and exercise.id in waved)):
        method = "rpe"  # a wave needs its three working sets, once a week; otherwise the load comes from RPE
    if method == "linear" and rx.reps_min > LINEAR_MAX_REPS:
        # Fixed reps are the novice's low-rep sets (3 x 5); a dose of 8-12 stays a range, climbed by double progression
        # (review 25, defect 7: a 61-year-old beginner's main lifts read "2 x 8-8").
        method = "double_progression"
    if method == "linear" and rx.duration_seconds is None and rx.reps_max > rx.reps_min:
        # Linear progression adds load while a fixed number of reps is met (Starting Strength's 3 x 5); a range
        # let reps drift down at one load until the stall rule fired (review 16).
        rx = replace(rx, reps_max=rx.reps_min)
    # A trained lifter's pull-up or chin-up in a strength week is a weighted pull at 3-6 on every pull day, not 8-12
    # at bodyweight beside the day's heavy row (review 22: "unweighted pull-ups 3 x 8-12 as the main lift"); its load
    # is the belt's, so it takes the heavy dose the way a row takes a top set.
    # (on a 5/3/1 day with a wave lift the pull is supplemental work at 8-12: one heavy lift a day)
    weighted_pull = (
        exercise.pattern == "vertical_pull" and exercise.load_type == "bodyweight" and exercise.compound
        and rx.reps_max <= 6 and not (template.key == "strength_wave" and wave_day)
    )  # fmt: skip
    # A wave lift kept off the wave only by an injury it passes near stays heavy, at the injury's RPE cap: the
    # injury changes its effort, not its place in the week (review 25, defect 1: an advanced lifter's bench at 8-12).
    near_injury = (
        role == "main" and exercise.id in WAVE_LIFTS and injury_cap(request, exercise) is not None
        and not injury_redosed(request, exercise)
    )  # fmt: skip
    supplemental = (
        template.key == "strength_wave" and method != "training_max_wave" and rx.duration_seconds is None
        and rx.reps_max <= 8  # the day's second main lift too (review 15: front squats 3 x 3-6 after the wave)
        and not heavy and not weighted_pull and not near_injury
    )  # fmt: skip
    if weighted_pull and rx.rest_seconds < HEAVY_PULL_REST:
        rx = replace(rx, rest_seconds=paired_rest(HEAVY_PULL_REST) if request.paired else HEAVY_PULL_REST)
    if supplemental:
        # 5/3/1 has one heavy lift a day, the wave; the rest is supplemental and assistance work at moderate reps
        # (Wendler: 5 x 10 "Boring But Big", or the first set's load for 5s), not more heavy sets after it.
        reps = clamp_reps(8, 12, exercise)
        rest = dose_rest_for(request.level, request.heart_prescription, exercise, reps, rx.target_rpe)
        rx = replace(
            rx, reps_min=reps[0], reps_max=reps[1], rest_seconds=paired_rest(rest, exercise) if request.paired else rest
        )
    if method == "training_max_wave" and waved is not None:
        waved.add(exercise.id)
    if method == "training_max_wave":  # the flat reps and RPE read as the wave's weeks, timed as such (review 25)
        flat = wave_flat(entry.sets, request.rpe_cap)
        rx = replace(rx, reps_min=int(flat["reps_min"]), reps_max=int(flat["reps_max"]), target_rpe=flat["target_rpe"])
    if (heavy or weighted_pull) and exercise.load_type == "bodyweight":
        weighted = f" Weighted: add load ({pull_load(request.equipment)}) until 6 reps reach the RPE."
    note = exercise_note(
        exercise, rx, role=role, sets=entry.sets, method=method, request=request,
        top_sets=(template.top_sets or heavy) and not supplemental,
    )  # fmt: skip
    if (heavy or weighted_pull) and exercise.load_type == "bodyweight":
        note = fit_note(note + weighted)
    distance = None
    if exercise.load_type == "distance":
        distance = max(exercise.dose_min, min(exercise.dose_max, 40)) if exercise.dose_max > 30 else 30
    return PlanExercise(
        exercise_id=exercise.id,
        name=exercise.name,
        sets=entry.sets,
        reps_min=rx.reps_min,
        reps_max=rx.reps_max,
        target_rpe=rx.target_rpe,
        rest_seconds=rx.rest_seconds,
        duration_seconds=rx.duration_seconds,
        notes=note,
        role=role,
        distance_m=distance,
        progression=method,
    )


HEAVY_REPS_MAX = 6  # a set of at most this many reps is heavy: it never comes cold (`_ramp_up`)


def _ramp_up(items: list[PlanExercise], request: Request) -> None:
    """Ramp-up sets before each loaded main lift: lighter sets climbing to the working load (NSCA);
    the first lift of the day gets the full ramp, the second a shorter one, never more ramp-up sets
    than working sets less one (at least one). Bodyweight and band lifts need none beyond the
    general warm-up. Their time counts with the lift (`volume.item_seconds`)."""
    first = templates.ramp_sets(request)
    loaded = [i for i in items if _loaded_compound(i)]
    mains = [i for i in loaded if i.role == "main"] or loaded[:1]
    short = request.minutes <= templates.SHORT_SESSION_MINUTES
    for position, item in enumerate(mains):
        # A short session ramps up its first lift; the second is warm by then unless it is heavy.
        item.warmup_sets = first if position == 0 else 0 if short else max(1, first - 1)
    for item in loaded:
        if not item.warmup_sets and item.reps_max <= HEAVY_REPS_MAX:
            item.warmup_sets = 1  # a heavy set never comes cold
        if item.warmup_sets:
            item.warmup_sets = min(item.warmup_sets, max(1, item.sets - 1))
        if item.target_rpe <= 6:
            item.warmup_sets = min(item.warmup_sets, 1)  # moderate sets at RPE 6 need one lighter set at most
        exercise = find_exercise(item.exercise_id)
        kit = set(exercise.equipment) & LOADED_EQUIPMENT if exercise is not None else set()
        if item.reps_max > HEAVY_REPS_MAX and templates.machine_sets_unramped(request, kit):
            item.warmup_sets = 0
        if _held_weights(item):
            # Dumbbells and kettlebells jump a pair or a bell at a time and are rarely heavy: one lighter set
            # before 8 or more reps, two before heavier sets (the ninth review: 3 before a goblet squat).
            item.warmup_sets = min(item.warmup_sets, 1 if item.reps_min >= 8 else 2)
    if request.older and mains and mains[0].warmup_sets:  # (`_older_ramp`: two at least past 65)
        mains[0].warmup_sets = max(mains[0].warmup_sets, older_ramp_sets(mains[0], request.minutes))


def _ramps_in_proportion(day: PlanDay, warm: int, cool: int, older: bool = False, minutes: int = 60) -> None:
    """Never more ramp-up sets than working sets less one (at least one), after the passes that move sets between
    days (review 23: a born-1930 lifter's 2-set row kept the 2 ramp-up sets of its 3-set dose); `older`: the first
    main lift keeps its `OLDER_RAMP_SETS`."""
    changed = False
    for n, item in enumerate(day.exercises):
        most = ramp_cap(item, day, older, minutes)
        if item.warmup_sets > most:
            day.exercises[n] = item.model_copy(update={"warmup_sets": most})
            changed = True
    if changed:
        _retimed(day, warm, cool)


def _older_ramp(day: PlanDay, position: int, week: Week, request: Request, warm: int, cool: int) -> None:
    """Past 65 the day's first ramped main lift climbs in two lighter sets at least, however few its working sets:
    an older lifter's warm-up is longer and more gradual (Fragala et al. 2019, NSCA position statement on older
    adults; ACSM 2009), and one jump from the empty bar or the lightest pin to the working load is the step rc24 and
    rc25 both flagged. Only the first main lift: the lifts after it start warm. A full day makes the minutes with a
    ramp-up set of a later lift that has two or more (it starts warm), else a set of its upper-body lift with the most
    sets (three or more, every floor it holds kept), else of another such lift, else keeps one."""
    if not request.older:
        return
    first = next((i for i in day.exercises if i.role == "main" and i.warmup_sets), None)
    if first is None or first.warmup_sets >= (least := older_ramp_sets(first, request.minutes)):
        return
    before = first.warmup_sets
    first.warmup_sets = least
    _retimed(day, warm, cool)
    if day.estimated_minutes <= request.minutes:
        return
    warmed = max((i for i in day.exercises if i is not first and i.warmup_sets >= 2), key=lambda i: i.warmup_sets,
                 default=None)  # fmt: skip
    if warmed is not None:
        warmed.warmup_sets -= 1
        _retimed(day, warm, cool)
        if day.estimated_minutes <= request.minutes:
            return
        warmed.warmup_sets += 1
    donors = [(exercise_upper(exercise), item.sets, item, exercise)
              for item, exercise in _straight_lifts(day, paired=True)
              if item is not first and item.sets >= 3 and item.progression != "training_max_wave"
              and _keeps_reached_floors(week, exercise, 1)]  # fmt: skip
    for _, _, item, exercise in sorted(donors, key=lambda d: d[:2], reverse=True):
        item.sets, ramp = item.sets - 1, item.warmup_sets
        item.warmup_sets = min(ramp, max(1, item.sets - 1))
        _credited(week, position, exercise, -1, day, warm, cool)
        if day.estimated_minutes <= request.minutes:
            return
        item.sets, item.warmup_sets = item.sets + 1, ramp
        _credited(week, position, exercise, 1, day, warm, cool)
    first.warmup_sets = before
    _retimed(day, warm, cool)


def exercise_upper(exercise: Exercise) -> bool:
    """Every primary muscle of the lift is an upper-body one."""
    return {body_region(m) for m in exercise.primary_muscles} == {"upper"}


def _held_weights(item: PlanExercise) -> bool:
    """The lift is loaded with dumbbells or kettlebells only (no barbell, machine or cable)."""
    exercise = find_exercise(item.exercise_id)
    kit = set(exercise.equipment) & LOADED_EQUIPMENT if exercise is not None else set()
    return bool(kit) and kit <= {"dumbbells", "kettlebells"}


def _loaded_compound(item: PlanExercise) -> bool:
    exercise = find_exercise(item.exercise_id)
    return (
        exercise is not None
        and exercise.load_type == "weight"
        and exercise.compound
        and exercise.hard_sets
        and bool(set(exercise.equipment) & LOADED_EQUIPMENT)
    )


def _recovery_focus(items: list[PlanExercise]) -> str:
    """An aerobic or recovery day named from what it holds ("Brisk walk 9 min, then mobility"), so it
    never promises intervals or mobility it does not contain."""
    block = next((i for i in items if i.role == "conditioning"), None)
    mobility = any(i.role == "mobility" for i in items)
    # Intervals count their easy minutes too: "Stationary bike intervals 12 min", not "3 min" of hard work.
    label = f"{block.name} intervals" if block and block.sets > 1 else block.name if block else ""
    if block is None:
        minutes = 0
    elif block.sets > 1:  # intervals: the work and the easy minutes between
        minutes = whole_minutes(item_seconds(block, find_exercise(block.exercise_id)))
    else:  # steady work: its own minutes, as the item shows them
        minutes = whole_minutes(block.duration_seconds or 0)
    parts = [f"{label} {minutes} min"] if block else []
    if mobility:
        parts.append("mobility")
    return ", then ".join(parts)[:120]


def _focus(items: list[PlanExercise], day: DayTemplate) -> str:
    """What the day is built around, named from its actual lifts: the lift that opens it, then its main lifts, in
    the day's order (a missing lift is never promised; review 25: a day "[Push-up]" opened with a banded squat)."""
    # (a held area's rehab basics are not what a day is built around: review 20's severe shoulder)
    others = [i.name for i in items if i.role != "main" and i.exercise_id not in ALL_REHAB_BASICS]
    lifts = [i.name for i in items if i.role == "main"] or others[:2]
    lead = _lead_lift(items)
    if lead is not None and lead not in lifts:
        lifts = [lead, *lifts]
    return ", ".join(lifts)[:120] if lifts else day.focus


_LEAD_ROLES = ("main", "secondary", "accessory")  # a lift the day opens with (not a drill, a walk or chair stands)
_EXERCISE_NAMES = frozenset(e.name for e in all_exercises())


def _lead_lift(items: list[PlanExercise]) -> str | None:
    """The name of the first lift of a day (not a rehab basic, drill, walk or chair stand), or None."""
    return next((i.name for i in items if i.role in _LEAD_ROLES and i.exercise_id not in ALL_REHAB_BASICS), None)


def _order(entries: list[Entry], request: Request) -> list[Entry]:
    # Main lifts first, then other compounds, then isolation work (stable: placement order within each). A split
    # squat dosed as strength work is the heavy squat of a week without a bar: a main lift here too, so a day whose
    # allocation led with it is led by it (review 23: the Romanian deadlift led every day of a dumbbell week).
    def main(e: Entry) -> bool:
        return (
            (e.exercise.main_lift and not novice_assistance(request, e.exercise))
            or (e.exercise.pattern == "lunge" and strength_held_lift(request, e.exercise))
            or heavy_held_squat(request, e.exercise)
            or (bool(entries) and e is entries[0] and _knee_lead(request, e.exercise))
        )

    return sorted(entries, key=lambda e: (e.exercise.isolation, not main(e)))


def _knee_lead(request: Request, exercise: Exercise) -> bool:
    """A loaded squat or lunge that a strength week without a bar placed first on its day (`Week.slot_order`): the
    day's knee-dominant main lift, whatever its dosing goal (a strength and hypertrophy week's lunge at 6-10)."""
    return (
        request.goal == "strength" and "barbell" not in request.equipment and exercise.compound
        and exercise.pattern in ("squat", "lunge") and exercise.load_type == "weight"
        and "resistance_bands" not in exercise.equipment
    )  # fmt: skip


def _heavy_without_wave(
    entries: list[Entry], roles: list[Role], request: Request, template: templates.Template, waved: set[str]
) -> int | None:
    """The index of a 5/3/1 week's day's first main lift when no lift of that day is on the wave (a pull day, the
    second press day), else None. Such a day still has one heavy lift of its pattern, a top set of 3-6 and back-off
    sets, as the wave days do (review 21, D14: a push/pull/legs pull day of pull-ups and rows at 8-12, the only
    strength-week day without a heavy lift). Wendler's own templates give every day its heavy main lift; 5/3/1
    covers four lifts, and the rest of the week is trained heavy on RPE (Helms et al., *The Muscle and Strength
    Pyramid*: 1-6 reps at RPE 7-9 for the main lifts of a strength block)."""
    if template.key != "strength_wave" or _wave_day(entries, roles, request, waved):
        return None  # the day's wave is its heavy lift
    # A lift whose own dose is heavy (not a chest-supported dumbbell row held to 6-10 by its set-up), a loaded one
    # first: a barbell row's load has small steps and an e1RM; a pull-up's needs a belt.
    heavy = [(e.exercise.load_type != "weight", i) for i, (e, r) in enumerate(zip(entries, roles, strict=True))
             if r == "main" and e.rx.reps_max <= 8]  # fmt: skip
    return min(heavy)[1] if heavy else None


def _wave_day(entries: list[Entry], roles: list[Role], request: Request, waved: set[str]) -> bool:
    """Whether one of the day's lifts goes on the week's 5/3/1 wave (once a week each, with three working sets)."""
    return any(
        choose_method(request, entry.exercise, role=role) == "training_max_wave"
        and entry.sets >= 3 and entry.exercise.id not in waved
        for entry, role in zip(entries, roles, strict=True)
    )  # fmt: skip


def _roles(entries: list[Entry], request: Request) -> list[Role]:
    """Main, secondary or accessory for each of a day's entries, in order: the first two main lifts with working
    sets are the day's mains; a novice's strength day has three (squat, press and deadlift on one day, each on its
    linear progression: Starting Strength, StrongLifts 5x5)."""
    roles: list[Role] = []
    mains, most = 0, 3 if request.level == "beginner" and request.goal == "strength" and not request.older else 2
    # A trained lifter's goblet squat in a strength week is a second quad lift, not a main one: the bell limits it
    # to 8-12 (review 21, D5; the heavy squats are the front squat and the split squat in turn, `allocator` rank).
    limited = request.goal == "strength" and request.level != "beginner"
    banded = _band_leads(entries, request)
    # A novice's barbell day: its main lifts are the bar's; a pulldown or dumbbell row beside them is assistance
    barred = any(e.exercise.main_lift and "barbell" in e.exercise.equipment for e in entries)
    for index, entry in enumerate(entries):
        # (and a split squat dosed as strength work is the heavy squat of a week without a bar: a main lift, as is the
        # squat or lunge that leads a day of such a week, `_knee_lead`)
        split_squat = entry.exercise.pattern == "lunge" and strength_held_lift(request, entry.exercise)
        split_squat = split_squat or heavy_held_squat(request, entry.exercise)
        split_squat = split_squat or (index == 0 and _knee_lead(request, entry.exercise))
        heavy = entry.exercise.main_lift or split_squat
        heavy = heavy and not (limited and goblet_held(entry.exercise))
        heavy = heavy or index in banded
        heavy = heavy and not (barred and novice_assistance(request, entry.exercise))
        if heavy and not entry.exercise.isolation and mains < most and entry.sets >= 2:
            roles.append("main")
            mains += 1
        else:
            roles.append("accessory" if entry.exercise.isolation else "secondary")
    spared = spared_lower_lead(request, entries, roles)
    if spared is not None and mains < most:
        roles[spared] = "main"  # a severe leg's day led by its hip thrust or bridge (review 28, q07)
    return roles


def _band_leads(entries: list[Entry], request: Request) -> set[int]:
    """A band week's main lifts (review 24, defect 13: every lift of a bands-only strength week was "secondary"):
    with bands and no loaded kit, a day with no catalog main lift has its leading compounds of two sets or more as
    main lifts (one lower-body, one upper-body at most, before any other lift), dosed as they are (double
    progression: a band moves up a band, not in kilograms)."""
    # (an older adult's band days keep their own shape: power and balance drills around the lifts)
    if "resistance_bands" not in request.equipment or request.equipment & LOADED_EQUIPMENT or request.older:
        return set()
    if any(entry.exercise.main_lift for entry in entries):
        return set()
    leads: dict[bool, int] = {}
    for index, entry in enumerate(entries):  # the day's leading lifts only: main lifts come first
        exercise = entry.exercise
        lower = exercise.pattern in ("squat", "lunge", "hinge")
        if not (exercise.compound and not exercise.isolation and exercise.hard_sets and entry.sets >= 2):
            break
        if lower in leads:
            break
        leads[lower] = index
    return set(leads.values())


def _time_note(
    request: Request, minutes: int, template: templates.Template, day: DayTemplate, at_ceiling: bool = False,
    conditioned: bool = False, below: Sequence[str] = (),
) -> str:  # fmt: skip
    """Why a day is shorter than asked. `conditioned`: the day has its conditioning block (a note never
    promises one the day does not have: the tenth review). `below`: floor muscles the week leaves under their weekly
    minimum; the note then never says the week is "within the weekly sets the evidence supports" (review 27, defect 6:
    a 7 x 15 week's Friday said so beside a volume note saying the hamstrings cannot fit their minimum)."""
    if day.kind == "recovery":
        return "An easy day on purpose: recovery is where the week's training turns into progress."
    if day.kind == "mobility" and minutes < request.minutes * 0.9:
        return f"About {minutes} of your {request.minutes} minutes: a full mobility program; more holds add little."
    if day.kind == "aerobic" and minutes < request.minutes * 0.9:
        return (
            f"About {minutes} of your {request.minutes} minutes: the aerobic session is kept to its useful length "
            "for your level; build it by about 10% a week."
        )
    if minutes >= request.minutes * 0.9:
        return ""
    waiting = sorted(area for area in unloaded_areas(request) if set(day.muscles) & AREA_MUSCLES.get(area, frozenset()))
    names = [area.replace("_", " ") for area in waiting]
    listed = " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"
    wait = "waits for its go-ahead" if len(names) == 1 else "wait for their go-ahead"
    why = (
        f"your {listed} {wait}, so this day holds only the work that spares {'it' if len(names) == 1 else 'them'}"
        if waiting
        else f"{SESSION_HARD_SETS_MAX[request.level]} hard sets are as many as one workout should hold; more would add "
        "fatigue, not progress"
        if at_ceiling
        else _short_of_floors(below)
        if below and not conditioned
        else "the week's planned sets fit in less time, within the weekly sets the evidence supports"
        if not conditioned
        else "the week's planned sets and a conditioning block of useful length fit in less time"
    )
    return (
        f"About {minutes} of your {request.minutes} minutes: {why}. Vigor does not pad sessions; "
        "spare time is for an easy walk or mobility."
    )[:300]


def _short_of_floors(below: Sequence[str]) -> str:
    """What is true of a short day in a week under some floors: its lifts are done, and those muscles stay below
    their minimum for the reason the volume note gives (time, or what the equipment and injuries leave)."""
    names = [m.replace("_", " ") for m in below]
    listed = " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"
    return (
        f"this day's lifts are done, and the week is below the weekly minimum for {listed} (the volume note says why)"
    )


LONG_AEROBIC_DAY = "Long aerobic session"
LONG_AEROBIC_MIN_SECONDS = 30 * 60
SAME_MOVEMENT = {"fast-sit-to-stand": ("sit-to-stand",)}  # a drill and the lift that repeats its movement


def _power_room(day: PlanDay, week: Week, drill: Exercise) -> None:
    """Make room (minutes, and the band of the muscles it trains) for an older adult's power drill with a set of the
    day's biggest lift of three sets or more, one for the drill's muscles first: fast chair stands are part of every
    such session, a third set of squats is not (the eighteenth read: a tie between two equal lifts left one day of a
    68-year-old's week without its power drill)."""
    lifting = ("main", "secondary", "accessory")
    lifts = [(n, i) for n, i in enumerate(day.exercises) if i.role in lifting and i.sets >= 3]

    def shares(item: PlanExercise) -> bool:
        lift = find_exercise(item.exercise_id)
        return lift is not None and bool(set(lift.primary_muscles) & set(drill.primary_muscles))

    if not lifts:
        # Lifts of two sets (a PAR-Q answer's circuit, review 20): a lift of the drill's own muscles makes way
        # whole (chair stands in place of the day's banded squats), never leaving a lone set.
        # Only where the day keeps three lifts or more (a 15-minute session's two lifts stay).
        same = [(n, i) for n, i in enumerate(day.exercises) if i.role in lifting and i.role != "main" and shares(i)]
        if same and sum(1 for i in day.exercises if i.role in lifting) > 3:
            n, item = same[-1]
            exercise = find_exercise(item.exercise_id)
            if exercise is not None:
                add_credit(week.credit, exercise, -item.sets)
            del day.exercises[n]
            day.exercises = supersets.relabel(day.exercises)  # a partner left alone is done on its own
        return
    n, item = max(lifts, key=lambda pair: (shares(pair[1]), pair[1].sets))
    exercise = find_exercise(item.exercise_id)
    if exercise is not None:
        add_credit(week.credit, exercise, -1)
    sets = item.sets - 1  # never more ramp-up sets than working sets less one (`_ramp_up`)
    day.exercises[n] = item.model_copy(update={"sets": sets, "warmup_sets": min(item.warmup_sets, max(1, sets - 1))})


def _drills_balance(request: Request, template: templates.Template, day: PlanDay) -> bool:
    """The day holds an older adult's balance drill as an item of its own: over 30 minutes (at 45 or less with a heart
    answer it is done in the warm-up: `templates.balance_in_warmup`), never on one leg with a severe knee, hip or ankle,
    and not beside a trained lifter's loaded lift on one leg, which is the day's balance work (review 20)."""
    on_one_leg = _trained(request) and any(
        (e := find_exercise(i.exercise_id)) is not None and e.balance and e.hard_sets for i in day.exercises
    )
    return template.balance and not templates.balance_in_warmup(request) and not request.severe_lower_limb \
        and not on_one_leg  # fmt: skip


def _balance_drills(
    request: Request, template: templates.Template, pool: tuple[Exercise, ...], days: list[PlanDay], week: Week,
    warm: int, cool: int,
) -> None:  # fmt: skip
    """An older adult's balance drill in each lifting day of 31-45 minutes, once the week's lifts are settled, so it
    never costs a main lift a working set or a ramp-up set (review 24: a drill fitted earlier left a 74-year-old's squat
    with one ramp-up set). It takes the day's spare minutes, else the walk's (a walk of its least minutes stays), else
    a set of an isolation lift or an accessory (`_balance_room`); when nothing fits, the warm-up's stand stays."""
    if request.minutes > templates.BALANCE_SHORT_MINUTES:
        return
    for position, day in enumerate(days):
        lifting = any(i.role in LIFT_ROLES for i in day.exercises)
        if week.templates[position].kind != "lifting" or not lifting or not _drills_balance(request, template, day):
            continue

        def spare(day: PlanDay = day) -> int:
            return _spare(request, day, warm, cool)

        walk = next((i for i in day.exercises if i.role == "conditioning"), None)
        if not _add_balance_drill(day, pool, request, position, week, spare, warm, cool, room_sets=0) and walk:
            day.exercises.remove(walk)
            shorter = None
            if _add_balance_drill(day, pool, request, position, week, spare, warm, cool, room_sets=0):
                shorter = conditioning.block(pool, request, spare(), position)
                if shorter is None:  # the walk keeps its least minutes: the drill goes
                    day.exercises.pop()
            day.exercises.append(shorter.item if shorter else walk)
        if not any(i.role == "balance" for i in day.exercises):
            _add_balance_drill(day, pool, request, position, week, spare, warm, cool, room_sets=BALANCE_ROOM_SETS)
        # The walk and the mobility holds end the session, after the drill (as in `_add_extras`).
        day.exercises.sort(key=lambda i: i.role in ("conditioning", "mobility"))
        _retimed(day, warm, cool)
    if legs_match_upper(request, week):  # a leg set a drill took is evened again (an upper set first)
        _legs_at_half(request, template, days, week, warm, cool)


def _short_drilled(request: Request, template: templates.Template) -> bool:
    """A week whose lifting days of 31-45 minutes may take an older adult's balance drill (`_balance_drills`)."""
    return template.balance and request.minutes <= templates.BALANCE_SHORT_MINUTES


def _add_balance_drill(
    day: PlanDay, pool: tuple[Exercise, ...], request: Request, position: int, week: Week, spare: Callable[[], int],
    warm: int, cool: int, *, room_sets: int,
) -> bool:  # fmt: skip
    """An older adult's balance drill as an item of the session: three rounds where they fit, two in a session of 45
    minutes or less (of the day's drill, else of an easier one that fits), and for two up to `room_sets` sets of the
    day's lifts make way (`_balance_room`, given back when even that is not enough). False when nothing fits: the
    warm-up's stand then (`warmup.day_warmup`)."""
    taken = {item.exercise_id for item in day.exercises}

    def fitting(sets: int) -> PlanExercise | None:
        tried: set[str] = set()
        while (item := conditioning.balance_item(pool, position, taken | tried, sets=sets)) is not None:
            exercise = find_exercise(item.exercise_id)
            if exercise is not None and item_seconds(item, exercise) <= spare():
                return item
            tried.add(item.exercise_id)
        return None

    rounds = (2,) if request.minutes <= templates.BALANCE_SHORT_MINUTES else (3, 2)
    drill = next((item for sets in rounds if (item := fitting(sets)) is not None), None)
    given: list[tuple[PlanExercise, Exercise]] = []
    while drill is None and len(given) < room_sets and (room := _balance_room(request, day, week)):
        given.append(room)
        _credited(week, position, room[1], -1, day, warm, cool)
        drill = fitting(rounds[-1])
    if drill is None:
        for item, exercise in given:  # not enough: the sets stay, the stand is done in the warm-up
            item.sets += 1
            _credited(week, position, exercise, 1, day, warm, cool)
        return False
    day.exercises.append(drill)  # (a drill, no hard sets: nothing to count)
    return True


def _balance_room(request: Request, day: PlanDay, week: Week) -> tuple[PlanExercise, Exercise] | None:
    """One set of the day's lifts for an older adult's balance drill: an isolation lift's or an accessory's before a
    multi-joint lift's, the one with most sets first; never a lone set left, a muscle under its weekly floor, a wave's
    set, a trained lifter's main lift's set, nor a novice's under two or one that would cost it a ramp-up set (review
    24: a 74-year-old's squat was left with 1 ramp-up set; NSCA, Fragala et al. 2019: graded ramp-up sets before a
    heavy lift)."""
    floor = request.band[0]
    # A week whose legs must match the upper body gives an upper-body set first (`legs_match_upper`).
    even = legs_match_upper(request, week)
    best: tuple[tuple[bool, bool, bool, int, float], PlanExercise, Exercise] | None = None
    for item, exercise in _straight_lifts(day, paired=True):
        # A trained lifter's main lift keeps its working sets; a novice's keeps two and one more than its ramp-up sets
        # (`_ramp_up`; ACSM/AHA older adults, Nelson et al. 2007: one set or more of 8-12 reps).
        least = max(2, item.warmup_sets + 1) if item.role == "main" else 2
        if item.role == "main" and _trained(request):
            continue
        if not exercise.hard_sets or item.progression == "training_max_wave" or item.sets - 1 < least:
            continue
        if any(m in FLOOR_MUSCLES and week.credit[m] - 1 < floor for m in exercise.primary_muscles):
            continue
        surplus = min(week.credit[m] - floor for m in exercise.primary_muscles)
        upper = even and {body_region(m) for m in exercise.primary_muscles} == {"upper"}
        rank = (upper, item.role != "main", not exercise.compound, item.sets, surplus)
        if best is None or rank > best[0]:
            best = (rank, item, exercise)
    if best is None:
        return None
    _, item, exercise = best
    item.sets -= 1
    return item, exercise


def _long_day_note(request: Request, day: PlanDay) -> str:
    """What the week's long session could be when the session's minutes hold it to less (an endurance week's long
    run or ride grows past its other sessions: `templates.LONG_AEROBIC_MINUTES`)."""
    block = next((item for item in day.exercises if item.role == "conditioning"), None)
    steady = whole_minutes(block.duration_seconds or 0) if block else 0
    reach = templates.LONG_AEROBIC_MINUTES[request.level]
    if not block or steady >= reach or steady < request.minutes * 0.6:
        return ""
    return (
        f"The week's long session: {steady} minutes steady is what a {request.minutes}-minute session holds. At your "
        f"level it can grow to {reach} minutes; make this one day longer when you can, adding about 10% a week."
    )


def generate_plan(
    profile: FitnessProfile,
    overrides: PlanOverrides | object | None = None,
    *,
    plan_id: str | None = None,
    now: datetime | None = None,
) -> Plan:
    """Write a complete plan for this profile (and overrides: focus goal, days, minutes).

    A volume goal's week of 31-45 minute sessions is tried first as straight sets with the goal's full rests, and
    kept when every weekly floor is met that way: supersets at halved rests are for short time, and a week whose
    sets are already met in straight sets ended 45-minute days at 23-34 minutes (review 23). The lifts are paired only
    when that buys more: more hard sets or lifts in the week, a floor the straight week cannot meet, or fuller days."""
    wanted = PlanOverrides.coerce(overrides)
    request = resolve(profile, wanted)
    memo = BuildMemo()  # ranks and doses the builds below share (`build_memo`)
    plan = _generate(profile, wanted, request, plan_id, now, memo)
    if request.paired and request.minutes > PAIRED_MINUTES:
        straight = _generate(profile, wanted, replace(request, straight=True), plan_id, now, memo)
        longer = sum(d.estimated_minutes for d in straight.days) > sum(d.estimated_minutes for d in plan.days)
        if longer and _work(straight) >= _work(plan) and all(v.hard_sets >= v.band_min for v in straight.weekly_sets):
            plan, request = straight, replace(request, straight=True)
    if _trim_may_help(request, plan):
        # The warm-up gives its extra minutes before a major muscle group goes without its weekly minimum (review 23).
        trimmed = _generate(profile, wanted, replace(request, trimmed_warmup=True), plan_id, now, memo)
        if _floor_deficit(trimmed) < _floor_deficit(plan):
            return _said_trimmed(request, trimmed)
    return plan


def _work(plan: Plan) -> tuple[int, int]:
    """A week's hard sets and distinct lifts: what pairing must buy to be chosen over straight sets."""
    lifts = [
        (item.exercise_id, item.sets)
        for day in plan.days
        for item in day.exercises
        if item.role in ("main", "secondary", "accessory") and get_exercise(item.exercise_id).hard_sets
    ]
    return sum(sets for _, sets in lifts), len({lift for lift, _ in lifts})


def _floor_deficit(plan: Plan) -> float:
    """Weekly hard sets the floor muscles lack in all."""
    return sum(max(0.0, v.band_min - v.hard_sets) for v in plan.weekly_sets if v.muscle in FLOOR_MUSCLES)


def _trim_may_help(request: Request, plan: Plan) -> bool:
    """A blood-pressure answer's graded warm-up of more than 5 minutes beside a floor still short: the
    walk has come down to its least already (`_least_block`), so the warm-up's extra minutes are next. An older
    lifter without a heart answer too: the first main lift's two ramp-up sets (`OLDER_RAMP_SETS`) are the graded
    part of the warm-up (Fragala et al. 2019; ACSM: 5-10 minutes), so the general part may give its extra minutes."""
    warm, _ = session_routine(request)
    return (
        (_blood_pressure_only(request) or (request.older and not request.cardiac))
        and request.graded_warmup
        and not request.hold
        and warm > TRIMMED_WARMUP_SECONDS
        and _floor_deficit(plan) > 0
    )


def _said_trimmed(request: Request, plan: Plan) -> Plan:
    """The plan says what gave way for the strength work: the warm-up's minutes, and the walk's where it is short."""
    before, _ = session_routine(replace(request, trimmed_warmup=False))
    warm, _ = session_routine(request if request.trimmed_warmup else replace(request, trimmed_warmup=True))
    walks = [i.duration_seconds for d in plan.days for i in d.exercises
             if i.role == "conditioning" and i.duration_seconds]  # fmt: skip
    short = walks and min(walks) < templates.block_minutes(request) * 60
    some = " on some days" if len(set(walks)) > 1 else ""
    walk = f", and the walk after the lifts is {whole_minutes(min(walks))} minutes{some}" if short else ""
    note = (
        f" To fit the strength work for every major muscle group into {request.minutes} minutes, the warm-up is "
        f"{whole_minutes(warm)} minutes rather than {whole_minutes(before)} (start it gently and build up){walk}."
    )
    fits = len(plan.rationale + note) <= Plan.model_fields["rationale"].metadata[0].max_length
    return plan.model_copy(update={"rationale": plan.rationale + note}) if fits else plan


def _generate(
    profile: FitnessProfile,
    wanted: PlanOverrides,
    request: Request,
    plan_id: str | None,
    now: datetime | None,
    memo: BuildMemo | None = None,
) -> Plan:
    """`generate_plan` for one resolved request (`memo`: what the call's other builds computed, `build_memo`)."""
    pool = eligible_pool(request)
    template = templates.choose(request)
    split, day_templates = request.split()
    warmup, cooldown = routine(request)
    warm, cool = session_routine(request)
    budget = request.minutes * 60 - warm - cool
    weekdays_ = weekdays(request.days, profile.preferred_days, day_templates)
    if template.hold:
        # No program yet: nothing to allocate, no warm-up for workouts that are not there.
        week = Week(request, pool, (), 0, random.Random(0))
        days, warmup, cooldown = hold_days(pool, request, weekdays_), [], []
    else:
        lifting = templates.lifting_seconds(request, pool)
        power = (
            conditioning.power_item(pool, set(), _trained(request), equipment=request.equipment)
            if template.balance and request.older
            else None
        )
        # An older adult's power drill has its own place after the main lifts: not a lift to allocate.
        # Its slower sibling is the same movement: sit-to-stands beside fast chair stands repeat one drill (the
        # seventeenth review: 2 x 10-15 sit-to-stands and 2 x 5-6 fast chair stands on one older adult's day).
        same = {power.exercise_id, *SAME_MOVEMENT.get(power.exercise_id, ())} if power else set()
        lifts = tuple(e for e in pool if e.id not in same)
        week = Week(request, lifts, day_templates, lifting, random.Random(_seed(profile, wanted)), memo=memo)
        if power is not None:  # spare minutes must not fill the band's room the power drill needs
            lifting_days = sum(1 for t in day_templates if t.kind == "lifting")
            add_credit(week.later, get_exercise(power.exercise_id), power.sets * lifting_days)
            week.session_max -= power.sets  # and its sets count toward the session's ceilings
            for day, day_template in enumerate(day_templates):
                if day_template.kind == "lifting":
                    add_credit(week.day_credit[day], get_exercise(power.exercise_id), power.sets)
        week = allocate(week)
        days = _lifting_days(request, pool, template, day_templates, weekdays_, week, budget, warm, cool)
        _keep_vertical_pull(request, template, days, week, warm, cool)
        _top_up_floors(request, template, days, week, warm, cool)
        _keep_vertical_pull(request, template, days, week, warm, cool)  # a row the top-up added may make way
        _no_lone_sets(request, template, days, week, warm, cool)
        _first_set_last(request, days, week, warm, cool)
        # (an older day's press gives its extra set while the day still has the minutes: `_legs_at_half` may trim the
        # upper body's other lifts next)
        _legs_lead_each_day(request, days, week, warm, cool)
        _legs_at_half(request, template, days, week, warm, cool)
        _legs_over_presses(request, template, days, week, warm, cool)
        _legs_lead_each_day(request, days, week, warm, cool)
        _legs_every_day(request, template, days, week, warm, cool)
        _even_days(request, days, week, warm, cool)
        _keep_vertical_pull(request, template, days, week, warm, cool, last=True)  # (a leg pass took its minutes)
        _vary_rows(request, template, days, week, warm, cool)
        _pull_beside_press(request, days, week, warm, cool)
        _bar_days(request, template, days, weekdays_, week, warm, cool)
        for position in novice_deadlift(request, days, pool, week):  # a novice's conventional deadlift (review 25)
            _retimed(days[position], warm, cool)
        _three_kinds_in_short_weeks(request, template, days, week, warm, cool)
        _band_week(request, pool, days, week, warm, cool)
        for position, built in enumerate(days):  # (before the balance drill: the ramp is the lift's, not spare time)
            _ramps_in_proportion(built, warm, cool, request.older, request.minutes)
            _older_ramp(built, position, week, request, warm, cool)
        # A trained lifter's main lifts take their sets before the balance drill takes the spare minutes (the drill
        # never costs them a set they would have had: hBF), and once more after it, after every pass that moves sets.
        # (A novice's mains keep two sets and their ramp-up beside the drill: `_balance_room`.)
        for drills in (False, True) if _trained(request) and _short_drilled(request, template) else (True,):
            if drills:
                _balance_drills(request, template, pool, days, week, warm, cool)
            _mains_not_outdosed(request, days, week, warm, cool)  # after every pass that moves sets (review 25)
            main_sets.settle(
                request, days, week, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool)
            )
        # Every pass above may move sets: the ceilings and the floors once more, last (review 27, defect 6; hBE).
        floors_last.settle(
            request, days, week, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool),
            lambda m, p: _new_lift(m, request, template, days, week, warm, cool, only=p, variations=True),
        )  # fmt: skip
        # An overhead press for a week that presses horizontally only, where the kit allows one (review 29, D2; hBO).
        vertical_press.settle(
            request, days, week, lifts, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool),
            lambda e: _new_item(e, request, template, week)[0],
        )  # fmt: skip
        # The week's press and pull sets in proportion, once the floors are settled (review 29, defect 3; hBO).
        push_pull.settle(request, days, week, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool))
        # A runner's strength days: calves every day, the legs at least level with the upper body (review 27, D8).
        endurance_legs.settle(
            request, days, week, pool, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool),
            lambda e: _new_item(e, request, template, week)[0],
            lambda m, p: _new_lift(m, request, template, days, week, warm, cool, only=p),
        )  # fmt: skip
        if template.mobility_program:  # a mobility day's strength work is two lifts, not one (review 25, defect 8)
            mobility_days.two_lifts(
                request, days, week, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool)
            )
        for built in days:  # lifts the top-ups added take the light day too (review 21, D6)
            before = [(i.target_rpe, i.rest_seconds) for i in built.exercises]
            _light_after_heavy(built.exercises, _beside(built.day_index, days), request)
            if [(i.target_rpe, i.rest_seconds) for i in built.exercises] != before:
                _retimed(built, warm, cool)
        for built in days:  # sets the passes above took back leave their lift's ramp-up in proportion
            _ramps_in_proportion(built, warm, cool, request.older, request.minutes)
        if request.paired:  # lifts the top-up added join a superset too, not done alone after the pairs
            for built in days:
                built.exercises = supersets.pair(
                    built.exercises,
                    request.orthostatic,
                    novice=request.level == "beginner",
                    lead_alone=request.lead_alone,
                )
                _retimed(built, warm, cool)
        # Heavy bar lifts alone at 2 minutes' rest or more, each pattern's first bar lift ramped (review 27, D2, D5).
        heavy_lifts.settle(request, days, week, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool))
        if request.paired:  # a lift the pairing left alone rests as straight sets where the minutes allow (review 24)
            lone_rests.straight_rests(
                request, days, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool)
            )
        # No lift of a day outdoses its main lifts, after every pass that moves sets or rests (rc28 defect 2; hBH).
        main_dose.settle(request, days, week, lambda d: day_seconds(d, warm, cool), lambda d: _retimed(d, warm, cool))
        for built in days:  # a wave's note and its structured weeks name its back-off sets: the count the fitting left
            for item in built.exercises:
                if item.progression == "training_max_wave":
                    item.notes = with_wave_sets(item.notes, item.sets)
                    item.wave = wave_weeks(item.sets)
                # ... and a top set's note the back-off sets the fitting left (review 26, D7)
                item.notes = fit_note(with_backoff_sets(item.notes, item.sets, item.target_rpe))
        for built, day_template in zip(days, day_templates, strict=True):
            # The warm-up drills are for the lifts the day holds at the end: a lift a top-up added to a day of
            # mobility drills gets its drills too (a 15-minute mobility day pressed with no warm-up drills).
            if day_template.kind == "lifting" and any(
                (e := find_exercise(i.exercise_id)) is not None and e.hard_sets for i in built.exercises
            ):
                built.warmup = day_warmup(request, built.exercises, warm - warm // 2)
        below = [m for m in FLOOR_MUSCLES if week.credit[m] + 1e-6 < request.band[0]]
        for position, (built, day_template) in enumerate(zip(days, day_templates, strict=True)):
            # A day whose block gave its minutes to the floors or the legs says why it is short (or no longer is).
            if day_template.kind == "lifting" and (not built.time_note or built.time_note.startswith("About ")):
                conditioned = any(item.role == "conditioning" for item in built.exercises)
                at_ceiling = week.day_sets[position] >= week.session_max
                built.time_note = _time_note(
                    request, built.estimated_minutes, template, day_template, at_ceiling, conditioned, below
                )
        for built, day_template in zip(days, day_templates, strict=True):  # named for what it holds at the end
            built.name = _region_name(
                built.name, built.exercises, mobility=template.mobility_program, held=_held_basics(request)
            )
            held, named = {i.name for i in built.exercises}, built.focus.split(", ")
            gone = any(n not in held and n in _EXERCISE_NAMES for n in named)  # a lift that went is never promised
            lead = _lead_lift(built.exercises)
            unnamed = any(i.name not in named for i in built.exercises if i.role == "main")
            if day_template.kind == "lifting" and (gone or unnamed or (lead is not None and named[0] != lead)):
                built.focus = _focus(built.exercises, day_template)  # the lift the day opens with is named first
        _rotation_notes(request, days, week)
    return _plan(request, split, template, days, warmup, cooldown, week, plan_id, now)


_KIND_WORDS = {"press": "pressing", "pull": "pulling", "legs": "leg lift"}


def _rotation_notes(request: Request, days: list[PlanDay], week: Week) -> None:
    """A day a short week left without its press, pull or leg lift (`_sets_give_way`'s rotation) says why."""
    for position, rotated in week.rotated.items():
        built = days[position]
        kept = {day_kind(e) for i in built.exercises if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id))}
        missing = sorted(_KIND_WORDS[k] for k in rotated - kept)
        if missing:
            words = " or ".join(missing)
            built.focus = f"{built.focus}; no {words} today: {request.minutes}-minute sessions take turns"[:120]


_VERTICAL = Slot("lats", True, ("vertical_pull",))


def _is_vertical(exercise: Exercise | None) -> bool:
    return exercise is not None and exercise.pattern == "vertical_pull" and exercise.compound and exercise.hard_sets


def _keep_vertical_pull(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int,
    last: bool = False,
) -> None:  # fmt: skip
    """A week whose days ask for a vertical pull keeps one when the equipment allows (review 23: a strength and fat-loss
    week with a pull-up bar had rows only; the pull-ups went as lone sets while the conditioning held the minutes):
    two sets of the best pull-up, chin-up or pulldown for the person on the lifting day with the most spare minutes,
    or else in place of a row the week repeats, with the row's sets. Older adults and PAR-Q answers get a loaded or
    assisted pull only (a pulldown, an assisted pull-up), never their whole body weight."""
    lifting = [
        p for p, t in enumerate(week.templates)
        if t.kind == "lifting" and any("vertical_pull" in s.patterns and s.compound for s in t.slots)
    ]  # fmt: skip
    if request.hold or not lifting:
        return
    items = [(i, find_exercise(i.exercise_id)) for d in days for i in d.exercises if i.role in LIFT_ROLES]
    if any(_is_vertical(e) for _, e in items):
        return
    careful = request.older or request.par_q
    for position in sorted(lifting, key=lambda p: -_spare(request, days[p], warm, cool)):
        day = days[position]
        if not last and any(i.sets < 2 for i in day.exercises if i.role in LIFT_ROLES):
            continue  # (the minutes a lone set's second set needs: `_no_lone_sets` first)
        # (ranked as the allocator ranks the slot, before the band's top: a row that makes way frees its room)
        today = {(e.exercise.pattern, e.exercise.primary_muscles[0]) for e in week.days[position]}
        options = [
            e for e in week.ranked_for(position, _VERTICAL, today)
            if _is_vertical(e) and not week.oddity(e) and week.templates[position].allows(e)
            and not (careful and e.load_type == "bodyweight")
        ]  # fmt: skip
        taken = {i.exercise_id for i in day.exercises}
        for exercise in (e for e in options[:3] if e.id not in taken):
            if _new_pull(request, template, day, position, exercise, week, warm, cool, None, 0):
                return
            # A row the week repeats makes way with its sets; a row of four sets or more gives two of them.
            rows = [i for i, e in items if i in day.exercises and e is not None and e.pattern == "horizontal_pull"
                    and e.compound and e.hard_sets]  # fmt: skip
            repeated = sum(1 for _, e in items if e is not None and e.pattern == "horizontal_pull" and e.compound) >= 2
            gives = [(row, row.sets) for row in rows if repeated] + [(row, 2) for row in rows if row.sets >= 4]
            for row, sets in sorted(gives, key=lambda g: (g[0].role == "main", g[1] < g[0].sets, g[0].sets)):
                if _new_pull(request, template, day, position, exercise, week, warm, cool, row, sets):
                    return


_ROW = Slot("upper_back", True, ("horizontal_pull",))


def _vary_rows(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:
    """A week of three or more lifting days does not row the same row on every one of them when another proper row
    fits (review 23: a severe hip's chest-supported row on every day beside a one-arm dumbbell row): on one day it
    gives its place and sets to the next row the allocator ranks for the slot (a day without the other row first)."""
    lifting = [p for p, t in enumerate(week.templates) if t.kind == "lifting"]
    if request.hold or len(lifting) < 3:
        return
    on: dict[str, list[int]] = {}
    for p in lifting:
        for item in days[p].exercises:
            found = find_exercise(item.exercise_id)
            if item.role in LIFT_ROLES and found is not None and found.pattern == "horizontal_pull" and found.compound:
                on.setdefault(item.exercise_id, []).append(p)
    for row_id, where in on.items():
        if len(where) < len(lifting):
            continue
        for position in sorted(where, key=lambda p: (-_spare(request, days[p], warm, cool), p)):
            day = days[position]
            row = next(i for i in day.exercises if i.exercise_id == row_id)
            taken = {i.exercise_id for i in day.exercises}
            today = {(e.exercise.pattern, e.exercise.primary_muscles[0]) for e in week.days[position]}
            others = [
                e for e in week.ranked_for(position, _ROW, today)
                if e.id != row_id and e.id not in taken and e.pattern == "horizontal_pull" and e.compound
                and e.hard_sets and not week.oddity(e) and week.templates[position].allows(e)
                and (row.role != "main" or e.main_lift)
            ][:3]  # fmt: skip
            if any(_new_pull(request, template, day, position, e, week, warm, cool, row, row.sets) for e in others):
                break


def _bar_days(
    request: Request,
    template: templates.Template,
    days: list[PlanDay],
    weekdays_: list[int],
    week: Week,
    warm: int,
    cool: int,
) -> None:
    """Heavy hinges and bar rows spread through the week, and superset days with a lift off the bar for each barbell
    lift (`bar_days`; review 24, hK)."""
    if request.hold:
        return
    lifting = [p for p, t in enumerate(week.templates) if t.kind == "lifting"]

    def lifts(position: int) -> list[Exercise]:
        found = [find_exercise(i.exercise_id) for i in days[position].exercises if i.role in LIFT_ROLES]
        return [e for e in found if e is not None and e.hard_sets]

    def swap(
        position: int, exercise_id: str, patterns: tuple[Pattern, ...], allowed: Callable[[Exercise], bool]
    ) -> bool:
        day = days[position]
        item = next((i for i in day.exercises if i.exercise_id == exercise_id and i.role in LIFT_ROLES), None)
        old = find_exercise(exercise_id)
        if item is None or old is None:
            return False
        taken = {i.exercise_id for i in day.exercises}
        today = {(e.exercise.pattern, e.exercise.primary_muscles[0]) for e in week.days[position]}
        options = [
            e for e in week.ranked_for(position, Slot(old.primary_muscles[0], old.compound, patterns), today)
            if e.id not in taken and e.pattern in patterns and e.compound == old.compound and e.hard_sets and allowed(e)
            and not week.oddity(e) and week.templates[position].allows(e)
        ][:4]  # fmt: skip
        # (a day already over its minutes before the pairing may swap a lift for one that takes no longer)
        slack = max(0, -_spare(request, day, warm, cool))
        return any(_new_pull(request, template, day, position, e, week, warm, cool, item, item.sets, slack=slack)
                   for e in options)  # fmt: skip

    bar_days.spread_back_loading([(p, weekdays_[p], lifts(p)) for p in lifting], swap)
    if request.paired and not request.orthostatic:  # (posture-matched pairs leave a barbell lift alone anyway)
        for p in lifting:
            main = {i.exercise_id for i in days[p].exercises if i.role == "main"}
            bar_days.one_bar_per_pair(p, lifts(p), main, swap)


def _new_pull(
    request: Request, template: templates.Template, day: PlanDay, position: int, exercise: Exercise, week: Week,
    warm: int, cool: int, row: PlanExercise | None, given: int, *, slack: int = 0,
) -> bool:  # fmt: skip
    """`exercise` on the day with two sets, or with the `given` sets of `row` (all of them: in its place), if the
    minutes (`slack` seconds over them), the band and the session's ceilings allow; nothing changes otherwise."""
    if _repeats_movement(
        request, day, week.templates[position], exercise, but=row if row is not None and given >= row.sets else None
    ):
        return False
    index, sets = _slot(day.exercises, exercise), max(2, given)
    replaced = get_exercise(row.exercise_id) if row is not None else None
    whole = row is not None and given >= row.sets
    if row is not None and replaced is not None:
        at = day.exercises.index(row)
        if whole:
            index = at
            del day.exercises[at]
        else:
            row.sets -= given
        _credited(week, position, replaced, -given, day, warm, cool)
    rx, per_set = week.dose(exercise)
    role: Role = row.role if whole and row is not None and row.role in LIFT_ROLES else "secondary"
    item = _entry_item(Entry(exercise, rx, sets, per_set), role, request, template)
    fits = week.fits_sets(exercise, sets) and week.fits_session(position, exercise, sets=sets)
    day.exercises.insert(index, item)
    _credited(week, position, exercise, sets, day, warm, cool)
    if fits and _spare(request, day, warm, cool) >= -slack:
        return True
    del day.exercises[index]
    _credited(week, position, exercise, -sets, day, warm, cool)
    if row is not None and replaced is not None:
        if whole:
            day.exercises.insert(index, row)
        else:
            row.sets += given
        _credited(week, position, replaced, given, day, warm, cool)
    return False


def _lifting_days(
    request: Request,
    pool: tuple[Exercise, ...],
    template: templates.Template,
    day_templates: tuple[DayTemplate, ...],
    weekdays_: list[int],
    week: Week,
    budget: int,
    warm: int,
    cool: int,
) -> list[PlanDay]:
    """Each training day from the allocated week: ordered lifts with roles, extras, rests, time note."""
    days: list[PlanDay] = []
    waved: set[str] = set()  # lifts already on the wave this week
    for position, (weekday, day_template) in enumerate(zip(weekdays_, day_templates, strict=True)):
        entries = _order(week.days[position], request)
        roles = _roles(entries, request)
        heavy = _heavy_without_wave(entries, roles, request, template, waved)
        wave_day = template.key == "strength_wave" and _wave_day(entries, roles, request, waved)
        items = [
            _entry_item(entry, role, request, template, waved, heavy=index == heavy, wave_day=wave_day)
            for index, (entry, role) in enumerate(zip(entries, roles, strict=True))
        ]
        if day_template.kind == "lifting":
            for basic in missing_basics(request, pool, {i.exercise_id for i in items}, position):
                # before the drills, which take what the day leaves (review 28, q16: named, never prescribed)
                added = _new_item(basic, request, template, week)[0].model_copy(deep=True)
                # compound lifts before isolation work, as `_order` placed the day's lifts
                at = (
                    len(items)
                    if basic.isolation
                    else next(
                        (n for n, i in enumerate(items) if (e := find_exercise(i.exercise_id)) and e.isolation),
                        len(items),
                    )
                )
                items.insert(at, added)
                week.count_sets(position, basic, added.sets)
        _ramp_up(items, request)
        _light_after_heavy(items, _beside(weekday, days), request)
        if request.paired:
            items = supersets.pair(
                items, request.orthostatic, novice=request.level == "beginner", lead_alone=request.lead_alone
            )
        recovery = day_template.kind != "lifting"
        name = _day_name(day_template.name, [d.name for d in days])
        day = PlanDay(day_index=weekday, name=name, focus=_focus(items, day_template), estimated_minutes=0,
                      exercises=items)  # fmt: skip
        runs = [d.day_index for d in days if any(i.exercise_id in conditioning.WITH_IMPACT for i in d.exercises)]
        extras = pool if conditioning.impact_ok(request, runs, weekday) else conditioning.without_impact(pool)
        _add_extras(day, extras, request, template, day_template, position, recovery, week, warm, cool)
        day.warmup = day_warmup(request, day.exercises, warm - warm // 2)
        if recovery or not items:  # an aerobic or recovery day: its own activity, easy (review 21, D15)
            day.warmup = day.warmup or aerobic_warmup(day.exercises, warm)
        if recovery or not items:  # a day the lifting left empty is named by what it holds, not its template
            day.focus = (_recovery_focus(day.exercises) or day.focus).capitalize()
        # Rests are the dose's (`rests`), never stretched to fill a day: spare minutes are said, not padded.
        seconds = day_seconds(day, warm, cool)
        day.estimated_minutes = round(seconds / 60)
        at_ceiling = week.day_sets[position] >= week.session_max
        conditioned = any(item.role == "conditioning" for item in day.exercises)
        day.time_note = _time_note(request, day.estimated_minutes, template, day_template, at_ceiling, conditioned)
        if day.name == LONG_AEROBIC_DAY:
            day.time_note = _long_day_note(request, day) or day.time_note
        days.append(day)
    return days


def _top_up_floors(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:
    """Work for a muscle still under its weekly floor where a day has the minutes (the extras took less than they
    reserved): a set more of a lift already there, or else two sets of a new lift for it, when the lift, the session
    and the band have room (an older adult's plans with 12 and 50 minutes to spare stopped half a hamstring set
    short of the floor and were refused). A day's minutes and time note stay true."""
    floor, _ = request.band
    given: dict[int, int] = {}  # minutes each day's aerobic block gave up
    # The least trained first: a muscle with no sets takes the minutes before one with half its floor gets more (review
    # 23: a chest fly took the walk's minutes while the hamstrings had none; ACSM/AHA, every major muscle group).
    for muscle in sorted(FLOOR_MUSCLES, key=lambda m: week.credit[m] > 0):
        trades = 3  # a set of a muscle at the band's top traded for the muscle below its floor, at most this often
        while week.credit[muscle] < floor:
            if _one_set_more(muscle, request, days, week, warm, cool):
                continue
            if _new_lift(muscle, request, template, days, week, warm, cool):
                continue
            if trades and _trade_a_set(muscle, floor, days, week, warm, cool):
                trades -= 1
                continue
            if muscle not in week.untrainable and _core_gives_way(muscle, request, template, days, week, warm, cool):
                continue
            if muscle not in week.untrainable and _floor_from_block(muscle, request, template, days, week, warm, cool):
                continue
            if muscle not in week.untrainable and _sets_give_way(muscle, request, template, days, week, warm, cool):
                continue
            # Zone-2 minutes only for a floor the week is not excused from (the validator would refuse the plan).
            excused = week.time_limited or muscle in week.untrainable
            if not excused and _set_from_block(muscle, request, days, week, warm, cool, given):
                continue
            break


LIFT_ROLES = ("main", "secondary", "accessory")


def _repeats_movement(
    request: Request, day: PlanDay, day_template: DayTemplate, exercise: Exercise, but: PlanExercise | None = None
) -> bool:
    """Whether `exercise` would repeat a movement the day's lifts (less `but`, a lift it replaces) hold as often as
    the template asks (`one_movement`; review 24, D8: a banded leg extension beside a leg extension)."""
    if one_movement.variations_allowed(request):
        return False
    return one_movement.too_many(day_template, _day_lifts(day, but), exercise)


def _day_lifts(day: PlanDay, but: PlanExercise | None = None) -> list[Exercise]:
    """The day's lifts (main, secondary, accessory) less `but`, as catalog exercises, in the day's order."""
    return [e for i in day.exercises if i is not but and i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id))]


_DONOR_ROLES = ("secondary", "accessory")  # a main lift keeps its working sets (and a wave its sets)


def lower_upper_sets(days: list[PlanDay]) -> tuple[int, int]:
    """The week's working sets of lower-body lifts and of upper-body lifts (by the muscles they train first; a lift
    that trains both regions counts for neither; balance and power drills are not counted)."""
    lower = upper = 0
    for day in days:
        for item in day.exercises:
            exercise = find_exercise(item.exercise_id)
            if exercise is None or not exercise.hard_sets or item.role not in LIFT_ROLES:
                continue
            regions = {body_region(m) for m in exercise.primary_muscles}
            lower += item.sets if regions == {"lower"} else 0
            upper += item.sets if regions == {"upper"} else 0
    return lower, upper


def _legs_at_half(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:
    """The legs get at least half the upper body's working sets (review 21, D1: a 70-year-old with bands, 3 x 45,
    did 8 leg sets a week beside 20 for the upper body, while a walk took the minutes). The upper body's many
    small muscles each have a band, the legs' lifts all load the glutes, so a week filled muscle by muscle tips
    up. A coach evens it with the legs' own muscles first: a set more of a leg lift, a new leg lift for the least
    trained leg muscle (a leg curl, a leg extension), then minutes of the day's aerobic block down to its shortest
    useful length (the floors before the walk: ACSM/AHA, Nelson et al. 2007, 8-10 exercises for the major muscle
    groups), and last a set of the upper body's biggest lift, never under a floor."""
    floor, _ = request.band
    even = legs_match_upper(request, week)
    # Past half, a leg lift takes no more sets than the week's lifts were dosed (a 2-set circuit's RDL stayed at 2,
    # not 4): the legs gain a lift instead (`_dose`).
    most = _dose(request, days) if even else None
    for _ in range(40):
        lower, upper = lower_upper_sets(days)
        if not upper or (1 if even else 2) * lower >= upper:
            return
        past = 2 * lower >= upper
        if _leg_set_more(request, days, week, warm, cool, from_block=False, most=most if past else None):
            continue
        legs = sorted((m for m in FLOOR_MUSCLES if body_region(m) == "lower"), key=lambda m: week.credit[m])
        if any(_new_lift(m, request, template, days, week, warm, cool) for m in legs):
            continue
        if _leg_set_more(request, days, week, warm, cool, from_block=True, most=most if past else None):
            continue
        if any(_new_lift_from_block(m, request, template, days, week, warm, cool) for m in legs):
            continue
        if _upper_set_given(request, days, week, floor, warm, cool):
            continue
        if not any(
            _leg_lift_for_upper(m, request, template, days, week, warm, cool)
            for m in legs
            if week.credit[m] < floor or even
        ):
            return


def _dose(request: Request, days: list[PlanDay]) -> int:
    """The most working sets any lift of the week holds (within the level's `max_sets`): the dose a leg lift is
    raised to when the legs are evened past half (ACSM/AHA and AACVPR circuits: 1-2 sets of more exercises)."""
    sets = [i.sets for d in days for i in d.exercises if i.role in LIFT_ROLES]
    return min(request.max_sets, max(sets, default=request.max_sets))


def legs_match_upper(request: Request, week: Week) -> bool:
    """The week's lower-body sets are at least its upper body's, not half: an older adult's week, and a beginner's
    week of full-body days (review 25, defect 4: 66 y, lower 10 sets against 19; a bands beginner's 8 push-up sets
    beside 4 of squats). Lower-body strength and power come first past middle age (Fragala et al. 2019, NSCA; ACSM/AHA,
    Nelson et al. 2007), and a novice's full-body day is a squat, a hinge, a press and a pull (ACSM 2009)."""
    lifting = [t for t in week.templates if t.kind == "lifting"]
    full = bool(lifting) and all(t.body == "full" for t in lifting)
    return request.older or (request.level == "beginner" and full)


LEG_MUSCLES = frozenset({"quads", "hamstrings", "glutes"})


def legs_and_presses(days: list[PlanDay]) -> tuple[int, int]:
    """The week's working sets of leg lifts (quads, hamstrings or glutes first, nothing of the upper body) and of
    multi-joint presses."""
    legs = presses = 0
    for day in days:
        for item, exercise in _straight_lifts(day, paired=True):
            if not exercise.hard_sets:
                continue
            if LEG_MUSCLES & set(exercise.primary_muscles) and {body_region(m) for m in exercise.primary_muscles} == {
                "lower"
            }:
                legs += item.sets
            elif exercise.compound and exercise.pattern in PUSH_PATTERNS:
                presses += item.sets
    return legs, presses


def _legs_over_presses(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:
    """Past 65 the week's leg sets are at least its press sets: a set more of a leg lift or a new one where the
    minutes allow (the day's, then its walk's), else a set less of the press with the most sets, its floors kept.
    Lower-body strength is what keeps an older adult rising, climbing and catching a trip (ACSM/AHA, Nelson et al.
    2007; Fragala et al. 2019); review 24 (defect 6) read bench 4, squat 2 on a 76-year-old's day."""
    if not request.older:
        return
    legs = sorted((m for m in FLOOR_MUSCLES if m in LEG_MUSCLES), key=lambda m: week.credit[m])
    for _ in range(40):
        lower, presses = legs_and_presses(days)
        if lower >= presses:
            return
        if _leg_set_more(request, days, week, warm, cool, from_block=False):
            continue
        if any(_new_lift(m, request, template, days, week, warm, cool) for m in legs):
            continue
        if _leg_set_more(request, days, week, warm, cool, from_block=True):
            continue
        if any(_new_lift_from_block(m, request, template, days, week, warm, cool) for m in legs):
            continue
        if _press_set_given(days, week, warm, cool) or _press_lift_given(request, days, week, warm, cool):
            continue
        if _press_for_leg(request, template, days, week, warm, cool, legs):
            continue
        if not _press_set_to_leg(request, days, week, warm, cool):
            return


def _legs_lead_each_day(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> None:
    """Past 65 a day's main leg lift has at least the sets of its biggest press: a set of the press moves to the leg
    lift while the press keeps its least, the leg lift its cap, the day its minutes and the week its floors (review
    24, defect 6: bench 4, squat 3 on one day of a 74-year-old's week; a day without a second row or press for the
    extra set, review 24 defect 8, left the bench its fourth)."""
    if not request.older:
        return
    for position, day in enumerate(days):
        lifts = list(_straight_lifts(day, paired=True))
        legs = [(i, e) for i, e in lifts if i.role == "main" and e.pattern in LOWER_PATTERNS and e.compound]
        presses = [(i, e) for i, e in lifts if e.compound and e.pattern in PUSH_PATTERNS and e.hard_sets]
        if not legs or not presses:
            continue
        leg, leg_exercise = max(legs, key=lambda p: p[0].sets)
        for _ in range(3):
            press, press_exercise = max(presses, key=lambda p: p[0].sets)
            least = max(2, week.min_main_sets) if press.role == "main" else 2
            if leg.sets >= press.sets or press.sets - 1 < least or press.progression == "training_max_wave":
                break
            if leg.sets + 1 > min(week.max_sets, sets_cap(request, leg_exercise)) or not _keeps_reached_floors(
                week, press_exercise, 1
            ):
                break
            if not week.fits_sets(leg_exercise, 1) or not week.fits_session(position, leg_exercise):
                # The legs at their weekly top (the validator would cut the set again): the press gives the set up
                # alone while the day keeps its minutes (half a minute inside the validator's 10%).
                press.sets -= 1
                if day_seconds(day, warm, cool) >= 0.9 * request.minutes * 60 + 30:
                    _credited(week, position, press_exercise, -1, day, warm, cool)
                    continue
                press.sets += 1
                break
            press.sets, leg.sets = press.sets - 1, leg.sets + 1
            if _spare(request, day, warm, cool) < 0:
                press.sets, leg.sets = press.sets + 1, leg.sets - 1
                _retimed(day, warm, cool)
                break
            _credited(week, position, press_exercise, -1, day, warm, cool)
            _credited(week, position, leg_exercise, 1, day, warm, cool)


def _press_set_given(days: list[PlanDay], week: Week, warm: int, cool: int) -> bool:
    """One set less of the week's press with the most sets, when it keeps its least (a main lift its main sets) and
    every floor it holds (`_legs_over_presses`)."""
    options = []
    for position, day in enumerate(days):
        for item, exercise in _straight_lifts(day, paired=True):
            if not (exercise.hard_sets and exercise.compound and exercise.pattern in PUSH_PATTERNS):
                continue
            least = max(2, week.min_main_sets) if item.role == "main" else 2
            if item.progression == "training_max_wave" or item.sets - 1 < least:
                continue
            # (a week too short for every floor trades a press set for a leg set: the legs come first past 65)
            if week.time_limited or _keeps_reached_floors(week, exercise, 1):
                options.append((-item.sets, position, item, exercise))
    if not options:
        return False
    _, position, item, exercise = min(options, key=lambda o: o[:2])
    item.sets -= 1
    _credited(week, position, exercise, -1, days[position], warm, cool)
    return True


def _press_lift_given(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> bool:
    """A day's second press (a secondary or accessory lift) goes, its floors kept, when the legs are at the band's top
    and every press is at two sets (`_legs_over_presses`)."""
    for position, day in enumerate(days):
        for item, exercise in _straight_lifts(day, paired=True):
            if not (exercise.hard_sets and exercise.compound and exercise.pattern in PUSH_PATTERNS):
                continue
            if item.role not in _DONOR_ROLES or (item.superset and not request.paired):
                continue
            if not _kind_elsewhere(day, item, exercise):
                continue
            if _sole_overhead(request, days, exercise) or not _keeps_reached_floors(week, exercise, item.sets):
                continue
            day.exercises.remove(item)
            _credited(week, position, exercise, -item.sets, day, warm, cool)
            return True
    return False


def _press_for_leg(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int,
    legs: list[Muscle],
) -> bool:  # fmt: skip
    """A press of two sets makes way for a leg lift on its day, when the week presses on another day and the press's
    floors hold (or the week is too short for every floor): the press sets are all at two and no minutes are left
    (`_legs_over_presses`)."""
    for position, day in enumerate(days):
        for item, exercise in _straight_lifts(day, paired=True):
            if not (exercise.hard_sets and exercise.compound and exercise.pattern in PUSH_PATTERNS):
                continue
            if item.progression == "training_max_wave" or (item.superset and not request.paired):
                continue
            elsewhere = any(
                e.compound and e.hard_sets and e.pattern in PUSH_PATTERNS
                for other in days
                if other is not day
                for _, e in _straight_lifts(other, paired=True)
            )
            if not elsewhere or _sole_overhead(request, days, exercise):
                continue
            if not week.time_limited and not _keeps_reached_floors(week, exercise, item.sets):
                continue
            index = day.exercises.index(item)
            del day.exercises[index]
            _credited(week, position, exercise, -item.sets, day, warm, cool)
            if any(_new_lift(m, request, template, days, week, warm, cool, only=position) for m in legs):
                return True
            day.exercises.insert(index, item)
            _credited(week, position, exercise, item.sets, day, warm, cool)
    return False


def _press_set_to_leg(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> bool:
    """One set of a day's press goes to the day's leg lift, in the same minutes, when nothing else evens them (a
    one-day week of 15 minutes: leg press 1 set, chest press 2; `_legs_over_presses`)."""
    for position, day in enumerate(days):
        lifts = list(_straight_lifts(day, paired=True))
        for item, exercise in lifts:
            if not (exercise.hard_sets and exercise.compound and exercise.pattern in PUSH_PATTERNS) or item.sets < 2:
                continue
            if item.progression == "training_max_wave":
                continue
            if not week.time_limited and not _keeps_reached_floors(week, exercise, 1):
                continue
            for leg, leg_exercise in lifts:
                if not (LEG_MUSCLES & set(leg_exercise.primary_muscles)) or not leg_exercise.hard_sets:
                    continue
                if {body_region(m) for m in leg_exercise.primary_muscles} != {"lower"} or leg.sets + 1 > item.sets:
                    continue
                if leg.sets >= sets_cap(request, leg_exercise) or not week.fits_sets(leg_exercise, 1):
                    continue
                item.sets -= 1
                leg.sets += 1
                if _spare(request, day, warm, cool) >= 0:
                    _credited(week, position, exercise, -1, day, warm, cool)
                    _credited(week, position, leg_exercise, 1, day, warm, cool)
                    return True
                item.sets += 1
                leg.sets -= 1
    return False


def _keeps_reached_floors(week: Week, exercise: Exercise, sets: int) -> bool:
    """`sets` sets less of `exercise` leave every floor muscle it trains that is at its floor there, counting the half
    sets of its secondary muscles (three band pulldowns given up for leg lifts took the upper back from 6 to 5 of 6).
    A muscle the week cannot bring to its floor (`Week.untrainable`) or already short of it does not hold the lift."""
    floor = week.floor
    loads = [*((m, 1.0) for m in exercise.primary_muscles), *((m, 0.5) for m in exercise.secondary_muscles)]
    return not any(
        m in FLOOR_MUSCLES
        and m not in week.untrainable
        and week.credit[m] - w * sets + 1e-9 < floor <= week.credit[m] + 1e-9
        for m, w in loads
    )


def _legs_every_day(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:  # fmt: skip
    """Each full-body day has a leg lift (review 21, D7: 4 of 288 full-body weeks had a day without one): a new one
    where the day has the minutes, else in place of a second upper-body lift of a kind the day keeps (a second row).
    A full-body session trains the lower body every time (NSCA, Haff & Triplett 2016; ACSM 2009)."""
    legs = [m for m in FLOOR_MUSCLES if body_region(m) == "lower"]
    for position, day in enumerate(days):
        template_day = week.templates[position]
        if template_day.kind != "lifting" or template_day.body != "full":
            continue
        lifts = [e for _, e in _straight_lifts(day, paired=True) if e.hard_sets]
        if not lifts or any(day_kind(e) == "legs" for e in lifts):
            continue
        order = sorted(legs, key=lambda m: (week.credit[m], legs.index(m)))
        if any(_new_lift(m, request, template, days, week, warm, cool, only=position) for m in order):
            continue
        for item, exercise in sorted(_straight_lifts(day, paired=True), key=lambda p: not p[1].isolation):
            if {body_region(m) for m in exercise.primary_muscles} != {"upper"} or item.role not in _DONOR_ROLES:
                continue
            # (a muscle it trains half, as a pullover the chest, counts too unless the week is short of time)
            crosses = not _keeps_reached_floors(week, exercise, item.sets) and not week.time_limited
            if (
                not _kind_elsewhere(day, item, exercise)
                or crosses
                or any(
                    m in FLOOR_MUSCLES and week.credit[m] - item.sets < request.band[0] <= week.credit[m]
                    for m in exercise.primary_muscles
                )
            ):
                continue
            if _sole_overhead(request, days, exercise):
                continue
            index = day.exercises.index(item)
            del day.exercises[index]
            _credited(week, position, exercise, -item.sets, day, warm, cool)
            if any(_new_lift(m, request, template, days, week, warm, cool, only=position) for m in order):
                break
            day.exercises.insert(index, item)
            _credited(week, position, exercise, item.sets, day, warm, cool)


EVEN_DAYS_SHARE = 0.25  # a full-body day's hard sets stay within this share of the week's mean (review 21, D7)


def _even_days(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> None:
    """Full-body days of one week carry comparable work: a set moves from the day with the most hard sets to the
    day with the fewest, from a lift that keeps two sets or more to one on the light day that trains the same muscle
    (the same lift first, so the week's sets per muscle stay), while the days are more than a quarter off the mean
    (review 21, D7: 9 vs 17 hard sets on days of one full-body week). Coaches spread a full-body week's volume over
    its sessions (NSCA, Haff & Triplett 2016: full-body days of similar load; Schoenfeld et al. 2019 on frequency)."""
    full = [p for p, t in enumerate(week.templates) if t.kind == "lifting" and t.body == "full"]
    if len(full) < 2:
        return
    floor = request.band[0]
    for _ in range(4 * len(full) * SESSION_HARD_SETS_MAX[request.level]):  # bounded: each move narrows the gap
        mean = sum(week.day_sets[p] for p in full) / len(full)
        heavy = max(full, key=lambda p: (week.day_sets[p], -p))
        light = min(full, key=lambda p: (week.day_sets[p], p))
        gap = week.day_sets[heavy] - week.day_sets[light]
        # (a day right at a quarter under the mean is evened too: 15, 15 and 10 sets, the last day 17 minutes short)
        if gap <= 2 or (
            week.day_sets[heavy] < mean * (1 + EVEN_DAYS_SHARE) and week.day_sets[light] > mean * (1 - EVEN_DAYS_SHARE)
        ):
            return
        if not _move_a_set(request, days, week, heavy, light, floor, warm, cool) and not _move_a_lift(
            request, days, week, heavy, light, warm, cool
        ):
            return


def _move_a_set(
    request: Request, days: list[PlanDay], week: Week, heavy: int, light: int, floor: int, warm: int, cool: int
) -> bool:  # fmt: skip
    """One set from a lift on the heavy day to a lift on the light day that trains the same muscle (`_even_days`):
    the light day's minutes, the lift's cap, the session's ceilings and the band's top hold."""
    moves: list[tuple[tuple[bool, bool, int], PlanExercise, Exercise, PlanExercise, Exercise]] = []
    for n, (give, given) in enumerate(_straight_lifts(days[heavy], paired=True)):
        least = week.min_main_sets if give.role == "main" else 2
        if not given.hard_sets or give.progression == "training_max_wave" or give.sets - 1 < max(2, least):
            continue
        for take, taken in _straight_lifts(days[light], paired=True):
            shared = set(given.primary_muscles) & set(taken.primary_muscles)
            if not taken.hard_sets or not shared or take.sets >= sets_cap(request, taken):
                continue
            # The muscles only the given lift trains first keep their floors.
            if any(m in FLOOR_MUSCLES and week.credit[m] - 1 < floor <= week.credit[m]
                   for m in set(given.primary_muscles) - shared):  # fmt: skip
                continue
            rank = (taken.id != given.id, given.primary_muscles[0] != taken.primary_muscles[0], n)
            moves.append((rank, give, given, take, taken))
    for _, give, given, take, taken in sorted(moves, key=lambda m: m[0]):
        give.sets -= 1
        _credited(week, heavy, given, -1, days[heavy], warm, cool)
        take.sets += 1
        if (
            week.fits_sets(taken, 1)
            and week.fits_session(light, taken)
            and _spare(request, days[light], warm, cool) >= 0
        ):
            _credited(week, light, taken, 1, days[light], warm, cool)
            return True
        take.sets -= 1
        give.sets += 1
        _credited(week, heavy, given, 1, days[heavy], warm, cool)
    return False


def _move_a_lift(
    request: Request, days: list[PlanDay], week: Week, heavy: int, light: int, warm: int, cool: int
) -> bool:  # fmt: skip
    """A whole secondary or accessory lift from the heavy day to the light day, when the heavy day keeps its kind
    (press, pull, legs) and the light day has the minutes and lacks the lift (`_even_days`)."""
    moved, target = days[heavy], days[light]
    present = [e for i in target.exercises if (e := find_exercise(i.exercise_id)) is not None]
    if len(moved.exercises) <= len(target.exercises):
        return False  # a lift moved only evens the count of lifts the other way
    for item, exercise in sorted(_straight_lifts(moved), key=lambda p: (p[0].sets, not p[1].isolation)):
        if (
            item.role not in _DONOR_ROLES
            or not exercise.hard_sets
            or 2 * item.sets > (week.day_sets[heavy] - week.day_sets[light])
        ):
            continue
        if any(e.id == exercise.id for e in present) or doubles_up(present, exercise):
            continue
        if not _kind_elsewhere(moved, item, exercise) or not week.templates[light].allows(exercise):
            continue
        if not week.fits_session(light, exercise, sets=item.sets) or item_seconds(item, exercise) > _spare(
            request, target, warm, cool
        ):
            continue
        moved.exercises.remove(item)
        _credited(week, heavy, exercise, -item.sets, moved, warm, cool)
        target.exercises.insert(_slot(target.exercises, exercise), item)
        _credited(week, light, exercise, item.sets, target, warm, cool)
        return True
    return False


def _leg_lift_for_upper(
    muscle: Muscle, request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int,
    cool: int,
) -> bool:  # fmt: skip
    """A leg muscle under its floor takes the place of a day's second upper-body lift of a kind (a fly beside a
    press, a second row): the legs' floor is worth as much as the chest's, and the week stays balanced. A leg muscle
    at its floor (`legs_match_upper` weeks) takes it only where every upper-body floor reached is kept."""
    under = week.credit[muscle] < request.band[0]
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for item, exercise in sorted(_straight_lifts(day, paired=True), key=lambda p: not p[1].isolation):
            if {body_region(m) for m in exercise.primary_muscles} != {"upper"} or item.role not in _DONOR_ROLES:
                continue
            if day_kind(exercise) in ("press", "pull") and not _kind_elsewhere(day, item, exercise):
                continue
            if _sole_overhead(request, days, exercise) or _sole_vertical_pull(days, exercise):
                continue  # (a strength week's only overhead press is one of its basic lifts)
            if (not week.time_limited or not under) and not _keeps_reached_floors(week, exercise, item.sets):
                continue  # a floor traded for another is no gain (a 1-day week's chest fell to 4 for the glutes)
            index = day.exercises.index(item)
            del day.exercises[index]
            _credited(week, position, exercise, -item.sets, day, warm, cool)
            if _new_lift(muscle, request, template, days, week, warm, cool, only=position):
                return True
            day.exercises.insert(index, item)
            _credited(week, position, exercise, item.sets, day, warm, cool)
    return False


def _crosses_floor(request: Request, week: Week, exercise: Exercise, sets: int) -> bool:
    """`sets` sets less of `exercise` take a floor muscle from its floor to below it; a muscle it trains half (a
    pullover the chest) counts, as the validator counts it."""
    loads = [*((m, 1.0) for m in exercise.primary_muscles), *((m, 0.5) for m in exercise.secondary_muscles)]
    floor = request.band[0]
    return any(m in FLOOR_MUSCLES and week.credit[m] - w * sets < floor <= week.credit[m] for m, w in loads)


def _sole_overhead(request: Request, days: list[PlanDay], exercise: Exercise) -> bool:
    """The strength week's only overhead press (`coverage.sole_overhead`): it stays when the legs or a floor need a
    day's second press (review 23: a severe hip's seated press went for a glute-bridge hold beside an incline press)."""
    if "strength" not in request.goals or exercise.pattern != "vertical_push" or not exercise.compound:
        return False
    presses = [e for d in days for i in d.exercises if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id))
               and e.pattern == "vertical_push" and e.compound and e.hard_sets]  # fmt: skip
    return len(presses) == 1


def _sole_vertical_pull(days: list[PlanDay], exercise: Exercise) -> bool:
    """The week's only vertical pull: it stays when the legs take an upper-body lift's place (a beginner's full-body
    week whose legs match the upper body gave its only pull-up away; `_keep_vertical_pull` is the rule it keeps)."""
    if not _is_vertical(exercise):
        return False
    pulls = [e for d in days for i in d.exercises if i.role in LIFT_ROLES and _is_vertical(find_exercise(i.exercise_id))
             for e in (find_exercise(i.exercise_id),)]  # fmt: skip
    return len(pulls) == 1


def _lightest_first(days: list[PlanDay], week: Week) -> list[tuple[int, PlanDay]]:
    """The days, the one with the fewest hard sets first: work added to a week evens its days out (review 21, D7)."""
    return sorted(enumerate(days), key=lambda p: (week.day_sets[p[0]], p[0]))


def _leg_set_more(
    request: Request, days: list[PlanDay], week: Week, warm: int, cool: int, *, from_block: bool,
    most: int | None = None,
) -> bool:  # fmt: skip
    """One set more of a lower-body lift where a lifting day has the minutes (`from_block`: minutes the day's steady
    block gives up, keeping its shortest useful length), the lift's cap (and `most`, when given) and the band room;
    the least trained leg muscle first."""
    options = []
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for item, exercise in _straight_lifts(day, paired=True):
            if {body_region(m) for m in exercise.primary_muscles} != {"lower"} or item.role not in LIFT_ROLES:
                continue
            if item.sets >= min(sets_cap(request, exercise), most or 99) or not week.fits_sets(exercise, 1):
                continue
            if not week.fits_session(position, exercise):
                continue
            options.append((week.day_sets[position], min(week.credit[m] for m in exercise.primary_muscles), position,
                            item, exercise))  # fmt: skip
    for _, _, position, item, exercise in sorted(options, key=lambda o: o[:3]):
        day = days[position]
        item.sets += 1
        need = -_spare(request, day, warm, cool)
        if need > 0 and from_block and _block_gives(request, day, need):
            need = 0
        if need > 0:
            item.sets -= 1
            continue
        _credited(week, position, exercise, 1, day, warm, cool)
        return True
    return False


def _new_lift_from_block(
    muscle: Muscle, request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int,
    cool: int,
) -> bool:  # fmt: skip
    """`_new_lift` for `muscle` with the minutes of a day's steady block, which keeps its shortest useful length and
    gets back what the new lift leaves."""
    if not _block_may_go(request):
        return False
    least = _least_block(request)
    for position, day in _lightest_first(days, week):
        block = next(
            (i for i in day.exercises if i.role == "conditioning" and i.sets == 1 and i.duration_seconds), None
        )
        if week.templates[position].kind != "lifting" or block is None or block.duration_seconds is None:
            continue
        if "min steady" not in block.notes or whole_minutes(block.duration_seconds) <= least:
            continue
        minutes, notes = whole_minutes(block.duration_seconds), block.notes
        block.duration_seconds = least * 60
        if _new_lift(muscle, request, template, days, week, warm, cool, only=position):
            kept = min(minutes, least + max(0, _spare(request, day, warm, cool)) // 60)
            block.duration_seconds = kept * 60
            block.notes = notes.replace(f"{minutes} min steady", f"{kept} min steady", 1)
            _retimed(day, warm, cool)
            return True
        block.duration_seconds = minutes * 60
    return False


def _floor_from_block(
    muscle: Muscle, request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int,
    cool: int,
) -> bool:  # fmt: skip
    """A floor short for want of minutes takes a lifting day's aerobic block, whole if need be, for its sets; what
    the sets leave goes back to the block when that is still a useful length (review 21, D1: "2 sessions of 30
    minutes cannot fit" the hamstrings' minimum beside a 9-minute walk). A coach fills the minutes with the weekly
    minimum for every major muscle group first and adds conditioning after (ACSM/AHA, Nelson et al. 2007; ACSM
    2009), and never says the minutes cannot fit while a walk takes them. Not an endurance goal's block (the
    aerobic work is the goal), and a heart or blood-pressure answer keeps a walk of useful length (AACVPR)."""
    if not _block_may_go(request):
        return False
    least = _least_block(request)
    for position, day in _lightest_first(days, week):
        block = next((i for i in day.exercises if i.role == "conditioning" and i.duration_seconds), None)
        if week.templates[position].kind != "lifting" or block is None or block.duration_seconds is None:
            continue
        if not any(week.templates[position].allows(e) for e in _direct_lifts(week, muscle)):
            continue
        minutes, notes = whole_minutes(block.duration_seconds), block.notes
        steady = "min steady" in notes
        if _block_kept(request) and (not steady or minutes <= least):
            continue
        index, before = day.exercises.index(block), week.credit[muscle]
        if _block_kept(request):
            block.duration_seconds = least * 60
        else:
            del day.exercises[index]
        _retimed(day, warm, cool)
        while week.credit[muscle] < request.band[0] and (
            _one_set_more(muscle, request, days, week, warm, cool)
            or _new_lift(muscle, request, template, days, week, warm, cool, only=position)
        ):
            pass
        if week.credit[muscle] <= before:
            block.duration_seconds = minutes * 60
            if block not in day.exercises:
                day.exercises.insert(index, block)
            _retimed(day, warm, cool)
            continue
        kept = min(minutes, max(0, _spare(request, day, warm, cool)) // 60 + (least if _block_kept(request) else 0))
        if kept >= least and steady:
            block.duration_seconds = kept * 60
            block.notes = notes.replace(f"{minutes} min steady", f"{kept} min steady", 1)
            if block not in day.exercises:
                day.exercises.insert(index, block)
        _retimed(day, warm, cool)
        return True
    return False


ROTATE_MINUTES = 20  # sessions this short hold a lift or two per kind: the days may take turns with a press or pull
GIVE_WAY_SETS = 3  # the most sets of other lifts one day gives up for a muscle under its floor


def _sets_give_way(
    muscle: Muscle, request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int,
    cool: int,
) -> bool:  # fmt: skip
    """A muscle under its floor in a short week takes sets of a day's lifts for muscles past their own floor, one at a
    time, until a set more or a new lift for it fits the day; a whole lift goes when the day keeps its kind (review
    21: 3 x 15 minutes of machines with 7 chest sets and no leg curl, 3 hamstring sets; 2 x 20 of bodyweight with 3
    quad sets). Every major muscle group reaches its weekly minimum before any gets more (ACSM 2009: 8-10 exercises
    for the major muscle groups), and the glutes at their top cannot keep the hamstrings under their floor."""
    direct = _direct_lifts(week, muscle)
    # Sessions too short for every floor (`Week.time_limited`: 3 x 15 minutes of machines, each day a 7-set circuit)
    # rotate a kind instead: a day may give its press or pull to the floor when other days of the week keep it.
    for rotate in (False, True) if week.time_limited and request.minutes <= ROTATE_MINUTES else (False,):
        for position, _day in _lightest_first(days, week):
            if week.templates[position].kind != "lifting" or not any(
                week.templates[position].allows(e) for e in direct
            ):
                continue
            if _gave_way(muscle, request, template, days, week, warm, cool, position, direct, rotate=rotate):
                return True
    return False


def _gave_way(
    muscle: Muscle, request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int,
    cool: int, position: int, direct: list[Exercise], *, rotate: bool,
) -> bool:  # fmt: skip
    """`_sets_give_way` on one day (`rotate`: a whole lift may go when another day keeps its kind)."""
    day, floor = days[position], request.band[0]
    taken: list[tuple[PlanExercise, Exercise, int, int]] = []  # (item, exercise, sets taken, index if removed)
    before, snapshot = week.credit[muscle], [(item, item.sets) for item in day.exercises]
    # Only a press or a pull rotates, for a leg muscle's floor, and only when two other days keep the kind: every day
    # keeps its leg lift (review 21, D7), and the upper body's many lifts are what crowds the legs out.
    elsewhere = _week_kinds(days, week, position) if rotate and body_region(muscle) == "lower" else set()
    while True:
        if _one_set_more(muscle, request, days, week, warm, cool, only=position) or _new_lift(
            muscle, request, template, days, week, warm, cool, only=position
        ):
            break
        if len(taken) >= GIVE_WAY_SETS or not _give_a_set(
            muscle, day, position, week, floor, direct, warm, cool, taken, elsewhere, days=days
        ):
            break
    # A whole lift given up leaves the day its kind (a full-body day keeps its legs, press and pull), or in a short
    # week another day keeps it (and the day says so).
    kinds = {day_kind(e) for i in day.exercises if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id))}
    gone = {day_kind(t[1]) for t in taken if t[3] >= 0} - kinds
    if week.credit[muscle] > before and gone <= elsewhere:
        if gone:
            week.rotated.setdefault(position, set()).update(gone)
        return True
    _restore(day, position, week, snapshot, warm, cool)
    return False


def _week_kinds(days: list[PlanDay], week: Week, position: int) -> set[str]:
    """The upper-body kinds (press, pull) that at least two of the week's other lifting days have."""
    kinds = [
        {
            day_kind(e)
            for i in day.exercises
            if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id)) and e.hard_sets
        }
        for p, day in enumerate(days)
        if p != position and week.templates[p].kind == "lifting"
    ]
    return {kind for kind in ("press", "pull") if sum(kind in held for held in kinds) >= 2}


def _restore(
    day: PlanDay, position: int, week: Week, snapshot: list[tuple[PlanExercise, int]], warm: int, cool: int
) -> None:
    """The day's lifts and sets as they were (`snapshot`: each item with its sets), the week's counts with them."""
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is not None:
            week.count_sets(position, exercise, -item.sets)
    day.exercises = [item for item, _ in snapshot]
    for item, sets in snapshot:
        item.sets = sets
        exercise = find_exercise(item.exercise_id)
        if exercise is not None:
            week.count_sets(position, exercise, sets)
    _retimed(day, warm, cool)


def _give_a_set(
    muscle: Muscle, day: PlanDay, position: int, week: Week, floor: int, direct: list[Exercise], warm: int, cool: int,
    taken: list[tuple[PlanExercise, Exercise, int, int]], elsewhere: set[str] | None = None,
    days: list[PlanDay] | None = None,
) -> bool:  # fmt: skip
    """One set of the day's lift with the most sets to spare (three or more, its floors kept, not one that trains
    `muscle` first), else a whole lift whose kind the day keeps (or gets back with `muscle`'s lift, or `elsewhere`:
    another day of a short week keeps); never the whole of the week's only main lift of its pattern (`days`)."""
    kinds = {day_kind(e) for e in direct if week.templates[position].allows(e)}
    best: tuple[float, PlanExercise, Exercise, bool] | None = None
    for item, exercise in _straight_lifts(day, paired=True):
        weight = _credit_weight(exercise, muscle)
        if (
            weight >= 1
            or not exercise.hard_sets
            or item.role not in LIFT_ROLES
            or item.progression == "training_max_wave"
            or exercise.id in _held_basics(week.request)  # a held area's care stays (review 28, q16)
        ):
            continue
        # One set of a lift that does not train the muscle at all (else the set would only come back to it), or the
        # whole lift (a pull-through's glute sets for a leg curl's hamstring sets).
        if _legs_first(week, exercise, muscle):
            continue
        whole = item.sets < 3 or weight > 0
        given = item.sets if whole else 1
        if any(m in FLOOR_MUSCLES and week.credit[m] - given < floor for m in exercise.primary_muscles):
            continue
        if whole and not (_kind_elsewhere(day, item, exercise) or day_kind(exercise) in kinds | (elsewhere or set())):
            continue
        if whole and days is not None and _only_main_of_pattern(days, item, exercise):
            continue
        surplus = min(week.credit[m] - floor for m in exercise.primary_muscles) - (100 if whole else 0)
        if best is None or surplus > best[0]:
            best = (surplus, item, exercise, whole)
    if best is None:
        return False
    _, item, exercise, whole = best
    if whole:
        index = day.exercises.index(item)
        del day.exercises[index]
        taken.append((item, exercise, item.sets, index))
        _credited(week, position, exercise, -item.sets, day, warm, cool)
    else:
        item.sets -= 1
        taken.append((item, exercise, 1, -1))
        _credited(week, position, exercise, -1, day, warm, cool)
    return True


def _legs_first(week: Week, exercise: Exercise, muscle: Muscle) -> bool:
    """Past 65 a leg lift keeps its sets when an upper-body muscle is short: lower-body strength is an older adult's
    priority (ACSM/AHA, Nelson et al. 2007: function and falls), and a squat set moved to the bench left a 76-year-old's
    day at squat 2, bench 4 (review 24, defect 6)."""
    return (
        week.request.older
        and body_region(muscle) == "upper"
        and {body_region(m) for m in exercise.primary_muscles} == {"lower"}
    )


_KNEE_PATTERNS = frozenset({"squat", "lunge"})


def _only_main_of_pattern(days: list[PlanDay], item: PlanExercise, exercise: Exercise) -> bool:
    """The week's only main lift of its pattern (`_main_pattern`: squat or lunge, hinge, push, pull): it stays
    (review 23: an older lifter's only goblet squat went for a second Romanian deadlift; the main lift of each pattern,
    squat, hinge, press and pull, comes before more of another, NSCA's Essentials)."""
    if not exercise.main_lift:
        return False
    kind = _main_pattern(exercise)

    def same(other: Exercise) -> bool:
        return other.main_lift and _main_pattern(other) == kind

    return not any(
        i is not item and i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id)) is not None and same(e)
        for d in days
        for i in d.exercises
    )


def _main_pattern(exercise: Exercise) -> str:
    """Squat (knee-dominant), hinge, push or pull."""
    pattern = exercise.pattern
    if pattern in _KNEE_PATTERNS:
        return "knee"
    return "push" if pattern in PUSH_PATTERNS else "pull" if pattern in PULL_PATTERNS else pattern


def _block_may_go(request: Request) -> bool:
    """Whether a lifting day's aerobic block may give its minutes to the floors: not where the aerobic work is the
    goal (endurance)."""
    return request.goal != "endurance" and "endurance" not in request.goals


def _block_kept(request: Request) -> bool:
    """A heart or blood-pressure answer keeps a walk of useful length: aerobic work is its first prescription
    (cardiac rehabilitation, AACVPR)."""
    return request.heart_prescription


def _least_block(request: Request) -> int:
    """Minutes a lifting day's steady block keeps when it gives the rest to the strength floors: a blood-pressure
    answer's walk comes down to `HEART_BLOCK_MIN_MINUTES` (with the warm-up's own easy walk, about 8 minutes of aerobic
    work a session; a cardiac answer's keeps 8) before a major muscle group goes without its weekly minimum (review
    23: a 70-year-old on blood-pressure medicine with bands, 2 x 30 minutes, kept a 10-minute walk beside 0 hamstring
    sets; ACSM/AHA for older adults and hypertension: resistance work for each major muscle group 2+ days a week)."""
    return HEART_BLOCK_MIN_MINUTES if _blood_pressure_only(request) else templates.MIN_BLOCK_MINUTES


def _blood_pressure_only(request: Request) -> bool:
    """Blood-pressure medicine without a heart, chest-pain or dizziness answer: for a cardiac answer the walk and the
    graded warm-up are the rehabilitation's core (AACVPR), and keep their minutes."""
    return request.heart_prescription and not request.cardiac


def _block_gives(request: Request, day: PlanDay, seconds: int, *, second_goal: bool = False) -> bool:
    """The day's steady aerobic block gives up `seconds` (in whole minutes) and keeps its shortest useful length;
    `second_goal`: an endurance second goal's block gives too (a one-day week's missing pull or leg lift)."""
    block = next((i for i in day.exercises if i.role == "conditioning" and i.sets == 1 and i.duration_seconds), None)
    may = _block_may_go(request) or (second_goal and request.goal != "endurance")
    if block is None or block.duration_seconds is None or "min steady" not in block.notes or not may:
        return False
    minutes = whole_minutes(block.duration_seconds)
    least = _least_block(request)
    kept = minutes - -(-seconds // 60)
    if kept < least:
        return False
    block.duration_seconds = kept * 60
    block.notes = block.notes.replace(f"{minutes} min steady", f"{kept} min steady", 1)
    return True


def _upper_set_given(request: Request, days: list[PlanDay], week: Week, floor: int, warm: int, cool: int) -> bool:
    """One set less of the upper body's lift with the most sets (three or more), every floor kept."""
    options = []
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for item, exercise in _straight_lifts(day, paired=True):
            if {body_region(m) for m in exercise.primary_muscles} != {"upper"} or item.sets < 3 or item.role == "main":
                continue  # (a main lift keeps its working sets)
            if any(m in FLOOR_MUSCLES and week.credit[m] - 1 < floor for m in exercise.primary_muscles):
                continue
            if not _keeps_reached_floors(week, exercise, 1):
                continue
            options.append((item.sets, exercise.isolation, position, item, exercise))
    if options:
        _, _, position, item, exercise = max(options, key=lambda o: o[:2])
        item.sets -= 1
        _credited(week, position, exercise, -1, days[position], warm, cool)
        return True
    # Every upper lift at two sets (a PAR-Q answer's cap, a short week): a whole second lift of a kind the day
    # already has goes, isolation first, its floors kept (a third pressing lift, an isometric row beside two rows).
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for item, exercise in sorted(_straight_lifts(day, paired=True), key=lambda p: (not p[1].isolation, p[0].sets)):
            if {body_region(m) for m in exercise.primary_muscles} != {"upper"} or item.role not in _DONOR_ROLES:
                continue
            if any(m in FLOOR_MUSCLES and week.credit[m] - item.sets < floor for m in exercise.primary_muscles):
                continue
            if not _keeps_reached_floors(week, exercise, item.sets):
                continue
            if day_kind(exercise) in ("press", "pull") and not _kind_elsewhere(day, item, exercise):
                continue
            if _sole_overhead(request, days, exercise) or _crosses_floor(request, week, exercise, item.sets):
                continue
            if _sole_vertical_pull(days, exercise):
                continue
            day.exercises.remove(item)
            _credited(week, position, exercise, -item.sets, day, warm, cool)
            return True
    return False


FSL_SETS = 2  # back-off fives after a 5/3/1 wave (Wendler's First Set Last is 3-5 x 5; two fit most sessions)


def _first_set_last(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> None:
    """Back-off fives at the wave's first-set load (First Set Last) on each 5/3/1 lift, where the day has the
    minutes and the lift, session and band have room. Three wave sets alone are one top set and two lighter ones:
    about three hard sets a week for a main lift (review 20: every main lift on "3 wave sets" while each day ended
    8-17 minutes short). Runs after the weekly floors are met: a muscle under its floor comes first. Where the
    minutes or the session's set cap run out, one set of the day's largest isolation accessory makes room: a
    back-off five on the main lift is worth more than a fourth set of leg extensions."""
    floor, _ = request.band
    for position, day in enumerate(days):
        for item in day.exercises:
            if item.progression != "training_max_wave":
                continue
            exercise, traded = get_exercise(item.exercise_id), False
            while item.sets < 3 + FSL_SETS and item.sets < sets_cap(request, exercise) and week.fits_sets(exercise, 1):
                if exercise.pattern in PUSH_PATTERNS and _pressing_lead(day) >= 1:
                    break  # a press's back-off set never tips the day further toward pushing than pulling
                one_set = item_seconds(item, exercise) // max(1, item.sets)
                room = one_set <= _spare(request, day, warm, cool) and week.fits_session(position, exercise)
                given = None if room or traded else _accessory_set_given(day, position, week, floor, warm, cool)
                if given is not None:
                    traded = True
                    room = one_set <= _spare(request, day, warm, cool) and week.fits_session(position, exercise)
                    if not room:  # the accessory's set did not make the room (another muscle's ceiling): give it back
                        given[0].sets += 1
                        _credited(week, position, given[1], 1, day, warm, cool)
                if not room:
                    break
                item.sets += 1
                _credited(week, position, exercise, 1, day, warm, cool)


def _pressing_lead(day: PlanDay) -> int:
    """Compound pressing sets minus pulling sets on the day (rows and pull-ups balance the presses)."""
    lead = 0
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is not None and exercise.pattern in PUSH_PATTERNS and exercise.compound:
            lead += item.sets
        elif exercise is not None and exercise.pattern in PULL_PATTERNS:
            lead -= item.sets
    return lead


def _accessory_set_given(
    day: PlanDay, position: int, week: Week, floor: int, warm: int, cool: int
) -> tuple[PlanExercise, Exercise] | None:
    """One set less of the day's isolation accessory with the most sets (three or more), when every floor stays met;
    the item and its exercise, or None."""
    options = []
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is None or item.role != "accessory" or item.superset or item.sets < 3 or not exercise.isolation:
            continue
        if any(m in FLOOR_MUSCLES and week.credit[m] - 1 < floor for m in exercise.primary_muscles):
            continue
        options.append((item.sets, item, exercise))
    if not options:
        return None
    _, item, exercise = max(options, key=lambda o: o[0])
    item.sets -= 1
    _credited(week, position, exercise, -1, day, warm, cool)
    return item, exercise


def _trained(request: Request) -> bool:
    """An older lifter past the beginner stage with no PAR-Q answer: the older-adult drills scale to them."""
    return request.level != "beginner" and not request.par_q


def _credit_weight(exercise: Exercise, muscle: Muscle) -> float:
    return 1.0 if muscle in exercise.primary_muscles else 0.5 if muscle in exercise.secondary_muscles else 0.0


def _mains_not_outdosed(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> None:
    """A day's main lift has at least the sets of every other lift of the day, and a straight set's full rest
    (review 25, p05: the "main" shoulder press 2 sets at 60 s rest, the row beside it 5): sets move one at a time
    from the bigger lift to the main one while the giver's floor muscles keep their floors, the main lift's cap and
    the band's top allow it, and the day's minutes hold; a bigger lift still left is promoted (`_promote_outdosing`)."""
    for position, day in enumerate(days):
        lifts = list(_straight_lifts(day, paired=True))
        for main, lead in lifts:
            if main.role != "main" or main.progression == "training_max_wave" or not lead.hard_sets:
                continue
            for other, given in lifts:
                while (
                    other.role != "main" and given.hard_sets and other.sets - 1 > main.sets
                    and main.sets < sets_cap(request, lead) and week.fits_sets(lead, 1)
                    and _keeps_reached_floors(week, given, 1)
                ):  # fmt: skip
                    other.sets -= 1
                    main.sets += 1
                    if _spare(request, day, warm, cool) < 0:
                        other.sets += 1
                        main.sets -= 1
                        break
                    _credited(week, position, given, -1, day, warm, cool)
                    _credited(week, position, lead, 1, day, warm, cool)
        _promote_outdosing(request, day)


def _band_week(
    request: Request, pool: tuple[Exercise, ...], days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:  # fmt: skip
    """A bands-only week's days lead with the band squat and get core and calf work where the minutes allow
    (`band_week`; review 25)."""
    for position, day in enumerate(days):
        if band_week.squat_leads(request, day, find_exercise):
            _retimed(day, warm, cool)

        def room(item: PlanExercise, exercise: Exercise, position: int = position, day: PlanDay = day) -> bool:
            hard = sum(i.sets for i in day.exercises if (e := find_exercise(i.exercise_id)) is not None and e.hard_sets)
            return (
                week.fits_sets(exercise, item.sets) and week.fits_session(position, exercise, item.sets)
                and hard <= SESSION_HARD_SETS_MAX[request.level] and _spare(request, day, warm, cool) >= 0
            )  # fmt: skip

        added = band_week.add_squat(request, day, pool, room)
        if added is not None and band_week.squat_leads(request, day, find_exercise):
            _retimed(day, warm, cool)  # (the squat is the day's lower-body main lift)
        for item, exercise in [*([added] if added else []), *band_week.core_and_calves(request, day, pool, room)]:
            _credited(week, position, exercise, item.sets, day, warm, cool)


def _lift_kind(exercise: Exercise) -> str:
    """A lift's kind for taking a main lift's place: a press, a pull, a squat or lunge, a hinge."""
    if exercise.pattern in PUSH_PATTERNS:
        return "push"
    if exercise.pattern in PULL_PATTERNS:
        return "pull"
    return "knee" if exercise.pattern in ("squat", "lunge") else exercise.pattern


DAY_MAINS = 2  # a day's main lifts (a novice's strength day has three, all on the bar's linear fives: `_roles`)


def _promote_outdosing(request: Request, day: PlanDay) -> None:
    """A compound that still has more sets than a main lift of its day (its muscles at their floors kept them) is a
    main lift too: beside it when the day has room for another main lift, else in its place (the outdosed lift
    becomes a secondary one). The day is built around the lift with the most work, and its label names it (review
    25, p05: a 5-set row beside the 2-set "main" press). Not for a novice's linear fives or a wave lift (their doses
    are a main lift's own), nor a top-set lift."""

    def bigger(main: PlanExercise) -> list[tuple[PlanExercise, Exercise]]:
        # (in its place only a lift of its own kind: a press for a press; a squat's place is not a hinge's, which
        # keeps the week's lead lifts rotating, `_legs_lead_each_day`)
        room = sum(1 for i in day.exercises if i.role == "main") < DAY_MAINS
        kind = _lift_kind(get_exercise(main.exercise_id))
        return [
            (item, exercise) for item in day.exercises
            if item.role == "secondary" and item.sets > main.sets and item.duration_seconds is None
            and (exercise := find_exercise(item.exercise_id)) is not None and exercise.compound and exercise.hard_sets
            and choose_method(request, exercise, role="main") not in ("linear", "training_max_wave")
            and (room or _lift_kind(exercise) == kind)
        ]  # fmt: skip

    for _ in range(len(day.exercises)):
        mains = [i for i in day.exercises if i.role == "main"]
        outdosed = [
            m for m in mains
            if m.progression not in ("linear", "training_max_wave") and not has_top_set(m.notes) and bigger(m)
        ]  # fmt: skip
        if not outdosed:
            return
        main = min(outdosed, key=lambda m: m.sets)
        item, exercise = max(bigger(main), key=lambda pair: pair[0].sets)
        item.role, item.progression = "main", choose_method(request, exercise, role="main")
        swap = len(mains) >= DAY_MAINS
        if swap:
            lead = get_exercise(main.exercise_id)
            main.role, main.progression = "secondary", choose_method(request, lead, role="secondary")
        day.exercises.remove(item)  # in its place when it replaces it, else after it (the day keeps its lead lift)
        day.exercises.insert(day.exercises.index(main) + (0 if swap else 1), item)


def _spare(request: Request, day: PlanDay, warm: int, cool: int) -> int:
    return request.minutes * 60 - day_seconds(day, warm, cool)


def _one_set_more(
    muscle: Muscle, request: Request, days: list[PlanDay], week: Week, warm: int, cool: int, only: int | None = None
) -> bool:  # fmt: skip
    best: tuple[float, int, PlanExercise, Exercise] | None = None
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting" or only not in (None, position):
            continue
        spare = _spare(request, day, warm, cool)
        for item, exercise in _straight_lifts(day, paired=True):
            weight = _credit_weight(exercise, muscle)
            one_set = item_seconds(item, exercise) // max(1, item.sets)
            room = item.sets < sets_cap(request, exercise) and week.fits_sets(exercise, 1)
            if item.superset:  # a superset's set costs what the day's timing says (the partner's set is its rest)
                item.sets += 1
                room = room and _spare(request, day, warm, cool) >= 0
                item.sets -= 1
            else:
                room = room and one_set <= spare
            if weight and room and week.fits_session(position, exercise) and (best is None or weight > best[0]):
                best = (weight, position, item, exercise)
    if best is None:
        return False
    _, position, item, exercise = best
    item.sets += 1
    _credited(week, position, exercise, 1, days[position], warm, cool)
    return True


def _new_lift(
    muscle: Muscle, request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int,
    cool: int, only: int | None = None, variations: bool = False,
) -> bool:  # fmt: skip
    """Two sets of a lift from the pool that trains `muscle` first, on the lifting day with the most spare time
    (`only`: on that day; `variations`: a second variation of a movement may join the day, where nothing else can
    bring a floor muscle to its minimum, e.g. a one-arm row beside a bent-over row for the lats)."""
    options = [e for e in _direct_lifts(week, muscle) if week.fits_sets(e, 2)]
    if not options:
        return False  # (before the days' minutes are counted: nothing would be tried)
    # Each option's two sets as a plan item with their seconds (pure, memoised for the week): a day with less spare
    # time than the shortest of them takes none, and the seconds are the cheapest test of the rest.
    made_for = {e.id: _new_item(e, request, template, week) for e in options}
    least = min(seconds for _, seconds in made_for.values())
    spares = {
        p: spare
        for p, t in enumerate(week.templates)
        if t.kind == "lifting" and only in (None, p) and (spare := _spare(request, days[p], warm, cool)) >= least
    }
    # A full-body day without the lift's kind first: the chest's press goes where the day does not press yet, not beside
    # the day's press as a fly where the day has no row (review 23).
    option_kinds = [(e, day_kind(e)) for e in options]  # (each lift's kind once a call, not once a day)
    kinds = {kind for _, kind in option_kinds}
    lifting = sorted(spares, key=lambda p: (not kinds & _missing_kinds(days[p], week.templates[p]), -spares[p]))
    variations = variations or one_movement.variations_allowed(request)
    # Per day focus and kinds missing, the options in the order a day tries them (the same for days alike).
    ordered: dict[tuple[str, frozenset[str]], list[Exercise]] = {}
    for position in lifting:
        day, spare, day_template = days[position], spares[position], week.templates[position]
        taken = {i.exercise_id for i in day.exercises}
        # A full-body day short of a press, a pull or a leg lift takes that kind first (review 20, D9: a floor fly
        # was added beside a squat and a row where a floor press fitted).
        present: list[Exercise] | None = None  # the day's exercises, listed once a day when first needed
        lifts = None  # `_repeats_movement`'s day lifts, likewise
        missing = frozenset(_missing_kinds(day, day_template))
        tried = ordered.get((day_template.body, missing))
        if tried is None:
            # A main lift before an accessory of the same kind (review 23: a floor fly where a floor press fitted);
            # a leg lift never goes on an upper day.
            tried = ordered[(day_template.body, missing)] = [
                e
                for e, _ in sorted(option_kinds, key=lambda o: (o[1] not in missing, not o[0].main_lift))
                if day_template.allows(e)
            ]
        # The tests below are pure and the first lift passing them all is taken, so the cheap ones go first.
        for exercise in tried:
            if exercise.id in taken:
                continue
            made = made_for[exercise.id]
            if made[1] > spare:
                continue
            if not week.fits_session(position, exercise, sets=2):
                continue
            if present is None:
                present = [e for i in day.exercises if (e := find_exercise(i.exercise_id)) is not None]
            if doubles_up(present, exercise, week.heavy_back_days):
                continue  # (a stiff-leg deadlift beside a Romanian deadlift: the lower back does the work twice)
            if not variations:
                if lifts is None:
                    lifts = _day_lifts(day)
                if one_movement.too_many(day_template, lifts, exercise):
                    continue
            item = made[0].model_copy()
            day.exercises.insert(_slot(day.exercises, exercise), item)
            _credited(week, position, exercise, 2, day, warm, cool)
            return True
    return False


def _new_item(
    exercise: Exercise, request: Request, template: templates.Template, week: Week
) -> tuple[PlanExercise, int]:
    """`_new_lift`'s plan item for two sets of `exercise` and its seconds (the same on every day and every call:
    memoised for the week, `Week.new_items`)."""
    made = week.new_items.get((exercise.id, template.key))
    if made is None:
        rx, per_set = week.dose(exercise)
        role: Role = "accessory" if exercise.isolation else "secondary"
        item = _entry_item(Entry(exercise, rx, 2, per_set), role, request, template)
        made = week.new_items[(exercise.id, template.key)] = (item, item_seconds(item, exercise))
    return made


SHORT_WEEK_DAYS = 2  # at or under, in sessions of `SHORT_PAIRED_MINUTES` or less: the week presses, pulls and squats
_KIND_SLOTS: dict[str, tuple[tuple[Muscle, tuple[Pattern, ...]], ...]] = {
    "pull": (("upper_back", ("horizontal_pull",)), ("lats", ("vertical_pull", "horizontal_pull"))),
    "press": (("chest", ("horizontal_push",)), ("front_delts", ("vertical_push",))),
    "legs": (("quads", ("squat", "lunge")), ("glutes", ("hinge",)), ("hamstrings", ("hinge",))),
}


def _three_kinds_in_short_weeks(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:
    """A week of one or two short paired sessions (20 minutes or less) holds a press, a pull and a leg lift: a kind
    the week lacks joins the shortest day as two sets of a compound lift, a tri-set with the day's pair, when the day
    stays within its minutes (review 24: 1 x 15 minutes was a squat and a press, no pull all week). A coach keeps
    the three basic patterns in the shortest program and cuts sets, not patterns (ACSM 2009: multi-joint exercises for
    each major muscle group; NSCA: paired sets when time is short)."""
    short = request.paired and request.minutes <= short_days.SHORT_PAIRED_MINUTES
    # A one-day week of any length too (hAE: a 1 x 50 older cable week squatted, pressed and curled the legs, no pull;
    # a 1 x 36 cable week squatted and pressed beside its jog): its one session is the whole week.
    lifting = [p for p, t in enumerate(week.templates) if t.kind == "lifting" and t.body == "full"]
    if not (short and request.lifting_days <= SHORT_WEEK_DAYS) and request.lifting_days != 1:
        if short and not request.heart_prescription:  # (a heart week's two-lift days rotate: `short_days`)
            _three_kinds_each_short_day(request, template, days, week, warm, cool, lifting)
        return
    for kind, slots in _KIND_SLOTS.items():
        have = {
            day_kind(e)
            for d in days
            for i in d.exercises
            if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id)) is not None and e.hard_sets
        }
        if kind in have:
            continue
        ordered = sorted(lifting, key=lambda p: day_seconds(days[p], warm, cool))
        if any(_kind_added(kind, slots, request, template, days[p], p, week, warm, cool) for p in ordered):
            continue
        # A one-day week's session is the whole week: the kind comes in at one set, the other lifts giving sets down
        # to one, when two sets do not fit (review 25: 1 x 15 older and heart-answer weeks never pulled). One set of
        # each of the basic patterns is the older adult's and the cardiac patient's guideline dose (ACSM/AHA, Nelson
        # et al. 2007: one set or more of 8-10 exercises; AACVPR: one set of 10-15 reps) and trains a novice too.
        if request.lifting_days == 1:
            any(_kind_added(kind, slots, request, template, days[p], p, week, warm, cool, sets=1) for p in ordered)
    if short and not request.heart_prescription:  # (a heart week's two-lift days rotate: `short_days`)
        _three_kinds_each_short_day(request, template, days, week, warm, cool, lifting)


def _three_kinds_each_short_day(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int,
    lifting: list[int],
) -> None:  # fmt: skip
    """Each short paired full-body day (20 minutes or less) presses, pulls and trains the legs: a press or pull the
    day lacks joins it as two sets in a tri-set where the minutes hold (a third set of the day's lift makes way;
    review 25, defect 3: 3 x 15 hypertrophy was squat + bench on days A and C, RDL + row on B, pulling half the
    pressing and no vertical pull). The pattern the week has fewest sets of comes first (a pulldown beside the rows,
    an overhead press beside the bench presses). A coach's short full-body day is a squat or hinge, a push and a pull
    (ACSM 2009; NSCA: each major muscle group 2-3 times a week)."""
    for position in lifting:
        day = days[position]
        for kind in ("pull", "press"):
            kinds = {day_kind(e) for i, e in _hard_lifts(day)}
            if kind in kinds or "legs" not in kinds:
                continue
            slots = tuple(sorted(_KIND_SLOTS[kind], key=lambda slot: _pattern_sets(days, slot[1][:1])))
            if _kind_added(kind, slots, request, template, day, position, week, warm, cool, timed=True):
                continue
            # A dumbbell or kettlebell lift of 8 reps or more needs no lighter set first in a short session that
            # opens with its warm-up (`_ramp_up`: one at most for such lifts); its minute buys the missing pattern.
            # Not past 65 (`_older_ramp`).
            ramped = [i for i in day.exercises if i.warmup_sets and i.reps_min >= 8 and _held_weights(i)]
            if request.older or not ramped:
                continue
            ramps = [i.warmup_sets for i in ramped]
            for item in ramped:
                item.warmup_sets = 0
            if not _kind_added(kind, slots, request, template, day, position, week, warm, cool, timed=True):
                for item, ramp in zip(ramped, ramps, strict=True):
                    item.warmup_sets = ramp
                _retimed(day, warm, cool)
    _pulls_match_presses(request, days, week, warm, cool)


def _pulls_match_presses(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> None:
    """A short week pulls as many sets as it presses: a set of a day's press with three or more moves to the day's
    pull while the day keeps its minutes and the pull its cap (review 25, defect 3: 20-minute hypertrophy weeks
    pressed 9 sets and pulled 6; NSCA: balance pushing with pulling for the shoulders)."""
    limit = request.minutes * 60 + 29
    for _ in range(12):
        moved = False
        if _pattern_sets(days, tuple(PUSH_PATTERNS)) - _pattern_sets(days, tuple(PULL_PATTERNS)) < 2:
            return
        for position, day in enumerate(days):
            lifts = _hard_lifts(day)
            presses = [(i, e) for i, e in lifts if e.pattern in PUSH_PATTERNS and i.sets >= 3
                       and i.progression != "training_max_wave" and _keeps_reached_floors(week, e, 1)]  # fmt: skip
            pulls = [(i, e) for i, e in lifts if e.pattern in PULL_PATTERNS and i.sets < sets_cap(request, e)
                     and week.fits_sets(e, 1)]  # fmt: skip
            if not presses or not pulls:
                continue
            (press, pe), (pull, pl) = max(presses, key=lambda p: p[0].sets), min(pulls, key=lambda p: p[0].sets)
            press.sets, pull.sets = press.sets - 1, pull.sets + 1
            if day_seconds(day, warm, cool) > limit:
                press.sets, pull.sets = press.sets + 1, pull.sets - 1
                continue
            press.warmup_sets = min(press.warmup_sets, max(1, press.sets - 1)) if press.warmup_sets else 0
            _credited(week, position, pe, -1, day, warm, cool)
            _credited(week, position, pl, 1, day, warm, cool)
            moved = True
            break
        if not moved:
            return


def _pattern_sets(days: list[PlanDay], patterns: tuple[Pattern, ...]) -> int:
    """The week's working sets of lifts of these patterns."""
    return sum(i.sets for d in days for i, e in _hard_lifts(d) if e.pattern in patterns)


def _hard_lifts(day: PlanDay) -> list[tuple[PlanExercise, Exercise]]:
    """The day's lifts that count as hard sets, with their catalog rows."""
    return [(i, e) for i in day.exercises
            if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id)) is not None and e.hard_sets]  # fmt: skip


def _kind_added(
    kind: str, slots: tuple[tuple[Muscle, tuple[Pattern, ...]], ...], request: Request, template: templates.Template,
    day: PlanDay, position: int, week: Week, warm: int, cool: int, *, sets: int = 2, timed: bool = False,
) -> bool:  # fmt: skip
    """Two sets of a compound lift of `kind` on the day, if one fits the week's bands, the day's ceilings and the
    session's minutes, beside a barbell lift only when it is off the bar (`supersets._fit`): the three lifts rest less
    after each set (`_tri_set_rests`) and a third set of the day's lift may make way. `sets=1`: one set, and the day's
    other lifts give sets down to one each, most sets first (a one-day week's last resort). `timed`: the day's own
    minutes decide, at tri-set rests, not the allocator's estimate of a straight day (`_three_kinds_each_short_day`)."""
    present = [e for i in day.exercises if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id)) is not None]
    taken = {e.id for e in present}
    on_bar = any(bar_days.barbell(e) for e in present)
    limit = request.minutes * 60 + 29  # never over the asked minutes once rounded (short weeks never run over)
    seen: set[str] = set()
    for muscle, patterns in slots:
        for exercise in week.options(position, Slot(muscle, True, patterns)):
            if exercise.id in seen or exercise.id in taken or exercise.pattern not in patterns:
                continue
            seen.add(exercise.id)
            unfit = not exercise.compound or day_kind(exercise) != kind or week.oddity(exercise)
            unfit = (
                unfit or (on_bar and bar_days.barbell(exercise)) or doubles_up(present, exercise, week.heavy_back_days)
            )
            unfit = unfit or _repeats_movement(request, day, week.templates[position], exercise)
            if unfit or not week.fits_sets(exercise, sets):
                continue
            dropped = None
            if not timed and not week.fits_session(position, exercise, sets=sets):
                # A one-day week's isolation accessory makes way for the basic pattern (a leg curl for a row).
                dropped = _drop_accessory(request, day, position, week, exercise) if request.lifting_days == 1 else None
                if dropped is None:
                    continue
            rx, per_set = week.dose(exercise)
            item = _entry_item(Entry(exercise, rx, sets, per_set), "secondary", request, template)
            before = [(i, i.rest_seconds, i.sets) for i in day.exercises]
            blocks = [(i, i.duration_seconds, i.notes) for i in day.exercises if i.role == "conditioning"]
            day.exercises.insert(_slot(day.exercises, exercise), item)
            gone: list[tuple[int, PlanExercise]] = []
            if day_seconds(day, warm, cool) > limit and request.lifting_days == 1:
                _block_gives(request, day, day_seconds(day, warm, cool) - limit, second_goal=True)  # the block first
                if day_seconds(day, warm, cool) > limit and request.goal != "endurance" and not _block_kept(request):
                    # Too short to keep a useful length: a lifting goal's one session trains the pattern instead
                    # (a heart or blood-pressure answer's walk stays, `_block_kept`).
                    gone = [(n, i) for n, i in enumerate(day.exercises) if i.role == "conditioning"]
                    day.exercises = [i for i in day.exercises if i.role != "conditioning"]
            if day_seconds(day, warm, cool) > limit and request.lifting_days == 1 and dropped is None:
                dropped = _drop_accessory(request, day, position, week, exercise, room=True)
                before = [(i, r, n) for i, r, n in before if i is not (dropped[0] if dropped else None)]
            if day_seconds(day, warm, cool) > limit and request.paired:
                _tri_set_rests(day, request, heavy=timed)
            # Fewer sets, not fewer patterns: a third set of the day's lift makes way for the kind the week lacks.
            most = max((i for i, _, _ in before if i.role in LIFT_ROLES), key=lambda i: i.sets, default=None)
            if day_seconds(day, warm, cool) > limit and most is not None and most.sets >= 3:
                most.sets -= 1
            while sets == 1 and day_seconds(day, warm, cool) > limit:
                givers = [i for i, _, _ in before if i.role in LIFT_ROLES and i.sets >= 2]
                if not givers:
                    break
                # (an upper-body lift first on a tie: an older week never presses more than it squats, hU)
                max(givers, key=lambda i: (i.sets, exercise_upper(get_exercise(i.exercise_id)))).sets -= 1
            if day_seconds(day, warm, cool) > limit:
                day.exercises.remove(item)
                for kept, rest, had in before:
                    kept.rest_seconds, kept.sets = rest, had
                for block, duration, notes in blocks:
                    block.duration_seconds, block.notes = duration, notes
                for index, block in gone:
                    day.exercises.insert(index, block)
                if dropped is not None:  # the accessory comes back
                    day.exercises.insert(dropped[1], dropped[0])
                    week.count_sets(position, get_exercise(dropped[0].exercise_id), dropped[0].sets)
                continue
            for kept, _, had in before:  # (`had`: `sets` is the new lift's, credited below)
                if kept.sets != had:
                    kept.warmup_sets = min(kept.warmup_sets, max(1, kept.sets - 1))
                    week.count_sets(position, get_exercise(kept.exercise_id), kept.sets - had)
            _credited(week, position, exercise, sets, day, warm, cool)
            return True
    return False


def _drop_accessory(
    request: Request, day: PlanDay, position: int, week: Week, exercise: Exercise, *, room: bool = False
) -> tuple[PlanExercise, int] | None:
    """Take the day's longest isolation accessory out (with its place) so two sets of `exercise` fit the session's
    ceilings, or (`room`) so the day has the minutes for them; None when no accessory's going would do it. The
    accessory's sets leave the week's count."""
    options = [
        (index, item, found)
        for index, item in enumerate(day.exercises)
        if item.role == "accessory" and (found := find_exercise(item.exercise_id)) is not None and found.isolation
        and found.hard_sets and item.exercise_id != exercise.id
    ]  # fmt: skip
    for index, item, found in sorted(options, key=lambda o: -item_seconds(o[1], o[2])):
        week.count_sets(position, found, -item.sets)
        if room or week.fits_session(position, exercise, sets=2):
            day.exercises.remove(item)
            return item, index
        week.count_sets(position, found, item.sets)
    return None


def _tri_set_rests(day: PlanDay, request: Request, *, heavy: bool = False) -> None:
    """Three lifts done in turn rest two thirds of a pair's rest after each set: each muscle still rests as long
    between its own sets (two partners' sets and three rests against one set and two), never under a superset's least
    (`rests.superset_rest`'s floors: a minute after a loaded multi-joint lift), nor under a minute for an older adult
    or a PAR-Q answer (`rules.PAR_Q_MIN_REST`: a 96-year-old's wall push-up rested 45 s)."""
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if item.role not in LIFT_ROLES or exercise is None or item.duration_seconds is not None:
            continue
        least = COMPOUND_MIN_REST if loaded_compound(exercise) else SUPERSET_MIN_REST
        least = max(least, PAR_Q_MIN_REST) if request.older or request.par_q else least
        # `heavy` (a short day's third lift, `_three_kinds_each_short_day`): a heavy barbell squat, deadlift or RDL
        # keeps its 90 s (review 24, hN); a one-day week's tri-set is left as hT wrote it.
        least = max(least, HEAVY_LOWER_MIN_REST) if heavy and exercise.id in HEAVY_LOWER_BARBELL else least
        item.rest_seconds = max(least, min(item.rest_seconds, item.rest_seconds * 2 // 3 // 15 * 15))


def _pushes_and_pulls(day: PlanDay) -> tuple[list[PlanExercise], list[PlanExercise]]:
    """The day's hard-set pressing and pulling lifts (a fly presses, a face pull pulls)."""
    lifts = [(i, e) for i in day.exercises
             if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id)) and e.hard_sets]  # fmt: skip
    return [i for i, e in lifts if e.pattern in PUSH_PATTERNS], [i for i, e in lifts if e.pattern in PULL_PATTERNS]


def _pull_beside_press(request: Request, days: list[PlanDay], week: Week, warm: int, cool: int) -> None:
    """A day that presses more than it pulls trades a press with a day that pulls more than it presses, lift for lift
    (the week's sets stay as they are): a pull at least as often as a push on each day (review 23: a day of a goblet
    squat, a wall push-up and a floor fly beside a day of two rows; the shoulders are kept balanced session by
    session, NSCA's Essentials). Not a day's main lift, and only while both days keep to their minutes."""
    lifting = [p for p, t in enumerate(week.templates) if t.kind == "lifting"]
    for position in lifting:
        for other in lifting:
            day, giver = days[position], days[other]
            if other == position or week.templates[position].body != week.templates[other].body:
                continue
            pushes, pulls = _pushes_and_pulls(day)
            their_pushes, their_pulls = _pushes_and_pulls(giver)
            if len(pushes) <= len(pulls) or len(their_pulls) <= len(their_pushes):
                continue
            _trade_press_for_pull(request, (position, day, pushes), (other, giver, their_pulls), week, warm, cool)


def _trade_press_for_pull(
    request: Request, here: tuple[int, PlanDay, list[PlanExercise]], there: tuple[int, PlanDay, list[PlanExercise]],
    week: Week, warm: int, cool: int,
) -> bool:  # fmt: skip
    """The first press of `here` and pull of `there` (neither a main lift, neither on the other day already) that
    change places with both days still inside their minutes."""
    (position, day, pushes), (other, giver, pulls) = here, there
    for press in (i for i in pushes if i.role != "main" and not i.superset):
        for pull in (i for i in pulls if i.role != "main" and not i.superset):
            if pull.exercise_id in {i.exercise_id for i in day.exercises} or press.exercise_id in {
                i.exercise_id for i in giver.exercises
            }:
                continue
            if _repeats_movement(
                request, day, week.templates[position], get_exercise(pull.exercise_id), but=press
            ) or _repeats_movement(request, giver, week.templates[other], get_exercise(press.exercise_id), but=pull):
                continue  # (a second row where the day rows already: review 24, D8)
            mine, theirs = list(day.exercises), list(giver.exercises)
            for target, gone, came in ((day, press, pull), (giver, pull, press)):
                target.exercises.remove(gone)  # (in its place among compound and isolation lifts: `_slot`)
                target.exercises.insert(_slot(target.exercises, get_exercise(came.exercise_id)), came)
                _retimed(target, warm, cool)
            if _spare(request, day, warm, cool) >= 0 and _spare(request, giver, warm, cool) >= 0:
                for at, gone, came in ((position, press, pull), (other, pull, press)):
                    week.count_sets(at, get_exercise(gone.exercise_id), -gone.sets)
                    week.count_sets(at, get_exercise(came.exercise_id), came.sets)
                return True
            day.exercises, giver.exercises = mine, theirs
            _retimed(day, warm, cool)
            _retimed(giver, warm, cool)
    return False


def _missing_kinds(day: PlanDay, template: DayTemplate) -> set[str]:
    """The press, pull or leg lift a full-body day has none of."""
    if template.body != "full":
        return set()
    return {"press", "pull", "legs"} - {day_kind(e) for i in day.exercises if (e := find_exercise(i.exercise_id))}


def _slot(items: list[PlanExercise], exercise: Exercise) -> int:
    """Where a lift added to a day goes: after the day's last lift (a compound before the first isolation lift),
    so the balance drill, walk and stretches stay after the lifting and no compound follows isolation work."""
    lifts = [i for i, x in enumerate(items) if x.role in ("main", "secondary", "accessory")]
    if not exercise.isolation:
        for i in lifts:
            found = find_exercise(items[i].exercise_id)
            if found is not None and found.isolation:
                return i
    # An isolation lift also goes after the compound drills among the extras (an older adult's fast chair stands).
    compound = [i for i, x in enumerate(items) if x.role not in ("conditioning", "mobility")
                and (found := find_exercise(x.exercise_id)) is not None and not found.isolation]  # fmt: skip
    return max([*lifts, *(compound if exercise.isolation else [])], default=-1) + 1


def _trade_a_set(muscle: Muscle, floor: int, days: list[PlanDay], week: Week, warm: int, cool: int) -> bool:
    """One set less of a lift that loads a muscle at the band's top and not `muscle` (and leaves every floor
    met), so a lift for `muscle` fits: glutes at the top kept an older adult's leg curls out, hamstrings short."""
    direct = _direct_lifts(week, muscle)
    if not direct:
        return False
    loaded = (*direct[0].primary_muscles, *direct[0].secondary_muscles)
    full = {m for m in loaded if m != muscle and not week.fits_sets_for(m, 1.0)}
    if not full:
        return False
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for item in day.exercises:
            exercise = find_exercise(item.exercise_id)
            if exercise is None or item.sets < 3 or item.superset or item.role not in ("secondary", "accessory"):
                continue
            if _credit_weight(exercise, muscle) or not full & {*exercise.primary_muscles, *exercise.secondary_muscles}:
                continue
            if any(m in FLOOR_MUSCLES and week.credit[m] - 1 < floor for m in exercise.primary_muscles):
                continue
            item.sets -= 1
            _credited(week, position, exercise, -1, day, warm, cool)
            return True
    return False


def _no_lone_sets(
    request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int, cool: int
) -> None:
    """A working lift left at one set (the allocator keeps it when it is the week's only press, pull or leg lift, or
    when its set could not go elsewhere) gets a second: from the day's spare minutes, else one set of the day's
    largest other lift of three or more sets (isolation first), else a few minutes of the day's steady block. One
    set is a demonstration, not a training stimulus (ACSM 2009: multiple sets for progression; review 20: "Seated
    cable row 1 x 10-15" as a week's only pulling, a lat pulldown at 1 set beside cable flyes at 4)."""
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for item in [i for i in day.exercises if i.role in ("main", "secondary", "accessory") and i.sets == 1]:
            exercise = find_exercise(item.exercise_id)
            if exercise is None or not exercise.hard_sets or sets_cap(request, exercise) < 2:
                continue
            if not week.fits_sets(exercise, 1):  # the band's top: the set joins its twin on another day, or goes
                if _merged(request, position, days, item, exercise, week, warm, cool):
                    continue
                if _replaced(request, template, position, day, item, exercise, week, warm, cool):
                    continue
                if _floors_kept(request, week, exercise) and _kind_elsewhere(day, item, exercise):
                    day.exercises.remove(item)
                    _credited(week, position, exercise, -1, day, warm, cool)
                continue
            item.sets += 1
            _credited(week, position, exercise, 1, day, warm, cool)
            if week.day_sets[position] <= week.session_max and _spare(request, day, warm, cool) >= 0:
                continue
            if _lone_set_room(request, position, day, item, week, warm, cool):
                continue
            item.sets -= 1
            _credited(week, position, exercise, -1, day, warm, cool)
            if not _merged(request, position, days, item, exercise, week, warm, cool):
                _paired_lone_sets(request, position, day, item, exercise, week, warm, cool)


def _kind_elsewhere(day: PlanDay, lone: PlanExercise, exercise: Exercise) -> bool:
    """The day has another lift of the lone lift's kind (press, pull, legs), or it is not a full-body day's kind."""
    kind = day_kind(exercise)
    if kind not in ("press", "pull", "legs"):
        return True
    return any(
        i is not lone and (e := find_exercise(i.exercise_id)) is not None and e.hard_sets and day_kind(e) == kind
        for i in day.exercises
        if i.role in ("main", "secondary", "accessory")
    )


def _replaced(
    request: Request, template: templates.Template, position: int, day: PlanDay, lone: PlanExercise,
    exercise: Exercise, week: Week, warm: int, cool: int,
) -> bool:  # fmt: skip
    """A lone lift at the band's top swapped for two sets of another lift of its kind that the band has room for (an
    older adult's lone bodyweight squat, the glutes at their top from chair stands and good mornings, becomes two
    sets of banded leg curls: the day still trains the legs, now with a stimulus)."""
    kind, taken = day_kind(exercise), {i.exercise_id for i in day.exercises}
    if kind not in ("press", "pull", "legs") or not (week.time_limited or _floors_kept(request, week, exercise)):
        return False
    index = day.exercises.index(lone)
    del day.exercises[index]
    _credited(week, position, exercise, -1, day, warm, cool)
    # (moving lifts before holds: a banded leg curl before a wall sit)
    lead = exercise.primary_muscles[0]
    for other in sorted(week.pool, key=lambda e: (e.load_type in ("time", "distance"), week.oddity(e),
                                                  lead not in e.primary_muscles)):  # fmt: skip
        if other.id in taken or not other.hard_sets or day_kind(other) != kind or not week.fits_sets(other, 2):
            continue
        if not week.templates[position].allows(other) or not week.fits_session(position, other, sets=2):
            continue
        if _repeats_movement(request, day, week.templates[position], other):
            continue
        rx, per_set = week.dose(other)
        item = _entry_item(Entry(other, rx, 2, per_set), lone.role or "secondary", request, template)
        day.exercises.insert(index, item)
        _credited(week, position, other, 2, day, warm, cool)
        if _spare(request, day, warm, cool) >= 0:
            return True
        del day.exercises[index]
        _credited(week, position, other, -2, day, warm, cool)
    day.exercises.insert(index, lone)
    _credited(week, position, exercise, 1, day, warm, cool)
    return False


def _floors_kept(request: Request, week: Week, exercise: Exercise) -> bool:
    """One set less of `exercise` leaves every floor muscle it trains (fully or half) at its floor."""
    return week.keeps_floors(exercise)


def _paired_lone_sets(
    request: Request, position: int, day: PlanDay, item: PlanExercise, exercise: Exercise, week: Week, warm: int,
    cool: int,
) -> None:  # fmt: skip
    """Two lone lifts on one day with no room for a second set of either: the later one's minutes go to the earlier
    one (a mobility day's 1 x squat and 1 x push-up become 2 x squat): two sets of one lift train, one of each does
    not."""
    others = [i for i in day.exercises if i is not item and i.sets == 1 and i.role in ("secondary", "accessory")
              and (e := find_exercise(i.exercise_id)) is not None and e.hard_sets]  # fmt: skip
    if item not in day.exercises or not others:
        return
    other = others[-1]
    if not week.time_limited and not _floors_kept(request, week, get_exercise(other.exercise_id)):
        return
    index, gone = day.exercises.index(other), get_exercise(other.exercise_id)
    del day.exercises[index]
    _credited(week, position, gone, -1, day, warm, cool)
    item.sets += 1
    _credited(week, position, exercise, 1, day, warm, cool)
    if _spare(request, day, warm, cool) >= 0 and week.fits_sets(exercise, 0):
        return
    item.sets -= 1
    _credited(week, position, exercise, -1, day, warm, cool)
    day.exercises.insert(index, other)
    _credited(week, position, gone, 1, day, warm, cool)


def _merged(
    request: Request, position: int, days: list[PlanDay], lone: PlanExercise, exercise: Exercise, week: Week,
    warm: int, cool: int,
) -> bool:  # fmt: skip
    """A lone set that cannot get a second one on its day (the band's top, the session's ceiling) joins the same lift
    on another day, where it makes two sets or more: the week's sets stay, and each one that is done is a training
    stimulus (a bodyweight squat at 1 set on Monday and Friday becomes 2 sets on Monday)."""
    for other, day in enumerate(days):
        if other == position:
            continue
        twin = next((i for i in day.exercises if i.exercise_id == lone.exercise_id and i.role == lone.role), None)
        if twin is None or twin.sets + 1 > sets_cap(request, exercise) or not week.fits_session(other, exercise):
            continue
        twin.sets += 1
        _credited(week, other, exercise, 1, day, warm, cool)
        if _spare(request, day, warm, cool) < 0:
            twin.sets -= 1
            _credited(week, other, exercise, -1, day, warm, cool)
            continue
        days[position].exercises.remove(lone)
        _credited(week, position, exercise, -1, days[position], warm, cool)
        return True
    return False


def _lone_set_room(
    request: Request, position: int, day: PlanDay, lone: PlanExercise, week: Week, warm: int, cool: int
) -> bool:  # fmt: skip
    """Room for a lone lift's second set (already added): a set of the day's largest other lift of 3+ sets, whose
    muscles keep their floors (isolation work first), or minutes of the day's steady block (it keeps its minimum)."""
    floor, _ = request.band
    ahead = max(week.credit[n] for n in get_exercise(lone.exercise_id).primary_muscles)
    donors = [
        (item, exercise)
        for item in day.exercises
        if item is not lone and item.role in ("secondary", "accessory") and item.sets >= 3
        and (exercise := find_exercise(item.exercise_id)) is not None and exercise.hard_sets
        # (its muscles keep their floor, or an isolation lift's stay ahead of the lone lift's: a fourth set of cable
        # flyes is worth less than a second set of the week's only pulldown)
        and all(week.credit[m] - 1 >= floor or m not in FLOOR_MUSCLES
                or (week.time_limited and exercise.isolation and week.credit[m] - 1 >= ahead)
                for m in exercise.primary_muscles)
    ]  # fmt: skip
    for item, exercise in sorted(donors, key=lambda d: (not d[1].isolation, -d[0].sets)):
        given = 0
        while item.sets - 1 >= 2 and given < 2:  # a heavy set can cost two light ones; the donor keeps two
            item.sets, given = item.sets - 1, given + 1
            _credited(week, position, exercise, -1, day, warm, cool)
            if week.day_sets[position] <= week.session_max and _spare(request, day, warm, cool) >= 0:
                return True
        item.sets += given
        _credited(week, position, exercise, given, day, warm, cool)
    block = next((i for i in day.exercises if i.role == "conditioning" and i.sets == 1 and i.duration_seconds), None)
    if block is None or block.duration_seconds is None or week.day_sets[position] > week.session_max:
        return False
    minutes = whole_minutes(block.duration_seconds)
    need = -_spare(request, day, warm, cool)  # seconds over the session
    kept = minutes - -(-need // 60)
    if kept < templates.MIN_BLOCK_MINUTES:
        return False
    block.duration_seconds = kept * 60
    block.notes = block.notes.replace(f"{minutes} min steady", f"{kept} min steady", 1)
    _retimed(day, warm, cool)
    return _spare(request, day, warm, cool) >= 0


CORE_MUSCLES = frozenset({"abs", "obliques"})


def _core_gives_way(
    muscle: Muscle, request: Request, template: templates.Template, days: list[PlanDay], week: Week, warm: int,
    cool: int,
) -> bool:  # fmt: skip
    """A muscle under its floor for want of minutes takes the minutes of a core lift (crunches, knee raises), whole,
    on a day where they buy it a set or a new lift (review 20, D4: 6 sets of abs a week while the hamstrings stayed
    under their floor). The big lifts brace the trunk hard (squats, deadlifts, rows: Hamlyn et al. 2007; Schoenfeld
    and Contreras 2013), so direct core work comes after every floor; given back when its minutes buy nothing."""
    held = _held_basics(request)
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        core = [
            (item, exercise)
            for item, exercise in _straight_lifts(day)
            if exercise.hard_sets
            and set(exercise.primary_muscles) <= CORE_MUSCLES
            and item.role == "accessory"
            and exercise.id not in held  # a held back's curl-up is its care, not spare core work (review 28, q16)
        ]
        if not core or not any(week.templates[position].allows(e) for e in _direct_lifts(week, muscle)):
            continue  # (an upper day's crunches buy the hamstrings nothing)
        item, exercise = core[-1]
        index = day.exercises.index(item)
        del day.exercises[index]
        _credited(week, position, exercise, -item.sets, day, warm, cool)
        before = week.credit[muscle]  # (the other days had no room: `_top_up_floors` asked them first)
        while week.credit[muscle] < request.band[0] and (
            _one_set_more(muscle, request, days, week, warm, cool)
            or _new_lift(muscle, request, template, days, week, warm, cool)
        ):
            pass
        if week.credit[muscle] > before:
            return True
        day.exercises.insert(index, item)
        _credited(week, position, exercise, item.sets, day, warm, cool)
    return False


BLOCK_GIVES_MINUTES = 5  # the most a day's steady block gives up for the floors' sets


def _set_from_block(
    muscle: Muscle, request: Request, days: list[PlanDay], week: Week, warm: int, cool: int, given: dict[int, int]
) -> bool:  # fmt: skip
    """A set more of a lift for `muscle`, its minutes taken from the day's steady aerobic block (a few minutes of
    zone 2 for a floor the validator checks: a one-day week of 130 minutes stopped a hamstring set short with a
    45-minute run after the lifting). The block keeps at least its minimum and says its new length."""
    for position, day in enumerate(days):
        steady = (i for i in day.exercises if i.role == "conditioning" and i.sets == 1 and i.duration_seconds)
        block = next(steady, None)
        if week.templates[position].kind != "lifting" or block is None or block.duration_seconds is None:
            continue
        minutes = whole_minutes(block.duration_seconds)
        for item, exercise in _straight_lifts(day):
            room = item.sets < sets_cap(request, exercise) and week.fits_sets(exercise, 1)
            if not _credit_weight(exercise, muscle) or not room:
                continue
            need = item_seconds(item, exercise) // max(1, item.sets) - _spare(request, day, warm, cool)
            give = -(-need // 60)
            kept = minutes - give
            if given.get(position, 0) + give > BLOCK_GIVES_MINUTES or kept < templates.MIN_BLOCK_MINUTES:
                continue
            if not week.fits_session(position, exercise):
                continue
            block.duration_seconds = kept * 60
            block.notes = block.notes.replace(f"{minutes} min steady", f"{kept} min steady", 1)
            given[position] = given.get(position, 0) + give
            item.sets += 1
            _credited(week, position, exercise, 1, day, warm, cool)
            return True
    return False


def _straight_lifts(day: PlanDay, *, paired: bool = False) -> Iterator[tuple[PlanExercise, Exercise]]:
    """The day's lifts done as straight sets (and, `paired`, a superset's), with their catalog entries."""
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is not None and item.role in ("main", "secondary", "accessory") and (paired or not item.superset):
            yield item, exercise


def _direct_lifts(week: Week, muscle: Muscle) -> list[Exercise]:
    """The pool's hard-set lifts that train `muscle` first, the most direct first (a leg curl for the hamstrings),
    a bodyweight regression below a trained person's level last (review 18: wall push-ups added for the chest of an
    intermediate with kettlebells, where a kettlebell floor press fitted)."""
    lifts = week.direct_lifts.get(muscle)
    if lifts is None:
        found = (e for e in week.pool if muscle in e.primary_muscles and e.hard_sets)
        lifts = sorted(found, key=lambda e: (_regression_for(week.request, e), len(e.primary_muscles), e.id))
        week.direct_lifts[muscle] = lifts
    return lifts


def _regression_for(request: Request, exercise: Exercise) -> bool:
    """A bodyweight variation easier than a trained person's level, where their own level's work exists (older
    adults and PAR-Q answers keep the easier ones)."""
    if request.level == "beginner" or request.older or request.par_q or exercise.load_type != "bodyweight":
        return False
    return LEVEL_RANK[exercise.level] < LEVEL_RANK[request.level]


def _credited(week: Week, position: int, exercise: Exercise, sets: int, day: PlanDay, warm: int, cool: int) -> None:
    """Account `sets` more (or fewer) sets on the day, and keep its minutes and time note true."""
    week.count_sets(position, exercise, sets)
    _retimed(day, warm, cool)


def _retimed(day: PlanDay, warm: int, cool: int) -> None:
    """The day's minutes and time note after its items changed."""
    day.estimated_minutes = round(day_seconds(day, warm, cool) / 60)
    day.time_note = re.sub(r"^About \d+ of", f"About {day.estimated_minutes} of", day.time_note)


FULL_DAY_SLACK_MINUTES = 6  # spare minutes too few for another exercise's sets: the day is full
LIGHT_DAY_RPE_DROP = 1.5  # a heavy lift trained again the next day is done lighter (heavy/light days)
HARD_DAY_RPE = 7.0  # 3 reps or fewer in reserve: hard work for its muscles, which then rest about 48 h


def _beside(weekday: int, days: list[PlanDay]) -> list[PlanDay]:
    """The days written before this weekday's that sit next to it: yesterday, and for a Sunday the Monday the week
    starts again with (the week repeats: Sunday's squats and Monday's are back to back too)."""
    return [
        d for d in days if d.day_index < weekday and (d.day_index == weekday - 1 or (weekday == 6 and d.day_index == 0))
    ]


def _hard_muscles(exercise_id: str) -> set[str]:
    exercise = find_exercise(exercise_id)
    if exercise is None or not exercise.hard_sets:
        return set()
    return {str(m) for m in exercise.primary_muscles} - {"abs", "obliques", "lower_back"}


def _light_after_heavy(items: list[PlanExercise], beside: list[PlanDay], request: Request) -> None:
    """A lift for muscles trained hard on a day next to this one (`beside`: yesterday, and for a Sunday the next
    Monday) is today's light version: RPE 1.5 lower, said in its notes. The same muscles worked hard are spaced about
    48 h (NSCA; heavy/light days, as in Texas-method weeks), whichever lift trained them: the thirteenth review had
    leg press at RPE 8 on Monday and Tuesday; review 21 (D6) a barbell squat on Thursday and a hack squat on Friday."""
    if not beside:
        return
    # Any lift taken hard, not only a main one (the fifteenth review: a pec deck and lying leg curls at RPE 8 five
    # days running where a severe elbow left little else); core work aside, which the big lifts brace every day.
    hard = ("main", "secondary", "accessory")
    worked = {m for day in beside for i in day.exercises if i.role in hard and i.target_rpe >= HARD_DAY_RPE
              for m in _hard_muscles(i.exercise_id)}  # fmt: skip
    heavy = {i.exercise_id for i in items if i.target_rpe >= HARD_DAY_RPE and _hard_muscles(i.exercise_id) & worked}
    for index, item in enumerate(items):
        if item.exercise_id in heavy and item.role in hard:
            note = "Light day: these muscles work hard the day before or after, so 3-4 reps short of failure today."
            # Straight sets on the light day: yesterday's top-set scheme at RPE 8 is not today's (the fourteenth
            # review read "One top set ... RPE 8" beside "Light day" on an RPE 6.5 line).
            # One effort cue and the rest of today's dose (the seventeenth review's hunt: "1-2 reps short" beside
            # "3-4 reps short", and a light day's set resting as long as yesterday's hard one).
            kept = re.sub(r"Stop about [^.]* short of failure\.\s*", "", without_top_set(item.notes))
            rpe = max(6.0, min(item.target_rpe - LIGHT_DAY_RPE_DROP, HARD_DAY_RPE - 0.5))  # easy: 3+ in reserve
            exercise = find_exercise(item.exercise_id)
            # The light-day cue always shows; the lift's own note keeps whole sentences within the schema's limit
            # (an injured area's cue beside it ran past 300 characters and the validator could not read the plan).
            while kept and len(f"{kept} {note}") > NOTES_MAX:
                kept = kept.rsplit(". ", 1)[0] + "." if ". " in kept.rstrip(". ") else ""
            update: dict[str, Any] = {"target_rpe": rpe, "notes": f"{kept} {note}".strip()}
            if exercise is not None and item.duration_seconds is None and not item.superset:
                reps = (item.reps_min, item.reps_max)
                rest = dose_rest_for(request.level, request.heart_prescription, exercise, reps, rpe)
                update["rest_seconds"] = min(item.rest_seconds, rest)
            items[index] = item.model_copy(update=update)


def _plan(
    request: Request,
    split: Split,
    template: templates.Template,
    days: list[PlanDay],
    warmup: list[RoutineItem],
    cooldown: list[RoutineItem],
    week: Week,
    plan_id: str | None,
    now: datetime | None,
) -> Plan:
    """The plan around its days: words, progression, volume table."""
    floor, top = request.band
    time_limited, untrainable = week.time_limited, week.untrainable  # computed once, by the allocator
    has_mains = any(i.role == "main" for d in days for i in d.exercises)
    aerobic = "" if template.hold else explain.aerobic_note(request, _aerobic_minutes(days))
    below: list[Muscle] = [m for m in FLOOR_MUSCLES if week.credit[m] < floor]
    short = [m for m in below if m not in untrainable]
    # Time is the reason only when the lifting days are full; with minutes to spare, the exercises the
    # equipment and injuries allow are (the fifth review: "cannot fit" on 36-minute days of 45).
    lifting_days = [d for d, t in zip(days, week.templates, strict=False) if t.kind == "lifting"]
    # A few minutes short still counts as full: less than one more exercise's sets with their rests (the fourteenth
    # review: 44, 39 and 44 of 45 minutes blamed the equipment of a full gym).
    full = all(d.estimated_minutes >= request.minutes - max(FULL_DAY_SLACK_MINUTES, request.minutes * 0.15)
               for d in lifting_days)  # fmt: skip
    # A day at the session's ceiling of hard sets is as full as one out of minutes; when every lifting
    # day is, the ceiling is why a floor falls short (`volume.days_at_ceiling`, as the validator sees it).
    at_ceiling = days_at_ceiling(request, [[(i.exercise_id, i.sets) for i in d.exercises] for d in lifting_days])
    full = full or any(
        week.day_sets[i] >= week.session_max for i, t in enumerate(week.templates) if t.kind == "lifting"
    )
    time_limited = time_limited or at_ceiling
    if time_limited and not full:
        untrainable = frozenset({*untrainable, *short})
        short = []
    topped = [] if time_limited else [m for m in short if top_blocked(week.pool, week.credit, m, top)]
    # The note names what the plan holds: the lifting days' walk or ride, and the hard-set ceiling when the days are at
    # it (review 23: "the minutes cannot fit" beside a day at its 16 hard sets, "beside the walk" with no walk).
    said: dict[str, Any] = {"block": explain.lifting_block(lifting_days), "at_ceiling": at_ceiling}
    built = _as_built(template, days, split)  # what the days hold: no conditioning promised that none of them has
    compound_rx = _first_compound(week, request)
    extra: dict[str, Any] = {} if plan_id is None else {"id": plan_id}
    if now is not None:
        extra["created_at"] = now
    return Plan(
        name=_named_for_regions(explain.plan_name(request, split), days),
        goal=request.goal,
        split=split,
        days=days,
        warmup=warmup,
        cooldown=cooldown,
        progression=(
            Progression(
                method="double_progression",
                summary=explain.HOLD_PROGRESSION,
                load_step_pct_min=LOAD_STEP_MIN_PCT,  # the validator's bounds; nothing is loaded yet
                load_step_pct_max=LOAD_STEP_MAX_PCT,
                deload_every_weeks=4,
                deload_guidance=explain.HOLD_DELOAD,
            )
            if template.hold
            else plan_progression(
                request, methods=[i.progression for d in days for i in d.exercises if i.progression is not None]
            )
        ),
        rationale=(
            f"Template: {template.name}. {template.why}"
            if template.hold
            else explain.rationale(
                request,
                split,
                compound_rx[:2],
                compound_rx[2],
                built,
                mains=has_mains,
                injured=explain.injury_dose(request, _planned(days)),
            )
            + aerobic
            # One note on aerobic work, not two (review 20: "add up to about 0 minutes" then "add brisk walks").
            + (explain.NO_BLOCK_NOTE if built is not template and not aerobic else "")
        ),
        safety_notes=explain.safety_notes(
            request, [[(i.role or "", i.exercise_id) for i in d.exercises] for d in days]
        ),
        volume_note=(
            explain.HOLD_VOLUME_NOTE
            if template.hold
            else explain.volume_note(
                request, short if time_limited else [], [m for m in below if m in untrainable], topped, **said
            )
            # A muscle below its floor that no reason above names is still stated, as one the sessions could not
            # fit (a plan never stays silent about a floor: the validator's check).
            or explain.volume_note(request, below, [], [], **said)
        ),
        source=ENGINE_SOURCE,
        weekly_sets=volume_table(week.credit, floor, top),
        below_floor_muscles=below,
        template=_template_for_regions(built.name, days),
        **extra,
    )


def _add_extras(
    day: PlanDay,
    pool: tuple[Exercise, ...],
    request: Request,
    template: templates.Template,
    day_template: DayTemplate,
    position: int,
    recovery: bool,
    week: Week,
    warm: int,
    cool: int,
) -> None:
    """The day's balance drill, mobility program and conditioning block, inside the session's minutes."""

    def spare() -> int:
        return request.minutes * 60 - day_seconds(day, warm, cool)

    skips = conditioning.mobility_exclusions(request)

    if day_template.kind == "mobility":
        day.exercises += conditioning.mobility_program(pool, min(spare(), 35 * 60), position, exclude=skips)
        return
    if recovery:
        aerobic = day_template.kind == "aerobic"
        if aerobic:
            # Polarised: the first aerobic day is easy zone 2, the next one intervals, and so on.
            earlier = sum(1 for t in week.templates[:position] if t.kind == "aerobic")
            # An endurance week's last aerobic day is its long zone-2 session.
            total = sum(1 for t in week.templates if t.kind == "aerobic")
            long = request.goal == "endurance" and earlier == total - 1
            # Mobility after it takes 5 minutes when the session has room for both; an endurance session under an
            # hour is aerobic to its cool-down (the fourteenth review: 21 minutes of a 40-minute aerobic day).
            # A mobility goal's aerobic day ends with its holds from 15 spare minutes (its strength days are short).
            # The long session is aerobic to its cool-down too: its minutes are the point of it (the seventeenth
            # review: a 60-minute "long" ride of 42 minutes and a mobility routine, the same as the week's first).
            enough = (15 if request.goal == "mobility" else 25) * 60
            short = request.goal == "endurance" and (request.minutes <= 60 or long)
            mobility = spare() > enough and not short
            room = spare() - (5 * 60 if mobility else 0)
            if request.goal == "endurance" and not long and total > 1 and earlier % 2 == 0:
                # An easy day is shorter than the long one when the session's minutes hold the long one back (the
                # eighteenth review: a 47-minute "long" run after two 47-minute easy runs is no long run).
                room = min(room, conditioning.easy_day_seconds(request, spare()))
            # Two aerobic days in an endurance week: the long one and, for a trained athlete, the intervals (polarised
            # training: one hard session a week at this volume, Seiler 2010; review 20: both days zone 2).
            turn = 1 if request.goal == "endurance" and total == 2 and not long else earlier
            block = conditioning.aerobic_session(pool, request, room, turn, long=long)
            # Named long only when it is (review 20: "Long aerobic session: Brisk walk 9 min" like any other day).
            if long and block is not None and (block.item.duration_seconds or 0) >= LONG_AEROBIC_MIN_SECONDS:
                day.name = LONG_AEROBIC_DAY
        else:
            block = conditioning.recovery_block(pool, request, int(spare() * 0.7))
        if block is not None:
            # The session's warm-up and cool-down are this activity done easy, not drills around a walk (review
            # 15: 8 minutes of warm-up and 3 of cool-down around a 19-minute walk).
            # An easy block's warm-up is its own first minutes, slower still (review 21, D15: a zone-2 walk was told
            # to "warm up by doing it easy", the intervals' wording, beside a lifting day's drills and ramp-up sets);
            # intervals warm up with easy minutes before the first hard one (ACSM: 5-10 min light-to-moderate).
            if block.kind == "intervals":
                easy_ends = f" Warm up by doing it easy for {whole_minutes(warm)} minutes first, and"
            else:
                easy_ends = (
                    f" The first {whole_minutes(warm)} minutes are the warm-up: slower still, building to this pace;"
                )
            easy_ends += f" cool down with {whole_minutes(cool)} easy minutes of it at the end."
            if len(block.item.notes + easy_ends) <= NOTES_MAX:
                block.item.notes += easy_ends
        day.exercises += [block.item] if block else []
        day.exercises += conditioning.mobility_program(pool, min(10 * 60, spare()), position, rounds=1, exclude=skips)
        return
    # A drill of the session (review 24: the note promises one every session). Over 45 minutes the session keeps its
    # minutes (`Template.reserve`), so it goes in first and the power drill makes its own room; at 31-45 nothing is
    # kept for it and it is fitted once the week's lifts are settled (`_balance_drills`).
    if _drills_balance(request, template, day) and request.minutes > templates.BALANCE_SHORT_MINUTES:
        _add_balance_drill(day, pool, request, position, week, spare, warm, cool, room_sets=BALANCE_ROOM_SETS)
    if template.balance and request.older:
        # Swings beside the day's deadlift would load the lower back with a second hinge: a loaded chair stand then.
        hinged = any((e := find_exercise(i.exercise_id)) and spinal_hinge(e) for i in day.exercises)
        power = conditioning.power_item(pool, set(), _trained(request), hinged=hinged, equipment=request.equipment)
        drill = find_exercise(power.exercise_id) if power else None
        if power and drill and (item_seconds(power, drill) > spare() or not week.fits_sets(drill, power.sets)):
            _power_room(day, week, drill)
        if power and drill and item_seconds(power, drill) <= spare() and week.fits_sets(drill, power.sets):
            add_credit(week.credit, drill, power.sets)
            # Power work comes early, while fresh: right after the main lifts (first, when the lifts are
            # paired: a superset's partners stay together).
            paired = any(item.superset for item in day.exercises)
            after = 0 if paired else sum(1 for item in day.exercises if item.role == "main")
            day.exercises.insert(after, power)
    if template.mobility_program:
        # Two holds a drill at least (ACSM, Garber et al. 2011: 2-4 repetitions of each stretch).
        day.exercises += conditioning.mobility_program(pool, min(spare(), 30 * 60), position, exclude=skips)
    if template.conditioning:
        # A heart or blood-pressure answer's walk is the prescription: five minutes of it still count (a 30-minute
        # session's lifting floor and its power drill can leave seven).
        least = HEART_BLOCK_MIN_MINUTES if request.heart_prescription else templates.MIN_BLOCK_MINUTES
        block = conditioning.block(pool, request, spare(), position, minimum=least)
        if block is not None:
            day.exercises.append(block.item)
    if "mobility" in request.goals and not template.mobility_program and spare() >= SECOND_GOAL_MOBILITY_MIN * 60:
        # Mobility as a second goal: a short round of holds in the minutes the lifting leaves (the ninth
        # review: it changed nothing), never at the cost of a set.
        day.exercises += conditioning.mobility_program(pool, min(spare(), 10 * 60), position, rounds=1, exclude=skips)


BALANCE_ROOM_SETS = 2  # sets of the day's lifts an older adult's balance drill may take to fit (review 24)
HEART_BLOCK_MIN_MINUTES = 5  # the shortest walk or ride a heart prescription's lifting day ends with
SECOND_GOAL_MOBILITY_MIN = 4  # minutes a short mobility round needs to be worth doing


_SPLIT_WORDS = {"full_body": "full-body", "upper_lower": "upper/lower", "push_pull_legs": "push/pull/legs"}
_TIMES = {1: "once", 2: "twice", 3: "three times"}


def _as_built(template: templates.Template, days: list[PlanDay], split: str = "full_body") -> templates.Template:
    """The template as the plan holds it: no conditioning in its name or reasons when no day has a block (the
    eleventh review: "strength plus conditioning" on a week without any); the split and the progression the days
    follow, not the ones the template is usually written with (review 21, D16: "Beginner full-body linear
    progression" over double-progression lifts, "Fat loss: full-body strength" over push/pull/legs days)."""
    mains = [i for d in days for i in d.exercises if i.role == "main"]
    lifting = sum(1 for d in days if any(i.role in ("main", "secondary", "accessory") for i in d.exercises))
    if template.key == "beginner_linear":
        if mains and not any(i.progression == "linear" for i in mains):
            # (an older beginner, a PAR-Q answer, bells or bodyweight: reps first, then load)
            template = replace(
                template,
                name="Beginner full-body double progression",
                why="As a beginner you progress quickly: a few basic lifts trained on each lifting day, adding reps "
                "to the top of each range and then a small step of load (double progression; ACSM 2009 for "
                "novices).",
            )
        if lifting != 3 and lifting in _TIMES:
            template = replace(template, why=template.why.replace("three times a week", f"{_TIMES[lifting]} a week"))
    if template.key == "fat_loss" and split != "full_body":
        template = replace(template, name=template.name.replace("full-body", _SPLIT_WORDS.get(split, "full-body")))
    if template.key == "full_body_hypertrophy" and lifting > 3:
        # Full-body days beyond three: an injury holds one region back, so every day trains what can be trained.
        template = replace(
            template,
            why="Full-body days train every muscle that can be trained several times a week, which reaches the "
            "weekly sets growth responds to while an injured region waits (Schoenfeld et al. 2016, 2017).",
        )
    if template.top_sets and not any(has_top_set(i.notes) for d in days for i in d.exercises):
        # No main lift can take the scheme (kettlebells, bodyweight, light days): the name says what the lines do
        # (the fourteenth review: "top set and back-off sets" over straight sets).
        why = "Heavy straight sets of the main lifts drive strength (ACSM 2009: 1-6 reps at high loads for strength)."
        template = replace(template, name="Strength: heavy straight sets", why=why)
    if template.key == "strength_wave" and not any(i.progression == "training_max_wave" for i in mains):
        # A severe injury can leave no barbell lift to wave (the eighteenth review: "training-max waves" over a
        # week of dumbbell and bodyweight lifts): the name says how the lifts progress.
        rpe = any(i.progression == "rpe" for i in mains)
        template = replace(
            template,
            name=f"Strength: {'RPE-based' if rpe else 'double-progression'} main lifts with supplemental work",
            why=(
                "The main lifts' loads come from your estimated 1RM at the target reps and RPE (Helms et al. 2016)"
                if rpe
                else "The main lifts progress by reps, then a small load or a harder variation (double progression)"
            )
            + ", with supplemental and assistance work at moderate reps.",
        )
    if template.name == "Strength: heavy straight sets" and mains and min(i.reps_min for i in mains) >= 6:
        # Main lifts capped at moderate loads (a PAR-Q answer, age): not "heavy" (the eighteenth review: "heavy
        # straight sets" at 8-12 reps and RPE 6).
        template = replace(
            template,
            name="Strength: straight sets at moderate loads",
            why="Straight sets of the main lifts at moderate loads, a few reps short of failure, build strength "
            "safely while your limits call for it (ACSM 2009; AHA 2007 on resistance training with heart disease).",
        )
    blocks = [i for d in days for i in d.exercises if i.role == "conditioning"]
    if template.key == "endurance" and blocks and not any(i.notes.startswith("Intervals") for i in blocks):
        # No hard intervals for this person (a PAR-Q answer, age, a beginner): the name promises none (review 15).
        name = template.name.replace(" plus zone 2 and intervals", " plus zone 2")
        why = template.why.replace(
            "and a little hard interval work (polarised training, Seiler 2010)",
            "(Seiler 2010), which is all the aerobic work this plan asks of you for now",
        )
        template = replace(template, name=name, why=why)
    # The template promises conditioning and no day has a block (the strength work needed the minutes).
    if not template.conditioning or blocks:
        return template
    name = template.name.replace(" plus conditioning", "").replace(" plus zone 2 and intervals", "")
    why = template.why.replace(" and ends with a short conditioning block", "")
    why = why.replace(", and a bounded conditioning block adds energy use without eating into recovery", "")
    return replace(template, name=name, why=why)


def _held_basics(request: Request) -> frozenset[str]:
    """The rehab basics of the person's own injured areas: only these are an injury's care rather than a day's
    work when the day is named (a glute bridge is rehab for a held lower back, a lift for anyone else)."""
    return frozenset().union(*(REHAB_BASICS.get(area, frozenset()) for area, _ in request.injuries))


def _region_name(
    name: str, items: list[PlanExercise], *, mobility: bool = False, held: frozenset[str] = ALL_REHAB_BASICS
) -> str:
    """A full-body day that an injury's hold left with one region's lifts is named for that region ("Lower body
    A"): the seventeenth review read "Full body" over a day of leg presses, hip thrusts and leg curls. A mobility
    program's day is named for what fills it (the eighteenth review: "Upper body A" over one set of push-ups and
    seven stretches). `held`: the rehab basics of the person's injured areas, which do not count; any other lift
    does (review 23: "Upper body A" over an archer push-up and a glute bridge, with a severe ankle)."""
    if not name.startswith("Full body"):
        return name
    if mobility:
        return name.replace("Full body", "Mobility and strength", 1)
    # A held area's rehab basics (a wall row for a severe shoulder) do not make a lower-body day a full-body one.
    muscles = {
        m
        for i in items
        if (e := find_exercise(i.exercise_id)) and e.hard_sets and e.id not in held
        for m in e.primary_muscles
    }
    if muscles and not muscles & UPPER_MUSCLES:
        return name.replace("Full body", "Lower body", 1)
    if muscles and not muscles & LOWER_MUSCLES:
        return name.replace("Full body", "Upper body", 1)
    return name


def _lifting_region(days: list[PlanDay]) -> str | None:
    """ "Lower body" or "Upper body" when every strength day was named for that region, else None."""
    lifting = [d.name for d in days if d.name.startswith(("Full body", "Lower body", "Upper body"))]
    for region in ("Lower body", "Upper body"):
        if lifting and all(n.startswith(region) for n in lifting):
            return region
    return None


def _named_for_regions(name: str, days: list[PlanDay]) -> str:
    """The plan's name says "lower-body sessions" when every strength day was named for the lower body."""
    region = _lifting_region(days)
    return name.replace("full-body sessions", f"{region.lower().replace(' ', '-')} sessions", 1) if region else name


def _template_for_regions(name: str, days: list[PlanDay]) -> str:
    """The template's name says what the week is: "Lower-body hypertrophy", not "Full-body hypertrophy", over a
    week with no upper-body day (review 20: a severe shoulder's all-lower-body week)."""
    region = _lifting_region(days)
    if region is None:
        return name
    named = region.replace(" ", "-")  # "Lower-body"
    return name.replace("Full-body", named, 1).replace("full-body", named.lower(), 1)


def _day_name(name: str, taken: list[str]) -> str:
    """A lifting day's name, lettered on past A/B/C when the rotation repeats with other lifts ("Full body D"):
    two days of one name read as the same workout (the eleventh review)."""
    if name not in taken or not name[-2:-1] == " " or not name[-1].isupper():
        return name
    letter = name[-1]
    while f"{name[:-1]}{letter}" in taken and letter < "Z":
        letter = chr(ord(letter) + 1)
    return f"{name[:-1]}{letter}"


def _aerobic_minutes(days: list[PlanDay]) -> int:
    """Minutes of steady aerobic work in the week (walks, rides, rows at an easy effort: one long set)."""
    seconds = 0
    for day in days:
        for item in day.exercises:
            exercise = find_exercise(item.exercise_id)
            steady = item.sets == 1 and item.duration_seconds is not None
            if exercise is not None and exercise.pattern == "conditioning" and steady:
                seconds += item.duration_seconds or 0
    return seconds // 60


def _first_compound(week: Week, request: Request) -> tuple[int, int, float]:
    """The dose the rationale states: the week's first loaded compound that no injury changes (`explain.injury_dose`
    says how those differ), else its first compound."""
    compounds = [e for entries in week.days for e in entries if e.exercise.compound and e.rx.duration_seconds is None]
    free = [e for e in compounds if injury_cap(request, e.exercise) is None]
    for entry in free or compounds:
        return entry.rx.reps_min, entry.rx.reps_max, entry.rx.target_rpe
    return 8, 12, 6.0


def _planned(days: list[PlanDay]) -> list[Exercise]:
    """The week's exercises, in order."""
    return [get_exercise(item.exercise_id) for day in days for item in day.exercises]


__all__ = ["ENGINE_SOURCE", "PlanOverrides", "Request", "generate_plan"]
