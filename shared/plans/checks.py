"""The validator's checks on one plan, as plain dicts (`Plan.model_dump()`), repairing in place.

Each check records repairs and violations on the validator's Context; see validator.py for the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.hold_rehab import held_rehab
from shared.plans.progression import wave_flat, wave_weeks
from shared.plans.rules import PAR_Q_MIN_REST, Request, prescribe

if TYPE_CHECKING:
    from shared.plans.validator import Context

__all__ = ["Pool", "Request", "check_doses", "check_exercises", "check_goal_and_days", "check_order"]

Item = dict[str, Any]


class Pool:
    """The exercises this user may do (equipment, injuries, level), for membership tests."""

    def __init__(self, exercises: tuple[Exercise, ...]) -> None:
        self.exercises = exercises
        self.ids = frozenset(e.id for e in exercises)

    def allows(self, exercise: Exercise) -> bool:
        """Whether the user may be given this exercise."""
        return exercise.id in self.ids

    def substitute(self, exercise: Exercise, taken: set[str]) -> Exercise | None:
        """The first allowed substitution, else the closest allowed exercise of the same pattern and role."""
        for ident in exercise.substitutions:
            other = find_exercise(ident)
            if other is not None and other.id in self.ids and other.id not in taken:
                return other
        primary = set(exercise.primary_muscles)
        close = [
            e
            for e in self.exercises
            if e.pattern == exercise.pattern
            and e.isolation == exercise.isolation
            and e.id not in taken
            and (primary & set(e.primary_muscles) or not exercise.hard_sets)
        ]
        return max(close, key=lambda e: (len(primary & set(e.primary_muscles)), e.id), default=None)


def check_goal_and_days(ctx: Context, data: dict[str, Any]) -> None:
    """The plan's goal is one of the user's; its day count matches what was asked."""
    if data["goal"] not in ctx.request.goals:
        ctx.repair("goal", f"Goal {data['goal']!r} is not one of the user's; set to {ctx.request.goal!r}.")
        data["goal"] = ctx.request.goal
    asked, planned = ctx.request.days, len(data["days"])
    if abs(planned - asked) > asked * 0.1:
        ctx.violation("days_per_week", f"The plan has {planned} training days; {asked} were asked for.")
    indexes = [day["day_index"] for day in data["days"]]
    if len(set(indexes)) != len(indexes):
        ctx.violation("duplicate_day", "Two training days fall on the same weekday.")


def _reason(ctx: Context, exercise: Exercise) -> str:
    if exercise.id in ctx.request.avoided:
        return "avoided"  # the user said they dislike it or cannot do it
    if not exercise.needs_only(ctx.request.equipment):
        return "equipment"
    if exercise.contraindicated_for(dict(ctx.request.injuries)):
        return "injury"
    return "level"


def _retarget(ctx: Context, item: Item, new: Exercise) -> None:
    item["exercise_id"], item["name"] = new.id, new.name
    timed = new.load_type in ("time", "distance")
    if timed and item["duration_seconds"] is None:
        item.update(reps_min=1, reps_max=1, duration_seconds=30)
    elif not timed and item["duration_seconds"] is not None and new.hard_sets:
        rx = prescribe(ctx.request, new)
        item.update(reps_min=rx.reps_min, reps_max=rx.reps_max, duration_seconds=None)


def check_exercises(ctx: Context, data: dict[str, Any]) -> None:
    """Known exercises only; swap anything the user's equipment, injuries or level rule out."""
    for day in data["days"]:
        kept: list[Item] = []
        taken = {item["exercise_id"] for item in day["exercises"]}
        for item in day["exercises"]:
            exercise = find_exercise(item["exercise_id"])
            where = {"day": day["day_index"], "exercise": item["exercise_id"]}
            if exercise is None:
                ctx.violation("unknown_exercise", f"{item['exercise_id']!r} is not in the catalog; removed.", **where)
                continue
            if item["name"] != exercise.name:
                item["name"] = exercise.name
            if not ctx.pool.allows(exercise):
                reason, substitute = _reason(ctx, exercise), ctx.pool.substitute(exercise, taken)
                if substitute is None:
                    ctx.violation(reason, f"{exercise.name} is unsuitable ({reason}) and has no safe swap.", **where)
                    continue
                _retarget(ctx, item, substitute)
                taken.add(substitute.id)
                ctx.repair(reason, f"Swapped {exercise.name} for {substitute.name} ({reason}).", **where)
            kept.append(item)
        day["exercises"] = kept


def _clamp(ctx: Context, item: Item, key: str, low: float, high: float, day: int) -> None:
    value = item[key]
    fixed = min(max(value, low), high)
    if fixed != value:
        item[key] = fixed
        ctx.repair(
            "dose", f"{item['name']}: {key} {value} is outside {low}-{high}; set to {fixed}.", day, item["exercise_id"]
        )


def check_doses(ctx: Context, data: dict[str, Any]) -> None:
    """Sane sets, reps, RPE, rest and durations; lower RPE ceilings for beginners and PAR-Q flags. A writer other
    than the engine is held to each lift's dose limit the plan brief gave it (`prescribe`'s RPE: for an injury, a
    level, a PAR-Q answer), not only the person's overall cap (the sixth coach red team: RPE 10 on back squats for a
    knee injury where the brief said 8 was kept; only the run was capped)."""
    rpe_cap = ctx.request.rpe_cap
    engine = (data.get("source") or {}).get("provider") == "engine"
    rehab = held_rehab(ctx.request, ctx.pool.exercises)
    for day in data["days"]:
        index = day["day_index"]
        for item in day["exercises"]:
            exercise = find_exercise(item["exercise_id"])
            assert exercise is not None  # unknown exercises were removed
            timed = exercise.load_type in ("time", "distance") or not exercise.hard_sets
            if timed and item["duration_seconds"] is None:
                item["duration_seconds"] = 30 if exercise.hard_sets else 300
                ctx.repair("dose", f"{item['name']}: timed exercise given a duration.", index, item["exercise_id"])
            if not timed and item["duration_seconds"] is not None:
                item["duration_seconds"] = None
                ctx.repair("dose", f"{item['name']}: counted in reps, duration removed.", index, item["exercise_id"])
            if item["reps_min"] > item["reps_max"]:
                item["reps_min"], item["reps_max"] = item["reps_max"], item["reps_min"]
                ctx.repair("dose", f"{item['name']}: rep range was reversed.", index, item["exercise_id"])
            if exercise.hard_sets:
                _clamp(ctx, item, "sets", 1, 8, index)
                _clamp(ctx, item, "reps_max", 1, 30, index)
                _clamp(ctx, item, "reps_min", 1, item["reps_max"], index)
                limit = rpe_cap if engine else min(rpe_cap, max(5.0, prescribe(ctx.request, exercise).target_rpe))
                # (a physiotherapy hold's rehab basics are gentle: RPE 3 at most, `hold_rehab`)
                low = 1.0 if exercise.id in rehab else 5.0
                _clamp(ctx, item, "target_rpe", low, limit, index)
                _clamp(ctx, item, "rest_seconds", PAR_Q_MIN_REST if ctx.request.par_q else 30, 300, index)
                if timed:
                    _clamp(ctx, item, "duration_seconds", 10, 120, index)
            else:
                _clamp(ctx, item, "sets", 1, 10, index)
                cap = 8.0 if item.get("role") == "conditioning" and not ctx.request.low_impact else 6.0
                _clamp(ctx, item, "target_rpe", 1.0, min(rpe_cap, cap), index)
                _clamp(ctx, item, "rest_seconds", 0, 300, index)


def _rank(item: Item) -> int:
    exercise = find_exercise(item["exercise_id"])
    if exercise is None or not exercise.hard_sets:
        return 2
    return 1 if exercise.isolation else 0


def check_order(ctx: Context, data: dict[str, Any]) -> None:
    """Multi-joint lifts before isolation work in every session (a hold's gentle drills go by position instead:
    standing, seated, then lying, `hold._grouped_by_position`)."""
    if ctx.request.hold:
        return
    for day in data["days"]:
        hard = [_rank(item) for item in day["exercises"] if _rank(item) < 2]
        if hard != sorted(hard):
            day["exercises"].sort(key=_rank)
            ctx.repair("order", "Moved compound lifts ahead of isolation work.", day["day_index"])


def check_wave(ctx: Context, data: dict[str, Any]) -> None:
    """A training-max wave lift carries its weeks (percentages of the training max, the AMRAP set, the back-off
    sets its `sets` leave room for) and no other item does: any writer's plan, and after a repair changed the sets
    (review 24: the wave lived only in the notes)."""
    for day in data["days"]:
        for item in day["exercises"]:
            waved = item.get("progression") == "training_max_wave"
            wanted = [w.model_dump() for w in wave_weeks(item["sets"])] if waved else None
            if item.get("wave") != wanted:
                item["wave"] = wanted
                ctx.repair("wave", f"{item['name']}: the wave's weeks follow its sets.", day["day_index"],
                           item["exercise_id"])  # fmt: skip
            flat = wave_flat(item["sets"], ctx.request.rpe_cap) if waved else {}
            if flat:  # a writer's lower effort stands (the dose check caps it); the reps are the wave's
                flat["target_rpe"] = min(flat["target_rpe"], item["target_rpe"])
            if any(item.get(field) != value for field, value in flat.items()):  # review 25: "5 x 3-6 @ RPE 8"
                item.update(flat)
                ctx.repair("wave", f"{item['name']}: its reps and RPE read as its wave's weeks.", day["day_index"],
                           item["exercise_id"])  # fmt: skip
