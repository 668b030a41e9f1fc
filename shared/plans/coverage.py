"""Week-level repairs the greedy allocator (`allocator.Week`) cannot see from one set at a time.

trade_for_floor(week, needy, full) -> bool   a floor blocked by a muscle at the band's top is reached by
                                             moving a set to a lift that loads that muscle less
cover_press_and_pull(week)                   every week presses and pulls when the pool allows it
limit_lone_sets(week)                        at most two single-set lifts a day
cover_rehab_basics(week)                     a severely injured area's rehab basics on the lifting days
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.rules import (
    FLOOR_MUSCLES,
    LOWER_PATTERNS,
    PULL_PATTERNS,
    PUSH_PATTERNS,
    rehab_basics,
    unloaded_areas,
)
from shared.plans.splits import Slot
from shared.profile.model import Muscle, Pattern

if TYPE_CHECKING:
    from shared.plans.allocator import Entry, Week


def _burden(exercise: Exercise, muscles: set[Muscle]) -> float:
    """The sets one set of `exercise` adds to `muscles` (primary 1, secondary a half)."""
    return sum(1.0 for m in exercise.primary_muscles if m in muscles) + sum(
        0.5 for m in exercise.secondary_muscles if m in muscles
    )


def trade_for_floor(week: Week, needy: Muscle, full: set[Muscle]) -> bool:
    """One set of a lift for `needy` that also loads a muscle at the top (a single-leg Romanian deadlift
    loads the glutes fully) moves to a lift for `needy` that loads it less (a sliding leg curl, half):
    `needy` keeps its sets and the full muscle gains room, so the next set for `needy` fits. When squats
    and hinges both train the glutes as a prime mover, the glutes' top can otherwise block the
    hamstrings' floor for good. False (and nothing changed) when no such trade fits."""
    for day, entries in enumerate(week.days):
        for entry in sorted(entries, key=lambda e: -e.sets):
            cost = _burden(entry.exercise, full)
            if needy not in entry.exercise.primary_muscles or not cost:
                continue
            lighter = sorted(
                (
                    e
                    for e in week.by_muscle[needy]
                    if _burden(e, full) < cost and not week.oddity(e, ladder=False) and e is not entry.exercise
                ),
                key=lambda e: (_burden(e, full), e.id),
            )
            for alternative in lighter:
                index = entries.index(entry)
                week.remove_set(day, index)
                placed = next((e for e in entries if e.exercise is alternative), None)
                if placed is not None and week.can_add(day, placed):
                    week.add_set(day, placed)
                    return True
                if placed is None and week.place(day, alternative) is not None:
                    return True
                if entry.sets == 0:
                    entries.insert(index, entry)
                week.add_set(day, entry)
    return False


# The movements every lifting week holds when the pool has them: a press (horizontal or vertical), a pull
# (horizontal or vertical), a squat or lunge and a hinge, led by the muscles their slots name (the seventh review:
# kettlebell and dumbbell-only weeks without a row or a press; the seventeenth: a one-day week of 45 minutes
# squatted, pressed and rowed with no hinge at all).
# The leg families come in with two sets taken from lifts of three or more (`_cover`'s `whole`): never by cutting
# the week's other movements to single sets or dropping them (a 71-year-old's wall push-ups gave way to a bridge).
_FAMILIES: tuple[tuple[frozenset[Pattern], tuple[Muscle, ...], bool], ...] = (
    (PUSH_PATTERNS, ("chest", "front_delts"), False),
    (PULL_PATTERNS, ("upper_back", "lats"), False),
    (frozenset({"squat", "lunge"}), ("quads",), True),
    (frozenset({"hinge"}), ("hamstrings", "glutes"), True),
)


# A strength week presses overhead too: the overhead press is one of the basic lifts (the seventeenth review: a
# kettlebell strength week floor-pressed three times and never pressed a bell overhead).
_OVERHEAD: tuple[tuple[frozenset[Pattern], tuple[Muscle, ...], bool], ...] = (
    (frozenset({"vertical_push"}), ("front_delts",), True),
)


def cover_press_and_pull(week: Week) -> None:
    """Every week presses, pulls, squats and hinges: a family the week lacks gets its best lift on the lightest
    day that hosts it, with two sets (one when only one fits, for a press or a pull), the time taken from that
    day's lifts with three or more sets, biggest first."""
    families = _FAMILIES + (_OVERHEAD if "strength" in week.request.goals else ())
    for patterns, muscles, whole in families:
        if not any(_is_family(e.exercise, patterns) for entries in week.days for e in entries):
            _cover(week, patterns, muscles, whole=whole)


def _is_family(exercise: Exercise, patterns: frozenset[Pattern]) -> bool:
    return exercise.compound and exercise.hard_sets and exercise.pattern in patterns


def _cover(week: Week, patterns: frozenset[Pattern], muscles: tuple[Muscle, ...], *, whole: bool = False) -> bool:
    choices = []
    for day, template in enumerate(week.templates):
        if template.kind != "lifting":
            continue
        for muscle in muscles:
            if not template.hosts(muscle):
                continue
            slot = Slot(muscle, True, tuple(sorted(patterns)))
            fitting = [e for e in week.options(day, slot) if _is_family(e, patterns)]
            # Holds, drills and technical variants only when nothing else fits.
            best = min(fitting, key=lambda e: (week.oddity(e), fitting.index(e)), default=None)
            if best is not None:
                choices.append((week.oddity(best), week.day_sets[day], fitting.index(best), day, best))
    for *_, day, exercise in sorted(choices, key=lambda c: c[:4]):
        if _place_with_room(week, day, exercise, both=True, thin=not whole):
            return True  # two sets where the day has (or can free) the time
    if whole:
        return False
    for *_, day, exercise in sorted(choices, key=lambda c: c[:4]):
        if _place_with_room(week, day, exercise, both=False):
            return True
    return False


def _place_with_room(week: Week, day: int, exercise: Exercise, both: bool, thin: bool = True) -> bool:
    """Place `exercise` on `day` with two sets (`both`: or not at all; otherwise one when only one fits).
    The time comes from the day's lifts with three or more sets, biggest first (`thin`: then from a second set
    of a movement the week repeats); when not even one set
    fits, from a second set, then from an isolation lift or a lift whose kind of movement the week
    already has elsewhere (a second squat day gives way to the week's only row). Nothing changes when it
    cannot be placed."""
    per_set = week.dose(exercise)[1]
    taken: list[tuple[Entry, int]] = []  # every set taken, with its entry's place, to put back

    def take(entry: Entry) -> None:
        index = week.days[day].index(entry)
        taken.append((entry, index))
        week.remove_set(day, index)

    def spares(entry: Entry, sets: int = 1) -> bool:  # its muscles keep their floor without `sets` sets
        return entry.exercise.hard_sets and (week.time_limited or week.keeps_floors(entry.exercise, sets))

    covered = {*exercise.primary_muscles, *exercise.secondary_muscles}
    keeps, strength = week.main_keeps, week.request.goal == "strength"
    while week.budget - week.used[day] < 2 * per_set:
        # First, in a strength week, an isolation lift the new lift makes redundant (its muscles are the new lift's):
        # a one-day strength week's hinge came from the squat's and bench's third sets while a leg curl stayed.
        donors = [
            e
            for e in week.days[day]
            if strength and e.exercise.isolation and set(e.exercise.primary_muscles) <= covered and spares(e)
        ]
        # Then a lift with three or more sets; a strength week's main lift keeps its working sets.
        donors = donors or [
            e for e in week.days[day] if e.sets >= 3 and spares(e) and not (e.exercise.main_lift and e.sets <= keeps)
        ]
        # Then a day's second press or second pull: one pull and a hinge beat two pulls and no hinge.
        donors = donors or _second_of_kind(week, day, spares)
        # Then a second set of a movement the week repeats (two days of floor presses give one set to
        # the week's only row), never making a third lone lift.
        donors = donors or [
            e
            for e in week.days[day]
            if thin and e.sets == 2 and spares(e) and _repeated(week, e.exercise) and _lone(week, day) < MAX_LONE_SETS
        ]
        if not donors:
            break
        take(max(donors, key=lambda e: (e.sets, not e.exercise.main_lift)))
    while week.budget - week.used[day] < per_set and not both:
        # A second set is worth less than the week's only press or pull: two sets become one.
        pairs = [e for e in week.days[day] if e.sets == 2 and spares(e)]
        if not pairs or _lone(week, day) >= MAX_LONE_SETS - 1:
            break  # never a third single-set lift on the day (with the new one)
        take(max(pairs, key=lambda e: (_repeated(week, e.exercise), not e.exercise.main_lift)))
    while week.budget - week.used[day] < per_set and not both:
        spare = [
            e for e in week.days[day] if (e.exercise.isolation or _repeated(week, e.exercise)) and spares(e, e.sets)
        ]
        if not spare:
            break
        victim = min(spare, key=lambda e: (not e.exercise.isolation, e.exercise.main_lift, e.sets))
        while victim.sets:
            take(victim)
    capped, week.capped = week.capped, len(week.days[day]) >= week.request.max_exercises
    placed = week.place(day, exercise)
    week.capped = capped
    if placed is not None and week.can_add(day, placed):
        week.add_set(day, placed)
    elif placed is not None and both:
        week.remove_set(day, week.days[day].index(placed))
        placed = None
    if placed is None:
        for entry, index in reversed(taken):
            if entry not in week.days[day]:
                week.days[day].insert(index, entry)
            week.add_set(day, entry)
        return False
    return True


def _second_of_kind(week: Week, day: int, spares: Callable[[Entry, int], bool]) -> list[Entry]:
    """The day's last press or pull when the day has another of its kind before it, if its muscles can spare all
    its sets (never a strength week's only overhead press, `sole_overhead`)."""
    seen: set[str] = set()
    second: list[Entry] = []
    for entry in week.days[day]:
        family = _family(entry.exercise)
        if family in ("press", "pull") and family in seen and spares(entry, entry.sets):
            second = [] if sole_overhead(week, entry.exercise) else [entry]
        seen.add(family)
    return second


def sole_overhead(week: Week, exercise: Exercise) -> bool:
    """The strength week's only overhead press (`_OVERHEAD`: one of the basic lifts), which keeps its working sets
    like the week's only press or pull (review 23: a severe hip's seated press gave a set to a glute-bridge hold, then
    its lone set went, and the week never pressed overhead)."""
    if "strength" not in week.request.goals or not _is_family(exercise, _OVERHEAD[0][0]):
        return False
    return sum(1 for entries in week.days for e in entries if _is_family(e.exercise, _OVERHEAD[0][0])) == 1


def _family(exercise: Exercise) -> str:
    """The kind of movement: a press, a pull, the legs (squat, lunge, hinge) or other work."""
    pattern = exercise.pattern
    if not exercise.compound:
        return "isolation"
    return (
        "press"
        if pattern in PUSH_PATTERNS
        else "pull"
        if pattern in PULL_PATTERNS
        else ("legs" if pattern in LOWER_PATTERNS else "other")
    )


def day_kind(exercise: Exercise) -> str:
    """`_family`: a press, a pull, the legs, other compound work or isolation."""
    return _family(exercise)


def _repeated(week: Week, exercise: Exercise) -> bool:
    """Whether the week has another lift of the same kind (on any day)."""
    family = _family(exercise)
    return sum(1 for entries in week.days for e in entries if _family(e.exercise) == family) >= 2


MAX_LONE_SETS = 2  # single-set lifts a day may keep (the seventh review: ~19 across 36 profiles at 30 min)


def _lone(week: Week, day: int) -> int:
    return len(_lones(week, day))


def limit_lone_sets(week: Week) -> None:
    """Fewer single-set lifts, and at most `MAX_LONE_SETS` a day: coaches program fewer exercises with
    2-4 sets each. A lone set gets a second set when time and band allow, or one from the day's biggest
    lift (3 + 1 sets become 2 + 2). Two lone lifts on a day become one lift of two sets when one of them
    is a kind of movement the week has elsewhere and the set can go to a lift of the day for the same
    muscles (or its muscles keep their floor); past `MAX_LONE_SETS` a lone lift goes in any case, the
    week's only press or pull last."""
    for day in range(len(week.days)):
        for entry in _lones(week, day):
            if week.can_add(day, entry):
                week.add_set(day, entry)
            else:
                week.borrow(day, entry)
        while len(lone := _lones(week, day)) > 1:
            forced = len(lone) > MAX_LONE_SETS
            spare = [e for e in lone if _repeated(week, e.exercise)]
            if not spare and not forced:
                break  # each lone lift is the week's only one of its kind: keep them
            order = sorted(lone if forced else spare, key=lambda e: _victim_rank(week, e))
            if any(_fold(week, day, victim, forced) for victim in order):
                continue
            if not forced:
                break
            # Too many lone lifts and no room: the lone lift that costs the floors least goes.
            cheapest = min(order, key=lambda e: (not week.keeps_floors(e.exercise), _victim_rank(week, e)))
            _fold(week, day, cheapest, forced=True, anyway=True)
        # A last lone set of a lift the week does properly on another day adds little: its set goes to a lift of
        # the day for the same muscles (the seventeenth review: one set of swings beside 2 x swings on Monday).
        lone = _lones(week, day)
        if len(lone) == 1 and _done_elsewhere(week, day, lone[0].exercise):
            _fold(week, day, lone[0], forced=False)


def _done_elsewhere(week: Week, day: int, exercise: Exercise) -> bool:
    """Whether another day has this lift for two sets or more."""
    return any(
        e.exercise.id == exercise.id and e.sets >= 2 for other, entries in enumerate(week.days) if other != day
        for e in entries
    )  # fmt: skip


def _victim_rank(week: Week, entry: Entry) -> tuple[bool, bool, bool, int]:
    return (not _repeated(week, entry.exercise), entry.exercise.main_lift, not week.time_limited, -entry.per_set)


def _fold(week: Week, day: int, victim: Entry, forced: bool, anyway: bool = False) -> bool:
    """Take the lone lift `victim` off the day and give its set to a lift of the day led by one of its
    muscles, so long as every floor muscle it trains stays at its floor (or the week is short of time
    anyway); with too many lone lifts on the day, to another lone lift or (`anyway`) to none. Put it
    back and return False when it cannot go."""
    entries = week.days[day]
    index = entries.index(victim)
    muscles = {*victim.exercise.primary_muscles, *victim.exercise.secondary_muscles}
    before = {m: week.credit[m] for m in muscles}
    # A fold moves a set: no muscle may end fuller than it was, counting the room kept for the extras
    # (an older adult's power drill) only as far as it was still free before.
    kept = week.kept
    week.kept = {m: min(room, max(0.0, week.top - week.credit[m])) for m, room in kept.items()}
    week.remove_set(day, index)
    # The muscles the removal leaves below their floor come first: the set goes where it is missed.
    short = {m for m in muscles if m in FLOOR_MUSCLES and week.credit[m] + 1e-9 < week.floor}
    partners = sorted(
        (e for e in entries if e.exercise.hard_sets and muscles & set(e.exercise.primary_muscles)),
        key=lambda e: (-len(short & set(e.exercise.primary_muscles)), e.sets != 1, e.sets),
    )
    candidates = [e for e in partners if week.can_add(day, e)]
    if forced:
        candidates += [e for e in _lones(week, day) if e not in candidates and week.can_add(day, e)]
    week.kept = kept
    for partner in candidates:
        week.add_set(day, partner)
        if forced or week.time_limited or _floors_kept(week, before):
            return True
        week.remove_set(day, entries.index(partner))
    if anyway or (not candidates and (week.time_limited or _floors_kept(week, before))):
        return True
    entries.insert(index, victim)
    week.add_set(day, victim)
    return False


def _floors_kept(week: Week, before: dict[Muscle, float]) -> bool:
    """No floor muscle fell below its floor (or below where it was, when it was already short)."""
    return all(
        week.credit[m] + 1e-9 >= min(week.floor, level)
        for m, level in before.items()
        if m in FLOOR_MUSCLES and m not in week.untrainable
    )


def _lones(week: Week, day: int) -> list[Entry]:
    return [e for e in week.days[day] if e.sets == 1 and e.exercise.hard_sets]


# A full-body day's three kinds of movement: the legs (squat, lunge or hinge), a press and a pull, each with the
# muscles whose slot finds its lifts.
_DAY_KINDS: tuple[tuple[str, frozenset[Pattern], tuple[Muscle, ...]], ...] = (
    ("legs", LOWER_PATTERNS, ("quads", "glutes", "hamstrings")),
    ("press", PUSH_PATTERNS, ("chest", "front_delts")),
    ("pull", PULL_PATTERNS, ("upper_back", "lats")),
)


def cover_full_body_days(week: Week) -> None:
    """Every full-body day squats or hinges, presses and pulls where the equipment and injuries allow (review 20,
    D9: a "Full body B" of a banded leg curl, a dead bug and a triceps extension; a 15-minute day of a hip thrust
    and a pec deck while the lats were under their floor). A kind the day lacks gets its best lift with two sets,
    the time taken from the day's lifts of three or more sets, then from the whole of an isolation or core lift, or
    of a second lift of a kind the day already has (a pec deck makes way for a row)."""
    for day, template in enumerate(week.templates):
        if template.kind != "lifting" or template.body != "full":
            continue
        for kind, patterns, muscles in _DAY_KINDS:
            if any(_family(e.exercise) == kind for e in week.days[day]):
                continue
            _cover_day(week, day, patterns, muscles)


def _cover_day(week: Week, day: int, patterns: frozenset[Pattern], muscles: tuple[Muscle, ...]) -> bool:
    fitting: list[Exercise] = []
    seen: set[str] = set()  # ids: comparing pydantic models field by field made this pass quadratic
    for muscle in muscles:
        slot = Slot(muscle, True, tuple(sorted(patterns)))
        fitting += [e for e in week.options(day, slot) if _is_family(e, patterns) and e.id not in seen]
        seen.update(e.id for e in fitting)
    if not fitting:
        return False
    ranked = sorted(fitting, key=week.oddity)[:3]  # a stable sort: ties keep the order found
    for exercise in ranked:
        if _place_with_room(week, day, exercise, both=True, thin=False):
            _give_back(week, day, exercise, 0)
            return True
    kinds = [_family(e.exercise) for e in week.days[day]]
    # Isolation and core work first, then the second lift of a kind the day has twice; fewest sets first.
    # (not a main lift, nor the strength week's split squat that stands for the squat, `is_main`, nor its only overhead
    # press: review 23, a dumbbell week's lunge went for a row and the Romanian deadlift led both days)
    victims = sorted(
        (e for e in week.days[day] if e.exercise.hard_sets and not week.is_main(e.exercise)
         and not sole_overhead(week, e.exercise) and (week.time_limited or week.keeps_floors(e.exercise, e.sets))
         and (kinds.count(_family(e.exercise)) > 1 or _family(e.exercise) in ("isolation", "other"))),
        key=lambda e: (_family(e.exercise) not in ("isolation", "other"), e.sets),
    )  # fmt: skip
    return _make_way(week, day, victims, ranked)


def _give_back(week: Week, day: int, exercise: Exercise, sets: int) -> None:
    """Up to `sets` more sets of the lift just placed, while they fit (the sets of the lift it replaced)."""
    entry = next(e for e in week.days[day] if e.exercise.id == exercise.id)
    for _ in range(sets):
        if not week.can_add(day, entry):
            return
        week.add_set(day, entry)


def no_lone_sets(week: Week) -> None:
    """No working lift below two sets (review 20, D9: "Leg press 1 x 8-12", "Bodyweight squat 1 x 12-20"): a lone
    set gets a second one where the time and band allow, or one from the day's biggest lift, or its set goes to a
    lift of the day for the same muscles (or another lone lift); failing all of these it goes."""
    for day in range(len(week.days)):
        for entry in _lones(week, day):
            if entry not in week.days[day] or entry.sets != 1:
                continue
            if week.can_add(day, entry):
                week.add_set(day, entry)
            elif not week.borrow(day, entry) and not _only_of_kind_kept(week, day, entry):
                # The week's only press, pull or leg lift stays at one set rather than go (review 7's rule: every
                # week presses and pulls); anything else goes, its set to a lift of the same muscles where one fits.
                only = _family(entry.exercise) in ("press", "pull", "legs") and not _repeated(week, entry.exercise)
                only = only or sole_overhead(week, entry.exercise)
                # Nor does a lift go whose muscles would fall below their floor (the validator checks the floors).
                if not only:
                    free = week.time_limited or week.keeps_floors(entry.exercise)
                    _fold(week, day, entry, forced=free, anyway=free)


def _only_of_kind_kept(week: Week, day: int, entry: Entry) -> bool:
    """The week's only press, pull or leg lift gets its second set in place of a whole lift of the day whose kind
    the week has elsewhere (a 15-minute kettlebell day's floor press goes for a second set of the week's only row,
    where another day presses). False, and nothing changed, when no such lift makes the room."""
    sole = sole_overhead(week, entry.exercise)
    if not sole and (_family(entry.exercise) not in ("press", "pull", "legs") or _repeated(week, entry.exercise)):
        return False
    donors = [e for e in week.days[day] if e is not entry and e.exercise.hard_sets and _repeated(week, e.exercise)
              and not e.exercise.main_lift]  # fmt: skip
    for donor in sorted(donors, key=lambda e: e.sets):
        index, sets = week.days[day].index(donor), donor.sets
        for _ in range(sets):
            week.remove_set(day, week.days[day].index(donor))
        if week.can_add(day, entry):
            week.add_set(day, entry)
            return True
        week.days[day].insert(index, donor)
        for _ in range(sets):
            week.add_set(day, donor)
    return False


HYPERTROPHY_REPS_MAX = 20  # a bodyweight leg lift dosed past this many reps is endurance work, not a growth set


def step_up_ladders(week: Week) -> None:
    """A bodyweight ladder step goes up a rung (review 20, D10): where the week also does a harder rung of its ladder
    (wall push-ups on Thursday beside full push-ups on Monday and Friday: a wall push-up cannot reach RPE 7 for that
    person), and, for a hypertrophy goal outside the older-adult and PAR-Q limits, a leg lift dosed at 20 reps or
    more (bodyweight squats become split squats: 20 air squats are no growth set for a young trainee)."""
    request = week.request
    pool = {e.id: e for e in week.pool}
    in_week = {e.exercise.id for entries in week.days for e in entries}
    growth = "hypertrophy" in request.goals and not request.older and not request.par_q
    for day, entries in enumerate(week.days):
        for index, entry in enumerate(entries):
            exercise = entry.exercise
            above = _rungs_above(exercise)
            today = {e.exercise.id for e in entries}
            # The next rung the equipment allows (no box for incline push-ups: full push-ups), not already today.
            harder = next((pool[r] for r in above if r in pool and r not in today), None)
            if harder is None:
                continue
            too_easy = growth and exercise.load_type == "bodyweight" and exercise.pattern in LOWER_PATTERNS
            if not (set(above) & in_week or (too_easy and entry.rx.reps_max >= HYPERTROPHY_REPS_MAX)):
                continue
            rx, per_set = week.dose(harder)
            # The harder rung in the day's minutes (a split squat's two sides take longer than a squat): a set
            # fewer of it where the lift keeps two, else the easier rung stays (a 15-minute day ran 16 minutes).
            sets = entry.sets
            while sets > 2 and week.used[day] + per_set * sets - entry.per_set * entry.sets > week.budget:
                sets -= 1
            if week.used[day] + per_set * sets - entry.per_set * entry.sets > week.budget:
                continue
            week.count_sets(day, exercise, -entry.sets)
            week.count_sets(day, harder, sets)
            week.used[day] += per_set * sets - entry.per_set * entry.sets
            entries[index] = type(entry)(harder, rx, sets, per_set)
            in_week.add(harder.id)


def _rungs_above(exercise: Exercise) -> list[str]:
    """The ids of the harder rungs of `exercise`'s ladder in the catalog, the next one first."""
    found: list[str] = []
    step = find_exercise(exercise.harder or "")
    while step is not None and step.id not in found:
        found.append(step.id)
        step = find_exercise(step.harder or "")
    return found


def cover_rehab_basics(week: Week) -> None:
    """A severely injured area with rehab basics (`rules.rehab_basics`) does one of them, two sets, on every lifting
    day that has the room, the basics taken in turn (review 21, D2: a severe lower back's strength week had no bird
    dog, curl-up or side bridge, because no slot of a strength day asks for the trunk). Early rehabilitation is
    frequent and low-dose (McGill's big three daily; hip and scapular programmes 2-3 times a week), so the basics go
    on each session rather than on one. The time comes as for any missing kind (`_place_with_room`)."""
    held = unloaded_areas(week.request)
    lifting = [day for day, template in enumerate(week.templates) if template.kind == "lifting"]
    # A basic is a short drill, not another lift to learn: it may be one exercise past the day's count (a beginner's
    # five lifts left no room for a bird dog).
    count = week.max_exercises
    week.max_exercises = count + 1
    for area in sorted(held):
        basics = sorted((e for e in week.pool if e.id in rehab_basics(area, held)), key=lambda e: e.id)
        if not basics:
            continue
        for turn, day in enumerate(lifting):
            if any(e.exercise.id in {b.id for b in basics} for e in week.days[day]):
                continue
            ranked = [basics[(turn + shift) % len(basics)] for shift in range(len(basics))]
            if not any(_place_with_room(week, day, exercise, both=True, thin=False) for exercise in ranked):
                _replace_accessory(week, day, ranked)
    week.max_exercises = count


def _replace_accessory(week: Week, day: int, ranked: list[Exercise]) -> bool:
    """A day at its exercise count or minutes: the whole of an isolation accessory whose muscles keep their floors
    (fewest sets first) makes way for the first of `ranked` that then fits, which takes back its sets."""
    victims = sorted(
        (e for e in week.days[day] if e.exercise.hard_sets and e.exercise.isolation and not e.exercise.rehab
         and (week.time_limited or week.keeps_floors(e.exercise, e.sets))),
        key=lambda e: e.sets,
    )  # fmt: skip
    return _make_way(week, day, victims, ranked)


def _make_way(week: Week, day: int, victims: list[Entry], ranked: list[Exercise]) -> bool:
    """The first victim whose sets let the first of `ranked` fit goes (the newcomer takes back its sets); every other
    victim is put back as it was."""
    for victim in victims:
        index, sets = week.days[day].index(victim), victim.sets
        for _ in range(sets):
            week.remove_set(day, week.days[day].index(victim))
        for exercise in ranked:
            if _place_with_room(week, day, exercise, both=True, thin=False):
                _give_back(week, day, exercise, sets - 2)
                return True
        week.days[day].insert(index, victim)
        for _ in range(sets):
            week.add_set(day, victim)
    return False
