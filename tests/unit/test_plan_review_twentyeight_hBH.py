"""Heavy bar lifts rest fully in short sessions; no lift outdoses a day's main lifts (issue 13, review 28 defects 1, 2
and the ramp item of 7; hBH).

Review 28: an advanced 2 x 30 barbell week's 5/3/1 deadlift and overhead-press waves at 90 s; a beginner 3 x 20
week's squat 2 x 5 and deadlift at 90 s, the deadlift with no ramp-up set; an advanced 3 x 60 week's hip thrust 4
sets beside a 3-set squat wave; a push day's landmine press 5 sets beside a 3-set bench wave.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.engine import generate_plan
from shared.plans.heavy_lifts import HEAVY_REST, heavy_bar_lift, ramped_bar_lift
from shared.plans.schema import Plan, PlanExercise
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

GYM = ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines", "cardio_machine", "kettlebells"]
KITS = {"gym": GYM, "bars": [*GYM, "trap_bar", "safety_squat_bar"], "bb": ["barbell", "bench"], "bar": ["barbell"],
        "db": ["dumbbells", "bench"]}  # fmt: skip
GOALS = (["strength"], ["strength", "hypertrophy"], ["strength", "endurance"], ["general_fitness"], ["hypertrophy"],
         ["endurance"])  # fmt: skip
LIFT_ROLES = ("main", "secondary", "accessory")
ADVANCED_2X30: dict[str, Any] = {"fitness_level": "advanced", "goals": ["strength"], "equipment": ["barbell"],
                                 "days_per_week": 2, "session_minutes": 30}  # fmt: skip
BEGINNER_3X20: dict[str, Any] = {"fitness_level": "beginner", "goals": ["strength"], "equipment": ["barbell"],
                                 "days_per_week": 3, "session_minutes": 20}  # fmt: skip
HIP_THRUST: dict[str, Any] = {"fitness_level": "advanced", "goals": ["strength"], "equipment": ["barbell", "bench"],
                              "days_per_week": 3, "session_minutes": 60,
                              "injuries": [{"area": "shoulder", "severity": "mild"}]}  # fmt: skip
Q02: dict[str, Any] = {"fitness_level": "advanced", "goals": ["strength", "hypertrophy"], "equipment": GYM,
                       "days_per_week": 5, "session_minutes": 60, "units": "imperial",
                       "injuries": [{"area": "shoulder", "severity": "mild"}]}  # fmt: skip


def _plan(fields: dict[str, Any]) -> Plan:
    person = FitnessProfile.model_validate(fields)
    plan = generate_plan(person)
    report = validate_plan(plan, person)
    assert report.ok, report.violations
    return plan


def _heavy_faults(plan: Plan) -> list[tuple[str, str, int]]:
    """Heavy bar lifts at under `HEAVY_REST` or grouped, and each pattern's first bar lift without a ramp-up set."""
    out = []
    for day in plan.days:
        seen: set[str] = set()
        for item in day.exercises:
            if item.role not in LIFT_ROLES:
                continue
            exercise = get_exercise(item.exercise_id)
            if heavy_bar_lift(item, exercise) and (item.rest_seconds < HEAVY_REST or item.superset):
                out.append((day.name, item.name, item.rest_seconds))
            if ramped_bar_lift(exercise) and exercise.pattern not in seen:
                seen.add(exercise.pattern)
                if item.warmup_sets == 0:
                    out.append((day.name, item.name, 0))
    return out


def _rival(item: PlanExercise) -> bool:
    """A non-main compound lift (`main_dose._rival`: an isolation lift at 10-15 reps may carry more sets)."""
    exercise = get_exercise(item.exercise_id)
    return item.role != "main" and exercise.compound and not exercise.isolation


def _outdosed(plan: Plan) -> list[tuple[str, str, int, int]]:
    """Lifts with more working sets than a main lift of their day (a one-set programme lift, a novice's 1 x 5
    deadlift, is not counted as the day's main)."""
    out = []
    for day in plan.days:
        lifts = [i for i in day.exercises if i.role in LIFT_ROLES and i.duration_seconds is None
                 and get_exercise(i.exercise_id).hard_sets]  # fmt: skip
        mains = [i.sets for i in lifts if i.role == "main" and i.sets >= 2]
        out += [(day.name, i.name, i.sets, min(mains)) for i in lifts if mains and _rival(i)
                and i.sets > min(mains)]  # fmt: skip
    return out


def _over(plan: Plan, minutes: int) -> list[tuple[str, int]]:
    return [(d.name, d.estimated_minutes) for d in plan.days if d.estimated_minutes > minutes + 2]


def test_advanced_2x30_waves_rest_two_minutes_at_least() -> None:
    plan = _plan(ADVANCED_2X30)
    waves = [i for d in plan.days for i in d.exercises if i.progression == "training_max_wave"]
    assert {i.exercise_id for i in waves} >= {"barbell-deadlift", "barbell-overhead-press"}
    assert all(i.rest_seconds >= HEAVY_REST and i.warmup_sets >= 1 for i in waves), [
        (i.name, i.rest_seconds) for i in waves
    ]
    assert not _heavy_faults(plan) and not _over(plan, 30)


def test_beginner_3x20_squat_and_deadlift_rest_two_minutes_and_ramp() -> None:
    plan = _plan(BEGINNER_3X20)
    bar = [i for d in plan.days for i in d.exercises if i.exercise_id in ("barbell-back-squat", "barbell-deadlift")]
    assert any(i.exercise_id == "barbell-back-squat" for i in bar)
    assert all(i.rest_seconds >= HEAVY_REST and i.warmup_sets >= 1 for i in bar), [
        (i.name, i.rest_seconds, i.warmup_sets) for i in bar
    ]
    assert not _heavy_faults(plan) and not _over(plan, 20)


def test_hip_thrust_does_not_outdose_the_squat_wave() -> None:
    plan = _plan(HIP_THRUST)
    assert any(i.progression == "training_max_wave" for d in plan.days for i in d.exercises)
    assert not _outdosed(plan)


def test_q02_bench_wave_is_not_outdosed_by_the_landmine_press() -> None:
    plan = _plan(Q02)
    for day in plan.days:
        bench = [i for i in day.exercises if i.progression == "training_max_wave"]
        others = [i.sets for i in day.exercises if i.role in LIFT_ROLES and _rival(i)]
        for wave in bench:
            assert wave.sets >= max(others, default=0), (day.name, wave.name, wave.sets, others)
    assert not _outdosed(plan)


@pytest.mark.xfail(
    strict=False,
    reason="hBH left: a short day keeping its press, pull and legs may keep a 90 s rest; a floor may give",
)
def test_grid_has_no_short_heavy_rests_outdosed_mains_or_cold_bar_lifts() -> None:
    """A fixed grid over levels, goals, kits, days and 15-180 minutes (review 28's sweep, widened): no heavy bar lift
    under 2 minutes or grouped, no bar lift that starts cold, no main lift outdosed, every plan valid."""
    faults = []
    count = 0
    for n, (level, goals, kit, days, minutes) in enumerate(
        (lv, g, k, d, m)
        for lv in ("beginner", "intermediate", "advanced")
        for g in GOALS
        for k in KITS
        for d in (1, 2, 3, 4, 5, 6)
        for m in (15, 20, 25, 30, 45, 60, 75, 90, 120, 180)
    ):
        if n % 17:  # (a fixed slice of the 5,400: 318 profiles)
            continue
        count += 1
        born = (1955, 1962, 1990, 2003)[n % 4]
        plan = _plan({"fitness_level": level, "goals": goals, "equipment": KITS[kit], "days_per_week": days,
                      "session_minutes": minutes, "birth_year": born})  # fmt: skip
        faults += [(level, goals, kit, days, minutes, f) for f in _heavy_faults(plan) + _outdosed(plan)]
    assert count >= 300
    assert not faults, faults[:5]


@pytest.mark.xfail(strict=False, reason="hBH left: see the grid test")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    goals=st.sampled_from(GOALS),
    kit=st.sampled_from(sorted(KITS)),
    days=st.integers(1, 6),
    minutes=st.sampled_from([15, 20, 25, 30, 35, 45, 60, 90, 120, 180]),
    born=st.sampled_from([1950, 1962, 1995]),
    injury=st.sampled_from(["", "shoulder", "lower_back", "knee", "hip"]),
)
def test_property_heavy_rests_and_main_doses(
    level: str, goals: list[str], kit: str, days: int, minutes: int, born: int, injury: str
) -> None:
    """Property: heavy bar lifts rest >= 2 minutes and alone, each pattern's first bar lift is ramped, no lift has
    more sets than a main lift of its day, and the plan validates."""
    injuries = [{"area": injury, "severity": "mild"}] if injury else []
    plan = _plan({"fitness_level": level, "goals": goals, "equipment": KITS[kit], "days_per_week": days,
                  "session_minutes": minutes, "birth_year": born, "injuries": injuries})  # fmt: skip
    assert not _heavy_faults(plan)
    assert not _outdosed(plan)
