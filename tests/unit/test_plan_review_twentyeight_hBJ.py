"""Review 28 (issue 13, hBJ): a severe ankle's week stands on no split stance and no loaded ankle bend (defect 5), its
lower days are led by a lift that spares the ankle and are not padded with crunches (q07), a mobility program
prescribes the rehab basics its notes name (q16)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import get_exercise
from shared.plans.core_share import CORE_DAY_SETS
from shared.plans.engine import generate_plan
from shared.plans.rules import REHAB_BASICS
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile

FULL = ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines", "cardio_machine", "kettlebells"]
LOWER = ("squat", "hinge", "lunge")
SEVERE_ANKLE = [{"area": "ankle", "severity": "severe"}]


def _profile(**fields: Any) -> FitnessProfile:
    base: dict[str, Any] = {"fitness_level": "intermediate", "goals": ["strength"], "equipment": FULL,
                            "days_per_week": 3, "session_minutes": 60, "birth_year": 1990}  # fmt: skip
    return FitnessProfile.model_validate(base | fields)


def _ids(plan: Plan) -> list[str]:
    return [i.exercise_id for d in plan.days for i in d.exercises]


def _checked(profile: FitnessProfile) -> Plan:
    plan = generate_plan(profile)
    report = validate_plan(plan, profile)
    assert report.ok, report
    return plan


def _ankle_safe(plan: Plan) -> None:
    for day in plan.days:
        for item in day.exercises:
            exercise = get_exercise(item.exercise_id)
            assert not exercise.contraindicated_for({"ankle": "severe"}), (day.name, item.exercise_id)


def test_d5_the_bands_legs_day_has_no_spanish_squat() -> None:
    """Review 28's repro: intermediate, hypertrophy, bands + bodyweight, 5 x 60, a severe ankle: D2 held a Spanish
    squat (standing, the shins forward over flat feet under a heavy band)."""
    plan = _checked(_profile(goals=["hypertrophy"], equipment=["resistance_bands", "bodyweight"], days_per_week=5,
                             injuries=SEVERE_ANKLE))  # fmt: skip
    assert "spanish-squat" not in _ids(plan)
    _ankle_safe(plan)


def test_d5_the_aerobic_days_stretch_lying_or_seated() -> None:
    """Review 28's stretch repro: beginner, strength, a full gym, 5 x 60, a severe ankle: the aerobic days held
    the standing hip flexor stretch and the world's greatest stretch (both a lunge), and half-kneeling work."""
    plan = _checked(_profile(fitness_level="beginner", days_per_week=5, injuries=SEVERE_ANKLE))
    ids = set(_ids(plan))
    assert not ids & {"standing-hip-flexor-stretch", "worlds-greatest-stretch", "hip-flexor-stretch", "childs-pose"}
    mobility = [i for d in plan.days for i in d.exercises if i.role == "mobility"]
    assert len(mobility) >= 8, [i.exercise_id for i in mobility]  # the blocks keep their drills, lying or seated
    _ankle_safe(plan)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from(["beginner", "intermediate", "advanced"]),
    goal=st.sampled_from(["strength", "hypertrophy", "general_fitness", "mobility", "endurance"]),
    kit=st.sampled_from([FULL, ["dumbbells", "bench"], ["resistance_bands", "bodyweight"], ["kettlebells"]]),
    days=st.integers(min_value=2, max_value=6),
    minutes=st.sampled_from([30, 45, 60]),
)
def test_no_severe_ankle_plan_holds_work_that_loads_it(
    level: str, goal: str, kit: list[str], days: int, minutes: int
) -> None:
    """Across levels, goals, kits and weeks: nothing in a severe ankle's plan is contraindicated for it (the catalog's
    split-stance and ankle-bend attributes, `test_catalog_hBJ_ankle`), mobility and conditioning included."""
    profile = _profile(fitness_level=level, goals=[goal], equipment=kit, days_per_week=days, session_minutes=minutes,
                       injuries=SEVERE_ANKLE)  # fmt: skip
    _ankle_safe(generate_plan(profile))


def test_q07_lower_days_are_led_by_a_hip_thrust_or_bridge_and_not_padded_with_crunches() -> None:
    """q07: intermediate, hypertrophy, dumbbells + bench, 4 x 60, a severe ankle: the lower days had no main lift (the
    dumbbell hip thrust "secondary") and 8 sets of crunches."""
    plan = _checked(_profile(goals=["hypertrophy"], equipment=["dumbbells", "bench"], days_per_week=4,
                             injuries=SEVERE_ANKLE))  # fmt: skip
    lower_days = [d for d in plan.days if d.name.startswith("Lower")]
    assert lower_days
    for day in lower_days:
        mains = [get_exercise(i.exercise_id) for i in day.exercises if i.role == "main"]
        assert any(e.pattern in LOWER and e.load_type == "weight" for e in mains), (day.name, mains)
    for day in plan.days:
        core = sum(i.sets for i in day.exercises if get_exercise(i.exercise_id).pattern == "core")
        assert core <= CORE_DAY_SETS, (day.name, core)
    _ankle_safe(plan)


def test_q16_the_mobility_week_prescribes_the_rehab_basics_its_notes_name() -> None:
    """q16: a 64-year-old's mobility goal, bodyweight + bands, 2 x 25, a severe hip and a severe lower back: the notes
    named clamshells and McGill curl-ups, and no day held one."""
    profile = _profile(
        birth_year=1962,
        goals=["mobility"],
        equipment=["bodyweight", "resistance_bands"],
        days_per_week=2,
        session_minutes=25,
        injuries=[{"area": "hip", "severity": "severe"}, {"area": "lower_back", "severity": "severe"}],
    )
    plan = _checked(profile)
    notes = " ".join(plan.safety_notes)
    assert "Rehab basics" in notes
    ids = set(_ids(plan))
    for area in ("hip", "lower_back"):
        assert ids & REHAB_BASICS[area], (area, ids)
    for day in plan.days:
        assert day.estimated_minutes <= 25, day.name
        basics = [i for i in day.exercises if i.exercise_id in REHAB_BASICS["hip"] | REHAB_BASICS["lower_back"]]
        assert all(i.sets >= 2 for i in basics), basics  # prescribed: sets of reps or seconds, not a mention
        assert any(i.role == "mobility" for i in day.exercises), day.name  # the drills stay the day's work
