"""Targets and records after logging, from the twenty-first coach review (issue 13), each on the engine's plan for the
review's own profiles and its own logs: the plan text and the targets agree about misses (D9), one e1RM everywhere
a user sees one (D10), one reduction after a stall, not a deload week and a cut, and a heavy single that beats the
e1RM cancels the cut (D11), and a record says what it beat (D12)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from shared.plans import progression as prog
from shared.plans.engine import generate_plan
from shared.plans.recommendations import NextTarget, Recommendations, recommend
from shared.plans.schema import Plan
from shared.profile.model import FitnessProfile
from shared.workouts.model import LoggedSession
from tests.support.identity import PROFILE

GYM = ["barbell", "bench", "pull_up_bar", "machines", "cable_machine", "dumbbells"]
SQUAT, BENCH, ROW, OHP = "barbell-back-squat", "barbell-bench-press", "barbell-row", "barbell-overhead-press"
P01 = {"fitness_level": "beginner", "goals": ["strength"], "equipment": GYM, "days_per_week": 3, "session_minutes": 60,
       "birth_year": 1990}  # fmt: skip
P02 = {"fitness_level": "intermediate", "goals": ["hypertrophy"], "equipment": GYM, "days_per_week": 6,
       "session_minutes": 60, "birth_year": 1995}  # fmt: skip
START = datetime(2026, 10, 19, 17, 30, tzinfo=UTC)
DAYS = (0, 2, 4, 7, 9, 11)  # the review's spacing (16, 18, 20, 23, 25 and 27 November), earlier


def _plan(profile: dict[str, Any]) -> Plan:
    body = {**PROFILE, "injuries": [], "par_q": {}, "sex": "male", "height_cm": 178, "weight_kg": 80, **profile}
    plan = generate_plan(FitnessProfile.model_validate(body))
    return plan.model_copy(update={"created_at": START - timedelta(days=1)})


def _sets(kg: float, reps: list[int], rpe: float | None, warm: tuple[tuple[float, int], ...] = ()) -> list[Any]:
    rows = [{"reps": r, "weight_kg": w, "set_type": "warmup", "completed": True} for w, r in warm]
    return rows + [{"reps": r, "weight_kg": kg, "rpe": rpe, "completed": True} for r in reps]


def _session(day: float, exercises: dict[str, list[Any]], rpe: float | None = None) -> LoggedSession:
    return LoggedSession.model_validate(
        {"started_at": START + timedelta(days=day), "duration_minutes": 55, "day_index": 0, "session_rpe": rpe,
         "exercises": [{"exercise_id": e, "sets": s} for e, s in exercises.items()]}
    )  # fmt: skip


def _p01(n: int) -> list[LoggedSession]:
    """p01's six sessions (beginner, linear, Full body A): rising loads, two short sessions, then heavy singles."""
    rows = [
        (60, [5, 5, 5], 7, 40, [5, 5, 5], 7, 40, 7, 7),
        (62.5, [5, 5, 5], 7, 42.5, [5, 5, 5], 7, 42.5, 7, 7),
        (65, [5, 5, 5], 8, 45, [5, 5, 5], 8, 45, 7.5, 7.5),
        (67.5, [5, 4, 4], 9, 47.5, [5, 4, 3], 9.5, 47.5, 8, 8.5),
        (67.5, [5, 4, 4], 9, 47.5, [4, 4, 3], 9.5, 47.5, 8, 8.5),
    ]
    out = [
        _session(DAYS[i], {SQUAT: _sets(sq, sqr, sqp, ((20, 5), (40, 3))), BENCH: _sets(bp, bpr, bpp, ((20, 5),)),
                           ROW: _sets(row, [5, 5], rowp)}, rpe)
        for i, (sq, sqr, sqp, bp, bpr, bpp, row, rowp, rpe) in enumerate(rows)
    ]  # fmt: skip
    out.append(_session(DAYS[5], {SQUAT: _sets(90, [1], 9.5, ((20, 5), (40, 3), (60, 2), (75, 1))),
                                  BENCH: _sets(60, [1], 9.5, ((20, 5), (40, 3), (50, 1)))}, 9))  # fmt: skip
    return out[:n]


def _targets(result: Recommendations) -> dict[str, NextTarget]:
    return {t.exercise_id: t for t in result.targets}


def _now(sessions: list[LoggedSession]) -> datetime:
    return max(s.started_at for s in sessions) + timedelta(hours=20)


# --- D9: the plan's text and the targets say the same thing about misses -----------------------------------------


def test_the_linear_plan_text_states_the_reset_the_targets_give() -> None:
    """p01: squat 67.5 x 5,4,4 twice. The plan's progression text says what happens (a 10% reset, then double
    progression after a second stall there), and the target does exactly that: 60 kg, linear, "reset"."""
    plan = _plan(P01)
    assert plan.progression.method == "linear"
    text = plan.progression.summary
    assert "two misses switch" not in text
    assert f"Two sessions short at one load: {prog.RESET_PCT}% off, climb again" in text, text
    assert "a second stall there: double progression" in text, text
    sessions = _p01(5)
    squat = _targets(recommend(sessions, plan=plan, now=_now(sessions)))[SQUAT]
    assert (squat.action, squat.weight, squat.method) == ("reset", 60.0, "linear"), squat
    assert f"reset about {prog.RESET_PCT}% to 60 kg" in squat.reason, squat.reason


def test_a_linear_lift_that_stalls_again_after_its_reset_moves_to_double_progression() -> None:
    """After the reset, back up to 67.5 kg and stuck there three sessions at a rising effort with every rep made (the
    stall rule, not the misses rule): the text says double progression, so the target is double progression, not a
    new rep scheme."""
    plan = _plan(P01)
    history = _p01(5)
    climb = [(14, 60), (16, 62.5), (18, 65), (21, 67.5), (23, 67.5), (25, 67.5)]
    rpes = [7, 7.5, 8, 8.5, 9, 9.5]
    more = [_session(d, {SQUAT: _sets(w, [5, 5, 5], r)}) for (d, w), r in zip(climb, rpes, strict=True)]
    sessions = [*history, *more]
    squat = _targets(recommend(sessions, plan=plan, now=_now(sessions)))[SQUAT]
    assert squat.method == "double_progression" and squat.action != "change_rep_scheme", squat
    assert "double progression" in squat.reason, squat.reason
