"""rr12 (kind 5): sets far below the prescribed range bring the load down to one that fits the range; a near miss
holds. A PAR-Q-flagged user's 3 x 5 at 80 kg @ RPE 9 on a lift prescribed 8-12 became "hold 80 kg for 8-12 reps"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from shared.plans.progression import estimated_1rm, pct_1rm
from shared.plans.recommendations import FAR_SHORT_REPS, recommend
from shared.workouts.model import LoggedSession

NOW = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)


def _session(days_ago: float, exercise: str, sets: list[tuple[int, float, float | None]]) -> LoggedSession:
    return LoggedSession.model_validate(
        {
            "started_at": NOW - timedelta(days=days_ago),
            "duration_minutes": 60,
            "exercises": [
                {"exercise_id": exercise, "sets": [{"reps": r, "weight_kg": w, "rpe": rpe} for r, w, rpe in sets]}
            ],
        }
    )


def test_five_reps_at_rpe_9_in_an_8_to_12_range_bring_the_load_down() -> None:
    target = recommend([_session(1, "barbell-back-squat", [(5, 80, 9.0)] * 3)], now=NOW).targets[0]
    assert (target.reps_min, target.reps_max) == (8, 12)
    assert target.action == "reduce_load" and target.weight_kg < 80
    # The load that fits 8 reps at the target RPE, from the session's own e1RM, floored to what the bar can take.
    fits = estimated_1rm(80, 5, 9.0) * pct_1rm(8, target.target_rpe or 8.0)
    assert fits - 2.5 < target.weight_kg <= fits
    assert "too heavy for this range" in target.reason


def test_a_near_miss_still_holds_the_load() -> None:
    target = recommend([_session(1, "barbell-back-squat", [(7, 80, 9.0)] * 3)], now=NOW).targets[0]
    assert target.action == "hold" and target.weight_kg == 80


@settings(max_examples=60, deadline=None)
@given(
    reps=st.integers(2, 8 - FAR_SHORT_REPS),
    load=st.sampled_from([40.0, 60.0, 80.0, 102.5, 140.0]),
    rpe=st.sampled_from([None, 7.0, 8.0, 9.0, 10.0]),
    exercise=st.sampled_from(["barbell-back-squat", "barbell-bench-press", "barbell-row"]),
)
def test_sets_far_below_the_range_never_ask_for_more_reps_at_the_same_load(
    reps: int, load: float, rpe: float | None, exercise: str
) -> None:
    target = recommend([_session(1, exercise, [(reps, load, rpe)] * 3)], now=NOW).targets[0]
    if target.reps_min >= reps + FAR_SHORT_REPS:
        assert target.weight_kg < load, (target.action, target.weight_kg, target.reason)
