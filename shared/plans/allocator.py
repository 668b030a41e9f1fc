"""The set allocator: picks exercises for a split's slots and spreads weekly hard sets over them.

Greedy and deterministic: big movers first, each muscle toward its target inside the band, never
past the band's top for any muscle (secondary muscles count half), never past a day's time budget.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from shared.exercises.catalog import loading, rungs_below
from shared.exercises.model import Exercise
from shared.plans import coverage, one_movement, short_days
from shared.plans.build_memo import BuildMemo, Rankings
from shared.plans.core_share import core_room
from shared.plans.rules import (
    FLOOR_MUSCLES,
    LEVEL_RANK,
    LOADED_EQUIPMENT,
    MAX_SETS_ENGINE,
    MIN_MAIN_SETS,
    SESSION_HARD_SETS_MAX,
    SESSION_MUSCLE_SETS_MAX,
    Prescription,
    Request,
    heavy_held_squat,
    paired_rest,
    prescribe,
    rep_limited_squat,
    set_cap,
    set_seconds,
    strength_held_lift,
    unpaired_dose,
)
from shared.plans.rules import (
    MAX_EXERCISES as MAX_EXERCISES,  # the day's cap, re-exported for the plan brief (candidates)
)
from shared.plans.rules import (
    PULL_PATTERNS as _PULL,
)
from shared.plans.rules import (
    PUSH_PATTERNS as _PUSH,
)
from shared.plans.schema import PlanExercise
from shared.plans.splits import LUNGE, VARIETY_MAINS, Body, DayTemplate, Slot, fits_focus, region
from shared.plans.volume import add_credit, excused_below_floor
from shared.profile.model import Muscle, Pattern

_SOFT_SHARE: dict[Muscle, float] = {
    "side_delts": 0.6,
    "rear_delts": 0.6,
    "biceps": 0.6,
    "triceps": 0.6,
    "calves": 0.6,
    "abs": 0.6,
}
_SPREAD = {"beginner": 0.2, "intermediate": 0.35, "advanced": 0.5}
# How far into the band spare minutes may take a muscle (fill_time): past the middle, never to the top.
_FILL_SPREAD = 0.6
_FILL_SPREAD_PAR_Q = 0.4
# Muscles that get direct work whatever the compounds already credit them with.
_ALWAYS_DIRECT: dict[str, frozenset[Muscle]] = {"hypertrophy": frozenset({"biceps", "triceps", "side_delts"})}
_EPS = 1e-9
# A lift's rank for a slot, before and after the "a second movement, not a variant of today's" test (`Week._ranked`).
_Rank = tuple[tuple[float, ...], tuple[float, ...]]
# The parts of it that read the slot only for whether it is a compound slot (`Week._lift_ranker`).
_LiftRank = tuple[tuple[float, ...], tuple[float, ...]]
# One set of curls, triceps or lateral raises at hypertrophy's isolation dose (12 reps, 75 s rest, setting up).
_DIRECT_SET_SECONDS = 12 * 3 + 10 + 75
SECONDARY_SLACK = 3.0  # half sets past a muscle's session ceiling that its secondary work may add
# Where a main lift's load comes from, most progressable first (fine, small load steps).
_EQUIPMENT_ORDER = ("barbell", "dumbbells", "machines", "cable_machine", "kettlebells", "resistance_bands")


# Warm-up and activation drills: good preparation, poor extra volume for a trained lifter (a bodyweight good morning
# is never planned at all: `volume.WARM_UP_ONLY`).
_PREP_DRILLS = frozenset({"scapular-pull-up", "dead-hang", "band-pull-apart", "prone-ytw", "bird-dog"})
# Pressing from the floor: getting down and up again is a task of its own for an older adult.
_FLOOR_PRESSES = frozenset(
    {"push-up", "knee-push-up", "decline-push-up", "close-grip-push-up", "archer-push-up", "pike-push-up",
     "dumbbell-floor-press",
     "barbell-floor-press", "kettlebell-floor-press"}
)  # fmt: skip


def _oddity(exercise: Exercise) -> int:
    """How unusual an exercise is as extra volume: holds and technical variants only when nothing else fits."""
    return (
        int(exercise.load_type in ("time", "distance"))
        + int(exercise.skill >= 3 and not exercise.main_lift)
        + int(exercise.rehab)
        + int(exercise.id in _PREP_DRILLS)
    )


def _canonical_pull(exercise: Exercise) -> bool:
    """A pull-up or chin-up: the body itself pulled up to a bar."""
    return exercise.pattern == "vertical_pull" and exercise.compound and exercise.load_type == "bodyweight"


def _bodyweight_legs(exercise: Exercise) -> bool:
    """A bodyweight squat or lunge (air, split, skater and pistol squats)."""
    return exercise.load_type == "bodyweight" and exercise.pattern in ("squat", "lunge")


HELD_BELLS = frozenset({"dumbbells", "kettlebells"})  # what a strength squat is held with when there is no bar


def spinal_hinge(exercise: Exercise) -> bool:
    """A hinge held in the hands or on the back (deadlifts, Romanian deadlifts, good mornings): one a session."""
    loaded = exercise.load_type == "weight"  # a bodyweight good morning is a drill, not a second deadlift
    return loaded and exercise.pattern == "hinge" and exercise.compound and loading(exercise.id).spinal_load == "high"


def bent_row(exercise: Exercise) -> bool:
    """A loaded row with the torso bent over and unsupported (barbell, Pendlay, T-bar, dumbbell bent-over rows): the
    lower back holds the hinge for every rep."""
    return (
        exercise.load_type == "weight" and exercise.pattern == "horizontal_pull" and exercise.compound
        and loading(exercise.id).spinal_load == "high"
    )  # fmt: skip


_HEAVY_KIT = frozenset({"barbell", "machines"})


def _bar_row(exercise: Exercise) -> bool:
    """A bent-over row loaded with a bar or a machine (barbell, Pendlay, T-bar): one a day. One-arm bell rows load
    the back far less and a day may alternate two of them."""
    return exercise.pattern == "horizontal_pull" and back_heavy(exercise)


BACK_HEAVY_PER_DAY = 2  # StrongLifts' and Starting Strength's days: a squat and a row, or a squat and a deadlift


def back_heavy(exercise: Exercise) -> bool:
    """A bar- or machine-loaded lift the lower back holds under load: a back-loaded hinge, a bent-over row, a squat
    with the load on the spine. Two of them make a heavy day for the lower back; a third stacks it (review 22: a squat,
    a barbell row, a Romanian deadlift and a Pendlay row on one day, 14 sets of lower-back work after the squats)."""
    if not set(exercise.equipment) & _HEAVY_KIT:
        return False  # dumbbells and bells load the back far less
    squat = exercise.pattern == "squat" and exercise.compound and exercise.load_type == "weight"
    return spinal_hinge(exercise) or bent_row(exercise) or (squat and loading(exercise.id).spinal_load == "high")


def doubles_up(exercises: list[Exercise], exercise: Exercise, heavy: bool = True) -> bool:
    """`exercise` would be a day's second back-loaded hinge, second bar-loaded bent-over row, second bridge, or, in a
    week of `heavy` loads (a strength goal's), third lift loading the lower back (`back_heavy`): `Week.place` refuses
    them."""
    return (
        (spinal_hinge(exercise) and any(spinal_hinge(e) for e in exercises))
        or (_bar_row(exercise) and any(_bar_row(e) for e in exercises))
        or (heavy and back_heavy(exercise) and sum(back_heavy(e) for e in exercises) >= BACK_HEAVY_PER_DAY)
        or (_bridge(exercise) and any(_bridge(e) for e in exercises))
    )


def _bridge(exercise: Exercise) -> bool:
    """A hip thrust or glute bridge (the back or shoulders on the floor or a bench, hips driven up), any load."""
    return exercise.pattern == "hinge" and ("hip-thrust" in exercise.id or "glute-bridge" in exercise.id)


# Older adults: guided machines and cables first, free weights after (Fragala et al. 2019).
_EQUIPMENT_ORDER_OLDER = ("machines", "cable_machine", "dumbbells", "resistance_bands", "kettlebells", "barbell")


def _equipment_rank(exercise: Exercise, older: bool = False) -> int:
    order = _EQUIPMENT_ORDER_OLDER if older else _EQUIPMENT_ORDER
    return next((n for n, item in enumerate(order) if item in exercise.equipment), len(order))


@dataclass
class Entry:
    """An exercise placed on a day, with its dose."""

    exercise: Exercise
    rx: Prescription
    sets: int
    per_set: int


@dataclass
class Week:
    """The allocator's working state."""

    request: Request
    pool: tuple[Exercise, ...]
    templates: tuple[DayTemplate, ...]
    budget: int
    rng: random.Random
    days: list[list[Entry]] = field(default_factory=list)
    used: list[int] = field(default_factory=list)
    credit: dict[Muscle, float] = field(default_factory=lambda: defaultdict(float))
    # Sets that extras added after the lifting will need (an older adult's power drill): kept free
    # while spare minutes are filled, never at the cost of a floor.
    later: dict[Muscle, float] = field(default_factory=lambda: defaultdict(float))
    # What the other builds of this `generate_plan` call computed (ranks, doses before pairing): `build_memo`.
    memo: BuildMemo | None = None

    def __post_init__(self) -> None:
        self.days = [[] for _ in self.templates]
        self.used = [0] * len(self.templates)
        self.day_sets = [0] * len(self.templates)
        # Fractional hard sets per muscle on each day, for the per-session ceiling.
        self.day_credit: list[dict[Muscle, float]] = [defaultdict(float) for _ in self.templates]
        self.session_max = SESSION_HARD_SETS_MAX[self.request.level]
        # Muscles the goal always trains directly (hypertrophy's arms and side delts): the bigger muscles'
        # floors must leave each day room for them (a 4-day upper/lower week had no curl or triceps work).
        self.direct = _ALWAYS_DIRECT.get(self.request.goal, frozenset())
        self.floor, self.top = self.request.band
        self.max_sets = self.request.max_sets
        # Fewer exercises, more sets each: a beginner learns a handful of lifts well (a PAR-Q answer: more
        # exercises, fewer sets each).
        self.max_exercises = self.request.max_exercises
        self.capped = True  # lifted while reaching floors: a major muscle's floor outranks the count
        # Room kept under the band's top while the big lifts are placed: their secondary muscles
        # (upper back from pull-ups, triceps from presses) must leave room for direct small-muscle work.
        self.headroom = 2.0
        # Hypertrophy's rear-delt work (face pulls, reverse flyes) also loads the upper back, which
        # rows and pulldowns fill first: keep more of the upper back's room for it.
        self.extra_headroom: dict[Muscle, float] = {"upper_back": 2.0} if "hypertrophy" in self.request.goals else {}
        # Floor muscles the allowed exercises cannot bring to the floor: their sets may go to others.
        time_limited, untrainable = excused_below_floor(self.request, self.pool)
        self.untrainable = frozenset(untrainable)
        # Sessions too short for every floor: fewer lifts done properly beat one set of everything.
        self.time_limited = time_limited
        # Short sessions cannot give two main lifts three sets each and still train every major muscle.
        rest = paired_rest(120) if self.request.paired else 120  # supersets fit nearly twice the sets
        capacity = self.budget // max(1, set_seconds(5, 8, rest, None, False))
        self.min_main_sets = MIN_MAIN_SETS if capacity >= 9 else 2 if capacity >= 4 else 1
        # A short session does two or three lifts properly rather than five once.
        self.max_exercises = min(self.max_exercises, max(2, capacity // 2))
        # Hypertrophy keeps a sixth of each session for the small muscles' own work while the big lifts
        # are placed (curls and lateral raises are the point of the goal, not leftovers).
        long_enough = capacity >= 10  # under about 40 minutes the big muscles need every minute
        self.small_reserve = self.budget // 6 if "hypertrophy" in self.request.goals and long_enough else 0
        # Until the isolation slots are filled (`allocate`); a short session's minutes go to the big lifts.
        self.reserve_direct = bool(self.direct) and long_enough
        # Low-volume goals (mobility): spread the few sets over the week's days. Not strength, whose main lifts
        # need their working sets (the thirteenth review: an advanced 2 x 45 week squatted 2 sets a week).
        if self.top <= 10 and self.request.goal != "strength":
            self.min_main_sets = min(self.min_main_sets, 2)
        self.by_muscle: dict[Muscle, list[Exercise]] = defaultdict(list)
        for exercise in self.pool:
            if exercise.hard_sets:
                for muscle in exercise.primary_muscles:
                    self.by_muscle[muscle].append(exercise)
        # One random tie-break per exercise and day: variety between days, the same plan every time.
        hard = sorted({e.id for group in self.by_muscle.values() for e in group})
        self.ties = [{ident: self.rng.random() for ident in hard} for _ in self.templates]
        # The ranking memos: per slot, each lift's rank so far (`_slot_runs`: the same on every day), per slot and day
        # focus the allowed lifts in rank order, per day and slot with the day's tie-break, and per day's movements.
        # Shared with this call's other builds when they rank alike (`build_memo`).
        shares = self.memo is not None and self.memo.shares(self.request)
        rankings = (
            self.memo.rankings_for(self.pool, self.templates, self.ties)
            if self.memo is not None and shares
            else Rankings(self.pool, self.templates, self.ties)
        )
        self.ranked = rankings.ranked
        self.rank_parts = rankings.rank_parts
        self.slot_ranks = rankings.slot_ranks
        self.slot_runs = rankings.slot_runs
        self.lift_ranks = rankings.lift_ranks  # per kind of slot (compound or not), by lift id
        self.focus_fits: dict[Body, dict[str, bool]] = {}
        self.unpaired: dict[str, Prescription] = self.memo.doses if self.memo is not None and shares else {}
        self.cached_targets = self.targets()
        self.doses: dict[str, tuple[Prescription, int]] = {}
        self.loads: dict[str, tuple[tuple[Muscle, float], ...]] = {}
        self.anywhere = False  # True: a muscle may get work on any day, not only its split's days
        self.kit_ranks: dict[bool, dict[str, int]] = {False: {}, True: {}}  # per order (older or not), by lift id
        self.oddities: dict[bool, dict[str, int]] = {False: {}, True: {}}  # `oddity` per `ladder`, by lift id
        self.kept: dict[Muscle, float] = {}  # `later`, once the floors are met
        self.extra = False  # True while fill_time adds work beyond the targets
        # The engine's passes after allocation (`engine._new_lift`), memoised for the week: each muscle's direct lifts
        # in order, and a new lift's plan item with its seconds (the same on every day and every call).
        self.direct_lifts: dict[Muscle, list[Exercise]] = {}
        self.new_items: dict[tuple[str, str], tuple[PlanExercise, int]] = {}
        self.rotated: dict[int, set[str]] = {}  # per day, the kinds (press, pull, legs) a short week rotated off it

    def kit_rank(self, exercise: Exercise, older: bool = False) -> int:
        """`_equipment_rank`, memoised for this week (the ranking sorts call it thousands of times)."""
        ranks = self.kit_ranks[older]  # (one memo per order: no key tuple built per call)
        found = ranks.get(exercise.id)
        if found is None:
            found = ranks[exercise.id] = _equipment_rank(exercise, older)
        return found

    def fits_top(self, exercise: Exercise) -> bool:
        """Adding one set keeps every muscle at or below the band's top (less the placing headroom)."""
        return self.fits_sets(exercise, 1)

    def fits_sets(self, exercise: Exercise, sets: int) -> bool:
        """`sets` more sets of `exercise` keep every muscle at or below the band's top (less the headroom
        kept while the big lifts are placed)."""
        lead = exercise.primary_muscles[0]
        # `fits_sets_for` for each loaded muscle, inlined: the ranking asks this hundreds of times per set placed.
        credit, kept, headroom, limit = self.credit, self.kept, self.headroom, self.top - self.headroom + _EPS
        for m, weight in self.loads.get(exercise.id) or self._loads(exercise):  # (the memo read inline too)
            extra = self.extra_headroom.get(m, 0.0) if headroom and m != lead else 0.0
            if credit[m] + weight * sets + kept.get(m, 0.0) + extra > limit:
                return False
        return True

    def fits_sets_for(self, muscle: Muscle, credit: float, reserved: bool = True) -> bool:
        """`credit` more weekly sets keep `muscle` at or below the band's top, less the headroom kept while the big
        lifts are placed and the room kept for the extras. `reserved`: the muscle's extra headroom (`extra_headroom`,
        kept for rear-delt work) holds too; a lift the muscle leads (a row for the upper back) may use it (the
        seventeenth review: a 6-day week with three sets of rows and seven of rear-delt flyes)."""
        extra = self.extra_headroom.get(muscle, 0.0) if self.headroom and reserved else 0.0
        kept = self.kept.get(muscle, 0.0)
        return self.credit[muscle] + credit + kept + extra <= self.top - self.headroom + _EPS

    def _loads(self, exercise: Exercise) -> tuple[tuple[Muscle, float], ...]:
        """(muscle, sets credited) per set of `exercise`: primary 1, secondary a half (memoised)."""
        loads = self.loads.get(exercise.id)
        if loads is None:
            loads = tuple((m, 1.0) for m in exercise.primary_muscles) + tuple(
                (m, 0.5) for m in exercise.secondary_muscles
            )
            self.loads[exercise.id] = loads
        return loads

    def can_add(self, day: int, entry: Entry) -> bool:
        """One more set of `entry` fits the day's time (less what the day's open arm and side-delt slots
        need, `held_seconds`), the per-exercise cap and the band."""
        return (
            entry.sets < min(self.max_sets, set_cap(entry.exercise))
            and self.used[day] + entry.per_set <= self.budget - self.small_reserve - self.held_seconds(day, entry)
            and self.fits_top(entry.exercise)
            and not (entry.exercise.isolation and entry.sets >= self._isolation_cap(day))
            and self.fits_session(day, entry.exercise)
            and core_room(self.days[day], entry.exercise)
        )

    def fits_session(self, day: int, exercise: Exercise, sets: int = 1) -> bool:
        """`sets` more sets keep the day within a session's ceilings (`rules.SESSION_MUSCLE_SETS_MAX` for the
        exercise's primary muscles, `SESSION_HARD_SETS_MAX`); work that is not a hard set always fits."""
        if not exercise.hard_sets:
            return True
        if self.day_sets[day] + sets > self.session_max:
            return False
        # The muscles the exercise is there to train stop at the ceiling; its secondary muscles may go a
        # little past it (`SECONDARY_SLACK`), so glute-heavy lifts do not block the hamstrings' leg curls.
        mine = self.day_credit[day]
        return all(mine[m] + sets <= SESSION_MUSCLE_SETS_MAX + _EPS for m in exercise.primary_muscles) and all(
            mine[m] + 0.5 * sets <= SESSION_MUSCLE_SETS_MAX + SECONDARY_SLACK + _EPS for m in exercise.secondary_muscles
        )

    def _isolation_cap(self, day: int) -> int:
        """An isolation exercise never gets more sets than the day's biggest lift (plus one), at most 4:
        five sets of flyes beside three of rows is the wrong way round."""
        compound = max((e.sets for e in self.days[day] if e.exercise.compound), default=3)
        # When injuries leave only isolation work for a floor muscle (a pec deck for a severe elbow),
        # the floor outranks the proportion: up to 4 sets.
        return 4 if self.max_sets > self.request.max_sets else min(4, max(2, compound + 1))

    def add_set(self, day: int, entry: Entry) -> None:
        """Add one set and account for it."""
        entry.sets += 1
        self.used[day] += entry.per_set
        self.count_sets(day, entry.exercise, 1)

    def count_sets(self, day: int, exercise: Exercise, sets: int) -> None:
        """Account `sets` more (or, negative, fewer) sets of `exercise` on `day`: the week's and the day's credit
        and the day's hard sets."""
        self.day_sets[day] += sets if exercise.hard_sets else 0
        add_credit(self.credit, exercise, sets)
        add_credit(self.day_credit[day], exercise, sets)

    def pick(self, day: int, slot: Slot) -> Exercise | None:
        """The best exercise for a slot that the day does not already have."""
        return next(self._options(day, slot), None)  # the first only: the rest are not tested

    def options(
        self, day: int, slot: Slot, spare: int | None = None, fits: dict[str, bool] | None = None
    ) -> list[Exercise]:
        """Exercises for a slot, best first, that the day lacks and that fit under the band's top
        (`fits`: a memo of `fits_top` for callers that ask for several days at one credit)."""
        return list(self._options(day, slot, spare, fits))

    def _options(
        self, day: int, slot: Slot, spare: int | None = None, fits: dict[str, bool] | None = None
    ) -> Iterator[Exercise]:
        """`options`, one at a time."""
        taken = {entry.exercise.id for entry in self.days[day]}
        today = {(entry.exercise.pattern, entry.exercise.primary_muscles[0]) for entry in self.days[day]}
        key = (day, slot, frozenset(today))
        ranked = self.ranked.get(key)
        if ranked is None:
            ranked = self.ranked[key] = self._ranked(day, slot, today)
        if fits is None:
            fits = {}
        doses = self.doses
        for e in ranked:
            if e.id in taken:
                continue
            # (both tests are pure: the band's, memoised for the call, before the dose's, which prescribes)
            ok = fits.get(e.id)
            if ok is None:
                ok = fits[e.id] = self.fits_top(e)
            if ok and (spare is None or (doses.get(e.id) or self.dose(e))[1] <= spare):
                yield e

    def ranked_for(self, day: int, slot: Slot, today: set[tuple[Pattern, Muscle]]) -> list[Exercise]:
        """`_ranked`, memoised as `options` memoises it: the day's lifts for a slot, best first, whatever the band's
        top (a lift that replaces another frees the room it needs)."""
        key = (day, slot, frozenset(today))
        ranked = self.ranked.get(key)
        if ranked is None:
            ranked = self.ranked[key] = self._ranked(day, slot, today)
        return ranked

    def _ranked(self, day: int, slot: Slot, today: set[tuple[Pattern, Muscle]]) -> list[Exercise]:
        """The day's lifts for a slot, best first (`options`, before what the day has taken). The ranking apart from
        `today` is kept per day and slot: the day's lifts change `today` only, and the ranks are what the engine
        computes most often."""
        groups = self.rank_parts.get((day, slot))
        if groups is None:
            groups = self.rank_parts[(day, slot)] = self._rank_groups(day, slot)
        # A second movement, not a variant of today's, between the two parts of the rank: within each run of lifts
        # equal in the first part (already in order of the second), those that are not today's come first.
        out: list[Exercise] = []
        for group in groups:
            if not today:
                out += [e for e, _ in group]
                continue
            out += [e for e, movement in group if movement not in today]
            out += [e for e, movement in group if movement in today]
        return out

    def _rank_groups(self, day: int, slot: Slot) -> list[list[tuple[Exercise, tuple[Pattern, Muscle]]]]:
        """The day's lifts for the slot (`_slot_runs`) sorted by both parts of the rank and the day's tie-break, in
        runs of equal first part, each lift with its movement (pattern, lead muscle) for the `today` test
        (`_ranked`)."""
        ties = self.ties[day]
        groups: list[list[tuple[Exercise, tuple[Pattern, Muscle]]]] = []
        last: tuple[float, ...] | None = None
        for run in self._slot_runs(slot, self.templates[day].body):
            # Lifts equal in both parts: the day's tie-break orders them (a stable sort, as one sort by all three).
            for e, first in run if len(run) == 1 else sorted(run, key=lambda p: ties[p[0].id]):
                if first != last:
                    groups.append([])
                    last = first
                groups[-1].append((e, (e.pattern, e.primary_muscles[0])))
        return groups

    def _slot_runs(self, slot: Slot, body: Body) -> list[list[tuple[Exercise, tuple[float, ...]]]]:
        """The slot's lifts a day of this focus allows (no press on a pull day, no row on a leg day), sorted by both
        parts of the slot's rank (`_slot_ranker`, the same on every day), in runs of lifts equal in both, each with
        its first part. Kept per slot and focus: the days of one focus differ only in their tie-break."""
        runs = self.slot_runs.get((slot, body))
        if runs is not None:
            return runs
        ranks = self.slot_ranks.setdefault(slot, {})
        # (the ranking is not kept: a closure over the week, held by the week, would leave it to the cyclic collector)
        rank: Callable[[Exercise], _Rank] | None = None
        parts: list[tuple[Exercise, _Rank]] = []
        focus = self.focus_fits.setdefault(body, {})  # `fits_focus` by lift id (pure: the same for every slot)
        for e in self.by_muscle[slot.muscle]:
            fits = focus.get(e.id)
            if fits is None:
                fits = focus[e.id] = fits_focus(body, e)
            if fits:
                found = ranks.get(e.id)
                if found is None:
                    rank = rank or self._slot_ranker(slot)
                    found = ranks[e.id] = rank(e)
                parts.append((e, found))
        parts.sort(key=lambda p: p[1])  # (first part, then second: every first part has the rank's one length)
        runs = self.slot_runs[(slot, body)] = []
        previous: _Rank | None = None
        for e, found in parts:
            if found != previous:
                runs.append([])
                previous = found
            runs[-1].append((e, found[0]))
        return runs

    def _slot_ranker(self, slot: Slot) -> Callable[[Exercise], _Rank]:
        """A lift's rank for the slot before and after the `today` test, less the day's tie-break. The parts that read
        the slot's muscle, patterns and preferences are computed here; the rest reads only whether the slot is for a
        compound lift and is kept per lift for every slot of that kind (`_lift_ranker`)."""
        # (a trained lifter's strength squat with held bells and no bar: `heavy_quads`, below)
        level = LEVEL_RANK[self.request.level]
        trained_bodyweight = level > 0 and not self.request.older and not self.request.par_q
        heavy_squat = (
            trained_bodyweight and self.request.goal == "strength" and bool(HELD_BELLS & self.request.equipment)
        )
        # (a slot that names the split squat among its lifts asks for it: Lower body B's squat or split squat)
        lunge_first = (bool(slot.patterns) and slot.patterns[0] == "lunge") or any(p in LUNGE for p in slot.prefer)
        heavy_quads = heavy_squat and slot.compound and slot.muscle == "quads"
        lift_ranks = self.lift_ranks[slot.compound]
        lift_ranker: Callable[[Exercise], _LiftRank] | None = None

        def rank(e: Exercise) -> _Rank:
            nonlocal lift_ranker
            lift = lift_ranks.get(e.id)
            if lift is None:
                lift_ranker = lift_ranker or self._lift_ranker(slot.compound)
                lift = lift_ranks[e.id] = lift_ranker(e)
            middle, second = lift
            # Compound slots take a canonical main lift when the equipment allows (barbell, then
            # dumbbells, machines, cables), never an obscure variant; accessories by fit and variety.
            return (
                e.compound != slot.compound,
                # A trained lifter's strength squat without a bar: a loaded split squat or lunge before a goblet squat
                # the arms limit at 12 reps (review 21, D5; one leg at a time doubles what the bells load), whatever
                # pattern the slot names; bodyweight squats rank with the goblet squat, behind it as before.
                # A slot that squats first takes the two-footed squat racked on the shoulders instead (dumbbell or
                # double kettlebell front squat), the goblet squat behind it: the split squat and the front squat
                # take turns as the week's heavy squat (review 24, defect 9: a Bulgarian split squat every day).
                heavy_quads
                and (
                    e.load_type != "weight"
                    or "resistance_bands" in e.equipment
                    or (rep_limited_squat(e) and (lunge_first or not heavy_held_squat(self.request, e)))
                ),
                heavy_quads and not lunge_first and not heavy_held_squat(self.request, e),
                bool(slot.patterns) and e.pattern not in slot.patterns,
                *middle,
                slot.prefer.index(e.id) if e.id in slot.prefer else len(slot.prefer),
                e.primary_muscles[0] != slot.muscle,
            ), second

        return rank

    def _lift_ranker(self, compound: bool) -> Callable[[Exercise], _LiftRank]:
        """The parts of a lift's slot rank (`_slot_ranker`) that read the slot only for whether it is a compound
        slot: the middle of the first part and all of the second, the same for every such slot of the week."""
        level = LEVEL_RANK[self.request.level]
        # Beginners learn the basic barbell lifts when strength is the goal (novice linear progression).
        skill_ok = level + 1 + (1 if self.request.goal == "strength" else 0)
        # Loads before bodyweight variants for anyone who has them (a 95 kg beginner with machines presses
        # on the machine, not from the floor); bands count as loads only for trained people.
        weights = self.request.equipment & LOADED_EQUIPMENT
        loaded = bool(weights) or (level > 0 and bool(self.request.equipment - {"bodyweight"}))
        # A band cannot load a trained person's legs: a single-leg squat can (the seventeenth review: an advanced
        # lifter with bands squatted 5 x 10-14 with a band twice a week, no pistol or split squat).
        band_legs = not weights and level > 0

        def with_loads(e: Exercise) -> bool:
            return loaded and not (band_legs and e.pattern in ("squat", "lunge"))

        # Getting down to the floor and up again: a task of its own for an older adult or a severe hip,
        # knee or ankle (a hip replacement six months ago).
        older = self.request.older
        floor_hard = older or self.request.severe_lower_limb
        loadable = bool(self.request.equipment & {"machines", "cable_machine", "resistance_bands", "dumbbells"})

        trained_bodyweight = level > 0 and not older and not self.request.par_q
        # (older adults and PAR-Q answers pull down a load they choose: below)
        bar_pulls = "pull_up_bar" in self.request.equipment and not older and not self.request.par_q
        sore_back = any(area == "lower_back" for area, _ in self.request.injuries)
        # A press through the full range (a machine or cable chest press, a bench) before one from the floor, whose
        # range stops at the floor (review 29, defect 3: a machines novice floor-pressed with dumbbells; hBO).
        full_press = bool(self.request.equipment & {"machines", "cable_machine"}) or (
            "bench" in self.request.equipment and bool(weights)
        )

        def bodyweight_gap(e: Exercise) -> int:
            """Levels from the person's: bodyweight variations by their level; holds and jumps, which
            build neither strength nor size as a harder variation does, as the easiest."""
            if e.load_type == "time" or (e.load_type == "bodyweight" and e.intensity in ("plyometric", "ballistic")):
                return level
            if _canonical_pull(e) and LEVEL_RANK[e.level] <= level:
                return 0  # a belt or a slower tempo makes a pull-up hard at any level (review 17: banded pulldowns)
            return abs(level - LEVEL_RANK[e.level]) if e.load_type == "bodyweight" else 0

        def rank(e: Exercise) -> _LiftRank:
            return (
                # An older beginner learns the legs on two feet or a supported single leg (split squat, step-up,
                # sit-to-stand), not a lift on one leg above their level nor a stepping lunge (review 24: a
                # 71-year-old novice's Bulgarian split squat).
                older and level == 0 and e.balance and e.hard_sets and (LEVEL_RANK[e.level] > level or "lunge" in e.id),
                # A beginner cannot make a pull-up or dip lighter: loadable options first.
                level == 0 and e.load_type == "bodyweight" and e.skill >= 2 and loadable,
                # A pull-up bar is for pulling up to it: a band-assisted or negative pull-up before a banded pulldown
                # (review 19: a beginner's strength week with a bar and bands had no pull-up progression at all).
                bar_pulls and compound and e.pattern == "vertical_pull" and "pull_up_bar" not in e.equipment,
                # Older adults and PAR-Q answers pull down a load they choose, not their whole body (the seventeenth
                # review: pull-ups at 8-12 reps for a 68-year-old on blood-pressure medicine, with a pulldown there).
                (older or self.request.par_q) and _canonical_pull(e) and loadable,
                # Older adults: no getting down to the floor for a main press when anything else fits.
                floor_hard and e.id in _FLOOR_PRESSES,
                # Older adults: no bent-over rowing (T-bar, barbell, dumbbell) while a supported row fits.
                # (nor anyone with a lower back injury, even a mild one: the twelfth review)
                (older or sore_back) and e.pattern == "horizontal_pull" and loading(e.id).spinal_load == "high",
                # PAR-Q: lifts that allow 8+ reps (no heavy low-rep deadlifts for a cleared heart patient),
                # (head-down pressing is never in their pool: `volume.HEAD_DOWN`).
                self.request.par_q and e.dose_max < 10,
                # Older adults: machines before the barbell lists below.
                # (an older lifter who already trains keeps the barbell lifts: the fifth review)
                older and level == 0 and compound and self.kit_rank(e, older=True),
                # Ballistic lifts (swings) are for trained people: a beginner learns the grind first.
                level == 0 and compound and e.intensity == "ballistic",
                # A trained lifter with loads presses and hinges with them, not push-ups or pike push-ups
                # (pull-ups and chin-ups stay: they are the canonical vertical pull).
                with_loads(e) and compound and e.load_type != "weight" and e.pattern != "vertical_pull",
                # Bodyweight work is made harder by the variation, not the load: a trained person gets the
                # variation of their level (archer push-ups, pistol squats, not push-ups at 20 reps or wall
                # sits: the eighth review), holds counting as the easiest; older adults and PAR-Q answers
                # keep the easier ones.
                # Above their level only where nothing of it fits (review 18: renegade rows for an intermediate's
                # abs ranked before crunches, which are easier than their level).
                not e.main_lift and LEVEL_RANK[e.level] > level,
                trained_bodyweight and bodyweight_gap(e),
                compound and band_legs and e.pattern in ("squat", "lunge") and "resistance_bands" in e.equipment,
                # A beginner starts a bodyweight ladder at its first rung: negative pull-ups before pull-ups, bent-knee
                # inverted rows before straight-legged ones (the fifteenth review: pull-ups at 8-12 for a beginner).
                level == 0 and e.load_type == "bodyweight" and LEVEL_RANK[e.level] > 0,
                (level == 0 or older) and compound and e.id in VARIETY_MAINS,
            ), (
                compound and not e.main_lift,
                e.skill > skill_ok,
                LEVEL_RANK[e.level] > level + (1 if e.main_lift else 0),
                # Compound slots are bilateral first, except a trained person's bodyweight legs: one leg at a
                # time is how they get hard enough to build strength (skater and pistol squats, not 20 air squats).
                compound and e.unilateral != (trained_bodyweight and _bodyweight_legs(e)),
                e.load_type in ("time", "distance"),
                with_loads(e) and compound and e.load_type != "weight",
                compound and full_press and e.id in _FLOOR_PRESSES,
                compound and self.kit_rank(e),
                compound and e.skill,  # the canonical lift before its harder variants
                abs(LEVEL_RANK[e.level] - level),
            )

        return rank

    def dose(self, exercise: Exercise) -> tuple[Prescription, int]:
        """The exercise's prescription and seconds per set (cached)."""
        if exercise.id not in self.doses:
            request = self.request
            unpaired = self.unpaired.get(exercise.id)
            if unpaired is None:
                unpaired = self.unpaired[exercise.id] = unpaired_dose(request, exercise)
            rx = prescribe(request, exercise, unpaired=unpaired)
            seconds = set_seconds(rx.reps_min, rx.reps_max, rx.rest_seconds, rx.duration_seconds, exercise.unilateral)
            self.doses[exercise.id] = (rx, seconds)
        return self.doses[exercise.id]

    def held_seconds(self, day: int, entry: Entry) -> int:
        """Seconds kept for two sets of each open always-direct slot (`reserved`) from work that is neither
        for those muscles nor for a floor muscle still below its floor (a 4 x 75 min hypertrophy week spent
        its upper days on flyes and straight-arm pulldowns and had no curl)."""
        exercise = entry.exercise
        if not self.reserve_direct or exercise.primary_muscles[0] in self.direct or self._needy(exercise):
            return 0
        return self.reserved(day) * 2 * _DIRECT_SET_SECONDS

    def _needy(self, exercise: Exercise) -> bool:
        """The exercise trains a floor muscle still below its floor."""
        return any(self.credit[m] < self.floor for m in exercise.primary_muscles if m in FLOOR_MUSCLES)

    def reserved(self, day: int) -> int:
        """The day's isolation slots for an always-direct muscle (`direct`) that no exercise fills yet,
        while the lifting is placed (none once `extra` work fills spare time)."""
        if not self.reserve_direct:
            return 0
        led = {e.exercise.primary_muscles[0] for e in self.days[day]}
        wanted = {s.muscle for s in self.templates[day].slots if not s.compound and s.muscle in self.direct}
        return len(wanted - led)

    def place(self, day: int, exercise: Exercise, *, variation: bool = False) -> Entry | None:
        """Put `exercise` on `day` with one set, if that fits (time, band, the day's exercise count, less
        the day's open always-direct slots); `variation`: a second isolation lift for a muscle may join the first
        (`_own_set`'s second slot for one muscle)."""
        if self.capped and len(self.days[day]) >= self.max_exercises:
            return None  # (the count's test below, with nothing held: the commonest refusal, before the costly tests)
        if any(e.exercise.id == exercise.id for e in self.days[day]):
            return None  # one lift once a day: a second "lift" for a floor that is the first again is the same sets
        # A floor muscle still below its floor outranks the reservation (a leg extension for the quads).
        held = 0 if self._needy(exercise) or exercise.primary_muscles[0] in self.direct else self.reserved(day)
        if (
            exercise.isolation
            and not variation
            and not self._needy(exercise)
            and any(e.exercise.isolation and e.exercise.primary_muscles[0] == exercise.primary_muscles[0]
                    for e in self.days[day])
        ):  # fmt: skip
            return None  # a second isolation exercise for one muscle in a session is a filler (unless a floor needs it)
        if self.capped and len(self.days[day]) + held >= self.max_exercises:
            return None
        if not one_movement.variations_allowed(self.request) and self.repeats_movement(day, exercise):
            return None  # a second lift of a movement the day has: its sets go to another movement (review 24, D8)
        # A deadlift and a Romanian deadlift, two bent-over rows, or a squat, a row and a hinge on one day: the lower
        # back does the work twice; a hip thrust and a glute bridge are one movement (the eighteenth review).
        if doubles_up([e.exercise for e in self.days[day]], exercise, self.heavy_back_days):
            return None
        rx, per_set = self.dose(exercise)
        entry = Entry(exercise, rx, 0, per_set)
        if not self.can_add(day, entry):
            return None
        self.days[day].append(entry)
        self.add_set(day, entry)
        return entry

    def fill_slots(self, compound: bool) -> None:
        """Place one set of each slot of this kind while time, band and the day's exercise count allow
        (hypertrophy always gets direct arm and side-delt work). Slots go round the days (every day's
        first slot, then every day's second) so a band's room is shared by the days, not used up by
        the first one."""
        targets = self.targets()
        direct = self.direct
        longest = max((len(t.slots) for t in self.templates), default=0)
        slots = [self.slot_order(t.slots) for t in self.templates]
        order = [(d, s[n]) for n in range(longest) for d, s in enumerate(slots) if n < len(s)]
        for day, slot in order:
            if slot.compound != compound or len(self.days[day]) >= self.max_exercises:
                continue
            if not compound and self.credit[slot.muscle] >= targets[slot.muscle] and slot.muscle not in direct:
                continue
            if compound and any(slot.muscle == e.exercise.primary_muscles[0] for e in self.days[day]):
                continue  # already led by a lift today: more sets beat another lift when time is short
            exercise = self.pick(day, slot)
            if exercise is not None and not compound and self.oddity(exercise):
                continue  # an isolation slot is not worth a hold, a rehab drill or a technical variant
            if exercise is not None and compound and exercise.id in _PREP_DRILLS and self.request.equipment:
                continue  # a drill is not a main lift when there is any equipment: the floors phase decides
            if (
                exercise is not None
                and compound
                and self.oddity(exercise)
                and self.request.equipment & LOADED_EQUIPMENT
            ):
                continue  # nor is a hold or an easy bodyweight variant for someone with loads
            if exercise is not None and compound and exercise.isolation and slot.muscle not in FLOOR_MUSCLES:
                continue  # no multi-joint lift fits a small muscle's slot: the isolation phase may add one
            if exercise is not None and slot.patterns and exercise.pattern not in slot.patterns:
                if any(e.exercise.pattern == exercise.pattern for e in self.days[day]):
                    continue  # a stand-in for a missing movement would only repeat one the day has
            entry = self.place(day, exercise) if exercise is not None else None
            if entry is not None and compound and exercise is not None and self.is_main(exercise):
                self.main_sets(day, entry)

    def targets(self) -> dict[Muscle, float]:
        """Where each muscle should land: floor muscles inside the band, small muscles a share of the floor."""
        spread = 0.0 if self.request.par_q else _SPREAD[self.request.level]
        goal = {m: float(round(self.floor + (self.top - self.floor) * spread)) for m in FLOOR_MUSCLES}
        # Hypertrophy trains the small muscles as deliberately as the big ones (their floor); other
        # goals give them a share of it and let compounds do the rest.
        scale = 1.0 if "hypertrophy" in self.request.goals else 0.6
        goal.update({m: float(round(self.floor * scale * share / 0.6)) for m, share in _SOFT_SHARE.items()})
        return defaultdict(float, goal)

    def fill_targets(self, muscles: tuple[Muscle, ...]) -> None:
        """Add sets, most-behind muscle first, until each reaches its target or nothing more fits."""
        targets, stuck = self.cached_targets, set()
        while True:
            behind = [m for m in muscles if m not in stuck and self.credit[m] + _EPS < targets[m]]
            if not behind:
                return
            # Muscles the allowed exercises can bring to their floor before those they cannot (a rehab hold
            # for an injured lat must not take the session's last slot from the quads' floor).
            muscle = max(
                behind,
                key=lambda m: (
                    m not in self.untrainable,
                    (targets[m] - self.credit[m]) / targets[m],
                    -muscles.index(m),
                ),
            )
            if not self._grow(muscle):
                stuck.add(muscle)

    def oddity(self, exercise: Exercise, *, ladder: bool = True) -> int:
        """`_oddity`, plus (`ladder`) a ladder step below the person's level (a wall push-up for an
        intermediate). Memoised for the week: it reads only the lift, the request and the pool (`by_muscle`)."""
        memo = self.oddities[ladder]
        found = memo.get(exercise.id)
        if found is None:
            found = memo[exercise.id] = self._computed_oddity(exercise, ladder)
        return found

    def _computed_oddity(self, exercise: Exercise, ladder: bool) -> int:
        """`oddity`, computed."""
        step = LEVEL_RANK[exercise.level] - LEVEL_RANK[self.request.level]
        below = step < 0 and exercise.harder is not None
        # A trained lifter with loads does not row in a doorframe: bodyweight work below their level is a filler.
        # Loads only count where the allowed lifts use them for this muscle (a severe wrist holds no dumbbell).
        loaded = not self.request.older and any(
            other.load_type == "weight" for other in self.by_muscle.get(exercise.primary_muscles[0], ())
        )
        # (nor does a dumbbell or kettlebell lifter do bodyweight single-leg RDLs or tempo squats: the twelfth review)
        legs = exercise.pattern in ("squat", "hinge", "lunge") and step <= 0
        # (nor a ladder's first rung for a young, unflagged lifter with loads: a wall push-up cannot be taken near
        # failure at 8-12 reps beside a machine chest press; review 20, D9)
        first_rung = exercise.harder is not None and not rungs_below(exercise.id) and not self.request.par_q
        easy = loaded and exercise.compound and (step < 0 or legs or first_rung)
        # Pull-ups and chin-ups are the canonical vertical pull at every level (a belt adds load): never a filler
        # (the fourteenth review: an advanced kettlebell lifter with a pull-up bar rowed twice a day instead).
        canonical = exercise.pattern == "vertical_pull" and exercise.compound and exercise.load_type == "bodyweight"
        return _oddity(exercise) + int(
            ladder and (below or easy) and exercise.load_type == "bodyweight" and not canonical
        )

    def repeats(self, day: int, exercise: Exercise) -> bool:
        """Whether the day already has a lift of this movement for the same lead muscle (a second
        Romanian-deadlift variant after a Romanian deadlift adds little a coach would want)."""
        key = (exercise.pattern, exercise.primary_muscles[0], exercise.isolation)
        return any(
            (e.exercise.pattern, e.exercise.primary_muscles[0], e.exercise.isolation) == key for e in self.days[day]
        )

    def repeats_movement(self, day: int, exercise: Exercise) -> bool:
        """Whether `exercise` would repeat a movement the day already holds as often as its template asks
        (`one_movement`: a cable leg extension beside a leg extension, a gorilla row beside a kettlebell row)."""
        return one_movement.too_many(self.templates[day], [e.exercise for e in self.days[day]], exercise)

    def collateral(self, exercise: Exercise, muscle: Muscle) -> float:
        """How much one more set loads other muscles that already have enough (or are near the top)."""
        targets, total = self.cached_targets, 0.0
        for weight, group in ((1.0, exercise.primary_muscles), (0.5, exercise.secondary_muscles)):
            for other in group:
                limit = targets[other] or 0.8 * self.top
                if other != muscle and self.credit[other] + weight > limit + _EPS:
                    total += weight
        return total

    def _grow(self, muscle: Muscle) -> bool:
        """Add one set for `muscle`: to an exercise already placed, or a new one, whichever spills over less."""
        moves = [
            (self.collateral(entry.exercise, muscle), self.day_sets[day], entry.sets, self.used[day], day, i)
            for day, entries in enumerate(self.days)
            for i, entry in enumerate(entries)
            if muscle in entry.exercise.primary_muscles and self.can_add(day, entry)
        ]
        best = min(moves, default=None)
        lifting = [d for d, t in enumerate(self.templates) if t.kind == "lifting"]
        lightest = min((self.day_sets[d] for d in lifting), default=0)
        # Nothing spills over: no need to look further, unless another day is much lighter (a low band
        # filled on two days can leave the third empty).
        if best is not None and best[0] == 0 and self.day_sets[best[4]] <= lightest + 3:
            self.add_set(best[4], self.days[best[4]][best[5]])
            return True
        fits: dict[str, bool] = {}  # one credit for every day of this call: ask fits_top once per lift
        level, strength = LEVEL_RANK[self.request.level], self.request.goal == "strength"
        conditioning_goal = not {"hypertrophy", "strength"} & set(self.request.goals)
        loaded_kit = bool(self.request.equipment & LOADED_EQUIPMENT) and not self.request.older
        traits: dict[str, tuple[int, bool, bool, float]] = {}  # per lift, the same on every day of this call

        def trait(exercise: Exercise) -> tuple[int, bool, bool, float]:
            found = traits.get(exercise.id)
            if found is None:
                found = traits[exercise.id] = (
                    self.oddity(exercise),
                    # Above the person's level (a Nordic curl for an intermediate) only when nothing else fits.
                    LEVEL_RANK[exercise.level] > level,
                    # Strength is built with multi-joint lifts; isolation only when none fits.
                    strength and exercise.isolation,
                    self.collateral(exercise, muscle),
                )
            return found

        # `repeats`, per day: the movements (pattern, lead muscle, isolation) each day already has.
        movements = [{(e.exercise.pattern, e.exercise.primary_muscles[0], e.exercise.isolation) for e in entries}
                     for entries in self.days]  # fmt: skip
        fresh = sorted(
            (
                (exercise.pattern, exercise.primary_muscles[0], exercise.isolation) in movements[day],
                *trait(exercise),
                self.day_sets[day],  # the lighter day first: days of one split carry comparable work
                order,
                self.used[day],
                day,
                exercise.id,
                exercise,
            )
            for day in range(len(self.templates))
            if self.templates[day].kind == "lifting"
            and (muscle in self.templates[day].muscles or (self.anywhere and self.templates[day].hosts(muscle)))
            and self.budget - self.small_reserve - self.used[day] >= 30
            for order, exercise in enumerate(
                # Big movers take compound lifts first; small muscles their own isolation work.
                self.options(
                    day,
                    Slot(muscle, muscle in FLOOR_MUSCLES),
                    self.budget - self.small_reserve - self.used[day],
                    fits,
                )
            )
        )
        heavy_best = best is not None and self.day_sets[best[4]] > lightest + 3
        for repeats, odd, above, _, collateral, _, _, _, day, _, exercise in fresh:
            # (nor, for someone with loads, while a proper lift already trains the muscle: a set traded from a muscle
            # with room, `make_room`, beats a towel row for a barbell lifter, the eighteenth review)
            held_back = odd and loaded_kit and self._trained_properly(muscle)
            if (odd or above) and (
                best is not None or held_back or (self.time_limited and self._trained_properly(muscle))
            ):
                # A hold, drill or a lift above the person's level (wall sits, towel rows, sissy squats and
                # Nordic curls for an intermediate) only when no placed lift can take the set, and in a week
                # short of time only for a muscle no proper lift trains: the floor is excused there.
                break
            if best is not None and collateral >= best[0]:
                if not heavy_best:
                    break
                if collateral > best[0] or self.day_sets[day] + 3 >= self.day_sets[best[4]]:
                    continue  # only a much lighter day may take it instead, at no more spill-over
            if repeats and self.extra:
                break  # spare minutes never buy a second lateral-raise variant on the same day
            if best is not None and exercise.isolation and muscle in FLOOR_MUSCLES and conditioning_goal:
                # Outside hypertrophy and strength a big muscle's sets go to the compound lift it has, not a new fly
                # or leg extension (the eighteenth review: eight sets of floor flyes a week in an endurance plan).
                continue
            if self.place(day, exercise) is not None:
                return True
        if best is not None:
            self.add_set(best[4], self.days[best[4]][best[5]])
            return True
        return False

    def _trained_properly(self, muscle: Muscle) -> bool:
        """Some lift of the week that is neither odd nor above the person's level leads with `muscle`."""
        level = LEVEL_RANK[self.request.level]
        return any(
            muscle in e.exercise.primary_muscles
            and not self.oddity(e.exercise)
            and LEVEL_RANK[e.exercise.level] <= level
            for entries in self.days
            for e in entries
        )

    def slot_order(self, slots: tuple[Slot, ...]) -> tuple[Slot, ...]:
        """A day's slots in the order they are filled: as the template lists them, except that a strength week
        without a barbell squats first on every day that has a quad slot (review 22: dumbbells only, 2-3 x 45, the
        Romanian deadlift, the press and the row took the minutes and Day B had no leg lift; a split squat twice a
        week is the coach's minimum). With a bar the squat already leads its days."""
        if (
            self.request.goal != "strength"
            or "barbell" in self.request.equipment
            or not self.request.equipment & HELD_BELLS
        ):
            return slots
        # A day built around the deadlift keeps its hinge first, the squat second: the main lift rotates by pattern
        # across the week (review 23: the dumbbell Romanian deadlift led every day and the quads got 6 sets a week).
        hinge_day = bool(slots) and slots[0].compound and "hinge" in slots[0].patterns
        return tuple(
            sorted(slots, key=lambda s: (hinge_day and s is not slots[0], not (s.compound and s.muscle == "quads")))
        )

    @property
    def heavy_back_days(self) -> bool:
        """A strength week of two or more lifting days keeps a third lower-back lift off a day (`back_heavy`): the
        hinge goes to the other day. One day a week squats, benches, hinges and rows (a coach's one-day minimum)."""
        return self.request.goal == "strength" and len(self.days) > 1

    def is_main(self, exercise: Exercise) -> bool:
        """A lift that anchors a day: a canonical main lift, or the split squat or lunge dosed as strength work that is
        the heavy squat of a week without a bar (`engine._roles` names it main; review 22: a dumbbell-only strength
        week's lunge got one set beside three of the Romanian deadlift and the press, then went, and a wall sit
        was the day's only leg lift)."""
        return (
            exercise.main_lift
            or (exercise.pattern == "lunge" and strength_held_lift(self.request, exercise))
            or heavy_held_squat(self.request, exercise)
        )

    def main_sets(self, day: int, entry: Entry) -> None:
        """Bring one of the day's first two main lifts to MIN_MAIN_SETS working sets while time and band
        allow: one set of a main lift is a demonstration, not training, so main lifts take the
        session's best minutes before other lifts get theirs."""
        mains = [e for e in self.days[day] if self.is_main(e.exercise)]
        # (a split squat, one leg at a time, takes two sets here: both legs' minutes; its third comes with the rest)
        # (the day's leading squat takes a main lift's sets: the knee-dominant main lift of a week without a bar)
        lead = bool(mains) and entry is mains[0] and entry.exercise.pattern in ("squat", "lunge")
        least = self.min_main_sets if entry.exercise.main_lift or lead else min(2, self.min_main_sets)
        if entry in mains[:2]:
            while entry.sets < least and self.can_add(day, entry):
                self.add_set(day, entry)

    def make_room(self, rounds: int = 12) -> None:
        """A floor muscle stuck below its floor, because its exercises would push another muscle past
        the band's top (hamstring work also loads glutes) or the sessions are full: move a set from
        a lift whose muscles stay at or above their floor to the stuck muscle."""
        for _ in range(rounds):
            stuck = [
                m
                for m in FLOOR_MUSCLES
                if self.credit[m] + _EPS < self.floor and self.by_muscle[m] and m not in self.untrainable
            ]
            if not stuck:
                return
            needy = stuck[0]
            # Muscles at the top that block the needy muscle's exercises: a donor must relieve one.
            full = {
                m
                for e in self.by_muscle[needy]
                for m, weight in (self.loads.get(e.id) or ())
                if m != needy and self.credit[m] + weight > self.top + _EPS
            }
            donors = [
                (self._surplus(entry.exercise), entry.sets, day, i)
                for day, entries in enumerate(self.days)
                for i, entry in enumerate(entries)
                if needy not in entry.exercise.primary_muscles
                and (not full or full & {*entry.exercise.primary_muscles, *entry.exercise.secondary_muscles})
                and all(
                    self.credit[m] - 1 >= self.floor or m in self.untrainable
                    for m in entry.exercise.primary_muscles
                    if m in FLOOR_MUSCLES
                )
                and not (self.is_main(entry.exercise) and 1 < entry.sets <= self.main_keeps)
            ]
            if not any(self._donate(day, i, needy) for _, _, day, i in sorted(donors, reverse=True)[:6]):
                if not (full and coverage.trade_for_floor(self, needy, full)):
                    return
                self._grow(needy)  # into the room the trade made

    @property
    def main_keeps(self) -> int:
        """Sets a main lift keeps when it gives sets to a muscle below its floor: a strength week's all its working
        sets (review 18: an advanced 2 x 45 week's overhead press gave one to the incline press and fell off its
        5/3/1 wave), else two (a swing beats a third goblet squat set)."""
        return self.min_main_sets if self.request.goal == "strength" else min(2, self.min_main_sets)

    def _donate(self, day: int, index: int, needy: Muscle) -> bool:
        """Move one set of the entry at (day, index) to `needy`; put it back if nothing can use it."""
        entry = self.days[day][index]
        self.remove_set(day, index)
        self.anywhere = True
        if self._grow(needy):
            return True
        if entry.sets == 0:
            self.days[day].insert(index, entry)
        self.add_set(day, entry)
        return False

    def _surplus(self, exercise: Exercise) -> float:
        """How far above its target the exercise's least-served primary muscle is (donate from plenty)."""
        return min(self.credit[m] - self.cached_targets[m] for m in exercise.primary_muscles)

    def remove_set(self, day: int, index: int) -> None:
        """Take one set off the entry at (day, index); an entry left with none leaves the day."""
        entry = self.days[day][index]
        entry.sets -= 1
        self.used[day] -= entry.per_set
        self.count_sets(day, entry.exercise, -1)
        if entry.sets == 0:
            del self.days[day][index]

    def consolidate(self) -> None:
        """No single-set exercises: a lone set gets a second one, or joins another lift for the same
        lead muscle that day, or goes when its muscles keep their floor (one set of an accessory adds
        setup time but little training; coaches program 2-4 sets of fewer exercises)."""
        # Short of time only while a floor is still unmet: a week whose floors are met keeps no lone sets.
        limited = self.time_limited and not self.floors_met()
        for day, entries in enumerate(self.days):
            for entry in [e for e in entries if e.sets == 1 and e.exercise.hard_sets]:
                if self.can_add(day, entry):
                    self.add_set(day, entry)
                    continue
                if self.borrow(day, entry):
                    continue
                lead = entry.exercise.primary_muscles[0]
                index = entries.index(entry)
                self.remove_set(day, index)
                partner = next(
                    (e for e in entries if e.exercise.primary_muscles[0] == lead and self.can_add(day, e)), None
                )
                if partner is not None:
                    self.add_set(day, partner)
                elif (
                    limited
                    and (
                        entry.exercise.main_lift
                        or any(m in FLOOR_MUSCLES and self.credit[m] < 1 for m in entry.exercise.primary_muscles)
                    )
                ) or (
                    not limited
                    and any(
                        m in FLOOR_MUSCLES and self.credit[m] + _EPS < self.floor and m not in self.untrainable
                        for m in (*entry.exercise.primary_muscles, *entry.exercise.secondary_muscles)
                    )
                ):
                    # A main lift, a muscle nothing else trains, or a floor that needs it: keep the lone set.
                    entries.insert(index, entry)
                    self.add_set(day, entry)

    def borrow(self, day: int, entry: Entry) -> bool:
        """A lone set's second set taken from the day's biggest lift when it has three or more: 2 + 2
        sets of two lifts train more of the body than 3 + 1 (never one of the day's two main lifts below
        its minimum)."""
        anchors = [e for e in self.days[day] if self.is_main(e.exercise)][:2]  # as `main_sets` counts them
        met = self.floors_met()
        # Short of time, a floor muscle's set goes only to a lift that serves a floor still short: an ab, calf or arm
        # lift never takes a set from a chest press while the chest is under its floor (review 20, D4: a machine
        # week's chest press gave three sets to lone crunch, knee-raise and curl sets, and four floors fell short).
        serves_floor = any(
            m in FLOOR_MUSCLES and self.credit[m] + _EPS < self.floor and m not in self.untrainable
            for m in entry.exercise.primary_muscles
        )
        donors = [
            e
            for e in self.days[day]
            if e is not entry
            and e.sets >= 3
            and e.exercise.hard_sets
            and not (e in anchors and e.sets <= self.min_main_sets)
            # A floor is kept where it can be, and a main lift never gives a floor away once the floors are met (the
            # eighteenth review: an endurance week's goblet squats gave two sets to a lone glute bridge and a press,
            # and the quads fell short).
            and (
                self.keeps_floors(e.exercise)
                or (self.time_limited and serves_floor and not (e.exercise.main_lift and met))
            )
        ]
        if not donors:
            return False
        donor = max(donors, key=lambda e: e.sets)
        index = self.days[day].index(donor)
        self.remove_set(day, index)
        if self.can_add(day, entry):
            self.add_set(day, entry)
            return True
        self.add_set(day, donor)
        return False

    def top_up(self) -> None:
        """Time freed by consolidation goes back to the day's own lifts, main lifts first, a set at a time,
        to lifts whose muscles are still short of their targets (not a fourth set of curls), pulls before presses
        (review 18: a 30-minute upper day's freed set went to the floor press, 5 pressing sets to 2 rows)."""
        targets = self.cached_targets
        for day, entries in enumerate(self.days):
            grew = True
            while grew:
                grew = False
                for entry in sorted(entries, key=lambda e: (not e.exercise.main_lift, _presses(e.exercise), e.sets)):
                    short = any(self.credit[m] + _EPS < targets[m] for m in entry.exercise.primary_muscles)
                    if entry.exercise.hard_sets and short and self.can_add(day, entry):
                        self.add_set(day, entry)
                        grew = True
                        break

    def floors_met(self) -> bool:
        """Every floor muscle the allowed exercises can train is at its floor."""
        trainable = [m for m in FLOOR_MUSCLES if self.by_muscle[m] and m not in self.untrainable]
        return all(self.credit[m] + _EPS >= self.floor for m in trainable)

    def fill_thin_days(self) -> None:
        """A lifting day left with fewer than `THIN_DAY_LIFTS` lifts gets its template's small-muscle slots (curls
        and rear-delt flyes on a pull day), two sets each, while time, band and the session allow (review 16: a
        dumbbell pull day was one row for 26 of 45 minutes, and no curls all week)."""
        for day, template in enumerate(self.templates):
            if template.kind != "lifting":
                continue
            for slot in template.slots:
                if slot.compound or len(self.days[day]) >= THIN_DAY_LIFTS:
                    continue
                if any(e.exercise.primary_muscles[0] == slot.muscle for e in self.days[day]):
                    continue
                exercise = self.pick(day, slot)
                if exercise is None or self.oddity(exercise):
                    continue
                entry = self.place(day, exercise)
                if entry is not None and self.can_add(day, entry) and self.fits_session(day, exercise):
                    self.add_set(day, entry)

    def fill_time(self) -> None:
        """Minutes left once every muscle has its target go to more of the same useful work, up to
        the upper part of the band (a 45-minute session is 45 minutes of training, not 20 minutes
        and a note). PAR-Q users fill less of the band; time-limited weeks have no
        minutes left to give."""
        if not self.floors_met():
            return
        # PAR-Q users fill less of the band (cardiac rehabilitation: 1-3 sets for each major muscle
        # group, 2-3 days a week; Williams et al. 2007), but a 45-minute session is still a session.
        spread = _FILL_SPREAD_PAR_Q if self.request.par_q else _FILL_SPREAD
        upper = float(round(self.floor + (self.top - self.floor) * spread))
        targets = self.cached_targets
        for muscle in FLOOR_MUSCLES:
            targets[muscle] = max(targets[muscle], upper)
        # Small muscles a little past their target: the big lifts already train them (curls on top of
        # rows and pull-ups add up fast).
        for muscle in _SOFT_SHARE:
            targets[muscle] = float(round(targets[muscle] * 1.25))
        self.extra = True
        self.fill_targets(FLOOR_MUSCLES)
        self.fill_targets(tuple(_SOFT_SHARE))
        self.extra = False

    def balance_days(self) -> None:
        """The lifting days of one split hold about the same hard sets (within `DAY_BALANCE` of the fullest day): a
        short day's spare minutes go to its own muscles, more sets of its lifts or a new lift for one of its slots
        (a row variation, rear-delt flyes, curls on a pull day), up to the band's top (review 20: PPL pull days of
        12-14 sets in 43-49 of 60 minutes beside push and leg days of 18-24). Split days only (push, pull, upper,
        lower): full-body days share one template and an older adult's keep minutes for the power drill."""
        lifting = [day for day, t in enumerate(self.templates) if t.kind == "lifting" and t.body != "full"]
        if len(lifting) < 2 or not self.floors_met():
            return
        # A day's own work is compared, not its core sets: a push day's hanging leg raises are not pressing, and they
        # set a pull day a target no pulling muscle had room for (review 20: a 7 x 180 week's pull days at 17-18 sets
        # beside push and leg days of 23-25 that held 2-4 sets of core work each).
        want = math.ceil(DAY_BALANCE * max(self._own_sets(day) for day in lifting) - _EPS)
        for day in lifting:
            for _ in range(2 * want):
                if self._own_sets(day) >= want or not self._own_set(day):
                    break
        # Then the minutes: a day of the split that ends well short of the session while another fills it gets more
        # of its own work, a second variation for a muscle its template lists twice included (review 23: PPL pull
        # days at 44-51 of 60 minutes beside push and leg days of 60, their back at the band's top; hammer curls
        # beside incline curls are a pull day's work, not filler). A set fits while the day stays within the session.
        # The week's upper-body sets stay within twice its leg sets (`engine._legs_at_half`, which would otherwise take
        # them back from a push day); no core work makes up a pull day (review 20).
        fullest = max(self.used[day] for day in lifting)
        for day in lifting:
            for _ in range(SESSION_HARD_SETS_MAX[self.request.level]):
                if fullest - self.used[day] <= self.budget * SHORT_DAY_SHARE:
                    break
                if self._legs_keep_half(day):
                    if not self._own_set(day, variation=True):
                        break
                elif not self._traded_set(day, lifting):
                    break

    def _traded_set(self, day: int, lifting: list[int]) -> bool:
        """With the week's upper-body sets at twice its legs', a short upper day takes its set from the fullest upper
        sibling's isolation lift of three sets or more (a push day's fourth fly), never under a floor: the week's
        work stays and the days even out (review 23: Pull B at 51 of 60 minutes beside push days of 60)."""
        floor = self.request.band[0]
        donors = [d for d in lifting if d != day and self.templates[d].body != "lower"]
        for donor in sorted(donors, key=lambda d: -self.used[d]):
            if self.used[donor] - self.used[day] <= self.budget * SHORT_DAY_SHARE:
                return False
            for index, entry in sorted(enumerate(self.days[donor]), key=lambda p: -p[1].sets):
                exercise = entry.exercise
                if not (exercise.hard_sets and exercise.isolation and entry.sets >= 3) or exercise.primary_muscles[
                    0
                ] in _CORE | set(self.templates[day].muscles):
                    continue
                if any(self.credit[m] - 1 < floor for m in exercise.primary_muscles if m in FLOOR_MUSCLES):
                    continue
                self.remove_set(donor, index)
                if self._own_set(day, variation=True):
                    return True
                self.add_set(donor, entry)
                return False
        return False

    def _legs_keep_half(self, day: int) -> bool:
        """One more upper-body set on `day` keeps the week's upper-body sets within twice its leg sets (a leg day
        always may)."""
        if self.templates[day].body == "lower":
            return True
        sets = {"upper": 0, "lower": 0}
        for entries in self.days:
            for entry in entries:
                regions = {region(m) for m in entry.exercise.primary_muscles}
                if entry.exercise.hard_sets and len(regions) == 1 and regions <= sets.keys():
                    sets[regions.pop()] += entry.sets
        return sets["upper"] + 1 <= 2 * sets["lower"]

    def _own_sets(self, day: int) -> int:
        """The day's hard sets of lifts that lead with a muscle other than the core's."""
        return sum(
            e.sets for e in self.days[day] if e.exercise.hard_sets and e.exercise.primary_muscles[0] not in _CORE
        )

    def _own_set(self, day: int, *, variation: bool = False) -> bool:
        """One more hard set on `day` for a muscle of its template: on the lift whose lead muscle has the most room
        under the band's top, else a new lift (two sets) for one of the day's slots."""
        template = self.templates[day]
        own = template.muscles - _CORE  # the day's muscles, not its core slot (woodchops are not a pull day's work)

        def room(entry: Entry) -> tuple[float, int]:
            return self.credit[entry.exercise.primary_muscles[0]], entry.sets

        entries = [e for e in self.days[day] if e.exercise.hard_sets and e.exercise.primary_muscles[0] in own]
        for entry in sorted(entries, key=room):
            if entry.exercise.isolation and entry.sets >= 3:
                continue  # a fourth set of one isolation lift loses to a new lift for another muscle
            if self.can_add(day, entry):
                self.add_set(day, entry)
                return True
        mine = [s for s in template.slots if s.muscle in own]
        slots = sorted(mine, key=lambda s: (s.compound, self.credit[s.muscle]))
        for slot in slots:
            options = [e for e in self.options(day, slot)[:3] if not (self.oddity(e) or self.repeats(day, e))]
            if self._new_lift(day, options):
                return True
        # A template's second slot for one small muscle takes a second variation (hammer curls) in sessions of two
        # hours or more, where the day's big muscles are at their weekly top; shorter sessions keep one isolation lift
        # a muscle (review 8: two lateral-raise variants in a 90-minute session are filler), unless the day is short of
        # its split's minutes (`variation`, `balance_days`).
        long_session = variation or self.request.minutes >= VARIATION_MINUTES
        for slot in slots if long_session else ():
            if slot.compound or sum(s.muscle == slot.muscle for s in mine) < 2:
                continue
            led = [e.exercise for e in self.days[day] if e.exercise.primary_muscles[0] == slot.muscle]
            if len(led) != 1:
                continue
            # (a variation that works the muscle another way first: a neutral grip's forearms, not another incline curl)
            # (under two hours only one that works the arm another way: its muscles are not a lift's of the day, so a
            # hammer curl beside an incline curl, never a second curl or a second lateral raise; review 8)
            held = (
                []
                if self.request.minutes >= VARIATION_MINUTES
                else [set(e.exercise.primary_muscles) for e in self.days[day]]
            )
            options = sorted(
                (
                    e
                    for e in self.options(day, slot)
                    if e.isolation and not self.oddity(e) and set(e.primary_muscles) not in held
                ),
                key=lambda e: (
                    {*e.primary_muscles, *e.secondary_muscles} <= {*led[0].primary_muscles, *led[0].secondary_muscles},
                    set(e.primary_muscles) == set(led[0].primary_muscles),  # a hammer curl's grip before a curl's
                ),
            )
            if self._new_lift(day, options[:3], variation=True):
                return True
        for entry in sorted(entries, key=room):  # a last set on a lift that already has three
            if self.can_add(day, entry):
                self.add_set(day, entry)
                return True
        return False

    def balance_push_pull(self) -> None:
        """Each day pulls about as much as it presses (a set or two either way): pressing muscles are
        split between lifts (bench for chest, press for delts) while one row trains lats and upper
        back, so filling muscles alone leaves upper days press-heavy; coaches keep at least a 1:1
        push:pull ratio for the shoulders' sake (NSCA; Saeterbakken et al. 2019 on imbalance)."""
        for day, entries in enumerate(self.days):
            if self.templates[day].name.startswith(("Push", "Pull", "Lower")):
                continue  # one-sided by design: a push day gets no rows, a pull day no presses
            for _ in range(12):
                push = sum(e.sets for e in entries if e.exercise.pattern in _PUSH and e.exercise.compound)
                pull = sum(e.sets for e in entries if e.exercise.pattern in _PULL)
                if push <= pull + 1 or not self._pull_set(day):
                    if push <= pull + 1 or not self._drop_push_set(day):
                        break

    def _pull_set(self, day: int) -> bool:
        """One more pulling set on `day`: on a pull it has, else a new pull that fits."""
        entries = self.days[day]
        for entry in sorted((e for e in entries if e.exercise.pattern in _PULL), key=lambda e: e.sets):
            if entry.exercise.hard_sets and self.can_add(day, entry):
                self.add_set(day, entry)
                return True
        pulls: tuple[tuple[Muscle, Pattern], ...] = (("upper_back", "horizontal_pull"), ("lats", "vertical_pull"))
        for muscle, pattern in pulls:
            options = self.options(day, Slot(muscle, True, (pattern,)))[:3]
            if self._new_lift(day, [e for e in options if e.pattern == pattern and not self.oddity(e)]):
                return True
        return False

    def _new_lift(self, day: int, options: list[Exercise], *, variation: bool = False) -> bool:
        """The first of `options` that fits `day` with two sets (a new lift never comes as a lone set)."""
        for exercise in options:
            placed = self.place(day, exercise, variation=variation)
            if placed is None:
                continue
            if self.can_add(day, placed):
                self.add_set(day, placed)
                return True
            self.remove_set(day, self.days[day].index(placed))
        return False

    def more_lifts_for_floors(self) -> None:
        """A floor still short under a heart or blood-pressure answer's 2 sets a lift: a second lift for the muscle
        (a leg press beside the squat, a pulldown beside the row) on a day that trains it, two sets of it."""
        for muscle in FLOOR_MUSCLES:
            options = sorted(self.by_muscle[muscle], key=lambda e: (self.oddity(e), len(e.primary_muscles), e.id))
            for day, template in enumerate(self.templates):
                if self.credit[muscle] >= self.floor:
                    break
                if template.kind != "lifting":
                    continue
                fitting = [e for e in options if template.allows(e)]
                while self.credit[muscle] < self.floor and self._new_lift(day, fitting, variation=True):
                    pass

    def hold_heart_cap(self) -> None:
        """No lift over a heart or blood-pressure answer's sets, whatever a later phase added (review 21, D4)."""
        if not self.request.few_sets:
            return
        for day, entries in enumerate(self.days):
            for index in range(len(entries) - 1, -1, -1):
                while entries[index].sets > min(self.max_sets, set_cap(entries[index].exercise)):
                    self.remove_set(day, index)

    def _drop_push_set(self, day: int) -> bool:
        """One set less of the day's biggest pressing lift, or a two-set pressing accessory as a whole
        (never a main lift's working sets, never below a floor, never a lone set left behind)."""
        entries = self.days[day]
        anchors = [e for e in entries if self.is_main(e.exercise)][:2]  # the day's main lifts (main_sets)
        donors = [
            (entry in anchors, -entry.sets, index)
            for index, entry in enumerate(entries)
            if entry.exercise.pattern in _PUSH
            and entry.exercise.compound
            and entry.sets >= 2
            and not (entry in anchors and entry.sets <= max(2, self.min_main_sets))
            and self.keeps_floors(entry.exercise, 1 if entry.sets > 2 else 2)
        ]
        if not donors:
            return False
        index = min(donors)[2]
        for _ in range(1 if entries[index].sets > 2 else 2):
            self.remove_set(day, index)
        return True

    def keeps_floors(self, exercise: Exercise, sets: int = 1) -> bool:
        """`sets` sets less of `exercise` leave every floor muscle it trains (fully or half) at its floor."""
        loads = [*((m, 1.0) for m in exercise.primary_muscles), *((m, 0.5) for m in exercise.secondary_muscles)]
        return all(
            self.credit[m] - weight * sets + _EPS >= self.floor
            for m, weight in loads
            if m in FLOOR_MUSCLES and m not in self.untrainable
        )

    def second_sets(self) -> None:
        """Give every multi-joint lift at least two working sets while time and band allow."""
        # Round the days (every day's first lift, then every day's second): a low band's room is shared
        # by the days instead of used up by the first one (which left a mobility week's day B empty).
        longest = max((len(entries) for entries in self.days), default=0)
        for index in range(longest):
            for day, entries in enumerate(self.days):
                if index < len(entries):
                    entry = entries[index]
                    if entry.exercise.compound and entry.sets < 2 and self.can_add(day, entry):
                        self.add_set(day, entry)


# A split's lifting days are brought to this share of the fullest day's hard sets while time and band allow, to stay
# well inside the coach's "within about 20%" (`Week.balance_days`).
DAY_BALANCE = 0.9
# A split day ending this share of the session short of its fullest sibling takes more of its own work (`balance_days`).
SHORT_DAY_SHARE = 0.1
VARIATION_MINUTES = (
    one_movement.VARIATION_MINUTES
)  # sessions this long may hold a second isolation variation for one muscle (`_own_set`)
_CORE: frozenset[str] = frozenset({"abs", "obliques", "lower_back"})
THIN_DAY_LIFTS = 4  # fewer lifts than this on a lifting day: its small-muscle slots are filled (`fill_thin_days`)


def allocate(week: Week) -> Week:
    """Run the allocation phases: compounds (main lifts to working sets), floor muscles, then small-muscle work."""
    week.fill_slots(compound=True)
    week.fill_targets(FLOOR_MUSCLES)
    week.headroom = 0.0
    week.capped = week.time_limited or not any(week.credit[m] < week.floor and week.by_muscle[m] for m in FLOOR_MUSCLES)
    week.fill_targets(FLOOR_MUSCLES)
    # When equipment or injuries leave some split days with little to do, floors may need those days.
    if any(week.credit[m] < week.floor and week.by_muscle[m] for m in FLOOR_MUSCLES):
        week.anywhere = True
        week.fill_targets(FLOOR_MUSCLES)
    # Few allowed exercises (equipment, injuries) can cap a floor muscle below its floor: only then
    # allow more sets per exercise, up to the validator's limit of 8.
    # A heart or blood-pressure answer's cap holds: another lift for the muscle instead (review 21, D4).
    while (
        not week.request.few_sets
        and week.max_sets < MAX_SETS_ENGINE
        and any(week.credit[m] < week.floor and week.by_muscle[m] for m in FLOOR_MUSCLES)
    ):
        week.max_sets += 1
        week.fill_targets(FLOOR_MUSCLES)
    if week.request.few_sets:
        week.more_lifts_for_floors()
    week.make_room()
    week.max_sets, week.anywhere, week.capped = week.request.max_sets, False, True
    week.small_reserve = 0
    week.kept = dict(week.later)  # floors are met: from here on, leave the extras' room
    week.second_sets()
    week.fill_slots(compound=False)
    week.reserve_direct = False
    week.fill_targets(tuple(_SOFT_SHARE))
    week.fill_thin_days()
    week.fill_time()
    week.consolidate()
    if week.time_limited:
        week.top_up()
    week.balance_push_pull()
    week.balance_days()
    coverage.cover_press_and_pull(week)
    coverage.limit_lone_sets(week)
    coverage.step_up_ladders(week)
    coverage.cover_full_body_days(week)
    coverage.cover_rehab_basics(week)
    coverage.no_lone_sets(week)
    coverage.cover_full_body_days(week)  # a lone lift that went may have been the day's only one of its kind
    short_days.rotate_short_full_body_days(week)
    week.hold_heart_cap()
    week.kept = {}  # the extras now take the room kept for them
    return week


def _presses(exercise: Exercise) -> bool:
    """A compound pressing lift (the push side of a day's push:pull balance)."""
    return exercise.pattern in _PUSH and exercise.compound
