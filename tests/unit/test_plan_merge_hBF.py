"""The heavy-lift pass and the balance drill after the hBC/hBD/hBE merge (issue 13, hBF): an older adult's short
session keeps its main lifts' working and ramp-up sets whether or not the drill is fitted, and the heavy bar lifts stay
alone and rested."""

from __future__ import annotations

from typing import Any
from unittest import mock

from shared.exercises.catalog import get_exercise
from shared.plans import engine
from shared.plans.engine import generate_plan
from shared.plans.heavy_lifts import HEAVY_REST, heavy_bar_lift
from shared.plans.ramp_cap import OLDER_RAMP_SETS, ramp_cap
from shared.plans.schema import Plan, PlanDay, PlanExercise
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

BAR_KIT = ["barbell", "bench", "pull_up_bar"]


def _profile(**fields: Any) -> FitnessProfile:
    base: dict[str, Any] = {"birth_year": 1945, "fitness_level": "beginner", "goals": ["hypertrophy"],
                            "equipment": BAR_KIT, "days_per_week": 2, "session_minutes": 40}  # fmt: skip
    return FitnessProfile.model_validate(base | fields)


def _mains(plan: Plan) -> list[dict[str, tuple[int, int]]]:
    return [{i.exercise_id: (i.sets, i.warmup_sets) for i in d.exercises if i.role == "main"} for d in plan.days]


def _without_drills(profile: FitnessProfile) -> Plan:
    with mock.patch.object(engine, "_balance_drills", lambda *args: None):
        return generate_plan(profile)


def test_an_81_year_olds_bench_keeps_its_third_set_and_second_ramp_beside_the_drill() -> None:
    """hBC's repro: born 1945, novice, barbell + bench + pull-up bar, 2 x 40 hypertrophy: the bench press had 2 sets
    and 1 ramp-up set with the drill, 3 and 2 without (the heavy-lift pass took the main's set for the RDL's rest)."""
    profile = _profile()
    plan, without = generate_plan(profile), _without_drills(profile)
    assert validate_plan(plan, profile).ok
    for mains, before in zip(_mains(plan), _mains(without), strict=True):
        for lift, (sets, ramps) in mains.items():
            if lift in before:
                assert sets >= min(before[lift][0], 2) and ramps == before[lift][1], (lift, mains, before)
    for day in plan.days:
        assert day.estimated_minutes <= 40, day.name
        for item in day.exercises:
            if item.role in ("main", "secondary", "accessory") and heavy_bar_lift(item, get_exercise(item.exercise_id)):
                assert item.superset is None and item.rest_seconds >= HEAVY_REST, (day.name, item.exercise_id)


def test_a_three_day_general_week_keeps_the_squats_two_ramp_up_sets_without_the_drill_too() -> None:
    """Born 1945, novice, 3 x 40 general fitness: without the drill the heavy-lift pass's trim left the 2-set squat
    with 1 ramp-up set (its own proportion rule), with the drill 2; an older lifter's first main keeps 2."""
    profile = _profile(days_per_week=3, goals=["general_fitness"])
    for plan in (generate_plan(profile), _without_drills(profile)):
        for day in plan.days:
            first = next((i for i in day.exercises if i.role == "main" and i.warmup_sets), None)
            if first is not None and "barbell" in get_exercise(first.exercise_id).equipment:
                assert first.warmup_sets >= OLDER_RAMP_SETS, (day.name, first.exercise_id, first.warmup_sets)


def test_ramp_cap_keeps_an_older_first_mains_two_ramps_and_trims_the_rest() -> None:
    def lift(name: str, role: str, sets: int, ramps: int) -> PlanExercise:
        return PlanExercise(exercise_id=name, name=name, role=role, sets=sets, reps_min=8, reps_max=10,
                            rest_seconds=90, target_rpe=7.0, warmup_sets=ramps)  # fmt: skip

    squat, press = lift("barbell-back-squat", "main", 2, 2), lift("barbell-bench-press", "main", 2, 2)
    day = PlanDay(day_index=0, name="A", focus="legs", exercises=[squat, press], estimated_minutes=40)
    assert ramp_cap(squat, day, older=True) == OLDER_RAMP_SETS
    assert ramp_cap(press, day, older=True) == 1
    assert ramp_cap(squat, day, older=False) == 1
