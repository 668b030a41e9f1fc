"""Review 24 leftovers (hT): conditioning a coach would hand out. A recovery day is easy (a walk or an easy ride, never
a run), a beginner's or intermediate's week runs on three days at most and never two days running (the rest walk or
ride), an endurance week of two strength and two aerobic days ends its strength days with an easy block, and a
week of one or two short sessions presses, pulls and trains the legs."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.conditioning import WITH_IMPACT
from shared.plans.coverage import day_kind
from shared.plans.engine import generate_plan
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

DEFAULT_KIT = ["barbell", "bench", "dumbbells", "pull_up_bar"]
FULL_GYM = ["dumbbells", "barbell", "kettlebells", "resistance_bands", "pull_up_bar", "bench", "cable_machine",
            "machines", "cardio_machine"]  # fmt: skip
KITS = [[], ["dumbbells"], ["dumbbells", "bench"], ["kettlebells"], ["resistance_bands"], DEFAULT_KIT, FULL_GYM,
        ["machines", "cable_machine"]]  # fmt: skip
LIFTS = ("main", "secondary", "accessory")


def _plan(**fields: Any) -> Plan:
    base: dict[str, Any] = {"goals": ["strength"], "fitness_level": "intermediate", "equipment": DEFAULT_KIT,
                            "birth_year": 1990, "days_per_week": 3, "session_minutes": 60}  # fmt: skip
    base.update(fields)
    profile = FitnessProfile(**base)
    plan = generate_plan(profile)
    assert validate_plan(plan, profile).ok
    return plan


def _run_days(plan: Plan) -> list[int]:
    return [d.day_index for d in plan.days if any(i.exercise_id in WITH_IMPACT for i in d.exercises)]


def _recovery_runs(plan: Plan) -> list[str]:
    return [
        i.exercise_id
        for d in plan.days
        if not any(i.role in LIFTS for i in d.exercises) and "recovery" in d.name.lower()
        for i in d.exercises
        if i.exercise_id in WITH_IMPACT
    ]


def _running_faults(plan: Plan) -> list[str]:
    runs = _run_days(plan)
    faults = [f"runs on {len(runs)} days"] if len(runs) > 3 else []
    faults += [f"runs on days {a} and {b}" for a in runs for b in runs if a < b and (b - a) % 7 in (1, 6)]
    return faults + [f"a run on the recovery day: {r}" for r in _recovery_runs(plan)]


def test_seven_day_fat_loss_week_runs_three_days_and_walks_on_the_recovery_day() -> None:
    """7 x 30 fat loss, barbell kit, intermediate: "Jog or run" on five days, the active-recovery day among them.
    Now it runs on three days at most, never two days running, and the recovery day walks."""
    plan = _plan(goals=["fat_loss"], days_per_week=7, session_minutes=30)
    assert _running_faults(plan) == []
    recovery = next(d for d in plan.days if "recovery" in d.name.lower())
    easy = [get_exercise(i.exercise_id) for i in recovery.exercises if i.role == "conditioning"]
    assert easy and all(not e.impact for e in easy)
    # the conditioning itself stays: every lifting day still ends with a block, walked where it does not run
    assert sum(any(i.role == "conditioning" for i in d.exercises) for d in plan.days) == 7


def test_bodyweight_fat_loss_week_walks_most_days() -> None:
    """7 x 30 fat loss with no equipment: the same cap, walking on the other days."""
    plan = _plan(goals=["fat_loss"], equipment=[], days_per_week=7, session_minutes=30)
    assert _running_faults(plan) == []
    walks = [d for d in plan.days if any(i.exercise_id == "brisk-walk" for i in d.exercises)]
    assert len(walks) >= 4


def _aerobic_sessions(plan: Plan) -> int:
    """Aerobic sessions of 10 minutes or more: aerobic days and easy blocks after lifting."""
    count = 0
    for day in plan.days:
        blocks = [i for i in day.exercises if i.role == "conditioning"]
        minutes = sum((i.duration_seconds or 0) * i.sets + i.rest_seconds * (i.sets - 1) for i in blocks) / 60
        count += minutes >= 10
    return count


def test_endurance_full_gym_four_days_has_three_or_more_aerobic_sessions() -> None:
    """Review 24, defect 11: endurance, full gym, 4 x 60: two heavy full-body days of about 13 hard sets and two
    aerobic sessions. Now the strength days are shorter and end with an easy ride: an interval day, a long day and two
    easy blocks, with every major muscle group still at its weekly minimum."""
    plan = _plan(goals=["endurance"], equipment=FULL_GYM, days_per_week=4)
    assert _aerobic_sessions(plan) >= 3
    lifting = [d for d in plan.days if any(i.role in LIFTS for i in d.exercises)]
    assert len(lifting) == 2
    for day in lifting:
        assert sum(i.sets for i in day.exercises if i.role in LIFTS) <= 12
        assert any(i.role == "conditioning" and i.target_rpe <= 5 for i in day.exercises)
    assert all(v.hard_sets >= v.band_min for v in plan.weekly_sets)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kit=st.sampled_from(KITS), level=st.sampled_from(["beginner", "intermediate"]))
def test_property_endurance_four_by_sixty_has_three_aerobic_sessions(kit: list[str], level: str) -> None:
    """Every equipment set, a beginner or intermediate endurance goal at 4 x 60: three aerobic sessions or more."""
    plan = _plan(goals=["endurance"], equipment=kit, fitness_level=level, days_per_week=4)
    assert _aerobic_sessions(plan) >= 3


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    goal=st.sampled_from(["fat_loss", "general_fitness", "strength", "hypertrophy"]),
    level=st.sampled_from(["beginner", "intermediate"]),
    days=st.integers(3, 7),
    minutes=st.sampled_from([20, 30, 45, 60]),
)
def test_property_novice_weeks_run_three_days_at_most_and_recover_easy(
    kit: list[str], goal: str, level: str, days: int, minutes: int
) -> None:
    """A beginner or intermediate (not an endurance goal) runs on three days a week at most, never two days running,
    and never on the recovery day."""
    plan = _plan(goals=[goal], equipment=kit, fitness_level=level, days_per_week=days, session_minutes=minutes)
    assert _running_faults(plan) == []


def _kinds(plan: Plan) -> set[str]:
    return {
        day_kind(get_exercise(i.exercise_id))
        for d in plan.days
        for i in d.exercises
        if i.role in LIFTS and get_exercise(i.exercise_id).hard_sets
    }


def test_one_fifteen_minute_session_squats_presses_and_pulls() -> None:
    """1 x 15 strength, barbell kit: a back squat and a press, no pull all week. Now a row joins them as a tri-set
    (a minute's rest after each set), two sets each, within the 15 minutes, with no two barbell lifts together."""
    plan = _plan(days_per_week=1, session_minutes=15)
    assert {"legs", "press", "pull"} <= _kinds(plan)
    (day,) = plan.days
    assert day.estimated_minutes <= 15
    lifts = [i for i in day.exercises if i.role in LIFTS]
    assert all(i.sets >= 2 for i in lifts)
    assert sum("barbell" in get_exercise(i.exercise_id).equipment for i in lifts) <= 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kit=st.sampled_from(KITS),
    goal=st.sampled_from(["strength", "hypertrophy", "general_fitness", "fat_loss"]),
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    week=st.sampled_from([(2, 15), (1, 20), (2, 20)]),
)
def test_property_short_weeks_of_one_or_two_days_press_pull_and_train_the_legs(
    kit: list[str], goal: str, level: str, week: tuple[int, int]
) -> None:
    """Under 65, any kit, goal and level: a week of one or two sessions of 20 minutes or less (2 x 15, 1-2 x 20)
    holds a press, a pull and a leg lift, and no day runs over the minutes asked."""
    days, minutes = week
    plan = _plan(goals=[goal], equipment=kit, fitness_level=level, days_per_week=days, session_minutes=minutes)
    assert {"legs", "press", "pull"} <= _kinds(plan)
    assert all(d.estimated_minutes <= minutes for d in plan.days)
