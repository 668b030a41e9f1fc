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

SHORT_DAY_LIFTS = 2  # working lifts a full-body day holds when it cannot press, pull and train the legs
_Slots = tuple[tuple[Muscle, tuple[Pattern, ...]], ...]
_LEGS: _Slots = (("quads", ("squat", "lunge")), ("glutes", ("hinge",)), ("hamstrings", ("hinge",)))
_TURNS: tuple[_Slots, ...] = (
    (("chest", ("horizontal_push",)), ("front_delts", ("vertical_push",))),
    (("upper_back", ("horizontal_pull",)), ("lats", ("vertical_pull", "horizontal_pull"))),
    (("hamstrings", ("hinge",)), ("glutes", ("hinge",))),
)


def rotate_short_full_body_days(week: Week) -> None:
    """Lower body first on every short full-body day, then a press, a pull and a hinge in turn through the week
    (see the module docstring)."""
    if not week.request.heart_prescription:
        return  # other short weeks pair their lifts into supersets and keep the split's press, pull and legs
    days = [d for d, t in enumerate(week.templates) if t.kind == "lifting" and t.body == "full"]
    hard = {d: [e for e in week.days[d] if e.exercise.hard_sets] for d in days}
    # Two working lifts a day (a lone set beside them is the allocator's leftover, not a third lift).
    if not days or any(sum(e.sets >= 2 for e in hard[d]) > SHORT_DAY_LIFTS for d in days):
        return
    used: Counter[str] = Counter()
    turn = 0
    for day in days:
        lifts = hard[day]
        if len(lifts) < 2:
            continue
        wanted = [_LEGS, *(_TURNS[(turn + i) % len(_TURNS)] for i in range(len(lifts) - 1))]
        if _rebuilt(week, day, lifts, wanted, used):
            turn += len(lifts) - 1
            used.update(e.exercise.id for e in week.days[day])


def _rebuilt(week: Week, day: int, lifts: list[Entry], wanted: list[_Slots], used: Counter[str]) -> bool:
    """The day's lifts replaced by `wanted`'s best fitting lifts with the day's sets; put back when the day would
    lose its squat or sets."""
    before = [(e, e.sets) for e in lifts]
    sets = sorted((count for _, count in before), reverse=True)
    for entry in lifts:
        while entry.sets:
            week.remove_set(day, next(i for i, e in enumerate(week.days[day]) if e is entry))
    placed: list[Entry] = []
    for slots, count in zip(wanted, sets, strict=True):
        exercise = _best(week, day, slots, used, vary=slots is not _LEGS)
        new = week.place(day, exercise) if exercise is not None else None
        if new is None:
            continue
        while new.sets < max(count, 2) and week.can_add(day, new):
            week.add_set(day, new)
        if new.sets < 2:  # a lone set is no lift: its minutes stay with the others
            week.remove_set(day, next(i for i, e in enumerate(week.days[day]) if e is new))
            continue
        placed.append(new)
    legs = bool(placed) and placed[0].exercise.pattern in ("squat", "lunge", "hinge")
    # A press or pull the day had stays in the week: a dropped lone floor press was a kettlebell week's only press.
    lost = {day_kind(e.exercise) for e, _ in before} - {day_kind(e.exercise) for e in placed} - {"legs"}
    kept = {day_kind(e.exercise) for d, entries in enumerate(week.days) if d != day for e in entries}
    # A lone set the day had may go (its minutes buy the squat's second set); no lift is left at one set.
    enough = sum(e.sets for e in placed) >= sum(sets) - sets.count(1) and all(e.sets >= 2 for e in placed)
    if legs and enough and lost <= kept:
        return True
    for entry in placed:
        while entry.sets:
            week.remove_set(day, next(i for i, e in enumerate(week.days[day]) if e is entry))
    for entry, count in before:
        week.days[day].append(entry)
        for _ in range(count):
            week.add_set(day, entry)
    return False


def _best(week: Week, day: int, slots: _Slots, used: Counter[str], *, vary: bool) -> Exercise | None:
    """The best usual compound lift for the slots (the first slot's before the second's); `vary`: the one the
    week has used least first, so a press on two days is two presses."""
    ranked: list[tuple[int, int, int, Exercise]] = []
    for order, (muscle, patterns) in enumerate(slots):
        options = week.options(day, Slot(muscle, True, patterns))
        fitting = [e for e in options if e.pattern in patterns and e.compound and not week.oddity(e)]
        ranked += [(used[e.id] if vary else 0, order, rank, e) for rank, e in enumerate(fitting)]
    return min(ranked, key=lambda r: r[:3])[3] if ranked else None
