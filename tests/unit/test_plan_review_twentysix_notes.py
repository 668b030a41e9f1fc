"""Plan fix from strength-coach review 26 (issue 13, defect 7): a prescription can be followed as written. A main
lift's note names as many back-off sets as the lift has sets after the top set (a 2-set overhead press said "One top
set ..., then 3 back-off sets")."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings

from shared.plans.cues import TOP_SET, with_backoff_sets
from shared.plans.engine import generate_plan
from shared.profile import FitnessProfile
from tests.unit.plan_strategies import profiles

GYM = ["barbell", "bench", "dumbbells", "pull_up_bar", "machines", "cable_machine", "kettlebells", "cardio_machine"]
_BACKOFF = re.compile(r"then (\d+) back-off sets?")


def _backoff_counts(plan: Any) -> list[tuple[str, int, int]]:
    return [
        (item.exercise_id, item.sets, int(found[1]))
        for day in plan.days
        for item in day.exercises
        if TOP_SET in item.notes and (found := _BACKOFF.search(item.notes))
    ]


def test_the_strength_and_endurance_overhead_press_names_the_back_off_sets_it_has() -> None:
    person = FitnessProfile.model_validate(
        {
            "goals": ["strength", "endurance"],
            "fitness_level": "intermediate",
            "equipment": GYM,
            "days_per_week": 4,
            "session_minutes": 60,
            "birth_year": 1994,
        }
    )
    counts = _backoff_counts(generate_plan(person))
    assert counts, "the plan prescribes top sets"
    assert all(back == sets - 1 for _, sets, back in counts), counts


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles)
def test_every_top_set_note_counts_the_sets_the_lift_has(person: FitnessProfile) -> None:
    plan = generate_plan(person)
    for ident, sets, back in _backoff_counts(plan):
        assert back == sets - 1, (ident, sets, back)
    for day in plan.days:
        for item in day.exercises:
            if TOP_SET in item.notes:
                assert item.sets >= 2, (item.exercise_id, item.sets, item.notes)


def test_the_rewrite_fits_any_count_and_a_single_set_keeps_only_its_effort() -> None:
    note = "One top set of 3-6 at RPE 8, then 3 back-off sets at about 90% of that load. Your knee: stop at pain."
    assert "then 1 back-off set at about 90%" in with_backoff_sets(note, 2, 8)
    assert "then 4 back-off sets at about 90%" in with_backoff_sets(note, 5, 8)
    single = with_backoff_sets(note, 1, 8)
    assert TOP_SET not in single and single.startswith("Stop about") and single.endswith("stop at pain.")
    assert with_backoff_sets("Stop about 2 reps short of failure.", 1, 8) == "Stop about 2 reps short of failure."


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles)
def test_a_sore_knee_hip_or_ankle_does_its_intervals_off_the_rower_and_stairs(person: FitnessProfile) -> None:
    """Review 26, D3: hard intervals on a rowing machine for a moderate knee. Intervals drive the machine's range at
    high force; a moderately (or worse) injured leg joint does them on the bike, elliptical or arm ergometer."""
    sore = any(i.area in ("knee", "hip", "ankle") and i.severity != "mild" for i in person.injuries)
    for day in generate_plan(person).days:
        for item in day.exercises:
            if sore and item.role == "conditioning" and "Intervals:" in item.notes:
                assert item.exercise_id not in ("rowing-machine", "stair-climber"), (item.exercise_id, item.notes)


def test_the_endurance_runner_with_a_moderate_knee_rides_or_uses_the_elliptical_for_intervals() -> None:
    person = FitnessProfile.model_validate(
        {"goals": ["endurance"], "fitness_level": "intermediate", "equipment": GYM, "days_per_week": 4,
         "session_minutes": 45, "birth_year": 1990, "injuries": [{"area": "knee", "severity": "moderate"}]}
    )  # fmt: skip
    intervals = [i.exercise_id for d in generate_plan(person).days for i in d.exercises if "Intervals:" in i.notes]
    assert intervals and set(intervals) <= {"stationary-bike", "elliptical", "arm-ergometer"}, intervals
