"""Next-session targets and recovery advice from the user's logged sessions (GET /api/ai/recommendations).

The same rules as the plans: double progression by RPE inside the rep range, load steps of
2.5-5% rounded to the equipment's increments, e1RM by Epley and Brzycki, and recovery advice
when session RPE, energy, missed sessions or the deload rhythm call for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import BaseModel

from shared.exercises.catalog import find_exercise
from shared.plans import progression as prog
from shared.plans.schema import Plan
from shared.workouts.model import LoggedExercise, LoggedSession

Action = Literal["increase_load", "add_reps", "hold", "reduce_load", "harder_variation"]


def epley(weight_kg: float, reps: int) -> float:
    """Epley's e1RM: w x (1 + reps / 30); a single is its own 1RM."""
    return weight_kg if reps <= 1 else weight_kg * (1 + reps / 30)


def brzycki(weight_kg: float, reps: int) -> float:
    """Brzycki's e1RM: w x 36 / (37 - reps); only meaningful below about 12 reps."""
    return weight_kg if reps <= 1 else weight_kg * 36 / (37 - min(reps, 36))


class NextTarget(BaseModel):
    """What to aim for next time on one exercise."""

    exercise_id: str
    name: str
    action: Action
    weight_kg: float
    reps_min: int
    reps_max: int
    sets: int
    reason: str
    e1rm_epley_kg: float | None
    e1rm_brzycki_kg: float | None


class RecoveryAdvice(BaseModel):
    """A nudge about effort, energy, consistency or the deload rhythm."""

    kind: Literal["high_effort", "accumulated_fatigue", "low_energy", "missed_sessions", "returning", "deload_due"]
    message: str


class Recommendations(BaseModel):
    """The recommendations response."""

    targets: list[NextTarget]
    recovery: list[RecoveryAdvice]


def _rep_range(plan: Plan | None, exercise_id: str) -> tuple[int, int, float]:
    for day in plan.days if plan else []:
        for item in day.exercises:
            if item.exercise_id == exercise_id:
                return item.reps_min, item.reps_max, item.target_rpe
    return 8, 12, 8.0


def _target(history: list[LoggedExercise], plan: Plan | None, returning: bool) -> NextTarget | None:
    last = history[0]
    work = [s for s in last.sets if s.reps > 0]
    if not work:
        return None
    exercise = find_exercise(last.exercise_id)
    name = exercise.name if exercise else (last.name or last.exercise_id)
    reps_min, reps_max, rpe_target = _rep_range(plan, last.exercise_id)
    weight = max(s.weight_kg for s in work)
    top = [s for s in work if s.weight_kg == weight]
    best = max(top, key=lambda s: s.reps)
    e1 = (
        (round(epley(weight, best.reps), 1), round(brzycki(weight, best.reps), 1))
        if weight and best.reps <= 12
        else (None, None)
    )
    rpes = [s.rpe for s in top if s.rpe is not None]
    missed = any(not s.completed or s.reps < reps_min for s in top)
    increment = prog.plate_increment(exercise)
    action: Action
    if missed:
        before = history[1] if len(history) > 1 else None
        again = before is not None and any(
            s.reps < reps_min or not s.completed for s in before.sets if s.weight_kg >= weight
        )
        if again and weight:
            action, weight = "reduce_load", prog.round_to(weight * 0.9, increment, up=False)
            reason = "Two sessions short of the rep range: back off about 10% and build up again."
        else:
            action, reason = "hold", "Some sets fell short of the range: same load, aim to complete every set."
    elif all(s.reps >= reps_max for s in top) and (not rpes or max(rpes) <= rpe_target + 0.5):
        if weight:
            action, weight = "increase_load", prog.next_load(weight, exercise)
            reason = f"Every set reached {reps_max} reps at a manageable effort: add load, restart at {reps_min} reps."
        else:
            action, reason = (
                "harder_variation",
                "Top of the range with bodyweight: switch to a harder variation or add load.",
            )
    elif rpes and max(rpes) >= rpe_target + 1.5:
        action, reason = "hold", "Effort ran well above target: keep the load until it feels easier."
    else:
        action, reason = "add_reps", "Inside the range: keep the load and add a rep to each set."
    if returning and weight and action != "reduce_load":
        weight, action = prog.round_to(weight * 0.9, increment, up=False), "reduce_load"
        reason = "After a break of two weeks or more, restart at about 90% and build back up."
    return NextTarget(
        exercise_id=last.exercise_id,
        name=name,
        action=action,
        weight_kg=weight,
        reps_min=reps_min,
        reps_max=reps_max,
        sets=len(work),
        reason=reason,
        e1rm_epley_kg=e1[0],
        e1rm_brzycki_kg=e1[1],
    )


_MESSAGES = {
    "high_effort": "Your last session was very hard (RPE 9+): keep loads, drop a set per exercise next time, "
    "or take an extra rest day.",
    "accumulated_fatigue": "Three hard sessions in a row: consider a deload week (half the sets, about 90% of "
    "your loads).",
    "low_energy": "Energy was low last time: prioritise sleep and food, and stop a rep or two further from failure.",
    "returning": "It has been two weeks or more: restart at about 90% of your last loads.",
    "missed_sessions": "{done} of {planned} planned sessions in the last two weeks: keep loads steady and focus on "
    "showing up; shorter sessions count.",
    "deload_due": "{streak} training weeks in a row: time for a deload week (half the sets, about 90% of loads).",
}


def _week(moment: datetime) -> tuple[int, int]:
    year, week, _ = moment.astimezone(UTC).isocalendar()
    return year, week


def _recovery(sessions: list[LoggedSession], per_week: int, deload_every: int, now: datetime) -> list[RecoveryAdvice]:
    kinds: list[tuple[str, dict[str, int]]] = []
    if not sessions:
        return []
    last = sessions[0]
    if last.session_rpe is not None and last.session_rpe >= 9:
        kinds.append(("high_effort", {}))
    recent = [s.session_rpe for s in sessions[:3] if s.session_rpe is not None]
    if len(recent) == 3 and sum(recent) / 3 >= 8.5:
        kinds.append(("accumulated_fatigue", {}))
    if last.energy is not None and last.energy <= 2:
        kinds.append(("low_energy", {}))
    if now - last.started_at >= timedelta(days=14):
        kinds.append(("returning", {}))
    else:
        done = sum(1 for s in sessions if now - s.started_at <= timedelta(days=14))
        if done < per_week:  # under half of two weeks' sessions
            kinds.append(("missed_sessions", {"done": done, "planned": per_week * 2}))
    weeks = {_week(s.started_at) for s in sessions}
    cursor = now if _week(now) in weeks else now - timedelta(days=7)
    streak = 0
    while _week(cursor) in weeks:
        streak, cursor = streak + 1, cursor - timedelta(days=7)
    if streak >= deload_every:
        kinds.append(("deload_due", {"streak": streak}))
    return [RecoveryAdvice.model_validate({"kind": k, "message": _MESSAGES[k].format(**v)}) for k, v in kinds]


def recommend(
    sessions: Sequence[LoggedSession], plan: Plan | None = None, days_per_week: int = 3, now: datetime | None = None
) -> Recommendations:
    """Targets for each exercise in the user's logs (latest first wins) and recovery advice."""
    now = now or datetime.now(UTC)
    ordered = sorted(sessions, key=lambda s: s.started_at, reverse=True)
    per_week = len(plan.days) if plan else days_per_week
    returning = bool(ordered) and now - ordered[0].started_at >= timedelta(days=14)
    history: dict[str, list[LoggedExercise]] = {}
    for session in ordered:
        for logged in session.exercises:
            history.setdefault(logged.exercise_id, []).append(logged)
    targets = [t for h in history.values() if (t := _target(h, plan, returning)) is not None]
    deload_every = plan.progression.deload_every_weeks if plan else 5
    return Recommendations(targets=targets, recovery=_recovery(ordered, per_week, deload_every, now))
