"""Short full-body days: legs every day, the other lifts in turn (review 22, item 1).

When a heart or blood-pressure answer's full-body days hold only two working lifts (20 minutes beside the walk it
needs first, and no supersets across postures), the allocator's slot order gave each day the same press and row:
push-ups on every day of a blood-pressure week, no squat, quads at 0 sets, two "Upper body" days in a full-body plan. A
coach
puts the lower body first on every short day (a squat or sit-to-stand: the largest muscles, the movement older and
hypertensive adults most need for daily life, ACSM/AHA 2007, Riebe et al. 2015 for hypertension) and rotates the
other slots through a press, a pull and a hinge, so each pattern comes back every two or three sessions and no
push is done every day (ACSM 2009: each muscle group 2-3 times a week is enough for novices). Sets stay those the
day had; nothing changes when a day cannot take a lower-body lift (equipment, injuries, back-to-back days, the band's
top) or the new day holds fewer sets (a lone set may go).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from shared.exercises.model import Exercise
from shared.plans.coverage import day_kind
from shared.plans.splits import Slot
from shared.profile.model import Muscle, Pattern

if TYPE_CHECKING:
    from shared.plans.allocator import Entry, Week

SHORT_PAIRED_MINUTES = 20  # at or under: a paired week's two-lift days rotate too (review 24: 2 x 15 had no squat)
SHORT_DAY_LIFTS = 2  # working lifts a full-body day holds when it cannot press, pull and train the legs
_Slots = tuple[tuple[Muscle, tuple[Pattern, ...]], ...]
_LEGS: _Slots = (("quads", ("squat", "lunge")), ("glutes", ("hinge",)), ("hamstrings", ("hinge",)))
_TURNS: tuple[_Slots, ...] = (
    (("chest", ("horizontal_push",)), ("front_delts", ("vertical_push",))),
    (("upper_back", ("horizontal_pull",)), ("lats", ("vertical_pull", "horizontal_pull"))),
    (("hamstrings", ("hinge",)), ("glutes", ("hinge",))),
)

_HINGE_FIRST: _Slots = (("hamstrings", ("hinge",)), ("glutes", ("hinge",)), ("quads", ("squat", "lunge")))
_PAIRED_TURNS = _TURNS[:2]  # the legs' turn already alternates a squat with a hinge


def rotate_short_full_body_days(week: Week) -> None:
    """Lower body first on every short full-body day, then a press, a pull and a hinge in turn through the week
    (see the module docstring)."""
    heart = week.request.heart_prescription
    if not heart and not (week.request.paired and week.request.minutes <= SHORT_PAIRED_MINUTES):
        return  # longer weeks have room for a press, a pull and the legs every day
    days = [d for d, t in enumerate(week.templates) if t.kind == "lifting" and t.body == "full"]
    hard = {d: [e for e in week.days[d] if e.exercise.hard_sets] for d in days}
    # Two working lifts a day (a lone set beside them is the allocator's leftover, not a third lift).
    if not days or any(sum(e.sets >= 2 for e in hard[d]) > SHORT_DAY_LIFTS for d in days):
        return
    used: Counter[str] = Counter()
    turn = legs_turn = 0
    kinds = _kinds(week)
    done: list[tuple[int, list[Entry], list[tuple[Entry, int]]]] = []
    for day in days:
        lifts = hard[day]
        if len(lifts) < 2:
            continue
        # A paired short week squats one day and hinges the next (review 24: 2 x 15 minutes deadlifted and benched
        # twice with no squat all week); a heart answer's squat or sit-to-stand stays on every day.
        legs = _LEGS if heart or legs_turn % 2 == 0 else _HINGE_FIRST
        turns = _TURNS if heart else _PAIRED_TURNS
        wanted = [legs, *(turns[(turn + i) % len(turns)] for i in range(len(lifts) - 1))]
        rebuilt = _rebuilt(week, day, lifts, wanted, used, whole_week=not heart)
        if rebuilt is not None:
            done.append((day, *rebuilt))
            turn += len(lifts) - 1
            legs_turn += 1
            used.update(e.exercise.id for e in week.days[day])
    if not kinds <= _kinds(week):  # a press or pull the week had is gone: the week stays as it was
        for day, placed, before in reversed(done):
            _restore(week, day, placed, before)


def _kinds(week: Week) -> set[str]:
    """The kinds of lift (press, pull, legs) the week's lifting days hold."""
    return {day_kind(e.exercise) for entries in week.days for e in entries if e.exercise.hard_sets}


def _restore(week: Week, day: int, placed: list[Entry], before: list[tuple[Entry, int]]) -> None:
    """The day's lifts as they were before `_rebuilt`."""
    for entry in placed:
        while entry.sets:
            week.remove_set(day, next(i for i, e in enumerate(week.days[day]) if e is entry))
    for entry, count in before:
        week.days[day].append(entry)
        for _ in range(count):
            week.add_set(day, entry)


def _rebuilt(
    week: Week, day: int, lifts: list[Entry], wanted: list[_Slots], used: Counter[str], *, whole_week: bool = False
) -> tuple[list[Entry], list[tuple[Entry, int]]] | None:
    """The day's lifts replaced by `wanted`'s best fitting lifts with the day's sets (the new and the old entries);
    put back (None) when the day would lose its squat or sets, or a press or pull no other day has (`whole_week`:
    the caller checks the week at the end, when the later days have had their turn)."""
    before = [(e, e.sets) for e in lifts]
    sets = sorted((count for _, count in before), reverse=True)
    for entry in lifts:
        while entry.sets:
            week.remove_set(day, next(i for i, e in enumerate(week.days[day]) if e is entry))
    placed: list[Entry] = []
    for slots, count in zip(wanted, sets, strict=True):
        # (a paired week tries the next best lifts when the best does not fit: a pull-up where a bar row would be
        # the day's second lower-back lift)
        for exercise in _choices(week, day, slots, used, vary=slots is not _LEGS, main=whole_week)[
            : 4 if whole_week else 1
        ]:
            new = week.place(day, exercise)
            if new is None:
                continue
            while new.sets < max(count, 2) and week.can_add(day, new):
                week.add_set(day, new)
            if new.sets < 2:  # a lone set is no lift: its minutes stay with the others
                week.remove_set(day, next(i for i, e in enumerate(week.days[day]) if e is new))
                continue
            placed.append(new)
            break
    legs = bool(placed) and placed[0].exercise.pattern in ("squat", "lunge", "hinge")
    # A press or pull the day had stays in the week: a dropped lone floor press was a kettlebell week's only press.
    lost = {day_kind(e.exercise) for e, _ in before} - {day_kind(e.exercise) for e in placed} - {"legs"}
    kept = {day_kind(e.exercise) for d, entries in enumerate(week.days) if d != day for e in entries}
    # A lone set the day had may go (its minutes buy the squat's second set); no lift is left at one set.
    enough = sum(e.sets for e in placed) >= sum(sets) - sets.count(1) and all(e.sets >= 2 for e in placed)
    if legs and enough and (whole_week or lost <= kept):
        return placed, before
    _restore(week, day, placed, before)
    return None


def _choices(
    week: Week, day: int, slots: _Slots, used: Counter[str], *, vary: bool, main: bool = False
) -> list[Exercise]:
    """The usual compound lifts for the slots, best first (the first slot's before the second's); `vary`: the ones
    the week has used least first, so a press on two days is two presses; `main`: the basic barbell lifts before
    their variations (a bench press before an incline press, a deadlift before a Romanian deadlift)."""
    ranked: list[tuple[int, int, int, int, Exercise]] = []
    for order, (muscle, patterns) in enumerate(slots):
        options = week.options(day, Slot(muscle, True, patterns))
        fitting = [e for e in options if e.pattern in patterns and e.compound and not week.oddity(e)]
        ranked += [(used[e.id] if vary else 0, int(main and not e.main_lift), order, rank, e)
                   for rank, e in enumerate(fitting)]  # fmt: skip
    return [r[4] for r in sorted(ranked, key=lambda r: r[:4])]
